"""Why a save failed, in words the UI can act on (Qt-free).

SQLite reports a full disk, an I/O error, a read-only file and a long lock as
``OperationalError`` (peewee wraps it in its own class of the same name); a database file deleted
or moved while open shows up as any of those, or not at all until the next start, so the file's
existence is checked as well. The editor keeps the text in every case and offers Retry.
"""

from __future__ import annotations

import enum
import os
from pathlib import Path

from peewee import Database

from db.database import backend_of


class SaveProblem(enum.StrEnum):
    DISK_FULL = "disk_full"
    IO_ERROR = "io_error"
    READ_ONLY = "read_only"
    LOCKED = "locked"
    FILE_MISSING = "file_missing"  # deleted or moved while open
    CONNECTION_LOST = "connection_lost"  # PostgreSQL server went away
    OTHER = "other"


_MARKERS: tuple[tuple[str, SaveProblem], ...] = (
    ("database or disk is full", SaveProblem.DISK_FULL),
    ("no space left", SaveProblem.DISK_FULL),
    ("disk i/o error", SaveProblem.IO_ERROR),
    ("readonly database", SaveProblem.READ_ONLY),
    ("read-only", SaveProblem.READ_ONLY),
    ("database is locked", SaveProblem.LOCKED),
    ("database table is locked", SaveProblem.LOCKED),
    ("lock timeout", SaveProblem.LOCKED),
    ("server closed the connection", SaveProblem.CONNECTION_LOST),
    ("connection is closed", SaveProblem.CONNECTION_LOST),
    ("connection refused", SaveProblem.CONNECTION_LOST),
    ("terminating connection", SaveProblem.CONNECTION_LOST),
)


def database_file_missing(database: Database | None) -> bool:
    """True when ``database`` is an SQLite file that no longer exists where it was opened."""
    if database is None or backend_of(database) != "sqlite":
        return False
    name = database.database
    if not name or name == ":memory:" or str(name).startswith("file:"):
        return False
    return not Path(os.path.expanduser(name)).is_file()


def classify_save_error(exc: BaseException, database: Database | None = None) -> SaveProblem:
    """The kind of problem behind ``exc`` (an exception raised while saving)."""
    if database_file_missing(database):
        return SaveProblem.FILE_MISSING
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    for error in chain:
        if isinstance(error, OSError) and getattr(error, "errno", None) == 28:
            return SaveProblem.DISK_FULL
        message = str(error).lower()
        for marker, problem in _MARKERS:
            if marker in message:
                return problem
    return SaveProblem.OTHER


def is_save_problem(exc: BaseException, database: Database | None = None) -> bool:
    """Whether ``exc`` is a storage failure that Retry may fix (not a bug or a conflict)."""
    return classify_save_error(exc, database) != SaveProblem.OTHER
