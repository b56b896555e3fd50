"""Edit ▸ Insert Official… (Ctrl+Shift+J): who held which title on the article's day, found by
typing a title, one of its other spellings or a name; the chosen one is inserted as
"Plt. Kepala Dinas Komunikasi dan Informatika, Teta Midra"."""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.officials import Holding
from desktop_app.ui.officials.directory_dialog import DATE_FORMAT, from_qdate, to_qdate

if TYPE_CHECKING:
    from desktop_app.services import Services


class InsertOfficialDialog(QDialog):
    """A search field, the day, and the matching "title — name" entries of that day."""

    def __init__(
        self, services: Services, parent: QWidget | None = None, day: _dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.service = services.officials
        self.holdings: list[Holding] = []
        self.setObjectName("insertOfficialDialog")
        self.setWindowTitle(self.tr("Insert Official"))
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("insertOfficialSearch")
        self.search_edit.setPlaceholderText(
            self.tr("Title, other spelling or name, e.g. Kepala Dinas Kominfo")
        )
        self.search_edit.setAccessibleName(self.tr("Find an official"))
        self.search_edit.setClearButtonEnabled(True)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("insertOfficialDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setAccessibleName(self.tr("Held on"))
        self.date_edit.setToolTip(self.tr("The article's date: who held the title then"))
        self.date_edit.setDate(to_qdate(day or _dt.date.today()))
        self.list = QListWidget(self)
        self.list.setObjectName("insertOfficialList")
        self.list.setAccessibleName(self.tr("Officials on that day"))
        self.empty = QLabel(self)
        self.empty.setObjectName("insertOfficialEmpty")
        self.empty.setWordWrap(True)
        self.empty.setProperty("muted", True)
        form = QFormLayout()
        search_label = QLabel(self.tr("&Find:"), self)
        search_label.setBuddy(self.search_edit)
        date_label = QLabel(self.tr("&Held on:"), self)
        date_label.setBuddy(self.date_edit)
        form.addRow(search_label, self.search_edit)
        form.addRow(date_label, self.date_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.insert_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.insert_button.setText(self.tr("&Insert"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.search_edit.textChanged.connect(self._filter)
        self.date_edit.dateChanged.connect(self._day_changed)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.currentRowChanged.connect(lambda _row: self._update_button())
        self.search_edit.installEventFilter(self)  # arrow keys move in the list while typing
        self.resize(560, 320)
        self._day_changed(self.date_edit.date())
        self.search_edit.setFocus()

    @property
    def day(self) -> _dt.date:
        return from_qdate(self.date_edit.date())

    def _day_changed(self, _date: QDate) -> None:
        self.holdings = self.service.titles_on(self.day)
        self._filter(self.search_edit.text())

    def _filter(self, query: str) -> None:
        self.list.clear()
        for holding in self.holdings:
            if holding.matches(query):
                unit = f" ({holding.title.unit})" if holding.title.unit else ""
                item = QListWidgetItem(f"{holding.display_title} — {holding.name}", self.list)
                item.setData(Qt.ItemDataRole.UserRole, holding)
                aliases = ", ".join(holding.title.aliases)
                item.setToolTip(holding.display_title + unit + (f"\n{aliases}" if aliases else ""))
        if self.list.count():
            self.list.setCurrentRow(0)
            self.empty.clear()
        elif self.holdings:
            self.empty.setText(self.tr("Nobody on that day matches “{0}”.").format(query))
        else:
            self.empty.setText(
                self.tr("The officials directory has nobody for that day (Edit ▸ Officials Directory…).")
            )
        self._update_button()

    def _update_button(self) -> None:
        self.insert_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> Holding | None:
        item = self.list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, Holding) else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.list.setFocus()
                self.list.keyPressEvent(event)
                self.search_edit.setFocus()
                return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        if self.chosen() is None:
            return
        super().accept()
