"""File ▸ Export website…: folder, base URL, full or incremental, progress, cancel, open; a note
when the result lacks the sitemap and feeds for want of a base URL.

The export runs in a worker thread (``desktop_app.workers``); progress comes back through a
queued signal. Cancelling stops it between two files; the previous site stays as it was.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.dates import number
from desktop_app.core.errors import ValidationError
from desktop_app.core.export import ExportCancelled, ExportError, ExportResult
from desktop_app.core.export.service import SiteExportService
from desktop_app.core.site_settings import normalize_base_url
from desktop_app.i18n import current_language
from desktop_app.messages import describe_error
from desktop_app.ui.running_dialog import RunningDialog
from desktop_app.workers import run_in_background


class _ProgressRelay(QObject):
    """Emitted from the worker thread; delivered on the GUI thread (queued connection)."""

    progressed = Signal(int, int, str)


class ExportDialog(RunningDialog):
    def __init__(
        self, service: SiteExportService, last_folder: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.result: ExportResult | None = None
        self._cancel = threading.Event()
        self._running = False
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export Website"))
        self.setMinimumWidth(520)

        self.folder_edit = QLineEdit(last_folder, self)
        self.folder_edit.setObjectName("exportFolder")
        self.folder_edit.setAccessibleName(self.tr("Website folder"))
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.browse_button.setObjectName("exportBrowse")
        self.browse_button.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)

        self.base_url_edit = QLineEdit(service.settings().base_url, self)
        self.base_url_edit.setObjectName("exportBaseUrl")
        self.base_url_edit.setAccessibleName(self.tr("Base URL"))
        self.base_url_edit.setPlaceholderText("https://kominfo.example.go.id/")
        self.full_check = QCheckBox(self.tr("Rewrite every file (full export)"), self)
        self.full_check.setObjectName("exportFull")

        form = QFormLayout()
        form.addRow(self.tr("&Folder:"), folder_row)
        form.labelForField(folder_row).setBuddy(self.folder_edit)  # else the "&" shows
        form.addRow(self.tr("&Base URL:"), self.base_url_edit)
        form.addRow("", self.full_check)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status_label = QLabel(self.tr("Only published articles are exported."), self)
        self.status_label.setObjectName("exportStatus")
        self.status_label.setWordWrap(True)
        self.note_label = QLabel(self)
        self.note_label.setObjectName("exportNote")
        self.note_label.setWordWrap(True)
        self.note_label.hide()

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportStart")
        self.open_button = self.buttons.addButton(
            self.tr("&Open in Browser"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setObjectName("exportOpen")
        self.open_button.setEnabled(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("exportClose")
        self.export_button.clicked.connect(self.start)
        self.open_button.clicked.connect(self.open_in_browser)
        self.close_button.clicked.connect(self._close_or_cancel)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.buttons)

        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self._on_progress)

    # -- actions --------------------------------------------------------------------------

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Website Folder"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def start(self) -> None:
        folder = self.folder_edit.text().strip()
        if not folder:
            self._show_error(self.tr("Choose a folder for the website."))
            return
        try:
            base_url = normalize_base_url(self.base_url_edit.text())
        except ValidationError:
            self._show_error(self.tr("The base URL must be an http:// or https:// address."))
            return
        self._cancel.clear()
        self._set_running(True)
        self.open_button.setEnabled(False)
        self.note_label.hide()
        self.status_label.setText(self.tr("Exporting…"))
        relay, cancel, full = self._relay, self._cancel, self.full_check.isChecked()
        service = self.service

        def work() -> ExportResult:
            return service.export(
                Path(folder),
                base_url=base_url,
                full=full,
                progress=lambda d, t, w: relay.progressed.emit(d, t, w),
                cancelled=cancel.is_set,
            )

        run_in_background(work, self._on_done, self._on_failed)

    def cancel(self) -> None:
        self._cancel.set()
        self.status_label.setText(self.tr("Cancelling…"))

    def open_in_browser(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.index)))

    # -- results --------------------------------------------------------------------------

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, what: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_done(self, result: ExportResult) -> None:
        self.result = result
        self._set_running(False)
        self.progress.setValue(self.progress.maximum())
        self.open_button.setEnabled(True)
        self.status_label.setText(
            self.tr("Exported {0} articles: {1} files written, {2} unchanged, {3} removed.").format(
                *(
                    number(n, current_language())
                    for n in (result.articles, len(result.written), result.unchanged, len(result.removed))
                )
            )
        )
        notes = []
        if not result.sitemap or not result.feeds:
            notes.append(
                self.tr(
                    "Without a base URL the website has no sitemap and no Atom or RSS feed, as they "
                    "must give the site's full address. Enter the base URL and export again to add "
                    "them."
                )
            )
        if not result.share_images:
            notes.append(
                self.tr(
                    "Without a base URL a link shared on WhatsApp, Facebook or X shows no picture "
                    "and the articles have no Share buttons: both need the site's full address."
                )
            )
        if result.ignored:
            notes.append(
                self.tr(
                    "The previous export's file list named %n path(s) outside the website folder, "
                    "such as “{0}”: they were ignored and nothing there was touched. Was the list "
                    "(.redaksi-manifest.json) edited?",
                    "",
                    len(result.ignored),
                ).format(result.ignored[0])
            )
        if notes:
            self.note_label.setText("\n\n".join(notes))
            self.note_label.show()

    def _on_failed(self, exc: Exception) -> None:
        self._set_running(False)
        self.progress.setValue(0)
        if isinstance(exc, ExportCancelled):
            self.status_label.setText(self.tr("Cancelled. The previous website was left as it was."))
        else:
            self._show_error(self.describe(exc))

    def describe(self, exc: Exception) -> str:
        if isinstance(exc, ExportError):
            texts = {
                "output_not_a_folder": self.tr("The chosen path is a file, not a folder."),
                "output_not_empty": self.tr(
                    "The folder holds files that are not a Redaksi website. Choose an empty "
                    "folder or one that Redaksi exported to before."
                ),
                "output_not_writable": self.tr("The folder cannot be written."),
            }
            return texts.get(exc.code) or describe_error(exc)
        if isinstance(exc, OSError):
            return self.tr(
                "The website could not be written: {0}. The previous website was left as it was."
            ).format(exc.strerror or exc)
        return self.tr("The export failed: {0}").format(exc)

    def _show_error(self, text: str) -> None:
        self.status_label.setText(text)

    def _set_running(self, running: bool) -> None:
        self._running = running
        for widget in (
            self.export_button,
            self.folder_edit,
            self.browse_button,
            self.base_url_edit,
            self.full_check,
        ):
            widget.setEnabled(not running)
        self.close_button.setText(self.tr("Cancel") if running else self.tr("Close"))
