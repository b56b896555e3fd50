"""The office's own house-style rules (``desktop_app.core.house_style.OfficeStyleRules``): a
wrong form (a word or phrase), the right one and a reason, added in Edit ▸ Office House Style….
Shared by every workstation on the database, like the office's word list (``dictionary_word``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from peewee import CharField, DateTimeField, Model

if TYPE_CHECKING:
    from peewee import Database
    from playhouse.migrate import SchemaMigrator


def up(migrator: SchemaMigrator, db: Database) -> None:
    class StyleRule(Model):
        wrong = CharField(max_length=100, primary_key=True)
        right = CharField(max_length=100)
        reason = CharField(max_length=300, default="")
        added_at = DateTimeField()

        class Meta:
            database = db
            table_name = "style_rule"

    db.create_tables([StyleRule])


def down(migrator: SchemaMigrator, db: Database) -> None:
    db.execute_sql("DROP TABLE style_rule")
