"""Catches the PySide6 build that leaks references to None (6.12.0 on CPython 3.11)."""

from __future__ import annotations

import sys


def test_qt_calls_do_not_leak_none(qapp):
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for i in range(1000):
        label.setText(str(i))
    after = sys.getrefcount(None)
    assert before - after < 100, f"PySide6 drops references to None ({before} -> {after})"
