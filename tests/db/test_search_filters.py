"""Search narrowed by article columns, counting matches, bulk indexing, and the list indexes."""

from __future__ import annotations

import pytest

from db.models import Article
from db.search import count, index_articles_bulk, search
from desktop_app.core.models import ArticleChanges


def test_where_narrows_inside_the_limit(articles, database):
    ids = [articles.create(ArticleChanges(title=f"Sensus penduduk {n}")).id for n in range(8)]
    Article.update(status="published").where(Article.id.in_(ids[:3])).execute()
    hits = search(database, "sensus", 2, where={"status": "draft"})
    assert len(hits) == 2
    assert {h.article_id for h in hits} <= set(ids[3:])
    assert count(database, "sensus") == 8
    assert count(database, "sensus", where={"status": "published"}) == 3
    assert count(database, "!!!") == 0
    with pytest.raises(ValueError, match="title"):
        search(database, "sensus", where={"title": "x"})


def test_only_deleted_searches_the_trash(articles, database):
    live = articles.create(ArticleChanges(title="Festival budaya")).id
    gone = articles.create(ArticleChanges(title="Festival danau")).id
    articles.trash(gone)
    assert [h.article_id for h in search(database, "festival")] == [live]
    assert [h.article_id for h in search(database, "festival", only_deleted=True)] == [gone]
    assert {h.article_id for h in search(database, "festival", include_deleted=True)} == {live, gone}
    assert count(database, "festival", only_deleted=True) == 1


def test_bulk_index_reindexes_like_one_by_one(articles, database):
    from db.database import backend_of

    a = articles.create(ArticleChanges(title="Judul lama", body="isi lama")).id
    with database.atomic():
        assert index_articles_bulk(database, [(a, "Judul baru", "", "Isi tentang irigasi")]) == 1
    if backend_of(database) == "postgresql":
        assert [h.article_id for h in search(database, "irigasi")] == [a]
        assert search(database, "lama") == []
    else:  # the index is the article's own text (triggers): what was handed in is not used
        assert search(database, "irigasi") == []
        assert [h.article_id for h in search(database, "lama")] == [a]
    assert index_articles_bulk(database, []) == 0


def test_headline_indexes_exist(database):
    names = {index.name for index in database.get_indexes(Article._meta.table_name)}
    for model_index in Article._meta.fields_to_index():
        assert model_index._name in names


def test_live_list_is_read_in_index_order_on_postgresql(articles, database):
    from db.database import backend_of
    from desktop_app.core.models import HeadlineQuery

    if backend_of(database) != "postgresql":
        pytest.skip("SQLite reads this order from the 0001 indexes")
    articles.create(ArticleChanges(title="Satu"))
    database.execute_sql("SET enable_seqscan = off")
    try:
        query = articles._order(articles._headline_query(HeadlineQuery()), HeadlineQuery())
        sql, params = query.limit(50).sql()
        plan = "\n".join(r[0] for r in database.execute_sql("EXPLAIN " + sql, params).fetchall())
    finally:
        database.execute_sql("RESET enable_seqscan")
    assert "article_live_updated_at" in plan
    assert "Sort" not in plan
