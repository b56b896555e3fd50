"""Why a save failed, in words the UI can act on (Qt-free).

SQLite reports a full disk, an I/O error, a read-only file and a long lock as
``OperationalError`` (peewee wraps it in its own class of the same name). A database file
deleted, moved or replaced while open shows up as any of those, or not at all (SQLite goes on
writing into the file it opened, which nobody will read again), so the file at the path is
compared with the one that was opened (:meth:`db.database.RedaksiSqliteDatabase.file_state`)
before and after every save. The editor keeps the text in every case and offers Retry, or a
copy elsewhere.
"""

from __future__ import annotations

import enum
import os
from pathlib import Path

from peewee import Database

from db.database import (
    FILE_MISSING_ERROR,
    FILE_REPLACED_ERROR,
    FileState,
    RedaksiSqliteDatabase,
    backend_of,
    quick_check_file,
)


class SaveProblem(enum.StrEnum):
    DISK_FULL = "disk_full"
    IO_ERROR = "io_error"
    READ_ONLY = "read_only"
    LOCKED = "locked"
    FILE_MISSING = "file_missing"  # deleted or moved while open
    FILE_REPLACED = "file_replaced"  # another file moved or copied over it while open
    DAMAGED = "damaged"  # SQLite found the file damaged ("malformed")
    CONNECTION_LOST = "connection_lost"  # PostgreSQL server went away
    FIELD_HELD_BACK = "field_held_back"  # a field the database cannot keep; the rest was saved
    OTHER = "other"


#: The problems where the database cannot take the text now (nor after Retry, until someone
#: puts the file back or the server up): the window offers to save a copy elsewhere.
UNREACHABLE = frozenset({SaveProblem.FILE_MISSING, SaveProblem.FILE_REPLACED, SaveProblem.CONNECTION_LOST})

_MARKERS: tuple[tuple[str, SaveProblem], ...] = (
    (FILE_REPLACED_ERROR, SaveProblem.FILE_REPLACED),
    (FILE_MISSING_ERROR, SaveProblem.FILE_MISSING),
    ("database or disk is full", SaveProblem.DISK_FULL),
    ("no space left", SaveProblem.DISK_FULL),
    ("disk i/o error", SaveProblem.IO_ERROR),
    ("readonly database", SaveProblem.READ_ONLY),
    ("read-only", SaveProblem.READ_ONLY),
    ("database is locked", SaveProblem.LOCKED),
    ("database table is locked", SaveProblem.LOCKED),
    ("lock timeout", SaveProblem.LOCKED),
    ("database disk image is malformed", SaveProblem.DAMAGED),
    ("file is not a database", SaveProblem.DAMAGED),
    ("server closed the connection", SaveProblem.CONNECTION_LOST),
    ("connection is closed", SaveProblem.CONNECTION_LOST),
    ("connection refused", SaveProblem.CONNECTION_LOST),
    ("terminating connection", SaveProblem.CONNECTION_LOST),
)


class StorageProblem(Exception):
    """A save refused because the database's file is not there to take it (checked before
    writing, or found replaced right after: then ``saved`` is what went into the old file)."""

    def __init__(self, problem: SaveProblem, saved: object | None = None) -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.saved = saved


def database_file_problem(database: Database | None) -> SaveProblem | None:
    """FILE_MISSING or FILE_REPLACED when ``database`` is an SQLite file and the file at its
    path is gone or is another file than the one it opened; else None (a ``stat``)."""
    if database is None or backend_of(database) != "sqlite":
        return None
    if isinstance(database, RedaksiSqliteDatabase):
        state = database.file_state()
        if state is FileState.MISSING:
            return SaveProblem.FILE_MISSING
        if state is FileState.REPLACED:
            return SaveProblem.FILE_REPLACED
        return None
    name = database.database
    if not name or name == ":memory:" or str(name).startswith("file:"):
        return None
    return None if Path(os.path.expanduser(name)).is_file() else SaveProblem.FILE_MISSING


def database_file_missing(database: Database | None) -> bool:
    """True when ``database`` is an SQLite file that is no longer where it was opened (gone,
    or another file in its place)."""
    return database_file_problem(database) is not None


def classify_save_error(exc: BaseException, database: Database | None = None) -> SaveProblem:
    """The kind of problem behind ``exc`` (an exception raised while saving)."""
    if isinstance(exc, StorageProblem):
        return exc.problem
    file_problem = database_file_problem(database)
    if file_problem is not None:
        return file_problem
    for error in error_chain(exc):
        if isinstance(error, StorageProblem):
            return error.problem
        if isinstance(error, OSError) and getattr(error, "errno", None) == 28:
            return SaveProblem.DISK_FULL
        message = str(error).lower()
        for marker, problem in _MARKERS:
            if marker in message:
                return problem
    return SaveProblem.OTHER


def error_chain(exc: BaseException) -> list[BaseException]:
    """``exc`` and the errors it was raised from or while handling, outermost first."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def error_details(exc: BaseException) -> str:
    """The raw words of ``exc`` and its causes (SQLite's, the driver's): for the log and a
    Details view, never for a banner."""
    parts = []
    for error in error_chain(exc):
        text = f"{type(error).__name__}: {error}".strip()
        if text not in parts:
            parts.append(text)
    return " ← ".join(parts)


def is_save_problem(exc: BaseException, database: Database | None = None) -> bool:
    """Whether ``exc`` is a storage failure that Retry may fix (not a bug or a conflict)."""
    return classify_save_error(exc, database) != SaveProblem.OTHER


def detach_from_lost_file(database: Database | None) -> bool:
    """After the file at ``database``'s path was found gone or replaced: empty the old file's
    write-ahead journal (which keeps its name at the path) into the old file, so that the file
    now at the path never reads it as its own. True when nothing of it is left at the path."""
    if isinstance(database, RedaksiSqliteDatabase):
        return database.detach_from_replaced_file()
    return True


def release_lost_file(database: Database) -> Path | None:
    """Before the file now at ``database``'s path is opened in its place (``database`` found it
    replaced or gone): empty the old file's journal into the old file, close this thread's
    connection, and rename aside what is still left of that journal at the path, so that the
    new file is never read with it. Returns where such a leftover was kept, or None. (Other
    threads' connections must be closed first: the window waits for its workers.)"""
    if not isinstance(database, RedaksiSqliteDatabase):
        database.close()
        return None
    database.detach_from_replaced_file()
    database.close()
    stale = database.stale_journal()
    if stale is None:
        return None
    aside = stale.with_name(f"{stale.name}.of-replaced-file")
    n = 2
    while aside.exists():
        aside = stale.with_name(f"{stale.name}.of-replaced-file-{n}")
        n += 1
    os.replace(stale, aside)
    return aside


def quick_check(database: Database) -> list[str]:
    """SQLite's ``quick_check`` of ``database``'s file, through a read-only connection of its
    own (it reads the whole file: for a worker thread). SQLite's messages; empty when the file
    is sound, and for a PostgreSQL database (the server checks its own pages)."""
    if isinstance(database, RedaksiSqliteDatabase) and database.path is not None:
        return quick_check_file(database.path)
    return []
