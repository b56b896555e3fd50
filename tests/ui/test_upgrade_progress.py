"""A long schema upgrade in the window: a progress dialog (only when it takes a while), Stop
cancels it (what it finished is kept), and a window opening such a database says so."""

from __future__ import annotations

import importlib
import sqlite3

import pytest

from db import migrate
from db.database import open_database
from desktop_app.ui.upgrade_progress import UpgradeProgress, cancelled_text
from tests.db.test_search_paging import _own_content_archive


@pytest.fixture
def old_archive(tmp_path, monkeypatch):
    """A database from before 0013 with 35 articles, rebuilt 10 at a time."""
    module = importlib.import_module("db.migrations.0013_search_external_content")
    monkeypatch.setattr(module, "BATCH", 10)
    path = tmp_path / "old.db"
    _own_content_archive(path, 35)
    return path


def _applied(path) -> set[str]:
    with sqlite3.connect(path) as raw:
        return {r[0] for r in raw.execute("SELECT name FROM schema_migration")}


def test_a_long_upgrade_shows_how_far_it_is(qtbot, old_archive):
    labels: list[str] = []
    progress = UpgradeProgress(show_after_s=0)
    original = progress.__call__

    def watch(step, done, total):
        original(step, done, total)
        labels.append(progress.dialog.labelText())
        assert progress.dialog.isVisible()

    database = open_database(old_archive, progress=watch)
    database.close()
    assert labels[0] == "Updating the search index: 0 of 35 articles"
    assert "Updating the search index: 30 of 35 articles" in labels
    assert progress.dialog.maximum() in (35, 0)
    progress.close()
    assert progress.dialog is None
    assert "0013_search_external_content" in _applied(old_archive)


def test_a_quick_upgrade_shows_nothing(qtbot, old_archive):
    progress = UpgradeProgress()  # waits half a second before showing anything
    open_database(old_archive, progress=progress).close()
    assert not progress.shown


def test_stop_cancels_and_the_next_opening_goes_on(qtbot, old_archive):
    progress = UpgradeProgress(show_after_s=0)
    calls = 0

    def press_stop_after_the_first_batch(step, done, total):
        nonlocal calls
        calls += 1
        if calls == 2:
            progress.dialog.cancel()  # the person presses Stop
        progress(step, done, total)

    with pytest.raises(migrate.MigrationCancelled):
        open_database(old_archive, progress=press_stop_after_the_first_batch)
    progress.close()
    assert "0013_search_external_content" not in _applied(old_archive)
    database = open_database(old_archive)  # goes on where it stopped
    database.close()
    assert "0013_search_external_content" in _applied(old_archive)


def test_a_window_opening_an_old_database_that_is_stopped_stays_as_it_was(
    qtbot, make_window, old_archive, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from desktop_app import app
    from desktop_app.ui import upgrade_progress

    window = make_window()
    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *a: refused.append(text))

    def stop_at_once(self, step, done, total):
        raise migrate.MigrationCancelled()

    monkeypatch.setattr(upgrade_progress.UpgradeProgress, "__call__", stop_at_once)
    assert app.switch_database(window, str(old_archive), create=False) is None
    assert refused == [cancelled_text()]
    assert window.isVisible()
    assert "0013_search_external_content" not in _applied(old_archive)
