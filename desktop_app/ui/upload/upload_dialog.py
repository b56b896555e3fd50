"""File ▸ Upload Site…: export the website (optional, ticked) and send it to the web host of
Website Settings ▸ Upload, only what changed, with progress (files and bytes) and Cancel; and
"Keep publishing in the background" (the system's scheduler runs ``redaksi publish --watch
--once`` every few minutes, so that a scheduled article goes online on time with Redaksi
closed).

The work runs in a worker thread (``desktop_app.workers``); progress comes back through a
queued signal. Cancel stops between two pieces of a file: what arrived is recorded on the
server, and no file there is left half-written."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.dates import number
from desktop_app.core.errors import RedaksiError
from desktop_app.core.export.service import SiteExportService
from desktop_app.core.upload import scheduler
from desktop_app.core.upload.errors import HostKeyUnknown, UploadCancelled
from desktop_app.core.upload.service import UploadService
from desktop_app.core.upload.sync import UploadResult
from desktop_app.i18n import current_language
from desktop_app.messages import describe_error
from desktop_app.ui.running_dialog import RunningDialog
from desktop_app.ui.upload.host_key import confirm_new_host
from desktop_app.workers import run_in_background

_ERROR_STYLE = "color: #b3261e;"


class _ProgressRelay(QObject):
    """Emitted from the worker thread; delivered on the GUI thread (queued connection)."""

    exporting = Signal(int, int)
    uploading = Signal(int, int, float, float, str)  # (byte counts: past 2 GiB too)


@dataclass
class _Outcome:
    upload: UploadResult
    exported_files: int | None


def size_text(count: int) -> str:
    """``1,2 MB``, ``31 KB`` in the interface's language."""
    language = current_language()
    if count >= 1024 * 1024:
        return f"{number(round(count / (1024 * 1024), 1), language)} MB"
    if count >= 1024:
        return f"{number(round(count / 1024), language)} KB"
    return f"{number(count, language)} B"


class UploadDialog(RunningDialog):
    def __init__(
        self,
        uploads: UploadService,
        export: SiteExportService,
        database_target: str,
        parent: QWidget | None = None,
        show_settings: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.uploads = uploads
        self.export = export
        self.database_target = database_target
        self.show_settings = show_settings
        self.outcome: UploadResult | None = None
        self._cancel = threading.Event()
        self._running = False
        self.setObjectName("uploadDialog")
        self.setWindowTitle(self.tr("Upload Site"))
        self.setMinimumWidth(560)

        self.from_label = QLabel(self)
        self.from_label.setObjectName("uploadFrom")
        self.from_label.setWordWrap(True)
        self.to_label = QLabel(self)
        self.to_label.setObjectName("uploadTo")
        self.to_label.setWordWrap(True)
        self.export_check = QCheckBox(
            self.tr("Export the website first (the latest published articles)"), self
        )
        self.export_check.setObjectName("uploadExportFirst")
        self.export_check.setChecked(True)
        self.background_check = QCheckBox(self.tr("Keep publishing in the background"), self)
        self.background_check.setObjectName("uploadBackground")
        self.background_check.setToolTip(
            self.tr(
                "Every 5 minutes, even with Redaksi closed, the website is exported and uploaded "
                "when a scheduled article's time has come."
            )
        )
        self.background_check.setChecked(scheduler.is_enabled())
        self.background_check.toggled.connect(self._background_toggled)
        self.background_note = QLabel(self)
        self.background_note.setObjectName("uploadBackgroundNote")
        self.background_note.setWordWrap(True)
        self.background_note.setStyleSheet("color: palette(placeholder-text);")
        self.background_note.hide()

        form = QFormLayout()
        form.addRow(self.tr("From:"), self.from_label)
        form.addRow(self.tr("To:"), self.to_label)
        form.addRow("", self.export_check)
        form.addRow("", self.background_check)
        form.addRow("", self.background_note)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("uploadProgress")
        self.progress.setAccessibleName(self.tr("Upload progress"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("uploadCounts")
        self.file_label = QLabel(self)
        self.file_label.setObjectName("uploadCurrentFile")
        self.file_label.setStyleSheet("color: palette(placeholder-text);")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("uploadStatus")
        self.status_label.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.upload_button = self.buttons.addButton(
            self.tr("&Upload"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.upload_button.setObjectName("uploadStart")
        self.check_button = self.buttons.addButton(
            self.tr("&Check Changes"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.check_button.setObjectName("uploadDryRun")
        self.check_button.setToolTip(self.tr("List what would be sent and removed, without sending anything"))
        self.settings_button = self.buttons.addButton(
            self.tr("&Settings…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.settings_button.setObjectName("uploadSettings")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("uploadClose")
        self.upload_button.clicked.connect(lambda: self.start())
        self.check_button.clicked.connect(lambda: self.start(dry_run=True))
        self.settings_button.clicked.connect(self._open_settings)
        self.close_button.clicked.connect(self._close_or_cancel)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(self.progress)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.file_label)
        layout.addWidget(self.status_label, 1)
        layout.addWidget(self.buttons)

        self._relay = _ProgressRelay(self)
        self._relay.exporting.connect(self._on_exporting)
        self._relay.uploading.connect(self._on_uploading)
        self.refresh()

    # -- state ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show where from and where to (after the settings changed)."""
        settings = self.uploads.settings()
        self.from_label.setText(settings.site_folder or self.tr("(no website folder set)"))
        if settings.configured:
            where = f"{settings.account}/{settings.remote_folder}".rstrip("/")
            self.to_label.setText(where)
            self.status_label.setText(self.tr("Only the files that changed since the last upload are sent."))
            self.status_label.setStyleSheet("")
        else:
            self.to_label.setText(self.tr("(no web host set)"))
            self.status_label.setText(
                self.tr("Set up the web host first: Settings… (Website Settings ▸ Upload).")
            )
        ready = settings.configured and bool(settings.site_folder)
        self.upload_button.setEnabled(ready and not self._running)
        self.check_button.setEnabled(ready and not self._running)

    def _open_settings(self) -> None:
        if self.show_settings is not None:
            self.show_settings()
        self.refresh()

    def _background_toggled(self, on: bool) -> None:
        if on:
            registration = scheduler.enable(self.database_target)
            if registration.done:
                text = self.tr(
                    "On: every 5 minutes the website is exported and uploaded when a scheduled "
                    "article's time has come, even with Redaksi closed."
                )
            elif registration.manual:
                text = self.tr("Almost: to finish, run {0}").format(" && ".join(registration.manual))
            else:
                text = self.tr("This system has no scheduler Redaksi can use.")
        else:
            scheduler.disable()
            text = self.tr("Off: scheduled articles go online when someone uploads.")
        self.background_note.setText(text)
        self.background_note.show()

    # -- the work -------------------------------------------------------------------------------

    def _password(self) -> str | None:
        """The saved password, else asked (None: the user cancelled)."""
        settings = self.uploads.settings()
        saved = self.uploads.saved_password(settings)
        if saved is not None:
            return saved
        label = (
            self.tr("Passphrase of the key file {0}:").format(settings.key_file)
            if settings.uses_key
            else self.tr("Password of {0}:").format(settings.account)
        )
        text, ok = QInputDialog.getText(self, self.tr("Upload Site"), label, QLineEdit.EchoMode.Password)
        return text if ok else None

    def start(self, dry_run: bool = False, password: str | None = None) -> None:
        if password is None:
            password = self._password()
            if password is None:
                return
        self._cancel.clear()
        self._set_running(True)
        self.outcome = None
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Checking what changed…") if dry_run else self.tr("Connecting…"))
        self.counts_label.clear()
        self.file_label.clear()
        self.progress.setRange(0, 0)  # (busy until the first figures)
        relay, cancel = self._relay, self._cancel
        uploads, export = self.uploads, self.export
        export_first = self.export_check.isChecked() and not dry_run

        def work() -> _Outcome:
            exported = None
            if export_first:
                folder = uploads.site_folder()
                relay.exporting.emit(0, 0)
                result = export.export(
                    folder,
                    progress=lambda done, total, _what: relay.exporting.emit(done, total),
                    cancelled=cancel.is_set,
                )
                exported = len(result.written) + len(result.removed)
            upload = uploads.upload(
                dry_run=dry_run,
                password=password,
                progress=lambda f, ft, b, bt, path: relay.uploading.emit(f, ft, b, bt, path),
                cancelled=cancel.is_set,
            )
            return _Outcome(upload, exported)

        run_in_background(work, self._on_done, lambda exc: self._on_failed(exc, dry_run, password))

    def cancel(self) -> None:
        self._cancel.set()
        self.status_label.setText(self.tr("Cancelling…"))

    @Slot(int, int)
    def _on_exporting(self, done: int, total: int) -> None:
        self.status_label.setText(self.tr("Exporting the website…"))
        self.progress.setRange(0, max(total, 1) if total else 0)
        self.progress.setValue(done)

    @Slot(int, int, float, float, str)
    def _on_uploading(
        self, files: int, files_total: int, sent_bytes: float, total_bytes: float, path: str
    ) -> None:
        sent, total = int(sent_bytes), int(total_bytes)
        self.status_label.setText(self.tr("Uploading…"))
        scale = max(total, 1)
        self.progress.setRange(0, 1000)
        self.progress.setValue(int(1000 * min(sent, scale) / scale))
        language = current_language()
        self.counts_label.setText(
            self.tr("{0} of {1} files · {2} of {3}").format(
                number(files, language), number(files_total, language), size_text(sent), size_text(total)
            )
        )
        self.file_label.setText(path)

    def _on_done(self, outcome: _Outcome) -> None:
        self._set_running(False)
        result = self.outcome = outcome.upload
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.file_label.clear()
        language = current_language()
        if result.dry_run:
            text = self.tr("{0} file(s) would be sent ({1}) and {2} removed; {3} unchanged.").format(
                number(len(result.sent), language),
                size_text(result.bytes_sent),
                number(len(result.deleted), language),
                number(result.unchanged, language),
            )
            listed = result.sent[:12] + [f"− {path}" for path in result.deleted[:6]]
            if listed:
                text += "\n" + "\n".join(listed)
                if len(result.sent) + len(result.deleted) > len(listed):
                    text += "\n…"
        elif not result.sent and not result.deleted:
            text = self.tr("The web host is up to date: nothing to send.")
        else:
            text = self.tr("Uploaded: {0} file(s) sent ({1}), {2} unchanged, {3} removed.").format(
                number(len(result.sent), language),
                size_text(result.bytes_sent),
                number(result.unchanged, language),
                number(len(result.deleted), language),
            )
        self.status_label.setText(text)

    def _on_failed(self, exc: Exception, dry_run: bool, password: str | None) -> None:
        self._set_running(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        if isinstance(exc, HostKeyUnknown):
            if confirm_new_host(self, exc):
                self.uploads.trust(exc)
                self.start(dry_run, password)
                return
            self.status_label.setText(self.tr("Nothing was sent: the server was not trusted."))
            return
        if isinstance(exc, UploadCancelled):
            self.status_label.setText(describe_error(exc))
            return
        text = (
            describe_error(exc)
            if isinstance(exc, RedaksiError)
            else self.tr("The upload failed: {0}").format(exc)
        )
        self.status_label.setText(text)
        self.status_label.setStyleSheet(_ERROR_STYLE)

    def _set_running(self, running: bool) -> None:
        self._running = running
        for widget in (self.upload_button, self.check_button, self.settings_button, self.export_check):
            widget.setEnabled(not running)
        self.close_button.setText(self.tr("Cancel") if running else self.tr("Close"))
        if not running:
            self.refresh_buttons()

    def refresh_buttons(self) -> None:
        settings = self.uploads.settings()
        ready = settings.configured and bool(settings.site_folder)
        self.upload_button.setEnabled(ready)
        self.check_button.setEnabled(ready)
