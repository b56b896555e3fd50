"""Wiring of the data-safety dialogs into the application (called from ``desktop_app.app``,
which passes in what concerns another database: the target to try, how to switch to one).

- :func:`recover_from_open_failure`: at start, when the database does not open, the
  :class:`StartupFailureDialog` (restore the newest good backup, open another file, or quit).
- :func:`install_safety`: Help ▸ Restore from Backup…, the side-by-side conflict dialog, saving
  into the file that took the database file's place, and the background check for damaged
  pages (:func:`start_health_check`) on a main window.
- :func:`start_backup` / :func:`backup_on_close`: the automatic backups (at start at most once a
  day, in a worker thread; on close).
"""

from __future__ import annotations

import dataclasses
import gc
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app.core.backups import BackupError, BackupInfo, newest_good_backup, restore_file
from desktop_app.core.dates import computer_datetime
from desktop_app.core.errors import NotFound
from desktop_app.core.models import ARTICLE_TEXT_FIELDS, ArticleChanges, ArticleData, text_fields
from desktop_app.core.save_problems import quick_check, release_lost_file
from desktop_app.core.text import make_slug
from desktop_app.i18n import current_language
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
    about = getattr(window, "action_about", None)
    if about is not None and about in window.help_menu.actions():  # after the guide, before About
        window.help_menu.insertAction(about, action)
        window.help_menu.insertSeparator(about)
    else:
        _insert_first(window.help_menu, action)
    compare = getattr(window.banner, "compare_requested", None)
    if compare is not None:
        compare.connect(lambda: show_conflict(window))
    reopen = getattr(window.banner, "reopen_requested", None)
    if reopen is not None:
        reopen.connect(lambda: save_into_file_at_path(window, switch_database))
    health = getattr(window, "health_banner", None)
    if health is not None:
        health.restore_requested.connect(lambda: restore_from_backup(window, switch_database))
        start_health_check(window)


def _insert_first(menu, action: QAction) -> None:
    menu.insertAction(menu.actions()[0] if menu.actions() else None, action)
    menu.insertSeparator(menu.actions()[1] if len(menu.actions()) > 1 else None)


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


# -- the database file replaced while open -------------------------------------------------


def _same_saved_state(theirs: ArticleData, mine: ArticleData) -> bool:
    """Whether the file now open holds the article as this window last saved it."""
    return (
        text_fields(theirs) == text_fields(mine)
        and theirs.category == mine.category
        and theirs.tags == mine.tags
        and theirs.slug == mine.slug
    )


def _as_article(base: ArticleData, changes: ArticleChanges, version: int) -> ArticleData:
    """``base`` with the editor's ``changes`` in it, to be saved on top of ``version``."""
    texts = {name: getattr(changes, name) for name in ARTICLE_TEXT_FIELDS}
    return dataclasses.replace(
        base,
        **texts,
        category=changes.category,
        tags=tuple(changes.tags),
        slug=changes.slug or make_slug(changes.title),
        featured_image_id=changes.featured_image_id,
        publish_at=changes.publish_at,
        version=version,
    )


def save_into_file_at_path(window, switch_database: Callable[..., object]):
    """After another file took the place of the open database's file: open the file now at
    that path (a new window on it, as File ▸ Open Database does) and save the editor's text
    into it, with the usual conflict handling. The old file gets nothing more: what its
    journal held goes into it first, and its journal is never read with the new file.

    The article is found by its identity (id and uuid). When the new file holds it as this
    window last saved it, the text is saved over it; when it holds another version, the save
    is a conflict (the text kept as a conflict revision, both compared in the banner); when it
    does not hold it, the text becomes a new draft there. Returns the new window, or None (the
    old window then keeps the text and its banner)."""
    from desktop_app.workers import wait_for_workers

    article = window.current_article()
    changes = window.editor.changes() if article is not None else None
    cursor = window.editor.cursor_position()
    window.autosave.set_article(None)  # nothing more into the old file
    wait_for_workers()  # their connections to the old file end with their threads
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    try:
        release_lost_file(window.services.database)
    except OSError as exc:
        log.warning("could not set aside the old journal: %s", exc)
    new_window: Any = switch_database(window, window.services.target, create=False)
    if new_window is None:  # refused (said in a dialog): the text stays here, unsaved
        if article is not None:
            window.autosave.set_article(article)
            window.autosave.mark_dirty()
            window.autosave.save("autosave")  # shows the banner again
        return None
    if article is None or changes is None:
        return new_window
    try:
        theirs = new_window.articles.get(article.id)
        if theirs.uuid != article.uuid:
            raise NotFound("article", article.uuid)
    except NotFound:
        created = new_window.articles.create(changes, actor=new_window.autosave.actor)
        new_window.open_article(created.id)
        new_window.statusBar().showMessage(
            _tr("The file now there did not have this article: your text is in it as a new draft."),
            10_000,
        )
        return new_window
    # A version the old window did not save is a conflict: 0 matches no version.
    version = theirs.version if _same_saved_state(theirs, article) else 0
    new_window._show_article(_as_article(theirs, changes, version), cursor)
    new_window.autosave.mark_dirty()
    new_window.autosave.save("save")
    return new_window


# -- damaged pages ---------------------------------------------------------------------------


def start_health_check(window) -> None:
    """SQLite's ``quick_check`` of the open database's file in a worker thread (it reads the
    whole file: never on the GUI thread, and after the first paint); a damaged file gets the
    window's damaged-database banner, with the newest good backup."""
    from desktop_app.workers import run_in_background

    services = window.services
    if not services.backups.supported:
        return
    database, path = services.database, services.backups.path

    def work() -> tuple[list[str], BackupInfo | None]:
        problems = quick_check(database)
        newest = newest_good_backup(path) if problems else None
        return problems, newest

    def done(result: tuple[list[str], BackupInfo | None]) -> None:
        problems, newest = result
        if problems:
            log.warning("damaged database %s: %s", path, "; ".join(problems))
            show_damaged(window, problems, newest)

    run_in_background(work, done, lambda exc: log.warning("health check failed: %s", exc))


def show_damaged(window, problems: list[str], newest: BackupInfo | None) -> None:
    """The damaged-database banner on ``window`` (unless it was closed or replaced meanwhile)."""
    try:
        if getattr(window, "_retired", False):
            return
        when = None if newest is None else computer_datetime(newest.created_at, current_language())
        window.health_banner.show_damaged(problems, when, window.services.backups.supported)
    except RuntimeError:  # the window is gone
        return


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
