"""A one-line label that shortens its text with "…" to the width it is given, and shows the
whole text in its tooltip while it is shortened: a row of a narrow window never pushes the
window wider, and nothing is lost."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """Plain text on one line, elided at ``elide_mode`` (the end by default). Its minimum
    width is ``minimum_characters`` average characters (a few, so the row can shrink); its
    preferred width is the whole text. ``full_text()`` is the text; ``is_elided()`` says
    whether it is shortened now. A tooltip set with :meth:`set_fixed_tool_tip` is kept;
    otherwise the tooltip is the whole text while it is shortened, and empty when it fits."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        elide_mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
        minimum_characters: int = 4,
    ) -> None:
        super().__init__(parent)
        self._full = ""
        self._elide_mode = elide_mode
        self._minimum_characters = minimum_characters
        self._fixed_tool_tip = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    # -- text ---------------------------------------------------------------------------
    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        self._full = text or ""
        super().setText(self._full)  # (the accessible text is the whole text)
        self._update_tool_tip()
        self.updateGeometry()
        self.update()

    def full_text(self) -> str:
        return self._full

    def set_fixed_tool_tip(self, tip: str) -> None:
        """A tooltip of its own (shown whether or not the text is shortened)."""
        self._fixed_tool_tip = tip
        self._update_tool_tip()

    def shown_text(self) -> str:
        """The text as painted now (with "…" where it was shortened)."""
        rect = self.contentsRect()
        margin = self.margin() * 2 + self.indent() if self.indent() > 0 else self.margin() * 2
        return self.fontMetrics().elidedText(self._full, self._elide_mode, max(0, rect.width() - margin))

    def is_elided(self) -> bool:
        return bool(self._full) and self.shown_text() != self._full

    # -- sizes --------------------------------------------------------------------------
    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        wanted = metrics.horizontalAdvance(self._full)
        shortest = min(wanted, metrics.averageCharWidth() * self._minimum_characters)
        margins = self.contentsMargins()
        hint.setWidth(shortest + margins.left() + margins.right() + 2 * self.margin())
        return hint

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        margins = self.contentsMargins()
        text_width = self.fontMetrics().horizontalAdvance(self._full)
        hint.setWidth(text_width + margins.left() + margins.right() + 2 * self.margin())
        return hint

    # -- Qt overrides -------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        rect = self.contentsRect().adjusted(self.margin(), self.margin(), -self.margin(), -self.margin())
        self.style().drawItemText(
            painter,
            rect,
            int(self.alignment()) | int(Qt.TextFlag.TextSingleLine),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._update_tool_tip()

    def _update_tool_tip(self) -> None:
        if self._fixed_tool_tip:
            tip = self._fixed_tool_tip
        else:
            tip = self._full if self.is_elided() else ""
        if self.toolTip() != tip:
            self.setToolTip(tip)
