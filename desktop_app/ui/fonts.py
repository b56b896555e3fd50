"""The editor's font, from the preferences (the Preferences dialog itself loads on first use).

By default the body is written in a proportional font, as in a word processor; a monospace
font is an option for those who like to see the Markdown marks line up."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF

from desktop_app.settings import Preferences

#: Proportional fonts for writing, first found first: Linux (Noto, DejaVu), Windows (Segoe UI),
#: macOS (Helvetica Neue), then what most systems have.
WRITING_FAMILIES = (
    "Noto Sans",
    "Segoe UI",
    "Helvetica Neue",
    "Cantarell",
    "DejaVu Sans",
    "Liberation Sans",
    "Arial",
)


#: A line of an Indonesian news text: what "a character" of the body is on average (a font's
#: own average width is that of its letters alone, narrower in most proportional fonts).
SAMPLE_LINE = (
    "Pemerintah Kabupaten menggelar rapat koordinasi bersama dinas terkait pada Senin (4/12) "
    "untuk membahas pelayanan publik, anggaran 2027, dan program Smart City di 14 kecamatan."
)


def text_character_width(font: QFont) -> float:
    """The average width of a character of running text in ``font`` (spaces, capitals and
    digits included), in pixels: what line lengths "of N characters" are measured in."""
    return QFontMetricsF(font).horizontalAdvance(SAMPLE_LINE) / len(SAMPLE_LINE)


def default_writing_font() -> QFont:
    """The proportional writing font, with fallbacks for systems without the first choices."""
    font = QFont()
    available = set(QFontDatabase.families())
    families = [family for family in WRITING_FAMILIES if family in available]
    if families:
        font.setFamilies(families)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


def default_monospace_font() -> QFont:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


def default_editor_font(monospace: bool) -> QFont:
    return default_monospace_font() if monospace else default_writing_font()


def editor_font(prefs: Preferences) -> QFont:
    """The editor font the preferences name (by default a proportional writing font, or the
    system's fixed-pitch font with ``editor_monospace``)."""
    font = default_editor_font(prefs.editor_monospace)
    family = chosen_family(prefs)
    if family:
        font.setFamilies([family, *font.families()])
    font.setPointSize(prefs.editor_font_size)
    return font


def chosen_family(prefs: Preferences) -> str:
    """The font family chosen in Preferences; "" for the default (which follows the system)."""
    return prefs.editor_font_family
