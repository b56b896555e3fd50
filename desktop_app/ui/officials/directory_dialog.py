"""Edit ▸ Officials Directory…: the officials (Bupati, Sekda, Kepala Dinas, camat...) with their
titles and periods. Editors and admins add, change and delete them; writers read. A refused save
says why in the dialog and keeps what was typed (the row concerned is selected)."""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import RedaksiError
from desktop_app.core.models import Role
from desktop_app.core.officials import Holding, OfficialData, OfficialDraft, TitleData, TitleDraft
from desktop_app.messages import describe_error

if TYPE_CHECKING:
    from desktop_app.core.auth import SignedIn
    from desktop_app.services import Services

#: The table's columns.
TITLE, UNIT, ACTING, FROM, UNTIL, ALIASES = range(6)
DATE_FORMAT = "d MMM yyyy"


def to_qdate(day: _dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> _dt.date:
    return _dt.date(day.year(), day.month(), day.day())


class UntilEdit(QWidget):
    """A title's last day, or "still holds" (no last day yet): a check box and a date."""

    changed = Signal()

    def __init__(self, day: _dt.date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open_box = QCheckBox(self.tr("still holds"), self)
        self.open_box.setToolTip(self.tr("No last day yet: the official still holds the title"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setAccessibleName(self.tr("Until"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.addWidget(self.open_box)
        layout.addWidget(self.date_edit, 1)
        self.set_value(day)
        self.open_box.toggled.connect(self._toggled)
        self.date_edit.dateChanged.connect(self.changed)

    def _toggled(self, still_holds: bool) -> None:
        self.date_edit.setEnabled(not still_holds)
        self.changed.emit()

    def value(self) -> _dt.date | None:
        return None if self.open_box.isChecked() else from_qdate(self.date_edit.date())

    def set_value(self, day: _dt.date | None) -> None:
        self.open_box.setChecked(day is None)
        self.date_edit.setEnabled(day is not None)
        self.date_edit.setDate(to_qdate(day or _dt.date.today()))

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - as QDateEdit's
        self.open_box.setEnabled(not read_only)
        self.date_edit.setReadOnly(read_only)

    def isReadOnly(self) -> bool:  # noqa: N802 - as QDateEdit's
        return self.date_edit.isReadOnly()


def _matches(official: OfficialData, query: str) -> bool:
    """Whether the filter ``query`` finds ``official`` (by name, title, alias or unit)."""
    if query.casefold() in official.name.casefold():
        return True
    return any(
        Holding(official.name, official.id, official.uuid, title).matches(query) for title in official.titles
    )


class OfficialsDirectoryDialog(QDialog):
    """The directory: the officials on the left, the chosen one's name and titles on the right."""

    directory_changed = Signal()

    def __init__(
        self, services: Services, parent: QWidget | None = None, actor: SignedIn | None = None
    ) -> None:
        super().__init__(parent)
        self.service = services.officials
        self.actor = actor
        self.can_edit = actor is not None and actor.role in (Role.EDITOR, Role.ADMIN)
        self.officials: list[OfficialData] = []
        self.current_id: int | None = None
        self.dirty = False
        self.setObjectName("officialsDirectoryDialog")
        self.setWindowTitle(self.tr("Officials Directory"))
        intro = QLabel(
            self.tr(
                "People outside the staff whom articles name with a title, each title with the "
                "days it was held. “Insert Official” and the checklist use them; periods of one "
                "title may not overlap."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("officialsFilter")
        self.filter_edit.setPlaceholderText(self.tr("Find a name or title"))
        self.filter_edit.setAccessibleName(self.tr("Find a name or title"))
        self.filter_edit.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("officialsList")
        self.list.setAccessibleName(self.tr("Officials"))
        self.new_button = QPushButton(self.tr("&New Official"), self)
        self.new_button.setObjectName("officialNew")
        self.delete_button = QPushButton(self.tr("De&lete"), self)
        self.delete_button.setObjectName("officialDelete")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.list, 1)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.new_button)
        left_buttons.addWidget(self.delete_button)
        left_layout.addLayout(left_buttons)

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("officialName")
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Teta Midra"))
        self.name_edit.setMaxLength(200)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("officialTitles")
        self.table.setAccessibleName(self.tr("Titles and periods"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Title"),
                self.tr("Unit"),
                self.tr("Plt."),
                self.tr("From"),
                self.tr("Until"),
                self.tr("Other spellings"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((UNIT, 140), (ACTING, 44), (FROM, 116), (UNTIL, 250), (ALIASES, 170)):
            self.table.setColumnWidth(column, width)
        aliases_header = self.table.horizontalHeaderItem(ALIASES)
        if aliases_header is not None:
            aliases_header.setToolTip(self.tr("Other ways articles write the title, separated by ;"))
        acting_header = self.table.horizontalHeaderItem(ACTING)
        if acting_header is not None:
            acting_header.setToolTip(self.tr("Acting (Pelaksana Tugas)"))
        self.add_title_button = QPushButton(self.tr("Add &Title"), self)
        self.add_title_button.setObjectName("officialAddTitle")
        self.remove_title_button = QPushButton(self.tr("&Remove Title"), self)
        self.remove_title_button.setObjectName("officialRemoveTitle")
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("officialSave")
        self.save_button.setDefault(True)
        self.message = QLabel(self)
        self.message.setObjectName("officialsMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        right = QWidget(self)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        name_label = QLabel(self.tr("Na&me:"), right)
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, self.name_edit)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(form)
        right_layout.addWidget(self.table, 1)
        title_buttons = QHBoxLayout()
        title_buttons.addWidget(self.add_title_button)
        title_buttons.addWidget(self.remove_title_button)
        title_buttons.addStretch(1)
        title_buttons.addWidget(self.save_button)
        right_layout.addLayout(title_buttons)
        right_layout.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([220, 1000])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        if not self.can_edit:
            note = QLabel(self.tr("Only editors and admins change the directory; you can read it."), self)
            note.setObjectName("officialsReadOnly")
            note.setProperty("muted", True)
            layout.addWidget(note)
        layout.addWidget(buttons)

        self.filter_edit.textChanged.connect(self._fill_list)
        self.list.currentItemChanged.connect(self._chosen)
        self.new_button.clicked.connect(self.new_official)
        self.delete_button.clicked.connect(self.delete_official)
        self.add_title_button.clicked.connect(lambda: self.add_title_row())
        self.remove_title_button.clicked.connect(self.remove_title_row)
        self.save_button.clicked.connect(self.save)
        self.name_edit.textEdited.connect(self._edited)
        self.table.itemChanged.connect(self._edited)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.resize(1240, 600)
        self._set_editable()
        self.reload()

    # -- the list ------------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        """Read the directory again; choose ``select`` (an official's id), else the first."""
        self.officials = self.service.officials()
        self._fill_list(select=select if select is not None else self.current_id)

    def _fill_list(self, _text: str = "", *, select: int | None = None) -> None:
        query = self.filter_edit.text()
        with QSignalBlocker(self.list):
            self.list.clear()
            for official in self.officials:
                if query and not _matches(official, query):
                    continue
                item = QListWidgetItem(official.name, self.list)
                item.setData(Qt.ItemDataRole.UserRole, official.id)
                latest = official.titles[-1] if official.titles else None
                if latest is not None:
                    item.setToolTip(latest.display_title)
        wanted = select if select is not None else self.current_id
        row = next(
            (
                i
                for i in range(self.list.count())
                if self.list.item(i).data(Qt.ItemDataRole.UserRole) == wanted
            ),
            0 if self.current_id is None and not self.dirty else -1,
        )
        if row >= 0 and self.list.count():
            with QSignalBlocker(self.list):
                self.list.setCurrentRow(row)
            if not self.dirty:
                self.show_official(self._official(self.list.item(row).data(Qt.ItemDataRole.UserRole)))
        elif not self.list.count() and self.current_id is None and not self.dirty:
            self.show_official(None)
        self._update_buttons()

    def _official(self, official_id: int | None) -> OfficialData | None:
        return next((o for o in self.officials if o.id == official_id), None)

    def _chosen(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        if self.dirty and not self._discard_changes():
            if previous is not None:
                with QSignalBlocker(self.list):
                    self.list.setCurrentItem(previous)
            return
        self.show_official(self._official(current.data(Qt.ItemDataRole.UserRole)))

    def _discard_changes(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Officials Directory"),
            self.tr("Discard the changes you made to “{0}”?").format(
                self.name_edit.text() or self.tr("the new official")
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    # -- the form ------------------------------------------------------------------------------

    def show_official(self, official: OfficialData | None) -> None:
        """Fill the form with ``official`` (None: an empty one, for a new official)."""
        self.current_id = official.id if official is not None else None
        with QSignalBlocker(self.table):
            self.name_edit.setText(official.name if official is not None else "")
            self.table.setRowCount(0)
            for title in official.titles if official is not None else ():
                self.add_title_row(title)
        self.dirty = False
        self.message.clear()
        self._update_buttons()

    def add_title_row(self, title: TitleData | None = None) -> int:
        """A row for ``title`` (None: a new, empty one, from today, selected for typing)."""
        row = self.table.rowCount()
        with QSignalBlocker(self.table):
            self.table.insertRow(row)
            name = QTableWidgetItem(title.title if title else "")
            name.setData(Qt.ItemDataRole.UserRole, title.uuid if title else "")
            self.table.setItem(row, TITLE, name)
            self.table.setItem(row, UNIT, QTableWidgetItem(title.unit if title else ""))
            acting = QTableWidgetItem()
            acting.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
            )
            acting.setCheckState(Qt.CheckState.Checked if title and title.acting else Qt.CheckState.Unchecked)
            acting.setToolTip(self.tr("Acting (Pelaksana Tugas)"))
            self.table.setItem(row, ACTING, acting)
            self.table.setItem(row, ALIASES, QTableWidgetItem("; ".join(title.aliases) if title else ""))
        start = QDateEdit(self.table)
        start.setCalendarPopup(True)
        start.setDisplayFormat(DATE_FORMAT)
        start.setDate(to_qdate(title.valid_from if title else _dt.date.today()))
        start.setAccessibleName(self.tr("From"))
        start.dateChanged.connect(self._edited)
        end = UntilEdit(title.valid_to if title else None, self.table)
        end.changed.connect(self._edited)
        self.table.setCellWidget(row, FROM, start)
        self.table.setCellWidget(row, UNTIL, end)
        if title is None:
            self.table.setCurrentCell(row, TITLE)
            if self.can_edit:
                self.table.editItem(name)
            self._edited()
        self._set_editable()
        self.table.resizeRowToContents(row)
        return row

    def remove_title_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._edited()

    def _edited(self, *_args: object) -> None:
        self.dirty = True
        self._update_buttons()

    def _set_editable(self) -> None:
        editable = self.can_edit
        self.name_edit.setReadOnly(not editable)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        for row in range(self.table.rowCount()):
            for column in (FROM, UNTIL):
                widget = self.table.cellWidget(row, column)
                if isinstance(widget, QDateEdit | UntilEdit):
                    widget.setReadOnly(not editable)
            acting = self.table.item(row, ACTING)
            if acting is not None and not editable:
                acting.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        for button in (self.new_button, self.add_title_button, self.save_button):
            button.setEnabled(editable)

    def _update_buttons(self) -> None:
        editable = self.can_edit
        self.delete_button.setEnabled(editable and self.current_id is not None)
        self.remove_title_button.setEnabled(editable and self.table.currentRow() >= 0)
        self.save_button.setEnabled(editable)

    def draft(self) -> OfficialDraft:
        """What the form holds."""
        titles = []
        for row in range(self.table.rowCount()):

            def text(column: int, row: int = row) -> str:
                item = self.table.item(row, column)
                return item.text() if item is not None else ""

            start = self.table.cellWidget(row, FROM)
            end = self.table.cellWidget(row, UNTIL)
            assert isinstance(start, QDateEdit)
            assert isinstance(end, UntilEdit)
            acting = self.table.item(row, ACTING)
            name_item = self.table.item(row, TITLE)
            titles.append(
                TitleDraft(
                    title=text(TITLE),
                    unit=text(UNIT),
                    acting=acting is not None and acting.checkState() == Qt.CheckState.Checked,
                    valid_from=from_qdate(start.date()),
                    valid_to=end.value(),
                    aliases=[a for a in text(ALIASES).replace("\n", ";").split(";")],
                    uuid=str(name_item.data(Qt.ItemDataRole.UserRole) or "") if name_item is not None else "",
                )
            )
        return OfficialDraft(self.name_edit.text(), titles, id=self.current_id)

    # -- actions -------------------------------------------------------------------------------

    def new_official(self) -> None:
        if self.dirty and not self._discard_changes():
            return
        with QSignalBlocker(self.list):
            self.list.clearSelection()
            self.list.setCurrentRow(-1)
        self.show_official(None)
        self.add_title_row()
        self.dirty = False
        self.name_edit.setFocus()

    def save(self) -> bool:
        """Store the form; on a refusal the message says why and the form keeps what was typed."""
        if self.actor is None:
            return False
        try:
            saved = self.service.save(self.actor, self.draft())
        except RedaksiError as exc:
            self.message.setText(describe_error(exc))
            self.message.setProperty("state", "error")
            row = getattr(exc, "row", -1)
            if row >= 0 and row < self.table.rowCount():
                self.table.selectRow(row)
            elif getattr(exc, "field", "") == "name":
                self.name_edit.setFocus()
            return False
        self.dirty = False
        self.current_id = saved.id
        self.reload(select=saved.id)
        self.message.setProperty("state", "")
        self.message.setText(self.tr("“{0}” saved.").format(saved.name))
        self.directory_changed.emit()
        return True

    def delete_official(self) -> None:
        official = self._official(self.current_id)
        if official is None or self.actor is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete Official"),
            self.tr("Delete “{0}” and their titles from the directory? The audit trail keeps them.").format(
                official.name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.delete(self.actor, official.id or 0)
        except RedaksiError as exc:
            self.message.setText(describe_error(exc))
            return
        self.current_id = None
        self.dirty = False
        self.reload()
        self.message.setText(self.tr("“{0}” deleted.").format(official.name))
        self.directory_changed.emit()

    def reject(self) -> None:
        if self.dirty and self.can_edit and not self._discard_changes():
            return
        super().reject()
