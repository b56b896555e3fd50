"""The headline field: one line of text that wraps onto two or three lines as it grows, so a
long headline is read in full (never scrolled sideways)."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSizePolicy, QWidget

from desktop_app.ui.editor_widgets import StorableTextEdit

#: The field grows with its text up to this many lines, then scrolls vertically.
MAX_VISIBLE_LINES = 3
_LINE_BREAK = re.compile(r"[ \t]*[\r\n\u2028\u2029]+[ \t]*")


def one_line(text: str) -> str:
    """``text`` as one line: each line break (with the spaces around it) and each tab becomes
    one space."""
    return _LINE_BREAK.sub(" ", text).replace("\t", " ")


class TitleEdit(StorableTextEdit):
    """A wrapping one-line field with the parts of ``QLineEdit``'s interface the editor and the
    main window use (``text``, ``setText``, ``text_changed``, ``returnPressed``...).

    Enter never makes a second line: it emits :attr:`returnPressed`; pasted line breaks become
    spaces; what no article can store is taken out as typed (``characters_removed``).
    """

    returnPressed = Signal()  # noqa: N815 - named as QLineEdit's signal
    text_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setTabChangesFocus(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document().setDocumentMargin(2)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self._on_text_changed)
        self._visible_lines = 1
        self._height = 0
        self._update_height()

    # -- QLineEdit-like interface -------------------------------------------------------------
    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - named as QLineEdit's
        self.setPlainText(one_line(text))

    def setFrame(self, shown: bool) -> None:  # noqa: N802 - named as QLineEdit's
        self.setFrameShape(QFrame.Shape.StyledPanel if shown else QFrame.Shape.NoFrame)

    def cursorPosition(self) -> int:  # noqa: N802 - named as QLineEdit's
        return self.textCursor().position()

    def setCursorPosition(self, position: int) -> None:  # noqa: N802 - named as QLineEdit's
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(position, self.document().characterCount() - 1)))
        self.setTextCursor(cursor)
        if position == 0:
            self.verticalScrollBar().setValue(0)

    def home(self, mark: bool) -> None:
        self._move(QTextCursor.MoveOperation.Start, mark)

    def end(self, mark: bool) -> None:
        self._move(QTextCursor.MoveOperation.End, mark)

    def _move(self, operation: QTextCursor.MoveOperation, mark: bool) -> None:
        mode = QTextCursor.MoveMode.KeepAnchor if mark else QTextCursor.MoveMode.MoveAnchor
        cursor = self.textCursor()
        cursor.movePosition(operation, mode)
        self.setTextCursor(cursor)

    # -- one line of text ---------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.returnPressed.emit()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        if source.hasText():
            flat = QMimeData()
            flat.setText(one_line(source.text()))
            source = flat
        super().insertFromMimeData(source)

    def _on_text_changed(self) -> None:
        text = self.toPlainText()
        if one_line(text) != text:  # (a line break dropped or put in some other way)
            cursor = QTextCursor(self.document())
            cursor.joinPreviousEditBlock()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(one_line(text))
            cursor.endEditBlock()
            return  # (textChanged again, with the one line)
        self._update_height()
        self.text_changed.emit(text)

    # -- height: as many lines as the text takes, up to MAX_VISIBLE_LINES -------------------------
    def _line_heights(self) -> list[float]:
        """The height of each line the text is laid out in (wrapped lines counted)."""
        heights: list[float] = []
        block = self.document().begin()
        while block.isValid():
            layout = block.layout()
            count = layout.lineCount() if layout is not None else 0
            if count:
                heights.extend(layout.lineAt(index).height() for index in range(count))
            else:
                heights.append(float(self.fontMetrics().lineSpacing()))
            block = block.next()
        return heights

    def _height_for(self, lines: int, heights: list[float] | None = None) -> int:
        spacing = float(self.fontMetrics().lineSpacing())
        shown = (heights or [])[:lines]
        text_height = sum(shown) + spacing * (lines - len(shown))
        margins = self.contentsMargins()
        document_margin = self.document().documentMargin()
        return math.ceil(text_height + 2 * document_margin) + margins.top() + margins.bottom() + 1

    def _update_height(self) -> None:
        heights = self._line_heights()
        lines = max(1, min(len(heights), MAX_VISIBLE_LINES))
        self._visible_lines = lines
        height = self._height_for(lines, heights)
        self._height = height
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def visible_lines(self) -> int:
        """How many lines the field shows now (1 to :data:`MAX_VISIBLE_LINES`)."""
        return self._visible_lines

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._update_height()  # a narrower field wraps onto more lines

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._update_height()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(super().sizeHint().width(), self._height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(80, self._height_for(1, self._line_heights()))
