"""Autosave: after a pause, on switching, on close; Ctrl+S records a revision; failures keep
the text and retry; conflicts wait for the user. No timing thresholds: we wait for outcomes."""

from __future__ import annotations

import peewee
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from desktop_app.core.models import ArticleChanges
from desktop_app.core.revisions import RevisionService
from tests.ui.window_fixtures import open_new_article, restart


def stored_body(window, article_id: int) -> str:
    return window.articles.get(article_id).body


def test_autosave_after_a_pause(qtbot, make_window):
    window = make_window()
    article_id, body = open_new_article(window)
    qtbot.keyClicks(body, "Kalimat pertama.")
    assert window.autosave.dirty
    assert window.autosave.pending()
    assert stored_body(window, article_id) == ""
    qtbot.waitUntil(lambda: not window.autosave.pending(), timeout=window.autosave.delay() * 5)
    assert stored_body(window, article_id) == "Kalimat pertama."
    assert not window.autosave.dirty
    assert window.save_label.text().startswith("Saved")
    reasons = [r.reason for r in RevisionService(window.services.database).list(article_id)]
    assert "autosave" in reasons


def test_ctrl_s_saves_at_once_and_records_a_revision(qtbot, make_window):
    window = make_window()
    article_id, body = open_new_article(window)
    qtbot.keyClicks(body, "Teks penting")
    qtbot.keySequence(body, QKeySequence(QKeySequence.StandardKey.Save))
    assert stored_body(window, article_id) == "Teks penting"
    revisions = RevisionService(window.services.database).list(article_id)
    assert revisions[0].reason == "save"
    assert "revision" in window.save_label.text()


def test_switching_article_saves_first(qtbot, make_window, demo_target):
    window = make_window()
    article_id, body = open_new_article(window)
    qtbot.keyClicks(body, "Belum disimpan")
    other_row = next(
        r for r in range(window.sidebar.model.rowCount()) if window.sidebar.model.headline(r).id != article_id
    )
    window.sidebar.view.setCurrentIndex(window.sidebar.model.index(other_row, 0))
    assert window.current_article_id() != article_id
    assert stored_body(window, article_id) == "Belum disimpan"


def test_deactivating_the_window_saves(qtbot, make_window):
    window = make_window()
    article_id, body = open_new_article(window)
    qtbot.keyClicks(body, "Jendela lain")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow())
    assert stored_body(window, article_id) == "Jendela lain"


def test_close_saves_and_restart_keeps_the_text(qtbot, make_window):
    window = make_window()
    article_id, body = open_new_article(window)
    qtbot.keyClicks(body, "Sampai jumpa")
    window = restart(qtbot, window, make_window)
    assert window.current_article_id() == article_id
    assert window.findChild(QPlainTextEdit, "bodyEdit").toPlainText() == "Sampai jumpa"


def test_failed_save_keeps_text_shows_message_and_retries(qtbot, make_window, monkeypatch):
    window = make_window()
    article_id, body = open_new_article(window)
    real_save = window.articles.save
    failures = []

    def locked(*args, **kwargs):
        failures.append(1)
        raise peewee.OperationalError("database is locked")

    monkeypatch.setattr(window.articles, "save", locked)
    qtbot.keyClicks(body, "Jangan hilang")
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=window.autosave.delay() * 5)
    assert "locked for a while" in window.banner.text()  # translated words only
    assert "database is locked" not in window.banner.text()
    assert "database is locked" in window.banner.details  # SQLite's, behind Details…
    assert body.toPlainText() == "Jangan hilang"
    assert window.autosave.dirty
    assert window.autosave.pending()
    monkeypatch.setattr(window.articles, "save", real_save)
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=15_000)
    assert stored_body(window, article_id) == "Jangan hilang"
    assert failures


def test_cannot_switch_away_from_text_that_cannot_be_saved(qtbot, make_window, demo_target, monkeypatch):
    window = make_window()
    article_id, body = open_new_article(window)
    qtbot.keyClicks(body, "Masih di sini")
    monkeypatch.setattr(
        window.articles, "save", lambda *a, **k: (_ for _ in ()).throw(OSError(28, "No space left on device"))
    )
    other = next(
        r for r in range(window.sidebar.model.rowCount()) if window.sidebar.model.headline(r).id != article_id
    )
    window.sidebar.view.setCurrentIndex(window.sidebar.model.index(other, 0))
    assert window.current_article_id() == article_id
    assert body.toPlainText() == "Masih di sini"
    monkeypatch.undo()  # closing at teardown saves normally


def test_conflict_keeps_text_until_the_user_chooses(qtbot, make_window):
    window = make_window()
    article_id, body = open_new_article(window)
    current = window.articles.get(article_id)
    window.articles.save(
        article_id, ArticleChanges(title="Dari orang lain", body="Versi lain"), current.version
    )
    qtbot.keyClicks(body, "Versi saya")
    qtbot.keySequence(body, QKeySequence(QKeySequence.StandardKey.Save))
    assert window.banner.isVisible()
    assert window.banner.keep_button.isVisible()
    assert body.toPlainText() == "Versi saya"
    assert stored_body(window, article_id) == "Versi lain"
    window.banner.keep_button.click()
    assert stored_body(window, article_id) == "Versi saya"
    assert not window.banner.isVisible()


def test_autosave_delay_comes_from_preferences(qtbot, make_window, config_dir):
    from desktop_app.settings import Settings

    settings = Settings(config_dir)
    prefs = settings.preferences()
    prefs.autosave_delay_ms = 500
    settings.set_preferences(prefs)
    window = make_window()
    assert window.autosave.delay() == 500
    article_id, body = open_new_article(window)
    qtbot.keyClicks(body, "Cepat")
    qtbot.waitUntil(lambda: stored_body(window, article_id) == "Cepat", timeout=5000)


def test_typing_without_pause_still_saves(qtbot, make_window):
    """Continuous typing must not postpone the save for ever."""
    window = make_window()
    window.autosave.set_delay(300)
    article_id, body = open_new_article(window)
    typed = []

    def type_one():
        qtbot.keyClick(body, Qt.Key.Key_A)
        typed.append("a")
        return stored_body(window, article_id) != ""

    qtbot.waitUntil(lambda: type_one(), timeout=10_000)
    assert len(stored_body(window, article_id)) <= len(typed)
