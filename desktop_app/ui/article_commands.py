"""What the Article and File menus do: new, duplicate, trash (undoable), restore, delete
forever, choose another database to open or create. Part of the main window, split out for
size: it acts on the window through :class:`CommandWindow` (what it uses, nothing more) and
does not import it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.core.models import ArticleChanges
from desktop_app.messages import describe_error

if TYPE_CHECKING:
    from desktop_app.core.articles import ArticleService
    from desktop_app.core.auth import SignedIn
    from desktop_app.ui.editor import ArticleEditor
    from desktop_app.ui.sidebar import HeadlineList


class CommandWindow(Protocol):
    """What the commands use of the main window."""

    articles: ArticleService
    sidebar: HeadlineList
    editor: ArticleEditor
    undo_stack: QUndoStack

    def flush(self) -> bool: ...
    def current_article_id(self) -> int | None: ...
    def current_session(self) -> SignedIn | None: ...
    def open_article(self, article_id: int, cursor: int = 0) -> bool: ...
    def close_article(self) -> None: ...
    def show_error(self, message: str) -> None: ...
    def show_undo_offer(self, text: str) -> None: ...
    def update_actions(self) -> None: ...


DATABASE_FILTER = "Redaksi (*.db *.sqlite *.redaksi);;*"


class TrashCommand(QUndoCommand):
    """Move an article to the Trash; undo puts it back (and reopens it if it was open)."""

    def __init__(self, commands: ArticleCommands, article_id: int, title: str, was_open: bool) -> None:
        super().__init__(QCoreApplication.translate("ArticleCommands", "Move “{0}” to Trash").format(title))
        self.commands = commands
        self.article_id = article_id
        self.was_open = was_open

    def redo(self) -> None:
        self.commands.run(lambda: self.commands.window.articles.trash(self.article_id))
        self.commands.after_trash(self.article_id)

    def undo(self) -> None:
        self.commands.run(lambda: self.commands.window.articles.restore(self.article_id))
        self.commands.window.sidebar.refresh()
        if self.was_open:
            self.commands.window.open_article(self.article_id)
        self.commands.window.show_error(
            QCoreApplication.translate("ArticleCommands", "Restored from the Trash.")
        )


class ArticleCommands(QObject):
    """The commands on ``window``; dialogs open over ``parent`` (the window's widget)."""

    database_chosen = Signal(str)  # a file to open (File ▸ Open Database…)
    new_database_chosen = Signal(str)  # a file to create (File ▸ New Database…)

    def __init__(self, window: CommandWindow, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = window
        self.parent_widget = parent

    def run(self, fn) -> tuple[bool, object]:
        """``(True, result)``, or ``(False, None)`` after showing the error."""
        try:
            return True, fn()
        except Exception as exc:  # noqa: BLE001 - shown, never a traceback
            self.window.show_error(describe_error(exc))
            return False, None

    # -- articles ---------------------------------------------------------------------------

    def new_article(self) -> None:
        w = self.window
        if not w.flush():
            return
        session = w.current_session()  # the new article's author
        ok, article = self.run(lambda: w.articles.create(ArticleChanges(title=""), actor=session))
        if not ok:
            return
        if w.sidebar.showing_trash() or w.sidebar.showing_for_me():
            w.sidebar.filter_combo.setCurrentIndex(0)
        w.sidebar.refresh()
        w.open_article(article.id)
        w.editor.title_edit.setFocus()

    def duplicate(self, article_id: int | None) -> None:
        w = self.window
        if article_id is None or not w.flush():
            return
        suffix = self.tr(" (copy)")
        session = w.current_session()
        ok, article = self.run(lambda: w.articles.duplicate(article_id, actor=session, copy_suffix=suffix))
        if not ok:
            return
        w.sidebar.refresh()
        w.open_article(article.id)

    def trash(self, article_id: int | None) -> None:
        w = self.window
        if article_id is None:
            return
        was_open = article_id == w.current_article_id()
        if was_open and not w.flush():
            return
        try:
            title = w.articles.get(article_id).title or self.tr("(untitled)")
        except Exception as exc:  # noqa: BLE001
            w.show_error(describe_error(exc))
            return
        w.undo_stack.push(TrashCommand(self, article_id, title, was_open))
        w.show_undo_offer(self.tr("“{0}” moved to the Trash.").format(title))

    def after_trash(self, article_id: int) -> None:
        w = self.window
        if article_id == w.current_article_id():
            w.close_article()
        w.sidebar.refresh()
        w.update_actions()

    def restore(self, article_id: int | None) -> None:
        w = self.window
        if article_id is None:
            return
        ok, _ = self.run(lambda: w.articles.restore(article_id))
        if not ok:
            return
        w.sidebar.refresh()
        w.show_error(self.tr("Restored from the Trash."))

    def delete_forever(self, article_id: int | None) -> None:
        w = self.window
        if article_id is None:
            return
        try:
            title = w.articles.get(article_id).title or self.tr("(untitled)")
        except Exception as exc:  # noqa: BLE001
            w.show_error(describe_error(exc))
            return
        answer = QMessageBox.question(
            self.parent_widget,
            self.tr("Delete Forever"),
            self.tr("Delete “{0}” and all its revisions forever? This cannot be undone.").format(title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if article_id == w.current_article_id():
            w.close_article()
        self.run(lambda: w.articles.delete_forever(article_id))
        w.sidebar.refresh()

    # -- databases --------------------------------------------------------------------------

    def choose_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget, self.tr("Open Database"), "", self.tr(DATABASE_FILTER)
        )
        if path:
            self.database_chosen.emit(path)

    def choose_new_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("New Database"), "redaksi.db", self.tr(DATABASE_FILTER)
        )
        if path:
            self.new_database_chosen.emit(path)
