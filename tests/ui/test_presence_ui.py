"""Presence in the window, against another window's presence made through the core (two real
windows in two processes: tests/faults/test_presence_windows.py). A window opening an article
someone else edits says who, shows it read-only and offers Take Over (asked first); a window
whose article was taken over is told on its next heartbeat, keeps and saves its text; the
sidebar marks articles someone else edits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from desktop_app.core.models import ArticleChanges
from desktop_app.core.presence import PresenceService
from desktop_app.ui.headline_model import EditingRole
from tests.people_helpers import add_person, signed_in


@pytest.fixture
def setup(make_window):
    """A window (Sari's) and another window's presence (Andi's, through the core: two windows
    in one process would share one binding of the models; the two-process tests use two real
    windows)."""
    window = make_window()
    database = window.services.database
    andi = add_person(database, "Andi Pratama", "writer")
    sari = add_person(database, "Sari Wulandari", "editor")
    article = window.articles.create(ArticleChanges(title="Rapat koordinasi", body="Paragraf pembuka."))
    other = window.articles.create(ArticleChanges(title="Pelatihan jurnalistik", body="Isi."))
    window.close_article()
    window.sidebar.load()
    window.workflow.controller.set_person(signed_in(database, sari), remember=False)
    elsewhere = PresenceService(window.services.database)
    return window, elsewhere, article, other, andi, sari


def beat(qtbot, window) -> None:
    with qtbot.waitSignal(window.presence.beat_finished, timeout=10_000):
        window.presence.beat()


def body(window) -> QPlainTextEdit:
    return window.findChild(QPlainTextEdit, "bodyEdit")


def type_at_end(qtbot, window, text: str) -> None:
    edit = body(window)
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(edit, text)


def test_a_window_opening_an_article_someone_edits_says_who_and_takes_over_when_asked(qtbot, setup):
    window, elsewhere, article, _other, andi, sari = setup
    assert elsewhere.claim(article.id, andi.id) is None
    assert window.open_article(article.id)
    banner = window.presence_banner
    assert banner.isVisible()
    assert "Being edited by Andi Pratama since" in banner.text()
    assert body(window).isReadOnly()  # readable, not editable
    assert body(window).toPlainText() == "Paragraf pembuka."
    assert elsewhere.lost(article.id) is None  # opening took nothing

    # Andi saves meanwhile; taking over is asked first, and refusing changes nothing
    window.articles.save(article.id, ArticleChanges(title="Rapat koordinasi", body="Andi menulis."), 1)
    asked: list[str] = []
    window.presence.ask = lambda title, text: asked.append(text) or False
    banner.take_over_button.click()
    assert asked
    assert "Andi Pratama" in asked[0]
    assert banner.isVisible()
    assert body(window).isReadOnly()
    assert elsewhere.lost(article.id) is None

    window.presence.ask = lambda title, text: True
    banner.take_over_button.click()
    assert not banner.isVisible()
    assert not body(window).isReadOnly()
    assert body(window).toPlainText() == "Andi menulis."  # the saved text, not the one read before
    taker = elsewhere.lost(article.id)
    assert taker is not None
    assert taker.person_name == "Sari Wulandari"


def test_the_window_that_lost_the_article_is_told_and_its_text_is_saved(qtbot, setup):
    window, elsewhere, article, _other, andi, sari = setup
    window.open_article(article.id)
    assert not window.presence_banner.isVisible()
    assert not body(window).isReadOnly()
    assert elsewhere.claim(article.id, andi.id).person_name == "Sari Wulandari"
    type_at_end(qtbot, window, " Belum tersimpan.")
    assert window.autosave.dirty
    elsewhere.take_over(article.id, andi.id)
    assert window.presence_banner.isHidden()  # learnt on the next heartbeat
    beat(qtbot, window)
    told = window.presence_banner
    assert told.isVisible()
    assert "Andi Pratama took over this article at" in told.text()
    assert "Your text was saved as usual" in told.text()
    assert body(window).isReadOnly()
    assert body(window).toPlainText() == "Paragraf pembuka. Belum tersimpan."  # the text stays
    assert not window.autosave.dirty  # and was saved as usual
    assert window.articles.get(article.id).body == "Paragraf pembuka. Belum tersimpan."

    # taking it back: Andi's window learns it in turn
    window.presence.ask = lambda title, text: True
    told.take_over_button.click()
    assert not told.isVisible()
    assert not body(window).isReadOnly()
    assert elsewhere.lost(article.id).person_name == "Sari Wulandari"


def test_when_the_text_cannot_be_saved_the_told_window_says_so(qtbot, setup):
    window, elsewhere, article, _other, andi, _sari = setup
    window.open_article(article.id)
    window.presence.flush = lambda: False  # the database refused the save: the save banner says why
    elsewhere.take_over(article.id, andi.id)
    beat(qtbot, window)
    assert "Your text stays here, but it is not saved yet" in window.presence_banner.text()


def test_after_losing_an_article_the_next_one_opens_editable(qtbot, setup):
    window, elsewhere, article, other, andi, _sari = setup
    window.open_article(article.id)
    elsewhere.take_over(article.id, andi.id)
    beat(qtbot, window)
    assert body(window).isReadOnly()
    window.open_article(other.id)
    assert window.presence_banner.isHidden()
    assert not body(window).isReadOnly()
    assert elsewhere.holder(other.id) is not None
    window.open_article(article.id)  # back to the lost one: Andi holds it
    assert "Being edited by Andi Pratama" in window.presence_banner.text()
    assert body(window).isReadOnly()


def test_when_the_other_window_closes_the_reader_takes_the_article_by_itself(qtbot, setup):
    window, elsewhere, article, _other, andi, _sari = setup
    elsewhere.claim(article.id, andi.id)
    window.open_article(article.id)
    assert window.presence_banner.isVisible()
    window.articles.save(article.id, ArticleChanges(title="Rapat koordinasi", body="Baru."), 1)
    elsewhere.release(article.id)
    beat(qtbot, window)
    assert not window.presence_banner.isVisible()
    assert not body(window).isReadOnly()
    assert body(window).toPlainText() == "Baru."  # reloaded: the saved text
    assert elsewhere.claim(article.id, andi.id).person_name == "Sari Wulandari"


def test_the_same_person_in_another_window_is_named_too(qtbot, setup):
    window, elsewhere, article, _other, _andi, sari = setup
    elsewhere.claim(article.id, sari.id)
    window.open_article(article.id)
    assert "Being edited by Sari Wulandari" in window.presence_banner.text()


def test_the_sidebar_marks_articles_someone_else_edits(qtbot, setup):
    window, elsewhere, article, other, andi, _sari = setup
    window.open_article(other.id)
    elsewhere.claim(article.id, andi.id)
    model = window.sidebar.model
    beat(qtbot, window)
    index = model.index(model.row_of(article.id), 0)
    marked = model.data(index, EditingRole)
    assert marked is not None
    assert marked.person_name == "Andi Pratama"
    assert "Being edited by Andi Pratama" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(model.row_of(other.id), 0), EditingRole) is None  # its own
    elsewhere.release_all()
    beat(qtbot, window)
    assert model.data(model.index(model.row_of(article.id), 0), EditingRole) is None


def test_closing_the_article_or_the_window_releases_the_presence(qtbot, setup):
    window, elsewhere, article, other, andi, _sari = setup
    window.open_article(article.id)
    assert elsewhere.holder(article.id) is not None
    window.open_article(other.id)
    assert elsewhere.holder(article.id) is None
    assert elsewhere.holder(other.id) is not None
    window.close_article()
    assert elsewhere.holder(other.id) is None
    window.open_article(article.id)
    assert window.close()
    assert elsewhere.holder(article.id) is None


def test_a_read_only_database_and_presence_both_keep_the_editor_read_only(qtbot, setup):
    window, elsewhere, article, _other, andi, _sari = setup
    elsewhere.claim(article.id, andi.id)
    window.open_article(article.id)
    window.set_read_only_mode(True)
    window.set_read_only_mode(False)  # the database can be written again: someone still edits
    assert body(window).isReadOnly()


def test_formatting_is_off_while_someone_else_edits(qtbot, setup):
    window, elsewhere, article, other, andi, _sari = setup
    elsewhere.claim(article.id, andi.id)
    window.open_article(article.id)
    assert not window.action_bold.isEnabled()  # Ctrl+B would change the text of a read-only editor
    assert not window.action_insert_image.isEnabled()
    assert window.action_find.isEnabled()
    window.open_article(other.id)
    assert window.action_bold.isEnabled()


def test_without_a_person_the_window_holds_nothing_but_still_says_who_edits(qtbot, setup):
    window, elsewhere, article, other, andi, _sari = setup
    window.open_article(other.id)
    assert elsewhere.holder(other.id) is not None
    window.workflow.controller.set_person(None, remember=False)
    assert elsewhere.holder(other.id) is None
    elsewhere.claim(article.id, andi.id)
    window.open_article(article.id)
    assert "Being edited by Andi Pratama" in window.presence_banner.text()


def test_reopening_the_same_database_is_not_blocked_by_the_window_it_replaces(qtbot, setup, db_target):
    from desktop_app.app import switch_database

    window, elsewhere, article, _other, _andi, sari = setup
    window.settings.set_current_person(window.services.key, sari.id)
    window.open_article(article.id)
    new_window = switch_database(window, db_target, create=False)
    qtbot.addWidget(new_window)
    try:
        assert new_window.current_article_id() == article.id
        assert new_window.presence_banner.isHidden()
        assert not body(new_window).isReadOnly()
        assert elsewhere.holder(article.id).session_id == new_window.services.presence.session_id
    finally:
        new_window.close()
        new_window.services.database.close()


def test_heartbeats_run_on_a_timer(setup):
    window, *_ = setup
    assert window.presence.timer.isActive()
    assert window.presence.timer.interval() == 30_000


def test_restarting_after_a_crash_finds_ones_own_article_free(qtbot, make_window, config_dir):
    """Redaksi crashed on this workstation while Sari had an article open, and she starts it
    again: the article opens editable, with no Take Over asked of her. Another workstation's
    presence (Andi's), and a second Redaksi of hers still running here, still count."""
    from desktop_app.core.presence_sessions import WindowSessions
    from tests.ui.window_fixtures import restart

    window = make_window()
    database = window.services.database
    sari = window.workflow.controller.person
    andi = add_person(database, "Andi Pratama", "writer")
    mine, running, andis = (
        window.articles.create(ArticleChanges(title=title, body="Isi.")).id
        for title in ("Rapat koordinasi", "Pelatihan jurnalistik", "Festival budaya")
    )
    key = window.services.key
    window.close_article()
    marks = WindowSessions(config_dir / "windows")
    crashed = PresenceService(database)  # the crashed window: its row stays, its process is gone
    assert crashed.claim(mine, sari.id) is None
    marks.hold(crashed.session_id, key)
    marks.unlock(crashed.session_id)  # (what the system does when the process ends)
    second = PresenceService(database)  # a second Redaksi of Sari's here, still running
    assert second.claim(running, sari.id) is None
    marks.hold(second.session_id, key)
    elsewhere = PresenceService(database)  # Andi, on another workstation
    assert elsewhere.claim(andis, andi.id) is None

    window = restart(qtbot, window, make_window)
    asked: list[str] = []
    window.presence.ask = lambda title, text: asked.append(text) or False
    assert window.open_article(mine)
    assert not window.presence_banner.isVisible()
    assert not body(window).isReadOnly()
    assert crashed.heartbeat() == set()  # its row is gone
    assert asked == []

    assert window.open_article(running)
    assert window.presence_banner.isVisible()
    assert f"Being edited by {sari.name} since" in window.presence_banner.text()
    assert body(window).isReadOnly()

    assert window.open_article(andis)
    assert "Being edited by Andi Pratama since" in window.presence_banner.text()
    assert body(window).isReadOnly()
    marks.let_go(second.session_id)
