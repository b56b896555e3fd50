"""The benchmark data generator: deterministic, realistic enough, and fills a real database."""

from __future__ import annotations

import pytest

from bench.generate import (
    CATEGORIES,
    PEOPLE,
    TAGS,
    cache_path,
    generate_articles,
    generate_database,
)
from desktop_app.core.text import count_words, make_slug


def test_same_seed_gives_same_articles():
    first = list(generate_articles(40, seed=7, words=200))
    second = list(generate_articles(40, seed=7, words=200))
    assert first == second


def test_another_seed_gives_other_articles():
    a = list(generate_articles(20, seed=1, words=200))
    b = list(generate_articles(20, seed=2, words=200))
    assert [x["title"] for x in a] != [x["title"] for x in b]
    assert {x["uuid"] for x in a}.isdisjoint(x["uuid"] for x in b)


def test_articles_look_like_a_newsroom_archive():
    items = list(generate_articles(300, seed=0, words=300))
    assert len({x["slug"] for x in items}) == len(items)
    assert len({x["uuid"] for x in items}) == len(items)
    assert {x["status"] for x in items} >= {"published", "draft", "in_review"}
    assert {x["category"] for x in items} <= set(CATEGORIES)
    assert {t for x in items for t in x["tags"]} <= set(TAGS)
    assert {x["author"] for x in items} <= {name for name, _ in PEOPLE}
    years = {x["created_at"].year for x in items}
    assert len(years) >= 5
    for x in items:
        assert x["word_count"] == count_words(x["body"])
        assert x["updated_at"] >= x["created_at"]
        assert (x["published_at"] is not None) == (x["status"] in ("published", "archived"))
        assert x["slug"].startswith(make_slug(x["title"]))
    mean = sum(x["word_count"] for x in items) / len(items)
    assert 250 <= mean <= 350


def test_default_body_is_about_twelve_kilobytes():
    items = list(generate_articles(30))
    mean_bytes = sum(len(x["body"].encode()) for x in items) / len(items)
    assert 9_000 <= mean_bytes <= 15_000


def test_text_uses_the_seed_vocabulary():
    body = " ".join(x["body"] for x in generate_articles(30, words=500)).lower()
    for word in ("pemerintah", "pelayanan", "transformasi", "masyarakat"):
        assert word in body


def test_generate_database_fills_articles_bodies_and_search(db_target):
    from db.database import open_database
    from db.models import Article, ArticleBody, ArticleTag, Revision
    from db.search import search
    from desktop_app.core.articles import ArticleService
    from desktop_app.core.models import ArticleChanges, HeadlineQuery

    generate_database(db_target, 60, seed=3, words=120)
    expected = list(generate_articles(60, seed=3, words=120))
    database = open_database(db_target)
    try:
        assert Article.select().count() == 60
        assert ArticleBody.select().count() == 60
        assert ArticleTag.select().count() == sum(len(x["tags"]) for x in expected)
        published = [x for x in expected if x["published_at"] is not None]
        assert Revision.select().count() == len(published)
        first = Article.get(Article.id == 1)
        assert (first.title, first.uuid, first.slug) == (
            expected[0]["title"],
            expected[0]["uuid"],
            expected[0]["slug"],
        )
        assert ArticleBody.get(ArticleBody.article == 1).body == expected[0]["body"]
        articles = ArticleService(database)
        live = [x for x in expected if x["deleted_at"] is None]
        assert articles.count() == len(live)
        assert len(articles.list_headlines(HeadlineQuery(), 0, 50)) == min(50, len(live))
        assert search(database, "masyarakat")
        # Ids continue after the generated ones (PostgreSQL sequence included).
        created = articles.create(ArticleChanges(title="Artikel baru"))
        assert created.id == 61
        with pytest.raises(ValueError, match="already holds"):
            generate_database(db_target, 5)
    finally:
        database.close()


def test_cache_path_names_count_seed_and_words():
    assert cache_path(100, 2).name == "100-2.db"
    assert cache_path(100, 2, words=300).name == "100-2-300w.db"
