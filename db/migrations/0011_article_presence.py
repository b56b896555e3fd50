"""Presence: who has an article open for editing, in which window, since when, and their last
heartbeat (``desktop_app.core.presence``). A row whose heartbeat is older than the expiry
counts as gone, so a window that crashed leaves nothing behind for good. ``taken_by`` and
``taken_at`` record that another window took the article over (the window that lost it learns
it on its next heartbeat). Rows are short-lived: nothing else refers to them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from peewee import CharField, DateTimeField, ForeignKeyField, Model

if TYPE_CHECKING:
    from peewee import Database
    from playhouse.migrate import SchemaMigrator


def up(migrator: SchemaMigrator, db: Database) -> None:
    class Article(Model):
        class Meta:
            database = db
            table_name = "article"

    class Person(Model):
        class Meta:
            database = db
            table_name = "person"

    class ArticlePresence(Model):
        article = ForeignKeyField(Article, on_delete="CASCADE")
        session_id = CharField(max_length=36)
        person = ForeignKeyField(Person, on_delete="CASCADE")
        since = DateTimeField()
        heartbeat = DateTimeField()
        taken_by = ForeignKeyField(Person, null=True, on_delete="SET NULL", backref="+")
        taken_at = DateTimeField(null=True)
        taken_by_session = CharField(max_length=36, default="")

        class Meta:
            database = db
            table_name = "article_presence"
            indexes = ((("article", "session_id"), True), (("session_id",), False))

    db.create_tables([ArticlePresence])


def down(migrator: SchemaMigrator, db: Database) -> None:
    db.execute_sql("DROP TABLE article_presence")
