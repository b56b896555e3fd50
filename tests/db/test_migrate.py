"""Migrations are modules of the package ``db.migrations``: found and loaded without reading a
folder of ``.py`` files (a wheel may keep only bytecode, a PyInstaller bundle keeps none)."""

from __future__ import annotations

import sys
from pathlib import Path

from db import migrate
from db.database import open_database


def test_known_migrations_are_the_numbered_modules_in_order():
    folder = Path(migrate.__file__).with_name("migrations")
    on_disk = sorted((p.stem for p in folder.glob("[0-9]*.py")), key=lambda n: int(n[:4]))
    assert migrate.known_migrations() == on_disk
    assert "__init__" not in migrate.known_migrations()
    assert migrate.current_version() == len(on_disk)


def test_runner_imports_migrations_as_modules(tmp_path):
    database = open_database(tmp_path / "new.db")  # runs every migration
    try:
        assert migrate.applied_migrations(database) == migrate.known_migrations()
    finally:
        database.close()
    first = migrate.known_migrations()[0]
    module = sys.modules[f"db.migrations.{first}"]
    assert callable(module.up)


def test_migration_numbers_are_unique_and_contiguous_after_the_first_release():
    """See db/migrations/__init__.py: 0002 and 0003 were skipped once; no gap after them."""
    numbers = [int(name.split("_", 1)[0]) for name in migrate.known_migrations()]
    assert len(numbers) == len(set(numbers))
    assert numbers[:2] == [1, 4]
    assert numbers[1:] == list(range(4, 4 + len(numbers) - 1))
