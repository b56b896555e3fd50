"""Schema versioning with peewee's migration runner (``playhouse.migrations``).

Migrations are numbered files in ``db/migrations``; the history table records which ran. A
database whose history names a migration this Redaksi does not have comes from a newer version
and is refused: we never migrate downwards.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from peewee import Database

if TYPE_CHECKING:
    from playhouse.migrations import Runner

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
HISTORY_TABLE = "schema_migration"


class NewerSchemaError(Exception):
    """The database was written by a newer Redaksi."""


def known_migrations() -> list[str]:
    """The migration files' names, in order (the files ``Runner`` would load)."""
    return sorted((p.stem for p in MIGRATIONS_DIR.glob("[0-9]*.py")),
                  key=lambda name: int(name.split("_", 1)[0]))


def current_version() -> int:
    """The schema version this Redaksi writes."""
    return len(known_migrations())


def check_not_newer(applied: list[str]) -> None:
    unknown = sorted(set(applied) - set(known_migrations()))
    if unknown:
        raise NewerSchemaError(", ".join(unknown))


def runner(database: Database) -> Runner:
    from db import _postgres_drivers_hidden

    with _postgres_drivers_hidden():  # imports the schema migrators: see db/__init__.py
        from playhouse.migrations import Runner

    return Runner(database, str(MIGRATIONS_DIR), table_name=HISTORY_TABLE)


def applied_migrations(database: Database) -> list[str]:
    """Names recorded in the history table (read directly: opening a database that is up to
    date does not load the migration runner)."""
    if not database.table_exists(HISTORY_TABLE):
        return []
    return [row[0] for row in database.execute_sql(f"SELECT name FROM {HISTORY_TABLE}")]


def schema_version(database: Database) -> int:
    return len(applied_migrations(database))


def upgrade(database: Database, target: str | None = None) -> list[str]:
    """Apply pending migrations (up to ``target``); returns the names applied."""
    applied = applied_migrations(database)
    check_not_newer(applied)
    if target is None and set(applied) == set(known_migrations()):
        return []
    return runner(database).up(target)
