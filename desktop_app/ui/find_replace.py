"""The find & replace bar under the article body (Ctrl+F / Ctrl+H, Escape closes it)."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

_GROUP_REFERENCE = re.compile(r"\\(\d)|\$(\d)|\\\\")


class FindReplaceBar(QWidget):
    """Searches a QPlainTextEdit: case-sensitive, whole word, regular expression, wraps around."""

    closed = Signal()

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findReplaceBar")
        self.setAccessibleName(self.tr("Find and replace"))
        self.editor = editor

        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("findEdit")
        self.find_edit.setAccessibleName(self.tr("Find"))
        self.find_edit.setPlaceholderText(self.tr("Find"))
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setObjectName("replaceEdit")
        self.replace_edit.setAccessibleName(self.tr("Replace with"))
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.case_check = self._option("Aa", "findCaseSensitive", self.tr("Match case"))
        self.word_check = self._option("W", "findWholeWords", self.tr("Whole words only"))
        self.regex_check = self._option(".*", "findRegex", self.tr("Regular expression"))
        self.previous_button = QPushButton(self.tr("Previous"), self)
        self.previous_button.setObjectName("findPrevious")
        self.next_button = QPushButton(self.tr("Next"), self)
        self.next_button.setObjectName("findNext")
        self.replace_button = QPushButton(self.tr("Replace"), self)
        self.replace_button.setObjectName("replaceOne")
        self.replace_all_button = QPushButton(self.tr("Replace all"), self)
        self.replace_all_button.setObjectName("replaceAll")
        self.message_label = QLabel(self)
        self.message_label.setObjectName("findMessage")
        self.message_label.setAccessibleName(self.tr("Search result"))
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("findClose")
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close find bar"))
        self.close_button.setAutoRaise(True)

        # (narrow enough for the editor's narrowest width: the bar never widens the window)
        self.find_edit.setMinimumWidth(120)
        self.replace_edit.setMinimumWidth(120)
        layout = QGridLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setHorizontalSpacing(4)
        layout.setVerticalSpacing(4)
        layout.addWidget(self.find_edit, 0, 0)
        layout.addWidget(self.case_check, 0, 1)
        layout.addWidget(self.word_check, 0, 2)
        layout.addWidget(self.regex_check, 0, 3)
        layout.addWidget(self.previous_button, 0, 4)
        layout.addWidget(self.next_button, 0, 5)
        layout.addWidget(self.message_label, 0, 6)
        layout.addWidget(self.close_button, 0, 7)
        layout.addWidget(self.replace_edit, 1, 0)
        layout.addWidget(self.replace_button, 1, 4)
        layout.addWidget(self.replace_all_button, 1, 5)
        layout.setColumnStretch(0, 2)
        layout.setColumnStretch(6, 1)

        self.find_edit.textChanged.connect(self._search_as_you_type)
        self.find_edit.returnPressed.connect(self.find_next)
        self.replace_edit.returnPressed.connect(self.replace_current)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close_bar)
        for check in (self.case_check, self.word_check, self.regex_check):
            check.toggled.connect(lambda _checked: self._search_as_you_type())
        self.find_edit.installEventFilter(self)
        self.replace_edit.installEventFilter(self)
        self._set_replace_visible(False)
        self.hide()

    def _option(self, text: str, name: str, description: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setCheckable(True)
        button.setToolTip(description)
        button.setAccessibleName(description)
        button.setAutoRaise(True)
        font = button.font()
        font.setBold(True)
        button.setFont(font)
        return button

    # -- showing ----------------------------------------------------------------------------
    def show_find(self) -> None:
        self._open(replace=False)

    def show_replace(self) -> None:
        self._open(replace=True)

    def _open(self, replace: bool) -> None:
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        self._set_replace_visible(replace)
        self.show()
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def _set_replace_visible(self, visible: bool) -> None:
        for widget in (self.replace_edit, self.replace_button, self.replace_all_button):
            widget.setVisible(visible)

    def close_bar(self) -> None:
        self.hide()
        self._set_message("")
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if (
                watched is self.find_edit
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            ):
                self.find_previous()
                return True
        return super().eventFilter(watched, event)

    # -- searching --------------------------------------------------------------------------
    def _pattern(self) -> QRegularExpression | None:
        """The search as a regular expression; None (with a message) when it is not valid."""
        text = self.find_edit.text()
        if not text:
            return None
        source = text if self.regex_check.isChecked() else QRegularExpression.escape(text)
        if self.word_check.isChecked():
            source = rf"\b(?:{source})\b"
        options = QRegularExpression.PatternOption.UseUnicodePropertiesOption
        if not self.case_check.isChecked():
            options |= QRegularExpression.PatternOption.CaseInsensitiveOption
        regex = QRegularExpression(source, options)
        if not regex.isValid():
            self._set_message(
                self.tr("Invalid regular expression: %1").replace("%1", regex.errorString()), error=True
            )
            return None
        return regex

    def _search_as_you_type(self) -> None:
        cursor = self.editor.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self.editor.setTextCursor(cursor)
        if self.find_edit.text():
            self.find_next()
        else:
            self._set_message("")

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _find(self, backward: bool) -> bool:
        regex = self._pattern()
        if regex is None:
            return False
        document = self.editor.document()
        flags = self._flags()
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        found = self._find_non_empty(document, regex, self.editor.textCursor(), flags)
        wrapped = False
        if found.isNull():
            start = QTextCursor(document)
            start.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            found = self._find_non_empty(document, regex, start, flags)
            wrapped = not found.isNull()
        if found.isNull():
            self._set_message(self.tr("No match"), error=True)
            return False
        self.editor.setTextCursor(found)
        self.editor.ensureCursorVisible()
        self._set_message(self.tr("Continued from the other end") if wrapped else "")
        return True

    @staticmethod
    def _find_non_empty(
        document: QTextDocument, regex: QRegularExpression, cursor: QTextCursor, flags: QTextDocument.FindFlag
    ) -> QTextCursor:
        """The next match that is not empty (an empty match, e.g. of ``^``, cannot be replaced)."""
        found = document.find(regex, cursor, flags)
        backward = bool(flags & QTextDocument.FindFlag.FindBackward)
        while not found.isNull() and not found.hasSelection():
            position = found.position() + (-1 if backward else 1)
            if position < 0 or position > document.characterCount() - 1:
                return QTextCursor()
            found = document.find(regex, position, flags)
        return found

    def _flags(self) -> QTextDocument.FindFlag:
        # QTextDocument.find ignores the expression's case option and goes by this flag.
        if self.case_check.isChecked():
            return QTextDocument.FindFlag.FindCaseSensitively
        return QTextDocument.FindFlag(0)

    def _current_match(self, regex: QRegularExpression):
        selected = self.editor.textCursor().selectedText()
        if not selected:
            return None
        anchored = QRegularExpression(
            QRegularExpression.anchoredPattern(regex.pattern()), regex.patternOptions()
        )
        match = anchored.match(selected)
        return match if match.hasMatch() else None

    def _replacement(self, match) -> str:
        text = self.replace_edit.text()
        if not self.regex_check.isChecked():
            return text

        def group(m: re.Match[str]) -> str:
            if m.group(0) == "\\\\":
                return "\\"
            number = int(m.group(1) or m.group(2))
            return match.captured(number) if number <= match.lastCapturedIndex() else ""

        return _GROUP_REFERENCE.sub(group, text)

    def replace_current(self) -> bool:
        """Replace the selected match (if the selection is one) and go to the next match."""
        regex = self._pattern()
        if regex is None:
            return False
        match = self._current_match(regex)
        if match is not None:
            cursor = self.editor.textCursor()
            cursor.insertText(self._replacement(match))
            self.editor.setTextCursor(cursor)
        return self.find_next()

    def replace_all(self) -> int:
        """Replace every match in one undo step; returns how many were replaced."""
        regex = self._pattern()
        if regex is None:
            return 0
        document = self.editor.document()
        anchored = QRegularExpression(
            QRegularExpression.anchoredPattern(regex.pattern()), regex.patternOptions()
        )
        edit = QTextCursor(document)
        count = 0
        position = 0
        edit.beginEditBlock()
        try:
            while True:
                found = document.find(regex, position, self._flags())
                if found.isNull():
                    break
                if not found.hasSelection():
                    position = found.position() + 1
                    if position >= document.characterCount():
                        break
                    continue
                match = anchored.match(found.selectedText())
                replacement = self._replacement(match) if match.hasMatch() else self.replace_edit.text()
                edit.setPosition(found.selectionStart())
                edit.setPosition(found.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
                edit.insertText(replacement)
                position = edit.position()
                count += 1
        finally:
            edit.endEditBlock()
        if count:
            self._set_message(self.tr("%Ln replacement(s)", "", count))
        else:
            self._set_message(self.tr("No match"), error=True)
        return count

    def _set_message(self, text: str, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setProperty("error", error)
        palette = self.message_label.palette()
        role = QPalette.ColorRole.WindowText
        if error:
            palette.setColor(
                role,
                Qt.GlobalColor.red
                if self.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.5
                else Qt.GlobalColor.darkRed,
            )
        else:
            palette.setColor(role, self.palette().color(role))
        self.message_label.setPalette(palette)
