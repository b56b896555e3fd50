"""The Website Settings dialog's "Export…" and "Import…" buttons: the website settings, the
checklist's levels and the officials directory as one JSON file (``core/settings_transfer.py``).
Anyone may export; only an admin imports (all or nothing: a refused file changes nothing and the
dialog says why)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QPushButton

from desktop_app.core import settings_transfer
from desktop_app.core.errors import RedaksiError
from desktop_app.messages import describe_error

if TYPE_CHECKING:
    from peewee import Database

    from desktop_app.core.auth import SignedIn

FILE_FILTER = "Redaksi (*.json)"


class SettingsFileButtons(QObject):
    """The two buttons, added to ``buttons`` of ``dialog``; messages go to ``message``."""

    def __init__(
        self,
        dialog: QDialog,
        buttons: QDialogButtonBox,
        database: Database,
        session: SignedIn | None,
        message: QLabel,
        *,
        can_import: bool,
    ) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.database = database
        self.session = session
        self.message = message
        self.export_button = QPushButton(self.tr("E&xport…"), dialog)
        self.export_button.setObjectName("siteSettingsExport")
        self.export_button.setToolTip(
            self.tr("Save the website settings, the checklist and the officials directory to a file")
        )
        self.import_button = QPushButton(self.tr("&Import…"), dialog)
        self.import_button.setObjectName("siteSettingsImport")
        self.import_button.setToolTip(
            self.tr("Replace the website settings and add or update officials from a file (admins)")
        )
        self.import_button.setEnabled(can_import and session is not None)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.choose_and_export)
        self.import_button.clicked.connect(self.choose_and_import)

    def choose_and_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.dialog, self.tr("Export Settings"), "redaksi-settings.json", FILE_FILTER
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> bool:
        try:
            document = settings_transfer.export_settings(self.database, path)
        except (OSError, RedaksiError) as exc:
            self.message.setText(describe_error(exc))
            return False
        self.message.clear()
        QMessageBox.information(
            self.dialog,
            self.tr("Export Settings"),
            self.tr("Saved the settings and {0} official(s) to {1}.").format(
                len(document["officials"]), path
            ),
        )
        return True

    def choose_and_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.dialog, self.tr("Import Settings"), "", FILE_FILTER)
        if not path:
            return
        answer = QMessageBox.question(
            self.dialog,
            self.tr("Import Settings"),
            self.tr(
                "Replace the website settings and the checklist with those of “{0}”, and add or update "
                "its officials? Nothing is changed if the file has a problem."
            ).format(path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.import_from(path)

    def import_from(self, path: str) -> bool:
        """Apply the file; on success the dialog closes (its fields would be stale) and says what
        changed, else its message says why nothing did."""
        if self.session is None:
            return False
        try:
            summary = settings_transfer.import_settings(self.database, self.session, path)
        except RedaksiError as exc:
            self.message.setText(describe_error(exc))
            return False
        QMessageBox.information(
            self.dialog,
            self.tr("Import Settings"),
            self.tr(
                "Imported: {0} website setting(s), {1} checklist setting(s); "
                "officials: {2} added, {3} updated."
            ).format(
                summary.site_keys, summary.checklist_keys, summary.officials_added, summary.officials_updated
            ),
        )
        self.dialog.done(QDialog.DialogCode.Accepted)
        return True
