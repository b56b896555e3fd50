"""The officials directory in the window: Edit ▸ Officials Directory… (editors add, change and
delete; a refused save keeps what was typed; writers only read) and Edit ▸ Insert Official…
(who held the title on the article's day, inserted as one undo step); the checklist's message
in Indonesian."""

from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit

from desktop_app.core.officials import OfficialDraft, TitleDraft
from desktop_app.ui.officials.controller import INSERT_SHORTCUT
from desktop_app.ui.officials.directory_dialog import FROM, TITLE, UNTIL, OfficialsDirectoryDialog, to_qdate
from desktop_app.ui.officials.insert_dialog import InsertOfficialDialog
from tests.people_helpers import add_person, admin_of, signed_in

D = _dt.date
KADIS = "Kepala Dinas Komunikasi dan Informatika"


@pytest.fixture
def services(database, db_target):
    from desktop_app.services import make_services

    return make_services(database, db_target)


def editor_of(database, role="editor"):
    admin = admin_of(database)
    return signed_in(database, add_person(database, f"Orang {role}", role, admin=admin), admin=admin)


def type_title_row(dialog, row, title, start, end=None):
    dialog.table.item(row, TITLE).setText(title)
    dialog.table.cellWidget(row, FROM).setDate(to_qdate(start))
    if end is not None:
        dialog.table.cellWidget(row, UNTIL).set_value(end)


def test_an_editor_adds_an_official_and_an_overlap_keeps_what_was_typed(qtbot, database, services):
    dialog = OfficialsDirectoryDialog(services, None, editor_of(database))
    qtbot.addWidget(dialog)
    dialog.new_official()
    dialog.name_edit.setText("Teta Midra")
    type_title_row(dialog, 0, "Plt. " + KADIS, D(2026, 11, 5), D(2026, 12, 1))
    dialog.table.item(0, 5).setText("Kepala Dinas Kominfo; Kadis Kominfo")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "“Teta Midra” saved."
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == ["Teta Midra"]
    [teta] = services.officials.officials()
    assert (teta.titles[0].acting, teta.titles[0].aliases) == (
        True,
        ("Kepala Dinas Kominfo", "Kadis Kominfo"),
    )

    dialog.new_official()
    dialog.name_edit.setText("Kepala Dinas Demo")
    type_title_row(dialog, 0, "Kadis Kominfo", D(2026, 11, 30))  # still holds it: overlaps
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Teta Midra" in dialog.message.text()
    assert "may not overlap" in dialog.message.text()
    assert dialog.name_edit.text() == "Kepala Dinas Demo"  # what was typed is kept
    assert dialog.table.item(0, TITLE).text() == "Kadis Kominfo"
    assert dialog.table.currentRow() == 0
    assert [o.name for o in services.officials.officials()] == ["Teta Midra"]
    dialog.table.cellWidget(0, FROM).setDate(to_qdate(D(2026, 12, 2)))
    assert dialog.save()
    assert [o.name for o in services.officials.officials()] == ["Kepala Dinas Demo", "Teta Midra"]


def test_an_empty_name_is_refused_in_the_dialog(qtbot, database, services):
    dialog = OfficialsDirectoryDialog(services, None, editor_of(database))
    qtbot.addWidget(dialog)
    dialog.new_official()
    type_title_row(dialog, 0, KADIS, D(2026, 1, 1))
    assert not dialog.save()
    assert dialog.message.text() == "A name is required."
    assert dialog.table.item(0, TITLE).text() == KADIS
    assert services.officials.officials() == []


def test_deleting_asks_first(qtbot, database, services, monkeypatch):
    editor = editor_of(database)
    services.officials.save(editor, OfficialDraft("Teta Midra", [TitleDraft(KADIS, D(2026, 11, 5))]))
    dialog = OfficialsDirectoryDialog(services, None, editor)
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == "Teta Midra"
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    dialog.delete_official()
    assert len(services.officials.officials()) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    dialog.delete_official()
    assert services.officials.officials() == []
    assert dialog.list.count() == 0


@pytest.mark.parametrize("role", ["writer", None])
def test_writers_only_read(qtbot, database, services, role):
    editor = editor_of(database)
    services.officials.save(editor, OfficialDraft("Teta Midra", [TitleDraft(KADIS, D(2026, 11, 5))]))
    actor = editor_of(database, "writer") if role else None
    dialog = OfficialsDirectoryDialog(services, None, actor)
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == "Teta Midra"
    assert dialog.name_edit.isReadOnly()
    assert dialog.table.cellWidget(0, FROM).isReadOnly()
    for button in (dialog.save_button, dialog.new_button, dialog.delete_button, dialog.add_title_button):
        assert not button.isEnabled()


def test_the_insert_popup_lists_the_holders_of_the_day(qtbot, database, services):
    editor = editor_of(database)
    services.officials.save(
        editor,
        OfficialDraft(
            "Teta Midra",
            [TitleDraft("Plt. " + KADIS, D(2026, 11, 5), D(2026, 12, 1), aliases="Kepala Dinas Kominfo")],
        ),
    )
    services.officials.save(editor, OfficialDraft("Kepala Dinas Demo", [TitleDraft(KADIS, D(2026, 12, 2))]))
    services.officials.save(editor, OfficialDraft("Epyardi Asda", [TitleDraft("Bupati", D(2021, 2, 26))]))
    dialog = InsertOfficialDialog(services, None, D(2026, 11, 10))
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2  # the Bupati and the acting head
    dialog.search_edit.setText("Kepala Dinas Kominfo")
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [f"Plt. {KADIS} — Teta Midra"]
    assert dialog.chosen().insert_text == f"Plt. {KADIS}, Teta Midra"
    dialog.date_edit.setDate(to_qdate(D(2026, 12, 5)))
    dialog.search_edit.setText("kepala dinas")
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        f"{KADIS} — Kepala Dinas Demo"
    ]
    dialog.search_edit.setText("nobody")
    assert dialog.list.count() == 0
    assert not dialog.insert_button.isEnabled()
    assert "nobody" in dialog.empty.text()


def test_insert_official_in_the_window_on_the_articles_day(make_window, demo_target):
    window = make_window()
    assert INSERT_SHORTCUT in {a.shortcut().toString() for a in window.actions()}
    assert window.officials.action_insert in window.edit_menu.actions()
    assert window.officials.action_directory in window.edit_menu.actions()
    model = window.sidebar.model
    row = next(r for r in range(model.rowCount()) if "Emban Tugas" in model.headline(r).title)
    window.open_article(model.headline(row).id)  # published the day the acting head began
    body = window.findChild(QPlainTextEdit, "bodyEdit")
    body.setFocus()
    before = body.toPlainText()
    chosen = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, InsertOfficialDialog)
        article_day = window.current_article().published_at
        assert dialog.day == (article_day + _dt.timedelta(hours=7)).date()
        dialog.search_edit.setText("Kepala Dinas Kominfo")
        chosen.append(dialog.list.item(0).text())
        dialog.accept()

    QTimer.singleShot(0, answer)
    window.officials.action_insert.trigger()
    assert chosen == [f"Plt. {KADIS} — Teta Midra"]
    assert f"Plt. {KADIS}, Teta Midra" in body.toPlainText()
    body.undo()  # one undo step
    assert body.toPlainText() == before


def test_the_directory_dialog_from_the_menu(make_window, demo_target):
    window = make_window()
    seen = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, OfficialsDirectoryDialog)
        seen.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        seen.append(dialog.can_edit)
        assert dialog.table.cellWidget(0, UNTIL).value() is None  # the new head still holds it
        dialog.reject()

    QTimer.singleShot(0, look)
    window.officials.action_directory.trigger()
    assert seen == [["Kepala Dinas Demo", "Teta Midra"], True]  # the demo's handover; an admin edits


def test_the_checklist_message_in_indonesian(qapp):
    from desktop_app import i18n
    from desktop_app.core.official_mentions import TitleMismatch
    from desktop_app.officials_messages import mismatch_text

    found = TitleMismatch(
        D(2026, 11, 10), "Kepala Dinas Kominfo", "Budi Santoso", "not_holder", "Teta Midra", True
    )
    i18n.install_translators(qapp, "id")
    try:
        assert (
            mismatch_text(found)
            == "Pada 10 November 2026, Plt. Kepala Dinas Kominfo adalah Teta Midra, bukan Budi Santoso"
        )
    finally:
        i18n.reset_language(qapp)
    assert (
        mismatch_text(found, "en")
        == "On 10 November 2026, Plt. Kepala Dinas Kominfo was Teta Midra, not Budi Santoso"
    )


def test_the_website_settings_dialog_exports_and_imports(qtbot, database, services, tmp_path, monkeypatch):
    from desktop_app.core.site_settings import load_site_settings
    from desktop_app.ui.site_settings_dialog import SiteSettingsDialog

    monkeypatch.setattr(QMessageBox, "information", lambda *args: QMessageBox.StandardButton.Ok)
    admin = admin_of(database)
    services.officials.save(admin, OfficialDraft("Teta Midra", [TitleDraft(KADIS, D(2026, 11, 5))]))
    dialog = SiteSettingsDialog(services.site_export, None, admin)
    qtbot.addWidget(dialog)
    buttons = dialog.settings_file
    assert buttons.export_button.isEnabled()
    assert buttons.import_button.isEnabled()
    path = tmp_path / "settings.json"
    assert buttons.export_to(str(path))
    assert '"Teta Midra"' in path.read_text(encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "redaksi-settings", "version": 7}', encoding="utf-8")
    assert not buttons.import_from(str(bad))
    assert "newer version" in dialog.error_label.text()
    assert dialog.result() == 0  # not closed: nothing happened
    path.write_text(
        path.read_text(encoding="utf-8").replace('"Situs Berita"', '"Diskominfo Solok"'), encoding="utf-8"
    )
    assert buttons.import_from(str(path))
    assert dialog.result() == SiteSettingsDialog.DialogCode.Accepted
    assert load_site_settings(database).title == "Diskominfo Solok"

    writer = editor_of(database, "writer")
    read_only = SiteSettingsDialog(services.site_export, None, writer)
    qtbot.addWidget(read_only)
    assert read_only.settings_file.export_button.isEnabled()
    assert not read_only.settings_file.import_button.isEnabled()


def test_a_field_completer_offers_the_days_titles_and_names(qtbot, database, services):
    from PySide6.QtWidgets import QLineEdit

    from desktop_app.ui.officials.completer import OfficialFieldCompleter

    editor = editor_of(database)
    services.officials.save(
        editor, OfficialDraft("Teta Midra", [TitleDraft("Plt. " + KADIS, D(2026, 11, 5), D(2026, 12, 1))])
    )
    services.officials.save(editor, OfficialDraft("Kepala Dinas Demo", [TitleDraft(KADIS, D(2026, 12, 2))]))
    title_edit, name_edit = QLineEdit(), QLineEdit()
    qtbot.addWidget(title_edit)
    qtbot.addWidget(name_edit)
    titles = OfficialFieldCompleter(title_edit, "title")
    names = OfficialFieldCompleter(name_edit, "name")
    november = services.officials.titles_on(D(2026, 11, 10))
    titles.set_holdings(november)
    names.set_holdings(november)
    assert title_edit.completer() is titles
    assert titles.words.stringList() == ["Plt. " + KADIS]
    assert names.words.stringList() == ["Teta Midra"]
    titles.setCompletionPrefix("kominfo")  # anywhere, any case: no match in the full title
    assert titles.completionCount() == 0
    titles.setCompletionPrefix("komunikasi")
    assert titles.completionCount() == 1
    names.set_holdings(services.officials.titles_on(D(2026, 12, 5)))
    assert names.words.stringList() == ["Kepala Dinas Demo"]
