"""Opening Redaksi databases: an SQLite file (the default) or a PostgreSQL URL.

``open_database`` validates a file *before* anything can write to it: a file that is not a
Redaksi database, is truncated or corrupt, comes from a newer Redaksi, is read-only, locked or a
directory is refused with a :class:`DatabaseOpenError` and left byte-identical.
"""

from __future__ import annotations

import contextlib
import enum
import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from peewee import Database, PostgresqlDatabase, SqliteDatabase
from peewee import DatabaseError as PeeweeDatabaseError
from peewee import OperationalError as PeeweeOperationalError

from db import migrate
from db.models import database_proxy

APP_NAME = "Redaksi"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class OpenFailure(enum.StrEnum):
    """Why a database could not be opened; the UI maps each to a translated message."""

    NOT_A_DATABASE = "not_a_database"
    EMPTY_FILE = "empty_file"
    CORRUPT = "corrupt"
    NEWER_SCHEMA = "newer_schema"
    READ_ONLY = "read_only"
    IS_DIRECTORY = "is_directory"
    LOCKED = "locked"
    ORPHAN_WAL = "orphan_wal"
    UNREACHABLE = "unreachable"
    MISSING_DRIVER = "missing_driver"
    NO_FOLDER = "no_folder"


class DatabaseOpenError(Exception):
    """The database could not be opened; nothing on disk was changed."""

    def __init__(self, failure: OpenFailure, target: str, detail: str = "") -> None:
        self.failure = failure
        self.target = target
        self.detail = detail
        super().__init__(f"{failure.value}: {target}" + (f" ({detail})" if detail else ""))


@dataclass(frozen=True)
class DatabaseInfo:
    backend: str  # "sqlite" or "postgresql"
    target: str
    schema_version: int


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return default_data_dir() / "redaksi.db"


def is_postgres_url(target: str | os.PathLike[str]) -> bool:
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


def backend_of(database: Database) -> str:
    return "postgresql" if isinstance(database, PostgresqlDatabase) else "sqlite"


def open_database(
    target: str | os.PathLike[str] | None = None,
    *,
    migrate_schema: bool = True,
    bind: bool = True,
    progress: migrate.ProgressCallback | None = None,
) -> Database:
    """Open (creating when absent) the database at ``target`` and bring its schema up to date.

    ``target`` is a file path or a ``postgresql://`` URL; ``None`` means the default file in the
    user's data folder. Once it has opened, the database is bound to the models
    (:func:`bind_models`) unless ``bind`` is false; a database that is refused is never bound, so
    the models keep the one they had. Raises :class:`DatabaseOpenError`, and
    :class:`db.migrate.MigrationCancelled` when ``progress`` (which hears how far a long schema
    upgrade is) cancelled one: the database is then closed, and the next opening goes on.
    """
    if target is None:
        target = default_database_path()
    database: Database
    if is_postgres_url(target):
        database = _open_postgres(str(target))
    else:
        database = _open_sqlite(Path(target))
    if migrate_schema:  # the migrations use frozen copies of the models, not the binding
        try:
            migrate.upgrade(database, progress=progress)
        except migrate.NewerSchemaError as exc:
            database.close()
            raise DatabaseOpenError(OpenFailure.NEWER_SCHEMA, str(target), str(exc)) from exc
        except BaseException:  # cancelled (or interrupted): what finished is committed
            database.close()
            raise
    if bind:
        bind_models(database)
    return database


def bind_models(database: Database) -> None:
    """Make ``database`` the one the models of :mod:`db.models` read and write: the only place
    that binds ``database_proxy``. :func:`open_database` calls it for every database that opens
    (the window's at start and after Open Database, a command's, a test's)."""
    database_proxy.initialize(database)


def _sqlite_pragmas() -> dict[str, object]:
    return {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "busy_timeout": BUSY_TIMEOUT_MS,
        # FULL in WAL mode makes every commit durable across power loss.
        "synchronous": "full",
        "cache_size": -16000,
    }


def validate_sqlite_file(path: Path) -> None:
    """Refuse, without writing anything, a file that Redaksi must not open."""
    target = str(path)
    if path.is_dir():
        raise DatabaseOpenError(OpenFailure.IS_DIRECTORY, target)
    if not path.exists():
        if Path(target + "-wal").exists():
            raise DatabaseOpenError(OpenFailure.ORPHAN_WAL, target)
        if not path.parent.is_dir():
            raise DatabaseOpenError(OpenFailure.NO_FOLDER, target)
        return
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise DatabaseOpenError(OpenFailure.NOT_A_DATABASE, target, str(exc)) from exc
    if size == 0:
        raise DatabaseOpenError(OpenFailure.EMPTY_FILE, target)
    if not header.startswith(SQLITE_HEADER):
        raise DatabaseOpenError(OpenFailure.NOT_A_DATABASE, target)
    if len(header) < 100:
        raise DatabaseOpenError(OpenFailure.CORRUPT, target, "header truncated")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    change_counter = int.from_bytes(header[24:28], "big")
    if page_size < 512 or page_size & (page_size - 1):
        raise DatabaseOpenError(OpenFailure.CORRUPT, target, "bad page size")
    if valid_for == change_counter and page_count and size < page_count * page_size:
        raise DatabaseOpenError(OpenFailure.CORRUPT, target, "file truncated")
    if size % page_size:
        raise DatabaseOpenError(OpenFailure.CORRUPT, target, "file truncated")
    if not path.stat().st_mode & stat.S_IWUSR or not os.access(path, os.W_OK):
        raise DatabaseOpenError(OpenFailure.READ_ONLY, target)
    sidecars = [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm")]
    existed = [p.exists() for p in sidecars]
    try:
        _probe_read_only(path)
    except DatabaseOpenError:
        # A read-only connection to a WAL file creates an empty -wal and an -shm: a refused
        # file must be left as it was found, so remove what the probe created.
        for sidecar, was_there in zip(sidecars, existed, strict=True):
            if (
                not was_there
                and sidecar.exists()
                and (sidecar.name.endswith("-shm") or sidecar.stat().st_size == 0)
            ):
                sidecar.unlink(missing_ok=True)
        raise


def _probe_read_only(path: Path) -> None:
    """Read the schema through a read-only connection: corrupt or locked files fail here."""
    target = str(path)
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise DatabaseOpenError(OpenFailure.CORRUPT, target, str(exc)) from exc
    try:
        conn.execute("SELECT name, sql FROM sqlite_master").fetchall()
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if tables and migrate.HISTORY_TABLE not in tables:
            raise DatabaseOpenError(OpenFailure.NOT_A_DATABASE, target, "not a Redaksi database")
        if migrate.HISTORY_TABLE in tables:
            applied = [r[0] for r in conn.execute(f"SELECT name FROM {migrate.HISTORY_TABLE}")]
            try:
                migrate.check_not_newer(applied)
            except migrate.NewerSchemaError as exc:
                raise DatabaseOpenError(OpenFailure.NEWER_SCHEMA, target, str(exc)) from exc
    except sqlite3.OperationalError as exc:
        message = str(exc).lower()
        failure = OpenFailure.LOCKED if "locked" in message else OpenFailure.CORRUPT
        raise DatabaseOpenError(failure, target, str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(OpenFailure.CORRUPT, target, str(exc)) from exc
    finally:
        conn.close()


#: The words of the errors raised when the file at the database's path is no longer the one
#: that was opened (``save_problems`` tells them apart by these words; never shown to users).
FILE_MISSING_ERROR = "database file missing: deleted or moved while open"
FILE_REPLACED_ERROR = "database file replaced by another file while open"


@dataclass(frozen=True)
class FileIdentity:
    """Which file a path names: its device and inode number (on Windows, ``os.stat`` gives
    the volume serial number and file index in the same fields)."""

    device: int
    inode: int

    @classmethod
    def of(cls, path: str | os.PathLike[str]) -> FileIdentity | None:
        """The identity of the regular file at ``path``; None when there is none."""
        try:
            found = os.stat(path)
        except (OSError, ValueError):
            return None
        if not stat.S_ISREG(found.st_mode):
            return None
        return cls(found.st_dev, found.st_ino)


class FileState(enum.StrEnum):
    """The file at a database's path, compared with the one it opened."""

    SAME = "same"
    MISSING = "missing"  # deleted, or moved away
    REPLACED = "replaced"  # another file moved or copied over it (a sync program, a backup)


class RedaksiSqliteDatabase(SqliteDatabase):
    """An SQLite database whose later connections never create the file, and that writes only
    into the file it opened.

    peewee gives every thread its own connection, and SQLite creates a missing file when it
    connects: a worker thread connecting after the file was deleted or moved would bring it
    back empty, and saves would go there. Only the first connection (a new database) may
    create the file; later ones open it read-write or fail.

    The identity of the file (:class:`FileIdentity`) is remembered once it opened
    (:meth:`remember_file`). When another file has taken its place since (moved or copied over
    it) or it is gone, SQLite would go on writing into the old file, which nobody will read
    again: every transaction and every new connection then fails with an ``OperationalError``
    (:data:`FILE_REPLACED_ERROR`, :data:`FILE_MISSING_ERROR`) instead."""

    _file_made = False
    _identity: FileIdentity | None = None
    _wal_identity: FileIdentity | None = None

    def init(self, database: str | None, *args: Any, **kwargs: Any) -> None:
        super().init(database, *args, **kwargs)
        name = str(database) if database is not None else ""
        # Absolute now: a later change of the working folder must not move the database.
        self._uri = (
            None
            if not name or name == ":memory:" or name.startswith("file:")
            else Path(name).absolute().as_uri()
        )

    @property
    def path(self) -> Path | None:
        """The file's path (None for an in-memory database)."""
        return None if self._uri is None else Path(str(self.database)).absolute()

    def remember_file(self) -> None:
        """Remember the file now at the path as this database's own (once it opened)."""
        path = self.path
        if path is not None:
            self._identity = FileIdentity.of(path)
            self._wal_identity = FileIdentity.of(f"{path}-wal")

    def file_state(self) -> FileState:
        """Whether the file at the path is still the one this database opened (a ``stat``)."""
        path = self.path
        if path is None or self._identity is None:
            return FileState.SAME
        found = FileIdentity.of(path)
        if found is None:
            return FileState.MISSING
        # A file system without inode numbers (st_ino 0: some network drives) cannot tell.
        if found != self._identity and self._identity.inode != 0:
            return FileState.REPLACED
        wal = FileIdentity.of(f"{path}-wal")
        if wal is not None:
            self._wal_identity = wal  # the journal is made again after the last connection closed
        return FileState.SAME

    def check_file(self) -> None:
        """Raise ``OperationalError`` unless the file at the path is the one this opened."""
        state = self.file_state()
        if state is FileState.MISSING:
            raise PeeweeOperationalError(FILE_MISSING_ERROR)
        if state is FileState.REPLACED:
            raise PeeweeOperationalError(FILE_REPLACED_ERROR)

    def begin(self, lock_type: str | None = None) -> None:
        self.check_file()  # every transaction: nothing is written into a file nobody will read
        super().begin(lock_type)

    def detach_from_replaced_file(self) -> bool:
        """Once the file at the path is not this database's any more: copy what this thread's
        connection still holds in the write-ahead journal (``-wal``, which keeps its name at
        the path) into this database's own file, so that the journal is empty and the file now
        at the path never reads it as its own (SQLite cannot tell: that mix is a damaged
        database). True when the journal at the path is now empty, gone, or not this one's."""
        path = self.path
        if path is None:
            return True
        if not self.is_closed():
            try:
                connection: sqlite3.Connection = self.connection()  # type: ignore[no-untyped-call]
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            except sqlite3.Error:
                pass  # a reader held it: checked below
        return self.stale_journal() is None

    def stale_journal(self) -> Path | None:
        """The ``-wal`` at the path when it is this database's and not empty (after the file
        was replaced: it must not be read with the new file); else None."""
        path = self.path
        if path is None:
            return None
        wal = Path(f"{path}-wal")
        found = FileIdentity.of(wal)
        if found is None or found != self._wal_identity:
            return None
        try:
            return wal if wal.stat().st_size > 0 else None
        except OSError:
            return None

    # _connect, _timeout and _add_conn_hooks: peewee's private API, not in its stubs
    def _connect(self) -> sqlite3.Connection:
        if self._uri is None:
            return super()._connect()  # type: ignore[misc, no-any-return]
        if self._identity is not None:
            # A new thread's connection would open the file now at the path (with the old
            # file's journal): the same refusal as a transaction's.
            state = self.file_state()
            if state is not FileState.SAME:
                error = FILE_MISSING_ERROR if state is FileState.MISSING else FILE_REPLACED_ERROR
                raise sqlite3.OperationalError(error)
        mode = "rw" if self._file_made else "rwc"
        conn = sqlite3.connect(
            f"{self._uri}?mode={mode}",
            uri=True,
            timeout=self._timeout,  # type: ignore[attr-defined]
            isolation_level=None,
            **self.connect_params,
        )
        try:
            self._add_conn_hooks(conn)  # type: ignore[attr-defined]
        except Exception:
            conn.close()
            raise
        self._file_made = True
        return conn


def _open_sqlite(path: Path) -> SqliteDatabase:
    path = path.expanduser()
    validate_sqlite_file(path)
    # Transactions BEGIN IMMEDIATE: a deferred one that reads first and then writes gets "database
    # is locked" at once when another program holds the write lock; an immediate one waits for
    # it (busy_timeout) like a single statement does.
    database = RedaksiSqliteDatabase(
        str(path), pragmas=_sqlite_pragmas(), timeout=BUSY_TIMEOUT_MS / 1000, lock_type="IMMEDIATE"
    )
    try:
        database.connect(reuse_if_open=True)
        database.remember_file()
        _probe_write_lock(database)
        database.remember_file()  # the write-ahead journal exists now
    except Exception as exc:  # peewee wraps sqlite3 errors in its own classes
        database.close()
        message = str(exc).lower()
        failure = OpenFailure.LOCKED if "locked" in message else OpenFailure.CORRUPT
        raise DatabaseOpenError(failure, str(path), str(exc)) from exc
    return database


#: How long opening waits for another program's write lock (BEGIN EXCLUSIVE/IMMEDIATE).
OPEN_LOCK_WAIT_MS = BUSY_TIMEOUT_MS


def _probe_write_lock(database: SqliteDatabase) -> None:
    """Take and release the write lock (writes nothing): in WAL mode a file another program
    holds locked can still be read, and would only fail at the first save."""
    conn = database.connection()
    conn.execute(f"PRAGMA busy_timeout = {int(OPEN_LOCK_WAIT_MS)}")
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def _open_postgres(url: str) -> PostgresqlDatabase:
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise DatabaseOpenError(OpenFailure.MISSING_DRIVER, redact_url(url), str(exc)) from exc
    from db.postgres import PostgresDatabase

    database = PostgresDatabase(url, connect_timeout=5)
    try:
        database.connect(reuse_if_open=True)
    except Exception as exc:
        raise DatabaseOpenError(OpenFailure.UNREACHABLE, redact_url(url), str(exc)) from exc
    return database


def redact_url(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
    return parts._replace(netloc=netloc).geturl()


def describe(database: Database) -> DatabaseInfo:
    target = database.database if backend_of(database) == "sqlite" else redact_url(database.database)
    return DatabaseInfo(backend_of(database), target, migrate.schema_version(database))


def integrity_problems(
    database: Database,
    *,
    full: bool = True,
    broken_keys: list[tuple[str, int | None, str]] | None = None,
) -> list[str]:
    """SQLite ``integrity_check`` (``quick_check`` unless ``full``: it reads every page too,
    but does not compare each index with its table, several times faster on a big archive)
    and ``foreign_key_check``; empty when all is well. ``broken_keys`` (when given) receives
    ``(table, rowid, missing parent table)`` for each foreign key of a row that points at
    nothing.

    For a database file the foreign keys are checked meanwhile on a read-only connection of
    their own, in a thread (SQLite lets go of the GIL): at 100,000 articles they took a third
    of the time of ``quick_check`` again.

    Never raises for a damaged file: SQLite stops some checks with an error ("database disk
    image is malformed") instead of a report, and that error's words are then the problem."""
    if backend_of(database) != "sqlite":
        return []
    from concurrent.futures import Future, ThreadPoolExecutor

    problems: list[str] = []
    keys: Future[list[Any]] | None = None
    pool = None
    path = database.database
    if isinstance(path, str) and path not in ("", ":memory:") and not path.startswith("file:"):
        pool = ThreadPoolExecutor(1, thread_name_prefix="redaksi-foreign-keys")
        keys = pool.submit(_foreign_key_rows, path)
    try:
        try:
            check = "integrity_check" if full else "quick_check"
            rows = [r[0] for r in database.execute_sql(f"PRAGMA {check}").fetchall()]
            problems += [str(r) for r in rows if r != "ok"]
        except (PeeweeDatabaseError, sqlite3.DatabaseError) as exc:
            problems.append(str(exc) or type(exc).__name__)
        try:
            found = None
            if keys is not None:
                with contextlib.suppress(sqlite3.Error):  # (that connection could not: this one)
                    found = keys.result()
            if found is None:
                found = database.execute_sql("PRAGMA foreign_key_check").fetchall()
            for table, rowid, parent, _ in found:
                problems.append(f"foreign key: {table} row {rowid} points to missing {parent}")
                if broken_keys is not None:
                    broken_keys.append((table, rowid, parent))
        except (PeeweeDatabaseError, sqlite3.Error) as exc:
            message = str(exc) or type(exc).__name__
            if message not in problems:
                problems.append(message)
    finally:
        if pool is not None:
            pool.shutdown()
    return problems


def _foreign_key_rows(path: str) -> list[Any]:
    """``PRAGMA foreign_key_check`` of the file at ``path`` on a read-only connection."""
    conn = sqlite3.connect(
        Path(path).resolve().as_uri() + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
    )
    try:
        return conn.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        conn.close()


def quick_check_file(path: str | os.PathLike[str], *, timeout_s: float = BUSY_TIMEOUT_MS / 1000) -> list[str]:
    """SQLite's ``quick_check`` of the database file at ``path`` through a read-only
    connection of its own (for a worker thread: it reads the whole file). SQLite's messages,
    empty when the file is sound; never raises (a file that cannot be read says why)."""
    try:
        conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True, timeout=timeout_s)
    except (sqlite3.Error, OSError, ValueError) as exc:
        return [str(exc) or type(exc).__name__]
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        return [str(r) for r in rows if r != "ok"]
    except sqlite3.Error as exc:
        return [str(exc) or type(exc).__name__]
    finally:
        conn.close()
