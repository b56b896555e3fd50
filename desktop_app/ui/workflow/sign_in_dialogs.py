"""Signing in: the first administrator of a new database, the sign-in dialog, the lock screen
and changing or setting a password. Each gives back a :class:`SignedIn` made by the core's
:class:`AuthService` (never a person picked without their password)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.auth import AuthService, SignedIn
from desktop_app.core.demo import DEMO_PASSWORDS, load_demo_data
from desktop_app.core.errors import RedaksiError, SignInFailed, SignInWait
from desktop_app.core.people import PeopleService
from desktop_app.labels import role_label
from desktop_app.messages import describe_error, sign_in_message

ERROR_STYLE = "color: #b3261e;"


def demo_accounts(people: PeopleService) -> list[tuple[str, str, str]]:
    """(name, role, password) of the demo's people when this database holds them all (the demo
    database): shown on its sign-in screen. Empty otherwise."""
    try:
        demo = load_demo_data()["people"]
    except (OSError, ValueError, KeyError):
        return []
    names = {p.name for p in people.list()}
    accounts = [(p["name"], p["role"], DEMO_PASSWORDS.get(p["key"], "")) for p in demo]
    if not accounts or any(name not in names or not password for name, _r, password in accounts):
        return []
    return accounts


def _password_edit(parent: QWidget, object_name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(object_name)
    edit.setAccessibleName(accessible)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(1024)
    return edit


class _PasswordDialog(QDialog):
    """Common parts: a title line, a form, an error line (with the wait's countdown) and OK."""

    def __init__(self, parent: QWidget | None, title: str, intro: str, ok_text: str) -> None:
        super().__init__(parent)
        self.signed_in: SignedIn | None = None
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.title_label = QLabel(title, self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title_label.setFont(font)
        self.intro_label = QLabel(intro, self)
        self.intro_label.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("signInError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        # the demo's accounts, boxed: a label a line (one label of several rich-text lines was
        # given a line too little height, cutting the last account off)
        self.note_box = QFrame(self)
        self.note_box.setObjectName("demoAccountsBox")
        self.note_box.setStyleSheet(
            "#demoAccountsBox { background: palette(alternate-base); border: 1px solid palette(mid); }"
        )
        self.note_layout = QVBoxLayout(self.note_box)
        self.note_layout.setContentsMargins(8, 8, 8, 8)
        self.note_layout.setSpacing(2)
        self.note_box.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.card = QFrame(self)
        self.card.setObjectName("signInCard")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # grows with what it shows (an error, the wait, the demo's accounts): never cut off
        outer.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        outer.addWidget(self.card)
        self.card.setMinimumWidth(460)
        layout = QVBoxLayout(self.card)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.note_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._wait_until = 0.0
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self._tick)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self._grow()

    def _grow(self) -> None:
        """Taller when what it shows needs it (an error line, the demo's accounts): never cut."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        needed = self.sizeHint().height()
        if self.height() < needed:
            self.resize(self.width(), needed)

    def accept_new_password(self, new: QLineEdit, again: QLineEdit, change: Callable[[], object]) -> None:
        """A new password typed twice: the same twice, then ``change`` (a refusal is shown and
        the dialog stays), then closed."""
        if new.text() != again.text():
            self.show_error(self.tr("The two passwords are not the same."))
            again.clear()
            again.setFocus()
            return
        try:
            change()
        except RedaksiError as exc:
            self.show_refusal(exc)
            return
        QDialog.accept(self)

    def show_note(self, lines: list[str]) -> None:
        """The demo's accounts (rich text, a line each) in the box under the form."""
        for line in lines:
            label = QLabel(line, self.note_box)
            label.setObjectName("demoAccountsNote")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.note_layout.addWidget(label)
        self.note_box.show()
        self._grow()

    def note_text(self) -> str:
        """What the box says (its lines, one per line)."""
        return "\n".join(label.text() for label in self.note_box.findChildren(QLabel))

    def show_refusal(self, exc: RedaksiError) -> None:
        """A refused attempt: the wait counts its seconds down (the button waits too)."""
        if isinstance(exc, SignInWait):
            self._wait_until = time.monotonic() + exc.seconds
            self.ok_button.setEnabled(False)
            self._wait_timer.start()
            self._tick()
            return
        if isinstance(exc, SignInFailed):
            self.show_error(sign_in_message(exc))
        else:
            self.show_error(describe_error(exc))

    def seconds_left(self) -> int:
        return max(0, int(self._wait_until - time.monotonic() + 0.999))

    def _tick(self) -> None:
        left = self.seconds_left()
        if left <= 0:
            self._wait_timer.stop()
            self.ok_button.setEnabled(True)
            self.error_label.hide()
            return
        self.show_error(sign_in_message(SignInWait(left)))


class SignInDialog(_PasswordDialog):
    """Name (one of the active people, or typed) and password."""

    def __init__(
        self,
        auth: AuthService,
        people: PeopleService,
        parent: QWidget | None = None,
        name: str = "",
    ) -> None:
        super().__init__(
            parent,
            self.tr("Sign in to Redaksi"),
            self.tr(
                "Redaksi records who writes, comments, approves and publishes: "
                "sign in with your name and password."
            ),
            self.tr("Sign in"),
        )
        self.setObjectName("signInDialog")
        self.auth = auth
        self.name_combo = QComboBox(self)
        self.name_combo.setObjectName("signInName")
        self.name_combo.setEditable(True)
        self.name_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name_combo.setAccessibleName(self.tr("Name"))
        for person in people.list():
            self.name_combo.addItem(person.name)
        self.name_combo.setEditText(name)
        self.password_edit = _password_edit(self, "signInPassword", self.tr("Password"))
        self.form.addRow(self.tr("&Name:"), self.name_combo)
        self.form.addRow(self.tr("&Password:"), self.password_edit)
        accounts = demo_accounts(people)
        if accounts:
            lines = [self.tr("Demo database — its accounts:")]
            lines += [
                f"• {name} ({role_label(role)}) / <b>{password}</b>" for name, role, password in accounts
            ]
            self.show_note(lines)
        (self.password_edit if name else self.name_combo).setFocus()
        self.resize(480, self.sizeHint().height())

    def accept(self) -> None:
        try:
            self.signed_in = self.auth.sign_in(self.name_combo.currentText(), self.password_edit.text())
        except RedaksiError as exc:
            self.password_edit.clear()
            self.password_edit.setFocus()
            self.show_refusal(exc)
            return
        super().accept()


class FirstAdminDialog(_PasswordDialog):
    """A new database (or one from before sign-in): its first administrator."""

    def __init__(self, auth: AuthService, people: PeopleService, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            self.tr("Set up the first administrator"),
            self.tr(
                "Nobody can sign in to this database yet. Choose the administrator's name and "
                "password: the administrator then adds the other people and gives them passwords."
            ),
            self.tr("Set up and sign in"),
        )
        self.setObjectName("firstAdminDialog")
        self.auth = auth
        candidates = auth.first_admin_candidates()
        #: A database from before sign-in: one of its admins; a new one: any name.
        self.name_combo: QComboBox | None = None
        self.name_edit: QLineEdit | None = None
        name_field: QWidget
        if candidates:
            self.name_combo = QComboBox(self)
            for person in candidates:
                self.name_combo.addItem(person.name)
            name_field = self.name_combo
        else:
            self.name_edit = QLineEdit(self)
            self.name_edit.setPlaceholderText(self.tr("Full name"))
            name_field = self.name_edit
        name_field.setObjectName("firstAdminName")
        name_field.setAccessibleName(self.tr("Administrator's name"))
        self.password_edit = _password_edit(self, "firstAdminPassword", self.tr("Password"))
        self.again_edit = _password_edit(self, "firstAdminPasswordAgain", self.tr("Password again"))
        self.form.addRow(self.tr("&Name:"), name_field)
        self.form.addRow(self.tr("&Password:"), self.password_edit)
        self.form.addRow(self.tr("Password &again:"), self.again_edit)
        accounts = demo_accounts(people)
        if accounts:
            self.show_note(
                [self.tr("Demo database: the other demo accounts sign in with these passwords:")]
                + [f"• {n} ({role_label(r)}) / <b>{p}</b>" for n, r, p in accounts]
            )
        self.resize(500, self.sizeHint().height())

    def name(self) -> str:
        if self.name_combo is not None:
            return self.name_combo.currentText()
        return self.name_edit.text() if self.name_edit is not None else ""

    def accept(self) -> None:
        def set_up() -> None:
            self.signed_in = self.auth.set_up_first_admin(self.name(), self.password_edit.text())

        self.accept_new_password(self.password_edit, self.again_edit, set_up)


class LockScreen(_PasswordDialog):
    """Covers the window while its person is away; their password opens it again. Switching
    person from here signs them out (the window saved their text before locking)."""

    def __init__(self, auth: AuthService, signed_in: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            self.tr("Redaksi is locked"),
            self.tr("{0} locked this window. The open article and its text are kept.").format(signed_in.name),
            self.tr("Unlock"),
        )
        self.setObjectName("lockScreen")
        self.auth = auth
        self.person = signed_in
        self.signed_in = None  # the person signed in anew by their password, once unlocked
        self.switch_requested = False
        self.password_edit = _password_edit(self, "unlockPassword", self.tr("Password"))
        self.form.addRow(self.tr("Password of {0}:").format(signed_in.name), self.password_edit)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Switch person…"))
        cancel.setObjectName("lockSwitchPerson")
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.setAutoFillBackground(True)
        self.password_edit.setFocus()
        # a card in the middle of a plain cover as large as the window
        self.card.setFixedWidth(480)
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setStyleSheet(
            "#signInCard { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }"
        )
        outer = self.layout()
        if outer is not None:
            outer.setAlignment(self.card, Qt.AlignmentFlag.AlignCenter)
        if parent is not None:
            self.setGeometry(parent.geometry())

    def accept(self) -> None:
        try:
            self.signed_in = self.auth.unlock(self.person, self.password_edit.text())
        except RedaksiError as exc:
            self.password_edit.clear()
            self.show_refusal(exc)
            return
        super().accept()

    def reject(self) -> None:
        """Escape does not unlock: only "Switch person…" (which signs out) leaves otherwise."""
        if self.sender() is self.buttons:
            self.switch_requested = True
            super().reject()


class ChangePasswordDialog(_PasswordDialog):
    """Everyone: their own password (the old one, the new one twice)."""

    def __init__(self, auth: AuthService, signed_in: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            self.tr("Change my password"),
            self.tr("At least 8 characters. The new password is needed at the next sign-in."),
            self.tr("Change password"),
        )
        self.setObjectName("changePasswordDialog")
        self.auth = auth
        self.signed_in = signed_in
        self.old_edit = _password_edit(self, "oldPassword", self.tr("Current password"))
        self.new_edit = _password_edit(self, "newPassword", self.tr("New password"))
        self.again_edit = _password_edit(self, "newPasswordAgain", self.tr("New password again"))
        self.form.addRow(self.tr("&Current password:"), self.old_edit)
        self.form.addRow(self.tr("&New password:"), self.new_edit)
        self.form.addRow(self.tr("New password &again:"), self.again_edit)
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        signed_in = self.signed_in
        assert signed_in is not None

        def change() -> None:
            self.signed_in = self.auth.change_own_password(
                signed_in, self.old_edit.text(), self.new_edit.text()
            )

        self.accept_new_password(self.new_edit, self.again_edit, change)


class SetPasswordDialog(_PasswordDialog):
    """An admin gives someone a (new) password, twice."""

    def __init__(
        self, auth: AuthService, actor: SignedIn, person_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            parent,
            self.tr("Password of {0}").format(name),
            self.tr("Tell {0} this password in person; they can change it afterwards.").format(name),
            self.tr("Set password"),
        )
        self.setObjectName("setPasswordDialog")
        self.auth = auth
        self.actor = actor
        self.person_id = person_id
        self.new_edit = _password_edit(self, "setPassword", self.tr("New password"))
        self.again_edit = _password_edit(self, "setPasswordAgain", self.tr("New password again"))
        self.form.addRow(self.tr("&New password:"), self.new_edit)
        self.form.addRow(self.tr("New password &again:"), self.again_edit)
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        self.accept_new_password(
            self.new_edit,
            self.again_edit,
            lambda: self.auth.set_password(self.actor, self.person_id, self.new_edit.text()),
        )
