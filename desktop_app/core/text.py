"""Pure text helpers: slugs, word counts, reading time, characters that cannot be stored."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

SLUG_MAX_LENGTH = 80
FALLBACK_SLUG = "artikel"
WORDS_PER_MINUTE = 200
_WORD = re.compile(r"[\w'’-]+", re.UNICODE)
#: A Markdown link's or image's target in its parentheses, one pair of parentheses allowed
#: inside (``Solok_(kota)``), on one line. A try stops at the next "(": on "](](](..." no try
#: reads to the end of the text (every pattern reading Markdown links uses this one).
LINK_TARGET = r"\((?:[^()\n]|\([^()\n]*\))*\)"
#: An image's description between ``![`` and ``]``: escaped characters, no unescaped "[" or "]"
#: (Redaksi never writes one; a try stops at the next "![", as on "![![![...").
IMAGE_ALT = r"(?:\\.|[^\[\]\\])*"
# Link and image targets, image descriptions (never holding "[": each try stops at the next
# one, as on "![![![..."), markup characters.
_MARKUP = re.compile(rf"!\[[^\[\]]*\]{LINK_TARGET}|\]{LINK_TARGET}|[#>*_`~|]")

#: Characters no article can keep: NUL (PostgreSQL's text refuses it), the other C0 control
#: characters but tab, line feed and carriage return, lone UTF-16 surrogates (not encodable as
#: UTF-8: neither SQLite nor PostgreSQL stores them) and the noncharacters (U+FDD0..U+FDEF and the
#: last two code points of every plane, U+FFFE and U+FFFF among them), which XML 1.0 refuses or
#: Unicode reserves for a program's internal use. Everything real text uses stays: letters of
#: every script, emoji (one code point each in a Python str), zero-width joiners and
#: non-joiners, direction marks, non-breaking and other spaces.
_UNSTORABLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(chr(plane + 0xFFFE) + chr(plane + 0xFFFF) for plane in range(0, 0x110000, 0x10000))
    + "]"
)


#: A quick first look (a few ranges: 10x faster on a 5 MB paste than _UNSTORABLE's long class):
#: no match means no unstorable character; a match (or any character beyond U+FFFF, among which
#: are the other noncharacters) means _UNSTORABLE has to look.
_MAYBE_UNSTORABLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff\U00010000-\U0010ffff]"
)


def unstorable_count(text: str) -> int:
    """How many characters of ``text`` :func:`storable_text` removes."""
    if _MAYBE_UNSTORABLE.search(text) is None:
        return 0
    return len(_UNSTORABLE.findall(text))


def storable_text(text: str) -> str:
    """``text`` without the characters that cannot be stored or exported (see
    :data:`_UNSTORABLE`); the same string when there are none."""
    if _MAYBE_UNSTORABLE.search(text) is None:
        return text
    return _UNSTORABLE.sub("", text) if _UNSTORABLE.search(text) else text


def make_slug(title: str) -> str:
    """A readable ASCII slug from an (Indonesian) title; never empty."""
    from slugify import slugify

    slug = slugify(title, max_length=SLUG_MAX_LENGTH, word_boundary=True, save_order=True)
    return slug or FALLBACK_SLUG


#: Texts longer than this are counted a paragraph run at a time (see :func:`count_words`).
COUNT_CHUNK = 64 * 1024


def count_words(markdown_text: str) -> int:
    """Words a reader sees: Markdown syntax, link targets and image references do not count.

    A long text is counted in pieces of about :data:`COUNT_CHUNK` characters cut at paragraph
    breaks (no Markdown link or image runs across one): a regular expression holds the GIL for
    the whole of one call, and a save counting a 5 MB paste in a background thread in one call
    stopped the window for 0.2 s."""
    if len(markdown_text) <= COUNT_CHUNK:
        return len(_WORD.findall(_MARKUP.sub(" ", markdown_text)))
    total = 0
    start = 0
    while start < len(markdown_text):
        end = markdown_text.find("\n\n", start + COUNT_CHUNK)
        end = len(markdown_text) if end < 0 else end
        piece = markdown_text[start:end]
        total += len(_WORD.findall(_MARKUP.sub(" ", piece)))
        start = end
    return total


def reading_minutes(words: int) -> int:
    """Whole minutes to read ``words`` at a newsroom's usual 200 words per minute (min. 1)."""
    return max(1, round(words / WORDS_PER_MINUTE)) if words else 0


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def decomposer(keep: Callable[[str], bool], limit: int = 4096) -> Callable[[str], str]:
    """``text`` → ``text`` decomposed (NFKD) without the characters ``keep`` refuses (the
    marks, say), at C speed: only the runs of characters beyond ASCII are decomposed, each on its
    own, and remembered (up to ``limit`` runs). The same text as decomposing the whole when
    ``keep`` refuses every combining mark: NFKD never joins a character to the one before it,
    and only reorders combining marks."""
    done: dict[str, str] = {}

    def run(match: re.Match[str]) -> str:
        found = match[0]
        text = done.get(found)
        if text is None:
            text = "".join(c for c in unicodedata.normalize("NFKD", found) if keep(c))
            if len(done) < limit:
                done[found] = text
        return text

    def decompose(text: str) -> str:
        return text if text.isascii() else _NON_ASCII.sub(run, text)

    return decompose
