"""Signing in, the first administrator, the lock screen and passwords in the window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.demo import DEMO_PASSWORDS, fill_demo
from desktop_app.services import make_services
from desktop_app.settings import Settings
from desktop_app.ui.workflow.controller import WorkflowController
from desktop_app.ui.workflow.people_dialogs import PeopleManagerDialog
from desktop_app.ui.workflow.sign_in_dialogs import FirstAdminDialog, SignInDialog


@pytest.fixture(autouse=True)
def _english(qapp):
    from desktop_app import i18n

    i18n.install_translators(qapp, "en")
    yield
    i18n.remove_translators(qapp)


def _controller(database, tmp_path) -> WorkflowController:
    return WorkflowController(
        make_services(database, tmp_path / "redaksi.db"), Settings(tmp_path / "config"), "test-db"
    )


def _answer(controller, fill):
    """Dialogs the controller opens are filled by ``fill`` and accepted (not run modally)."""
    shown = []

    def exec_dialog(dialog) -> bool:
        shown.append(dialog)
        fill(dialog)
        dialog.accept()
        return dialog.result() == 1

    controller.exec_dialog = exec_dialog
    return shown


def test_first_start_of_a_new_database_sets_up_the_first_admin(qtbot, sqlite_database, tmp_path):
    controller = _controller(sqlite_database, tmp_path)
    assert controller.auth.needs_first_admin()

    def fill(dialog):
        assert isinstance(dialog, FirstAdminDialog)
        dialog.name_edit.setText("Siti Rahma")
        dialog.password_edit.setText("rahasia-kantor")
        dialog.again_edit.setText("rahasia-kantor")

    shown = _answer(controller, fill)
    assert controller.ensure_person().name == "Siti Rahma"
    assert controller.person.role == "admin"
    assert controller.session is not None
    assert controller.session.is_admin
    assert len(shown) == 1
    assert not controller.auth.needs_first_admin()
    assert controller.auth.sign_in("Siti Rahma", "rahasia-kantor").person_id == controller.person.id


def test_first_admin_dialog_refuses_different_or_short_passwords(qtbot, sqlite_database, tmp_path):
    controller = _controller(sqlite_database, tmp_path)
    dialog = FirstAdminDialog(controller.auth, controller.people)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Siti Rahma")
    dialog.password_edit.setText("rahasia-kantor")
    dialog.again_edit.setText("rahasia-kantur")
    dialog.accept()
    assert dialog.result() == 0
    assert dialog.error_label.text() == "The two passwords are not the same."
    dialog.password_edit.setText("pendek")
    dialog.again_edit.setText("pendek")
    dialog.accept()
    assert dialog.result() == 0
    assert "too short" in dialog.error_label.text()
    assert controller.auth.needs_first_admin(), "nothing was set up"


def test_sign_in_success_failure_and_wait(qtbot, sqlite_database, tmp_path):
    fill_demo(sqlite_database)
    controller = _controller(sqlite_database, tmp_path)
    assert not controller.auth.needs_first_admin()
    dialog = SignInDialog(controller.auth, controller.people)
    qtbot.addWidget(dialog)
    assert "Admin Redaksi" in dialog.note_text()
    assert "redaksi-admin" in dialog.note_text()
    dialog.name_combo.setEditText("Penulis Demo")
    dialog.password_edit.setText("salah-sekali")
    dialog.accept()
    assert dialog.result() == 0
    assert dialog.signed_in is None
    assert dialog.error_label.text() == "The name or the password is not right."
    dialog.name_combo.setEditText("Nobody Here")
    dialog.password_edit.setText(DEMO_PASSWORDS["writer"])
    dialog.accept()
    assert dialog.error_label.text() == "The name or the password is not right.", "which part: not told"

    dialog.name_combo.setEditText("Penulis Demo")
    for _ in range(4):
        dialog.password_edit.setText("salah-lagi")
        dialog.accept()
    dialog.password_edit.setText(DEMO_PASSWORDS["writer"])
    dialog.accept()
    assert dialog.signed_in is None, "after five failures even the right password waits"
    assert "Try again in" in dialog.error_label.text()
    assert "second" in dialog.error_label.text()
    assert str(dialog.seconds_left()) in dialog.error_label.text()
    assert not dialog.ok_button.isEnabled()

    other = SignInDialog(controller.auth, controller.people, name="Redaktur Demo")
    qtbot.addWidget(other)
    other.password_edit.setText(DEMO_PASSWORDS["editor"])
    other.accept()
    assert other.result() == 1
    assert other.signed_in.name == "Redaktur Demo"
    assert other.signed_in.role == "editor"


def test_the_window_starts_with_nobody_signed_in_and_the_remembered_name(qtbot, demo_target, make_window):
    window = make_window(show=False, sign_in=False)
    controller = window.workflow.controller
    assert controller.person is None, "being remembered is no identity"
    assert controller.session is None
    assert not window.workflow.person_button.lock_action.isEnabled()

    def fill(dialog):
        assert isinstance(dialog, SignInDialog)
        dialog.name_combo.setEditText("Redaktur Demo")
        dialog.password_edit.setText(DEMO_PASSWORDS["editor"])

    _answer(controller, fill)
    assert controller.ensure_person().name == "Redaktur Demo"
    assert "Redaktur Demo" in window.workflow.person_button.text()
    assert window.workflow.person_button.lock_action.isEnabled()
    again = make_window(show=False, sign_in=False)
    assert again.workflow.controller.person is None
    assert again.workflow.controller.remembered_name() == "Redaktur Demo"


def test_nobody_signed_in_reads_but_changes_nothing(qtbot, demo_target, make_window):
    window = make_window(sign_in=False)
    controller = window.workflow.controller
    articles = [window.articles.get(h.id) for h in window.articles.list_headlines()]
    draft = next(a for a in articles if a.body)
    assert window.open_article(draft.id)
    body = window.editor.body_edit
    assert body.toPlainText() == draft.body  # readable
    assert body.isReadOnly()
    assert window.editor.title_edit.isReadOnly()
    assert not window.action_new.isEnabled()
    assert not window.action_bold.isEnabled()
    qtbot.keyClicks(body, "tanpa nama")
    assert "tanpa nama" not in body.toPlainText()
    assert not window.autosave.dirty
    controller.set_person(controller.auth.sign_in("Penulis Demo", DEMO_PASSWORDS["writer"]))
    assert not body.isReadOnly()
    assert window.action_new.isEnabled()
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, " dengan nama")
    assert window.flush()
    assert window.articles.get(draft.id).body == draft.body + " dengan nama"
    controller.set_person(None)  # signed out: read-only again
    assert body.isReadOnly()
    assert not window.action_new.isEnabled()


def test_lock_and_unlock_keep_the_unsaved_text(qtbot, demo_target, make_window):
    window = make_window(sign_in=False)
    controller = window.workflow.controller
    controller.set_person(controller.auth.sign_in("Penulis Demo", DEMO_PASSWORDS["writer"]))
    draft = next(h for h in window.articles.list_headlines() if h.status == "draft")
    assert window.open_article(draft.id)
    body = window.editor.body_edit
    body.selectAll()
    body.insertPlainText("Teks yang belum disimpan saat layar dikunci.")
    assert window.autosave.dirty

    window.workflow.person_button.lock_action.trigger()
    screen = controller.lock_screen
    assert screen is not None
    assert screen.isVisible()
    assert controller.locked
    assert not window.centralWidget().isVisible(), "the article is hidden while locked"
    assert window.articles.get(draft.id).body == "Teks yang belum disimpan saat layar dikunci.", (
        "saved before locking"
    )
    screen.password_edit.setText("bukan-sandinya")
    screen.accept()
    assert screen.isVisible()
    assert controller.locked
    assert screen.error_label.text() == "The password is not right."
    screen.reject()  # Escape does not unlock
    assert screen.isVisible()
    assert controller.locked
    screen.password_edit.setText(DEMO_PASSWORDS["writer"])
    screen.accept()
    assert not controller.locked
    assert controller.lock_screen is None
    assert window.centralWidget().isVisible()
    assert body.toPlainText() == "Teks yang belum disimpan saat layar dikunci."
    assert controller.person.name == "Penulis Demo"
    assert window.autosave.article.id == draft.id


def test_a_writer_cannot_open_the_admins_people_actions(qtbot, monkeypatch, demo_target, make_window):
    window = make_window(show=False, sign_in=False)
    controller = window.workflow.controller
    writer = controller.auth.sign_in("Penulis Demo", DEMO_PASSWORDS["writer"])
    controller.set_person(writer)
    assert not window.workflow.person_button.manage_action.isVisible()
    assert window.workflow.person_button.password_action.isEnabled(), "everyone changes their own"
    errors = []
    controller.error_shown.connect(errors.append)
    opened = []
    monkeypatch.setattr(controller, "exec_dialog", lambda dialog: opened.append(dialog) or False)
    controller.manage_people()
    assert opened == []
    assert errors == ["Only an admin manages people."]
    # and were the dialog made for them anyway, the core refuses its changes
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    dialog = PeopleManagerDialog(controller.people, writer, None, controller.auth)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Andi Saputra")
    dialog.password_edit.setText("sandi-andi-1")
    dialog.add_button.click()
    assert warnings
    assert "Andi Saputra" not in [p.name for p in controller.people.list()]


def test_admin_adds_a_person_with_a_password_and_resets_it(qtbot, monkeypatch, demo_target, make_window):
    window = make_window(show=False, sign_in=False)
    controller = window.workflow.controller
    admin = controller.auth.sign_in("Admin Redaksi", DEMO_PASSWORDS["admin"])
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    dialog = PeopleManagerDialog(controller.people, admin, None, controller.auth)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Andi Saputra")
    dialog.add_button.click()
    assert warnings == ["A password is required."]
    assert dialog.row_of("Andi Saputra") == -1, "nobody is added without a password"
    dialog.password_edit.setText("x" * 200)
    dialog.add_button.click()
    assert "too long" in warnings[-1]
    dialog.password_edit.setText("sandi-andi-1")
    dialog.add_button.click()
    assert dialog.row_of("Andi Saputra") >= 0
    assert controller.auth.sign_in("Andi Saputra", "sandi-andi-1").role == "writer"
    dialog.name_edit.setText("Andi Saputra")
    dialog.password_edit.setText("sandi-andi-2")
    dialog.add_button.click()
    assert warnings[-1] == "Someone active is already called “Andi Saputra”. Choose another name."

    shown = []

    def fill(password_dialog):
        shown.append(password_dialog)
        password_dialog.new_edit.setText("sandi-baru-99")
        password_dialog.again_edit.setText("sandi-baru-99")
        password_dialog.accept()
        return password_dialog.result() == 1

    monkeypatch.setattr(dialog, "exec_password_dialog", fill)
    dialog.table.selectRow(dialog.row_of("Andi Saputra"))
    dialog.password_button.click()
    assert shown
    assert shown[0].result() == 1
    assert controller.auth.sign_in("Andi Saputra", "sandi-baru-99").name == "Andi Saputra"


def test_everyone_changes_their_own_password(qtbot, demo_target, make_window):
    window = make_window(show=False, sign_in=False)
    controller = window.workflow.controller
    controller.set_person(controller.auth.sign_in("Penulis Demo", DEMO_PASSWORDS["writer"]))

    def fill(dialog):
        dialog.old_edit.setText(DEMO_PASSWORDS["writer"])
        dialog.new_edit.setText("penulis-baru-1")
        dialog.again_edit.setText("penulis-baru-1")

    _answer(controller, fill)
    messages = []
    controller.message_shown.connect(messages.append)
    controller.change_own_password()
    assert messages == ["Your password was changed."]
    assert controller.auth.sign_in("Penulis Demo", "penulis-baru-1").role == "writer"


def test_the_idle_lock_of_preferences(qtbot, demo_target, make_window):
    from desktop_app.settings import Preferences

    window = make_window(sign_in=False)
    panels = window.workflow
    assert not panels.idle_timer.isActive(), "off by default"
    controller = panels.controller
    controller.set_person(controller.auth.sign_in("Penulis Demo", DEMO_PASSWORDS["writer"]))
    window._apply_preferences(Preferences(lock_after_minutes=5))
    assert panels.idle_timer.isActive()
    assert panels.idle_timer.interval() == 5 * 60_000
    panels.idle_timer.stop()
    qtbot.keyClick(window.editor.body_edit, "a")
    assert panels.idle_timer.isActive(), "input restarts the count"
    panels.idle_timer.timeout.emit()
    assert controller.locked
    controller.lock_screen.password_edit.setText(DEMO_PASSWORDS["writer"])
    controller.lock_screen.accept()
    assert not controller.locked
    window._apply_preferences(Preferences(lock_after_minutes=0))
    assert not panels.idle_timer.isActive()
