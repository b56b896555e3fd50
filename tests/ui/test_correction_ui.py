"""The correction and takedown dialogs: the public note is required, the preview shows how the
website will print it, and the header's buttons carry a correction through approval and take an
article down."""

from __future__ import annotations

import datetime as _dt

import pytest

from desktop_app.core.demo import DEMO_PASSWORDS, fill_demo
from desktop_app.core.models import ArticleChanges
from desktop_app.services import make_services
from desktop_app.settings import Settings
from desktop_app.ui.workflow.controller import WorkflowController
from desktop_app.ui.workflow.correction_dialog import (
    ApproveCorrectionDialog,
    CorrectionDialog,
    RejectCorrectionDialog,
    TakedownDialog,
)
from desktop_app.ui.workflow.header import WorkflowHeader
from desktop_app.ui.workflow.history import HistoryPanel

DEMO_ARTICLE = 11  # the full demo article (published, corrected once)
DAY = _dt.date(2026, 12, 5)


@pytest.fixture(autouse=True)
def _english(qapp):
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
def header(qtbot, controller):
    widget = WorkflowHeader()
    qtbot.addWidget(widget)

    def update(article):
        widget.set_article(article, controller.actions(), controller.changed_since_publication())

    controller.article_changed.connect(update)
    widget.action_requested.connect(controller.perform)
    controller.person_changed.connect(lambda _p: update(controller.article))
    return widget


def _as(controller, role):
    person = next(p for p in controller.people.list() if p.role == role)
    controller.set_person(controller.auth.sign_in(person.name, DEMO_PASSWORDS[role]))
    controller.set_article(controller.articles.get(DEMO_ARTICLE))
    controller.article_changed.emit(controller.article)
    return person


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("id", "Ralat, 5 Desember 2026: Salah ketik. (disetujui oleh the approving editor)"),
        ("en", "Correction, 5 December 2026: Salah ketik. (approved by the approving editor)"),
    ],
)
def test_the_correction_dialog_needs_a_note_and_previews_it(qtbot, language, expected):
    dialog = CorrectionDialog("E-Government", language, DAY)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.edit.setPlainText("   \n ")
    assert not dialog.ok_button.isEnabled(), "a blank note is no note"
    dialog.edit.setPlainText("  Salah ketik.  ")
    assert dialog.ok_button.isEnabled()
    assert dialog.note() == "Salah ketik."
    assert dialog.preview.text() == expected
    dialog.edit.setPlainText("x" * 1001)
    assert not dialog.ok_button.isEnabled()
    assert not dialog.problem.isHidden()


def test_the_takedown_dialog_previews_the_withdrawal_page(qtbot):
    dialog = TakedownDialog("Anggaran", "id", DAY)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.edit.setPlainText("Data belum final.")
    assert dialog.preview.text() == "Berita ini ditarik pada 5 Desember 2026. Alasan: Data belum final."
    assert dialog.ok_button.text() == "Take down"


def test_approval_shows_the_note_read_only_and_rejection_needs_a_reason(qtbot):
    approve = ApproveCorrectionDialog("E-Government", "Salah ketik.", "Penulis", "Redaktur", "id", DAY)
    qtbot.addWidget(approve)
    assert approve.edit.isReadOnly()
    assert approve.ok_button.isEnabled()
    assert approve.preview.text() == "Ralat, 5 Desember 2026: Salah ketik. (disetujui oleh Redaktur)"
    reject = RejectCorrectionDialog("E-Government")
    qtbot.addWidget(reject)
    assert not reject.ok_button.isEnabled()
    assert reject.preview.isHidden(), "the reason is for the writer, not the website"


def test_a_correction_through_the_header(qtbot, monkeypatch, controller, header):
    writer = _as(controller, "writer")
    assert header.action_names() == []  # nothing changed since publication
    a = controller.articles.get(DEMO_ARTICLE)
    controller.articles.save(
        a.id,
        ArticleChanges(title=a.title, body=a.body.replace("Pemerintah", "Pemerintah Daerah", 1)),
        a.version,
    )
    _as(controller, "writer")
    assert header.action_names() == ["correct"]
    assert header.buttons["correct"].text() == "Propose correction…"

    asked = []

    def run(dialog):
        asked.append(dialog)
        if isinstance(dialog, CorrectionDialog):
            dialog.edit.setPlainText("Nama lembaga dilengkapi.")
        return True

    monkeypatch.setattr(controller, "exec_dialog", run)
    header.buttons["correct"].click()
    assert isinstance(asked[-1], CorrectionDialog)
    [pending] = [
        c for c in controller._services.corrections.corrections(DEMO_ARTICLE) if c.state == "pending"
    ]
    assert (pending.note, pending.proposed_by) == ("Nama lembaga dilengkapi.", writer.name)

    editor = _as(controller, "editor")
    assert header.action_names()[:2] == ["approve_correction", "reject_correction"]
    header.buttons["approve_correction"].click()
    dialog = asked[-1]
    assert isinstance(dialog, ApproveCorrectionDialog)
    assert dialog.edit.toPlainText() == "Nama lembaga dilengkapi."
    assert f"(disetujui oleh {editor.name})" in dialog.preview.text()
    article = controller.articles.get(DEMO_ARTICLE)
    assert "Pemerintah Daerah" in controller.revisions.get(DEMO_ARTICLE, article.published_revision).body
    assert controller._services.corrections.pending(DEMO_ARTICLE) is None

    history = HistoryPanel(controller)
    qtbot.addWidget(history)
    history.refresh()
    rows = [
        history.revision_list.topLevelItem(i).text(1)
        for i in range(history.revision_list.topLevelItemCount())
    ]
    assert rows[0].startswith("Correction published")
    assert rows[0].startswith("Correction published · on the website — ")
    marked = [
        r for r in rows if r.startswith(("Published · was on the website", "Correction published · was"))
    ]
    assert len(marked) >= 2, "every published version is marked"
    trail = [
        history.audit_list.topLevelItem(i).text(0) for i in range(history.audit_list.topLevelItemCount())
    ]
    assert trail[0].startswith("Approve correction")
    assert "→" not in trail[0]


def test_cancelling_the_dialog_changes_nothing(monkeypatch, controller, header):
    _as(controller, "editor")
    before = controller.workflow.audit_trail(DEMO_ARTICLE)
    monkeypatch.setattr(controller, "exec_dialog", lambda dialog: False)
    header.buttons["takedown"].click()
    assert controller.articles.get(DEMO_ARTICLE).status == "published"
    assert controller.workflow.audit_trail(DEMO_ARTICLE) == before


def test_a_takedown_through_the_header(monkeypatch, controller, header):
    _as(controller, "editor")

    def run(dialog):
        assert isinstance(dialog, TakedownDialog)
        dialog.edit.setPlainText("Ditarik atas permintaan narasumber.")
        return True  # (accepted)

    monkeypatch.setattr(controller, "exec_dialog", run)
    header.buttons["takedown"].click()
    assert header.chip.text() == "Withdrawn"
    assert header.action_names() == ["archive", "reopen"]
    [takedown] = controller._services.corrections.takedowns(DEMO_ARTICLE)
    assert takedown.note == "Ditarik atas permintaan narasumber."
