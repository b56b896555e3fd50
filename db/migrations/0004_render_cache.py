"""Rendered-HTML cache: an article body's HTML, keyed by the body's sha256 and the renderer
version, so the website export does not render unchanged articles again."""

from peewee import CharField, CompositeKey, IntegerField, Model, TextField


def up(migrator, db):
    class RenderCache(Model):
        body_sha256 = CharField(max_length=64)
        renderer_version = IntegerField()
        html = TextField()

        class Meta:
            database = db
            table_name = "render_cache"
            primary_key = CompositeKey("body_sha256", "renderer_version")

    db.create_tables([RenderCache])


def down(migrator, db):
    db.execute_sql("DROP TABLE render_cache")
