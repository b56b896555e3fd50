"""Checks before publishing in the window: the checklist line, warnings asked once,
confirmations that name the article, the change-request dialog and banner, the editor's note in
the sidebar row, the "For me" filter, and a new article's author."""

from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit

from desktop_app.core import checklist
from desktop_app.core.models import ArticleChanges
from desktop_app.ui.workflow.change_request import ChangeRequestDialog
from desktop_app.workers import wait_for_workers
from tests.people_helpers import add_person, as_person
from tests.ui import window_fixtures

config_dir = window_fixtures.config_dir
make_window = window_fixtures.make_window

BODY = " ".join(["Pemerintah daerah membangun jalan baru di kecamatan itu."] * 25)


def _questions(monkeypatch, answer):
    asked: list[tuple[str, str]] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append((title, text))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _open(qtbot, window, article_id):
    assert window.open_article(article_id)
    wait_for_workers()
    qtbot.wait(10)


def _newsroom(window):
    database = window.services.database
    writer = add_person(database, "Sari Penulis", "writer")
    editor = add_person(database, "Budi Redaktur", "editor")
    return writer, editor


def test_approve_publish_unpublish_ask_first_naming_the_article(qtbot, monkeypatch, make_window):
    window = make_window()
    articles, c = window.articles, window.workflow.controller
    article = articles.create(ArticleChanges(title="Jalan Baru Diresmikan", body="Teks."), actor=c.session)
    c.workflow.perform(article.id, "submit", c.session)
    _open(qtbot, window, article.id)

    asked = _questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert c.perform("approve") is None
    assert articles.get(article.id).status == "in_review"
    assert "Approve “Jalan Baru Diresmikan”?" in asked[-1][1]

    asked = _questions(monkeypatch, QMessageBox.StandardButton.Yes)
    assert c.perform("approve").status == "approved"
    asked = _questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert c.perform("publish") is None
    assert asked[-1][1] == (
        "Publish “Jalan Baru Diresmikan” on the website now? The next website export puts it online."
    )
    # an embargo: the question says when
    current = articles.get(article.id)
    embargo = _dt.datetime(2031, 5, 1, 7, 5)  # 14.05 WIB
    articles.save(
        article.id,
        ArticleChanges(title=current.title, body=current.body, publish_at=embargo),
        current.version,
    )
    c.set_article(articles.get(article.id))
    c.perform("publish")
    assert "on the website at Thursday, 1 May 2031 14:05 WIB (its embargo)?" in asked[-1][1]
    assert articles.get(article.id).status == "approved"

    asked = _questions(monkeypatch, QMessageBox.StandardButton.Yes)
    assert c.perform("publish").status == "published"
    asked = _questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert c.perform("unpublish") is None
    assert asked[-1][1] == "Take “Jalan Baru Diresmikan” off the website? It stays approved."
    assert articles.get(article.id).status == "published"


def test_delete_forever_asks_naming_the_article(qtbot, monkeypatch, make_window):
    window = make_window()
    article = window.articles.create(ArticleChanges(title="Berita Lama"), actor=window.current_session())
    window.articles.trash(article.id)
    asked = _questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.commands.delete_forever(article.id)
    assert window.articles.get(article.id).deleted_at is not None
    assert any("Berita Lama" in text for _title, text in asked)


@pytest.mark.checklist
def test_the_checklist_line_names_what_is_missing(qtbot, monkeypatch, make_window):
    monkeypatch.setattr(checklist, "misspelled_words", lambda _d, _a: [])
    window = make_window()
    panel = window.workflow.checklist
    article = window.articles.create(ArticleChanges(title="Rapat Staf"), actor=window.current_session())
    _open(qtbot, window, article.id)
    qtbot.waitUntil(lambda: panel.checklist is not None and panel.isVisible())
    assert panel.property("state") == "blocking"
    assert panel.summary.text().startswith("Checklist: missing Lead (summary), Category")
    assert "Dateline place" in panel.summary.text()
    assert "✗  No category chosen" in panel.details.text()
    assert "✓  Author: named" in panel.details.text()
    # the required items block the button too, with the same words
    shown: list[str] = []
    window.workflow.controller.error_shown.connect(shown.append)
    assert window.workflow.controller.perform("submit") is None
    assert "No category chosen" in shown[-1]
    assert window.articles.get(article.id).status == "draft"


@pytest.mark.checklist
def test_warnings_are_asked_once(qtbot, monkeypatch, make_window):
    monkeypatch.setattr(checklist, "misspelled_words", lambda _d, _a: [])
    window = make_window()
    c = window.workflow.controller
    article = window.articles.create(
        ArticleChanges(
            title="Rapat Staf", summary="Rapat.", body="Singkat saja.", dateline="Arosuka", category="Berita"
        ),
        actor=c.session,
    )
    _open(qtbot, window, article.id)
    asked = _questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert c.perform("submit") is None
    assert len(asked) == 1
    assert "2 words; the office asks for at least 150" in asked[0][1]
    assert window.articles.get(article.id).status == "draft"
    asked = _questions(monkeypatch, QMessageBox.StandardButton.Yes)
    assert c.perform("submit").status == "in_review"
    # approving asks once: the warnings and the confirmation together
    assert c.perform("approve").status == "approved"
    assert len(asked) == 2
    assert "Approve “Rapat Staf”?" in asked[1][1]
    assert "2 words" in asked[1][1]


def test_the_change_request_dialog_wraps_and_needs_a_note(qtbot):
    dialog = ChangeRequestDialog("Rapat Staf")
    qtbot.addWidget(dialog)
    assert dialog.width() >= 520 or dialog.minimumWidth() >= 520
    assert dialog.edit.lineWrapMode() == QPlainTextEdit.LineWrapMode.WidgetWidth
    assert not dialog.ok_button.isEnabled()
    dialog.edit.setPlainText("  ")
    assert not dialog.ok_button.isEnabled()
    dialog.edit.setPlainText("Tambahkan kutipan Kepala Dinas. " * 10)
    assert dialog.ok_button.isEnabled()
    dialog.show()
    assert dialog.edit.horizontalScrollBar().maximum() == 0, "it wraps: no scrolling sideways"


def test_change_request_banner_row_and_for_me(qtbot, monkeypatch, make_window):
    window = make_window()
    writer, editor = _newsroom(window)
    articles, c, sidebar = window.articles, window.workflow.controller, window.sidebar
    article = articles.create(ArticleChanges(title="Jalan Baru", body="Teks."), actor=as_person(writer))
    c.workflow.perform(article.id, "submit", as_person(writer))
    other = articles.create(ArticleChanges(title="Rapat Lain"), actor=as_person(editor))

    c.set_person(as_person(editor))
    sidebar.refresh()
    _open(qtbot, window, article.id)
    monkeypatch.setattr(c, "ask_note", lambda: "Tambahkan kutipan Kepala Dinas.")
    assert c.perform("request_changes").status == "changes_requested"
    banner = window.workflow.change_banner
    assert banner.isVisible()
    assert banner.label.text().startswith("Changes requested by Budi Redaktur (")
    assert banner.label.text().endswith("): Tambahkan kutipan Kepala Dinas.")
    row = sidebar.model.row_of(article.id)
    assert sidebar.model.headline(row).change_note == "Tambahkan kutipan Kepala Dinas."
    assert "Changes requested by Budi Redaktur" in sidebar.model.data(
        sidebar.model.index(row, 0),
        3,  # ToolTipRole
    )

    # the writer: "For me" lists what was sent back to them, and only that
    c.set_person(as_person(writer))
    sidebar.show_for_me()
    wait_for_workers()
    ids = [sidebar.model.headline(r).id for r in range(sidebar.model.rowCount())]
    assert ids == [article.id]
    assert other.id not in ids
    qtbot.waitUntil(lambda: sidebar.filter_combo.currentText() == "For me (1)")
    _open(qtbot, window, article.id)
    assert banner.isVisible()
    assert c.perform("resubmit").status == "in_review"
    assert not banner.isVisible(), "gone once resubmitted"
    wait_for_workers()
    assert sidebar.model.rowCount() == 0

    # the editor: "For me" lists what waits for review
    c.set_person(as_person(editor))
    wait_for_workers()
    ids = [sidebar.model.headline(r).id for r in range(sidebar.model.rowCount())]
    assert ids == [article.id]


def test_a_new_article_never_offers_nobody_as_author(qtbot, make_window):
    window = make_window()
    window.action_new.trigger()
    combo = window.editor.author_combo
    items = [combo.itemText(i) for i in range(combo.count())]
    assert "(nobody)" not in items
    assert combo.currentText() == window.workflow.controller.person.name
