"""Who is working at this workstation, and the admin's people manager."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.auth import AuthService, SignedIn
from desktop_app.core.errors import RedaksiError
from desktop_app.core.models import PersonData, Role
from desktop_app.core.people import PeopleService
from desktop_app.labels import role_label
from desktop_app.messages import describe_error

ROLES = tuple(role.value for role in Role)


def _role_combo(parent: QWidget, current: str = Role.WRITER) -> QComboBox:
    combo = QComboBox(parent)
    for role in ROLES:
        combo.addItem(role_label(role), role)
    combo.setCurrentIndex(ROLES.index(current) if current in ROLES else 0)
    return combo


class WhoIsWorkingDialog(QDialog):
    """Asked at the first start on a workstation: pick yourself, or add yourself.

    Until the sign-in screen replaces it, adding yourself goes through
    ``AuthService.trusted_self_registration`` (transitional: no password is asked)."""

    def __init__(
        self,
        people: PeopleService,
        auth: AuthService,
        parent: QWidget | None = None,
        current_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.people = people
        self.auth = auth
        self.person: PersonData | None = None
        self.setObjectName("whoIsWorkingDialog")
        self.setWindowTitle(self.tr("Who is working?"))
        self.setAccessibleName(self.tr("Who is working?"))
        intro = QLabel(
            self.tr(
                "Redaksi records who writes, comments, approves and publishes. "
                "Choose your name; this workstation remembers it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.pick_existing = QRadioButton(self.tr("I am"), self)
        self.pick_existing.setObjectName("pickExistingPerson")
        self.person_combo = QComboBox(self)
        self.person_combo.setObjectName("personCombo")
        self.person_combo.setAccessibleName(self.tr("Your name"))
        for person in people.list():
            self.person_combo.addItem(f"{person.name} — {role_label(person.role)}", person.id)
        if current_id is not None:
            index = self.person_combo.findData(current_id)
            if index >= 0:
                self.person_combo.setCurrentIndex(index)
        self.pick_new = QRadioButton(self.tr("I am new here:"), self)
        self.pick_new.setObjectName("pickNewPerson")
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("newPersonName")
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setPlaceholderText(self.tr("Your full name"))
        self.role_combo = _role_combo(self)
        self.role_combo.setObjectName("newPersonRole")
        self.role_combo.setAccessibleName(self.tr("Your role"))
        has_people = self.person_combo.count() > 0
        self.pick_existing.setEnabled(has_people)
        self.person_combo.setEnabled(has_people)
        (self.pick_existing if has_people else self.pick_new).setChecked(True)
        self.name_edit.textEdited.connect(lambda _t: self.pick_new.setChecked(True))
        self.person_combo.activated.connect(lambda _i: self.pick_existing.setChecked(True))

        form = QFormLayout()
        form.addRow(self.pick_existing, self.person_combo)
        new_row = QHBoxLayout()
        new_row.addWidget(self.name_edit, 1)
        new_row.addWidget(self.role_combo)
        form.addRow(self.pick_new, new_row)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("whoIsWorkingError")
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start working"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        try:
            if self.pick_new.isChecked():
                added = self.auth.trusted_self_registration(
                    self.name_edit.text(), self.role_combo.currentData()
                )
                self.person = self.people.get(added.person_id)
            else:
                self.person = self.people.get(self.person_combo.currentData())
        except RedaksiError as exc:
            self.error_label.setText(describe_error(exc))
            self.error_label.show()
            return
        super().accept()


class PeopleManagerDialog(QDialog):
    """Admins add people, rename them, change roles and (de)activate them. Nobody who
    authored anything is ever deleted: deactivated people keep their name in the history."""

    COLUMNS = 3

    def __init__(self, people: PeopleService, actor: SignedIn, parent: QWidget | None = None) -> None:
        """``actor``: the admin working (the core refuses anyone else's changes)."""
        super().__init__(parent)
        self.people = people
        self.actor = actor
        self.setObjectName("peopleManagerDialog")
        self.setWindowTitle(self.tr("People"))
        self.setAccessibleName(self.tr("People"))
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("peopleTable")
        self.table.setAccessibleName(self.tr("People"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Active")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._item_changed)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("addPersonName")
        self.name_edit.setAccessibleName(self.tr("Name of the new person"))
        self.name_edit.setPlaceholderText(self.tr("Name of the new person"))
        self.role_combo = _role_combo(self)
        self.role_combo.setObjectName("addPersonRole")
        self.role_combo.setAccessibleName(self.tr("Role of the new person"))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName("addPersonButton")
        self.add_button.clicked.connect(self.add_person)
        self.name_edit.returnPressed.connect(self.add_person)
        add_row = QHBoxLayout()
        add_row.addWidget(self.name_edit, 1)
        add_row.addWidget(self.role_combo)
        add_row.addWidget(self.add_button)
        hint = QLabel(
            self.tr(
                "Double-click a name to rename. People are never deleted: "
                "deactivate someone who has left; their work keeps their name."
            ),
            self,
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(add_row)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(520, 420)
        self._loading = False
        self.reload()

    def reload(self) -> None:
        self._loading = True
        people = self.people.list(include_inactive=True)
        self.table.setRowCount(len(people))
        for row, person in enumerate(people):
            name = QTableWidgetItem(person.name)
            name.setData(Qt.ItemDataRole.UserRole, person.id)
            self.table.setItem(row, 0, name)
            combo = _role_combo(self.table, person.role)
            combo.setAccessibleName(self.tr("Role of {0}").format(person.name))
            combo.currentIndexChanged.connect(
                lambda _i, pid=person.id, c=combo: self._change(pid, role=c.currentData())
            )
            self.table.setCellWidget(row, 1, combo)
            active = QTableWidgetItem(self.tr("Active") if person.active else self.tr("Inactive"))
            active.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            active.setCheckState(Qt.CheckState.Checked if person.active else Qt.CheckState.Unchecked)
            active.setData(Qt.ItemDataRole.UserRole, person.id)
            self.table.setItem(row, 2, active)
        self.table.resizeColumnToContents(1)
        self._loading = False

    def row_of(self, name: str) -> int:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() == name:
                return row
        return -1

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        person_id = item.data(Qt.ItemDataRole.UserRole)
        if item.column() == 0:
            self._change(person_id, name=item.text())
        elif item.column() == 2:
            self._change(person_id, active=item.checkState() == Qt.CheckState.Checked)

    def _change(self, person_id: int, **changes) -> None:
        if self._loading:
            return
        try:
            self.people.update(self.actor, person_id, **changes)
        except RedaksiError as exc:
            QMessageBox.warning(self, self.tr("People"), describe_error(exc))
        self.reload()

    def add_person(self) -> None:
        try:
            self.people.create(self.actor, self.name_edit.text(), self.role_combo.currentData())
        except RedaksiError as exc:
            QMessageBox.warning(self, self.tr("People"), describe_error(exc))
            return
        self.name_edit.clear()
        self.reload()
