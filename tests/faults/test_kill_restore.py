"""SIGKILL a restore from a backup: 20 times at random moments spread over the restore (a
54 MB database, so it takes measurable time), and once before every step that renames, links
or removes a file. After each kill the database passes ``integrity_check`` and is either the old
database or the restored backup, never a mix, and a restore run afterwards succeeds.

"The old database" is what SQLite shows of the file before the restore, with the ``-wal`` a
crash left beside it (the usual reason to restore, and what ``redaksi restore`` meets: it never
opens the database); its last changes are only in that ``-wal``. "Never a mix" is compared by
content: every article's id, title, slug, version and status, every body (the old database's
changed titles include a marker), must equal the old database's or the backup's, as a whole.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from tests.faults.conftest import add_figure
from tests.faults.task_runner import kill, launch, run_to_the_end, wait_ready

KILLS = 20
ARTICLES = 3000
WORDS = 600
MARKER = "Penanda basis data lama"
START_WAIT_S = 60  # bound on a child's start (imports); a hang fails the test


def fingerprint(db: Path) -> str:
    """The content that tells the old database from the restored one (see the module text);
    raises when SQLite cannot read it whole."""
    conn = sqlite3.connect(db)
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        assert problems == ["ok"], problems
        digest = hashlib.sha256()
        for query in (
            "SELECT id, title, slug, version, status FROM article ORDER BY id",
            "SELECT article_id, body FROM article_body ORDER BY article_id",
        ):
            for row in conn.execute(query):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def databases(tmp_path_factory) -> dict[str, Path]:
    """``backup``: a Redaksi backup; ``old``/``old-wal``: the database file and the ``-wal``
    a crash left. The old database differs from the backup in the file itself (every slug) and
    in its ``-wal`` (every title, a marker title): the file without its ``-wal`` is neither."""
    from bench.generate import generate_database
    from db.backup import create_backup
    from db.database import open_database

    folder = tmp_path_factory.mktemp("restore-kill")
    live = folder / "live.db"
    generate_database(live, ARTICLES, seed=17, words=WORDS)
    database = open_database(live)
    backup = create_backup(database, folder / "backup.db")
    database.close()
    conn = sqlite3.connect(live)
    conn.execute("UPDATE article SET slug = slug || '-lama'")  # in the file itself
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE article SET title = 'Lama: ' || title, version = version + 1")
    conn.execute("UPDATE article SET title = ? WHERE id = (SELECT MIN(id) FROM article)", (MARKER,))
    conn.commit()
    # Copied while the connection is open: the database file and the -wal a crash leaves.
    shutil.copyfile(live, folder / "old.db")
    shutil.copyfile(f"{live}-wal", folder / "old.db-wal")
    conn.close()
    return {"backup": backup, "old": folder / "old.db", "old-wal": folder / "old.db-wal"}


def _put_old_database(databases: dict[str, Path], db: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(databases["old"], db)
    shutil.copyfile(databases["old-wal"], f"{db}-wal")


def _launch(backup: Path, db: Path, env: dict[str, str] | None = None) -> subprocess.Popen:
    return launch("restore", str(backup), str(db), env=env)


def _timed_restore(backup: Path, db: Path) -> float:
    return run_to_the_end(_launch(backup, db), START_WAIT_S)


def test_sigkill_during_restore_leaves_the_old_or_the_restored_database(databases, tmp_path):
    db = tmp_path / "redaksi.db"
    old, restored = databases["old"], databases["backup"]
    _put_old_database(databases, db)
    old_print = fingerprint(tmp_path / "redaksi.db")
    restored_print = fingerprint(restored)
    assert old_print != restored_print
    _put_old_database(databases, db)
    duration = _timed_restore(restored, db)
    assert fingerprint(db) == restored_print
    rng = random.Random(17)
    kills = seen_old = seen_restored = 0
    while kills < KILLS:
        _put_old_database(databases, db)  # (what earlier kills left beside it stays)
        process = _launch(restored, db)
        try:
            wait_ready(process)
            time.sleep(rng.uniform(0.0, duration))
            finished = process.poll() is not None
        finally:
            kill(process)
        if finished:
            continue  # the restore ended before the kill: not a kill during a restore
        kills += 1
        add_figure("restore kills", 1)
        found = fingerprint(db)
        assert found in (old_print, restored_print), "the database is the old one or the backup"
        if found == old_print:
            seen_old += 1
            add_figure("restore kills: old database afterwards", 1)
        else:
            seen_restored += 1
            add_figure("restore kills: restored database afterwards", 1)
        add_figure("restore kills: database intact, old or restored", 1)
    assert seen_old + seen_restored == KILLS
    _put_old_database(databases, db)
    _timed_restore(restored, db)  # a restore after all those kills still works
    assert fingerprint(db) == restored_print
    assert old.exists()


def test_sigkill_before_every_step_of_a_restore(databases, tmp_path):
    """One run per step: killed just before its N-th rename, link or removal of a file."""
    db = tmp_path / "redaksi.db"
    _put_old_database(databases, db)
    old_print = fingerprint(db)
    restored_print = fingerprint(databases["backup"])
    step = 0
    while True:
        step += 1
        assert step < 100, "the restore never finished"
        _put_old_database(databases, db)
        process = _launch(databases["backup"], db, {"KILL_AT_STEP": str(step)})
        wait_ready(process)
        out, err = process.communicate(timeout=START_WAIT_S)
        found = fingerprint(db)
        if process.returncode == 0:
            assert found == restored_print
            break
        assert process.returncode == -signal.SIGKILL, err[-3000:]
        add_figure("restore step kills", 1)
        assert found in (old_print, restored_print), f"killed before step {step}: a mix"
        add_figure("restore step kills: database intact, old or restored", 1)
    assert step > 3
