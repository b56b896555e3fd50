"""Composition root: builds the database, services and main window, and wires them."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from db.database import DatabaseOpenError, default_database_path, open_database
from desktop_app.core.articles import ArticleService
from desktop_app.core.demo import fill_demo, is_empty
from desktop_app.messages import describe_error


def default_config_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("Redaksi", appauthor=False))


def open_or_create(db_target: str | Path | None):
    """Open the database; the default database is filled with demo content when new."""
    use_default = db_target is None
    database = open_database(default_database_path() if use_default else db_target)
    if use_default and is_empty(database):
        fill_demo(database)
    return database


def build_main_window(db_target: str | Path | None, config_dir: str | Path,
                      language: str | None = None):
    """The fully wired main window (a QApplication must exist); no event loop is entered."""
    from desktop_app.ui.main_window import MainWindow

    database = open_or_create(db_target)
    window = MainWindow(ArticleService(database))
    return window


def run_gui(db_target: str | Path | None, language: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Redaksi")
    app.setOrganizationName("Redaksi")
    if db_target is None:
        default_database_path().parent.mkdir(parents=True, exist_ok=True)
    try:
        window = build_main_window(db_target, default_config_dir(), language)
    except DatabaseOpenError as exc:
        QMessageBox.critical(None, "Redaksi", describe_error(exc))
        return 1
    window.show()
    return app.exec()
