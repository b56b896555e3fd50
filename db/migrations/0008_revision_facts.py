"""What an export needs to know of a published snapshot without reading its body: the body's
sha256 (the render cache's key) and the images it shows. A revision's text never changes once
it is a snapshot, so the facts are kept by the revision's uuid."""

from __future__ import annotations

from typing import TYPE_CHECKING

from peewee import CharField, Model, TextField

if TYPE_CHECKING:
    from peewee import Database
    from playhouse.migrate import SchemaMigrator


def up(migrator: SchemaMigrator, db: Database) -> None:
    class RevisionFacts(Model):
        revision_uuid = CharField(max_length=36, primary_key=True)
        body_sha256 = CharField(max_length=64)
        asset_uuids = TextField(default="")

        class Meta:
            database = db
            table_name = "revision_facts"

    db.create_tables([RevisionFacts])


def down(migrator: SchemaMigrator, db: Database) -> None:
    db.execute_sql("DROP TABLE revision_facts")
