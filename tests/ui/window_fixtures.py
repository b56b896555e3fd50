"""Main-window fixtures: a window built by the composition root on a temporary database and a
temporary settings folder; "restarting" builds a new window on the same two."""

from __future__ import annotations

import pytest


def open_new_article(window):
    """Article ▸ New in ``window``; ``(article id, body editor)`` with the body focused."""
    from PySide6.QtWidgets import QPlainTextEdit

    window.action_new.trigger()
    body = window.findChild(QPlainTextEdit, "bodyEdit")
    body.setFocus()
    return window.current_article_id(), body


def sign_in_admin(window):
    """The database's admin (tests.people_helpers.admin_of) signed in to ``window``."""
    from tests.people_helpers import admin_of

    window.finish_building()
    window.workflow.controller.set_person(admin_of(window.services.database), remember=False)


@pytest.fixture
def config_dir(tmp_path):
    return tmp_path / "config"


@pytest.fixture
def make_window(qtbot, db_target, config_dir):
    from desktop_app.app import build_main_window
    from desktop_app.workers import wait_for_workers

    windows = []

    def make(show: bool = True, language: str | None = "en", *, sign_in: bool = True):
        """A window on the test's database; ``sign_in``: its admin signed in (as after the
        sign-in dialog; without a person the window only reads)."""
        window = build_main_window(db_target, config_dir, language)
        qtbot.addWidget(window)
        windows.append(window)
        if sign_in:
            sign_in_admin(window)
        if show:
            window.show()
            qtbot.waitExposed(window)
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow)
        return window

    yield make
    wait_for_workers()
    for window in windows:
        try:
            window.close()
            window.services.database.close()
        except RuntimeError:  # already deleted by Qt
            pass


def restart(qtbot, window, make_window):
    """Close ``window`` the way a user does and open Redaksi again on the same files."""
    from desktop_app.workers import wait_for_workers

    assert window.close()
    wait_for_workers()
    window.services.database.close()
    return make_window()


@pytest.fixture
def demo_target(db_target):
    """``db_target`` filled with the demo content."""
    from db.database import open_database
    from desktop_app.core.demo import fill_demo

    database = open_database(db_target)
    fill_demo(database)
    database.close()
    return db_target


@pytest.fixture
def earlier_top_levels(qapp):
    """Windows that earlier tests left behind (closed, maybe English): not checked here."""
    from PySide6.QtWidgets import QApplication

    return set(QApplication.topLevelWidgets())


@pytest.fixture
def indonesian_window(qtbot, demo_target, config_dir, earlier_top_levels):
    """The main window in Indonesian on the demo content (English again afterwards)."""
    from PySide6.QtWidgets import QApplication

    from desktop_app import i18n
    from desktop_app.app import build_main_window
    from desktop_app.workers import wait_for_workers

    window = build_main_window(demo_target, config_dir, language="id")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    wait_for_workers()
    window.close()
    window.services.database.close()
    i18n.install_translators(QApplication.instance(), "en")
