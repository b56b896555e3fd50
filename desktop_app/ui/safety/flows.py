"""Wiring of the data-safety dialogs into the application (called from ``desktop_app.app``,
which passes in what concerns another database: the target to try, how to switch to one).

- :func:`recover_from_open_failure`: at start, when the database does not open, the
  :class:`StartupFailureDialog` (restore the newest good backup, open another file, or quit).
- :func:`install_safety`: Help ▸ Restore from Backup… and the side-by-side conflict dialog on a
  main window.
- :func:`start_backup` / :func:`backup_on_close`: the automatic backups (at start at most once a
  day, in a worker thread; on close).
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app.core.backups import BackupError, newest_good_backup, restore_file
from desktop_app.messages import describe_error
from desktop_app.safety_messages import backup_failure_message
from desktop_app.ui.safety.conflict_dialog import ConflictChoice, ConflictDialog
from desktop_app.ui.safety.restore_dialog import RestoreBackupDialog
from desktop_app.ui.safety.startup_dialog import StartupChoice, StartupFailureDialog

if TYPE_CHECKING:
    from desktop_app.services import Services

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QApplication.translate("Safety", text)


# -- at start -------------------------------------------------------------------------------


def recover_from_open_failure(
    exc: Exception,
    target: str | Path,
    parent: QWidget | None = None,
    dialog_factory: Callable[..., StartupFailureDialog] | None = None,
    *,
    is_file: bool = True,
) -> str | Path | None:
    """Ask what to do about the database at ``target`` that did not open (``exc``, a
    ``DatabaseOpenError``); returns the target to try next (the same file after restoring a
    backup, or another file) or None to quit. A server database (not ``is_file``) has no
    backups to offer.

    The broken file is never modified: restoring keeps it aside, byte for byte.
    """
    newest = None
    if is_file:
        try:
            newest = newest_good_backup(target)
        except OSError:
            newest = None
    dialog = (dialog_factory or StartupFailureDialog)(describe_error(exc), str(target), newest, parent)
    dialog.exec()
    if dialog.choice == StartupChoice.RESTORE_BACKUP and newest is not None:
        try:
            restore_file(newest.path, target)
        except BackupError as error:
            QMessageBox.critical(parent, _tr("Redaksi"), backup_failure_message(error))
            return None
        return target
    if dialog.choice == StartupChoice.OTHER_FILE and dialog.other_file is not None:
        return dialog.other_file
    return None


# -- on a main window -----------------------------------------------------------------------


def install_safety(window, switch_database: Callable[..., object]) -> None:
    """Add Help ▸ Restore from Backup… and the conflict comparison to ``window``."""
    action = QAction(window.tr("Restore from &Backup…"), window)
    action.setObjectName("actionRestoreBackup")
    action.setStatusTip(window.tr("Replace this database by one of its backups"))
    action.triggered.connect(lambda: restore_from_backup(window, switch_database))
    action.setEnabled(window.services.backups.supported)
    window.action_restore_backup = action
    window.help_menu.insertAction(
        window.help_menu.actions()[0] if window.help_menu.actions() else None, action
    )
    window.help_menu.insertSeparator(
        window.help_menu.actions()[1] if len(window.help_menu.actions()) > 1 else None
    )
    compare = getattr(window.banner, "compare_requested", None)
    if compare is not None:
        compare.connect(lambda: show_conflict(window))


def restore_from_backup(
    window,
    switch_database: Callable[..., object],
    dialog_factory: Callable[..., RestoreBackupDialog] | None = None,
):
    """Help ▸ Restore from Backup…: choose, save what is open, restore, reopen (through
    ``switch_database``, the composition root's)."""
    service = window.services.backups
    if not service.supported:
        return None
    dialog = (dialog_factory or RestoreBackupDialog)(
        service.entries(), service.path.name, window, check=service.read
    )
    if not dialog.exec() or dialog.selected_path() is None:
        return None
    chosen = dialog.selected_path()
    if not window.flush():
        QMessageBox.critical(window, window.tr("Redaksi"), window.autosave.last_error)
        return None
    article_id, cursor = window.current_article_id(), window.editor.cursor_position()
    window.autosave.set_article(None)  # nothing may be saved into the restored database
    target = str(service.path)
    # Worker threads keep their own connections: let them finish and end, so that no
    # connection of this process still has the old files open when they are swapped.
    from desktop_app.workers import wait_for_workers

    wait_for_workers()
    # A finished worker's connection may sit in a reference cycle, even among the objects
    # frozen out of the collector's sight (see the spell checker's dictionary loading): a full,
    # unfrozen collection closes it (a moment's pause, in a modal operation).
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    try:
        service.restore(chosen)
    except BackupError as error:
        QMessageBox.critical(window, window.tr("Redaksi"), backup_failure_message(error))
        if article_id is not None:  # nothing changed: go on editing (the text was saved)
            window.open_article(article_id, cursor)
        return None
    return switch_database(window, target, create=False)


def show_conflict(window, dialog_factory: Callable[..., ConflictDialog] | None = None) -> None:
    """Both versions side by side; take theirs, keep mine, or save a merge."""
    article = window.current_article()
    if article is None:
        return
    try:
        theirs = window.articles.get(article.id)
    except Exception as exc:  # noqa: BLE001 - shown, the editor keeps the text
        window.show_error(describe_error(exc))
        return
    mine = window.editor.changes()
    dialog = (dialog_factory or ConflictDialog)(
        theirs.body, mine.body, theirs_title=theirs.title, mine_title=mine.title, parent=window
    )
    dialog.exec()
    if dialog.choice == ConflictChoice.TAKE_THEIRS:
        window.reload_article()
    elif dialog.choice == ConflictChoice.KEEP_MINE:
        merged = dialog.merged_text()
        if merged != mine.body:
            cursor = window.editor.body_edit.textCursor()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(merged)  # one undo step in the editor
        window.autosave.keep_mine()


# -- automatic backups ----------------------------------------------------------------------


def start_backup(services: Services) -> None:
    """The start-of-day backup, in a worker thread (skipped when one was made today)."""
    from desktop_app.workers import run_in_background

    service = services.backups
    if not service.supported:
        return

    def work():
        try:
            return service.auto()
        finally:
            services.database.close()  # this worker thread's own connection

    run_in_background(work, None, lambda exc: log.warning("start backup failed: %s", exc))


def backup_on_close(services: Services) -> None:
    service = services.backups
    if not service.supported:
        return
    try:
        service.auto(on_close=True)
    except (BackupError, OSError) as exc:
        log.warning("backup on close failed: %s", exc)
