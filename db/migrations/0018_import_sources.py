"""Imported posts remembered: which article each post of another system became
(``desktop_app.core.imports.store``).

New table ``import_source``: the post's key in its source (``wp:<site>#<id>``,
``md:<relative path>``), the article it became (NULL once that article is deleted for good: the
post is then not imported again), the source's own modification time and the revision the
import recorded, so that importing the same source again adds only what is new, updates only
what changed there, and never overwrites what was edited in Redaksi since.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from peewee import AutoField, CharField, DateTimeField, ForeignKeyField, IntegerField, Model

if TYPE_CHECKING:
    from peewee import Database
    from playhouse.migrate import SchemaMigrator


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC).replace(tzinfo=None)


def up(migrator: SchemaMigrator, db: Database) -> None:
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Article(Base):
        class Meta:
            table_name = "article"

    class ImportSource(Base):
        id = AutoField()
        source_key = CharField(max_length=1000, unique=True)
        article = ForeignKeyField(Article, null=True, on_delete="SET NULL", backref="+")
        article_uuid = CharField(max_length=36, default="")
        source_modified = DateTimeField(null=True)
        revision = IntegerField(null=True)
        status = CharField(max_length=24, default="")
        article_version = IntegerField(null=True)
        content_sha256 = CharField(max_length=64, default="")
        imported_at = DateTimeField(default=_now)

        class Meta:
            table_name = "import_source"

    db.create_tables([ImportSource])


def down(migrator: SchemaMigrator, db: Database) -> None:
    db.execute_sql("DROP TABLE import_source")
