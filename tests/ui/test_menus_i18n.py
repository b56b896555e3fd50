"""Shortcut letters (``&`` mnemonics) do not clash within one menu, the menu bar or one dialog
(Indonesian menus, dialogs and Qt's own menus; English menus); Edit ▸ Kamus Kantor… opens the
office dictionary."""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from desktop_app import i18n
from tests.ui.test_no_english_leftovers import build_dialog, dialog_classes

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def clashes(texts: list[str]) -> dict[str, list[str]]:
    letters: dict[str, list[str]] = {}
    for text in texts:
        if (letter := mnemonic(text)) is not None:
            letters.setdefault(letter, []).append(text)
    return {letter: found for letter, found in letters.items() if len(found) > 1}


def menu_clashes(menu: QMenu | QWidget, where: str) -> list[str]:
    actions = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
    found = [
        f"{where}: {letter!r} in {texts}" for letter, texts in clashes([a.text() for a in actions]).items()
    ]
    for action in actions:
        if action.menu() is not None:
            found += menu_clashes(action.menu(), f"{where} > {action.text()}")
    return found


def dialog_clashes(dialog: QWidget) -> dict[str, list[str]]:
    texts = [
        w.text()
        for w in dialog.findChildren(QWidget)
        if isinstance(w, QAbstractButton)
        and w.isVisibleTo(dialog)
        or isinstance(w, QLabel)
        and w.buddy() is not None
        and w.isVisibleTo(dialog)
    ]
    return clashes(texts)


def labels_showing_an_ampersand(root: QWidget) -> list[str]:
    """Plain-text labels with a shortcut letter but no buddy: Qt shows their "&" as is."""
    return [
        f"{type(root).__name__}: {label.text()!r}"
        for label in root.findChildren(QLabel)
        if label.buddy() is None and "<" not in label.text() and mnemonic(label.text())
    ]


def test_mnemonic_helpers():
    assert mnemonic("&Simpan") == "s"
    assert mnemonic("Tom && Jerry") is None
    assert mnemonic("Ba&ntuan") == "n"
    assert clashes(["&Simpan", "Ekspor &Situs Web…", "&Keluar"]) == {"s": ["&Simpan", "Ekspor &Situs Web…"]}


def test_no_mnemonic_clashes_in_qt_context_menus_in_indonesian(qtbot):
    """Qt's own menus with Redaksi's qtbase_id: text fields, the editor, spin boxes (which add
    Select All and Step up/down to the text field's menu)."""
    app = QApplication.instance()
    i18n.install_translators(app, "id")
    try:
        line, edit, spin = QLineEdit(), QPlainTextEdit(), QSpinBox()
        for widget in (line, edit, spin):
            qtbot.addWidget(widget)
        menus = {
            "line edit": [a.text() for a in line.createStandardContextMenu().actions()],
            "text edit": [a.text() for a in edit.createStandardContextMenu().actions()],
        }
        spin.show()
        seen: list[str] = []

        def close_popup() -> None:
            popup = app.activePopupWidget()
            if popup is not None:
                seen.extend(a.text() for a in popup.actions())
                popup.close()

        QTimer.singleShot(50, close_popup)
        QApplication.sendEvent(
            spin,
            QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), spin.mapToGlobal(QPoint(5, 5))),
        )
        menus["spin box"] = seen
        assert any("Naikkan" in text for text in seen)
        found = {name: clashes([t for t in texts if t]) for name, texts in menus.items()}
        assert not {name: c for name, c in found.items() if c}
    finally:
        i18n.install_translators(app, "en")


def test_no_mnemonic_clashes_in_the_indonesian_menus(indonesian_window):
    assert not menu_clashes(indonesian_window.menuBar(), "menu bar")


def test_no_mnemonic_clashes_in_the_english_menus_and_dialogs(qtbot, demo_target, config_dir):
    from desktop_app.app import build_main_window
    from desktop_app.workers import wait_for_workers

    window = build_main_window(demo_target, config_dir, language="en")
    qtbot.addWidget(window)
    try:
        assert not menu_clashes(window.menuBar(), "menu bar")
        found = []
        for cls in dialog_classes():
            dialog = build_dialog(cls, window)
            if dialog is not None:
                qtbot.addWidget(dialog)
                found += [
                    f"{cls.__name__}: {letter!r} in {texts}"
                    for letter, texts in dialog_clashes(dialog).items()
                ]
                found += labels_showing_an_ampersand(dialog)
        assert not found
    finally:
        wait_for_workers()
        window.close()
        window.services.database.close()


def test_no_mnemonic_clashes_in_the_indonesian_dialogs(qtbot, indonesian_window):
    found = []
    for cls in dialog_classes():
        dialog = build_dialog(cls, indonesian_window)
        if dialog is None:
            continue
        qtbot.addWidget(dialog)
        found += [
            f"{cls.__name__}: {letter!r} in {texts}" for letter, texts in dialog_clashes(dialog).items()
        ]
        found += labels_showing_an_ampersand(dialog)
    assert not found


def test_edit_menu_opens_the_office_dictionary(qtbot, indonesian_window):
    from desktop_app.ui.spelling.dictionary_dialog import OfficeDictionaryDialog

    window = indonesian_window
    action = window.action_office_dictionary
    assert action in window.edit_menu.actions()
    assert action.text() == "&Kamus Kantor…"
    action.trigger()
    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, OfficeDictionaryDialog) and w.isVisible()
    ]
    assert dialogs, "Edit ▸ Kamus Kantor… showed no office dictionary"
    assert dialogs[0].windowTitle() == "Kamus Kantor"
    dialogs[0].close()
