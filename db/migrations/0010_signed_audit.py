"""Signed records and hash chains in the audit trail (see ``desktop_app.core.audit``).

* ``status_change`` gains the action, the revision it recorded and that revision's SHA-256, the
  signing key and signature, and the chain (``prev_hash``, ``record_hash``). Its article becomes
  ``ON DELETE SET NULL`` (was CASCADE) and its ``article_uuid`` is kept: an article deleted for
  good no longer takes its records, and so a link, out of the chain. (SQLite cannot change a
  foreign key: the table is rebuilt.)
* ``role_change``: the audit trail of role changes, its own chain.
* ``person_key``: people's Ed25519 keys with their periods of validity.

The records already there are chained in id order, with the hash this migration computes (a
frozen copy of the core's, format 1), and stay unsigned.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
from typing import TYPE_CHECKING, Any

from peewee import (
    SQL,
    AutoField,
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

GENESIS_HASH = "0" * 64
_HASHED = (
    "uuid",
    "article_uuid",
    "from_status",
    "to_status",
    "actor_id",
    "note",
    "created_at",
    "refused",
    "action",
    "revision",
    "content_sha256",
    "signer_key",
    "signature",
    "prev_hash",
)
_NEW_TEXT_COLUMNS = (
    ("article_uuid", 36),
    ("action", 24),
    ("content_sha256", 64),
    ("signature", 128),
    ("prev_hash", 64),
    ("record_hash", 64),
)
_OLD_COLUMNS = "id, uuid, article_id, from_status, to_status, actor_id, note, created_at, refused"


def _plain(value: object) -> object:
    if isinstance(value, _dt.datetime):
        return value.replace(tzinfo=None).isoformat(timespec="microseconds")
    return value


def _hash(values: dict[str, object]) -> str:
    text = json.dumps(
        {"table": "status_change", **{k: _plain(v) for k, v in values.items()}},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=True,
    )
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def _models(db: Database) -> tuple[Any, Any, Any]:
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Article(Base):
        id = AutoField()

    class Person(Base):
        id = AutoField()

    def text(length: int) -> CharField:
        return CharField(max_length=length, default="", constraints=[SQL("DEFAULT ''")])

    class StatusChange(Base):
        id = AutoField()
        uuid = CharField(max_length=36, unique=True)
        article = ForeignKeyField(Article, null=True, on_delete="SET NULL")
        article_uuid = text(36)
        from_status = CharField(max_length=24)
        to_status = CharField(max_length=24)
        actor = ForeignKeyField(Person, null=True, on_delete="SET NULL")
        note = TextField(default="")
        created_at = DateTimeField()
        refused = BooleanField(default=False)
        action = text(24)
        revision = IntegerField(null=True)
        content_sha256 = text(64)
        signer_key = IntegerField(null=True)
        signature = text(128)
        prev_hash = text(64)
        record_hash = text(64)

    class RoleChange(Base):
        id = AutoField()
        uuid = CharField(max_length=36, unique=True)
        person = ForeignKeyField(Person, null=True, on_delete="SET NULL", backref="+")
        person_uuid = CharField(max_length=36)
        from_role = CharField(max_length=16)
        to_role = CharField(max_length=16)
        actor = ForeignKeyField(Person, null=True, on_delete="SET NULL", backref="+")
        created_at = DateTimeField()
        signer_key = IntegerField(null=True)
        signature = text(128)
        prev_hash = text(64)
        record_hash = text(64)

    class PersonKey(Base):
        id = AutoField()
        person = ForeignKeyField(Person, backref="+", on_delete="CASCADE")
        public_key = CharField(max_length=64)
        valid_from = DateTimeField()
        valid_to = DateTimeField(null=True)
        encrypted_private_key = TextField(default="")
        salt = CharField(max_length=64, default="")
        kdf = CharField(max_length=100, default="")

    return StatusChange, RoleChange, PersonKey


def _rebuild_sqlite(db: Database, status_change: Any) -> None:
    indexes = [
        row[1]
        for row in db.execute_sql("PRAGMA index_list(status_change)").fetchall()
        if not str(row[1]).startswith("sqlite_autoindex")
    ]
    for name in indexes:
        db.execute_sql(f'DROP INDEX "{name}"')
    db.execute_sql("ALTER TABLE status_change RENAME TO status_change_old")
    db.create_tables([status_change])
    db.execute_sql(
        f"INSERT INTO status_change ({_OLD_COLUMNS}, article_uuid)"
        f" SELECT {', '.join('s.' + c.strip() for c in _OLD_COLUMNS.split(','))}, COALESCE(a.uuid, '')"
        " FROM status_change_old s LEFT JOIN article a ON a.id = s.article_id"
    )
    db.execute_sql("DROP TABLE status_change_old")


def _alter_postgres(db: Database) -> None:
    for name, length in _NEW_TEXT_COLUMNS:
        db.execute_sql(f"ALTER TABLE status_change ADD COLUMN {name} VARCHAR({length}) NOT NULL DEFAULT ''")
    db.execute_sql("ALTER TABLE status_change ADD COLUMN revision INTEGER")
    db.execute_sql("ALTER TABLE status_change ADD COLUMN signer_key INTEGER")
    db.execute_sql("ALTER TABLE status_change ALTER COLUMN article_id DROP NOT NULL")
    constraints = db.execute_sql(
        "SELECT c.conname FROM pg_constraint c JOIN pg_attribute a"
        " ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)"
        " WHERE c.conrelid = 'status_change'::regclass AND c.contype = 'f' AND a.attname = 'article_id'"
    ).fetchall()
    for (name,) in constraints:
        db.execute_sql(f'ALTER TABLE status_change DROP CONSTRAINT "{name}"')
    db.execute_sql(
        "ALTER TABLE status_change ADD CONSTRAINT status_change_article_id_fkey"
        " FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE SET NULL"
    )
    db.execute_sql(
        "UPDATE status_change s SET article_uuid = a.uuid FROM article a WHERE a.id = s.article_id"
    )


def _chain(db: Database, status_change: Any) -> None:
    previous = GENESIS_HASH
    for row in status_change.select().order_by(status_change.id):
        row.prev_hash = previous
        values = {name: getattr(row, name) for name in _HASHED}
        row.record_hash = previous = _hash(values)
        status_change.update(prev_hash=row.prev_hash, record_hash=row.record_hash).where(
            status_change.id == row.id
        ).execute()


def up(migrator: SchemaMigrator, db: Database) -> None:
    status_change, role_change, person_key = _models(db)
    if isinstance(db, PostgresqlDatabase):
        _alter_postgres(db)
    else:
        _rebuild_sqlite(db, status_change)
    db.create_tables([role_change, person_key])
    _chain(db, status_change)


def down(migrator: SchemaMigrator, db: Database) -> None:
    db.execute_sql("DROP TABLE person_key")
    db.execute_sql("DROP TABLE role_change")
    migrator.migrate(
        *(migrator.drop_column("status_change", name) for name, _ in _NEW_TEXT_COLUMNS),
        migrator.drop_column("status_change", "revision"),
        migrator.drop_column("status_change", "signer_key"),
    )
