"""Another program holding the write lock for a while: a save waits for it (busy timeout)
instead of failing at once, and lands when the lock is released."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

from db.database import open_database
from desktop_app.core.articles import ArticleService
from desktop_app.core.models import ArticleChanges
from tests.faults.conftest import add_figure

HOLDER = (
    "import sqlite3, sys\n"
    "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "c.execute('BEGIN IMMEDIATE')\n"
    "print('locked', flush=True)\n"
    "sys.stdin.readline()\n"
    "c.execute('COMMIT')\n"
)


def test_save_waits_for_another_programs_write_lock(tmp_path):
    path = tmp_path / "lock.db"
    database = open_database(path)
    service = ArticleService(database)
    article = service.create(ArticleChanges(title="Kunci", body="awal"))
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    outcome: dict[str, object] = {}
    try:
        assert holder.stdout.readline().strip() == "locked"

        def save() -> None:
            try:
                outcome["saved"] = service.save(
                    article.id,
                    ArticleChanges(title="Kunci", body="ditunggu"),
                    article.version,
                    reason="autosave",
                )
            except Exception as exc:  # noqa: BLE001 - reported by the assertion below
                outcome["error"] = exc
            finally:
                database.close()  # this thread's connection

        worker = threading.Thread(target=save)
        worker.start()
        time.sleep(0.3)  # let the save reach the lock (ordering only, nothing is timed)
        holder.stdin.write("release\n")
        holder.stdin.flush()
        worker.join(timeout=30)
    finally:
        holder.stdin.close()
        holder.wait()
    add_figure("saves attempted", 1)
    assert "error" not in outcome, outcome.get("error")
    add_figure("saves landed", 1)
    assert service.get(article.id).body == "ditunggu"
    database.close()
