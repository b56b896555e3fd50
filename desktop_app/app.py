"""Composition root: builds the database, services and main window, and wires them."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from db.database import (
    DatabaseOpenError,
    default_database_path,
    is_postgres_url,
    open_database,
)
from desktop_app.services import Services, make_services

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

# isort: split
# Qt after the core: PySide6 reads the source of every module imported after it, looking for
# ``from __feature__ import`` (~15 ms of start-up for the core's modules).
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app.messages import describe_error

#: Windows alive in this process (a window replaced by "Open Database" is closed and dropped).
_windows: list[MainWindow] = []


def open_or_create(db_target: str | Path | None, progress=None):
    """Open the database; the default database is filled with demo content when new.
    ``progress``: hears a long schema upgrade (``db.migrate.ProgressCallback``)."""
    use_default = db_target is None
    if use_default:
        default_database_path().parent.mkdir(parents=True, exist_ok=True)
    database = open_database(default_database_path() if use_default else db_target, progress=progress)
    if use_default:
        from desktop_app.core.demo import fill_demo, is_empty

        if is_empty(database):
            fill_demo(database)
    return database


def _install_language(language: str | None, config_language: str) -> str:
    """Install the translators (when the i18n module is there); the language in use."""
    chosen = language or config_language
    try:
        from desktop_app import i18n
    except ImportError:  # pragma: no cover - the module ships with Redaksi
        return chosen
    chosen = i18n.normalize_language(chosen)
    app = QApplication.instance()
    if app is not None:
        i18n.install_translators(app, chosen)
    return chosen


def build_main_window(
    db_target: str | Path | None,
    config_dir: str | Path,
    language: str | None = None,
    *,
    open_after_paint: bool = False,
    then=None,
    progress=None,
):
    """The fully wired main window (a QApplication must exist); no event loop is entered.

    The window is finished and the last open article opened at once, or with
    ``open_after_paint`` (how Redaksi starts) just after the window's first paint, so the window
    appears sooner; ``then(window)`` is called after that.
    Raises :class:`DatabaseOpenError` when the database cannot be opened, and
    ``db.migrate.MigrationCancelled`` when ``progress`` stopped a long schema upgrade.
    """
    from desktop_app.settings import Settings

    settings = Settings(config_dir)
    language = _install_language(language, settings.preferences().language)
    target = default_database_path() if db_target is None else db_target
    database = open_or_create(db_target, progress)
    return _window_for(
        make_services(database, target), settings, language, open_after_paint=open_after_paint, then=then
    )


class _FirstPaint(QObject):
    """Calls ``then`` once, on the next turn of the event loop after ``widget``'s first paint
    (or after ``latest_ms`` if it is never painted)."""

    def __init__(self, widget: QWidget, then, latest_ms: int = 1000) -> None:
        super().__init__(widget)
        self._then = then
        self._done = False
        widget.installEventFilter(self)
        QTimer.singleShot(latest_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and not self._done:
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        self.parent().removeEventFilter(self)
        self._then()


def _finish_window(window, services: Services) -> None:
    """What the first paint does not need: the window's remaining parts, then
    :func:`_install_extras`."""
    window.finish_building()
    _install_extras(window, services)


def _install_extras(window, services: Services) -> None:
    """Spell checking, the backup and conflict flows (Help ▸ Restore from Backup…)."""
    from desktop_app.ui.safety.flows import install_safety

    _install_spell_checking(window, services)
    install_safety(window, switch_database)


def _finish_after_paint(window, services: Services, then=None) -> None:
    """Right after the first paint: finish the window's parts, open the last article (unless
    one was opened meanwhile) and call ``then``; spell checking and the safety flows follow on
    the next turn of the event loop (a key typed meanwhile is taken first: the article can be
    typed in before its spelling is checked)."""

    def finish() -> None:
        if getattr(window, "_retired", False):
            return
        window.finish_building()
        if window.current_article_id() is None:
            window.restore_last_article()
        if then is not None:
            then(window)
        QTimer.singleShot(0, window, finish_the_rest)

    def finish_the_rest() -> None:
        if not getattr(window, "_retired", False):
            _install_extras(window, services)

    _FirstPaint(window, finish)


def _window_for(services: Services, settings, language: str, *, open_after_paint: bool = False, then=None):
    """The main window on ``services``; with ``open_after_paint``, finished (and
    ``then(window)`` called) just after its first paint."""
    from desktop_app.ui.main_window import MainWindow

    if not is_postgres_url(services.target):
        settings.add_recent_database(services.key)
    window = MainWindow(services, settings, language)
    window.sidebar.load()
    if open_after_paint:
        _finish_after_paint(window, services, then)
    else:
        _finish_window(window, services)
        window.restore_last_article()
        if then is not None:
            then(window)
    window.open_database_requested.connect(lambda t: switch_database(window, t, create=False))
    window.new_database_requested.connect(lambda t: switch_database(window, t, create=True))
    _windows.append(window)
    window.destroyed.connect(lambda *_: _windows.remove(window) if window in _windows else None)
    return window


def _install_spell_checking(window, services: Services) -> None:
    """Spell checking in the article editor, with this database's office dictionary."""
    if not hasattr(window.editor, "highlighter"):  # the plain fallback editor has none
        return
    from desktop_app.ui.spelling.install import install_spell_checking

    window.spell_check = install_spell_checking(
        window.editor,
        services.office_dictionary,
        style_rules=services.office_style_rules,
        skip_uppercase=window.preferences.spell_skip_uppercase,
    )
    window.spell_check.notice.connect(lambda text: window.statusBar().showMessage(text, 10000))


def switch_database(window, target: str, *, create: bool):
    """Replace ``window`` by one on ``target`` (File ▸ Open / New Database / Open Recent).

    The old window's text is saved first; a database that cannot be opened is reported in a
    dialog and the old window stays as it was (the models stay bound to its database: see
    :func:`db.database.open_database`). Returns the new window or None.
    """

    def refuse(message: str) -> None:
        QMessageBox.critical(window, window.tr("Redaksi"), message)

    if create and Path(target).exists():
        refuse(window.tr("“{0}” already exists. Use Open Database to open it.").format(target))
        return None
    if not create and not is_postgres_url(target) and not Path(target).exists():
        refuse(window.tr("“{0}” does not exist.").format(target))
        return None
    if not window.flush():
        refuse(window.autosave.last_error)
        return None
    old = window.services.database
    from db.migrate import MigrationCancelled
    from desktop_app.ui.upgrade_progress import UpgradeProgress, cancelled_text

    progress = UpgradeProgress(window)
    try:
        database = open_database(target, progress=progress)
    except DatabaseOpenError as exc:
        refuse(describe_error(exc))
        return None
    except MigrationCancelled:
        refuse(cancelled_text())
        return None
    finally:
        progress.close()
    window.save_window_state()
    window.autosave.set_article(None)
    window.stop_presence()  # first: the new window may open the same article of the same database
    _release_copied_presence(database, window)
    new_window = _window_for(make_services(database, target), window.settings, window.language)
    if new_window.services.key == window.services.key and window.workflow.controller.session is not None:
        # the same database reopened: whoever signed in stays signed in (another one asks)
        new_window.workflow.controller.set_person(window.workflow.controller.session)
    new_window.setGeometry(window.geometry())
    new_window.show()
    window.retire()
    window.close()
    if window in _windows:
        _windows.remove(window)  # freed with its last reference
    if old is not database:
        old.close()
    return new_window


def _release_copied_presence(database, window) -> None:
    """The file opened may be a copy of the old one made while this window held an article (a
    swapped file, a backup restored): that copied presence is this window's, not someone
    else's, and must not make the new window read-only."""
    from desktop_app.core.presence import PresenceService

    if "presence" not in vars(window.services):  # (never used: it held nothing)
        return
    try:
        PresenceService(database, session_id=window.services.presence.session_id).release_all()
    except Exception as exc:  # noqa: BLE001 - a database that refuses writes is reported later
        logging.getLogger(__name__).warning("could not release a copied presence: %s", exc)


def _set_application_icon(app: QApplication) -> None:
    """Redaksi's icon on every window and dialog, and the id that lets Wayland and X11 docks
    match the window to the installed ``<APP_ID>.desktop`` (its icon, its name, pinning)."""
    from desktop_app import APP_ID
    from desktop_app.ui.window_layout import application_icon

    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(application_icon())


def _start_test_driver(window: MainWindow, spec_file: str) -> None:
    """For the tests that start Redaksi as a real process: ``spec_file`` (JSON) names a Python
    file (``tests/driver.py``), loaded by its path, whose ``start(window, spec)`` drives the
    window. Redaksi carries no test code of its own; nothing else sets the variable."""
    import importlib.util
    import json

    spec = json.loads(Path(spec_file).read_text(encoding="utf-8"))
    module_spec = importlib.util.spec_from_file_location("redaksi_test_driver", spec["driver"])
    if module_spec is None or module_spec.loader is None:
        raise ImportError(f"no test driver at {spec['driver']}")
    driver = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(driver)
    driver.start(window, spec)  # its timers are the window's children: they live with it


def run_gui(db_target: str | Path | None, language: str | None = None) -> int:
    from desktop_app.settings import default_config_dir

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Redaksi")
    app.setOrganizationName("Redaksi")
    app.setApplicationDisplayName("Redaksi")
    _set_application_icon(app)
    from desktop_app.ui.app_style import install_style

    install_style()  # (before the first window)

    def after_first_paint(window) -> None:
        from desktop_app.ui.safety import flows

        flows.start_backup(window.services)  # at most once a day, in a worker

        def backup_open_databases() -> None:
            for open_window in list(_windows):
                if not getattr(open_window, "_retired", False):
                    flows.backup_on_close(open_window.services)

        app.aboutToQuit.connect(backup_open_databases)
        driver = os.environ.get("REDAKSI_TEST_DRIVER")
        if driver:
            _start_test_driver(window, driver)
        else:
            window.workflow.ask_who_is_working()

    from db.migrate import MigrationCancelled
    from desktop_app.ui.upgrade_progress import UpgradeProgress, cancelled_text

    while True:  # a database that does not open: restore a backup, another file, or quit
        progress = UpgradeProgress()
        try:
            window = build_main_window(
                db_target,
                default_config_dir(),
                language,
                open_after_paint=True,
                then=after_first_paint,
                progress=progress,
            )
            break
        except MigrationCancelled:
            progress.close()
            QMessageBox.information(None, "Redaksi", cancelled_text())
            return 1
        except DatabaseOpenError as exc:
            from desktop_app.ui.safety import flows

            target = default_database_path() if db_target is None else db_target
            db_target = flows.recover_from_open_failure(exc, target, is_file=not is_postgres_url(str(target)))
            if db_target is None:
                return 1
        finally:
            progress.close()
    window.show()
    return app.exec()
