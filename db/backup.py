"""Backups of SQLite databases with SQLite's online backup API, and restoring them.

Backups live in a ``backups`` folder beside the database file, one self-contained SQLite file per
backup (rollback journal, no ``-wal``), named ``<stem>-YYYYMMDD-HHMMSS.db`` in local time. They are
made at start (at most once a day), on close, and on demand, and rotated: the newest backup of
each of the last 7 days that have one, and the newest of each of the 4 weeks before those.

Restoring validates the backup first (SQLite header, ``integrity_check``, a Redaksi schema that is
not newer than this Redaksi), keeps the current database aside as
``<name>.before-restore-<timestamp>`` (with its ``-wal``) and only then puts the backup in place.
Nothing here knows about Qt.
"""

from __future__ import annotations

import datetime as _dt
import enum
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from peewee import Database

from db import migrate
from db.database import SQLITE_HEADER, backend_of

BACKUP_DIR_NAME = "backups"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
_STAMP_FORMAT = "%Y%m%d-%H%M%S"
_NAME_RE = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.db$")


class BackupFailure(enum.StrEnum):
    """Why a backup could not be made, read or restored; the UI translates each."""

    NOT_SQLITE = "not_sqlite"  # PostgreSQL: use the server's own tools (pg_dump)
    MISSING = "missing"
    NOT_A_BACKUP = "not_a_backup"  # not an SQLite file, or not a Redaksi database
    DAMAGED = "damaged"  # integrity_check failed
    SOURCE_DAMAGED = "source_damaged"  # the database being backed up is damaged: no copy made
    NEWER_SCHEMA = "newer_schema"
    IN_USE = "in_use"  # another program has the database open
    WRITE_FAILED = "write_failed"


class BackupError(Exception):
    def __init__(self, failure: BackupFailure, target: str, detail: str = "") -> None:
        self.failure = failure
        self.target = target
        self.detail = detail
        super().__init__(f"{failure.value}: {target}" + (f" ({detail})" if detail else ""))


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as listed for the user (read without writing to it)."""

    path: Path
    created_at: _dt.datetime  # local time
    size: int
    article_count: int | None  # live (not trashed) articles; None when unreadable
    schema_version: int | None
    problem: str = ""  # empty when the backup looks restorable
    checked: bool = True  # False: only its date and size are known yet (see backup_entries)

    @property
    def ok(self) -> bool:
        """Checked and found restorable."""
        return self.checked and not self.problem


# -- where ----------------------------------------------------------------------------------


def database_path(database: Database) -> Path:
    if backend_of(database) != "sqlite":
        raise BackupError(BackupFailure.NOT_SQLITE, "PostgreSQL")
    return Path(database.database)


def backups_dir(db_path: str | os.PathLike[str]) -> Path:
    return Path(db_path).parent / BACKUP_DIR_NAME


def backup_name(db_path: str | os.PathLike[str], when: _dt.datetime) -> str:
    return f"{Path(db_path).stem}-{when.strftime(_STAMP_FORMAT)}.db"


def _now() -> _dt.datetime:
    return _dt.datetime.now().replace(microsecond=0)


def _stamp_of(path: Path) -> _dt.datetime | None:
    match = _NAME_RE.match(path.name)
    if not match:
        return None
    try:
        return _dt.datetime.strptime(match["stamp"], _STAMP_FORMAT)
    except ValueError:
        return None


def backup_files(db_path: str | os.PathLike[str]) -> list[Path]:
    """The backups of ``db_path`` in its backups folder, newest first."""
    folder = backups_dir(db_path)
    stem = Path(db_path).stem
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME_RE.match(path.name)
        if match and match["stem"] == stem and path.is_file() and _stamp_of(path):
            found.append(path)
    return sorted(found, key=_sort_key, reverse=True)


def _sort_key(path: Path) -> tuple[_dt.datetime, int]:
    match = _NAME_RE.match(path.name)
    return _stamp_of(path) or _dt.datetime.min, int(match["n"] or 1) if match else 0


# -- making backups --------------------------------------------------------------------------


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    # Opened for writing: Windows flushes only through a handle that may write (os.fsync of a
    # read-only one fails there, and the backup with it).
    with path.open("r+b") as handle:
        os.fsync(handle.fileno())


def _copy_into(source: sqlite3.Connection, destination: Path) -> None:
    """Copy ``source`` into a new self-contained file at ``destination`` (atomically)."""
    tmp = destination.with_name(f".{destination.name}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        target = sqlite3.connect(tmp)
        try:
            source.backup(target)
            # A backup is one file: no -wal beside it, readable from a read-only medium.
            target.execute("PRAGMA journal_mode=DELETE").fetchall()
            problems = [r[0] for r in target.execute("PRAGMA quick_check").fetchall()]
        finally:
            target.close()
        if problems != ["ok"]:
            raise BackupError(BackupFailure.SOURCE_DAMAGED, str(destination), "; ".join(problems[:3]))
        _fsync_file(tmp)
        os.replace(tmp, destination)
        _fsync_dir(destination.parent)
    except sqlite3.OperationalError as exc:  # disk full, I/O error, no permission
        raise BackupError(BackupFailure.WRITE_FAILED, str(destination), str(exc)) from exc
    except sqlite3.DatabaseError as exc:  # "database disk image is malformed": the source's pages
        raise BackupError(BackupFailure.SOURCE_DAMAGED, str(destination), str(exc)) from exc
    except OSError as exc:
        raise BackupError(BackupFailure.WRITE_FAILED, str(destination), str(exc)) from exc
    finally:
        tmp.unlink(missing_ok=True)


def create_backup(
    database: Database,
    out: str | os.PathLike[str] | None = None,
    *,
    now: _dt.datetime | None = None,
    rotate: bool = True,
) -> Path:
    """Back ``database`` up while it stays open (online backup API); returns the new file.

    Without ``out`` the backup goes into the backups folder beside the database and the folder is
    rotated afterwards. Safe to call from a worker thread: peewee gives each thread its own
    connection.
    """
    db_path = database_path(database)
    when = now or _now()
    if out is None:
        folder = backups_dir(db_path)
        try:
            folder.mkdir(exist_ok=True)
        except OSError as exc:
            raise BackupError(BackupFailure.WRITE_FAILED, str(folder), str(exc)) from exc
        destination = folder / backup_name(db_path, when)
        n = 2
        while destination.exists():
            destination = folder / f"{Path(db_path).stem}-{when.strftime(_STAMP_FORMAT)}-{n}.db"
            n += 1
    else:
        destination = Path(out).expanduser()
        if destination.is_dir():
            destination = destination / backup_name(db_path, when)
    _copy_into(database.connection(), destination)
    if out is None and rotate:
        rotate_backups(db_path, now=when)
    return destination


def backup_due(db_path: str | os.PathLike[str], now: _dt.datetime | None = None) -> bool:
    """True when no backup of ``db_path`` was made today (the start-up backup's rule)."""
    today = (now or _now()).date()
    return not any(
        stamp.date() == today for p in backup_files(db_path) if (stamp := _stamp_of(p)) is not None
    )


def auto_backup(
    database: Database, *, on_close: bool = False, now: _dt.datetime | None = None
) -> Path | None:
    """The automatic backup: at start at most once a day, on close always. PostgreSQL and
    in-memory databases are skipped (None)."""
    if backend_of(database) != "sqlite" or database.database in ("", ":memory:"):
        return None
    db_path = database_path(database)
    if not on_close and not backup_due(db_path, now):
        return None
    return create_backup(database, now=now)


def backups_to_keep(
    paths: Iterable[Path], *, daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY
) -> set[Path]:
    """The newest backup of each of the last ``daily`` days that have one, and of each of the
    ``weekly`` ISO weeks before the oldest kept day."""
    dated = [
        (stamp, p) for p in sorted(paths, key=_sort_key, reverse=True) if (stamp := _stamp_of(p)) is not None
    ]
    keep: set[Path] = set()
    days: list[_dt.date] = []
    for stamp, path in dated:
        if stamp.date() in days:
            continue
        if len(days) < daily:
            days.append(stamp.date())
            keep.add(path)
    weeks: list[tuple[int, int]] = []
    oldest_day = days[-1] if days else None
    for stamp, path in dated:
        if oldest_day is not None and stamp.date() >= oldest_day:
            continue
        iso = stamp.isocalendar()
        week = (iso.year, iso.week)
        if week in weeks:
            continue
        if len(weeks) < weekly:
            weeks.append(week)
            keep.add(path)
    return keep


def rotate_backups(db_path: str | os.PathLike[str], *, now: _dt.datetime | None = None) -> list[Path]:
    """Delete the backups that :func:`backups_to_keep` does not keep; returns those deleted."""
    files = backup_files(db_path)
    keep = backups_to_keep(files)
    removed = []
    for path in files:
        if path not in keep:
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                pass
    return removed


# -- reading and validating backups ----------------------------------------------------------


def _connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=1)


def validate_backup(path: str | os.PathLike[str], *, full: bool = True) -> int:
    """Raise :class:`BackupError` unless ``path`` is a restorable Redaksi backup; returns its
    schema version. Reads only. ``full`` runs ``integrity_check`` (else ``quick_check``)."""
    path = Path(path)
    target = str(path)
    if path.is_dir():
        raise BackupError(BackupFailure.NOT_A_BACKUP, target)
    if not path.is_file():
        raise BackupError(BackupFailure.MISSING, target)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise BackupError(BackupFailure.MISSING, target, str(exc)) from exc
    if not header.startswith(SQLITE_HEADER) or len(header) < 100:
        raise BackupError(BackupFailure.NOT_A_BACKUP, target)
    try:
        conn = _connect_read_only(path)
    except sqlite3.Error as exc:
        raise BackupError(BackupFailure.DAMAGED, target, str(exc)) from exc
    try:
        check = "integrity_check" if full else "quick_check"
        rows = [r[0] for r in conn.execute(f"PRAGMA {check}").fetchall()]
        if rows != ["ok"]:
            raise BackupError(BackupFailure.DAMAGED, target, "; ".join(rows[:3]))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if migrate.HISTORY_TABLE not in tables or "article" not in tables:
            raise BackupError(BackupFailure.NOT_A_BACKUP, target, "not a Redaksi database")
        applied = [r[0] for r in conn.execute(f"SELECT name FROM {migrate.HISTORY_TABLE}")]
        try:
            migrate.check_not_newer(applied)
        except migrate.NewerSchemaError as exc:
            raise BackupError(BackupFailure.NEWER_SCHEMA, target, str(exc)) from exc
        return len(applied)
    except sqlite3.DatabaseError as exc:
        raise BackupError(BackupFailure.DAMAGED, target, str(exc)) from exc
    finally:
        conn.close()


def _article_count(path: Path) -> int:
    conn = _connect_read_only(path)
    try:
        count: int = conn.execute("SELECT COUNT(*) FROM article WHERE deleted_at IS NULL").fetchone()[0]
        return count
    finally:
        conn.close()


def _date_and_size(path: Path) -> tuple[_dt.datetime, int]:
    try:
        stat_result = path.stat()
    except OSError:
        return _now(), 0
    created = _stamp_of(path) or _dt.datetime.fromtimestamp(stat_result.st_mtime).replace(microsecond=0)
    return created, stat_result.st_size


def read_backup(path: str | os.PathLike[str], *, full: bool = False) -> BackupInfo:
    """Date, size, article count and validity of one backup, read without writing."""
    path = Path(path)
    created, size = _date_and_size(path)
    try:
        version = validate_backup(path, full=full)
        return BackupInfo(path, created, size, _article_count(path), version)
    except BackupError as exc:
        return BackupInfo(path, created, size, None, None, problem=exc.failure.value)
    except sqlite3.Error as exc:
        return BackupInfo(path, created, size, None, None, problem=str(exc))


def list_backups(db_path: str | os.PathLike[str]) -> list[BackupInfo]:
    """Every backup of ``db_path``, newest first, with its date and article count (each is
    checked: seconds for a large archive, see :func:`backup_entries`)."""
    return [read_backup(p) for p in backup_files(db_path)]


def backup_entries(db_path: str | os.PathLike[str]) -> list[BackupInfo]:
    """Every backup of ``db_path``, newest first, with only its date and size (unchecked, at
    once); :func:`read_backup` checks one."""
    return [
        BackupInfo(path, *_date_and_size(path), None, None, checked=False) for path in backup_files(db_path)
    ]


def newest_good_backup(db_path: str | os.PathLike[str]) -> BackupInfo | None:
    for path in backup_files(db_path):
        info = read_backup(path, full=True)
        if info.ok:
            return info
    return None


# -- restoring -------------------------------------------------------------------------------


def _held_by_another_process(db_path: Path) -> bool:
    """Whether some other process holds an SQLite lock on ``db_path`` (POSIX only).

    Opening the file from a process that itself has the database open would drop that
    process's locks, so the caller must have closed its own connection first.
    """
    try:
        import fcntl
    except ImportError:  # Windows: the rename below fails on an open file instead
        return False
    shared_first, shared_size = 0x40000002, 510  # SQLite's lock bytes (PENDING_BYTE + 2)
    try:
        fd = os.open(db_path, os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, shared_size, shared_first)
        fcntl.lockf(fd, fcntl.LOCK_UN, shared_size, shared_first)
        return False
    except OSError:
        return True
    finally:
        os.close(fd)


def _open_in_this_process(db_path: Path) -> bool:
    """Whether this process still has the database or its journal open (Linux: /proc).

    A connection left open while the files are swapped would, when it closes, checkpoint and
    delete the ``-wal`` *by name*: the restored database's. So restoring refuses instead.
    """
    fd_dir = Path("/proc/self/fd")
    if not fd_dir.is_dir():
        return False
    wanted = set()
    for candidate in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        try:
            found = candidate.stat()
        except OSError:
            continue
        wanted.add((found.st_dev, found.st_ino))
    for entry in os.listdir(fd_dir):
        try:
            found = os.stat(fd_dir / entry)
        except OSError:
            continue
        if (found.st_dev, found.st_ino) in wanted:
            return True
    return False


def _settle(db_path: Path) -> None:
    """Make the database file alone the whole database: fold a ``-wal`` (left by a crash) into
    it, or roll back a hot ``-journal``, as SQLite itself does on opening it.

    Until the backup is renamed over the file, the path must still show the old database; with
    its last changes only in a ``-wal`` that is moved aside first, a kill between the two steps
    would leave the file without them: neither the old database nor the backup. A checkpoint
    is itself safe to interrupt (the ``-wal`` stays valid until the file holds its pages). A
    database SQLite cannot read is left as it is (kept aside with its ``-wal`` below).
    """
    if not any(Path(f"{db_path}{suffix}").exists() for suffix in ("-wal", "-journal")):
        return
    try:
        conn = sqlite3.connect(db_path, timeout=1)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()  # rolls back a journal
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            conn.close()  # the last connection: SQLite removes the -wal and -shm
    except sqlite3.Error:
        pass


def restore_backup(
    backup: str | os.PathLike[str], db_path: str | os.PathLike[str], *, now: _dt.datetime | None = None
) -> Path | None:
    """Replace the database at ``db_path`` by ``backup``; returns where the old database was
    kept (None when there was none). The database must be closed by this process first.

    Order of steps, so that a crash at any point loses nothing and the path always shows the
    old database or the backup: validate the backup; copy it beside the database as a temporary
    file; fold the current database's ``-wal`` into it (:func:`_settle`); hard-link it to its
    aside name; move what is left of its ``-wal``/``-shm`` aside with it; atomically rename the
    copy over the database.
    """
    backup = Path(backup)
    db_path = Path(db_path).expanduser()
    validate_backup(backup)
    if db_path.is_dir():
        raise BackupError(BackupFailure.WRITE_FAILED, str(db_path), "is a folder")
    if db_path.exists() and (_open_in_this_process(db_path) or _held_by_another_process(db_path)):
        raise BackupError(BackupFailure.IN_USE, str(db_path))
    stamp = (now or _now()).strftime(_STAMP_FORMAT)
    aside = db_path.with_name(f"{db_path.name}.before-restore-{stamp}")
    n = 2
    while aside.exists():
        aside = db_path.with_name(f"{db_path.name}.before-restore-{stamp}-{n}")
        n += 1
    copy = db_path.with_name(f".{db_path.name}.restoring")
    source = _connect_read_only(backup)
    try:
        _copy_into(source, copy)
    finally:
        source.close()
    try:
        kept = None
        _settle(db_path)
        if db_path.exists():
            try:
                os.link(db_path, aside)
            except OSError:  # no hard links here (some network or FAT drives): rename instead
                os.replace(db_path, aside)
            kept = aside
        for suffix in ("-wal", "-shm", "-journal"):
            sidecar = Path(f"{db_path}{suffix}")
            if sidecar.exists():
                if kept is not None:
                    os.replace(sidecar, Path(f"{aside}{suffix}"))
                else:
                    sidecar.unlink()
        os.replace(copy, db_path)
        _fsync_dir(db_path.parent)
    except OSError as exc:
        raise BackupError(BackupFailure.WRITE_FAILED, str(db_path), str(exc)) from exc
    finally:
        copy.unlink(missing_ok=True)
    return kept
