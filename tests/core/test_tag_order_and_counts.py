"""Tags keep the order typed (saved, reloaded, snapshotted, exported); the sidebar's counts
cover every status and the "Scheduled" list."""

from __future__ import annotations

import datetime as _dt

from db.models import Article, ArticleTag, Revision, Tag, utcnow
from desktop_app.core.articles import unique_tags
from desktop_app.core.models import ArticleChanges, HeadlineQuery
from desktop_app.core.snapshots import changed_since_publication, current_snapshot, record_revision
from desktop_app.core.status import STORED_STATUSES, Status
from tests.core.export_helpers import publish_snapshot

TYPED = ["Pemilu", "banjir", "APBD", "Zonasi", "anggaran"]


def test_unique_tags_keep_the_typed_order_and_the_first_spelling():
    assert unique_tags([" Pemilu", "banjir", "", "BANJIR", "Anggaran", "pemilu ", "anggaran"]) == [
        "Pemilu",
        "banjir",
        "Anggaran",
    ]


def test_tags_come_back_in_the_order_typed(articles):
    created = articles.create(ArticleChanges(title="Rapat", tags=[*TYPED, "Banjir"]))
    assert articles.get(created.id).tags == tuple(TYPED)  # not sorted; the repeat dropped
    reordered = ["Zonasi", "APBD", "Pemilu"]
    saved = articles.save(created.id, ArticleChanges(title="Rapat", tags=reordered), created.version)
    assert saved.tags == tuple(reordered)
    assert articles.get(created.id).tags == tuple(reordered)


def test_a_new_order_alone_is_a_change_that_is_saved(articles):
    created = articles.create(ArticleChanges(title="Rapat", tags=["a", "b"]))
    saved = articles.save(created.id, ArticleChanges(title="Rapat", tags=["b", "a"]), created.version)
    assert saved.version == created.version + 1
    assert saved.tags == ("b", "a")
    # the first spelling of a tag names it; a repeat in another case is dropped
    again = articles.save(created.id, ArticleChanges(title="Rapat", tags=[" b", "A", "a"]), saved.version)
    assert again.tags == ("b", "a")


def test_revisions_and_the_export_keep_the_order(articles):
    from desktop_app.core.export.site import live_articles

    created = articles.create(ArticleChanges(title="Rapat", body="Isi.", tags=TYPED))
    assert current_snapshot(created.id)["tags"] == ",".join(TYPED)
    number = record_revision(created.id, "save", None)
    revision = Revision.get((Revision.article == created.id) & (Revision.number == number))
    assert revision.tags == ",".join(TYPED)
    publish_snapshot(created.id, tags="Zonasi,banjir,APBD,Banjir")
    site, _images, _facts = live_articles()
    (article,) = (a for a in site if a.id == created.id)
    assert [t.name for t in article.tags] == ["Zonasi", "banjir", "APBD"]


def test_a_revision_with_sorted_tags_is_not_a_change(articles):
    """Revisions made before the typed order was kept hold the tags sorted: the article they
    were made of has not changed."""
    created = articles.create(ArticleChanges(title="Rapat", body="Isi.", tags=["Zonasi", "APBD"]))
    publish_snapshot(created.id, tags="APBD,Zonasi")
    assert not changed_since_publication(created.id)
    publish_snapshot(created.id, tags="APBD,Pemilu")
    assert changed_since_publication(created.id)


def test_the_tag_links_hold_the_order(articles):
    created = articles.create(ArticleChanges(title="Rapat", tags=["b", "a"]))
    names = [
        t.name
        for t in Tag.select(Tag.name)
        .join(ArticleTag)
        .where(ArticleTag.article == created.id)
        .order_by(ArticleTag._meta.primary_key)
    ]
    assert names == ["b", "a"]


def _with(
    articles, status: str, publish_at: _dt.datetime | None = None, trashed: bool = False, title: str = ""
) -> int:
    article = articles.create(ArticleChanges(title=title or f"{status} {publish_at}"))
    Article.update(status=status, publish_at=publish_at, deleted_at=utcnow() if trashed else None).where(
        Article.id == article.id
    ).execute()
    return article.id


def test_counts_name_every_status_even_when_none_has_it(articles):
    _with(articles, Status.DRAFT)
    counts = articles.status_counts()
    for status in STORED_STATUSES:
        assert status in counts
    assert counts[Status.DRAFT] == 1
    assert counts[Status.ARCHIVED] == 0
    _with(articles, Status.ARCHIVED)
    assert articles.status_counts()[Status.ARCHIVED] == 1
    assert articles.status_counts()["all"] == 2


def test_scheduled_is_approved_or_published_with_a_time_ahead(articles):
    now = utcnow()
    ahead, past = now + _dt.timedelta(days=1), now - _dt.timedelta(days=1)
    wanted = {
        _with(articles, Status.PUBLISHED, ahead),
        _with(articles, Status.APPROVED, ahead),
    }
    _with(articles, Status.PUBLISHED, past)  # already online
    _with(articles, Status.PUBLISHED)  # online since it was published
    _with(articles, Status.APPROVED)  # approved, no time set
    _with(articles, Status.DRAFT, ahead)  # a time set, but not approved
    _with(articles, Status.PUBLISHED, ahead, trashed=True)
    query = HeadlineQuery(status=Status.SCHEDULED)
    assert {h.id for h in articles.list_headlines(query)} == wanted
    assert articles.count(query) == 2
    counts = articles.status_counts()
    assert counts[Status.SCHEDULED] == 2
    assert counts[Status.PUBLISHED] == 3  # a scheduled article is still counted as published
    assert counts[Status.TRASH] == 1
    # when its time has come it is no longer scheduled
    assert articles.status_counts(now=ahead + _dt.timedelta(seconds=1))[Status.SCHEDULED] == 0


def test_search_within_scheduled(articles):
    ahead = utcnow() + _dt.timedelta(days=1)
    scheduled = _with(articles, Status.PUBLISHED, ahead, title="Jembatan baru dibuka")
    _with(articles, Status.PUBLISHED, title="Jembatan lama ditutup")
    query = HeadlineQuery(status=Status.SCHEDULED, text="jembatan")
    found = articles.search_headlines(query)
    assert [h.id for h in found.headlines] == [scheduled]
    assert articles.count(query) == 1
