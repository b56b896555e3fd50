"""Small widgets of the main window: the save-problem banner and the empty state."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class SaveBanner(QFrame):
    """Says why the text could not be saved; the text stays in the editor."""

    retry_requested = Signal()
    keep_mine_requested = Signal()
    load_theirs_requested = Signal()
    compare_requested = Signal()  # both versions side by side (desktop_app/ui/safety)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveBanner")
        self.setAccessibleName(self.tr("Save problem"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.message = QLabel(self)
        self.message.setObjectName("saveBannerMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(self.tr("Retry Now"), self)
        self.keep_button = QPushButton(self.tr("Keep My Text"), self)
        self.load_button = QPushButton(self.tr("Load Their Version"), self)
        self.compare_button = QPushButton(self.tr("Compare…"), self)
        self.compare_button.setObjectName("saveBannerCompare")
        self.compare_button.setAccessibleName(self.tr("Compare both versions side by side"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.message, 1)
        for button in (self.retry_button, self.compare_button, self.keep_button, self.load_button):
            layout.addWidget(button)
        self.retry_button.clicked.connect(self.retry_requested)
        self.keep_button.clicked.connect(self.keep_mine_requested)
        self.load_button.clicked.connect(self.load_theirs_requested)
        self.compare_button.clicked.connect(self.compare_requested)
        self._apply_colours()
        self.hide()

    def _apply_colours(self) -> None:
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        background = "#5c1d1d" if dark else "#fdecc8"
        foreground = "#ffe4e4" if dark else "#5c3b00"
        self.setStyleSheet(
            f"#saveBanner {{ background: {background}; }}#saveBannerMessage {{ color: {foreground}; }}"
        )

    def show_failure(self, message: str) -> None:
        self.message.setText(
            self.tr("Not saved: {0} Your text is kept here; Redaksi tries again shortly.").format(message)
        )
        self.retry_button.show()
        self.compare_button.hide()
        self.keep_button.hide()
        self.load_button.hide()
        self.show()

    def show_read_only(self) -> None:
        self.message.setText(
            self.tr(
                "Read-only mode: the database cannot be written to (the file or its folder is "
                "read-only). Your unsaved text is kept here and can be copied; editing resumes as "
                "soon as Redaksi can save again."
            )
        )
        self.retry_button.show()
        self.compare_button.hide()
        self.keep_button.hide()
        self.load_button.hide()
        self.show()

    def show_conflict(self, message: str) -> None:
        self.message.setText(message)
        self.retry_button.hide()
        self.compare_button.show()
        self.keep_button.show()
        self.load_button.show()
        self.show()

    def text(self) -> str:
        return self.message.text()


class EmptyState(QWidget):
    """What the centre shows when no article is open."""

    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        title = QLabel(self.tr("No article open"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        title.setFont(font)
        hint = QLabel(self.tr("Pick a headline on the left, or start a new article."), self)
        hint.setEnabled(False)
        button = QPushButton(self.tr("New Article"), self)
        button.setObjectName("emptyStateNew")
        button.clicked.connect(self.new_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, hint):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
