"""Publishing to a WordPress site (``desktop_app.core.wordpress``).

New tables: ``wp_post`` (which WordPress post an article became, on which site, and the post's
``modified_gmt`` after Redaksi's last send: a post changed on WordPress since then is not
overwritten without asking), ``wp_media`` (images already in a site's media library, by the
SHA-256 of what was uploaded: each is uploaded once) and ``wp_outbox`` (the sends waiting,
retried, failed or done: the queue survives a restart because it is in the database).
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from peewee import AutoField, CharField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField

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

    class Person(Base):
        class Meta:
            table_name = "person"

    class WpPost(Base):
        id = AutoField()
        article = ForeignKeyField(Article, on_delete="CASCADE", backref="+")
        site = CharField(max_length=500)
        post_id = IntegerField()
        link = CharField(max_length=1000, default="")
        status = CharField(max_length=16, default="")
        modified_gmt = CharField(max_length=32, default="")
        sent_revision = IntegerField(null=True)
        sent_at = DateTimeField(default=_now)

        class Meta:
            table_name = "wp_post"
            indexes = ((("article", "site"), True),)

    class WpMedia(Base):
        id = AutoField()
        site = CharField(max_length=500)
        sha256 = CharField(max_length=64)
        media_id = IntegerField()
        source_url = CharField(max_length=1000, default="")
        uploaded_at = DateTimeField(default=_now)

        class Meta:
            table_name = "wp_media"
            indexes = ((("site", "sha256"), True),)

    class WpOutbox(Base):
        id = AutoField()
        article = ForeignKeyField(Article, null=True, on_delete="SET NULL", backref="+")
        article_uuid = CharField(max_length=36)
        operation = CharField(max_length=16)
        state = CharField(max_length=16, default="pending", index=True)
        attempts = IntegerField(default=0)
        next_attempt_at = DateTimeField(default=_now)
        last_error = TextField(default="")
        requested_by = ForeignKeyField(Person, null=True, on_delete="SET NULL", backref="+")
        created_at = DateTimeField(default=_now)
        finished_at = DateTimeField(null=True)

        class Meta:
            table_name = "wp_outbox"
            indexes = ((("article", "state"), False),)

    db.create_tables([WpPost, WpMedia, WpOutbox])


def down(migrator: SchemaMigrator, db: Database) -> None:
    for table in ("wp_outbox", "wp_media", "wp_post"):
        db.execute_sql(f"DROP TABLE {table}")
