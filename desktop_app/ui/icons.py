"""Redaksi's own icons: the Lucide SVGs in ``resources/icons/actions/`` (see the README there),
drawn in the palette's text colour, so they read on a light and on a dark theme and need no icon
theme from the desktop (Windows and a bare Linux desktop have none).

:func:`icon` costs a file check: nothing is read or rendered until Qt paints the icon, at the
size (and device pixel ratio) it asks for. Renderings are cached by name, size and colour; when
the application's palette changes (a dark theme switched on), the colour changes with it and the
next paint renders anew.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap

from desktop_app.core.resources import resource_path

#: Where the icons are, inside ``resources/``.
ICON_FOLDER = ("icons", "actions")


class UnknownIconError(ValueError):
    """No icon of that name ships with Redaksi (copy it from Lucide: see the README there)."""


def icon_path(name: str) -> Path:
    return resource_path(*ICON_FOLDER, f"{name}.svg")


def icon_names() -> list[str]:
    """Every icon that ships with Redaksi."""
    return sorted(path.stem for path in resource_path(*ICON_FOLDER).glob("*.svg"))


def icon(name: str, role: QPalette.ColorRole = QPalette.ColorRole.WindowText) -> QIcon:
    """The bundled icon ``name`` (a Lucide name: "save", "trash-2"), drawn in the palette's
    ``role`` colour: its text colour by default, ``QPalette.ColorRole.PlaceholderText`` for the
    muted picture of an empty state (``icon("inbox", PlaceholderText).pixmap(48, 48)``)."""
    if not icon_path(name).is_file():
        raise UnknownIconError(f"no icon named {name!r} in resources/icons/actions/")
    return QIcon(_PaletteSvgEngine(name, role))


def icon_colour(
    mode: QIcon.Mode = QIcon.Mode.Normal,
    palette: QPalette | None = None,
    role: QPalette.ColorRole = QPalette.ColorRole.WindowText,
) -> QColor:
    """The colour an icon is drawn in: the ``role`` colour of ``palette`` (the application's by
    default), its disabled colour for a disabled icon, and the highlighted text colour for a
    selected one (a selected row of a view)."""
    palette = palette if palette is not None else QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, role)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, role)


class _PaletteSvgEngine(QIconEngine):
    """Renders one SVG, its ``currentColor`` replaced by :func:`icon_colour`, at any size."""

    def __init__(self, name: str, role: QPalette.ColorRole) -> None:
        super().__init__()
        self._name = name
        self._role = role

    def clone(self) -> QIconEngine:
        return _PaletteSvgEngine(self._name, self._role)

    def iconName(self) -> str:  # noqa: N802 - Qt override
        return self._name

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:  # noqa: N802
        side = min(size.width(), size.height())
        return QSize(side, side)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, ratio))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(  # noqa: N802 - Qt override
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        """``size`` in device-independent pixels; the pixmap has ``scale`` times as many."""
        side = min(size.width(), size.height())
        if side <= 0:
            return QPixmap()
        return _render(self._name, side, scale, icon_colour(mode, role=self._role).rgba())


@cache
def _svg_source(name: str) -> str:
    return icon_path(name).read_text(encoding="utf-8")


@lru_cache(maxsize=512)
def _render(name: str, side: int, scale: float, rgba: int) -> QPixmap:
    """``name`` drawn in the colour ``rgba`` on a transparent ``side``×``side`` pixmap."""
    from PySide6.QtSvg import QSvgRenderer  # (loaded by the first icon painted)

    colour = QColor.fromRgba(rgba)
    source = _svg_source(name).replace("currentColor", colour.name(QColor.NameFormat.HexRgb))
    pixels = max(1, round(side * scale))
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setOpacity(colour.alphaF())  # (a palette's disabled colour may be translucent)
    QSvgRenderer(source.encode("utf-8")).render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(scale)
    return pixmap
