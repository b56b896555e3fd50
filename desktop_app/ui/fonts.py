"""The editor's font, from the preferences (the Preferences dialog itself loads on first use)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from desktop_app.settings import Preferences


def editor_font(prefs: Preferences) -> QFont:
    """The editor font the preferences name (the system fixed-pitch font by default)."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if prefs.editor_font_family:
        font.setFamily(prefs.editor_font_family)
    font.setPointSize(prefs.editor_font_size)
    return font
