"""The editor's font, from the preferences (the Preferences dialog itself loads on first use).

By default the body is written in a proportional font, as in a word processor; a monospace
font is an option for those who like to see the Markdown marks line up."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

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
    family = chosen_family(prefs)
    if family:
        font.setFamilies([family, *font.families()])
    font.setPointSize(prefs.editor_font_size)
    return font


def chosen_family(prefs: Preferences) -> str:
    """The font family chosen in Preferences; "" for the default (which follows the system)."""
    return prefs.editor_font_family
