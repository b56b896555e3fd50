"""The application's style: the platform's (Fusion, Windows, macOS), less the dated tick and
cross icons that some desktops put on dialog buttons (OK, Cancel, Save, Discard)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleHintReturn, QStyleOption, QWidget


class RedaksiStyle(QProxyStyle):
    """``base`` (the style in use, by name or object), its dialog buttons without icons."""

    def styleHint(  # noqa: N802 - Qt override
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        return_data: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        return super().styleHint(hint, option, widget, return_data)


def install_style() -> None:
    """Make :class:`RedaksiStyle` the application's style (before its first window), over the
    style it has (the platform's, or one chosen with ``-style``)."""
    current = QApplication.style()
    if not isinstance(current, RedaksiStyle):
        QApplication.setStyle(RedaksiStyle(current.name()))
