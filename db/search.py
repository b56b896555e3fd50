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
from functools import lru_cache
from itertools import islice
from typing import Any

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
    """(Re)index one article. Call inside the transaction that saves it.

    On SQLite the triggers of ``0013_search_external_content`` index every insert, update and
    delete of ``article`` and ``article_body`` themselves: nothing to do here."""
    if backend_of(database) == "postgresql":
        index_articles_bulk(database, [(article_id, title, summary, body)])


def index_articles_bulk(database: Database, rows: Iterable[tuple[int, str, str, str]]) -> int:
    """(Re)index many ``(article_id, title, summary, body)`` rows at once; returns how many.

    Same result as :func:`index_article` per row, in a few statements: for bulk imports and
    generated archives. Call inside the transaction that writes the articles. On SQLite the
    index follows the articles by itself (triggers): the rows are only counted.
    """
    rows = list(rows)
    if not rows or backend_of(database) != "postgresql":
        return len(rows)
    database.cursor().executemany(
        "INSERT INTO article_search (article_id, folded, document) VALUES (%s, %s,"
        " setweight(to_tsvector('simple', %s), 'A') ||"
        " setweight(to_tsvector('simple', %s), 'B') ||"
        " setweight(to_tsvector('simple', %s), 'D'))"
        " ON CONFLICT (article_id) DO UPDATE SET folded = EXCLUDED.folded,"
        " document = EXCLUDED.document",
        [(i, fold(f"{t}\n{s}\n{b}"), fold(t), fold(s), fold(b)) for i, t, s, b in rows],
    )
    return len(rows)


def unindex_article(database: Database, article_id: int) -> None:
    """Drop an article from the index (before deleting it; SQLite's triggers do it there)."""
    if backend_of(database) == "postgresql":
        database.execute_sql("DELETE FROM article_search WHERE article_id = %s", (article_id,))


#: Article columns that :func:`search` and :func:`count` can filter on (equality).
FILTER_COLUMNS = frozenset({"status", "category_id", "author_id"})


#: A query with at most this many matches is *selective*: ranked, best first. One with more is
#: *broad* (the first letters of a common word): listed in the list's own order, newest first
#: by default; ranking a whole archive helps nobody and costs a full pass over it.
RANKED_LIMIT = 2000
#: A last word this short is a prefix FTS5 would expand to every word it starts (all the "pe…"
#: words of an archive, hundreds of milliseconds at 100k articles): such queries are answered
#: from the articles in list order, or ranked by the other words of the query.
SHORT_PREFIX = 3
#: Articles read from the top of the list to tell a broad query from a selective one: broad
#: when at least :data:`BROAD_MATCHES` of them match.
WALK_WINDOW = 500
BROAD_MATCHES = 50
_WALK_BATCH = 100
#: The list orders a broad search can follow (article columns).
ORDER_COLUMNS = frozenset({"updated_at", "created_at", "title"})


@dataclass(frozen=True)
class SearchPage:
    """One page of matches: article ids in order, whether ranked (best first) or in the list's
    order (a broad query), and whether more matches follow."""

    ids: list[int]
    ranked: bool
    more: bool


@dataclass(frozen=True)
class _Scope:
    """Where and in which order: the article conditions (SQL after ``AND``, alias ``a``)."""

    conditions: str
    params: list[object]
    order: str  # ORDER BY of a broad query


def search_page(
    database: Database,
    query: str,
    offset: int = 0,
    limit: int = 50,
    *,
    order: str = "updated_at",
    descending: bool = True,
    include_deleted: bool = False,
    only_deleted: bool = False,
    where: Mapping[str, object] | None = None,
) -> SearchPage:
    """The matches ``offset`` to ``offset + limit`` of ``query``: ids only (no snippets: make
    them for the rows shown with :func:`snippets`).

    Selective queries are ranked (title above summary above body); broad ones (more than
    :data:`RANKED_LIMIT` matches, or a short last word matching much of the newest articles)
    follow ``order`` (an :data:`ORDER_COLUMNS` column). ``where``, ``include_deleted`` and
    ``only_deleted`` as for :func:`search`."""
    parsed = _parse(query)
    if not parsed.phrases or limit <= 0:
        return SearchPage([], True, False)
    if order not in ORDER_COLUMNS:
        raise ValueError(f"cannot order a search by {order!r}")
    postgres = backend_of(database) == "postgresql"
    conditions, params = _conditions("%s" if postgres else "?", include_deleted, only_deleted, where)
    direction = "DESC" if descending else "ASC"
    scope = _Scope(conditions, params, f"a.{order} {direction}, a.id {direction}")
    if postgres:
        return _page_postgres(database, parsed, offset, limit, scope)
    return _page_sqlite(database, parsed, offset, limit, scope)


def search(
    database: Database,
    query: str,
    limit: int = 50,
    *,
    include_deleted: bool = False,
    only_deleted: bool = False,
    where: Mapping[str, object] | None = None,
) -> list[SearchHit]:
    """The first ``limit`` matches (:func:`search_page`) with their snippets. An empty or
    punctuation-only query finds nothing.

    ``where`` narrows the matches to articles whose columns (:data:`FILTER_COLUMNS`) equal the
    given values, inside the query, so that ``limit`` counts only wanted articles.
    ``only_deleted`` searches the Trash. ``rank`` is higher for better matches (the page's
    order, also for a broad query)."""
    page = search_page(
        database, query, 0, limit, include_deleted=include_deleted, only_deleted=only_deleted, where=where
    )
    texts = snippets(database, query, page.ids)
    return [SearchHit(i, float(len(page.ids) - n), texts.get(i, "")) for n, i in enumerate(page.ids)]


def count(
    database: Database,
    query: str,
    *,
    include_deleted: bool = False,
    only_deleted: bool = False,
    where: Mapping[str, object] | None = None,
) -> int:
    """How many articles match (nothing ranked, no snippets). Exact, so as slow as the index
    is for the query: a short prefix on a big archive takes a while (the sidebar pages
    instead of counting)."""
    parsed = _parse(query)
    if not parsed.phrases:
        return 0
    if backend_of(database) == "postgresql":
        conditions, params = _conditions("%s", include_deleted, only_deleted, where)
        sql = (
            "SELECT COUNT(*) FROM article_search AS s JOIN article AS a ON a.id = s.article_id"
            f" WHERE s.document @@ to_tsquery('simple', %s){conditions}"
        )
        found: int = database.execute_sql(sql, (_tsquery(parsed), *params)).fetchone()[0]
        return found
    conditions, params = _conditions("?", include_deleted, only_deleted, where)
    sql = (
        "SELECT COUNT(*) FROM article_fts AS f JOIN article AS a ON a.id = f.rowid"
        f" WHERE article_fts MATCH ?{conditions}"
    )
    found = database.execute_sql(sql, (_fts5_expression(parsed), *params)).fetchone()[0]
    return found


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


# -- SQLite ----------------------------------------------------------------------------------

_RANK = "bm25(article_fts, 10.0, 4.0, 1.0)"


def _page_sqlite(
    database: Database, parsed: _ParsedQuery, offset: int, limit: int, scope: _Scope
) -> SearchPage:
    need = offset + limit + 1  # one more than the page: is there more?
    last = parsed.phrases[-1]
    short = parsed.prefix_last and len(last[0]) <= SHORT_PREFIX
    if short:
        rest = _ParsedQuery(parsed.phrases[:-1], False)
        if rest.phrases and _capped_count(database, rest, scope) <= RANKED_LIMIT:
            # The other words are selective: rank by them, keep those with the short word.
            candidates = _ranked_ids(database, rest, scope, RANKED_LIMIT, 0)
            found = _filter(database, _Matcher(parsed), candidates, need)
            return SearchPage(found[offset : offset + limit], True, len(found) > offset + limit)
    elif _capped_count(database, parsed, scope) <= RANKED_LIMIT:
        ids = _ranked_ids(database, parsed, scope, limit + 1, offset)
        return SearchPage(ids[:limit], True, len(ids) > limit)
    found, broad = _walk(database, _Matcher(parsed), scope, need)
    if broad:
        return SearchPage(found[offset : offset + limit], False, len(found) > offset + limit)
    if short:  # few of the newest articles match: few articles have such words at all
        ids = _ranked_ids(database, parsed, scope, limit + 1, offset)
        return SearchPage(ids[:limit], True, len(ids) > limit)
    # Many matches, but not among the newest: in list order, straight from the index.
    sql = (
        f"SELECT a.id FROM article AS a WHERE a.id IN (SELECT rowid FROM article_fts"
        f" WHERE article_fts MATCH ?){scope.conditions} ORDER BY {scope.order} LIMIT ? OFFSET ?"
    )
    rows = database.execute_sql(sql, (_fts5_expression(parsed), *scope.params, limit + 1, offset)).fetchall()
    return SearchPage([int(r[0]) for r in rows[:limit]], False, len(rows) > limit)


def _capped_count(database: Database, parsed: _ParsedQuery, scope: _Scope) -> int:
    """Matches, counted up to one past :data:`RANKED_LIMIT` (FTS5 reads no further)."""
    sql = (
        "SELECT COUNT(*) FROM (SELECT f.rowid FROM article_fts AS f JOIN article AS a ON a.id = f.rowid"
        f" WHERE article_fts MATCH ?{scope.conditions} LIMIT ?)"
    )
    params = (_fts5_expression(parsed), *scope.params, RANKED_LIMIT + 1)
    found: int = database.execute_sql(sql, params).fetchone()[0]
    return found


def _ranked_ids(
    database: Database, parsed: _ParsedQuery, scope: _Scope, limit: int, offset: int
) -> list[int]:
    sql = (
        f"SELECT f.rowid FROM article_fts AS f JOIN article AS a ON a.id = f.rowid"
        f" WHERE article_fts MATCH ?{scope.conditions} ORDER BY {_RANK}, f.rowid LIMIT ? OFFSET ?"
    )
    rows = database.execute_sql(sql, (_fts5_expression(parsed), *scope.params, limit, offset)).fetchall()
    return [int(r[0]) for r in rows]


def _walk(database: Database, matcher: _Matcher, scope: _Scope, need: int) -> tuple[list[int], bool]:
    """Read the articles in list order and keep the matching ones, up to ``need``. Broad when
    :data:`BROAD_MATCHES` (or ``need``) of the first :data:`WALK_WINDOW` match; a query that
    is not stops there (the second value says which)."""
    found: list[int] = []
    read = 0
    sql = (
        "SELECT a.id, a.title, a.summary FROM article AS a WHERE 1 = 1"
        f"{scope.conditions} ORDER BY {scope.order} LIMIT ? OFFSET ?"
    )
    target = max(need, BROAD_MATCHES)
    while len(found) < target:
        batch = database.execute_sql(sql, (*scope.params, _WALK_BATCH, read)).fetchall()
        found += _filter_rows(database, matcher, batch)
        read += len(batch)
        if len(found) < BROAD_MATCHES and (read >= WALK_WINDOW or len(batch) < _WALK_BATCH):
            return found, False
        if len(batch) < _WALK_BATCH:
            break
    return found, True


def _filter(database: Database, matcher: _Matcher, ids: list[int], need: int) -> list[int]:
    """The ids whose article matches, in the given order, up to ``need``."""
    found: list[int] = []
    for start in range(0, len(ids), _WALK_BATCH):
        chunk = ids[start : start + _WALK_BATCH]
        marks = ",".join("?" * len(chunk))
        rows = database.execute_sql(
            f"SELECT a.id, a.title, a.summary FROM article AS a WHERE a.id IN ({marks})", chunk
        ).fetchall()
        by_id = {int(r[0]): r for r in rows}
        found += _filter_rows(database, matcher, [by_id[i] for i in chunk if i in by_id])
        if len(found) >= need:
            break
    return found[:need]


def _filter_rows(database: Database, matcher: _Matcher, rows: list[tuple[Any, ...]]) -> list[int]:
    """``(id, title, summary)`` rows whose article matches, in order; bodies are read only for
    the rows whose title and summary do not match already."""
    pending: dict[int, list[str]] = {}
    verdict: dict[int, bool] = {}
    for article_id, title, summary in rows:
        texts = [title or "", summary or ""]
        if matcher.matches(texts):
            verdict[article_id] = True
        else:
            pending[article_id] = texts
    if pending:
        marks = ",".join("?" * len(pending))
        bodies = dict(
            database.execute_sql(
                f"SELECT article_id, body FROM article_body WHERE article_id IN ({marks})", list(pending)
            ).fetchall()
        )
        for article_id, texts in pending.items():
            verdict[article_id] = matcher.matches([*texts, bodies.get(article_id) or ""])
    return [int(r[0]) for r in rows if verdict.get(r[0])]


# -- PostgreSQL ------------------------------------------------------------------------------


def _tsquery(parsed: _ParsedQuery) -> str:
    terms = []
    for index, tokens in enumerate(parsed.phrases):
        term = " <-> ".join(tokens)
        if parsed.prefix_last and index == len(parsed.phrases) - 1:
            term += ":*"
        terms.append(f"({term})")
    return " & ".join(terms)


def _page_postgres(
    database: Database, parsed: _ParsedQuery, offset: int, limit: int, scope: _Scope
) -> SearchPage:
    tsquery = _tsquery(parsed)
    matching = (
        " FROM article_search AS s JOIN article AS a ON a.id = s.article_id"
        f" WHERE s.document @@ to_tsquery('simple', %s){scope.conditions}"
    )
    capped = database.execute_sql(
        f"SELECT COUNT(*) FROM (SELECT 1{matching} LIMIT %s) AS m", (tsquery, *scope.params, RANKED_LIMIT + 1)
    ).fetchone()[0]
    if capped <= RANKED_LIMIT:
        sql = (
            f"SELECT s.article_id{matching} ORDER BY ts_rank_cd(s.document, to_tsquery('simple', %s))"
            " DESC, s.article_id LIMIT %s OFFSET %s"
        )
        params: tuple[object, ...] = (tsquery, *scope.params, tsquery, limit + 1, offset)
    else:
        sql = f"SELECT a.id{matching} ORDER BY {scope.order} LIMIT %s OFFSET %s"
        params = (tsquery, *scope.params, limit + 1, offset)
    rows = database.execute_sql(sql, params).fetchall()
    return SearchPage([int(r[0]) for r in rows[:limit]], capped <= RANKED_LIMIT, len(rows) > limit)


# -- matching and snippets in Python (for the rows read anyway, or shown) --------------------

_WORD = re.compile(r"[^\W_]+")
_NOT_AFTER_WORD = r"(?<![^\W_])"
_NOT_BEFORE_WORD = r"(?![^\W_])"


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    return fold(char)


def _fold_fast(text: str) -> str:
    """:func:`fold`, character by character for the few characters that are not ASCII."""
    if text.isascii():
        return text.lower()
    return _NON_ASCII.sub(lambda m: _fold_char(m.group()), text).lower()


#: Letters that fold to others (Latin with diacritics, combining marks): a text without any
#: folds to its lower case (other characters fold too, but never to ASCII letters).
_FOLDS_TO_ASCII = re.compile(r"[\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff\ufb00-\ufb06\uff10-\uff5a]")


class _Matcher:
    """The query as regular expressions over folded text, the way FTS5's ``unicode61``
    tokenizer reads it (words are runs of letters and digits): every phrase must occur in one
    of the texts, the last word as a prefix when it is one."""

    def __init__(self, parsed: _ParsedQuery) -> None:
        self.patterns: list[tuple[str, re.Pattern[str]]] = []
        for index, tokens in enumerate(parsed.phrases):
            words = [w for token in tokens for w in _WORD.findall(token)]
            if not words:
                continue
            prefix = parsed.prefix_last and index == len(parsed.phrases) - 1
            body = r"[\W_]+".join(re.escape(w) for w in words)
            pattern = re.compile(_NOT_AFTER_WORD + body + ("" if prefix else _NOT_BEFORE_WORD))
            self.patterns.append((words[0], pattern))

    def matches(self, texts: list[str]) -> bool:
        """Whether the article with these texts (title, summary, body: any, as stored) matches."""
        lowered: list[str] | None = None
        folded: list[str] | None = None
        for literal, pattern in self.patterns:
            if lowered is None:
                lowered = [t.lower() for t in texts]
            # a plain substring test first: most texts do not hold the word at all
            if any(literal in t and pattern.search(t) for t in lowered):
                continue
            if folded is None:
                folded = [_fold_fast(t) if _FOLDS_TO_ASCII.search(t) else "" for t in texts]
            if not any(literal in t and pattern.search(t) for t in folded):
                return False
        return True


#: Words of context a snippet shows around its matches (like FTS5's ``snippet(..., 16)``).
SNIPPET_WORDS = 16
_SNIPPET_CANDIDATES = 24  # matches of one text looked at for the best window


def _fold_same_length(text: str) -> str:
    """:func:`fold` one character at a time, so that positions stay those of ``text``."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer: one by one
        return "".join(_fold_one(c) for c in text)
    if text.isascii() or not _FOLDS_TO_ASCII.search(text):
        return lowered
    return _NON_ASCII.sub(lambda m: _fold_one(m.group()), lowered)


@lru_cache(maxsize=4096)
def _fold_one(char: str) -> str:
    folded = fold(char)
    return folded if len(folded) == 1 else char.lower() if len(char.lower()) == 1 else char


def snippets(database: Database, query: str, article_ids: Iterable[int]) -> dict[int, str]:
    """A snippet for each of ``article_ids`` (the rows on screen): about
    :data:`SNIPPET_WORDS` words of the summary, body or title around the query's words, each
    match between :data:`MARK_START` and :data:`MARK_END`, ``…`` where text was left out.

    Made in Python from the article's text, for these rows only (cheap: no second full-text
    query), the same way on both backends."""
    ids = list(dict.fromkeys(article_ids))
    parsed = _parse(query)
    if not ids or not parsed.phrases:
        return {}
    words: list[str] = []
    prefixes: list[str] = []
    for index, tokens in enumerate(parsed.phrases):
        for n, token in enumerate(tokens):
            for word in _WORD.findall(token):
                last = parsed.prefix_last and index == len(parsed.phrases) - 1 and n == len(tokens) - 1
                (prefixes if last else words).append(word)
    alternatives = [re.escape(w) + _NOT_BEFORE_WORD for w in words]
    alternatives += [re.escape(p) + r"[^\W_]*" for p in prefixes]
    if not alternatives:
        return {}
    pattern = re.compile(_NOT_AFTER_WORD + "(?:" + "|".join(alternatives) + ")")
    mark = "%s" if backend_of(database) == "postgresql" else "?"
    out: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = database.execute_sql(
            "SELECT a.id, a.title, a.summary, b.body FROM article AS a"
            " LEFT JOIN article_body AS b ON b.article_id = a.id"
            f" WHERE a.id IN ({','.join([mark] * len(chunk))})",
            chunk,
        ).fetchall()
        for article_id, title, summary, body in rows:
            out[int(article_id)] = _best_snippet(pattern, [summary or "", body or "", title or ""])
    return out


def _best_snippet(pattern: re.Pattern[str], texts: list[str]) -> str:
    """The snippet of the text whose best window holds the most different matched words
    (then the most matches); only the first matches of each text are looked at."""
    best: tuple[int, int, int, int] | None = None  # (distinct, count, text index, position)
    folded_texts = [_fold_same_length(t) for t in texts]
    for index, folded in enumerate(folded_texts):
        spans = [(m.start(), m.group()) for m in islice(pattern.finditer(folded), _SNIPPET_CANDIDATES)]
        for i, (begin, _word) in enumerate(spans):
            words = list(islice(_WORD.finditer(folded, begin), SNIPPET_WORDS))
            limit = words[-1].start() if words else begin
            window = [w for at, w in spans[i:] if at <= limit]
            score = (len(set(window)), len(window))
            if best is None or score > best[:2]:
                best = (*score, index, begin)
    if best is None:
        index = next((n for n, t in enumerate(texts) if t), 0)
        return _cut(texts[index], folded_texts[index], pattern, 0)
    return _cut(texts[best[2]], folded_texts[best[2]], pattern, best[3])


def _cut(text: str, folded: str, pattern: re.Pattern[str], position: int) -> str:
    """:data:`SNIPPET_WORDS` words of ``text`` from two words before ``position``, marked."""
    before = [m.start() for m in _WORD.finditer(folded, max(0, position - 200), position)]
    begin = before[-2] if len(before) >= 2 else (before[0] if before and position <= 200 else position)
    if len(before) < 2 and position <= 200:
        begin = 0
    words = list(islice(_WORD.finditer(folded, begin), SNIPPET_WORDS + 1))
    end = words[SNIPPET_WORDS - 1].end() if len(words) > SNIPPET_WORDS else len(text)
    pieces = []
    cursor = begin
    for match in pattern.finditer(folded, begin, end):
        pieces.append(text[cursor : match.start()])
        pieces.append(MARK_START + text[match.start() : match.end()] + MARK_END)
        cursor = match.end()
    pieces.append(text[cursor:end])
    snippet = " ".join("".join(pieces).split())
    return ("…" if begin > 0 else "") + snippet + ("…" if end < len(text) else "")
