"""Opening databases: pragmas, migrations, and refusing bad files without touching them."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat

import pytest

from db import migrate
from db.database import DatabaseOpenError, OpenFailure, integrity_problems, open_database


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_sqlite_database_has_pragmas_and_schema(tmp_path):
    database = open_database(tmp_path / "new.db")
    pragma = lambda name: database.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") == 5000
    assert pragma("synchronous") == 2  # FULL: durable commits
    assert migrate.schema_version(database) == migrate.current_version() >= 1
    assert integrity_problems(database) == []
    database.close()


def test_reopening_applies_nothing_new(tmp_path):
    open_database(tmp_path / "a.db").close()
    database = open_database(tmp_path / "a.db")
    assert migrate.upgrade(database) == []
    database.close()


def test_schema_on_every_backend(database):
    from db.models import ALL_MODELS

    for model in ALL_MODELS:
        assert model.table_exists(), model.__name__


@pytest.fixture
def good_db(tmp_path):
    path = tmp_path / "good.db"
    open_database(path).close()
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"good.db{suffix}").unlink(missing_ok=True)
    return path


def _refused(path, failure: OpenFailure) -> None:
    before = _sha(path) if path.is_file() else None
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path)
    assert info.value.failure == failure
    if before is not None:
        assert _sha(path) == before, "a refused file must stay byte-identical"


def test_refuses_text_file(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("<html><body>not a database</body></html>")
    _refused(path, OpenFailure.NOT_A_DATABASE)


def test_refuses_empty_file(tmp_path):
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    _refused(path, OpenFailure.EMPTY_FILE)


def test_refuses_random_bytes(tmp_path):
    path = tmp_path / "random.db"
    path.write_bytes(os.urandom(8192))
    _refused(path, OpenFailure.NOT_A_DATABASE)


@pytest.mark.parametrize("keep", [100, 4096, 4096 * 3 + 17])
def test_refuses_truncated_file(good_db, keep):
    data = good_db.read_bytes()
    assert len(data) > keep
    good_db.write_bytes(data[:keep])
    _refused(good_db, OpenFailure.CORRUPT)


def test_refuses_zeroed_pages(good_db):
    data = bytearray(good_db.read_bytes())
    data[100:4096 * 2] = bytes(4096 * 2 - 100)
    good_db.write_bytes(bytes(data))
    _refused(good_db, OpenFailure.CORRUPT)


def test_refuses_other_applications_database(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    _refused(path, OpenFailure.NOT_A_DATABASE)


def test_refuses_newer_schema(good_db):
    conn = sqlite3.connect(good_db)
    conn.execute("INSERT INTO schema_migration (name, applied) VALUES ('0999_future', '2030-01-01')")
    conn.commit()
    conn.close()
    for suffix in ("-wal", "-shm"):
        good_db.with_name(good_db.name + suffix).unlink(missing_ok=True)
    _refused(good_db, OpenFailure.NEWER_SCHEMA)


def test_refuses_read_only_file(good_db):
    good_db.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        _refused(good_db, OpenFailure.READ_ONLY)
    finally:
        good_db.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_refuses_directory(tmp_path):
    _refused(tmp_path, OpenFailure.IS_DIRECTORY)


def test_refuses_wal_without_database(tmp_path):
    (tmp_path / "gone.db-wal").write_bytes(b"x" * 32)
    _refused(tmp_path / "gone.db", OpenFailure.ORPHAN_WAL)
    assert not (tmp_path / "gone.db").exists()


def test_refuses_missing_folder(tmp_path):
    _refused(tmp_path / "nope" / "x.db", OpenFailure.NO_FOLDER)


def test_unreachable_postgres():
    with pytest.raises(DatabaseOpenError) as info:
        open_database("postgresql://nobody:secret@127.0.0.1:1/none")
    assert info.value.failure == OpenFailure.UNREACHABLE
    assert "secret" not in str(info.value)
