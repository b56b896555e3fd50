"""Refused status changes enter the audit trail too (the loser of a race is recorded)."""

from peewee import BooleanField


def up(migrator, db):
    migrator.migrate(migrator.add_column("status_change", "refused", BooleanField(default=False)))


def down(migrator, db):
    migrator.migrate(migrator.drop_column("status_change", "refused"))
