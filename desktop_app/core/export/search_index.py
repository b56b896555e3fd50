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
from collections.abc import Callable, Iterable
from dataclasses import dataclass

INDEX_PATH = "cari-indeks.js"
SCRIPT_PATH = "cari.js"
PAGE_PATH = "cari.html"
#: The global the index assigns (read by ``cari.js``).
GLOBAL_NAME = "REDAKSI_SEARCH"
INDEX_FORMAT = 1
SNIPPET_CHARS = 220
#: How much of the text's opening is searched (and read from the database).
OPENING_CHARS = 300
#: How much Markdown is read to get :data:`OPENING_CHARS` of text out of it.
OPENING_SOURCE_CHARS = 1200

_WORD = re.compile(r"[^\W_]+")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_FOOTNOTE = re.compile(r"\[\^[^\]]*\]:?")
_TAG = re.compile(r"<[^>]*>")
_FENCE = re.compile(r"^(```|~~~).*?^\1", re.MULTILINE | re.DOTALL)
_MARKS = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)|[*_`~|]+|^[\s:|-]+$", re.MULTILINE)
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case without diacritics, as ``cari.js`` folds (``normalize("NFKD")``, marks
    dropped, ``toLowerCase()``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def words(text: str) -> list[str]:
    """The folded words of ``text`` (letters and digits), in order."""
    return _WORD.findall(fold(text))


def plain_opening(markdown: str, chars: int = OPENING_CHARS) -> str:
    """The first ``chars`` characters (or so, cut at a word) of a Markdown text as plain text:
    no markup, images, code blocks, footnote marks or link addresses."""
    text = markdown[:OPENING_SOURCE_CHARS]
    text = _FENCE.sub(" ", text)
    text = _IMAGE.sub(" ", text)
    text = _LINK.sub(r"\1", text)
    text = _FOOTNOTE.sub("", text)
    text = _TAG.sub(" ", text)
    text = _MARKS.sub(" ", text)
    return shorten(_SPACE.sub(" ", text).strip(), chars)


def shorten(text: str, chars: int) -> str:
    """``text`` cut to about ``chars`` characters at a word, with an ellipsis when cut."""
    text = _SPACE.sub(" ", text).strip()
    if len(text) <= chars:
        return text
    cut = text[:chars]
    space = cut.rfind(" ")
    if space > chars * 2 // 3:
        cut = cut[:space]
    return cut.rstrip(" ,.;:-–") + "…"


@dataclass(frozen=True)
class SearchEntry:
    """One article as the index holds it."""

    title: str
    url: str  # relative to the site's top
    date: str  # as the site shows it ("Sabtu, 28 November 2026")
    iso_date: str  # 2026-11-28
    category: str
    snippet: str
    #: Folded words to find it by that the title, the snippet and the category do not hold.
    extra: tuple[str, ...]

    def row(self) -> list[str]:
        return [
            self.title,
            self.url,
            self.date,
            self.iso_date,
            self.category,
            self.snippet,
            " ".join(self.extra),
        ]


def make_entry(
    *,
    title: str,
    url: str,
    date: str,
    iso_date: str,
    category: str,
    summary: str,
    opening: str,
    tags: Iterable[str] = (),
) -> SearchEntry:
    """An entry: the snippet is the summary (or else the opening of the text); the words of
    the opening and the tags not already in the title, snippet or category are kept apart."""
    snippet = shorten(summary, SNIPPET_CHARS) if summary.strip() else shorten(opening, SNIPPET_CHARS)
    shown = set(words(title)) | set(words(snippet)) | set(words(category))
    extra = dict.fromkeys(w for text in (opening, *tags) for w in words(text) if w not in shown)
    return SearchEntry(title, url, date, iso_date, category, snippet, tuple(extra))


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


def index_script(entries: Iterable[SearchEntry]) -> bytes:
    """The index as a script: ``window.REDAKSI_SEARCH = {...};`` (one entry per line, so a
    re-export's change shows as a small diff)."""
    rows = [_script_json(e.row()) for e in entries]
    head = _script_json(
        {"format": INDEX_FORMAT, "fields": ["title", "url", "date", "iso", "category", "snippet", "words"]}
    )
    body = ",\n".join(rows)
    return (
        f"/* Indeks pencarian situs (dibuat oleh Redaksi) */\nwindow.{GLOBAL_NAME} = "
        f'{head[:-1]},"articles":[\n{body}\n]}};\n'
    ).encode()


#: ``openings(revision ids) -> {revision id: Markdown opening}`` (the bodies not yet read).
Openings = Callable[[list[int]], dict[int, str]]
