"""Schema versioning with peewee's migration runner (``playhouse.migrations``).

Migrations are numbered modules of the package ``db.migrations``; the history table records
which ran. They are listed and imported as modules (not read as files from a folder, as peewee's
runner does by itself), so they are found in a wheel and in a frozen bundle as well. A database
whose history names a migration this Redaksi does not have comes from a newer version and is
refused: we never migrate downwards.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING

from peewee import Database

if TYPE_CHECKING:
    from playhouse.migrations import Runner

MIGRATIONS_PACKAGE = "db.migrations"
HISTORY_TABLE = "schema_migration"
_MIGRATION_NAME = re.compile(r"\d+_\w+")


class NewerSchemaError(Exception):
    """The database was written by a newer Redaksi."""


class MigrationCancelled(Exception):
    """A long migration was stopped by the person waiting for it (its progress callback raised
    this). What it finished is committed: the next upgrade goes on from there."""


#: ``progress(step, done, total)``: a long migration says how far it is (``total`` 0: no
#: estimate). ``step`` names what is done (:data:`STEP_SEARCH_INDEX`, :data:`STEP_COMPACT`);
#: the caller translates it. Raising :class:`MigrationCancelled` stops the migration.
ProgressCallback = Callable[[str, int, int], None]
STEP_SEARCH_INDEX = "search_index"
STEP_COMPACT = "compact"
_progress: ContextVar[ProgressCallback | None] = ContextVar("redaksi_migration_progress", default=None)


def report_progress(step: str, done: int, total: int) -> None:
    """For migrations: tell the waiting person how far the work is (may raise
    :class:`MigrationCancelled`). Does nothing when nobody listens."""
    callback = _progress.get()
    if callback is not None:
        callback(step, done, total)


@contextmanager
def _listening(progress: ProgressCallback | None) -> Iterator[None]:
    token = _progress.set(progress)
    try:
        yield
    finally:
        _progress.reset(token)


@cache
def _migration_names() -> tuple[str, ...]:
    package = importlib.import_module(MIGRATIONS_PACKAGE)
    names = (info.name for info in pkgutil.iter_modules(package.__path__))
    return tuple(
        sorted(
            (n for n in names if _MIGRATION_NAME.fullmatch(n)), key=lambda name: int(name.split("_", 1)[0])
        )
    )


def known_migrations() -> list[str]:
    """The migrations' names, in order."""
    return list(_migration_names())


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
        from playhouse.migrations import Migration, Runner

    class ModuleMigration(Migration):  # type: ignore[misc]  # playhouse ships no types: Any
        """A migration loaded as a module of :data:`MIGRATIONS_PACKAGE` (``path`` is its name)."""

        __slots__ = ()

        def load(self) -> ModuleType:
            return importlib.import_module(f"{MIGRATIONS_PACKAGE}.{self.name}")

    class PackageRunner(Runner):  # type: ignore[misc]  # playhouse ships no types: Any
        def migrations(self) -> list[ModuleMigration]:
            return [
                ModuleMigration(int(name.split("_", 1)[0]), name, name, None) for name in known_migrations()
            ]

    return PackageRunner(database, MIGRATIONS_PACKAGE, table_name=HISTORY_TABLE)


def applied_migrations(database: Database) -> list[str]:
    """Names recorded in the history table (read directly: opening a database that is up to
    date does not load the migration runner)."""
    if not database.table_exists(HISTORY_TABLE):
        return []
    names: list[str] = [row[0] for row in database.execute_sql(f"SELECT name FROM {HISTORY_TABLE}")]
    return names


def schema_version(database: Database) -> int:
    return len(applied_migrations(database))


def pending_migrations(database: Database) -> list[str]:
    """The migrations this database has not run yet, in order."""
    applied = set(applied_migrations(database))
    return [name for name in known_migrations() if name not in applied]


def upgrade(
    database: Database, target: str | None = None, *, progress: ProgressCallback | None = None
) -> list[str]:
    """Apply pending migrations (up to ``target``); returns the names applied.

    ``progress`` hears how far a long migration is (:data:`ProgressCallback`); when it raises
    :class:`MigrationCancelled` the upgrade stops, keeps what it finished and raises it on."""
    applied = applied_migrations(database)
    check_not_newer(applied)
    if target is None and set(applied) == set(known_migrations()):
        return []
    with _listening(progress):
        names: list[str] = runner(database).up(target)
    return names
