"""Site Settings ▸ WordPress: the site's address, the user and the application password, with
"Test connection" (what it found: the site's name, the user's role, whether it may publish)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.wordpress.client import WordPressClient
from desktop_app.core.wordpress.config import (
    PasswordStore,
    WordPressSettings,
    check_connection,
    load_wordpress_settings,
    save_wordpress_settings,
)
from desktop_app.core.wordpress.errors import WordPressError
from desktop_app.wordpress_messages import wordpress_error_text
from desktop_app.workers import run_in_background

if TYPE_CHECKING:
    from peewee import Database

    from desktop_app.core.auth import SignedIn
    from desktop_app.core.wordpress.config import ConnectionReport

ROLE_NAMES = ("administrator", "editor", "author", "contributor", "subscriber")


class WordPressSettingsPage(QWidget):
    def __init__(
        self,
        database: Database,
        session: SignedIn | None,
        parent: QWidget | None = None,
        store: PasswordStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("wordpressSettings")
        self.database = database
        self.session = session
        self.store = store or PasswordStore()
        current = load_wordpress_settings(database)
        self.url_edit = self._line("wordpressUrl", self.tr("WordPress site address"), current.url)
        self.url_edit.setPlaceholderText("https://diskominfo.example.go.id")
        self.user_edit = self._line("wordpressUser", self.tr("WordPress user name"), current.user)
        password = self.store.get(current.url, current.user) if current.configured else ""
        self.password_edit = self._line("wordpressPassword", self.tr("Application password"), password)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText("abcd efgh ijkl mnop qrst uvwx")
        self.test_button = QPushButton(self.tr("&Test Connection"), self)
        self.test_button.setObjectName("wordpressTest")
        self.test_button.clicked.connect(self.test_connection)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("wordpressResult")
        self.result_label.setWordWrap(True)
        self.storage_label = QLabel(self)
        self.storage_label.setObjectName("wordpressPasswordStorage")
        self.storage_label.setWordWrap(True)
        if self.store.in_keyring:
            self.storage_label.setText(self.tr("The password is kept in this computer's keyring."))
        else:
            self.storage_label.setText(
                self.tr(
                    "Warning: this computer has no keyring, so the password is kept in a file in "
                    "Redaksi's settings folder that only your account can read: {0}"
                ).format(self.store.file)
            )
            self.storage_label.setStyleSheet("color: #8a5300;")
        form = QFormLayout()
        form.addRow(self.tr("Site &address:"), self.url_edit)
        form.addRow(self.tr("&User name:"), self.user_edit)
        form.addRow(self.tr("Application &password:"), self.password_edit)
        help_label = QLabel(
            self.tr(
                "Make an application password in WordPress under Users ▸ Profile ▸ Application "
                "Passwords. Approved articles are sent when they are published; leave the address "
                "empty to send nothing."
            ),
            self,
        )
        help_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(help_label)
        layout.addWidget(self.storage_label)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        if not _is_admin(session):
            for edit in (self.url_edit, self.user_edit, self.password_edit):
                edit.setReadOnly(True)

    def _line(self, name: str, accessible: str, text: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    def _client(self) -> WordPressClient:
        return WordPressClient(
            self.url_edit.text(), self.user_edit.text().strip(), self.password_edit.text().strip()
        )

    def test_connection(self) -> None:
        try:
            client = self._client()
        except WordPressError as exc:
            self.show_problem(exc)
            return
        self.test_button.setEnabled(False)
        self.result_label.setStyleSheet("")
        self.result_label.setText(self.tr("Connecting to {0}…").format(client.site_url))
        run_in_background(lambda: check_connection(client), self.show_report, self._failed)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, WordPressError):
            self.show_problem(exc)
        else:
            self.show_problem(WordPressError("bad_answer", str(exc)))

    def show_problem(self, exc: WordPressError) -> None:
        self.test_button.setEnabled(True)
        self.result_label.setStyleSheet("color: #b3261e;")
        self.result_label.setText(wordpress_error_text(exc))

    def show_report(self, report: Any) -> None:
        found: ConnectionReport = report
        self.test_button.setEnabled(True)
        roles = ", ".join(self.role_name(r) for r in found.roles) or self.tr("no role")
        lines = [
            self.tr("Connected to “{0}” ({1}).").format(found.site_name, found.site_url),
            self.tr("User: {0}, role: {1}.").format(found.user_name, roles),
        ]
        if found.may_publish:
            lines.append(self.tr("This user may publish posts."))
        else:
            lines.append(
                self.tr("This user may not publish posts: give them the Author or Editor role in WordPress.")
            )
        if not found.may_upload:
            lines.append(self.tr("This user may not upload images to the media library."))
        self.result_label.setStyleSheet("color: #1b6e2d;" if found.may_publish else "color: #8a5300;")
        self.result_label.setText("\n".join(lines))

    def role_name(self, role: str) -> str:
        names = {
            "administrator": self.tr("Administrator"),
            "editor": self.tr("Editor"),
            "author": self.tr("Author"),
            "contributor": self.tr("Contributor"),
            "subscriber": self.tr("Subscriber"),
        }
        return names.get(role, role)

    def save(self) -> None:
        """Store what the page shows (an admin only); raises the core's errors."""
        if not _is_admin(self.session) or self.session is None:
            return
        stored = save_wordpress_settings(
            self.database,
            WordPressSettings(self.url_edit.text(), self.user_edit.text()),
            actor=self.session,
        )
        if stored.configured:
            self.store.set(stored.url, stored.user, self.password_edit.text())


def _is_admin(session: SignedIn | None) -> bool:
    from desktop_app.core.auth import current_person

    if session is None:
        return False
    try:
        return current_person(session).role == "admin"
    except Exception:  # noqa: BLE001 - a session that ended is no admin
        return False
