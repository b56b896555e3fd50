"""Change requests: the editor's note written in a proper multi-line editor, and the banner that
shows it to the writer on the article until they resubmit."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.change_requests import ChangeRequest
from desktop_app.core.dates import news_datetime
from desktop_app.ui.palette import is_dark


class ChangeRequestDialog(QDialog):
    """ "Request changes": a note that wraps, as long as it needs to be; OK only with text."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeRequestDialog")
        self.setWindowTitle(self.tr("Request changes"))
        self.setMinimumSize(520, 320)
        label = QLabel(
            self.tr("What should the writer change in “{0}”? (required)").format(
                title or self.tr("(untitled)")
            ),
            self,
        )
        label.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("changeRequestNote")
        self.edit.setAccessibleName(self.tr("Note to the writer"))
        self.edit.setPlaceholderText(
            self.tr("For example: add a quote from the Head of Office and the date of the meeting.")
        )
        self.edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.edit.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Request changes"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.edit.textChanged.connect(lambda: self.ok_button.setEnabled(bool(self.note())))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.buttons)
        self.edit.setFocus()

    def note(self) -> str:
        return self.edit.toPlainText().strip()


class ChangeRequestBanner(QFrame):
    """ "Changes requested by … : …" over an article sent back to its writer."""

    history_requested = Signal()

    def __init__(self, parent: QWidget | None = None, language: str = "id") -> None:
        super().__init__(parent)
        self.language = language
        self.request: ChangeRequest | None = None
        self.setObjectName("changeRequestBanner")
        self.setAccessibleName(self.tr("Changes requested"))
        self.label = QLabel(self)
        self.label.setObjectName("changeRequestText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history_button = QPushButton(self.tr("History"), self)
        self.history_button.setObjectName("changeRequestHistory")
        self.history_button.setFlat(True)
        self.history_button.clicked.connect(self.history_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignTop)
        self._style()
        self.hide()

    def _style(self) -> None:
        background, foreground, line = (
            ("#5e2219", "#fbd9d3", "#dc2626")
            if is_dark(self.palette())
            else ("#fdecea", "#5e2219", "#dc2626")
        )
        self.setStyleSheet(
            f"QFrame#changeRequestBanner {{ background: {background}; border-left: 4px solid {line}; }}"
            f"QFrame#changeRequestBanner QLabel {{ color: {foreground}; }}"
        )

    def show_request(self, request: ChangeRequest | None) -> None:
        """The request waiting on the writer (None: hide)."""
        self.request = request
        if request is None:
            self.hide()
            return
        who = request.by or self.tr("an editor")
        text = self.tr("Changes requested by {0} ({1}): {2}").format(
            who, news_datetime(request.at, self.language), request.note
        )
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.show()
