"""Review packages carried between offline machines (``desktop_app.core.packages``).

* ``database_identity``: one row, this database's stable id (a new uuid, made here).
* ``package_partner``: the databases this one exchanged packages with.
* ``package_sync``: per partner and article, the revision both had last (the common revision)
  and the status then.
* ``package_event``: the audit trail of packages sent and imported.
* ``package_conflict``: articles both sides changed, until someone settles them.
* ``status_change.signed_as``: for a record imported from another database, the values its
  signature was made with there (the actor's and the revision's numbers there).
"""

from __future__ import annotations

import datetime
import uuid
from typing import TYPE_CHECKING

from peewee import AutoField, CharField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField

if TYPE_CHECKING:
    from peewee import Database
    from playhouse.migrate import SchemaMigrator


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC).replace(tzinfo=None)


def _uuid() -> str:
    return str(uuid.uuid4())


def up(migrator: SchemaMigrator, db: Database) -> None:
    db.execute_sql("ALTER TABLE status_change ADD COLUMN signed_as TEXT NOT NULL DEFAULT ''")

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

    class DatabaseIdentity(Base):
        id = IntegerField(primary_key=True)
        uuid = CharField(max_length=36, unique=True)
        created_at = DateTimeField(default=_now)

        class Meta:
            table_name = "database_identity"

    class PackagePartner(Base):
        uuid = CharField(max_length=36, primary_key=True)
        name = CharField(max_length=200, default="")
        first_seen = DateTimeField(default=_now)
        last_seen = DateTimeField(default=_now)

        class Meta:
            table_name = "package_partner"

    class PackageSync(Base):
        id = AutoField()
        partner = CharField(max_length=36)
        article_uuid = CharField(max_length=36)
        revision_uuid = CharField(max_length=36, default="")
        status = CharField(max_length=24, default="")
        revisions = TextField(default="")
        updated_at = DateTimeField(default=_now)

        class Meta:
            table_name = "package_sync"
            indexes = ((("partner", "article_uuid"), True),)

    class PackageEvent(Base):
        id = AutoField()
        uuid = CharField(max_length=36, unique=True, default=_uuid)
        package = CharField(max_length=36, index=True)
        direction = CharField(max_length=16)
        partner = CharField(max_length=36, default="")
        actor = ForeignKeyField(Person, null=True, on_delete="SET NULL", backref="+")
        created_at = DateTimeField(default=_now)
        file_sha256 = CharField(max_length=64, default="")
        summary = TextField(default="")

        class Meta:
            table_name = "package_event"

    class PackageConflict(Base):
        id = AutoField()
        article = ForeignKeyField(Article, on_delete="CASCADE", backref="+")
        revision = IntegerField()
        package = CharField(max_length=36)
        sender = CharField(max_length=200, default="")
        created_at = DateTimeField(default=_now)
        settled_at = DateTimeField(null=True)
        settled_by = ForeignKeyField(Person, null=True, on_delete="SET NULL", backref="+")
        outcome = CharField(max_length=16, default="")

        class Meta:
            table_name = "package_conflict"

    db.create_tables([DatabaseIdentity, PackagePartner, PackageSync, PackageEvent, PackageConflict])
    DatabaseIdentity.create(id=1, uuid=_uuid(), created_at=_now())


def down(migrator: SchemaMigrator, db: Database) -> None:
    for table in (
        "package_conflict",
        "package_event",
        "package_sync",
        "package_partner",
        "database_identity",
    ):
        db.execute_sql(f"DROP TABLE {table}")
    migrator.migrate(migrator.drop_column("status_change", "signed_as"))
