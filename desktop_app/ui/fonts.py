"""The editor's font, from the preferences (the Preferences dialog itself loads on first use).

By default the body is written in a proportional font, as in a word processor; a monospace
font is an option for those who like to see the Markdown marks line up."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

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
    if prefs.editor_font_family and not _old_default(prefs):
        font.setFamilies([prefs.editor_font_family, *font.families()])
    font.setPointSize(prefs.editor_font_size)
    return font


def _old_default(prefs: Preferences) -> bool:
    """Whether the family is the fixed-pitch font that older versions saved as the default
    (their Preferences dialog always saved a family): the proportional default replaces it."""
    return not prefs.editor_monospace and prefs.editor_font_family == default_monospace_font().family()


def shown_family(font: QFont) -> str:
    """The family a font is drawn in (the first of its families this system has)."""
    return QFontInfo(font).family()
