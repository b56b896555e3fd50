"""The demo content comes from the seed file, verbatim."""

from __future__ import annotations

import pytest

from desktop_app.core.articles import ArticleService
from desktop_app.core.demo import fill_demo
from desktop_app.core.errors import ValidationError
from desktop_app.core.models import HeadlineQuery
from desktop_app.core.revisions import RevisionService
from tests.conftest import SEEDS_DIR


def _first_publication(article_id: int) -> int:
    from db.models import Revision

    return (
        Revision.select(Revision.number)
        .where((Revision.article == article_id) & (Revision.reason == "publish"))
        .order_by(Revision.number)
        .first()
        .number
    )


def _seed():
    return next(SEEDS_DIR.glob("*.txt")).read_text(encoding="utf-8").split("\n")


def test_demo_has_every_seed_headline_verbatim(demo_database):
    titles = {h.title for h in ArticleService(demo_database).list_headlines()}
    headlines = [line[2:] for line in _seed() if line.startswith("- ")]
    assert len(headlines) == 10
    assert set(headlines) <= titles
    assert headlines[4].endswith("Terkait SPBE ke Kab")


def test_demo_full_article_paragraphs_verbatim(demo_database):
    service = ArticleService(demo_database)
    lines = _seed()
    start = lines.index("E-Government : Konsep Dan Implementasi")
    paragraphs = [p for p in lines[start + 1 :] if p.strip()]
    article = next(h for h in service.list_headlines() if h.title == lines[start])
    data = service.get(article.id)
    assert data.status == "published"
    # verbatim as first published; since corrected once, publicly ("di rumuskan" → "dirumuskan")
    first = RevisionService(demo_database).get(article.id, _first_publication(article.id))
    assert first.body.split("\n\n") == paragraphs
    assert data.body == first.body.replace("di rumuskan", "dirumuskan")
    assert data.body != first.body


def test_demo_spreads_statuses(demo_database):
    statuses = {h.status for h in ArticleService(demo_database).list_headlines(HeadlineQuery())}
    assert {"draft", "in_review", "changes_requested", "approved", "published"} <= statuses


def test_demo_refuses_non_empty_database(demo_database):
    with pytest.raises(ValidationError):
        fill_demo(demo_database)


def test_the_demo_people_sign_in_with_the_documented_passwords(demo_database):
    from desktop_app.core.auth import AuthService
    from desktop_app.core.demo import DEMO_PASSWORDS, load_demo_data

    auth = AuthService(demo_database)
    assert not auth.needs_first_admin()
    for person in load_demo_data()["people"]:
        signed_in = auth.sign_in(person["name"], DEMO_PASSWORDS[person["key"]])
        assert (signed_in.name, signed_in.role) == (person["name"], person["role"])


def test_demo_refuses_a_database_with_people(database):
    from tests.people_helpers import admin_of

    admin_of(database)
    with pytest.raises(ValidationError) as caught:
        fill_demo(database)
    assert caught.value.code == "database_not_empty"


def test_demo_has_a_public_correction_signed_by_the_editor(demo_database):
    from desktop_app.core.corrections import CorrectionService
    from desktop_app.core.workflow import WorkflowService

    service = ArticleService(demo_database)
    article = next(h for h in service.list_headlines() if h.title.startswith("E-Government"))
    [correction] = CorrectionService(demo_database).corrections(article.id)
    assert correction.state == "approved"
    assert "dirumuskan" in correction.note
    assert correction.decided_by == "Redaktur Demo"
    assert correction.published_revision == service.get(article.id).published_revision
    workflow = WorkflowService(demo_database)
    trail = workflow.audit_trail(article.id)
    assert [c.action for c in trail[-2:]] == ["correct", "approve_correction"]
    assert set(workflow.verification_of(article.id).values()) == {"valid"}
