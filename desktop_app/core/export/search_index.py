"""The site's search index: what ``cari.js`` searches when the exported folder is opened from
disk (no server, so no ``fetch()``: the index is a script that assigns a global).

One entry per live article, newest first: title, address, date, category, a snippet (the
summary, or the opening of the text) and the folded words of what else is worth finding it by
(the opening of the text, the category, the tags) that the title and the snippet do not hold
already. Words are folded as the script folds a query: NFKD, combining marks dropped,
lower-case, so "pemerintah" finds "Pemérintah" and "spbe" finds "SPBE".
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.core import json_text
from desktop_app.core.text import LINK_TARGET, decomposer

INDEX_PATH = "cari-indeks.js"
SCRIPT_PATH = "cari.js"
PAGE_PATH = "cari.html"
#: The global the index assigns (read by ``cari.js``).
GLOBAL_NAME = "REDAKSI_SEARCH"
#: Bumped whenever a row is made differently (its fields, the words kept): an index of another
#: format is made again whole, not kept row by row.
INDEX_FORMAT = 2
SNIPPET_CHARS = 160
#: How much of the text's opening is searched (and read from the database).
OPENING_CHARS = 300
#: How much Markdown is read to get :data:`OPENING_CHARS` of text out of it.
OPENING_SOURCE_CHARS = 1200

_WORD = re.compile(r"[^\W_]+")
# An image's or a link's text never holds "[": no try reads past the start of the next one (on
# "[[[[..." each read to the end of the body).
_IMAGE = re.compile(rf"!\[([^\[\]]*)\]{LINK_TARGET}")
_LINK = re.compile(rf"\[([^\[\]]*)\]{LINK_TARGET}")
_FOOTNOTE = re.compile(r"\[\^[^\]]*\]:?")
_TAG = re.compile(r"<[^<>]*>")
_FENCE = re.compile(r"^(```|~~~).*?^\1", re.MULTILINE | re.DOTALL)
_LINE_MARKS = re.compile(
    r"^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+|[ \t:|-]+$)", re.MULTILINE
)
_INLINE_MARK_CHARS = "*_`~|"
_INLINE_MARKS = re.compile(f"[{re.escape(_INLINE_MARK_CHARS)}]+")


#: Decomposed without marks (Unicode's categories Mn, Mc, Me: ``\p{M}``).
_unmarked = decomposer(lambda c: unicodedata.category(c)[0] != "M")


def fold(text: str) -> str:
    """Lower-case without diacritics, as ``cari.js`` folds: ``normalize("NFKD")``, every mark
    (``\\p{M}``: Unicode's categories Mn, Mc, Me) dropped, ``toLowerCase()``.

    (Only the runs of characters beyond ASCII are decomposed, each on its own: NFKD never
    joins a character to the one before it and only reorders marks, which are dropped, so the
    text is the same; most of an Indonesian text is ASCII.)"""
    return _unmarked(text).lower()


def words(text: str) -> list[str]:
    """The folded words of ``text`` (letters and digits), in order: what ``cari.js`` makes of
    it."""
    return _WORD.findall(fold(text))


def plain_opening(markdown: str, chars: int = OPENING_CHARS) -> str:
    """The first ``chars`` characters (or so, cut at a word) of a Markdown text as plain text:
    no markup, images, code blocks, footnote marks or link addresses."""
    text = markdown[:OPENING_SOURCE_CHARS]
    if "```" in text or "~~~" in text:
        text = _FENCE.sub(" ", text)
    if "[" in text:
        text = _LINK.sub(r"\1", _IMAGE.sub(" ", text))
        text = _FOOTNOTE.sub("", text)
    if "<" in text:
        text = _TAG.sub(" ", text)
    text = _LINE_MARKS.sub(" ", text)
    if any(mark in text for mark in _INLINE_MARK_CHARS):  # (rare in news: the search is slow)
        text = _INLINE_MARKS.sub(" ", text)
    return shorten(text, chars)


def shorten(text: str, chars: int) -> str:
    """``text`` cut to about ``chars`` characters at a word, with an ellipsis when cut."""
    limit = chars * 3  # (spaces collapsed in no more than is needed)
    longer = len(text) > limit
    text = " ".join(text[:limit].split())  # (str.split() splits on what \s+ matches)
    if len(text) <= chars:
        return text + "…" if longer and text else text
    cut = text[:chars]
    space = cut.rfind(" ")
    if space > chars * 2 // 3:
        cut = cut[:space]
    return cut.rstrip(" ,.;:-–") + "…"


#: Words too common to find an article by (Indonesian function words): left out of the words
#: kept apart (the title's and the snippet's words are searched whole).
# fmt: off
STOPWORDS = frozenset({
    "ada", "adalah", "agar", "akan", "antara", "atau", "bagi", "bahwa", "bisa", "dalam", "dan",
    "dari", "dengan", "di", "dia", "ia", "ini", "itu", "juga", "ke", "kami", "karena", "kita",
    "lagi", "lebih", "maka", "masih", "mereka", "namun", "oleh", "pada", "para", "saat", "sebagai",
    "sedang", "sejak", "serta", "setelah", "sudah", "telah", "tersebut", "untuk", "yaitu", "yakni",
    "yang", "the", "of", "and", "to", "in",
})
# fmt: on


@dataclass(frozen=True)
class SearchEntry:
    """One article as the index holds it (see :func:`index_script` for the row's order)."""

    title: str
    slug: str  # the page is berita/<slug>.html
    iso_date: str  # 2026-11-28 (the script shows "28 November 2026")
    category: str
    snippet: str
    #: Folded words to find it by that the title, the snippet and the category do not hold
    #: (nor begin: a query word matches the start of a word).
    extra: tuple[str, ...]

    def row(self) -> list[str]:
        return [self.title, self.slug, self.iso_date, self.category, self.snippet, " ".join(self.extra)]


def _not_prefixes(candidates: list[str], shown: set[str]) -> list[str]:
    """The ``candidates`` that are not the start of a shown word or of a longer candidate
    (a query that finds those finds the longer word too)."""
    everything = sorted(shown.union(candidates))
    redundant = {a for a, b in zip(everything, everything[1:], strict=False) if b.startswith(a)}
    return [w for w in candidates if w not in redundant]


def make_entry(
    *,
    title: str,
    slug: str,
    iso_date: str,
    category: str,
    summary: str,
    opening: str,
    tags: Iterable[str] = (),
) -> SearchEntry:
    """An entry: the snippet is the summary (or else the opening of the text); the words of
    the opening and the tags not already found by the title, snippet or category are kept
    apart (common words left out)."""
    snippet = shorten(summary if summary.strip() else opening, SNIPPET_CHARS)
    shown = {*words(title), *words(snippet), *words(category)}
    tag_words = [w for tag in tags for w in words(tag)]
    candidates = dict.fromkeys(w for w in (*words(opening), *tag_words) if w not in STOPWORDS)
    candidates.update(dict.fromkeys(tag_words))  # (a tag counts, however common its words)
    extra = _not_prefixes([w for w in candidates if w not in shown], shown)
    return SearchEntry(title, slug, iso_date, category, snippet, tuple(extra))


def _script_json(value: object) -> str:
    """JSON that is safe inside a ``<script>`` element and a JavaScript source: ``<``, ``>``
    and ``&`` as ``\\u`` escapes (no ``</script>`` or ``<!--`` can appear), and the two line
    separators JavaScript once refused in strings escaped too."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


_HEAD = "/* Indeks pencarian situs (dibuat oleh Redaksi) */\nwindow." + GLOBAL_NAME + " = "
_FIELDS = ["title", "slug", "date", "category", "snippet", "words"]


def index_script(rows: Iterable[list[str] | str], months: list[str]) -> bytes:
    """The index as a script: ``window.REDAKSI_SEARCH = {...};``, one article a line (rows of
    :meth:`SearchEntry.row`, newest first, or such a row's line as :func:`read_index_rows` kept
    it), with the month names the dates are shown with."""
    head = _script_json(
        {
            "format": INDEX_FORMAT,
            "fields": _FIELDS,
            "page": ["berita/", ".html"],
            "months": months,
        }
    )
    body = ",\n".join(row if isinstance(row, str) else _script_json(row) for row in rows)
    return f'{_HEAD}{head[:-1]},"articles":[\n{body}\n]}};\n'.encode()


def read_index_rows(data: bytes, as_written: bool = False) -> dict[str, list[str] | str] | None:
    """``{slug: row}`` of an index this version wrote (None for anything else: another
    format, a file edited by hand or cut short). ``as_written``: the file is byte for byte
    the one an export wrote (its sha256 is the manifest's), so each row is given as its line,
    which :func:`index_script` takes as it is (encoding 5,000 rows again was a tenth of a
    re-export after one change)."""
    try:
        text = data.decode("utf-8")
        if not text.startswith(_HEAD) or not text.endswith("};\n"):
            return None
        index = json_text.loads(text[len(_HEAD) : -2])
        if index.get("format") != INDEX_FORMAT or index.get("fields") != _FIELDS:
            return None
        rows = index["articles"]
        if not all(
            isinstance(row, list) and len(row) == len(_FIELDS) and all(isinstance(v, str) for v in row)
            for row in rows
        ):
            return None
        if as_written:
            start = text.find('"articles":[\n') + len('"articles":[\n')
            body = text[start : -len("\n]};\n")]
            lines = body.split(",\n") if body else []
            if len(lines) == len(rows):  # (one a line: a comma and a newline only between rows)
                return {row[1]: line for row, line in zip(rows, lines, strict=True)}
        return {row[1]: row for row in rows}
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
