"""The find & replace bar under the article body (Ctrl+F / Ctrl+H, Escape closes it).

It says where the search stands ("3 of 12", counted up to a cap, see
:mod:`desktop_app.ui.find_count`), names its options ("Match case", "Whole words", "Pattern
(regex)") and, when the editor is narrow, shows them and the arrows compactly instead of
widening the window.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette, QResizeEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from desktop_app.ui.find_count import MatchCount, MatchCounter

_GROUP_REFERENCE = re.compile(r"\\(\d)|\$(\d)|\\\\")
# The pause after typing (in the editor or the find field) before the matches are counted again.
COUNT_DELAY_MS = 200


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
        # (its name, a shorter name for a narrow bar), and what it does in the tooltip
        self.case_check = self._option(
            "findCaseSensitive",
            (self.tr("Match case"), self.tr("Case", "short for Match case")),
            self.tr("Match case: “Pemda” does not find “pemda”"),
        )
        self.word_check = self._option(
            "findWholeWords",
            (self.tr("Whole words"), self.tr("Word", "short for Whole words")),
            self.tr("Whole words only: “rapat” does not find “merapatkan”"),
        )
        self.regex_check = self._option(
            "findRegex",
            (self.tr("Pattern (regex)"), self.tr("Regex", "short for Pattern (regex)")),
            self.tr("Search with a regular expression, e.g. 20\\d\\d for a year; \\1 in the replacement"),
        )
        self.previous_button = self._arrow(
            "findPrevious", (self.tr("Previous"), "↑"), self.tr("Previous match (Shift+Enter)")
        )
        self.next_button = self._arrow("findNext", (self.tr("Next"), "↓"), self.tr("Next match (Enter)"))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("findCount")
        self.count_label.setAccessibleName(self.tr("Matches"))
        self.replace_button = QPushButton(self.tr("Replace"), self)
        self.replace_button.setObjectName("replaceOne")
        self.replace_all_button = QPushButton(self.tr("Replace all"), self)
        self.replace_all_button.setObjectName("replaceAll")
        self.message_label = QLabel(self)
        self.message_label.setObjectName("findMessage")
        self.message_label.setAccessibleName(self.tr("Search result"))
        # a long message must not widen the bar: it is cut, and whole in its tooltip
        self.message_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.message_label.setMinimumWidth(0)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("findClose")
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close find bar"))
        self.close_button.setAutoRaise(True)

        # (narrow enough for the editor's narrowest width: the bar never widens the window)
        self.find_edit.setMinimumWidth(120)
        self.replace_edit.setMinimumWidth(120)
        self.grid = layout = QGridLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setHorizontalSpacing(4)
        layout.setVerticalSpacing(4)
        row = (
            self.find_edit,
            self.count_label,
            self.previous_button,
            self.next_button,
            self.case_check,
            self.word_check,
            self.regex_check,
            self.message_label,
            self.close_button,
        )
        for column, widget in enumerate(row):
            layout.addWidget(widget, 0, column)
        layout.addWidget(self.replace_edit, 1, 0)
        layout.addWidget(self.replace_button, 1, 1, 1, 2)
        layout.addWidget(self.replace_all_button, 1, 3, 1, 2)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(7, 1)
        self._compact = 0
        self._allow_compact()
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self.update_count)
        self.counter = MatchCounter(self)
        self.counter.counted.connect(self._show_count)

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
        # before the change (the count walks the paragraphs), and after it
        self.editor.document().contentsChange.connect(lambda *_args: self.counter.cancel())
        self.editor.document().contentsChanged.connect(self._count_later)
        self.editor.cursorPositionChanged.connect(self._count_later)
        self.find_edit.installEventFilter(self)
        self.replace_edit.installEventFilter(self)
        self._set_replace_visible(False)
        self.hide()

    def _option(self, name: str, texts: tuple[str, str], description: str) -> QToolButton:
        """A named, checkable option; ``texts``: (its name, its compact text)."""
        button = self._arrow(name, texts, description)
        button.setCheckable(True)
        return button

    def _arrow(self, name: str, texts: tuple[str, str], description: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(texts[0])
        button.setProperty("texts", texts)
        button.setToolTip(description)
        button.setAccessibleName(texts[0])
        button.setAccessibleDescription(description)
        button.setAutoRaise(True)
        return button

    def _named_buttons(self) -> tuple[QToolButton, ...]:
        return (self.previous_button, self.next_button, self.case_check, self.word_check, self.regex_check)

    # -- width -------------------------------------------------------------------------------
    # Three steps as the editor narrows: everything named in full; the arrows for Previous and
    # Next; then the options' shorter names. Below that the find field gives way.
    def compactness(self) -> int:
        """0: all named in full; 1: arrows for Previous / Next; 2: shorter option names too."""
        return self._compact

    def _texts_at(self, step: int) -> list[str]:
        arrows = step >= 1
        short = step >= 2
        return [
            b.property("texts")[
                1 if (arrows if b in (self.previous_button, self.next_button) else short) else 0
            ]
            for b in self._named_buttons()
        ]

    def _width_at(self, step: int) -> int:
        """The width the first row wants at ``step``."""
        layout = self.grid
        margins = layout.contentsMargins()
        metrics = self.fontMetrics()
        padding = self._button_padding
        buttons = sum(metrics.horizontalAdvance(text) + padding for text in self._texts_at(step))
        others = self.find_edit.minimumWidth() + 20 + metrics.horizontalAdvance("88 of 88") + 28
        spacing = layout.horizontalSpacing() * 8
        return buttons + others + spacing + margins.left() + margins.right()

    def _allow_compact(self) -> None:
        """Each named button may shrink to its shortest text: the bar gives way when the editor
        is narrow (showing the shorter texts then); it never widens the window."""
        button = self.case_check
        self._button_padding = button.sizeHint().width() - self.fontMetrics().horizontalAdvance(button.text())
        for button in self._named_buttons():
            button.setText(button.property("texts")[1])
            button.setMinimumWidth(button.sizeHint().width())
            button.setText(button.property("texts")[0])

    def _set_compact(self, step: int) -> None:
        if step == self._compact:
            return
        self._compact = step
        for button, text in zip(self._named_buttons(), self._texts_at(step), strict=True):
            button.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        width = event.size().width()
        self._set_compact(next((step for step in (0, 1) if width >= self._width_at(step)), 2))

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
        self._count_timer.stop()
        self.counter.cancel()
        self.count_label.clear()
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
    def _build_pattern(self) -> QRegularExpression | None:
        """The search as a regular expression (maybe not valid); None without a search."""
        text = self.find_edit.text()
        if not text:
            return None
        source = text if self.regex_check.isChecked() else QRegularExpression.escape(text)
        if self.word_check.isChecked():
            source = rf"\b(?:{source})\b"
        options = QRegularExpression.PatternOption.UseUnicodePropertiesOption
        if not self.case_check.isChecked():
            options |= QRegularExpression.PatternOption.CaseInsensitiveOption
        return QRegularExpression(source, options)

    def _pattern(self) -> QRegularExpression | None:
        """The search as a regular expression; None (with a message) when it is not valid."""
        regex = self._build_pattern()
        if regex is None:
            return None
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
        self.update_count()

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
            self.update_count()
            return False
        self.editor.setTextCursor(found)
        self.editor.ensureCursorVisible()
        self._set_message(self.tr("Continued from the other end") if wrapped else "")
        self.update_count()
        return True

    # -- counting ----------------------------------------------------------------------------
    def _count_later(self) -> None:
        if self.isVisible() and self.find_edit.text():
            self._count_timer.start()

    def update_count(self) -> None:
        """Count again (at once for an article of ordinary length, else in slices between
        keystrokes; see :mod:`desktop_app.ui.find_count`)."""
        self._count_timer.stop()
        regex = self._build_pattern()
        if regex is None or not regex.isValid():
            self.counter.cancel()
            self.count_label.clear()
            return
        cursor = self.editor.textCursor()
        selected = cursor.selectionStart() if cursor.hasSelection() else -1
        self.counter.start(self.editor.document(), regex, selected)

    def _show_count(self, found: MatchCount) -> None:
        """ "3 of 12" (the selected match of all), "12 matches" when no match is selected,
        "1000+" beyond the cap; nothing when there is no match."""
        total = f"{found.total}+" if found.more else str(found.total)
        if found.total == 0:
            text = ""
        elif found.current:
            text = self.tr("{0} of {1}").format(found.current, total)
        elif found.more:
            text = self.tr("{0} matches").format(total)
        else:
            text = self.tr("%n match(es)", "", found.total)
        self.count_label.setText(text)
        self.count_label.setAccessibleDescription(text)

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
        self.message_label.setToolTip(text)
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
