"""The publishing checklist against SQLite and PostgreSQL: every rule blocks (required) or asks
(warning) on submit, approve, schedule and publish, as the office's settings say; only an admin
changes them."""

from __future__ import annotations

import datetime as _dt

import pytest

from db.models import utcnow
from desktop_app.core.checklist import (
    DEFAULT_LEVELS,
    Check,
    ChecklistFailed,
    ChecklistSettings,
    ChecklistWarnings,
    Level,
    Outcome,
    check_article,
    load_checklist_settings,
    save_checklist_settings,
)
from desktop_app.core.checklist import misspelled_words as real_misspelled_words
from desktop_app.core.comments import CommentService
from desktop_app.core.errors import InvalidTransition, PermissionDenied
from desktop_app.core.media import AssetService
from desktop_app.core.models import ArticleChanges
from desktop_app.core.workflow import WorkflowService
from tests.media_samples import png_bytes
from tests.people_helpers import add_person, admin_of, as_person

pytestmark = pytest.mark.checklist

BODY = " ".join(["Pemerintah daerah membangun jalan baru di kecamatan itu."] * 25)  # 200 words


@pytest.fixture
def newsroom(database):
    admin = admin_of(database)
    writer = add_person(database, "Sari Penulis", "writer", admin=admin)
    editor = add_person(database, "Budi Redaktur", "editor", admin=admin)
    return {"admin": admin, "writer": as_person(writer), "editor": as_person(editor)}


@pytest.fixture
def workflow(database):
    return WorkflowService(database)


def _no_spelling(_database, _article):
    return []


@pytest.fixture(autouse=True)
def _quick_spelling(monkeypatch):
    """The spell checker's verdict is tested on its own (test_spelling_is_a_warning); the other
    tests check a text it accepts, without loading the dictionaries."""
    from desktop_app.core import checklist

    monkeypatch.setattr(checklist, "misspelled_words", _no_spelling)


def complete(**overrides) -> ArticleChanges:
    fields = dict(
        title="Bupati Meresmikan Jalan Baru di Kecamatan Gunung Talang",
        summary="Jalan sepanjang lima kilometer menghubungkan tiga nagari.",
        body=BODY,
        dateline="Arosuka",
        category="Pembangunan",
    )
    fields.update(overrides)
    return ArticleChanges(**fields)


def _made(articles, newsroom, **overrides):
    return articles.create(complete(**overrides), actor=newsroom["writer"])


def _problem(articles, database, article_id, check, action=None):
    return check_article(database, articles.get(article_id), action=action).result(check)


def test_a_complete_article_passes_every_check_and_goes_online(database, articles, workflow, newsroom):
    article = _made(articles, newsroom)
    checklist = check_article(database, articles.get(article.id))
    assert checklist.passed, checklist.results
    workflow.perform(article.id, "submit", newsroom["writer"])
    workflow.perform(article.id, "approve", newsroom["editor"])
    assert workflow.perform(article.id, "publish", newsroom["editor"]).status == "published"


@pytest.mark.parametrize(
    ("overrides", "check", "problem"),
    [
        ({"title": "J" * 71}, Check.TITLE, "too_long"),
        ({"summary": ""}, Check.SUMMARY, "missing"),
        ({"category": None}, Check.CATEGORY, "missing"),
        ({"dateline": ""}, Check.DATELINE, "missing"),
    ],
)
def test_a_required_item_missing_blocks_submit_and_names_it(
    database, articles, workflow, newsroom, overrides, check, problem
):
    article = _made(articles, newsroom, **overrides)
    with pytest.raises(ChecklistFailed) as caught:
        workflow.perform(article.id, "submit", newsroom["writer"])
    assert [(r.check, r.problem) for r in caught.value.failed] == [(check, problem)]
    assert caught.value.reason == "checklist"
    assert articles.get(article.id).status == "draft"
    # accepting warnings does not pass a required item
    with pytest.raises(ChecklistFailed):
        workflow.perform(article.id, "submit", newsroom["writer"], warnings_accepted=True)


def test_an_article_without_author_cannot_be_published(database, articles, workflow, newsroom):
    """The issue's new-writer path: no author, no category, Submit → Approve → Publish."""
    article = articles.create(complete(category=None))  # made by nobody: no author
    assert article.author_id is None
    with pytest.raises(ChecklistFailed) as caught:
        workflow.perform(article.id, "submit", newsroom["admin"])
    assert {r.check for r in caught.value.failed} == {Check.AUTHOR, Check.CATEGORY}
    # even straight from review (made so before the checklist existed): approve and publish refuse
    from db.models import Article

    Article.update(status="in_review").where(Article.id == article.id).execute()
    with pytest.raises(ChecklistFailed):
        workflow.perform(article.id, "approve", newsroom["editor"], warnings_accepted=True)
    Article.update(status="approved").where(Article.id == article.id).execute()
    for action, extra in (("publish", {}), ("schedule", {"publish_at": utcnow() + _dt.timedelta(days=1)})):
        with pytest.raises(ChecklistFailed):
            workflow.perform(article.id, action, newsroom["editor"], **extra)
    assert articles.get(article.id).status == "approved"


def test_a_long_title_warns_once_and_goes_on_when_accepted(database, articles, workflow, newsroom):
    title = "Bupati Meresmikan Jalan Baru Sepanjang Lima Kilometer di Talang"  # 63
    assert 60 < len(title) <= 70
    article = _made(articles, newsroom, title=title)
    result = _problem(articles, database, article.id, Check.TITLE)
    assert (result.outcome, result.problem, result.count) == (Outcome.WARNING, "long", len(title))
    with pytest.raises(ChecklistWarnings) as caught:
        workflow.perform(article.id, "submit", newsroom["writer"])
    assert [r.check for r in caught.value.failed] == [Check.TITLE]
    assert articles.get(article.id).status == "draft"
    assert workflow.perform(article.id, "submit", newsroom["writer"], warnings_accepted=True).status == (
        "in_review"
    )


def test_a_missing_title_blocks(database, articles, workflow, newsroom):
    article = _made(articles, newsroom, title="")
    assert _problem(articles, database, article.id, Check.TITLE).problem == "missing"
    with pytest.raises(InvalidTransition):
        workflow.perform(article.id, "submit", newsroom["writer"])


def test_a_lead_longer_than_a_meta_description_warns(database, articles, workflow, newsroom):
    article = _made(articles, newsroom, summary="Kalimat pembuka yang panjang sekali. " * 6)
    result = _problem(articles, database, article.id, Check.SUMMARY_LENGTH)
    assert (result.outcome, result.problem, result.limit) == (Outcome.WARNING, "too_long", 160)
    with pytest.raises(ChecklistWarnings):
        workflow.perform(article.id, "submit", newsroom["writer"])


def test_too_few_words_warns_with_the_office_minimum(database, articles, workflow, newsroom):
    article = _made(articles, newsroom, body="Berita singkat sepuluh kata saja di sini untuk uji coba.")
    result = _problem(articles, database, article.id, Check.WORD_COUNT)
    assert (result.outcome, result.count, result.limit) == (Outcome.WARNING, 10, 150)
    with pytest.raises(ChecklistWarnings):
        workflow.perform(article.id, "submit", newsroom["writer"])
    save_checklist_settings(
        database, ChecklistSettings(dict(DEFAULT_LEVELS), min_words=10), actor=newsroom["admin"]
    )
    assert _problem(articles, database, article.id, Check.WORD_COUNT).outcome == Outcome.PASSED
    assert workflow.perform(article.id, "submit", newsroom["writer"]).status == "in_review"


def test_a_featured_image_needs_alt_text_and_credit(database, articles, workflow, newsroom):
    assets = AssetService(database)
    image = assets.import_bytes(png_bytes(), "jalan.png").asset
    article = _made(articles, newsroom)
    articles.save(article.id, complete(featured_image_id=image.id), article.version)
    assert _problem(articles, database, article.id, Check.FEATURED_IMAGE).problem == "no_alt_text_or_credit"
    with pytest.raises(ChecklistFailed) as caught:
        workflow.perform(article.id, "submit", newsroom["writer"])
    assert [r.check for r in caught.value.failed] == [Check.FEATURED_IMAGE]
    assets.update_metadata(image.id, alt_text="Jalan baru di Gunung Talang", caption="", credit="")
    assert _problem(articles, database, article.id, Check.FEATURED_IMAGE).problem == "no_credit"
    assets.update_metadata(image.id, alt_text="", caption="", credit="Diskominfo")
    assert _problem(articles, database, article.id, Check.FEATURED_IMAGE).problem == "no_alt_text"
    assets.update_metadata(image.id, alt_text="Jalan baru", caption="", credit="Diskominfo")
    assert _problem(articles, database, article.id, Check.FEATURED_IMAGE).outcome == Outcome.PASSED
    assert workflow.perform(article.id, "submit", newsroom["writer"]).status == "in_review"


def test_open_comments_block_approval_but_not_a_resubmit(database, articles, workflow, newsroom):
    article = _made(articles, newsroom)
    workflow.perform(article.id, "submit", newsroom["writer"])
    comments = CommentService(database)
    comment = comments.add(article.id, newsroom["editor"], "Tambahkan kutipan Bupati.")
    with pytest.raises(ChecklistFailed) as caught:
        workflow.perform(article.id, "approve", newsroom["editor"])
    assert [(r.check, r.count) for r in caught.value.failed] == [(Check.OPEN_COMMENTS, 1)]
    workflow.perform(article.id, "request_changes", newsroom["editor"], note="Lihat komentar.")
    # the writer may leave the comment for the editor: resubmitting is not held back
    assert _problem(articles, database, article.id, Check.OPEN_COMMENTS, "resubmit").outcome == (
        Outcome.SKIPPED
    )
    workflow.perform(article.id, "resubmit", newsroom["writer"])
    comments.resolve(comment.id, newsroom["editor"])
    assert workflow.perform(article.id, "approve", newsroom["editor"]).status == "approved"


def test_spelling_is_a_warning(database, articles, workflow, newsroom, monkeypatch):
    from desktop_app.core import checklist

    monkeypatch.setattr(checklist, "misspelled_words", real_misspelled_words)
    article = _made(articles, newsroom, body=BODY + " Pembangunnan jalann ini selesai.")
    result = _problem(articles, database, article.id, Check.SPELLING)
    assert result.outcome == Outcome.WARNING
    assert {"Pembangunnan", "jalann"} <= set(result.words)
    with pytest.raises(ChecklistWarnings) as caught:
        workflow.perform(article.id, "submit", newsroom["writer"])
    assert [r.check for r in caught.value.failed] == [Check.SPELLING]
    assert workflow.perform(article.id, "submit", newsroom["writer"], warnings_accepted=True).status == (
        "in_review"
    )
    clean = _made(articles, newsroom, body=BODY)
    assert _problem(articles, database, clean.id, Check.SPELLING).outcome == Outcome.PASSED


def test_each_item_follows_its_level_in_the_settings(database, articles, workflow, newsroom):
    article = _made(articles, newsroom, category=None, dateline="")
    levels = dict(DEFAULT_LEVELS)
    levels[Check.CATEGORY] = Level.WARNING
    levels[Check.DATELINE] = Level.OFF
    save_checklist_settings(database, ChecklistSettings(levels, 150), actor=newsroom["admin"])
    stored = load_checklist_settings(database)
    assert stored.level(Check.CATEGORY) == Level.WARNING
    assert stored.level(Check.DATELINE) == Level.OFF
    assert _problem(articles, database, article.id, Check.DATELINE).outcome == Outcome.SKIPPED
    with pytest.raises(ChecklistWarnings) as caught:
        workflow.perform(article.id, "submit", newsroom["writer"])
    assert [r.check for r in caught.value.failed] == [Check.CATEGORY]
    workflow.perform(article.id, "submit", newsroom["writer"], warnings_accepted=True)
    assert articles.get(article.id).status == "in_review"


def test_only_an_admin_changes_the_checklist(database, newsroom):
    relaxed = ChecklistSettings({check: Level.OFF for check in Check}, 0)
    for who in ("writer", "editor"):
        with pytest.raises(PermissionDenied):
            save_checklist_settings(database, relaxed, actor=newsroom[who])
    assert load_checklist_settings(database).level(Check.AUTHOR) == Level.REQUIRED
    save_checklist_settings(database, relaxed, actor=newsroom["admin"])
    assert load_checklist_settings(database).level(Check.AUTHOR) == Level.OFF


def test_new_articles_take_the_signed_in_person_as_author(articles, newsroom):
    article = articles.create(ArticleChanges(title=""), actor=newsroom["writer"])
    assert article.author == "Sari Penulis"


def test_publishing_checks_the_approved_text_not_edits_made_since(database, articles, workflow, newsroom):
    """Publish puts the approved snapshot online: its checks read that text. An edit after
    approval that would fail a check does not stop it; a gap in the approved text does, even
    when the edit filled it."""
    from dataclasses import replace as changed

    from desktop_app.core.snapshots import published_snapshot

    article = _made(articles, newsroom)
    workflow.perform(article.id, "submit", newsroom["writer"])
    workflow.perform(article.id, "approve", newsroom["editor"])
    edited = articles.get(article.id)
    articles.save(article.id, complete(summary=""), expected_version=edited.version, actor=newsroom["editor"])
    assert _problem(articles, database, article.id, Check.SUMMARY).outcome == Outcome.BLOCKING
    assert _problem(articles, database, article.id, Check.SUMMARY, "publish").outcome == Outcome.PASSED
    published = workflow.perform(article.id, "publish", newsroom["editor"])
    assert published.status == "published"
    assert published_snapshot(article.id)["summary"] == complete().summary

    second = _made(articles, newsroom, dateline="")
    levels = dict(DEFAULT_LEVELS)
    levels[Check.DATELINE] = Level.OFF
    save_checklist_settings(database, ChecklistSettings(levels, 150), actor=newsroom["admin"])
    workflow.perform(second.id, "submit", newsroom["writer"])
    workflow.perform(second.id, "approve", newsroom["editor"])
    every_level_back = changed(load_checklist_settings(database), levels=dict(DEFAULT_LEVELS))
    save_checklist_settings(database, every_level_back, actor=newsroom["admin"])
    current = articles.get(second.id)
    articles.save(second.id, complete(), expected_version=current.version, actor=newsroom["editor"])
    assert _problem(articles, database, second.id, Check.DATELINE).outcome == Outcome.PASSED
    with pytest.raises(ChecklistFailed) as caught:
        workflow.perform(second.id, "publish", newsroom["editor"])
    assert [r.check for r in caught.value.failed] == [Check.DATELINE]
    assert articles.get(second.id).status == "approved"
