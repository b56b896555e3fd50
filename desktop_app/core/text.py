"""Pure text helpers: slugs, word counts, reading time."""

from __future__ import annotations

import re

SLUG_MAX_LENGTH = 80
FALLBACK_SLUG = "artikel"
WORDS_PER_MINUTE = 200
_WORD = re.compile(r"[\w'’-]+", re.UNICODE)
_MARKUP = re.compile(r"!\[[^\]]*\]\([^)]*\)|\]\([^)]*\)|[#>*_`~|]")


def make_slug(title: str) -> str:
    """A readable ASCII slug from an (Indonesian) title; never empty."""
    from slugify import slugify

    slug = slugify(title, max_length=SLUG_MAX_LENGTH, word_boundary=True, save_order=True)
    return slug or FALLBACK_SLUG


def count_words(markdown_text: str) -> int:
    """Words a reader sees: Markdown syntax, link targets and image references do not count."""
    return len(_WORD.findall(_MARKUP.sub(" ", markdown_text)))


def reading_minutes(words: int) -> int:
    """Whole minutes to read ``words`` at a newsroom's usual 200 words per minute (min. 1)."""
    return max(1, round(words / WORDS_PER_MINUTE)) if words else 0
