"""File ▸ Open Recent: the databases opened lately."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget


class RecentDatabasesMenu(QMenu):
    database_chosen = Signal(str)
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recentDatabasesMenu")
        self.setTitle(self.tr("Open &Recent"))
        self._entries: list[str] = []
        self.set_entries([])

    def entries(self) -> list[str]:
        return list(self._entries)

    def set_entries(self, entries: list[str]) -> None:
        self._entries = list(entries)
        self.clear()
        for number, target in enumerate(self._entries, start=1):
            escaped = target.replace("&", "&&")
            action = self.addAction(f"&{number} {escaped}" if number < 10 else escaped)
            action.setData(target)
            action.triggered.connect(lambda _checked=False, t=target: self.database_chosen.emit(t))
        if self._entries:
            self.addSeparator()
        clear = self.addAction(self.tr("Clear List"))
        clear.setEnabled(bool(self._entries))
        clear.triggered.connect(self.clear_requested)
        self.setEnabled(True)
