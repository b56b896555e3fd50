"""Light or dark: the one test of a palette, and the status colours (data in
:mod:`desktop_app.core.status`) as Qt colours."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from desktop_app.core.status import CHIP_TEXT, status_colours


def is_dark(palette: QPalette, role: QPalette.ColorRole = QPalette.ColorRole.Window) -> bool:
    """Whether ``palette`` is a dark theme, judged by the colour behind what is drawn: the
    window's by default; the base (``QPalette.ColorRole.Base``) for what a view paints."""
    return palette.color(role).lightness() < 128


def chip_colours(status: str, palette: QPalette) -> tuple[QColor, QColor]:
    """(background, text) of a status chip for this palette."""
    colours = status_colours(status)
    if is_dark(palette):
        return QColor(colours.dark), QColor(CHIP_TEXT[1])
    return QColor(colours.light), QColor(CHIP_TEXT[0])
