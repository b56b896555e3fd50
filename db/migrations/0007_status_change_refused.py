"""Refused status changes enter the audit trail too (the loser of a race is recorded)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from peewee import BooleanField

if TYPE_CHECKING:
    from peewee import Database
    from playhouse.migrate import SchemaMigrator


def up(migrator: SchemaMigrator, db: Database) -> None:
    migrator.migrate(migrator.add_column("status_change", "refused", BooleanField(default=False)))


def down(migrator: SchemaMigrator, db: Database) -> None:
    migrator.migrate(migrator.drop_column("status_change", "refused"))
