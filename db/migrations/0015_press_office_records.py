"""Press-office records: numbered press releases and their register, public corrections,
takedowns, and the officials directory (``desktop_app.core.press_releases``,
``desktop_app.core.corrections``, ``desktop_app.core.officials``).

``article`` gets its kind (``news`` / ``press_release``) and its release number; ``article`` and
``revision`` get a press release's responsible official and contact person (text fields, part of
what is approved). New tables: ``release_counter`` (the last number given per year),
``press_release`` (the register), ``correction``, ``takedown``, ``official`` and
``official_title`` (titles with their period of validity).
"""

from __future__ import annotations

import datetime
import uuid
from typing import TYPE_CHECKING

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

if TYPE_CHECKING:
    from peewee import Database
    from playhouse.migrate import SchemaMigrator

#: The text columns both ``article`` and ``revision`` get, with their lengths.
_TEXT_COLUMNS = (
    ("official_name", 200),
    ("official_title", 300),
    ("contact_name", 200),
    ("contact_title", 300),
    ("contact_phone", 50),
    ("contact_email", 200),
)


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC).replace(tzinfo=None)


def _uuid() -> str:
    return str(uuid.uuid4())


def up(migrator: SchemaMigrator, db: Database) -> None:
    # NOT NULL with a default: accepted by ADD COLUMN on SQLite and PostgreSQL alike, fills the
    # existing rows and rebuilds no table (see 0009_revision_image_words).
    for table in ("article", "revision"):
        for column, length in _TEXT_COLUMNS:
            db.execute_sql(f"ALTER TABLE {table} ADD COLUMN {column} VARCHAR({length}) NOT NULL DEFAULT ''")
    db.execute_sql("ALTER TABLE article ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'news'")
    db.execute_sql("ALTER TABLE article ADD COLUMN release_number VARCHAR(200) NOT NULL DEFAULT ''")

    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Person(Base):
        class Meta:
            table_name = "person"

    class Article(Base):
        class Meta:
            table_name = "article"

    class ReleaseCounter(Base):
        year = IntegerField(primary_key=True)
        last_seq = IntegerField(default=0)

    class PressRelease(Base):
        id = AutoField()
        year = IntegerField()
        seq = IntegerField()
        number = CharField(max_length=200, unique=True)
        article = ForeignKeyField(Article, null=True, on_delete="SET NULL", backref="+")
        article_uuid = CharField(max_length=36)
        title = CharField(max_length=500, default="")
        assigned_at = DateTimeField(default=_now)
        assigned_by = ForeignKeyField(Person, null=True, on_delete="SET NULL", backref="+")

        class Meta:
            table_name = "press_release"
            indexes = ((("year", "seq"), True),)

    class Correction(Base):
        id = AutoField()
        uuid = CharField(max_length=36, unique=True, default=_uuid)
        article = ForeignKeyField(Article, null=True, on_delete="SET NULL", backref="+")
        article_uuid = CharField(max_length=36)
        note = TextField()
        state = CharField(max_length=16, default="pending")
        proposed_by = ForeignKeyField(Person, null=True, on_delete="SET NULL", backref="+")
        proposed_at = DateTimeField(default=_now)
        proposed_revision = IntegerField(null=True)
        decided_by = ForeignKeyField(Person, null=True, on_delete="SET NULL", backref="+")
        decided_at = DateTimeField(null=True)
        decision_note = TextField(default="")
        published_revision = IntegerField(null=True)

        class Meta:
            table_name = "correction"
            indexes = ((("article", "state"), False),)

    class Takedown(Base):
        id = AutoField()
        uuid = CharField(max_length=36, unique=True, default=_uuid)
        article = ForeignKeyField(Article, null=True, on_delete="SET NULL", backref="+")
        article_uuid = CharField(max_length=36)
        slug = CharField(max_length=200)
        title = CharField(max_length=500)
        note = TextField()
        published_at = DateTimeField(null=True)
        withdrawn_at = DateTimeField(default=_now)
        actor = ForeignKeyField(Person, null=True, on_delete="SET NULL", backref="+")

        class Meta:
            table_name = "takedown"

    class Official(Base):
        id = AutoField()
        uuid = CharField(max_length=36, unique=True, default=_uuid)
        name = CharField(max_length=200)
        created_at = DateTimeField(default=_now)

        class Meta:
            table_name = "official"

    class OfficialTitle(Base):
        id = AutoField()
        uuid = CharField(max_length=36, unique=True, default=_uuid)
        official = ForeignKeyField(Official, on_delete="CASCADE", backref="titles")
        title = CharField(max_length=300)
        unit = CharField(max_length=300, default="")
        acting = BooleanField(default=False)
        valid_from = DateField()
        valid_to = DateField(null=True)
        aliases = TextField(default="")

        class Meta:
            table_name = "official_title"

    db.create_tables([ReleaseCounter, PressRelease, Correction, Takedown, Official, OfficialTitle])


def down(migrator: SchemaMigrator, db: Database) -> None:
    for table in ("official_title", "official", "takedown", "correction", "press_release", "release_counter"):
        db.execute_sql(f"DROP TABLE {table}")
    operations = [migrator.drop_column("article", name) for name in ("kind", "release_number")]
    for table in ("article", "revision"):
        operations += [migrator.drop_column(table, column) for column, _ in _TEXT_COLUMNS]
    migrator.migrate(*operations)
