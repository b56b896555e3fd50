"""Search by the page: selective queries ranked, broad ones in the list's order, snippets only
for the rows asked, the index kept in step with every write, and the 0013 migration."""

from __future__ import annotations

import importlib
import sqlite3

import pytest

from db import migrate
from db import search as db_search
from db.database import backend_of, open_database
from desktop_app.core.articles import ArticleService
from desktop_app.core.models import ArticleChanges, HeadlineQuery


def _add(articles, title, body="", summary=""):
    return articles.create(ArticleChanges(title=title, body=body, summary=summary)).id


@pytest.fixture
def small_limits(monkeypatch):
    """A dozen articles behave like a big archive: more than 5 matches is broad."""
    monkeypatch.setattr(db_search, "RANKED_LIMIT", 5)
    monkeypatch.setattr(db_search, "BROAD_MATCHES", 3)
    monkeypatch.setattr(db_search, "WALK_WINDOW", 6)
    monkeypatch.setattr(db_search, "_WALK_BATCH", 2)


def test_selective_query_is_ranked_broad_prefix_follows_the_list(articles, database, small_limits):
    ids = [_add(articles, f"Rapat pembangunan {n}", body="pelayanan publik") for n in range(10)]
    spbe_body = _add(articles, "Rapat lain", body="evaluasi spbe publik")
    spbe_title = _add(articles, "Evaluasi SPBE", body="rapat publik")
    ranked = db_search.search_page(database, "spbe", 0, 10)
    assert ranked.ranked
    assert ranked.ids == [spbe_title, spbe_body]
    assert not ranked.more

    broad = db_search.search_page(database, "p", 0, 4)  # every article: newest first
    assert not broad.ranked
    assert broad.more
    newest_first = [spbe_title, spbe_body, *reversed(ids)]
    assert broad.ids == newest_first[:4]
    second = db_search.search_page(database, "p", 4, 4)
    assert second.ids == newest_first[4:8]
    oldest_first = db_search.search_page(database, "p", 0, 3, order="created_at", descending=False)
    assert oldest_first.ids == ids[:3]
    # a full word matching more than RANKED_LIMIT articles is broad too
    assert not db_search.search_page(database, "pembangunan", 0, 3).ranked


def test_paged_results_are_the_same_set_as_the_index_finds(articles, database, small_limits):
    words = ["irigasi sawah", "sawah petani", "petani irigasi", "pasar harga", "harga sawah"]
    ids = [_add(articles, f"Berita {n}", body=words[n % len(words)]) for n in range(15)]
    for query in ["sawah", "sa", "s", "irigasi sa", "petani", '"irigasi sawah"', "harga pe", "zz"]:
        found: list[int] = []
        offset = 0
        while True:
            page = db_search.search_page(database, query, offset, 4)
            found += page.ids
            offset += 4
            if not page.more:
                break
        assert len(found) == len(set(found))
        assert set(found) == set(_index_matches(database, query, ids)), query


def _index_matches(database, query: str, ids: list[int]) -> list[int]:
    """The articles the full-text index itself finds (one query, no paging)."""
    parsed = db_search._parse(query)
    if backend_of(database) == "postgresql":
        sql = "SELECT article_id FROM article_search WHERE document @@ to_tsquery('simple', %s)"
        return [r[0] for r in database.execute_sql(sql, (db_search._tsquery(parsed),))]
    sql = "SELECT rowid FROM article_fts WHERE article_fts MATCH ?"
    return [r[0] for r in database.execute_sql(sql, (db_search._fts5_expression(parsed),))]


def test_snippets_only_for_the_rows_of_the_page(articles, database, monkeypatch, small_limits):
    for n in range(8):
        _add(articles, f"Judul {n}", body=f"Dinas Kominfo mengadakan pelatihan ke-{n} bagi warga.")
    asked: list[list[int]] = []
    real = db_search.snippets

    def spying(db, query, article_ids):
        asked.append(list(article_ids))
        return real(db, query, article_ids)

    monkeypatch.setattr(db_search, "snippets", spying)
    found = ArticleService(database).search_headlines(HeadlineQuery(text="pelatihan"), 0, 3)
    assert len(found.headlines) == 3
    assert found.more
    assert asked == [[h.id for h in found.headlines]]
    for headline in found.headlines:
        assert f"{db_search.MARK_START}pelatihan{db_search.MARK_END}" in headline.snippet


def test_snippet_shows_the_words_around_the_match(articles, database):
    body = " ".join(f"kata{n}" for n in range(60)) + " Bupati meresmikan jembatan baru " + "akhir " * 40
    article = _add(articles, "Peresmian", body=body)
    text = db_search.snippets(database, "jembatan", [article])[article]
    assert text.startswith("…")
    assert text.endswith("…")
    assert f"meresmikan {db_search.MARK_START}jembatan{db_search.MARK_END} baru" in text
    assert len(text.split()) <= db_search.SNIPPET_WORDS + 2
    prefix = db_search.snippets(database, "jemb", [article])[article]
    assert f"{db_search.MARK_START}jembatan{db_search.MARK_END}" in prefix
    assert db_search.snippets(database, "jembatan", []) == {}


def _fts_sound(database) -> None:
    """FTS5's own check of an external-content index against the articles' text."""
    database.execute_sql("INSERT INTO article_fts (article_fts, rank) VALUES ('integrity-check', 1)")


def test_index_follows_every_insert_update_and_delete(articles, database):
    a = _add(articles, "Festival danau", body="perahu naga", summary="wisata")
    b = _add(articles, "Lomba", body="sepeda santai")
    assert [h.article_id for h in db_search.search(database, "perahu")] == [a]
    version = articles.get(a).version
    articles.save(a, ArticleChanges(title="Festival gunung", body="pendakian", summary="alam"), version)
    assert db_search.search(database, "perahu") == []
    assert db_search.search(database, "danau") == []
    assert db_search.search(database, "wisata") == []
    assert [h.article_id for h in db_search.search(database, "pendakian")] == [a]
    assert [h.article_id for h in db_search.search(database, "alam")] == [a]
    articles.trash(b)
    articles.delete_forever(b)
    assert db_search.search(database, "sepeda", include_deleted=True) == []
    if backend_of(database) == "sqlite":
        # writes that bypass the services are followed too (the triggers)
        database.execute_sql("UPDATE article_body SET body = 'jembatan' WHERE article_id = ?", (a,))
        assert [h.article_id for h in db_search.search(database, "jembatan")] == [a]
        database.execute_sql("DELETE FROM article_body WHERE article_id = ?", (a,))
        assert db_search.search(database, "jembatan") == []
        assert [h.article_id for h in db_search.search(database, "gunung")] == [a]
        _fts_sound(database)
        database.execute_sql("DELETE FROM article WHERE id = ?", (a,))
        assert db_search.search(database, "gunung", include_deleted=True) == []
        _fts_sound(database)


def _own_content_archive(path, count: int) -> None:
    """A database at schema 0012 (the index with its own copy of the text) with articles."""
    database = open_database(path, migrate_schema=False)
    migrate.upgrade(database, target="0012_sign_in")
    with database.atomic():
        for n in range(1, count + 1):
            database.execute_sql(
                "INSERT INTO article (id, uuid, title, slug, summary, dateline, status, version,"
                " word_count, created_at, updated_at) VALUES (?, ?, ?, ?, '', '', 'draft', 1, 2,"
                " '2026-01-01', '2026-01-01')",
                (n, f"u{n}", f"Artikel {n}", f"artikel-{n}"),
            )
            body = f"isi nomor{n} tentang irigasi"
            database.execute_sql("INSERT INTO article_body (article_id, body) VALUES (?, ?)", (n, body))
            database.execute_sql(
                "INSERT INTO article_fts (rowid, title, summary, body) VALUES (?, ?, '', ?)",
                (n, f"Artikel {n}", body),
            )
    database.close()


def test_migration_reports_progress_is_cancelled_and_resumes(tmp_path, monkeypatch):
    module = importlib.import_module("db.migrations.0013_search_external_content")
    monkeypatch.setattr(module, "BATCH", 10)
    path = tmp_path / "old.db"
    _own_content_archive(path, 35)
    heard: list[tuple[str, int, int]] = []

    def cancel_after_two_batches(step: str, done: int, total: int) -> None:
        heard.append((step, done, total))
        if step == migrate.STEP_SEARCH_INDEX and done >= 20:
            raise migrate.MigrationCancelled

    with pytest.raises(migrate.MigrationCancelled):
        open_database(path, progress=cancel_after_two_batches)
    assert heard == [("search_index", 0, 35), ("search_index", 10, 35), ("search_index", 20, 35)]
    with sqlite3.connect(path) as raw:  # not applied, the old index still whole, 20 built
        assert "0013_search_external_content" not in {
            r[0] for r in raw.execute("SELECT name FROM schema_migration")
        }
        assert raw.execute("SELECT COUNT(*) FROM article_fts").fetchone()[0] == 35
        assert raw.execute("SELECT COUNT(*) FROM article_fts_build_docsize").fetchone()[0] == 20

    heard.clear()
    database = open_database(path, progress=lambda *a: heard.append(a))
    try:
        assert heard[0] == ("search_index", 20, 35)  # goes on where it stopped
        assert ("search_index", 35, 35) in heard
        assert migrate.pending_migrations(database) == []
        assert [h.article_id for h in db_search.search(database, "nomor7")] == [7]
        assert len(db_search.search(database, "irigasi", 100)) == 35
        _fts_sound(database)
        tables = {r[0] for r in database.execute_sql("SELECT name FROM sqlite_master")}
        assert "article_fts_content" not in tables  # no second copy of the text
        assert "article_fts_build" not in tables
    finally:
        database.close()
