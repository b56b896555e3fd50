"""The officials directory's actions in the window: Edit ▸ Officials Directory… and Edit ▸ Insert
Official… (Ctrl+Shift+J), which inserts "title, name" as valid on the open article's day at the
cursor of the field being edited (the body by default), as one undo step."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from desktop_app.core.models import ArticleData
from desktop_app.core.officials import article_day

if TYPE_CHECKING:
    from desktop_app.core.auth import SignedIn
    from desktop_app.services import Services

#: Edit ▸ Insert Official… (J: "jabatan"; no other action of the window uses it).
INSERT_SHORTCUT = "Ctrl+Shift+J"


def insert_into(widget: QWidget, text: str) -> bool:
    """Insert ``text`` at the cursor of a text field (replacing its selection), as one undo step."""
    if isinstance(widget, QLineEdit) and not widget.isReadOnly():
        widget.insert(text)
        return True
    if isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.isReadOnly():
        cursor: QTextCursor = widget.textCursor()
        cursor.beginEditBlock()
        cursor.insertText(text)
        cursor.endEditBlock()
        widget.setTextCursor(cursor)
        widget.ensureCursorVisible()
        return True
    return False


class OfficialsController(QObject):
    """Makes the two actions and opens their dialogs for ``parent`` (the window)."""

    directory_changed = Signal()

    def __init__(
        self,
        services: Callable[[], Services],
        parent: QWidget,
        session: Callable[[], SignedIn | None],
        article: Callable[[], ArticleData | None],
        editor: QWidget,
        body: QWidget,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.window = parent
        self.session = session
        self.article = article
        self.editor = editor  # the insert goes into a text field of the editor...
        self.body = body  # ...or into the body
        self.action_directory = QAction(self.tr("Officia&ls Directory…"), parent)
        self.action_directory.setObjectName("actionOfficialsDirectory")
        self.action_directory.setStatusTip(self.tr("Officials and their titles, with the days each was held"))
        self.action_directory.triggered.connect(self.show_directory)
        self.action_insert = QAction(self.tr("&Insert Official…"), parent)
        self.action_insert.setObjectName("actionInsertOfficial")
        self.action_insert.setShortcut(INSERT_SHORTCUT)
        self.action_insert.setStatusTip(
            self.tr("Insert an official's title and name as they were on the article's date")
        )
        self.action_insert.triggered.connect(self.insert_official)
        parent.addActions([self.action_insert, self.action_directory])  # shortcuts from anywhere in it
        self.dialog: QDialog | None = None  # the open directory dialog

    def show_directory(self) -> None:
        from desktop_app.ui.officials.directory_dialog import OfficialsDirectoryDialog

        dialog = OfficialsDirectoryDialog(self.services(), self.window, self.session())
        dialog.directory_changed.connect(self.directory_changed)
        self.dialog = dialog
        try:
            dialog.exec()
        finally:
            self.dialog = None
            dialog.deleteLater()

    def target(self) -> QWidget:
        """Where the insert goes: the editor's text field with the focus, else the body."""
        focus = QApplication.focusWidget()
        if (
            focus is not None
            and self.editor.isAncestorOf(focus)
            and isinstance(focus, QLineEdit | QPlainTextEdit)
        ):
            return focus
        return self.body

    def insert_official(self) -> None:
        article = self.article()
        if article is None:
            return
        target = self.target()
        from desktop_app.ui.officials.insert_dialog import InsertOfficialDialog

        day = article_day(article.published_at, article.publish_at)
        dialog = InsertOfficialDialog(self.services(), self.window, day)
        try:
            accepted = dialog.exec() == InsertOfficialDialog.DialogCode.Accepted
            chosen = dialog.chosen()
        finally:
            dialog.deleteLater()
        if accepted and chosen is not None:
            target.setFocus()
            insert_into(target, chosen.insert_text)
