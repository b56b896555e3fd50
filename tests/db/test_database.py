"""Opening databases: pragmas, migrations, and refusing bad files without touching them."""

from __future__ import annotations

import hashlib

import pytest

from db import migrate
from db.database import (
    FILE_MISSING_ERROR,
    DatabaseOpenError,
    OpenFailure,
    integrity_problems,
    open_database,
)


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


def _refused(path, failure: OpenFailure) -> None:
    before = _sha(path) if path.is_file() else None
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path)
    assert info.value.failure == failure
    if before is not None:
        assert _sha(path) == before, "a refused file must stay byte-identical"


# The broken-file refusals (empty, truncated, zeroed, random, HTML, other application, newer
# schema, orphaned WAL, read-only, directory, locked) are in tests/faults/test_broken_files.py.


def test_refuses_missing_folder(tmp_path):
    _refused(tmp_path / "nope" / "x.db", OpenFailure.NO_FOLDER)


def test_unreachable_postgres():
    with pytest.raises(DatabaseOpenError) as info:
        open_database("postgresql://nobody:secret@127.0.0.1:1/none")
    assert info.value.failure == OpenFailure.UNREACHABLE
    assert "secret" not in str(info.value)


def test_a_deleted_file_is_not_recreated_by_another_thread(tmp_path):
    """peewee connects once per thread; SQLite would create a missing file on connect. A
    worker connecting after the file was deleted must fail, not bring it back empty."""
    import threading

    from db.models import Article

    path = tmp_path / "redaksi.db"
    database = open_database(path)
    try:
        assert Article.select().count() == 0  # this thread's connection works
        for suffix in ("", "-wal", "-shm"):
            (tmp_path / f"redaksi.db{suffix}").unlink(missing_ok=True)
        errors = []

        def worker() -> None:
            try:
                Article.select().count()
            except Exception as exc:  # noqa: BLE001
                errors.append(exc)

        thread = threading.Thread(target=worker)
        thread.start()
        thread.join()
        assert len(errors) == 1
        assert FILE_MISSING_ERROR in str(errors[0])  # refused before SQLite would make it
        assert not path.exists()
    finally:
        database.close()
