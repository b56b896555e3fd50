"""File ▸ Upload Site… in the main window (under Export Website…)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from desktop_app.core.export.service import SiteExportService
    from desktop_app.core.upload.service import UploadService
    from desktop_app.ui.upload.upload_dialog import UploadDialog


class UploadController(QObject):
    """Owns the action and the dialog; the upload service is made on first use (paramiko is
    not loaded while Redaksi starts)."""

    def __init__(
        self,
        window: QWidget,
        database: object,
        database_target: str,
        export: Callable[[], SiteExportService],
        show_settings: Callable[[], object],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.database = database
        self.database_target = database_target
        self.export = export
        self.show_settings = show_settings
        self.dialog: UploadDialog | None = None
        self.action = QAction(self.tr("Up&load Site…"), window)
        self.action.setObjectName("actionUploadSite")
        self.action.setStatusTip(self.tr("Send the exported website to the office's web host"))
        self.action.triggered.connect(self.show_dialog)

    def service(self) -> UploadService:
        from desktop_app.core.upload.service import UploadService

        return UploadService(self.database)  # type: ignore[arg-type]

    def show_dialog(self) -> UploadDialog:
        from desktop_app.ui.upload.upload_dialog import UploadDialog

        if self.dialog is None:
            self.dialog = UploadDialog(
                self.service(), self.export(), self.database_target, self.window, self.show_settings
            )
        else:
            self.dialog.refresh()
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog
