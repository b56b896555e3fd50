"""Backups and the health check, for the GUI and the CLI (Qt-free).

:class:`BackupService` wraps :mod:`db.backup` for one open database; :func:`health_report` is
what ``redaksi check`` prints: SQLite ``integrity_check`` and ``foreign_key_check``, the schema
version, and orphaned rows (bodies, tags, revisions, comments and status changes of articles that
no longer exist). Images that no article uses are counted but are not a problem.
"""

from __future__ import annotations

import builtins  # ``list`` is also a method of BackupService: its annotations say builtins.list
import operator
import os
from dataclasses import dataclass, field
from functools import reduce
from pathlib import Path
from typing import Any, cast

from peewee import SQL, Database, ForeignKeyField

from db import backup as db_backup
from db import migrate
from db.backup import BackupError, BackupFailure, BackupInfo
from db.database import backend_of, describe, integrity_problems
from db.models import (
    Article,
    ArticleBody,
    ArticleTag,
    Asset,
    Comment,
    Revision,
    StatusChange,
    Tag,
)

__all__ = [
    "BackupError",
    "BackupFailure",
    "BackupInfo",
    "BackupService",
    "HealthReport",
    "health_report",
]


@dataclass(frozen=True)
class HealthReport:
    backend: str
    target: str
    schema_version: int
    current_version: int
    integrity: list[str] = field(default_factory=list)
    orphans: dict[str, int] = field(default_factory=dict)
    unused_assets: int = 0

    @property
    def problems(self) -> list[str]:
        found = list(self.integrity)
        if self.schema_version != self.current_version:
            found.append(f"schema version {self.schema_version}, expected {self.current_version}")
        found += [f"orphaned {what}: {n}" for what, n in self.orphans.items() if n]
        return found

    @property
    def ok(self) -> bool:
        return not self.problems


#: The orphans :func:`health_report` counts: ``{what: (table, parent tables)}``.
_ORPHANS: dict[str, tuple[type[Any], tuple[type[Any], ...]]] = {
    "article bodies": (ArticleBody, (Article,)),
    "article tags": (ArticleTag, (Article, Tag)),
    "revisions": (Revision, (Article,)),
    "comments": (Comment, (Article,)),
    "status changes": (StatusChange, (Article,)),
}


def _orphans_of(broken_keys: list[tuple[str, int | None, str]]) -> dict[str, int]:
    """The orphans among the rows SQLite's ``foreign_key_check`` found pointing at nothing
    (each of those links is a declared foreign key: no query of its own needed); a row with
    two such keys (an article tag whose article and tag are both gone) counts once."""
    counts = {}
    for what, (model, parents) in _ORPHANS.items():
        names = {parent._meta.table_name for parent in parents}
        rows = [
            rowid if rowid is not None else f"#{index}"
            for index, (table, rowid, parent) in enumerate(broken_keys)
            if table == model._meta.table_name and parent in names
        ]
        counts[what] = len(set(rows))
    return counts


def _orphans() -> dict[str, int]:
    """The orphans of each kind of :data:`_ORPHANS`, a query each (a server has no
    ``foreign_key_check`` to find them): the rows whose link to a parent points at nothing."""
    counts = {}
    for what, (model, parents) in _ORPHANS.items():
        missing = [
            field.not_in(field.rel_model.select(field.rel_model.id))
            for field in model._meta.sorted_fields
            if isinstance(field, ForeignKeyField) and field.rel_model in parents
        ]
        counts[what] = model.select().where(reduce(operator.or_, missing)).count()
    return counts


def _unused_assets(database: Database) -> int:
    """Images neither featured nor (by UUID) mentioned in a body: fine, just reported.

    Only the bodies that mention ``asset:`` are read: on SQLite the search index finds them
    (reading every body of a big archive would take longer than checking the whole file)."""
    from desktop_app.core.media import referenced_uuids

    assets = cast(list[tuple[int, str]], list(Asset.select(Asset.id, Asset.uuid).tuples()))
    if not assets:
        return 0
    featured = {r.featured_image_id for r in Article.select(Article.featured_image) if r.featured_image_id}
    if backend_of(database) == "sqlite":
        mentioning = ArticleBody.select(ArticleBody.body).where(
            ArticleBody.article.in_(SQL("(SELECT rowid FROM article_fts WHERE article_fts MATCH 'asset')"))
        )
    else:
        mentioning = ArticleBody.select(ArticleBody.body).where(ArticleBody.body.contains("asset:"))
    used: set[str] = set()
    for row in mentioning:
        used.update(u.lower() for u in referenced_uuids(row.body))
    return sum(1 for id_, uuid in assets if id_ not in featured and uuid.lower() not in used)


def health_report(database: Database, *, full: bool = False) -> HealthReport:
    """What ``redaksi check`` prints. SQLite's ``quick_check`` reads every page; ``full``
    runs ``integrity_check`` instead (also compares every index with its table: slower)."""
    info = describe(database)
    broken_keys: list[tuple[str, int | None, str]] = []
    integrity = integrity_problems(database, full=full, broken_keys=broken_keys)
    return HealthReport(
        backend=info.backend,
        target=info.target,
        schema_version=info.schema_version,
        current_version=migrate.current_version(),
        integrity=integrity,
        # (on SQLite from its foreign key check, which reads those tables once anyway: at
        # 100,000 articles a query per kind cost a third of the check again)
        orphans=_orphans_of(broken_keys) if info.backend == "sqlite" else _orphans(),
        unused_assets=_unused_assets(database),
    )


class BackupService:
    """Backups of the open database (SQLite only; PostgreSQL reports ``supported = False``)."""

    def __init__(self, database: Database) -> None:
        self.db = database

    @property
    def supported(self) -> bool:
        return backend_of(self.db) == "sqlite" and self.db.database not in ("", ":memory:")

    @property
    def path(self) -> Path:
        return db_backup.database_path(self.db)

    @property
    def folder(self) -> Path:
        return db_backup.backups_dir(self.path)

    def list(self) -> list[BackupInfo]:
        """The backups, newest first, each checked (slow for a large archive)."""
        return db_backup.list_backups(self.path) if self.supported else []

    def entries(self) -> builtins.list[BackupInfo]:
        """The backups, newest first, with their dates and sizes only (at once); check each
        with :meth:`read`."""
        return db_backup.backup_entries(self.path) if self.supported else []

    @staticmethod
    def read(backup_path: str | os.PathLike[str]) -> BackupInfo:
        """One backup checked: its article count and whether it can be restored."""
        return db_backup.read_backup(backup_path)

    def create(self, out: str | os.PathLike[str] | None = None) -> Path:
        return db_backup.create_backup(self.db, out)

    def auto(self, *, on_close: bool = False) -> Path | None:
        return db_backup.auto_backup(self.db, on_close=on_close)

    def restore(self, backup_path: str | os.PathLike[str]) -> Path | None:
        """Close this database and put ``backup_path`` in its place; the caller reopens."""
        db_backup.validate_backup(backup_path)
        path = self.path
        self.db.close()
        return db_backup.restore_backup(backup_path, path)


def newest_good_backup(db_path: str | os.PathLike[str]) -> BackupInfo | None:
    """For a database that failed to open: its newest backup that passes validation."""
    return db_backup.newest_good_backup(db_path)


def list_backups(db_path: str | os.PathLike[str]) -> list[BackupInfo]:
    return db_backup.list_backups(db_path)


def restore_file(backup_path: str | os.PathLike[str], db_path: str | os.PathLike[str]) -> Path | None:
    return db_backup.restore_backup(backup_path, db_path)
