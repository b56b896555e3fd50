"""Schema versioning with peewee's migration runner (``playhouse.migrations``).

Migrations are numbered files in ``db/migrations``; the history table records which ran. A
database whose history names a migration this Redaksi does not have comes from a newer version
and is refused: we never migrate downwards.
"""

from __future__ import annotations

from pathlib import Path

from peewee import Database
from playhouse.migrations import Migration, Runner

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
HISTORY_TABLE = "schema_migration"


class NewerSchemaError(Exception):
    """The database was written by a newer Redaksi."""


def known_migrations() -> list[str]:
    return [m.name for m in Migration.load_directory(str(MIGRATIONS_DIR))]


def current_version() -> int:
    """The schema version this Redaksi writes."""
    return len(known_migrations())


def check_not_newer(applied: list[str]) -> None:
    unknown = sorted(set(applied) - set(known_migrations()))
    if unknown:
        raise NewerSchemaError(", ".join(unknown))


def runner(database: Database) -> Runner:
    return Runner(database, str(MIGRATIONS_DIR), table_name=HISTORY_TABLE)


def schema_version(database: Database) -> int:
    applied = runner(database).applied()
    return len(applied)


def upgrade(database: Database, target: str | None = None) -> list[str]:
    """Apply pending migrations (up to ``target``); returns the names applied."""
    run = runner(database)
    check_not_newer(list(run.applied()))
    return run.up(target)
