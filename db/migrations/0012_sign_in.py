"""Sign-in: a password hash for each person, the people's audit trail and the sign-in throttle.

``person.password_hash`` is ``''`` for "no password yet". Every person of a database made before
this version keeps their name, role and state and has no password: the first start after the
upgrade asks for the administrator's (``desktop_app.core.auth.AuthService.needs_first_admin``),
and the admin then gives the others theirs.

``person_event`` is what happens to people (made, renamed, another role, (de)activated,
deleted, passwords set or changed, sign-ins): ``status_change`` is about articles and needs one.
``sign_in_throttle`` counts failed sign-ins in a row per name, in the database so that every
window and process on it sees the same count.
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
    # NOT NULL with a default: accepted by ADD COLUMN on SQLite and PostgreSQL alike, fills the
    # existing rows with '' and rebuilds no table.
    db.execute_sql("ALTER TABLE person ADD COLUMN password_hash TEXT NOT NULL DEFAULT ''")

    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Person(Base):  # the existing table, only to be referred to (not created here)
        id = AutoField()

    class PersonEvent(Base):
        id = AutoField()
        uuid = CharField(max_length=36, unique=True, default=_uuid)
        person = ForeignKeyField(Person, null=True, backref="events", on_delete="SET NULL")
        person_name = CharField(max_length=200, default="")
        actor = ForeignKeyField(Person, null=True, backref="+", on_delete="SET NULL")
        action = CharField(max_length=32)
        old_value = TextField(default="")
        new_value = TextField(default="")
        created_at = DateTimeField(default=_now, index=True)

    class SignInThrottle(Base):
        name_key = CharField(max_length=64, primary_key=True)
        failures = IntegerField(default=0)
        last_failure_at = DateTimeField(null=True)

    db.create_tables([PersonEvent, SignInThrottle])


def down(migrator: SchemaMigrator, db: Database) -> None:
    db.execute_sql("DROP TABLE sign_in_throttle")
    db.execute_sql("DROP TABLE person_event")
    migrator.migrate(migrator.drop_column("person", "password_hash"))
