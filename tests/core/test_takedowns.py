"""Takedowns ("Tarik berita") on SQLite and PostgreSQL: a live article withdrawn with a public
note, the withdrawal page at its address (not in the sitemap, lists or feeds), bad input, the
audit trail, and re-publishing through approval."""

from __future__ import annotations

import datetime as _dt
import re

import feedparser
import pytest

from db.models import StatusChange, Takedown
from desktop_app.core.corrections import CorrectionService, withdrawn_articles
from desktop_app.core.errors import InvalidTransition, PermissionDenied
from desktop_app.core.export import export_site
from desktop_app.core.models import ArticleChanges
from desktop_app.core.people import PeopleService
from desktop_app.core.site_settings import SiteSettings, save_site_settings
from desktop_app.core.status import STORED_STATUSES
from desktop_app.core.workflow import NOTE_MAX_LENGTH, Action, WorkflowService, available_actions, is_live
from tests.people_helpers import admin_of, as_person

NOTE = "Data anggaran dalam berita ini belum final."


@pytest.fixture
def people(database):
    admin = admin_of(database, "Orang admin")
    service = PeopleService(database)
    return {
        "writer": service.create(admin, "Penulis Satu", "writer"),
        "editor": service.create(admin, "Redaktur Satu", "editor"),
    }


@pytest.fixture
def workflow(database):
    return WorkflowService(database)


def _live(articles, workflow, people, title="Anggaran Desa 2027", now=None):
    article = articles.create(ArticleChanges(title=title, body="Isi berita.", category="Berita"))
    editor = as_person(people["editor"])
    for action in ("submit", "approve", "publish"):
        workflow.perform(article.id, action, editor, now=now)
    return articles.get(article.id)


def test_withdrawn_is_a_stored_status():
    assert "withdrawn" in STORED_STATUSES


def test_a_takedown_withdraws_a_live_article(articles, workflow, people):
    article = _live(articles, workflow, people)
    assert Action.TAKEDOWN in available_actions(people["editor"], article)
    assert Action.TAKEDOWN not in available_actions(people["writer"], article)
    with pytest.raises(PermissionDenied):
        workflow.perform(article.id, "takedown", as_person(people["writer"]), note=NOTE)
    withdrawn = workflow.perform(article.id, "takedown", as_person(people["editor"]), note=NOTE)
    assert withdrawn.status == "withdrawn"
    assert not is_live(withdrawn)
    [takedown] = CorrectionService(articles.db).takedowns(article.id)
    assert (takedown.slug, takedown.title, takedown.note, takedown.actor) == (
        article.slug,
        article.title,
        NOTE,
        people["editor"].name,
    )
    assert takedown.published_at == article.published_at
    last = workflow.audit_trail(article.id)[-1]
    assert (last.action, last.from_status, last.to_status, last.note, last.signed) == (
        "takedown",
        "published",
        "withdrawn",
        NOTE,
        True,
    )
    assert workflow.verification_of(article.id)[last.id] == "valid"
    assert [t.uuid for t in withdrawn_articles()] == [takedown.uuid]


@pytest.mark.parametrize("note", ["", "   "])
def test_a_takedown_needs_a_public_note(articles, workflow, people, note):
    article = _live(articles, workflow, people)
    before = StatusChange.select().count()
    with pytest.raises(InvalidTransition) as info:
        workflow.perform(article.id, "takedown", as_person(people["editor"]), note=note)
    assert info.value.reason == "public_note_required"
    assert articles.get(article.id).status == "published"
    assert StatusChange.select().count() == before
    assert not Takedown.select().exists()


def test_a_public_note_too_long_is_refused_and_control_characters_go(articles, workflow, people):
    article = _live(articles, workflow, people)
    editor = as_person(people["editor"])
    with pytest.raises(InvalidTransition) as info:
        workflow.perform(article.id, "takedown", editor, note="x" * (NOTE_MAX_LENGTH + 1))
    assert info.value.reason == "note_too_long"
    assert articles.get(article.id).status == "published"
    assert not Takedown.select().exists()
    # A vertical tab or a NUL pasted from a word processor would break PostgreSQL or the XML
    # feeds: the note keeps its words without them.
    workflow.perform(article.id, "takedown", editor, note="Data\x0b belum\x00 final.\ufffe")
    [takedown] = CorrectionService(articles.db).takedowns(article.id)
    assert takedown.note == "Data belum final."


@pytest.mark.parametrize("path", [[], ["submit"], ["submit", "approve"]])
def test_a_takedown_of_an_unpublished_article_is_refused(articles, workflow, people, path):
    article = articles.create(ArticleChanges(title="Belum terbit", body="x", category="Berita"))
    for action in path:
        workflow.perform(article.id, action, as_person(people["editor"]))
    status = articles.get(article.id).status
    with pytest.raises(InvalidTransition) as info:
        workflow.perform(article.id, "takedown", as_person(people["editor"]), note=NOTE)
    assert info.value.reason == "not_live"
    assert articles.get(article.id).status == status
    assert not Takedown.select().exists()


def test_unpublish_and_archive_of_a_live_article_point_to_takedown(articles, workflow, people):
    article = _live(articles, workflow, people)
    for action in ("unpublish", "archive"):
        with pytest.raises(InvalidTransition) as info:
            workflow.perform(article.id, action, as_person(people["editor"]))
        assert info.value.reason == "takedown_required"
    assert is_live(articles.get(article.id))
    workflow.perform(article.id, "takedown", as_person(people["editor"]), note=NOTE)
    archived = workflow.perform(article.id, "archive", as_person(people["editor"]))
    assert archived.status == "archived"
    assert [t.note for t in withdrawn_articles()] == [NOTE], "the withdrawal page stays"


def _site(database, language="id"):
    save_site_settings(
        database,
        SiteSettings(title="Diskominfo Contoh", base_url="https://kominfo.contoh.go.id/", language=language),
        actor=admin_of(database, "Orang admin"),
    )


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_website_keeps_a_withdrawal_page(database, articles, workflow, people, tmp_path, language):
    _site(database, language)
    when = _dt.datetime(2026, 11, 20, 3, 0)
    article = _live(articles, workflow, people, now=when)
    other = _live(articles, workflow, people, title="Berita Lain", now=when)
    out = tmp_path / "site"
    export_site(database, out, now=when + _dt.timedelta(days=1))
    path = out / "berita" / f"{article.slug}.html"
    assert 'class="article-body"' in path.read_text(encoding="utf-8")

    gone = when + _dt.timedelta(days=15)  # 5 December 2026 (WIB)
    workflow.perform(article.id, "takedown", as_person(people["editor"]), note=NOTE, now=gone)
    export_site(database, out, now=gone)
    page = path.read_text(encoding="utf-8")
    assert '<meta name="robots" content="noindex">' in page
    assert 'class="article-body"' not in page, "no body"
    assert "Isi berita." not in page
    assert article.title in page
    assert NOTE in page
    expected = (
        "Berita ini ditarik pada 5 Desember 2026"
        if language == "id"
        else "This article was withdrawn on 5 December 2026"
    )
    assert expected in page
    for name in ("index.html", "kategori/berita.html"):
        listing = (out / name).read_text(encoding="utf-8")
        assert article.slug not in listing
        assert other.slug in listing
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    assert f"berita/{article.slug}.html" not in sitemap
    assert f"berita/{other.slug}.html" in sitemap
    atom = feedparser.parse((out / "atom.xml").read_text(encoding="utf-8"))
    assert [e.title for e in atom.entries] == ["Berita Lain"]
    rss = feedparser.parse((out / "rss.xml").read_text(encoding="utf-8"))
    assert [e.title for e in rss.entries] == ["Berita Lain"]


def test_republishing_needs_approval_and_replaces_the_withdrawal_page(
    database, articles, workflow, people, tmp_path
):
    _site(database)
    article = _live(articles, workflow, people)
    editor = as_person(people["editor"])
    workflow.perform(article.id, "takedown", editor, note=NOTE)
    out = tmp_path / "site"
    export_site(database, out)
    path = out / "berita" / f"{article.slug}.html"
    assert "noindex" in path.read_text(encoding="utf-8")
    # no way straight back online: reopen as a draft, then the usual review
    withdrawn = articles.get(article.id)
    assert [a.value for a in available_actions(people["editor"], withdrawn)] == ["archive", "reopen"]
    for action in ("publish", "approve", "publish_changes", "correct"):
        with pytest.raises(InvalidTransition):
            workflow.perform(article.id, action, editor, note="x")
    draft = workflow.perform(article.id, "reopen", editor)
    assert draft.status == "draft"
    export_site(database, out)
    assert "noindex" in path.read_text(encoding="utf-8"), "still withdrawn while in review"
    for action in ("submit", "approve", "publish"):
        workflow.perform(article.id, action, editor)
    assert withdrawn_articles() == []
    export_site(database, out)
    page = path.read_text(encoding="utf-8")
    assert "noindex" not in page
    assert re.search(r'class="article-body"', page)
