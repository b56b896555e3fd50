"""Two Redaksi windows, each in its own process, type into the same article at the same time on
SQLite and on PostgreSQL. Whoever saves second is told of the conflict (never "unexpected
error"), chooses Keep Mine, and goes on: no save fails, each window's last text is in the
database, and every conflict left its text as a conflict revision."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BACKENDS
from tests.faults.conftest import add_figure
from tests.faults.two_windows_app import script

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=BACKENDS)
def target(request, tmp_path) -> str:
    if request.param == "postgresql":
        from tests.conftest import reset_postgres

        url = request.getfixturevalue("pg_session_url")
        reset_postgres(url)
        return url
    return str(tmp_path / "two-windows.db")


def test_two_windows_typing_into_one_article_lose_nothing(target, tmp_path):
    from db.database import open_database
    from db.models import Revision
    from desktop_app.core.articles import ArticleService
    from desktop_app.core.models import ArticleChanges

    database = open_database(target)
    article = ArticleService(database).create(
        ArticleChanges(title="Rapat koordinasi", body="Paragraf pembuka.")
    )
    database.close()

    labels = ("Andi", "Sari")
    windows = []
    for label in labels:
        windows.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "tests.faults.two_windows_app",
                    target,
                    str(tmp_path / f"config-{label}"),
                    str(article.id),
                    label,
                    str(tmp_path / f"{label}.json"),
                ],
                cwd=ROOT,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
        )
    try:
        for window in windows:
            assert window.stdout.readline().strip() == "ready"
        for window in windows:  # the starting shot
            window.stdin.write("go\n")
            window.stdin.flush()
        for window in windows:
            assert window.wait(timeout=180) == 0
    finally:
        for window in windows:
            window.kill()
    reports = {label: json.loads((tmp_path / f"{label}.json").read_text("utf-8")) for label in labels}

    database = open_database(target)
    revisions = list(
        Revision.select(Revision.reason, Revision.body).where(Revision.article == article.id).tuples()
    )
    final = ArticleService(database).get(article.id)
    database.close()
    bodies = {body for _, body in revisions}
    conflicts = sum(len(report["conflicts"]) for report in reports.values())
    add_figure("two windows: conflicts shown", conflicts)
    add_figure("two windows: failed saves", sum(len(r["failures"]) for r in reports.values()))
    for label, report in reports.items():
        assert report["failures"] == [], report["failures"]
        assert not report["dirty"]
        assert report["final"].endswith(script(label))  # it typed everything
        assert report["final"] in bodies  # its last text is in the database
    assert final.body in {report["final"] for report in reports.values()}
    assert conflicts > 0  # they did race
    assert sum(1 for reason, _ in revisions if reason == "conflict") == conflicts
