"""Full-text search over title, summary and body: the one place that knows the backend.

SQLite uses FTS5 (``unicode61 remove_diacritics 2``); PostgreSQL uses a ``tsvector`` with the
``simple`` configuration over text folded in Python, so no server extension is needed. Both
ignore case and diacritics, rank (title above summary above body), support "quoted phrases" and
prefix matching of the last word, and return a snippet whose matches are wrapped in
``MARK_START`` / ``MARK_END``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from peewee import Database

from db.database import backend_of

MARK_START = "\ue000"
MARK_END = "\ue001"
_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    article_id: int
    rank: float
    snippet: str


def fold(text: str) -> str:
    """Lower-case and strip diacritics ("Pelaksanaan Kegiatan Dinas" == "pelaksanaan...")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@dataclass(frozen=True)
class _ParsedQuery:
    phrases: list[list[str]]  # each phrase is a list of tokens; a lone word is a 1-token phrase
    prefix_last: bool


def _parse(query: str) -> _ParsedQuery:
    phrases: list[list[str]] = []
    parts = re.split(r'("[^"]*"?)', query)
    for part in parts:
        if part.startswith('"'):
            tokens = _TOKEN.findall(fold(part))
            if tokens:
                phrases.append(tokens)
        else:
            phrases.extend([t] for t in _TOKEN.findall(fold(part)))
    stripped = query.rstrip()
    prefix_last = bool(phrases) and not stripped.endswith('"') and len(phrases[-1]) == 1
    return _ParsedQuery(phrases, prefix_last)


def index_article(database: Database, article_id: int, title: str, summary: str, body: str) -> None:
    """(Re)index one article. Call inside the transaction that saves it."""
    if backend_of(database) == "postgresql":
        folded = fold(f"{title}\n{summary}\n{body}")
        database.execute_sql(
            "INSERT INTO article_search (article_id, folded, document) VALUES (%s, %s,"
            " setweight(to_tsvector('simple', %s), 'A') ||"
            " setweight(to_tsvector('simple', %s), 'B') ||"
            " setweight(to_tsvector('simple', %s), 'D'))"
            " ON CONFLICT (article_id) DO UPDATE SET folded = EXCLUDED.folded,"
            " document = EXCLUDED.document",
            (article_id, folded, fold(title), fold(summary), fold(body)),
        )
    else:
        database.execute_sql("DELETE FROM article_fts WHERE rowid = ?", (article_id,))
        database.execute_sql(
            "INSERT INTO article_fts (rowid, title, summary, body) VALUES (?, ?, ?, ?)",
            (article_id, title, summary, body),
        )


def index_articles_bulk(database: Database, rows: Iterable[tuple[int, str, str, str]]) -> int:
    """(Re)index many ``(article_id, title, summary, body)`` rows at once; returns how many.

    Same result as :func:`index_article` per row, in a few statements: for bulk imports and
    generated archives. Call inside the transaction that writes the articles.
    """
    rows = list(rows)
    if not rows:
        return 0
    cursor = database.cursor()
    if backend_of(database) == "postgresql":
        cursor.executemany(
            "INSERT INTO article_search (article_id, folded, document) VALUES (%s, %s,"
            " setweight(to_tsvector('simple', %s), 'A') ||"
            " setweight(to_tsvector('simple', %s), 'B') ||"
            " setweight(to_tsvector('simple', %s), 'D'))"
            " ON CONFLICT (article_id) DO UPDATE SET folded = EXCLUDED.folded,"
            " document = EXCLUDED.document",
            [(i, fold(f"{t}\n{s}\n{b}"), fold(t), fold(s), fold(b)) for i, t, s, b in rows],
        )
    else:
        cursor.executemany("DELETE FROM article_fts WHERE rowid = ?", [(r[0],) for r in rows])
        cursor.executemany("INSERT INTO article_fts (rowid, title, summary, body) VALUES (?, ?, ?, ?)", rows)
    return len(rows)


def unindex_article(database: Database, article_id: int) -> None:
    if backend_of(database) == "postgresql":
        database.execute_sql("DELETE FROM article_search WHERE article_id = %s", (article_id,))
    else:
        database.execute_sql("DELETE FROM article_fts WHERE rowid = ?", (article_id,))


#: Article columns that :func:`search` and :func:`count` can filter on (equality).
FILTER_COLUMNS = frozenset({"status", "category_id", "author_id"})


def search(
    database: Database,
    query: str,
    limit: int = 50,
    *,
    include_deleted: bool = False,
    only_deleted: bool = False,
    where: Mapping[str, object] | None = None,
) -> list[SearchHit]:
    """Best matches first. An empty or punctuation-only query finds nothing.

    ``where`` narrows the matches to articles whose columns (:data:`FILTER_COLUMNS`) equal the
    given values, inside the ranked query, so that ``limit`` counts only wanted articles.
    ``only_deleted`` searches the Trash.
    """
    parsed = _parse(query)
    if not parsed.phrases:
        return []
    postgres = backend_of(database) == "postgresql"
    conditions, params = _conditions("%s" if postgres else "?", include_deleted, only_deleted, where)
    if postgres:
        return _search_postgres(database, parsed, limit, conditions, params)
    return _search_sqlite(database, parsed, limit, conditions, params)


def count(
    database: Database,
    query: str,
    *,
    include_deleted: bool = False,
    only_deleted: bool = False,
    where: Mapping[str, object] | None = None,
) -> int:
    """How many articles :func:`search` would find with no limit (nothing ranked, no snippets)."""
    parsed = _parse(query)
    if not parsed.phrases:
        return 0
    if backend_of(database) == "postgresql":
        conditions, params = _conditions("%s", include_deleted, only_deleted, where)
        sql = (
            "SELECT COUNT(*) FROM article_search AS s JOIN article AS a ON a.id = s.article_id"
            f" WHERE s.document @@ to_tsquery('simple', %s){conditions}"
        )
        count: int = database.execute_sql(sql, (_tsquery(parsed), *params)).fetchone()[0]
        return count
    conditions, params = _conditions("?", include_deleted, only_deleted, where)
    sql = (
        "SELECT COUNT(*) FROM article_fts AS f JOIN article AS a ON a.id = f.rowid"
        f" WHERE article_fts MATCH ?{conditions}"
    )
    count = database.execute_sql(sql, (_fts5_expression(parsed), *params)).fetchone()[0]
    return count


def _conditions(
    mark: str, include_deleted: bool, only_deleted: bool, where: Mapping[str, object] | None
) -> tuple[str, list[object]]:
    sql = ""
    if only_deleted:
        sql = " AND a.deleted_at IS NOT NULL"
    elif not include_deleted:
        sql = " AND a.deleted_at IS NULL"
    params: list[object] = []
    for column, value in sorted((where or {}).items()):
        if column not in FILTER_COLUMNS:
            raise ValueError(f"cannot filter a search on {column!r}")
        sql += f" AND a.{column} = {mark}"
        params.append(value)
    return sql, params


def _fts5_expression(parsed: _ParsedQuery) -> str:
    terms = []
    for index, tokens in enumerate(parsed.phrases):
        term = '"' + " ".join(tokens) + '"'
        if parsed.prefix_last and index == len(parsed.phrases) - 1:
            term += " *"
        terms.append(term)
    return " AND ".join(terms)


def _search_sqlite(
    database: Database, parsed: _ParsedQuery, limit: int, conditions: str, params: list[object]
) -> list[SearchHit]:
    sql = (
        "SELECT f.rowid, bm25(article_fts, 10.0, 4.0, 1.0) AS score,"
        f" snippet(article_fts, -1, '{MARK_START}', '{MARK_END}', '…', 16)"
        " FROM article_fts AS f JOIN article AS a ON a.id = f.rowid"
        f" WHERE article_fts MATCH ?{conditions} ORDER BY score LIMIT ?"
    )
    rows = database.execute_sql(sql, (_fts5_expression(parsed), *params, limit)).fetchall()
    return [SearchHit(int(r[0]), -float(r[1]), r[2]) for r in rows]


def _tsquery(parsed: _ParsedQuery) -> str:
    terms = []
    for index, tokens in enumerate(parsed.phrases):
        term = " <-> ".join(tokens)
        if parsed.prefix_last and index == len(parsed.phrases) - 1:
            term += ":*"
        terms.append(f"({term})")
    return " & ".join(terms)


def _search_postgres(
    database: Database, parsed: _ParsedQuery, limit: int, conditions: str, params: list[object]
) -> list[SearchHit]:
    options = f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=24, MinWords=10"
    sql = (
        "WITH q AS (SELECT to_tsquery('simple', %s) AS query)"
        " SELECT s.article_id, ts_rank_cd(s.document, q.query) AS score,"
        " ts_headline('simple', s.folded, q.query, %s)"
        " FROM article_search AS s JOIN article AS a ON a.id = s.article_id, q"
        f" WHERE s.document @@ q.query{conditions} ORDER BY score DESC, s.article_id LIMIT %s"
    )
    rows = database.execute_sql(sql, (_tsquery(parsed), options, *params, limit)).fetchall()
    return [SearchHit(int(r[0]), float(r[1]), r[2].replace("\n", " ")) for r in rows]
