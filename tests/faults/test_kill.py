"""SIGKILL the real Redaksi process 20 times at random moments while it types and autosaves:
after each kill the database passes ``integrity_check`` and holds the last acknowledged save
(or a later one)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.faults.conftest import add_figure
from tests.faults.kill_app import SCRIPT, sha

ROOT = Path(__file__).resolve().parents[2]
KILLS = 20
ACK_WAIT_S = 30  # bound on waiting for a run's first acknowledged save (a hang fails the test)


def _acks(path: Path) -> list[tuple[int, str, int]]:
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3:  # a line cut by the kill is not acknowledged
            rows.append((int(parts[0]), parts[1], int(parts[2])))
    return rows


def _launch(db: Path, config: Path, ack: Path, article_id: int, log: Path) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with log.open("w") as stderr:
        return subprocess.Popen(
            [sys.executable, "-m", "tests.faults.kill_app", str(db), str(config), str(ack), str(article_id)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            start_new_session=True,
        )


def _wait_for_new_ack(ack: Path, seen: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + ACK_WAIT_S
    while len(_acks(ack)) <= seen:
        assert process.poll() is None, "Redaksi exited on its own"
        assert time.monotonic() < deadline, "no save was acknowledged"
        time.sleep(0.02)


def _check_survived(db: Path, article_id: int, acks: list[tuple[int, str, int]]) -> None:
    from db.database import integrity_problems, open_database
    from desktop_app.core.articles import ArticleService

    database = open_database(db)
    try:
        assert integrity_problems(database) == []
        article = ArticleService(database).get(article_id)
    finally:
        database.close()
    version, digest, length = acks[-1]
    assert SCRIPT.startswith(article.body), "the saved text is what was typed"
    assert article.version >= version, "the last acknowledged save is there"
    if article.version == version:
        assert sha(article.body) == digest
    assert len(article.body) >= length


def test_sigkill_while_typing_loses_no_acknowledged_save(tmp_path):
    from db.database import open_database
    from desktop_app.core.articles import ArticleService
    from desktop_app.core.models import ArticleChanges

    db = tmp_path / "kill.db"
    config = tmp_path / "config"
    ack = tmp_path / "acks.txt"
    database = open_database(db)
    article_id = ArticleService(database).create(ArticleChanges(title="Ketikan", body="")).id
    database.close()
    rng = random.Random(20)
    survived = 0
    for _ in range(KILLS):
        seen = len(_acks(ack))
        log = tmp_path / "redaksi-stderr.txt"
        process = _launch(db, config, ack, article_id, log)
        try:
            started = process.stdout.readline().strip()
            assert started == "typing", log.read_text(errors="replace")[-3000:]
            _wait_for_new_ack(ack, seen, process)
            time.sleep(rng.uniform(0.0, 0.4))  # a random moment: typing, saving, committing
        finally:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        add_figure("kills", 1)
        assert process.returncode == -signal.SIGKILL
        _check_survived(db, article_id, _acks(ack))
        survived += 1
        add_figure("kills survived", 1)
    assert survived == KILLS
    assert len(_acks(ack)) >= KILLS
