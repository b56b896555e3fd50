"""Help ▸ Guide, Help ▸ Keyboard Shortcuts, the About box and File ▸ Back Up Now."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMessageBox

from desktop_app.core.backups import BackupService
from desktop_app.ui.help.about_dialog import AboutDialog, LicenceDialog
from desktop_app.ui.help.guide_dialog import GuideDialog, guide_html, sections_of
from desktop_app.ui.help.shortcuts_dialog import ShortcutsDialog, shortcut_entries
from tests.ui.window_fixtures import open_new_article

# -- the guide ------------------------------------------------------------------------------


def test_both_guides_have_the_same_sections_and_render_safely():
    indonesian, english = sections_of(guide_html("id")), sections_of(guide_html("en"))
    assert [s.level for s in indonesian] == [s.level for s in english]
    assert len(indonesian) >= 10
    assert [s.title for s in english][:3] == ["Redaksi Guide", "What Redaksi is for", "Signing in and roles"]
    assert "Alur kerja" in [s.title for s in indonesian]
    for html in (guide_html("id"), guide_html("en")):
        assert "<script" not in html
        assert "<table>" in html  # the roles and the Markdown basics


def test_guide_opens_in_the_interface_language_and_switches(qtbot):
    guide = GuideDialog(language="id")
    qtbot.addWidget(guide)
    titles = [guide.contents.item(i).text().strip() for i in range(guide.contents.count())]
    assert titles[0] == "Panduan Redaksi"
    assert "Cadangan dan pemulihan" in titles
    assert "Alur kerja" in guide.text.toPlainText()
    guide.language_box.setCurrentIndex(guide.language_box.findData("en"))
    assert guide.contents.item(0).text() == "Redaksi Guide"
    assert "The workflow" in guide.text.toPlainText()
    assert "Alur kerja" not in guide.text.toPlainText()


def test_guide_contents_scroll_to_their_section(qtbot):
    guide = GuideDialog(language="en")
    qtbot.addWidget(guide)
    guide.show()
    qtbot.waitExposed(guide)
    bar = guide.text.verticalScrollBar()
    assert bar.value() == 0
    assert bar.maximum() > 0
    last = guide.contents.count() - 1
    guide.contents.setCurrentRow(last)
    assert bar.value() > 0
    guide.contents.setCurrentRow(0)
    assert bar.value() == 0


def test_guide_opens_web_links_only_when_clicked_and_follows_its_own(qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    guide = GuideDialog(language="en")
    qtbot.addWidget(guide)
    guide.show()
    qtbot.waitExposed(guide)
    assert opened == []  # nothing opened or fetched by showing the guide
    assert not guide.text.openLinks()
    assert not guide.text.openExternalLinks()
    guide.text.anchorClicked.emit(QUrl("https://www.gnu.org/licenses/"))
    assert opened == ["https://www.gnu.org/licenses/"]
    anchor = sections_of(guide_html("en"))[-1].anchor
    guide.text.anchorClicked.emit(QUrl(f"#{anchor}"))
    assert guide.text.verticalScrollBar().value() > 0
    guide.text.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened == ["https://www.gnu.org/licenses/"]


def test_guide_finds_text_and_wraps_around(qtbot):
    guide = GuideDialog(language="en")
    qtbot.addWidget(guide)
    guide.find_edit.setText("pg_dump")
    assert not guide.find_next()  # not in the English guide
    guide.find_edit.setText("PostgreSQL")
    assert guide.find_next()
    first = guide.text.textCursor().selectionStart()
    assert guide.text.textCursor().selectedText() == "PostgreSQL"
    while guide.find_next():  # onwards, then from the top again
        if guide.text.textCursor().selectionStart() == first:
            break
    assert guide.text.textCursor().selectionStart() == first


def test_help_guide_opens_one_guide_beside_the_window(make_window):
    window = make_window()
    assert window.action_guide in window.help_menu.actions()
    assert window.action_guide.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    window.action_guide.trigger()
    guide = window.guide
    assert guide.isVisible()
    assert not guide.isModal()
    window.action_guide.trigger()
    assert window.guide is guide
    assert guide.language == "en"  # the window's language


# -- keyboard shortcuts ---------------------------------------------------------------------


def test_shortcut_list_is_made_from_the_window_actions_when_opened(qtbot, make_window):
    window = make_window()
    native = QKeySequence.SequenceFormat.NativeText
    menu_action = QAction("Count &Words", window)
    menu_action.setShortcut(QKeySequence("Ctrl+Alt+J"))
    window.help_menu.addAction(menu_action)
    loose = QAction("Jump to Lead", window)
    loose.setShortcut(QKeySequence("Ctrl+Alt+U"))
    window.addAction(loose)
    keyless = QAction("No Key Here", window)
    window.help_menu.addAction(keyless)

    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    entries = {entry.name: entry for entry in dialog.entries}
    assert entries["Count Words"].group == "Help"
    assert entries["Count Words"].keys == (QKeySequence("Ctrl+Alt+J").toString(native),)
    assert entries["Jump to Lead"].group == ""
    assert "No Key Here" not in entries
    assert entries["Show Preview"].group == "View"
    assert entries["Show Preview"].keys == (QKeySequence("Ctrl+Shift+P").toString(native),)
    assert entries["Bold"].group == "Edit ▸ Format"
    assert "New Article" in entries
    assert list(entries).count("New Article") == 1
    # every action of the window with a key is there, the keys of special keyboards left out
    listed = {entry.name for entry in dialog.entries}
    for action in window.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if keys and action.text() and keys[0][0].key().value < 0x1000061:
            assert action.text().replace("&", "") in listed
    assert all(key != "Open" for entry in dialog.entries for key in entry.keys)
    assert "Count Words" in dialog.visible_names()
    assert "Jump to Lead" in dialog.visible_names()


def test_shortcut_search_by_name_or_key(qtbot, make_window):
    window = make_window()
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    everything = dialog.visible_names()
    dialog.filter_edit.setText("preview")
    assert dialog.visible_names() == ["Show Preview"]
    dialog.filter_edit.setText(QKeySequence("Ctrl+Shift+P").toString(QKeySequence.SequenceFormat.NativeText))
    assert dialog.visible_names() == ["Show Preview"]
    dialog.filter_edit.setText("format")  # a menu's name shows all of it
    assert "Bold" in dialog.visible_names()
    assert "Italic" in dialog.visible_names()
    dialog.filter_edit.setText("no such thing")
    assert dialog.visible_names() == []
    assert dialog.empty_label.isVisible()
    dialog.filter_edit.clear()
    assert dialog.visible_names() == everything
    assert not dialog.empty_label.isVisible()


def test_help_keyboard_shortcuts_opens_the_list(make_window, monkeypatch):
    window = make_window()
    shown = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: shown.append(self.visible_names()) or 0)
    window.action_shortcuts.trigger()
    assert shown
    assert "Keyboard Shortcuts" in shown[0]
    assert window.action_shortcuts in window.help_menu.actions()
    assert shortcut_entries(window)


# -- about ----------------------------------------------------------------------------------


def test_about_names_version_licence_folders_and_database(qtbot, make_window, db_target):
    from desktop_app import __version__

    window = make_window()
    dialog = AboutDialog(window.services, window.settings, window)
    qtbot.addWidget(dialog)
    value = {name: dialog.findChild(QLineEdit, name) for name in ("aboutVersion", "aboutDatabase")}
    assert value["aboutVersion"].text() == __version__
    details = dialog.details_text()
    assert f"Redaksi {__version__}" in details
    assert "GPL-3.0-or-later" in details
    assert str(dialog.info.data_folder) in details
    assert str(window.settings.config_dir) in details
    assert "PySide6" in details
    assert "Python" in details
    if db_target.startswith("postgres"):
        from urllib.parse import urlsplit

        assert "PostgreSQL" in value["aboutDatabase"].text()
        password = urlsplit(db_target).password  # (none in CI's URL; tests/core/test_about.py)
        assert not password or password not in details
    else:
        assert str(Path(db_target).resolve()) in value["aboutDatabase"].text()
        assert str(Path(db_target).resolve().parent / "backups") in details
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == details


def test_about_shows_the_licence_and_opens_the_data_folder(qtbot, make_window, monkeypatch, tmp_path):
    window = make_window()
    monkeypatch.setattr("desktop_app.core.about.default_data_dir", lambda: tmp_path / "data")
    missing = AboutDialog(window.services, window.settings, window)
    qtbot.addWidget(missing)
    assert not missing.folder_button.isEnabled()  # no folder to open yet
    (tmp_path / "data").mkdir()
    opened, licences = [], []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    monkeypatch.setattr(LicenceDialog, "exec", lambda self: licences.append(self.text.toPlainText()) or 0)
    dialog = AboutDialog(window.services, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.licence_button.click()
    assert "GNU GENERAL PUBLIC LICENSE" in licences[0]
    dialog.folder_button.click()
    assert opened == [str(tmp_path / "data")]


def test_help_about_opens_the_about_box(make_window, monkeypatch):
    window = make_window()
    shown = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self.details_text()) or 0)
    window.action_about.trigger()
    assert shown
    assert "GPL-3.0-or-later" in shown[0]


# -- back up now ----------------------------------------------------------------------------


@pytest.fixture
def sqlite_only(db_target):
    if db_target.startswith("postgres"):
        pytest.skip("Redaksi backs up SQLite files only")
    return db_target


def test_back_up_now_saves_the_text_first_and_says_where_the_backup_is(qtbot, make_window, sqlite_only):
    window = make_window()
    assert window.action_backup_now in window.file_menu.actions()
    article_id, body = open_new_article(window)
    qtbot.keyClicks(body, "Teks yang harus ada di cadangan")
    window.action_backup_now.trigger()
    assert not window.action_backup_now.isEnabled()  # while it runs
    with qtbot.waitSignal(window.backup_now.succeeded, timeout=30_000) as made:
        pass
    path = made.args[0]
    assert path.parent == Path(sqlite_only).resolve().parent / "backups"
    assert path.is_file()
    assert str(path) in window.statusBar().currentMessage()
    assert window.action_backup_now.isEnabled()
    with sqlite3.connect(path) as backup:
        (text,) = backup.execute(
            "SELECT body FROM article_body WHERE article_id = ?", (article_id,)
        ).fetchone()
    assert text == "Teks yang harus ada di cadangan"
    assert BackupService.read(path).ok


def test_back_up_now_explains_a_folder_that_cannot_be_written(qtbot, make_window, sqlite_only, monkeypatch):
    window = make_window()
    (Path(sqlite_only).parent / "backups").write_text("a file where the backups folder goes")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    window.action_backup_now.trigger()
    with qtbot.waitSignal(window.backup_now.failed, timeout=30_000) as failed:
        pass
    assert warnings == [failed.args[0]]
    assert "No backup was made" in warnings[0]
    assert "disk full, no permission?" in warnings[0]
    assert window.action_backup_now.isEnabled()


def test_back_up_now_on_a_server_database_says_what_to_do(qtbot, make_window, monkeypatch):
    window = make_window()
    monkeypatch.setattr(BackupService, "supported", property(lambda self: False))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    window.action_backup_now.trigger()
    assert len(shown) == 1
    assert "PostgreSQL" in shown[0]
    assert "pg_dump" in shown[0]
    assert not window.backup_now.running


def test_the_indonesian_menus_name_the_guide_the_shortcuts_and_the_backup(indonesian_window, qtbot):
    window = indonesian_window
    assert window.action_guide.text() == "&Panduan"
    assert window.action_shortcuts.text() == "Pintasan &Keyboard"
    assert window.action_backup_now.text() == "Cadangkan Seka&rang"
    guide = GuideDialog(window)
    qtbot.addWidget(guide)
    assert guide.language == "id"
    assert guide.windowTitle() == "Panduan Redaksi"
