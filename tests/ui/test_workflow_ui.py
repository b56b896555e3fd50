"""The workflow widgets: the header shows only what the person may do (and the core refuses the
rest anyway), review comments, history with diff and restore, people dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.demo import DEMO_PASSWORDS, fill_demo
from desktop_app.core.models import ArticleChanges
from desktop_app.services import make_services
from desktop_app.settings import Settings
from desktop_app.ui.workflow.controller import WorkflowController
from desktop_app.ui.workflow.header import WorkflowHeader
from desktop_app.ui.workflow.history import HistoryPanel
from desktop_app.ui.workflow.people_dialogs import PeopleManagerDialog
from desktop_app.ui.workflow.review import ReviewPanel
from tests.people_helpers import as_person
from tests.ui import window_fixtures

DEMO_ARTICLE = 11  # the full demo article (published)


config_dir = window_fixtures.config_dir
make_window = window_fixtures.make_window


@pytest.fixture(autouse=True)
def _english(qapp):
    """These tests read English labels, whatever an earlier test installed."""
    from desktop_app import i18n

    i18n.install_translators(qapp, "en")
    yield
    i18n.remove_translators(qapp)


@pytest.fixture
def controller(sqlite_database, tmp_path):
    fill_demo(sqlite_database)
    ctl = WorkflowController(
        make_services(sqlite_database, tmp_path / "redaksi.db"), Settings(tmp_path / "config"), "test-db"
    )
    ctl.set_article(ctl.articles.get(DEMO_ARTICLE))
    return ctl


@pytest.fixture
def people(controller):
    return {p.role: p for p in controller.people.list()}


@pytest.fixture
def header(qtbot, controller):
    widget = WorkflowHeader()
    qtbot.addWidget(widget)

    def update(article):
        widget.set_article(article, controller.actions(), controller.changed_since_publication())

    controller.article_changed.connect(update)
    widget.action_requested.connect(controller.perform)
    controller.person_changed.connect(lambda _p: update(controller.article))
    return widget


def _demo_admin(controller):
    """The demo's admin, signed in with the demo password."""
    return controller.auth.sign_in("Admin Redaksi", DEMO_PASSWORDS["admin"])


def _signed_in(controller, person):
    """``person`` (a demo person) signed in with their demo password."""
    return controller.auth.sign_in(person.name, DEMO_PASSWORDS[person.role])


def _as(controller, person):
    controller.set_person(_signed_in(controller, person))
    controller.set_article(controller.articles.get(controller.article.id))
    controller.article_changed.emit(controller.article)


def test_header_offers_only_the_persons_actions(controller, header, people):
    _as(controller, people["writer"])
    assert header.chip.text() == "Published"
    assert header.action_names() == [], "a writer can do nothing with a published article"
    _as(controller, people["editor"])
    # a live article leaves the website only through a takedown, with a public note
    assert header.action_names() == ["takedown"]
    assert header.buttons["takedown"].accessibleName() == "Take down"
    assert not header.changed_label.isVisible()


def test_core_refuses_what_the_header_hides(controller, header, people):
    _as(controller, people["writer"])
    shown = []
    controller.error_shown.connect(shown.append)
    assert controller.perform("unpublish") is None
    assert controller.articles.get(DEMO_ARTICLE).status == "published"
    assert shown
    assert "Writer" in shown[0]


def test_carrying_the_demo_article_through_the_workflow(qtbot, monkeypatch, controller, header, people):
    monkeypatch.setattr(controller, "confirm", lambda action: True)
    monkeypatch.setattr(controller, "ask_public_note", lambda action: "Ditarik untuk diperbarui.")
    editor, writer = people["editor"], people["writer"]
    _as(controller, editor)
    qtbot.mouseClick(header.buttons["takedown"], Qt.MouseButton.LeftButton)
    assert header.chip.text() == "Withdrawn"
    header.buttons["reopen"].click()
    assert header.chip.text() == "Draft"

    _as(controller, writer)
    assert header.action_names() == ["submit"]
    header.buttons["submit"].click()
    assert header.chip.text() == "In review"
    assert header.action_names() == []

    _as(controller, editor)
    monkeypatch.setattr(controller, "ask_note", lambda: None)  # cancelled: nothing happens
    header.buttons["request_changes"].click()
    assert controller.articles.get(DEMO_ARTICLE).status == "in_review"
    monkeypatch.setattr(controller, "ask_note", lambda: "Lengkapi sumber.")
    header.buttons["request_changes"].click()
    assert header.chip.text() == "Changes requested"

    _as(controller, writer)
    header.buttons["resubmit"].click()
    _as(controller, editor)
    header.buttons["approve"].click()
    header.buttons["publish"].click()
    assert header.chip.text() == "Published"
    assert header.detail.text().startswith("Online since")
    trail = controller.workflow.audit_trail(DEMO_ARTICLE)
    assert [(c.to_status, c.actor) for c in trail[-7:]] == [
        ("withdrawn", editor.name),
        ("draft", editor.name),
        ("in_review", writer.name),
        ("changes_requested", editor.name),
        ("in_review", writer.name),
        ("approved", editor.name),
        ("published", editor.name),
    ]
    assert trail[-4].note == "Lengkapi sumber."

    # an edit after publication: flagged, and a correction is offered (not "publish changes")
    a = controller.articles.get(DEMO_ARTICLE)
    controller.articles.save(a.id, ArticleChanges(title=a.title, body=a.body + "\n\nRalat."), a.version)
    _as(controller, editor)
    assert not header.changed_label.isHidden()
    assert "correct" in header.action_names()
    assert "publish_changes" not in header.action_names()


def test_header_flags_edits_made_after_approval(monkeypatch, controller, header, people):
    monkeypatch.setattr(controller, "confirm", lambda action: True)
    monkeypatch.setattr(controller, "ask_public_note", lambda action: "Ditarik untuk diperbarui.")
    _as(controller, people["editor"])
    for action in ("takedown", "reopen", "submit", "approve"):
        header.buttons[action].click()
    assert header.chip.text() == "Approved"
    assert header.changed_label.isHidden()
    a = controller.articles.get(DEMO_ARTICLE)
    controller.articles.save(a.id, ArticleChanges(title=a.title, body=a.body + " Tambahan."), a.version)
    _as(controller, people["editor"])
    assert not header.changed_label.isHidden()
    assert header.changed_label.text() == "Changed since approval"
    header.buttons["publish"].click()
    assert header.changed_label.text() == "Changed since publication"
    assert "correct" in header.action_names()


def test_review_panel_comments_select_reply_resolve(qtbot, controller, people):
    controller.set_person(_signed_in(controller, people["editor"]))
    panel = ReviewPanel(controller)
    qtbot.addWidget(panel)
    panel.refresh()
    assert panel.thread_cards() == []
    assert not panel.empty.isHidden()
    body = controller.article.body
    quote = "Transformasi Relasi"
    start = body.index(quote)
    panel.set_selection(quote, start)
    panel.edit.setPlainText("Istilah ini perlu dijelaskan.")
    panel.add_button.click()
    assert panel.edit.toPlainText() == ""
    [card] = panel.thread_cards()
    assert card.comment.quote == quote
    with qtbot.waitSignal(panel.passage_requested) as signal:
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert signal.args == [start, start + len(quote)]

    controller.set_person(_signed_in(controller, people["writer"]))
    card.reply_button.click()  # opens the reply box
    card.reply_edit.setPlainText("Sudah saya jelaskan di paragraf dua.")
    card.reply_button.click()
    [card] = panel.thread_cards()
    assert [c.body for c in panel.comments][1] == "Sudah saya jelaskan di paragraf dua."
    assert panel.title.text() == "Open comments: 1"
    card.resolve_button.click()
    assert panel.thread_cards() == [], "resolved threads hide until asked for"
    panel.show_resolved.setChecked(True)
    [card] = panel.thread_cards()
    assert card.resolve_button.objectName() == "reopenButton"
    assert controller.comments.open_count(DEMO_ARTICLE) == 0


def test_comment_anchors_follow_the_unsaved_editor_text(qtbot, controller, people):
    controller.set_person(_signed_in(controller, people["editor"]))
    panel = ReviewPanel(controller)
    qtbot.addWidget(panel)
    body = controller.article.body
    start = body.index("Transformasi Relasi")
    controller.add_comment("Cek.", "Transformasi Relasi", start)
    controller.body_text = lambda: "Paragraf baru di awal.\n\n" + body
    panel.refresh()
    [card] = panel.thread_cards()
    assert card.comment.start == start + len("Paragraf baru di awal.\n\n")


def test_history_panel_diff_and_restore(qtbot, monkeypatch, controller, people):
    controller.set_person(_signed_in(controller, people["writer"]))
    a = controller.articles.get(DEMO_ARTICLE)
    new_body = a.body.replace("Selintas ketika", "Sekilas saat", 1)
    controller.articles.save(
        a.id,
        ArticleChanges(title=a.title, body=new_body),
        a.version,
        actor=as_person(people["writer"]),
        reason="save",
    )
    controller.set_article(controller.articles.get(DEMO_ARTICLE))
    panel = HistoryPanel(controller)
    qtbot.addWidget(panel)
    panel.refresh()
    numbers = [r.number for r in panel.revisions]
    assert panel.revision_list.topLevelItemCount() == len(numbers)
    assert panel.selected_revision() == numbers[0]
    html = panel.diff_view.toHtml()
    assert "line-through" in html
    assert "Selintas ketika" in html
    assert "Sekilas saat" in html
    assert "Text" in panel.summary.text()
    # the demo's publication, and its public correction (proposed, approved)
    assert panel.audit_list.topLevelItemCount() == 3

    panel.compare(numbers[-1], numbers[0])
    assert panel.old_combo.currentData() == numbers[-1]

    monkeypatch.setattr(panel, "confirm_restore", lambda number: True)
    panel.revision_list.setCurrentItem(panel.revision_list.topLevelItem(1))
    with qtbot.waitSignal(panel.restored):
        panel.restore_button.click()
    assert controller.articles.get(DEMO_ARTICLE).body == a.body
    assert [r.number for r in panel.revisions][:2] == [numbers[0] + 1, numbers[0]]
    assert panel.revisions[0].reason == "restore"


def test_people_manager_adds_renames_changes_roles_and_deactivates(qtbot, monkeypatch, controller):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    dialog = PeopleManagerDialog(controller.people, _demo_admin(controller))
    qtbot.addWidget(dialog)
    start = dialog.table.rowCount()
    dialog.name_edit.setText("Andi Saputra")
    dialog.add_button.click()
    assert dialog.table.rowCount() == start + 1
    row = dialog.row_of("Andi Saputra")
    dialog.table.item(row, 0).setText("Andi S.")
    row = dialog.row_of("Andi S.")
    assert row >= 0
    dialog.table.cellWidget(row, 1).setCurrentIndex(1)
    andi = next(p for p in controller.people.list() if p.name == "Andi S.")
    assert andi.role == "editor"
    row = dialog.row_of("Andi S.")
    dialog.table.item(row, 2).setCheckState(Qt.CheckState.Unchecked)
    assert not controller.people.get(andi.id).active
    assert "Andi S." not in [p.name for p in controller.people.list()]
    assert "Andi S." in [p.name for p in controller.people.list(include_inactive=True)]
    row = dialog.row_of("Andi S.")
    dialog.table.item(row, 0).setText("   ")
    assert warnings, "an empty name is refused with a message"
    assert controller.people.get(andi.id).name == "Andi S."
    assert not [b for b in dialog.findChildren(type(dialog.add_button)) if "delete" in b.text().lower()], (
        "people are never deleted here"
    )


def test_manage_people_acts_as_the_signed_in_admin(monkeypatch, controller, people):
    opened = []
    monkeypatch.setattr(controller, "exec_dialog", lambda dialog: opened.append(dialog.actor) or False)
    controller.set_person(_signed_in(controller, people["writer"]))
    errors = []
    controller.error_shown.connect(errors.append)
    controller.manage_people()
    assert opened == []
    assert errors == ["Only an admin manages people."]
    controller.set_person(_signed_in(controller, people["admin"]))
    controller.manage_people()
    assert [(a.person_id, a.role) for a in opened] == [(people["admin"].id, "admin")]


# -- in the main window ---------------------------------------------------------------------


@pytest.fixture
def window(qtbot, tmp_path):
    from db.database import open_database
    from desktop_app.app import build_main_window
    from desktop_app.workers import wait_for_workers

    target = tmp_path / "demo.db"
    database = open_database(target)
    fill_demo(database)
    database.close()
    settings = Settings(tmp_path / "config")
    writer = next(p for p in _people_of(target) if p.role == "writer")
    settings.set_current_person(str(target.resolve()), writer.id)
    settings.sync()
    win = build_main_window(str(target), tmp_path / "config", "en")
    qtbot.addWidget(win)
    controller = win.workflow.controller
    controller.set_person(controller.auth.sign_in(writer.name, DEMO_PASSWORDS["writer"]))
    yield win
    wait_for_workers()
    win.close()
    win.services.database.close()


def _people_of(target):
    from db.database import open_database
    from desktop_app.core.people import PeopleService

    database = open_database(target)
    try:
        return PeopleService(database).list()
    finally:
        database.close()


def test_main_window_hosts_the_workflow(qtbot, monkeypatch, window):
    panels = window.workflow
    assert panels.controller.person.role == "writer"
    assert window.findChild(WorkflowHeader, "workflowHeader") is panels.header
    assert "Penulis Demo" in panels.person_button.text()
    draft = next(h for h in window.articles.list_headlines() if h.status == "draft")
    assert window.open_article(draft.id)
    assert panels.header.chip.text() == "Draft"
    assert panels.header.action_names() == ["submit"]

    # typing, then submitting: the text is saved first and the revision is the writer's
    body = window.editor.body_edit
    body.selectAll()
    body.insertPlainText("Rapat koordinasi membahas standar pelayanan publik.")
    panels.header.buttons["submit"].click()
    saved = window.articles.get(draft.id)
    assert saved.status == "in_review"
    assert saved.body == "Rapat koordinasi membahas standar pelayanan publik."
    assert not window.autosave.dirty
    assert window.autosave.article.version == saved.version, "no conflict on the next save"
    assert panels.header.action_names() == []
    newest = panels.controller.revisions.list(draft.id)[0]
    assert (newest.reason, newest.author) == ("submit", "Penulis Demo")

    # a comment on the selected passage; clicking it selects the passage again
    text = body.toPlainText()
    start = text.index("standar pelayanan")
    from PySide6.QtGui import QTextCursor

    cursor = body.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("standar pelayanan"), QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    panels.show_tab(panels.review)
    assert "standar pelayanan" in panels.review.selection_label.text()
    panels.review.edit.setPlainText("Standar yang mana?")
    panels.review.add_button.click()
    assert panels.header.comments_button.text() == "Comments (1)"
    body.moveCursor(QTextCursor.MoveOperation.Start)
    [card] = panels.review.thread_cards()
    card.clicked.emit(card.comment)
    assert body.textCursor().selectedText() == "standar pelayanan"

    # the history shows the submit with its diff
    panels.show_tab(panels.history)
    assert panels.history.revisions[0].reason == "submit"
    assert "pelayanan" in panels.history.diff_view.toPlainText()


def test_commented_passages_are_tinted_while_the_review_panel_shows(qtbot, window):
    from PySide6.QtGui import QTextCursor

    panels = window.workflow
    draft = next(h for h in window.articles.list_headlines() if h.status == "draft")
    assert window.open_article(draft.id)
    body = window.editor.body_edit
    body.setPlainText("Rapat koordinasi membahas standar pelayanan publik.")
    start = body.toPlainText().index("standar pelayanan")
    cursor = body.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("standar pelayanan"), QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    panels.show_tab(panels.review)
    panels.review.edit.setPlainText("Standar yang mana?")
    panels.review.add_button.click()

    def marked() -> list[str]:
        return [mark.cursor.selectedText() for mark in body.extraSelections()]

    assert marked() == ["standar pelayanan"]
    body.moveCursor(QTextCursor.MoveOperation.Start)
    body.insertPlainText("Hari ini, ")  # the mark moves with the text
    assert marked() == ["standar pelayanan"]
    panels.show_tab(panels.history)
    assert marked() == ["standar pelayanan"], "whichever tab shows"
    panels.dock.hide()
    assert marked() == []
    panels.show_tab(panels.review)
    assert marked() == ["standar pelayanan"]
    [card] = panels.review.thread_cards()
    card.resolve_button.click()
    assert marked() == [], "a resolved comment is not marked"


def test_changing_an_image_s_words_shows_changed_since_publication_at_once(qtbot, make_window):
    """An image's words belong to the published text: after Image Properties or the media
    library changed them, the header says so without waiting for the next save."""
    from tests.core.test_image_words import NEW, OLD, _asset
    from tests.people_helpers import add_person

    window = make_window()
    services = window.services
    editor = as_person(add_person(services.database, "Redaktur", "editor"))
    featured = _asset(1, OLD)
    article = services.articles.create(
        ArticleChanges(title="Internet Desa", body="Isi.", featured_image_id=featured.id)
    )
    for action in ("submit", "approve", "publish"):
        services.workflow.perform(article.id, action, editor)
    assert window.open_article(article.id)
    header = window.workflow.header
    assert header.changed_label.isHidden()
    services.assets.update_metadata(featured.id, alt_text=NEW[0], caption=NEW[1], credit=NEW[2])
    window.media.images_changed.emit()  # what Image Properties and the library do after a change
    assert not header.changed_label.isHidden()
    assert header.changed_label.text() == "Changed since publication"
