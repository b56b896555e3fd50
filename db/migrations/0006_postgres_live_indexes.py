"""PostgreSQL only: partial indexes over live articles, in the headline list's sort orders.

PostgreSQL does not treat ``deleted_at IS NULL`` as fixing the index's first column, so the
``(deleted_at, updated_at)`` indexes of 0001/0005 cannot deliver ``ORDER BY updated_at DESC, id
DESC`` and every page sorted all live articles (a sequential scan). Partial indexes ``WHERE
deleted_at IS NULL`` whose columns end with the ``id`` tie-breaker give the order directly.
SQLite already reads those orders from the 0001/0005 indexes (its rowid ends every index).
Frozen: no model import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from peewee import PostgresqlDatabase

if TYPE_CHECKING:
    from peewee import Database
    from playhouse.migrate import SchemaMigrator

INDEXES = (
    ("article_live_updated_at", ("updated_at", "id")),
    ("article_live_created_at", ("created_at", "id")),
    ("article_live_title", ("title", "id")),
    ("article_live_status_updated_at", ("status", "updated_at", "id")),
    ("article_live_category_updated_at", ("category_id", "updated_at", "id")),
    ("article_live_author_updated_at", ("author_id", "updated_at", "id")),
)


def up(migrator: SchemaMigrator, db: Database) -> None:
    if not isinstance(db, PostgresqlDatabase):
        return
    for name, columns in INDEXES:
        quoted = ", ".join(f'"{c}"' for c in columns)
        db.execute_sql(
            f'CREATE INDEX IF NOT EXISTS "{name}" ON "article" ({quoted}) WHERE "deleted_at" IS NULL'
        )


def down(migrator: SchemaMigrator, db: Database) -> None:
    if not isinstance(db, PostgresqlDatabase):
        return
    for name, _ in INDEXES:
        db.execute_sql(f'DROP INDEX IF EXISTS "{name}"')
