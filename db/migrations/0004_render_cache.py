"""Rendered-HTML cache: an article body's HTML, keyed by the body's sha256 and the renderer
version, so the website export does not render unchanged articles again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from peewee import CharField, CompositeKey, IntegerField, Model, TextField

if TYPE_CHECKING:
    from peewee import Database
    from playhouse.migrate import SchemaMigrator


def up(migrator: SchemaMigrator, db: Database) -> None:
    class RenderCache(Model):
        body_sha256 = CharField(max_length=64)
        renderer_version = IntegerField()
        html = TextField()

        class Meta:
            database = db
            table_name = "render_cache"
            primary_key = CompositeKey("body_sha256", "renderer_version")

    db.create_tables([RenderCache])


def down(migrator: SchemaMigrator, db: Database) -> None:
    db.execute_sql("DROP TABLE render_cache")
