"""Ten kinds of broken file: each is refused with its own message and left byte-identical.

(Moved here from tests/db/test_database.py and extended: truncation at several offsets, a zeroed
header, a locked file.)
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from db import database as db_database
from db.database import DatabaseOpenError, OpenFailure, open_database
from desktop_app.messages import describe_error
from tests.faults.conftest import add_figure


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with its SHA-256 (so nothing may appear or change)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def good_db(tmp_path) -> Path:
    """A real Redaksi database with content, closed and without -wal/-shm."""
    from desktop_app.core.demo import fill_demo

    path = tmp_path / "good.db"
    database = open_database(path)
    fill_demo(database)
    database.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def _truncate(keep: int | None) -> Callable[[Path], Path]:
    def make(good: Path) -> Path:
        data = good.read_bytes()
        cut = len(data) // 2 + 1 if keep is None else keep
        assert len(data) > cut
        good.write_bytes(data[:cut])
        return good

    return make


def _empty(good: Path) -> Path:
    good.write_bytes(b"")
    return good


def _zeroed_header(good: Path) -> Path:
    data = bytearray(good.read_bytes())
    data[:100] = bytes(100)
    good.write_bytes(bytes(data))
    return good


def _zeroed_pages(good: Path) -> Path:
    data = bytearray(good.read_bytes())
    data[100 : 4096 * 2] = bytes(4096 * 2 - 100)
    good.write_bytes(bytes(data))
    return good


def _random_bytes(good: Path) -> Path:
    good.write_bytes(os.urandom(8192))
    return good


def _html(good: Path) -> Path:
    good.write_text("<!doctype html><html><body><h1>Berita</h1></body></html>\n")
    return good


def _newer_schema(good: Path) -> Path:
    conn = sqlite3.connect(good)
    conn.execute("INSERT INTO schema_migration (name, applied) VALUES ('0999_future', '2030-01-01')")
    conn.commit()
    conn.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{good}{suffix}").unlink(missing_ok=True)
    return good


def _wal_without_database(good: Path) -> Path:
    wal = Path(f"{good}-wal")
    wal.write_bytes(bytes.fromhex("377f0682002de218") + os.urandom(24))
    good.unlink()
    return good


def _read_only(good: Path) -> Path:
    good.chmod(stat.S_IRUSR | stat.S_IRGRP)
    return good


def _directory(good: Path) -> Path:
    good.unlink()
    good.mkdir()
    (good / "inside.txt").write_text("a folder named like a database")
    return good


def _other_application(good: Path) -> Path:
    good.unlink()
    conn = sqlite3.connect(good)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    return good


KINDS = [
    ("empty", _empty, OpenFailure.EMPTY_FILE),
    ("truncated-100", _truncate(100), OpenFailure.CORRUPT),
    ("truncated-4096", _truncate(4096), OpenFailure.CORRUPT),
    ("truncated-12305", _truncate(4096 * 3 + 17), OpenFailure.CORRUPT),
    ("truncated-half", _truncate(None), OpenFailure.CORRUPT),
    ("zeroed-header", _zeroed_header, OpenFailure.NOT_A_DATABASE),
    ("zeroed-pages", _zeroed_pages, OpenFailure.CORRUPT),
    ("random-bytes", _random_bytes, OpenFailure.NOT_A_DATABASE),
    ("html", _html, OpenFailure.NOT_A_DATABASE),
    ("other-application", _other_application, OpenFailure.NOT_A_DATABASE),
    ("newer-schema", _newer_schema, OpenFailure.NEWER_SCHEMA),
    ("wal-without-database", _wal_without_database, OpenFailure.ORPHAN_WAL),
    ("read-only", _read_only, OpenFailure.READ_ONLY),
    ("directory", _directory, OpenFailure.IS_DIRECTORY),
]


def _assert_refused(path: Path, failure: OpenFailure) -> str:
    folder = path.parent
    before = _snapshot(folder)
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path)
    add_figure("files tried", 1)
    assert info.value.failure == failure
    message = describe_error(info.value)
    assert message
    assert not message.startswith("Unexpected")
    assert _snapshot(folder) == before, "a refused file must stay byte-identical"
    add_figure("files refused byte-identical", 1)
    return message


@pytest.mark.parametrize(("make", "failure"), [k[1:] for k in KINDS], ids=[k[0] for k in KINDS])
def test_broken_file_is_refused_and_untouched(good_db, make, failure):
    path = make(good_db)
    try:
        message = _assert_refused(path, failure)
    finally:
        if path.is_file():
            path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    if failure not in (OpenFailure.IS_DIRECTORY,):
        assert path.name in message
    if failure == OpenFailure.ORPHAN_WAL:
        assert not path.exists(), "nothing may be created beside an orphaned journal"


def test_locked_file_is_refused_and_untouched(good_db, monkeypatch):
    """Another process holds BEGIN EXCLUSIVE: WAL readers still get in, so opening takes (and
    gives back) the write lock, waits, then says so."""
    monkeypatch.setattr(db_database, "OPEN_LOCK_WAIT_MS", 200)
    code = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('BEGIN EXCLUSIVE')\n"
        "print('locked', flush=True)\n"
        "sys.stdin.read()\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code, str(good_db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        before = hashlib.sha256(good_db.read_bytes()).hexdigest()
        with pytest.raises(DatabaseOpenError) as info:
            open_database(good_db)
        add_figure("files tried", 1)
        assert info.value.failure == OpenFailure.LOCKED
        assert "locked by another program" in describe_error(info.value)
        assert hashlib.sha256(good_db.read_bytes()).hexdigest() == before
        add_figure("files refused byte-identical", 1)
    finally:
        holder.stdin.close()
        holder.wait()
    open_database(good_db).close()  # once the lock is gone it opens


def test_every_kind_has_its_own_message(tmp_path):
    messages = {describe_error(DatabaseOpenError(f, "x.db")) for f in OpenFailure}
    assert len(messages) == len(OpenFailure)
