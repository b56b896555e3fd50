"""The History panel marks each signed status change: ✓ when its signature holds, ⚠ when the
record or the text it signed was changed afterwards; nothing on unsigned records."""

from __future__ import annotations

import pytest

from db.models import StatusChange
from desktop_app.core import audit
from desktop_app.core.demo import DEMO_PASSWORDS, fill_demo
from desktop_app.services import make_services
from desktop_app.settings import Settings
from desktop_app.ui.workflow.controller import WorkflowController
from desktop_app.ui.workflow.history import HistoryPanel

DEMO_ARTICLE = 6  # a published demo article, its publication signed (and nothing since)


@pytest.fixture(autouse=True)
def _english(qapp):
    from desktop_app import i18n

    i18n.install_translators(qapp, "en")
    yield
    i18n.remove_translators(qapp)


@pytest.fixture
def panel(qtbot, sqlite_database, tmp_path):
    fill_demo(sqlite_database)
    controller = WorkflowController(
        make_services(sqlite_database, tmp_path / "redaksi.db"), Settings(tmp_path / "config"), "test-db"
    )
    controller.set_article(controller.articles.get(DEMO_ARTICLE))
    widget = HistoryPanel(controller)
    qtbot.addWidget(widget)
    return widget


def _marks(panel) -> list[tuple[str, str]]:
    items = [panel.audit_list.topLevelItem(i) for i in range(panel.audit_list.topLevelItemCount())]
    return [(item.text(0), item.toolTip(0)) for item in items]


def test_a_signed_publication_shows_the_verified_mark(panel):
    panel.refresh()
    [(text, tip)] = _marks(panel)
    assert text.endswith("✓")
    assert tip == "Signature valid"


def test_text_changed_in_sql_after_signing_shows_the_invalid_mark(panel, sqlite_database):
    record = StatusChange.get(StatusChange.article == DEMO_ARTICLE)
    sqlite_database.execute_sql(
        "UPDATE revision SET body = body || ' (diubah)' WHERE article_id = ? AND number = ?",
        [DEMO_ARTICLE, record.revision],
    )
    panel.refresh()
    [(text, tip)] = _marks(panel)
    assert text.endswith("⚠")
    assert "changed" in tip


def test_an_unsigned_record_has_no_mark(panel, sqlite_database):
    controller = panel.controller
    editor = next(p for p in controller.people.list() if p.role == "editor")
    signed_in = controller.auth.sign_in(editor.name, DEMO_PASSWORDS["editor"])
    controller.workflow.perform(DEMO_ARTICLE, "takedown", signed_in, note="Ditarik.")
    # made a record from before signatures: unsigned (its hash made again: the chain holds)
    row = StatusChange.select().order_by(StatusChange.id.desc()).first()
    row.signer_key, row.signature = None, ""
    row.record_hash = audit.record_hash(row)
    row.save()
    controller.workflow.perform(DEMO_ARTICLE, "reopen", signed_in)
    controller.set_article(controller.articles.get(DEMO_ARTICLE))
    panel.refresh()
    marks = _marks(panel)  # newest first
    assert marks[0][0].endswith("✓")
    assert marks[2][0].endswith("✓")
    assert not marks[1][0].endswith(("✓", "⚠"))
    assert marks[1][1] == ""
