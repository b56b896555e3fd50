"""The widgets inside the article editor: the Markdown body, the tag completer, and what keeps
characters no article can store (NUL, control characters...) out of every field."""

from __future__ import annotations

import math
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QMimeData, QObject, QPoint, Qt, Signal
from PySide6.QtGui import (
    QImage,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPalette,
    QTextCursor,
    QValidator,
)
from PySide6.QtWidgets import QCompleter, QPlainTextEdit

from desktop_app.core.text import storable_text, unstorable_count
from desktop_app.ui.editor_lists import continue_on_enter, renumber_after_edit
from desktop_app.ui.fonts import text_character_width
from desktop_app.ui.markdown_highlighter import HUGE_TEXT, MarkdownHighlighter
from desktop_app.ui.scroll_bar import SteadyScrollBar

#: The body's text column is at most this many average characters wide (a comfortable line).
TEXT_COLUMN_CHARACTERS = 76

if TYPE_CHECKING:
    from desktop_app.core.html_markdown import Conversion

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff"})


def _utf16_length(text: str) -> int:
    """``len(text)`` as Qt counts (UTF-16 code units: two for a character beyond U+FFFF)."""
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


def _utf16_prefix(text: str, units: int) -> str:
    """The start of ``text`` that is ``units`` UTF-16 code units long (a Qt cursor position)."""
    count = 0
    for index, char in enumerate(text):
        if count >= units:
            return text[:index]
        count += 2 if ord(char) > 0xFFFF else 1
    return text


class StorableTextValidator(QValidator):
    """For a one-line field: takes out, as they are typed or pasted, the characters no article
    can keep (:func:`desktop_app.core.text.storable_text`) and says how many."""

    characters_removed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def validate(self, text: str, position: int) -> object:
        removed = unstorable_count(text)
        if not removed:
            return QValidator.State.Acceptable, text, position
        self.characters_removed.emit(removed)
        before = storable_text(_utf16_prefix(text, position))
        return QValidator.State.Acceptable, storable_text(text), _utf16_length(before)


class StorableTextEdit(QPlainTextEdit):
    """A plain text field that takes out, as they are pasted, dropped or typed, the characters no
    article can keep (:func:`desktop_app.core.text.storable_text`) and says how many."""

    characters_removed = Signal(int)

    def _storable(self, text: str) -> str:
        removed = unstorable_count(text)
        if removed:
            self.characters_removed.emit(removed)
            return storable_text(text)
        return text

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        # Plain text only: pasting from a web page or a word processor must not bring markup.
        if source.hasText():
            self.textCursor().insertText(self._storable(source.text()))
            self.ensureCursorVisible()
            return
        super().insertFromMimeData(source)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        text = event.text()
        # Qt inserts a key's text when its first character is printable (so Ctrl+A's "\x01"
        # stays a shortcut); the rest of it is not looked at.
        if text[:1].isprintable() and unstorable_count(text):
            event = QKeyEvent(
                event.type(),
                event.key(),
                event.modifiers(),
                self._storable(text),
                event.isAutoRepeat(),
                event.count(),
            )
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 - Qt override
        commit = event.commitString()
        if unstorable_count(commit):
            replacement = QInputMethodEvent(event.preeditString(), event.attributes())
            replacement.setCommitString(
                self._storable(commit), event.replacementStart(), event.replacementLength()
            )
            event = replacement
        super().inputMethodEvent(event)


#: Pasted HTML up to this many characters is converted at once (about a tenth of a second);
#: longer HTML in a child process while the window goes on (see :meth:`MarkdownTextEdit.paste_html`).
RICH_PASTE_AT_ONCE = 60_000


def _has_formatting(html: str) -> bool:
    """(the HTML modules load on the first rich paste, not when the window starts)"""
    from desktop_app.core.html_markdown import has_formatting

    return has_formatting(html)


class MarkdownTextEdit(StorableTextEdit):
    """The body editor: plain text, image drops and pastes become signals, not text. HTML on the
    clipboard (Word, LibreOffice, a browser, WhatsApp Web) is pasted as Markdown."""

    image_files_dropped = Signal(list)
    image_pasted = Signal(bytes)
    text_column_changed = Signal(int)  # the margin beside the text column, in pixels
    #: a sentence about a paste (pictures left out, a long paste being converted)
    paste_message = Signal(str)
    #: a long paste's conversion finished (True) or was dropped (False); for tests and the window
    paste_finished = Signal(bool)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBar(SteadyScrollBar(Qt.Orientation.Vertical, self))
        #: Set by the editor: a huge paste is highlighted in slices afterwards.
        self.highlighter: MarkdownHighlighter | None = None
        self._plain_only = False  # Paste as Plain Text
        self._pending: list[_PendingPaste] = []  # long pastes being converted
        self.document().contentsChange.connect(self._contents_changed)
        # The text is a column of at most TEXT_COLUMN_CHARACTERS, centred: the margins beside
        # it (the same colour as the page) grow on a wide window.
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)

    def text_column_width(self) -> int:
        """The widest the text column gets, in pixels (margins of the document included)."""
        margin = round(self.document().documentMargin())
        return math.ceil(text_character_width(self.font()) * TEXT_COLUMN_CHARACTERS) + 2 * margin

    def _update_text_column(self) -> None:
        bar = self.verticalScrollBar()
        frame = 2 * self.frameWidth()
        room = self.width() - frame - (bar.sizeHint().width() if bar.isVisible() else 0)
        side = max(0, (room - self.text_column_width()) // 2)
        if self.viewportMargins().left() != side:
            self.setViewportMargins(side, 0, side, 0)
            self.text_column_changed.emit(side)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._update_text_column()
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        # A click in the margin beside the text column puts the cursor at the nearest place
        # of that line (the margin is no part of the text view, which would ignore it).
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            point = self.viewport().mapFrom(self, event.position().toPoint())
            inside = self.viewport().rect()
            if not inside.contains(point) and 0 <= point.y() < inside.height():
                if event.button() == Qt.MouseButton.LeftButton:
                    x = min(max(point.x(), 0), inside.width() - 1)
                    self.setTextCursor(self.cursorForPosition(QPoint(x, point.y())))
                    self.setFocus(Qt.FocusReason.MouseFocusReason)
                return True
        return super().event(event)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._update_text_column()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if plain and continue_on_enter(self):
                return
            shift = (
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.ShiftModifier
            )
            if shift and not self.isReadOnly():  # a plain new line (Qt's own is a U+2028 inside the line)
                self.textCursor().insertText("\n")
                self.ensureCursorVisible()
                return
        revision = self.document().revision()
        super().keyPressEvent(event)
        if self.document().revision() != revision and (
            key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
            or event.matches(QKeySequence.StandardKey.Cut)
            or event.matches(QKeySequence.StandardKey.Paste)
        ):
            renumber_after_edit(self)

    def huge_change(self, text: str) -> AbstractContextManager[None]:
        """Wrap a change that brings ``text``: highlighting (and spell checking) of a huge text
        is deferred to slices, so the text is there at once and the window keeps answering."""
        if self.highlighter is not None and len(text) > HUGE_TEXT:
            return self.highlighter.deferred()
        return nullcontext()

    @staticmethod
    def _image_paths(source: QMimeData) -> list[str]:
        if not source.hasUrls():
            return []
        paths = [url.toLocalFile() for url in source.urls() if url.isLocalFile()]
        return [p for p in paths if Path(p).suffix.lower() in IMAGE_SUFFIXES]

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt override
        return bool(self._image_paths(source)) or source.hasImage() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        paths = self._image_paths(source)
        if paths:
            self.image_files_dropped.emit(paths)
            return
        if source.hasImage() and not source.hasText():
            image = QImage(source.imageData())
            if not image.isNull():
                data = QByteArray()
                buffer = QBuffer(data)
                buffer.open(QIODevice.OpenModeFlag.WriteOnly)
                image.save(buffer, "PNG")
                self.image_pasted.emit(bytes(data.data()))
            return
        if source.hasHtml() and not self._plain_only and _has_formatting(source.html()):
            self.paste_html(source.html(), source.text() if source.hasText() else "")
            return
        with self.huge_change(source.text() if source.hasText() else ""):
            super().insertFromMimeData(source)

    # -- rich paste ------------------------------------------------------------------------

    def paste_plain_text(self) -> None:
        """Edit ▸ Paste as Plain Text (Ctrl+Shift+V): the clipboard's text, never its HTML."""
        self._plain_only = True
        try:
            self.paste()
        finally:
            self._plain_only = False

    def paste_html(self, html: str, plain: str = "") -> None:
        """``html`` as Markdown at the cursor, in one undo step. Long HTML is converted in a
        child process: the window keeps answering, and the text arrives where the cursor was
        (unless the whole text was replaced meanwhile, e.g. another article opened: then the
        paste is dropped and said so)."""
        from desktop_app.core.html_markdown import html_to_markdown, html_to_markdown_in_process

        if len(html) <= RICH_PASTE_AT_ONCE:
            self._insert_conversion(self.textCursor(), html_to_markdown(html), plain)
            return
        from desktop_app.workers import run_in_background

        pending = _PendingPaste(QTextCursor(self.textCursor()))
        self._pending.append(pending)
        self.viewport().setCursor(Qt.CursorShape.BusyCursor)
        self.paste_message.emit(self.tr("Converting the pasted text…"))

        def done(conversion: Conversion | None) -> None:
            if not shiboken6.isValid(self) or pending not in self._pending:  # the editor is gone
                return
            self._pending.remove(pending)
            if not self._pending:
                self.viewport().unsetCursor()
            if pending.dropped or self.isReadOnly():  # another article, or someone else's now
                self.paste_message.emit(
                    self.tr(
                        "The paste was dropped: another text was opened, or this one became "
                        "read-only, while it was being converted. Paste again."
                    )
                )
                self.paste_finished.emit(False)
                return
            if conversion is None:  # the conversion failed: the plain text, as before
                self._insert_text(pending.cursor, plain)
            else:
                self._insert_conversion(pending.cursor, conversion, plain)
            self.paste_finished.emit(True)

        run_in_background(lambda: html_to_markdown_in_process(html), done, lambda _exc: done(None))

    def _contents_changed(self, position: int, removed: int, added: int) -> None:
        if self._pending and position == 0 and removed and added >= self.document().characterCount() - 1:
            for pending in self._pending:  # the whole text replaced (another article loaded)
                pending.dropped = True

    def _insert_text(self, cursor: QTextCursor, text: str) -> None:
        text = self._storable(text)
        with self.huge_change(text):
            cursor.beginEditBlock()  # one undo step
            cursor.insertText(text)
            cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def _insert_conversion(self, cursor: QTextCursor, conversion: Conversion, plain: str) -> None:
        from desktop_app.core.html_markdown import replace_images

        markdown = replace_images(conversion.markdown, {}) if conversion.images else conversion.markdown
        if not markdown.strip() and not conversion.images:
            markdown = plain  # nothing Markdown could say: the clipboard's own text
        elif "\n" not in markdown.rstrip("\n"):
            markdown = markdown.rstrip("\n")  # a few words pasted into a line stay in it
        self._insert_text(cursor, markdown)
        for image in conversion.images:  # into the media library, at the cursor
            self.image_pasted.emit(image.data)
        left_out = conversion.remote_images + conversion.unreadable_images
        if left_out:
            self.paste_message.emit(
                self.tr(
                    "%n picture(s) from the web were left out (Redaksi fetches nothing "
                    "from the internet); add them with Insert Image.",
                    "",
                    left_out,
                )
            )
        if conversion.flattened_tables:
            self.paste_message.emit(
                self.tr(
                    "%n table(s) with merged cells were pasted as one paragraph per row.",
                    "",
                    conversion.flattened_tables,
                )
            )


class _PendingPaste:
    """A long paste being converted: where it goes, and whether it was dropped meanwhile."""

    def __init__(self, cursor: QTextCursor) -> None:
        self.cursor = cursor  # moves with the edits made while converting
        self.dropped = False


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt override
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index) -> str:  # noqa: N802 - Qt override
        current = self.widget().text() if self.widget() else ""
        head = current.rsplit(",", 1)[0] + ", " if "," in current else ""
        return head + str(index.data())
