"""The export actions of the main window: File ▸ Export Website…, File ▸ Website Settings…,
Article ▸ Copy as HTML and Article ▸ Save Article as HTML…"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop_app.core.errors import RedaksiError
from desktop_app.core.export.paths import safe_segment
from desktop_app.messages import describe_error

if TYPE_CHECKING:
    from desktop_app.core.auth import SignedIn
    from desktop_app.core.export.service import SiteExportService
    from desktop_app.ui.export_dialog import ExportDialog


class ExportController(QObject):
    """Owns the four actions; ``current_article_id`` says which article they act on.

    The export service comes from ``make_service`` on first use: the exporter (Jinja2,
    templates) is not loaded while Redaksi starts.
    """

    def __init__(
        self,
        make_service: Callable[[], SiteExportService],
        window: QWidget,
        current_article_id: Callable[[], int | None],
        current_slug: Callable[[], str] | None = None,
        current_session: Callable[[], SignedIn | None] | None = None,
    ) -> None:
        super().__init__(window)
        self._make_service = make_service
        self._service: SiteExportService | None = None
        self.window = window
        self.current_article_id = current_article_id
        self.current_slug = current_slug or (lambda: "")
        self.current_session = current_session or (lambda: None)  # who acts (site settings: an admin)
        self.last_folder = ""
        self.dialog: ExportDialog | None = None
        self.action_export = self._action(
            self.tr("Export &Website…"), "actionExportWebsite", self.show_export_dialog, "Ctrl+Shift+E"
        )
        self.action_site_settings = self._action(
            self.tr("Website Se&ttings…"), "actionSiteSettings", self.show_site_settings
        )
        self.action_copy_html = self._action(self.tr("Copy as &HTML"), "actionCopyHtml", self.copy_html)
        self.action_save_html = self._action(
            self.tr("Sa&ve Article as HTML…"), "actionSaveHtml", self.save_html
        )
        self.article_actions = [self.action_copy_html, self.action_save_html]

    @property
    def service(self) -> SiteExportService:
        if self._service is None:
            self._service = self._make_service()
        return self._service

    def _action(self, text: str, name: str, slot, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def update_actions(self) -> None:
        enabled = self.current_article_id() is not None
        for action in self.article_actions:
            action.setEnabled(enabled)

    def show_export_dialog(self) -> ExportDialog:
        from desktop_app.ui.export_dialog import ExportDialog

        if self.dialog is None:
            self.dialog = ExportDialog(self.service, self.last_folder, self.window)
            self.dialog.finished.connect(self._remember_folder)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def _remember_folder(self) -> None:
        if self.dialog is not None:
            self.last_folder = self.dialog.folder_edit.text()

    def show_site_settings(self) -> bool:
        from desktop_app.ui.site_settings_dialog import SiteSettingsDialog

        dialog = SiteSettingsDialog(self.service, self.window, self.current_session())
        try:
            return dialog.exec() == SiteSettingsDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def copy_html(self) -> str:
        article_id = self.current_article_id()
        if article_id is None:
            return ""
        html = self.service.article_html(article_id)
        data = QMimeData()
        data.setHtml(html)
        data.setText(html)
        QGuiApplication.clipboard().setMimeData(data)
        return html

    def save_html(self) -> Path | None:
        article_id = self.current_article_id()
        if article_id is None:
            return None
        # a name valid on every system (a slug such as "con" is a device name on Windows)
        name = safe_segment(self.current_slug() or "", "berita")
        suggested = str(Path(self.last_folder or Path.home()) / f"{name}.html")
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save Article as HTML"), suggested, self.tr("Web pages (*.html)")
        )
        if not path:
            return None
        try:
            return self.service.save_article_html(article_id, path)
        except OSError as exc:
            message = self.tr("The file could not be written: {0}").format(exc.strerror or exc)
        except RedaksiError as exc:  # a broken theme, the article deleted meanwhile
            message = describe_error(exc)
        QMessageBox.warning(self.window, self.tr("Save Article as HTML"), message)
        return None
