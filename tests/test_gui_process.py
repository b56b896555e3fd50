"""Redaksi as a real process: it types (test-only driver), is killed with SIGKILL, and what it
had autosaved must be in the database; the next start reopens the article at the cursor."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = (
    "# Banjir Rob di Pesisir\n\nWarga Kelurahan Bandarharjo mengungsi ke balai "
    "kelurahan setelah air laut naik setinggi lutut orang dewasa. "
) * 2

pytestmark = pytest.mark.slow


def wait_for(condition, timeout: float = 60.0, what: str = "condition"):
    """Poll until ``condition()`` is truthy (a deadline against hangs, not a measurement)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def read_status(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def stored_body(db_path: Path, article_id: int) -> str | None:
    from db.database import open_database
    from desktop_app.core.articles import ArticleService

    database = open_database(db_path)
    try:
        return ArticleService(database).get(article_id).body
    finally:
        database.close()


def start(tmp_path: Path, db_path: Path, interval_ms: int) -> tuple[subprocess.Popen, Path]:
    status = tmp_path / "status.json"
    spec = tmp_path / "driver.json"
    spec.write_text(
        json.dumps(
            {
                "driver": str(ROOT / "tests" / "driver.py"),
                "text": SCRIPT,
                "interval_ms": interval_ms,
                "status_file": str(status),
                # who types (a new database's first admin, or signed in when it has one)
                "sign_in": {"name": "Admin Uji", "password": "kata-sandi-uji"},
            }
        ),
        encoding="utf-8",
    )
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        REDAKSI_TEST_DRIVER=str(spec),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        HOME=str(tmp_path),
    )
    process = subprocess.Popen(
        [sys.executable, "main.py", "--db", str(db_path), "--lang", "en"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    return process, status


def remembered_cursors(tmp_path: Path) -> set[int]:
    """The cursors in the session files of the config folder (the open article's, per database)."""
    cursors: set[int] = set()
    for path in (tmp_path / "config").rglob("session.json"):
        with contextlib.suppress(OSError, ValueError):  # being replaced: read again
            cursors |= {entry["cursor"] for entry in json.loads(path.read_text("utf-8")).values()}
    return cursors


def kill(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL


def test_sigkill_after_typing_keeps_everything_and_reopens_at_cursor(tmp_path, qtbot):
    db_path = tmp_path / "redaksi.db"
    process, status = start(tmp_path, db_path, interval_ms=5)
    try:
        done = wait_for(lambda: (s := read_status(status)) and s["done"] and s, what="typing")
        article_id = done["article_id"]
        # Autosave comes after a pause in typing; wait for it, then pull the plug.
        wait_for(lambda: stored_body(db_path, article_id) == SCRIPT, what="autosave")
        # The window remembers the cursor when the save's outcome reaches it, just after the
        # commit the line above sees.
        wait_for(lambda: done["cursor"] in remembered_cursors(tmp_path), what="the cursor remembered")
    finally:
        kill(process)
    assert stored_body(db_path, article_id) == SCRIPT

    os.environ["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    from desktop_app.app import build_main_window
    from desktop_app.settings import default_config_dir

    window = build_main_window(db_path, default_config_dir(), "en")
    qtbot.addWidget(window)
    assert window.current_article_id() == article_id
    assert window.editor.body_text() == SCRIPT
    assert window.editor.cursor_position() == done["cursor"]
    window.close()
    window.services.database.close()


def test_sigkill_while_typing_keeps_a_prefix(tmp_path):
    """Killed mid-sentence: what was autosaved survives, intact, and nothing else."""
    db_path = tmp_path / "redaksi.db"
    process, status = start(tmp_path, db_path, interval_ms=25)
    try:
        first = wait_for(lambda: (s := read_status(status)) and s["article_id"] and s, what="a new article")
        article_id = first["article_id"]
        # Typing goes on without a pause: the save must come anyway (at most ~2 s behind).
        saved = wait_for(lambda: stored_body(db_path, article_id), what="a save while typing")
        progress = read_status(status)
        assert not progress["done"], "the test must kill Redaksi while it is still typing"
    finally:
        kill(process)
    survived = stored_body(db_path, article_id)
    assert survived
    assert SCRIPT.startswith(survived)
    assert len(survived) >= len(saved)
