"""File ▸ Print… (the approval sheet, through Qt's print preview and print dialog), File ▸
Export as PDF…, and Article ▸ Export as Word… / Export as OpenDocument… of the open article.

What is printed is :func:`desktop_app.core.approval_sheet.build_sheet`'s (a recorded revision):
the article's unsaved edits are saved first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop_app.core.approval_sheet import ApprovalSheet, build_sheet
from desktop_app.core.errors import RedaksiError
from desktop_app.core.export.paths import safe_segment
from desktop_app.messages import describe_error

if TYPE_CHECKING:
    from peewee import Database


class PrintController(QObject):
    """Owns the four actions; ``current_article_id`` says which article they act on and
    ``flush`` saves the editor's pending edits (True when nothing is left unsaved)."""

    def __init__(
        self,
        database: Database,
        window: QWidget,
        current_article_id: Callable[[], int | None],
        flush: Callable[[], bool] | None = None,
        language: str = "id",
    ) -> None:
        super().__init__(window)
        self.database = database
        self.window = window
        self.current_article_id = current_article_id
        self.flush = flush or (lambda: True)
        self.language = language
        self.last_folder = ""
        self.preview_dialog = None
        self.action_print = self._action(
            self.tr("Pr&int…"), "actionPrint", self.print_sheet, QKeySequence.StandardKey.Print
        )
        self.action_print.setStatusTip(self.tr("Print the article's approval sheet, to be signed"))
        self.action_export_pdf = self._action(self.tr("Export as PD&F…"), "actionExportPdf", self.export_pdf)
        self.action_export_docx = self._action(
            self.tr("Export as &Word…"), "actionExportDocx", self.export_docx
        )
        self.action_export_docx.setStatusTip(
            self.tr("Save the article as a .docx document (Microsoft Office, LibreOffice), to send on")
        )
        self.action_export_odt = self._action(
            self.tr("Export as &OpenDocument…"), "actionExportOdt", self.export_odt
        )
        self.file_actions = [self.action_print, self.action_export_pdf]
        self.article_actions = [self.action_export_docx, self.action_export_odt]

    def _action(self, text: str, name: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    @property
    def actions(self) -> list[QAction]:
        return self.file_actions + self.article_actions

    def update_actions(self) -> None:
        enabled = self.current_article_id() is not None
        for action in self.actions:
            action.setEnabled(enabled)

    # -- the sheet ------------------------------------------------------------------------

    def sheet(self) -> ApprovalSheet | None:
        """The open article's sheet (its edits saved first), or None (with a message)."""
        article_id = self.current_article_id()
        if article_id is None:
            return None
        self.flush()
        try:
            return build_sheet(self.database, article_id)
        except RedaksiError as exc:
            QMessageBox.warning(self.window, self.tr("Print"), describe_error(exc))
            return None

    def renderer(self, sheet: ApprovalSheet):
        from desktop_app.ui.approval_sheet import ApprovalSheetRenderer

        return ApprovalSheetRenderer(sheet, self.language, self)

    def print_sheet(self):
        """Qt's print preview of the sheet; its Print button opens Qt's print dialog."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        sheet = self.sheet()
        if sheet is None:
            return None
        renderer = self.renderer(sheet)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(sheet.title or "Redaksi")
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setObjectName("printPreviewDialog")
        dialog.setWindowTitle(self.tr("Print Approval Sheet"))
        dialog.paintRequested.connect(renderer.render)
        self.preview_dialog = dialog
        try:
            dialog.exec()
        finally:
            self.preview_dialog = None
            dialog.deleteLater()
        return dialog

    def _target(self, title: str, suffix: str, file_filter: str) -> str:
        sheet_id = self.current_article_id()
        name = safe_segment(f"artikel-{sheet_id}", "artikel")
        suggested = str(Path(self.last_folder or Path.home()) / f"{name}{suffix}")
        path, _ = QFileDialog.getSaveFileName(self.window, title, suggested, file_filter)
        if path and not path.lower().endswith(suffix):
            path += suffix
        if path:
            self.last_folder = str(Path(path).parent)
        return path

    def _failed(self, title: str, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            message = self.tr("The file could not be written: {0}").format(exc.strerror or exc)
        else:
            message = describe_error(exc) if isinstance(exc, Exception) else str(exc)
        QMessageBox.warning(self.window, title, message)

    def export_pdf(self) -> Path | None:
        from desktop_app.ui.approval_sheet import write_pdf_atomically

        title = self.tr("Export as PDF")
        if self.current_article_id() is None:
            return None
        path = self._target(title, ".pdf", self.tr("PDF documents (*.pdf)"))
        if not path:
            return None
        sheet = self.sheet()
        if sheet is None:
            return None
        try:
            write_pdf_atomically(self.renderer(sheet), path)
        except (OSError, RedaksiError) as exc:
            self._failed(title, exc)
            return None
        return Path(path)

    def export_docx(self) -> Path | None:
        from desktop_app.core.docx_export import sheet_docx
        from desktop_app.core.files import write_atomically

        title = self.tr("Export as Word")
        if self.current_article_id() is None:
            return None
        path = self._target(title, ".docx", self.tr("Word documents (*.docx)"))
        sheet = self.sheet() if path else None
        if sheet is None:
            return None
        try:
            return write_atomically(path, sheet_docx(sheet))
        except (OSError, RedaksiError) as exc:
            self._failed(title, exc)
            return None

    def export_odt(self) -> Path | None:
        title = self.tr("Export as OpenDocument")
        if self.current_article_id() is None:
            return None
        path = self._target(title, ".odt", self.tr("OpenDocument texts (*.odt)"))
        sheet = self.sheet() if path else None
        if sheet is None:
            return None
        try:
            self.renderer(sheet).write_odt(path)
        except (OSError, RedaksiError) as exc:
            self._failed(title, exc)
            return None
        return Path(path)
