"""A quiet panel shown where a list or a pane has nothing to show: what is (not) here, why,
and the next step as a button.

Used by the headline sidebar (an empty Trash, a search that found nothing), the centre of the
window (no article open) and the media library (no images yet).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

#: The widest the explanation gets (px): a comfortable line in a wide window or dialog.
MAX_TEXT_WIDTH = 520


class EmptyPanel(QWidget):
    """A heading, a line or two of explanation and up to one button (its click is
    ``action_requested``); everything centred, wrapping to the width it is given."""

    action_requested = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, object_name: str = "emptyPanel", scale: float = 1.25
    ):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.title_label = QLabel(self)
        self.title_label.setObjectName(f"{object_name}Title")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(True)
        self.title_label.setFont(font)
        self.text_label = QLabel(self)
        self.text_label.setObjectName(f"{object_name}Text")
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName(f"{object_name}Hint")
        for label in (self.title_label, self.text_label, self.hint_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            # a long word must not make the panel (and the window) wider
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.button = QPushButton(self)
        self.button.setObjectName(f"{object_name}Action")
        self.button.clicked.connect(self.action_requested)
        self.button.hide()

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        row.addStretch(1)
        # the words in a column of at most MAX_TEXT_WIDTH, centred: a readable line in a wide
        # window or dialog
        content = QWidget(self)
        content.setMaximumWidth(MAX_TEXT_WIDTH)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.title_label)
        column.addWidget(self.text_label)
        column.addSpacing(4)
        column.addLayout(row)
        column.addWidget(self.hint_label)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(content, 100)
        middle.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addStretch(1)
        layout.addLayout(middle)
        layout.addStretch(2)
        self._mute()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._mute()

    def _mute(self) -> None:
        """The explanation a shade quieter than the heading (light and dark themes alike)."""
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        window = palette.color(QPalette.ColorRole.Window)
        for label, share in ((self.text_label, 0.75), (self.hint_label, 0.6)):
            mixed = QColor(
                round(text.red() * share + window.red() * (1 - share)),
                round(text.green() * share + window.green() * (1 - share)),
                round(text.blue() * share + window.blue() * (1 - share)),
            )
            quiet = QPalette(label.palette())
            quiet.setColor(QPalette.ColorRole.WindowText, mixed)
            label.setPalette(quiet)

    def set_content(self, title: str, text: str = "", action: str = "", hint: str = "") -> None:
        """What to say; ``action``: the button's text ("" hides it); ``hint``: a smaller line
        under the button (a shortcut, say)."""
        self.title_label.setText(title)
        self.text_label.setText(text)
        self.text_label.setVisible(bool(text))
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))
        self.button.setText(action)
        self.button.setAccessibleName(action.replace("&", "").rstrip("…"))
        self.button.setVisible(bool(action))
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)

    def title(self) -> str:
        return self.title_label.text()

    def text(self) -> str:
        return self.text_label.text()
