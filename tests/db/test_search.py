"""Full-text search, on SQLite (FTS5) and PostgreSQL (tsvector), through one function."""

from __future__ import annotations

from db.search import MARK_END, MARK_START, fold, search
from desktop_app.core.models import ArticleChanges


def _add(articles, title, body="", summary=""):
    return articles.create(ArticleChanges(title=title, body=body, summary=summary)).id


def test_search_ignores_case_and_diacritics(articles, database):
    a = _add(articles, "Peresmian Kafe Baru", body="Acara di kafé dekat kantor bupati.")
    assert [h.article_id for h in search(database, "KAFE")] == [a]
    assert [h.article_id for h in search(database, "kafé")] == [a]


def test_title_ranks_above_body(articles, database):
    body_only = _add(articles, "Rapat koordinasi", body="Pembahasan SPBE tahun ini.")
    in_title = _add(articles, "Evaluasi SPBE Kabupaten Solok", body="Rapat evaluasi.")
    ids = [h.article_id for h in search(database, "spbe")]
    assert ids[:2] == [in_title, body_only]


def test_phrase_and_prefix(articles, database):
    a = _add(articles, "E-Government", body="Inti utama adalah transformasi relasi yaitu perubahan")
    b = _add(articles, "Lain", body="relasi yang lain dengan transformasi digital")
    assert [h.article_id for h in search(database, '"transformasi relasi"')] == [a]
    assert {h.article_id for h in search(database, "transformasi")} == {a, b}
    assert {h.article_id for h in search(database, "transfor")} == {a, b}


def test_snippet_marks_matches(articles, database):
    _add(articles, "Judul", body="Dinas Kominfo mengajak masyarakat melakukan swab test.")
    hit = search(database, "swab")[0]
    assert f"{MARK_START}swab{MARK_END}" in hit.snippet.lower()


def test_punctuation_only_query_finds_nothing(articles, database):
    _add(articles, "Apa saja")
    assert search(database, '"" * ) ( : -') == []


def test_trashed_articles_are_not_found(articles, database):
    a = _add(articles, "Sertijab Sekretaris Dinas")
    articles.trash(a)
    assert search(database, "sertijab") == []
    assert [h.article_id for h in search(database, "sertijab", include_deleted=True)] == [a]


def test_fold():
    assert fold("Pémérintah ÀROSUKA") == "pemerintah arosuka"
