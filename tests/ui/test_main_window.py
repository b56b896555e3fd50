"""The main window as a user meets it: create, type, preview, restart, search, trash, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListView, QMessageBox, QPlainTextEdit, QTextBrowser

from tests.ui.window_fixtures import restart


def widgets(window):
    return (
        window.findChild(QPlainTextEdit, "titleEdit"),
        window.findChild(QPlainTextEdit, "bodyEdit"),
        window.findChild(QTextBrowser, "preview"),
    )


def test_widgets_carry_object_and_accessible_names(make_window):
    window = make_window()
    for cls, name in (
        (QListView, "headlineList"),
        (QLineEdit, "headlineSearch"),
        (QPlainTextEdit, "titleEdit"),
        (QPlainTextEdit, "bodyEdit"),
        (QTextBrowser, "preview"),
    ):
        widget = window.findChild(cls, name)
        assert widget is not None, name
        assert widget.accessibleName(), name


def test_menus_and_shortcuts(make_window):
    window = make_window()
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Article", "Records", "Help"]
    shortcuts = {a.shortcut().toString() for a in window.actions()}
    for key in (
        "Ctrl+N",
        "Ctrl+S",
        "Ctrl+F",
        "Ctrl+H",
        "Ctrl+Z",
        "Ctrl+Y",
        "Ctrl+B",
        "Ctrl+I",
        "Ctrl+K",
        "F11",
    ):
        assert key in shortcuts, key


def test_create_type_preview_and_find_after_restart(qtbot, make_window):
    window = make_window()
    window.action_new.trigger()
    title, body, preview = widgets(window)
    assert window.current_article_id() is not None
    qtbot.keyClicks(title, "Banjir di Musi")
    body.setFocus()
    qtbot.keyClicks(body, "# Air Naik Dua Meter")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "Warga mengungsi ke balai desa.")
    qtbot.waitUntil(
        lambda: "<h1" in preview.toHtml() or "Air Naik Dua Meter" in preview.document().toPlainText(),
        timeout=10_000,
    )
    assert "Air Naik Dua Meter" in preview.document().toPlainText()
    article_id = window.current_article_id()

    window = restart(qtbot, window, make_window)
    title, body, preview = widgets(window)
    assert window.current_article_id() == article_id
    assert title.text() == "Banjir di Musi"
    assert body.toPlainText() == "# Air Naik Dua Meter\n\nWarga mengungsi ke balai desa."
    rows = [window.sidebar.model.headline(r).title for r in range(window.sidebar.model.rowCount())]
    assert "Banjir di Musi" in rows
    qtbot.waitUntil(lambda: "Air Naik Dua Meter" in preview.document().toPlainText(), timeout=10_000)


def test_restart_reopens_article_at_cursor(qtbot, make_window, demo_target):
    window = make_window()
    model = window.sidebar.model
    row = max(range(model.rowCount()), key=lambda r: model.headline(r).word_count)
    target = model.headline(row)
    window.sidebar.view.setCurrentIndex(model.index(row, 0))
    assert window.current_article_id() == target.id
    assert len(window.editor.body_text()) > 42
    window.editor.set_cursor_position(42)
    window = restart(qtbot, window, make_window)
    assert window.current_article_id() == target.id
    assert window.editor.cursor_position() == 42


def test_geometry_and_splitter_persist(qtbot, make_window):
    window = make_window()
    window.resize(1200, 700)
    width = window.size().width()
    window.splitter.setSizes([250, 600, 350])  # (the preview has room: it does not fold)
    sizes = window.splitter.sizes()
    window = restart(qtbot, window, make_window)
    assert window.size().width() == width
    assert window.splitter.sizes()[0] == sizes[0]


def test_search_shows_matches_with_snippets(qtbot, make_window, demo_target):
    window = make_window()
    search = window.findChild(QLineEdit, "headlineSearch")
    model = window.sidebar.model
    total = model.rowCount()
    qtbot.keyClicks(search, "teta midra")
    qtbot.waitUntil(lambda: model.is_search() and model.rowCount() > 0, timeout=10_000)
    assert model.rowCount() < total
    titles = [model.headline(r).title.lower() for r in range(model.rowCount())]
    assert all("teta midra" in t or model.headline(i).snippet for i, t in enumerate(titles))
    assert any("\ue000" in model.headline(r).snippet for r in range(model.rowCount()))
    search.clear()
    qtbot.waitUntil(lambda: not model.is_search(), timeout=10_000)
    assert model.rowCount() == total


def test_trash_undo_and_restore(qtbot, make_window, demo_target):
    window = make_window()
    model = window.sidebar.model
    total = model.rowCount()
    first = model.headline(0)
    window.sidebar.view.setCurrentIndex(model.index(0, 0))
    assert window.current_article_id() == first.id

    window.action_trash.trigger()
    assert model.rowCount() == total - 1
    assert first.id not in [model.headline(r).id for r in range(model.rowCount())]
    assert window.current_article_id() is None
    assert window.undo_button.isVisible()

    window.undo_button.click()
    assert model.rowCount() == total
    assert window.current_article_id() == first.id

    window.action_trash.trigger()
    window.sidebar.filter_combo.setCurrentIndex(window.sidebar.filter_combo.findData("trash"))
    assert model.rowCount() == 1
    window.sidebar.view.setCurrentIndex(model.index(0, 0))
    assert window.action_restore.isEnabled()
    window.action_restore.trigger()
    assert model.rowCount() == 0
    window.sidebar.filter_combo.setCurrentIndex(0)
    assert model.rowCount() == total


def test_delete_forever_asks_first(qtbot, make_window, demo_target, monkeypatch):
    window = make_window()
    model = window.sidebar.model
    doomed = model.headline(1).id
    window.commands.trash(doomed)
    window.sidebar.filter_combo.setCurrentIndex(window.sidebar.filter_combo.findData("trash"))
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    window.commands.delete_forever(doomed)
    assert model.rowCount() == 1
    window.commands.delete_forever(doomed)
    assert model.rowCount() == 0
    assert window.articles.count() == window.sidebar.model.articles.count()
    assert doomed not in [h.id for h in window.articles.list_headlines()]


def test_duplicate_opens_the_copy(qtbot, make_window, demo_target):
    window = make_window()
    source = window.sidebar.model.headline(0)
    window.sidebar.view.setCurrentIndex(window.sidebar.model.index(0, 0))
    window.action_duplicate.trigger()
    assert window.current_article_id() != source.id
    assert window.current_article().title.startswith(source.title)


def test_distraction_free_hides_everything_but_the_editor(qtbot, make_window):
    window = make_window()
    window.action_distraction_free.trigger()
    assert not window.sidebar.isVisible()
    assert not window.preview.isVisible()
    assert not window.menuBar().isVisible()
    window.action_distraction_free.trigger()
    assert window.sidebar.isVisible()
    assert window.preview.isVisible()


def test_unopenable_database_raises_translated_error(qtbot, tmp_path):
    from db.database import DatabaseOpenError
    from desktop_app.app import build_main_window
    from desktop_app.messages import describe_error

    bad = tmp_path / "not.db"
    bad.write_text("hello")
    with pytest.raises(DatabaseOpenError) as caught:
        build_main_window(bad, tmp_path / "config", "en")
    assert "not a Redaksi database" in describe_error(caught.value)


def test_open_other_database_and_recent_list(qtbot, make_window, tmp_path, monkeypatch):
    from db.database import open_database
    from desktop_app.app import switch_database
    from desktop_app.core.articles import ArticleService
    from desktop_app.core.models import ArticleChanges

    other = tmp_path / "other.db"
    database = open_database(other)
    ArticleService(database).create(ArticleChanges(title="Dari Berkas Lain"))
    database.close()

    window = make_window()
    new_window = switch_database(window, str(other), create=False)
    assert new_window is not None
    qtbot.addWidget(new_window)
    titles = [new_window.sidebar.model.headline(r).title for r in range(new_window.sidebar.model.rowCount())]
    assert titles == ["Dari Berkas Lain"]
    assert str(other.resolve()) in new_window.recent_menu.entries()

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    bad = tmp_path / "bad.db"
    bad.write_text("not sqlite")
    assert switch_database(new_window, str(bad), create=False) is None
    assert shown
    assert "not a Redaksi database" in shown[0]
    assert new_window.sidebar.model.rowCount() == 1  # the old window still works
    new_window.services.database.close()


def test_preferences_apply_and_persist(qtbot, make_window, monkeypatch):
    from desktop_app.ui.preferences import PreferencesDialog

    window = make_window()

    def accept(dialog):
        dialog.size_spin.setValue(17)
        dialog.preview_check.setChecked(False)
        dialog.autosave_spin.setValue(3.5)
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
        return PreferencesDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", accept)
    window.action_preferences.trigger()
    assert not window.preview.isVisible()
    assert window.autosave.delay() == 3500
    assert window.findChild(QPlainTextEdit, "bodyEdit").font().pointSize() == 17
    window = restart(qtbot, window, make_window)
    assert window.preferences.editor_font_size == 17
    assert not window.preview.isVisible()
    assert window.autosave.delay() == 3500


def test_no_two_actions_share_a_shortcut(make_window):
    """Qt runs neither action of an ambiguous shortcut: every key must be unique."""
    from PySide6.QtGui import QAction

    window = make_window()
    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen, f"{text}: {seen.get(text)!r} and {action.text()!r}"
            seen[text] = action.text()


def test_preview_shows_the_headline_and_lead_like_the_website(make_window, qtbot):
    window = make_window()
    window.action_new.trigger()
    window.editor.title_edit.setText("Bupati Resmikan Jaringan Desa")
    window.editor.summary_edit.setPlainText("Empat puluh desa kini terhubung.")
    window.editor.dateline_edit.setText("Arosuka")
    window.editor.body_edit.setPlainText("Isi berita.")
    qtbot.waitUntil(lambda: "Isi berita." in window.preview.browser.toPlainText(), timeout=5000)
    shown = window.preview.browser.toPlainText()
    assert (
        shown.index("Bupati Resmikan Jaringan Desa")
        < shown.index("AROSUKA")
        < shown.index("Empat puluh desa")
        < shown.index("Isi berita.")
    )
    window.editor.title_edit.setText("Judul Baru")
    qtbot.waitUntil(lambda: "Judul Baru" in window.preview.browser.toPlainText(), timeout=5000)
    window.close_article()
    assert "Judul Baru" not in window.preview.browser.toPlainText()
