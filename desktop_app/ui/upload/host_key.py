"""Asking whether to trust a web host seen for the first time (its key fingerprint)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.core.upload.errors import HostKeyUnknown


def _tr(text: str) -> str:
    return QCoreApplication.translate("HostKeyQuestion", text)


def confirm_new_host(parent: QWidget, unknown: HostKeyUnknown) -> bool:
    """Yes when the user compared the fingerprint and trusts the server (default: No)."""
    what = _tr("certificate") if unknown.kind == "certificate" else _tr("key")
    text = _tr(
        "Redaksi has not connected to {0} before. The server's {1} fingerprint is:\n\n{2}\n\n"
        "Compare it with the fingerprint your hosting provider gives (for example in its "
        "control panel). Trust this server only if they are the same."
    ).format(f"{unknown.host}:{unknown.port}", what, unknown.fingerprint)
    answer = QMessageBox.question(
        parent,
        _tr("New Web Host"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
