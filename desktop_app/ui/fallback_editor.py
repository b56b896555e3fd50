"""A minimal stand-in for ``ui.editor.ArticleEditor`` and ``ui.preview.PreviewPane``.

Used by the main window only while those modules are not importable (they are developed in
parallel); same interface, none of the polish. Delete once the real editor has landed.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextBrowser, QVBoxLayout, QWidget

from desktop_app.core.models import ArticleChanges, ArticleData
from desktop_app.core.rendering import render_markdown
from desktop_app.core.text import count_words, reading_minutes


class ArticleEditor(QWidget):
    content_changed = Signal()
    title_changed = Signal(str)
    stats_changed = Signal(int, int, int)
    scroll_fraction_changed = Signal(float)
    image_files_dropped = Signal(list)
    image_pasted = Signal(bytes)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._article: ArticleData | None = None
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("bodyEdit")
        self.body_edit.setAccessibleName(self.tr("Article text"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_edit)
        layout.addWidget(self.body_edit, 1)
        self.title_edit.textEdited.connect(self._title_edited)
        self.body_edit.textChanged.connect(self._body_changed)

    def _title_edited(self, text: str) -> None:
        self.title_changed.emit(text)
        self.content_changed.emit()

    def _body_changed(self) -> None:
        text = self.body_edit.toPlainText()
        words = count_words(text)
        self.stats_changed.emit(words, len(text), reading_minutes(words))
        if self._article is not None:
            self.content_changed.emit()

    def load(self, article: ArticleData, categories: list[str], tags: list[str],
             authors: list[tuple[int, str]]) -> None:
        self._article = None
        self.title_edit.setText(article.title)
        self.body_edit.setPlainText(article.body)
        self._article = article

    def clear(self) -> None:
        self._article = None
        self.title_edit.clear()
        self.body_edit.clear()

    def changes(self) -> ArticleChanges:
        a = self._article
        return ArticleChanges(
            title=self.title_edit.text(), body=self.body_edit.toPlainText(),
            summary=a.summary if a else "", dateline=a.dateline if a else "",
            category=a.category if a else None, tags=list(a.tags) if a else [],
            author_id=a.author_id if a else None,
            featured_image_id=a.featured_image_id if a else None)

    def body_text(self) -> str:
        return self.body_edit.toPlainText()

    def cursor_position(self) -> int:
        return self.body_edit.textCursor().position()

    def set_cursor_position(self, position: int) -> None:
        cursor = self.body_edit.textCursor()
        cursor.setPosition(min(position, len(self.body_edit.toPlainText())))
        self.body_edit.setTextCursor(cursor)
        self.body_edit.ensureCursorVisible()

    def insert_at_cursor(self, text: str) -> None:
        self.body_edit.insertPlainText(text)

    def _wrap(self, marker: str) -> None:
        cursor = self.body_edit.textCursor()
        cursor.insertText(f"{marker}{cursor.selectedText()}{marker}")

    def toggle_bold(self) -> None:
        self._wrap("**")

    def toggle_italic(self) -> None:
        self._wrap("*")

    def toggle_code(self) -> None:
        self._wrap("`")

    def insert_link(self) -> None:
        cursor = self.body_edit.textCursor()
        cursor.insertText(f"[{cursor.selectedText()}](https://)")

    def _prefix(self, prefix: str) -> None:
        cursor = self.body_edit.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.insertText(prefix)

    def toggle_heading(self) -> None:
        self._prefix("## ")

    def toggle_quote(self) -> None:
        self._prefix("> ")

    def toggle_bullet_list(self) -> None:
        self._prefix("- ")

    def show_find(self) -> None:
        self.body_edit.setFocus()

    def show_replace(self) -> None:
        self.body_edit.setFocus()

    def set_editor_font(self, font: QFont) -> None:
        self.body_edit.setFont(font)


class PreviewPane(QWidget):
    rendered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("preview")
        self.browser.setAccessibleName(self.tr("Preview"))
        self.browser.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self._text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._render)

    def set_markdown(self, text: str) -> None:
        self._text = text
        self._timer.start()

    def _render(self) -> None:
        if not self.isVisible():
            return
        self.browser.setHtml(render_markdown(self._text))
        self.rendered.emit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._timer.start()

    def set_scroll_fraction(self, fraction: float) -> None:
        bar = self.browser.verticalScrollBar()
        bar.setValue(round(fraction * bar.maximum()))

    def set_image_provider(self, provider) -> None:
        pass
