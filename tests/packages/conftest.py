"""The two sides of every review-package test: the writer's database (a file) and the editor's
(every backend; a module that needs no server sets its own ``db_target``)."""

from __future__ import annotations

import pytest

from tests.packages.helpers import colleagues, office


@pytest.fixture
def writer(tmp_path):
    side = office(str(tmp_path / "penulis.db"), "Rina Penulis", "writer")
    yield side
    side.database.close()


@pytest.fixture
def editor(db_target, writer):
    """(The writer's and the editor's databases know each other's person: see
    :func:`colleagues`.)"""
    side = office(db_target, "Budi Redaktur", "editor")
    colleagues(writer, side)
    yield side
    side.database.close()
