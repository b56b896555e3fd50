"""Small builders the settings forms share: a named line edit, and a line edit with a
"Browse…" button beside it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("FormFields", text)


def named_line(parent: QWidget, name: str, accessible: str, text: str) -> QLineEdit:
    """A line edit with an object name (tests, style sheets) and an accessible name."""
    edit = QLineEdit(text, parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    return edit


def with_browse(parent: QWidget, edit: QLineEdit, slot: Callable[[], None]) -> QWidget:
    """``edit`` with a "Browse…" button after it that calls ``slot``; keyboard focus goes to
    the edit."""
    box = QWidget(parent)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit, 1)
    button = QPushButton(_tr("Browse…"), box)
    button.setAccessibleName(_tr("Browse for {0}").format(edit.accessibleName()))
    button.clicked.connect(slot)
    row.addWidget(button)
    box.setFocusProxy(edit)
    return box
