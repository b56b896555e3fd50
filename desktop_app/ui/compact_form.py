"""A compact form: tight rows, two fields side by side where the width allows, one per row
where it does not (the article's details above the body); and the one-line summary shown
when it is folded."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGridLayout, QLabel, QLayout, QSizePolicy, QVBoxLayout, QWidget

#: Below this width (in average characters of the font) every field takes a row of its own.
TWO_COLUMNS_MIN_CHARACTERS = 80


@dataclass
class _Row:
    label: QLabel
    field: QWidget
    full_width: bool
    shown: bool = True


class CompactForm(QWidget):
    """Label and field pairs in a grid. A ``full_width`` field takes a row of its own; the
    others are paired two per row while the form is wide enough."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._two_columns: bool | None = None
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(12, 0, 12, 4)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(3)
        # Narrower than two columns need: the resize that makes it one column must come.
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)

    def add_row(self, label: str, field: QWidget, *, full_width: bool = False) -> QLabel:
        """Add a field with its label (``&`` marks the label's shortcut key); the label is
        returned."""
        caption = QLabel(label, self)
        caption.setProperty("muted", True)
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        caption.setBuddy(field.focusProxy() or field)
        self._rows.append(_Row(caption, field, full_width))
        self._arrange(self._wide_enough(self.width()), force=True)
        return caption

    def set_row_shown(self, field: QWidget, shown: bool) -> None:
        """Show or hide the row of ``field`` (label and field); the rows close up."""
        for row in self._rows:
            if row.field is field and row.shown != shown:
                row.shown = shown
                self._arrange(self._wide_enough(self.width()), force=True)

    def row_shown(self, field: QWidget) -> bool:
        return any(row.shown for row in self._rows if row.field is field)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # Never what keeps the window wide: narrower, the form takes one field a row (the
        # layout's own minimum is that of the arrangement of the moment).
        return QSize(self.fontMetrics().averageCharWidth() * 30, super().minimumSizeHint().height())

    def two_columns(self) -> bool:
        """Whether the fields are paired two per row now."""
        return bool(self._two_columns)

    def _wide_enough(self, width: int) -> bool:
        return width >= self.fontMetrics().averageCharWidth() * TWO_COLUMNS_MIN_CHARACTERS

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._arrange(self._wide_enough(event.size().width()))

    def _arrange(self, two_columns: bool, *, force: bool = False) -> None:
        """Place the rows two per row or one per row (only when that changes, or ``force``)."""
        if two_columns == self._two_columns and not force:
            return
        self._two_columns = two_columns
        grid = self._grid
        for row in self._rows:  # taken out, then placed again
            grid.removeWidget(row.label)
            grid.removeWidget(row.field)
        line, column = 0, 0
        for row in self._rows:
            row.label.setHidden(not row.shown)
            row.field.setHidden(not row.shown)
            if not row.shown:
                continue
            if row.full_width or not two_columns:
                if column:
                    line, column = line + 1, 0
                self._place(row, line, 0, span=3 if two_columns else 1)
                line += 1
                continue
            self._place(row, line, column, span=1)
            column = 0 if column else 2
            if not column:
                line += 1
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1 if two_columns else 0)

    def _place(self, row: _Row, line: int, column: int, span: int) -> None:
        tall = row.field.minimumSizeHint().height() > 2 * row.label.sizeHint().height()
        vertical = Qt.AlignmentFlag.AlignTop if tall else Qt.AlignmentFlag.AlignVCenter
        row.label.setAlignment(Qt.AlignmentFlag.AlignRight | vertical)
        row.label.setContentsMargins(0, 4 if tall else 0, 0, 0)  # (level with a tall field's first line)
        self._grid.addWidget(row.label, line, column)
        self._grid.addWidget(row.field, line, column + 1, 1, span)


class ElidedLabel(QLabel):
    """One line of text that ends in "…" where it does not fit (the form's summary when it is
    folded; the whole text is the tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def shown_text(self) -> str:
        """The text as drawn: elided to the label's width."""
        return self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )


class IndentedBox(QWidget):
    """A column of widgets and layouts (``box``) indented by the same margin on both sides,
    e.g. to line up with a centred text column; the indent never makes it wider than its
    content needs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._indent = 0

    def indent(self) -> int:
        return self._indent

    def set_indent(self, side: int) -> None:
        self._indent = side
        self.box.setContentsMargins(side, 0, side, 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        return QSize(max(0, hint.width() - 2 * self._indent), hint.height())
