"""The admin's people manager: people, their roles and passwords (signing in and one's own
password: ``sign_in_dialogs``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.auth import AuthService, SignedIn, check_password_rules
from desktop_app.core.errors import RedaksiError
from desktop_app.core.models import Role
from desktop_app.core.people import PeopleService
from desktop_app.labels import role_label
from desktop_app.messages import describe_error
from desktop_app.ui.workflow.sign_in_dialogs import SetPasswordDialog

ROLES = tuple(role.value for role in Role)


def _role_combo(parent: QWidget, current: str = Role.WRITER) -> QComboBox:
    combo = QComboBox(parent)
    for role in ROLES:
        combo.addItem(role_label(role), role)
    combo.setCurrentIndex(ROLES.index(current) if current in ROLES else 0)
    return combo


class PeopleManagerDialog(QDialog):
    """Admins add people, rename them, change roles and (de)activate them. Nobody who
    authored anything is ever deleted: deactivated people keep their name in the history."""

    COLUMNS = 3

    def __init__(
        self,
        people: PeopleService,
        actor: SignedIn,
        parent: QWidget | None = None,
        auth: AuthService | None = None,
    ) -> None:
        """``actor``: the admin working (the core refuses anyone else's changes); ``auth``
        sets passwords (without it, people are added without one)."""
        super().__init__(parent)
        self.people = people
        self.auth = auth
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
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("addPersonPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Initial password"))
        self.password_edit.setPlaceholderText(self.tr("Initial password"))
        self.password_edit.setVisible(auth is not None)
        self.password_edit.returnPressed.connect(self.add_person)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName("addPersonButton")
        self.add_button.clicked.connect(self.add_person)
        self.name_edit.returnPressed.connect(self.add_person)
        add_row = QHBoxLayout()
        add_row.addWidget(self.name_edit, 1)
        add_row.addWidget(self.password_edit)
        add_row.addWidget(self.role_combo)
        add_row.addWidget(self.add_button)
        self.password_button = QPushButton(self.tr("Set password…"), self)
        self.password_button.setObjectName("setPasswordButton")
        self.password_button.setToolTip(self.tr("Give the selected person a new password"))
        self.password_button.setVisible(auth is not None)
        self.password_button.clicked.connect(self.set_password)
        hint = QLabel(
            self.tr(
                "Double-click a name to rename. People are never deleted: "
                "deactivate someone who has left; their work keeps their name."
            ),
            self,
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.addButton(self.password_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(add_row)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(640, 440)
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
        """A new person with their initial password (checked before they are added)."""
        password = self.password_edit.text()
        try:
            if self.auth is not None:
                check_password_rules(password)
            added = self.people.create(self.actor, self.name_edit.text(), self.role_combo.currentData())
            if self.auth is not None:
                self.auth.set_password(self.actor, added.id, password)
        except RedaksiError as exc:
            QMessageBox.warning(self, self.tr("People"), describe_error(exc))
            self.reload()
            return
        self.name_edit.clear()
        self.password_edit.clear()
        self.reload()

    def selected_person(self) -> tuple[int, str] | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            return None
        return item.data(Qt.ItemDataRole.UserRole), item.text()

    def set_password(self) -> None:
        """Set or reset the selected person's password."""
        selected = self.selected_person()
        if self.auth is None or selected is None:
            QMessageBox.information(self, self.tr("People"), self.tr("Select a person first."))
            return
        self.exec_password_dialog(SetPasswordDialog(self.auth, self.actor, selected[0], selected[1], self))

    def exec_password_dialog(self, dialog: QDialog) -> bool:
        """(tests replace it)"""
        return dialog.exec() == QDialog.DialogCode.Accepted
