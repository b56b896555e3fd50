"""Website Settings ▸ Upload: where the exported website goes (SFTP or FTPS, host, port, user,
password or key file, the folder on the server, the website folder here), with Test
Connection. The settings are the office's (in the database; an admin changes them); the
password is this user's, kept in the system's keyring or, without one, in a private file (the
page says which)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import RedaksiError, ValidationError
from desktop_app.core.upload.errors import HostKeyUnknown
from desktop_app.core.upload.secrets import IN_FILE
from desktop_app.core.upload.service import ConnectionReport, UploadService
from desktop_app.core.upload.settings import DEFAULT_PORTS, UploadSettings
from desktop_app.messages import describe_error
from desktop_app.ui.form_fields import named_line, with_browse
from desktop_app.ui.upload.host_key import confirm_new_host
from desktop_app.workers import run_in_background

_ERROR_STYLE = "color: #b3261e;"
_OK_STYLE = "color: #1b6e3a;"
_NOTE_STYLE = "color: palette(placeholder-text);"


class UploadSettingsPage(QWidget):
    def __init__(self, service: UploadService, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.editable = editable
        self.setObjectName("uploadSettingsPage")
        current = service.settings()
        saved_password = service.saved_password(current) if current.configured else None

        self.protocol_combo = QComboBox(self)
        self.protocol_combo.setObjectName("uploadProtocol")
        self.protocol_combo.setAccessibleName(self.tr("Protocol"))
        self.protocol_combo.addItem(self.tr("SFTP (SSH)"), "sftp")
        self.protocol_combo.addItem(self.tr("FTPS (FTP with TLS)"), "ftps")
        self.protocol_combo.setCurrentIndex(max(0, self.protocol_combo.findData(current.protocol)))
        self.host_edit = named_line(self, "uploadHost", self.tr("Web host"), current.host)
        self.host_edit.setPlaceholderText("kominfo.example.go.id")
        self.port_spin = QSpinBox(self)
        self.port_spin.setObjectName("uploadPort")
        self.port_spin.setAccessibleName(self.tr("Port"))
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(current.port)
        self.user_edit = named_line(self, "uploadUser", self.tr("User name"), current.user)
        self.auth_combo = QComboBox(self)
        self.auth_combo.setObjectName("uploadAuth")
        self.auth_combo.setAccessibleName(self.tr("Sign in with"))
        self.auth_combo.addItem(self.tr("Password"), "password")
        self.auth_combo.addItem(self.tr("Key file"), "key")
        self.auth_combo.setCurrentIndex(max(0, self.auth_combo.findData(current.auth)))
        self.password_edit = named_line(self, "uploadPassword", self.tr("Password"), "")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        if saved_password:
            self.password_edit.setPlaceholderText(self.tr("(saved; type to change)"))
        self.remember_check = QCheckBox(self.tr("Remember the password on this computer"), self)
        self.remember_check.setObjectName("uploadRemember")
        self.remember_check.setChecked(True)
        self.password_note = QLabel(self)
        self.password_note.setObjectName("uploadPasswordNote")
        self.password_note.setWordWrap(True)
        self.password_note.setStyleSheet(_NOTE_STYLE)
        if service.passwords.where == IN_FILE:
            self.password_note.setText(
                self.tr(
                    "This computer has no keyring: the password is kept in a file only your "
                    "account can read ({0}). A key file is safer."
                ).format(service.passwords.path)
            )
        else:
            self.password_note.setText(self.tr("The password is kept in the system's keyring."))
        self.key_edit = named_line(self, "uploadKeyFile", self.tr("Key file"), current.key_file)
        self.key_edit.setPlaceholderText("~/.ssh/id_ed25519")
        self.remote_edit = named_line(
            self, "uploadRemoteFolder", self.tr("Folder on the server"), current.remote_folder
        )
        self.remote_edit.setPlaceholderText("public_html")
        self.site_edit = named_line(
            self, "uploadSiteFolder", self.tr("Website folder on this computer"), current.site_folder
        )

        self.test_button = QPushButton(self.tr("&Test Connection"), self)
        self.test_button.setObjectName("uploadTest")
        self.test_button.clicked.connect(self.test_connection)
        self.test_label = QLabel(self)
        self.test_label.setObjectName("uploadTestResult")
        self.test_label.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_label, 1)

        password_box = QWidget(self)
        password_column = QVBoxLayout(password_box)
        password_column.setContentsMargins(0, 0, 0, 0)
        password_column.setSpacing(2)
        password_column.addWidget(self.password_edit)
        password_column.addWidget(self.remember_check)
        password_column.addWidget(self.password_note)
        password_box.setFocusProxy(self.password_edit)
        host_row = QHBoxLayout()
        host_row.addWidget(self.host_edit, 1)
        host_row.addWidget(QLabel(self.tr("Port:"), self))
        host_row.addWidget(self.port_spin)

        intro = QLabel(
            self.tr(
                "File ▸ Upload Site… sends the exported website to the office's web host: only "
                "the files that changed, each one complete before it replaces the old one."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.form = QFormLayout(self)
        self.form.addRow(intro)
        self.form.addRow(self.tr("P&rotocol:"), self.protocol_combo)
        host_label = QLabel(self.tr("&Host:"), self)
        host_label.setBuddy(self.host_edit)
        self.form.addRow(host_label, host_row)
        self.form.addRow(self.tr("&User:"), self.user_edit)
        self.form.addRow(self.tr("Sign &in with:"), self.auth_combo)
        self.password_label = QLabel(self.tr("Pass&word:"), self)
        self.password_label.setBuddy(self.password_edit)
        self.form.addRow(self.password_label, password_box)
        self.key_row = with_browse(self, self.key_edit, self._browse_key)
        self.form.addRow(self.tr("&Key file:"), self.key_row)
        self.form.addRow(self.tr("&Folder on the server:"), self.remote_edit)
        self.form.addRow(self.tr("&Website folder:"), with_browse(self, self.site_edit, self._browse_site))
        self.form.addRow("", test_row)

        self.protocol_combo.currentIndexChanged.connect(self._protocol_changed)
        self.auth_combo.currentIndexChanged.connect(self._update_fields)
        self._update_fields()
        if not editable:
            for edit in (self.host_edit, self.user_edit, self.key_edit, self.remote_edit, self.site_edit):
                edit.setReadOnly(True)
            for widget in (self.protocol_combo, self.port_spin, self.auth_combo, self.remember_check):
                widget.setEnabled(False)
            for button in self.findChildren(QPushButton):
                if button is not self.test_button:
                    button.setEnabled(False)

    # -- building -----------------------------------------------------------------------------

    def _browse_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Key File"), self.key_edit.text())
        if path:
            self.key_edit.setText(path)

    def _browse_site(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Website Folder"), self.site_edit.text())
        if folder:
            self.site_edit.setText(folder)

    def _protocol_changed(self) -> None:
        protocol = self.protocol_combo.currentData()
        if self.port_spin.value() in DEFAULT_PORTS.values():
            self.port_spin.setValue(DEFAULT_PORTS[protocol])
        self._update_fields()

    def _update_fields(self) -> None:
        sftp = self.protocol_combo.currentData() == "sftp"
        self.auth_combo.setEnabled(sftp and self.editable)
        if not sftp:
            self.auth_combo.setCurrentIndex(self.auth_combo.findData("password"))
        uses_key = sftp and self.auth_combo.currentData() == "key"
        self.key_row.setEnabled(uses_key and self.editable)
        self.password_label.setText(self.tr("Pass&phrase:") if uses_key else self.tr("Pass&word:"))
        self.password_edit.setAccessibleName(self.tr("Passphrase") if uses_key else self.tr("Password"))

    # -- values ---------------------------------------------------------------------------------

    def settings(self) -> UploadSettings:
        return UploadSettings(
            protocol=self.protocol_combo.currentData(),
            host=self.host_edit.text(),
            port=self.port_spin.value(),
            user=self.user_edit.text(),
            auth=self.auth_combo.currentData(),
            key_file=self.key_edit.text(),
            remote_folder=self.remote_edit.text(),
            site_folder=self.site_edit.text(),
        )

    def password(self) -> str | None:
        """The password typed, else the saved one."""
        return self.password_edit.text() or self.service.saved_password(self.settings())

    def save(self, session) -> None:
        """Store the settings (an admin; raises ``ValidationError`` / ``PermissionDenied``) and,
        when one was typed and Remember is ticked, the password."""
        if not self.editable:
            return
        stored = self.service.save_settings(self.settings(), session)
        typed = self.password_edit.text()
        if typed and self.remember_check.isChecked():
            self.service.remember_password(stored, typed)

    def problem(self) -> str:
        """Why the settings cannot be saved (translated), or ``""``."""
        from desktop_app.core.upload.settings import validate

        if not self.editable:
            return ""
        try:
            validate(self.settings())
        except ValidationError as exc:
            return self.describe(exc)
        return ""

    def describe(self, exc: ValidationError) -> str:
        texts = {
            "invalid_host": self.tr("The host is a name such as kominfo.example.go.id or an IP address."),
            "invalid_port": self.tr("The port is a number from 1 to 65535."),
            "invalid_path": self.tr("Choose the key file and the website folder with Browse… (a full path)."),
            "invalid_protocol": self.tr("Choose SFTP or FTPS."),
        }
        return texts.get(exc.code) or describe_error(exc)

    # -- Test Connection ------------------------------------------------------------------------

    def test_connection(self, accept_fingerprint: str = "") -> None:
        try:
            from desktop_app.core.upload.settings import validate

            settings = validate(self.settings())
        except ValidationError as exc:
            self._show(self.describe(exc), _ERROR_STYLE)
            return
        if not settings.configured:
            self._show(self.tr("Enter the host and the user name first."), _ERROR_STYLE)
            return
        password = self.password()
        service = self.service
        self.test_button.setEnabled(False)
        self._show(self.tr("Connecting to {0}…").format(settings.host), _NOTE_STYLE)

        def work() -> ConnectionReport:
            return service.test_connection(settings, password, accept_fingerprint)

        def failed(exc: Exception) -> None:
            self.test_button.setEnabled(True)
            if isinstance(exc, HostKeyUnknown):
                if confirm_new_host(self, exc):
                    service.trust(exc)
                    self.test_connection()
                    return
                self._show(self.tr("Not connected: the server was not trusted."), _ERROR_STYLE)
                return
            self._show(describe_error(exc) if isinstance(exc, RedaksiError) else str(exc), _ERROR_STYLE)

        run_in_background(work, self._tested, failed)

    def _tested(self, report: ConnectionReport) -> None:
        self.test_button.setEnabled(True)
        if report.files_on_server is None:
            text = self.tr("Connected. Nothing has been uploaded there yet.")
        else:
            text = self.tr(
                "Connected. The server holds %n file(s) from earlier uploads.", "", report.files_on_server
            )
        self._show(text, _OK_STYLE)

    def _show(self, text: str, style: str) -> None:
        self.test_label.setText(text)
        self.test_label.setStyleSheet(style)
