"""Help ▸ Keyboard Shortcuts: every action of the main window that has a key, read from the
window's actions when the dialog opens (so the list is never out of date), grouped by the menu
it is in, with the keys as this platform writes them (⌘ on macOS)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

MENU_PATH_SEPARATOR = " ▸ "


@dataclass(frozen=True)
class ShortcutEntry:
    group: str  # the menu, "Edit ▸ Format" for a submenu; "" for an action in no menu
    name: str  # the action's text without its shortcut letter marker
    keys: tuple[str, ...]  # every key of the action, in the platform's own notation


def plain_text(text: str) -> str:
    """A menu text without its ``&`` shortcut-letter marker (``&&`` is a real ampersand)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


#: Keys that only special keyboards have (Help, Open, Save, Undo, Back, the media keys...): the
#: platform binds them to the standard actions too, but they are no shortcut anyone types.
_FIRST_SPECIAL_KEY = Qt.Key.Key_Back.value


def _typed_on_any_keyboard(sequence: QKeySequence) -> bool:
    keys = [sequence[i].key() for i in range(sequence.count())]  # type: ignore[index]  # (no stub)
    return all(key.value < _FIRST_SPECIAL_KEY and key != Qt.Key.Key_Help for key in keys)


def native_keys(action: QAction) -> tuple[str, ...]:
    """The action's keys as this platform writes them (Ctrl+Shift+P, ⇧⌘P), without the keys of
    special keyboards."""
    return tuple(
        key.toString(QKeySequence.SequenceFormat.NativeText)
        for key in action.shortcuts()
        if not key.isEmpty() and _typed_on_any_keyboard(key)
    )


def _menu_entries(menu: QMenu, group: str, seen: set[int]) -> list[ShortcutEntry]:
    found: list[ShortcutEntry] = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            submenu = action.menu()
            assert isinstance(submenu, QMenu)
            found += _menu_entries(submenu, group + MENU_PATH_SEPARATOR + plain_text(submenu.title()), seen)
            continue
        if id(action) in seen:  # an action in two menus (Article ▸ New, File ▸ New) is listed once
            continue
        if keys := native_keys(action):
            seen.add(id(action))
            found.append(ShortcutEntry(group, plain_text(action.text()), keys))
    return found


def shortcut_entries(window: QMainWindow) -> list[ShortcutEntry]:
    """The window's actions with keys: those of each menu of its menu bar, in menu order, then
    the window's other actions (group "")."""
    seen: set[int] = set()
    found: list[ShortcutEntry] = []
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            found += _menu_entries(menu, plain_text(menu.title()), seen)
    for action in window.findChildren(QAction):
        if id(action) in seen or action.isSeparator() or not action.text():
            continue
        if keys := native_keys(action):
            seen.add(id(action))
            found.append(ShortcutEntry("", plain_text(action.text()), keys))
    return found


class ShortcutsDialog(QDialog):
    """The list, searchable by name or key. ``parent`` is the main window it describes."""

    def __init__(self, parent: QMainWindow) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.resize(640, 640)
        self.entries = shortcut_entries(parent)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("shortcutsFilter")
        self.filter_edit.setAccessibleName(self.tr("Search the shortcuts"))
        self.filter_edit.setPlaceholderText(self.tr("Search by name or key…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.apply_filter)
        filter_label = QLabel(self.tr("&Search:"), self)
        filter_label.setBuddy(self.filter_edit)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutsTree")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self._fill()

        self.empty_label = QLabel(self.tr("No shortcut matches."), self)
        self.empty_label.setObjectName("shortcutsEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        search = QHBoxLayout()
        search.addWidget(filter_label)
        search.addWidget(self.filter_edit, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.filter_edit.setFocus()

    def _fill(self) -> None:
        groups: dict[str, tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = {}
        bold = self.tree.font()
        bold.setBold(True)
        for entry in self.entries:
            if entry.group not in groups:
                group = QTreeWidgetItem(self.tree, [entry.group or self.tr("Elsewhere in the window")])
                group.setFont(0, bold)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setFirstColumnSpanned(True)
                groups[entry.group] = (group, [])
            group, items = groups[entry.group]
            item = QTreeWidgetItem(group, [entry.name, "  ·  ".join(entry.keys)])
            item.setToolTip(1, "\n".join(entry.keys))
            items.append(item)
        self.groups = list(groups.values())
        self.tree.expandAll()

    def visible_names(self) -> list[str]:
        """The actions now shown."""
        return [
            item.text(0)
            for group, items in self.groups
            if not group.isHidden()
            for item in items
            if not item.isHidden()
        ]

    def apply_filter(self, text: str) -> None:
        """Show the actions whose name, keys or menu contain ``text`` (any case)."""
        needle = text.strip().casefold()
        shown_any = False
        for group, items in self.groups:
            group_matches = needle in group.text(0).casefold()
            shown_in_group = False
            for item in items:
                matches = (
                    not needle
                    or group_matches
                    or needle in item.text(0).casefold()
                    or needle in item.text(1).casefold()
                )
                item.setHidden(not matches)
                shown_in_group |= matches
            group.setHidden(not shown_in_group)
            shown_any |= shown_in_group
        self.empty_label.setVisible(not shown_any)
