"""Initial schema: people, categories, tags, assets, articles, revisions, review, settings.

A frozen copy of the models as they were at this version: later changes to db/models.py must
come as new numbered migrations, never as edits here.
"""

from __future__ import annotations

import datetime
import uuid
from typing import TYPE_CHECKING

from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    PostgresqlDatabase,
    TextField,
)

if TYPE_CHECKING:
    from peewee import Database
    from playhouse.migrate import SchemaMigrator


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC).replace(tzinfo=None)


def _uuid() -> str:
    return str(uuid.uuid4())


def up(migrator: SchemaMigrator, db: Database) -> None:
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Person(Base):
        id = AutoField()
        uuid = CharField(max_length=36, unique=True, default=_uuid)
        name = CharField(max_length=200)
        email = CharField(max_length=200, default="")
        role = CharField(max_length=16, default="writer")
        active = BooleanField(default=True)
        created_at = DateTimeField(default=_now)

    class Category(Base):
        id = AutoField()
        uuid = CharField(max_length=36, unique=True, default=_uuid)
        name = CharField(max_length=200, unique=True)
        slug = CharField(max_length=200, unique=True)

    class Tag(Base):
        id = AutoField()
        uuid = CharField(max_length=36, unique=True, default=_uuid)
        name = CharField(max_length=200, unique=True)
        slug = CharField(max_length=200, unique=True)

    class Asset(Base):
        id = AutoField()
        uuid = CharField(max_length=36, unique=True, default=_uuid)
        sha256 = CharField(max_length=64, unique=True)
        filename = CharField(max_length=255)
        mime_type = CharField(max_length=64)
        width = IntegerField()
        height = IntegerField()
        bytes = IntegerField()
        alt_text = TextField(default="")
        caption = TextField(default="")
        credit = CharField(max_length=255, default="")
        original = BlobField()
        web = BlobField(null=True)
        web_mime_type = CharField(max_length=64, default="")
        web_width = IntegerField(default=0)
        web_height = IntegerField(default=0)
        thumbnail = BlobField(null=True)
        created_at = DateTimeField(default=_now)

    class Article(Base):
        id = AutoField()
        uuid = CharField(max_length=36, unique=True, default=_uuid)
        title = CharField(max_length=500)
        slug = CharField(max_length=200, unique=True)
        summary = TextField(default="")
        dateline = CharField(max_length=200, default="")
        category = ForeignKeyField(Category, null=True, on_delete="SET NULL")
        author = ForeignKeyField(Person, null=True, on_delete="SET NULL")
        featured_image = ForeignKeyField(Asset, null=True, on_delete="SET NULL")
        status = CharField(max_length=24, default="draft", index=True)
        publish_at = DateTimeField(null=True)
        published_at = DateTimeField(null=True)
        published_revision = IntegerField(null=True)
        version = IntegerField(default=1)
        word_count = IntegerField(default=0)
        created_at = DateTimeField(default=_now)
        updated_at = DateTimeField(default=_now)
        deleted_at = DateTimeField(null=True)

        class Meta:
            indexes = (
                (("deleted_at", "updated_at"), False),
                (("deleted_at", "created_at"), False),
                (("deleted_at", "status", "updated_at"), False),
            )

    class ArticleBody(Base):
        article = ForeignKeyField(Article, primary_key=True, on_delete="CASCADE")
        body = TextField(default="")

    class ArticleTag(Base):
        article = ForeignKeyField(Article, on_delete="CASCADE")
        tag = ForeignKeyField(Tag, on_delete="CASCADE")

        class Meta:
            indexes = ((("article", "tag"), True),)

    class Revision(Base):
        id = AutoField()
        uuid = CharField(max_length=36, unique=True, default=_uuid)
        article = ForeignKeyField(Article, on_delete="CASCADE")
        number = IntegerField()
        title = CharField(max_length=500)
        slug = CharField(max_length=200)
        summary = TextField(default="")
        body = TextField(default="")
        dateline = CharField(max_length=200, default="")
        category_name = CharField(max_length=200, default="")
        tags = TextField(default="")
        featured_image = IntegerField(null=True)
        author = ForeignKeyField(Person, null=True, on_delete="SET NULL")
        reason = CharField(max_length=16, default="save")
        note = TextField(default="")
        created_at = DateTimeField(default=_now)

        class Meta:
            indexes = ((("article", "number"), True),)

    class Comment(Base):
        id = AutoField()
        uuid = CharField(max_length=36, unique=True, default=_uuid)
        article = ForeignKeyField(Article, on_delete="CASCADE")
        parent = ForeignKeyField("self", null=True, on_delete="CASCADE")
        author = ForeignKeyField(Person, null=True, on_delete="SET NULL")
        body = TextField()
        quote = TextField(default="")
        anchor_start = IntegerField(null=True)
        created_at = DateTimeField(default=_now)
        resolved_by = ForeignKeyField(Person, null=True, on_delete="SET NULL", backref="+")
        resolved_at = DateTimeField(null=True)

    class StatusChange(Base):
        id = AutoField()
        uuid = CharField(max_length=36, unique=True, default=_uuid)
        article = ForeignKeyField(Article, on_delete="CASCADE")
        from_status = CharField(max_length=24)
        to_status = CharField(max_length=24)
        actor = ForeignKeyField(Person, null=True, on_delete="SET NULL")
        note = TextField(default="")
        created_at = DateTimeField(default=_now)

    class SiteSetting(Base):
        key = CharField(max_length=100, primary_key=True)
        value = TextField(default="")

    class DictionaryWord(Base):
        word = CharField(max_length=100, primary_key=True)
        added_at = DateTimeField(default=_now)

    db.create_tables(
        [
            Person,
            Category,
            Tag,
            Asset,
            Article,
            ArticleBody,
            ArticleTag,
            Revision,
            Comment,
            StatusChange,
            SiteSetting,
            DictionaryWord,
        ]
    )

    # Full-text search: its own structure per backend (see db/search.py).
    if isinstance(db, PostgresqlDatabase):
        db.execute_sql(
            "CREATE TABLE article_search ("
            " article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,"
            " folded TEXT NOT NULL,"
            " document TSVECTOR NOT NULL)"
        )
        db.execute_sql("CREATE INDEX article_search_document ON article_search USING GIN (document)")
    else:
        db.execute_sql(
            "CREATE VIRTUAL TABLE article_fts USING fts5("
            "title, summary, body, tokenize = 'unicode61 remove_diacritics 2')"
        )
