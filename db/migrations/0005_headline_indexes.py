"""Indexes for the headline list at 100k articles: sort by title, filter by category or author.

Frozen: names and columns as in ``Article.Meta.indexes`` at this version (no model import).
Each lets SQLite and PostgreSQL read one page of the list, and count it, from the index alone
instead of sorting every live article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from peewee import Database
    from playhouse.migrate import SchemaMigrator

INDEXES = (
    ("article_deleted_at_title", ("deleted_at", "title")),
    ("article_category_id_deleted_at_updated_at", ("category_id", "deleted_at", "updated_at")),
    ("article_author_id_deleted_at_updated_at", ("author_id", "deleted_at", "updated_at")),
)


def up(migrator: SchemaMigrator, db: Database) -> None:
    for name, columns in INDEXES:
        quoted = ", ".join(f'"{c}"' for c in columns)
        db.execute_sql(f'CREATE INDEX IF NOT EXISTS "{name}" ON "article" ({quoted})')


def down(migrator: SchemaMigrator, db: Database) -> None:
    for name, _ in INDEXES:
        db.execute_sql(f'DROP INDEX IF EXISTS "{name}"')
