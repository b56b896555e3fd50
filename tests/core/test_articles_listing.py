"""The headline list's fast paths give the same answers as the plain queries they replace."""

from __future__ import annotations

import dataclasses

from db.models import Article
from desktop_app.core.models import ArticleChanges, Headline, HeadlineQuery


def _fill(articles, people_ids=(None,)) -> list[int]:
    ids = []
    for n in range(12):
        changes = ArticleChanges(
            title=f"Rapat Koordinasi SPBE {n}",
            body=f"Pembahasan indikator nomor {n}.",
            category="Berita" if n % 3 else "Opini",
            author_id=people_ids[n % len(people_ids)],
        )
        article_id = articles.create(changes).id
        Article.update(status="published" if n % 2 else "draft").where(Article.id == article_id).execute()
        ids.append(article_id)
    return ids


def test_headlines_carry_every_field_like_get(articles):
    ids = _fill(articles)
    Article.update(publish_at=Article.updated_at).where(Article.id == ids[0]).execute()
    for headline in articles.list_headlines():
        assert type(headline) is Headline
        full = articles.get(headline.id)
        expected = Headline(
            id=full.id,
            uuid=full.uuid,
            title=full.title,
            slug=full.slug,
            status=full.status,
            category=full.category,
            author=full.author,
            created_at=full.created_at,
            updated_at=full.updated_at,
            publish_at=full.publish_at,
            deleted_at=full.deleted_at,
            word_count=full.word_count,
        )
        assert headline == expected
        assert dataclasses.asdict(headline) == dataclasses.asdict(expected)
        assert hash(headline) == hash(expected)


def test_deep_pages_are_slices_of_the_whole_list(articles):
    _fill(articles)
    for query in (
        HeadlineQuery(),
        HeadlineQuery(status="published"),
        HeadlineQuery(sort="title", descending=False),
        HeadlineQuery(category="Berita"),
    ):
        whole = [h.id for h in articles.list_headlines(query)]
        assert articles.count(query) == len(whole)
        for offset in (0, 1, 5, 11, 40):
            page = [h.id for h in articles.list_headlines(query, offset, 3)]
            assert page == whole[offset : offset + 3], (query, offset)


def test_trash_is_listed_apart_with_its_dates(articles):
    ids = _fill(articles)
    articles.trash(ids[3])
    trash = articles.list_headlines(HeadlineQuery(trash=True))
    assert [h.id for h in trash] == [ids[3]]
    assert trash[0].deleted_at is not None
    assert ids[3] not in {h.id for h in articles.list_headlines()}


def test_search_applies_the_list_filters_before_the_limit(articles):
    ids = _fill(articles)
    query = HeadlineQuery(text="indikator", status="published")
    found = articles.list_headlines(query, 0, 3)
    assert len(found) == 3
    assert all(h.status == "published" and "indikator" in h.snippet.lower() for h in found)
    assert articles.count(query) == 6
    assert articles.count(HeadlineQuery(text="indikator", category="Opini")) == 4
    assert articles.count(HeadlineQuery(text="indikator", category="Tidak ada")) == 0
    assert articles.list_headlines(HeadlineQuery(text="indikator", category="Tidak ada")) == []
    whole = [h.id for h in articles.list_headlines(HeadlineQuery(text="indikator"))]
    assert sorted(whole) == sorted(ids)
    assert [h.id for h in articles.list_headlines(HeadlineQuery(text="indikator"), 4, 4)] == whole[4:8]
    articles.trash(ids[0])
    assert [h.id for h in articles.list_headlines(HeadlineQuery(text="indikator", trash=True))] == [ids[0]]
    assert articles.count(HeadlineQuery(text="indikator")) == 11


def test_many_articles_with_one_title_get_numbered_slugs(articles):
    slugs = [articles.create(ArticleChanges(title="Rapat Staf")).slug for _ in range(15)]
    assert slugs == ["rapat-staf"] + [f"rapat-staf-{n}" for n in range(2, 16)]
    articles.trash(articles.get_by_slug("rapat-staf-7").id)
    articles.delete_forever(articles.get_by_slug("rapat-staf-7").id)
    assert articles.create(ArticleChanges(title="Rapat Staf")).slug == "rapat-staf-7"
    assert articles.create(ArticleChanges(title="Rapat Staf")).slug == "rapat-staf-16"


def test_slug_beyond_the_indexed_candidates(articles):
    # Past the first window of candidates the prefix query takes over.
    Article.insert_many(
        [
            {
                "title": "Apel",
                "slug": "apel" if n == 1 else f"apel-{n}",
                "uuid": f"00000000-0000-4000-8000-{n:012d}",
            }
            for n in range(1, 80)
            if n != 2
        ]
    ).execute()
    assert articles.create(ArticleChanges(title="Apel")).slug == "apel-2"
    assert articles.create(ArticleChanges(title="Apel")).slug == "apel-80"
