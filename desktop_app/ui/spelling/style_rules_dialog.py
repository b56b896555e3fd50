"""Edit ▸ Office House Style…: the office's own house-style rules (a wrong form, the right one,
why), stored in the database and underlined like the shipped rules on every workstation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import RedaksiError
from desktop_app.core.house_style import REASON_MAX, RULE_TEXT_MAX, OfficeStyleRules


def rule_error_message(exc: Exception) -> str:
    """Why a rule cannot be stored, in the user's language."""
    code = getattr(exc, "code", "")
    tr = QCoreApplication.translate
    if code == "rule_right_missing":
        return tr("OfficeStyleRules", "Enter how it should be written.")
    if code == "rule_same":
        return tr("OfficeStyleRules", "The right form is the same as the wrong one.")
    if code == "rule_too_long":
        return tr("OfficeStyleRules", "A form has at most {0} characters and a reason at most {1}.").format(
            RULE_TEXT_MAX, REASON_MAX
        )
    return tr("OfficeStyleRules", "Enter the word or phrase to avoid.")


class OfficeStyleRulesDialog(QDialog):
    """The office's house-style rules: see, add (or change) and remove them."""

    rules_changed = Signal()

    def __init__(self, rules: OfficeStyleRules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rules = rules
        self.setObjectName("officeStyleRulesDialog")
        self.setWindowTitle(self.tr("Office House Style"))
        intro = QLabel(
            self.tr(
                "The office's own rules, beside Redaksi's (KBBI and EYD): a word or phrase to "
                "avoid and how to write it instead. They are underlined in blue on every "
                "workstation, with the fix and the reason in the right-click menu."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.wrong_edit = QLineEdit(self)
        self.wrong_edit.setObjectName("styleRuleWrong")
        self.wrong_edit.setAccessibleName(self.tr("Avoid"))
        self.wrong_edit.setPlaceholderText(self.tr("e.g. Kab."))
        self.wrong_edit.setMaxLength(RULE_TEXT_MAX)
        self.right_edit = QLineEdit(self)
        self.right_edit.setObjectName("styleRuleRight")
        self.right_edit.setAccessibleName(self.tr("Write instead"))
        self.right_edit.setPlaceholderText(self.tr("e.g. Kabupaten"))
        self.right_edit.setMaxLength(RULE_TEXT_MAX)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("styleRuleReason")
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. Written in full in news text."))
        self.reason_edit.setMaxLength(REASON_MAX)
        self.add_button = QPushButton(self.tr("&Add or change"), self)
        self.add_button.setObjectName("styleRuleAdd")
        form = QFormLayout()
        form.addRow(self.tr("A&void:"), self.wrong_edit)
        form.addRow(self.tr("&Write instead:"), self.right_edit)
        form.addRow(self.tr("R&eason:"), self.reason_edit)
        form.addRow("", self.add_button)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("styleRulesTable")
        self.table.setAccessibleName(self.tr("The office's house-style rules"))
        self.table.setHorizontalHeaderLabels([self.tr("Avoid"), self.tr("Write instead"), self.tr("Reason")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName("styleRuleRemove")
        self.message = QLabel(self)
        self.message.setObjectName("styleRulesMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.remove_button)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.add_rule)
        for edit in (self.wrong_edit, self.right_edit, self.reason_edit):
            edit.returnPressed.connect(self.add_rule)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._selected)
        self.resize(620, 480)
        self.reload()

    def reload(self) -> None:
        rules = self.rules.rules()
        self.table.setRowCount(len(rules))
        for row, rule in enumerate(rules):
            for column, text in enumerate((rule.wrong, rule.right, rule.reason_id)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._update_buttons()

    def _selected_wrong(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 and self.table.selectedItems() else None
        return item.text() if item is not None else None

    def _selected(self) -> None:
        """A chosen rule fills the fields, to change it."""
        row = self.table.currentRow()
        if row >= 0 and self.table.selectedItems():
            for column, edit in enumerate((self.wrong_edit, self.right_edit, self.reason_edit)):
                item = self.table.item(row, column)
                edit.setText(item.text() if item is not None else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self._selected_wrong() is not None)

    def add_rule(self) -> None:
        try:
            rule = self.rules.add(self.wrong_edit.text(), self.right_edit.text(), self.reason_edit.text())
        except RedaksiError as exc:
            self.message.setText(rule_error_message(exc))
            return
        for edit in (self.wrong_edit, self.right_edit, self.reason_edit):
            edit.clear()
        self.message.setText(self.tr("“{0}” → “{1}” saved.").format(rule.wrong, rule.right))
        self.reload()
        self.rules_changed.emit()

    def remove_selected(self) -> None:
        wrong = self._selected_wrong()
        if wrong is None:
            return
        self.rules.remove(wrong)
        self.message.setText(self.tr("The rule for “{0}” was removed.").format(wrong))
        self.reload()
        self.rules_changed.emit()
