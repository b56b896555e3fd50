"""The renderer's markdown2 converter: markdown2's output byte for byte, without reading the
rest of a paragraph again for every unclosed link target."""

from __future__ import annotations

import random

import markdown2
import pytest

from desktop_app.core import markdown_converter
from desktop_app.core.rendering import EXTRAS, FOOTNOTE_TITLE, render_body

PIECES = [
    "[", "]", "(", ")", "<", ">", "!", "^", " ", '"', "'", "\n", "\n\n", "a", "b c", "\t", "\\",
    "*", "_", "`", "|", "#", "- ", "1. ", "> ", "---", "http://x.id/", "<http://a.id>",
    "https://kominfo.go.id/a_(b)", "[^1]", "[^1]: catatan\n", "[r]: http://r.id\n",
    "asset:123e4567-e89b-12d3-a456-426614174000", "[tautan](http://b.id \"judul\")",
]  # fmt: skip


def _convert(cls, text: str) -> str:
    return cls(extras=dict(EXTRAS), safe_mode="escape", footnote_title=FOOTNOTE_TITLE).convert(text)


@pytest.mark.parametrize(
    "text",
    [
        "[a](http://b.id)",
        "[a](http://b.id/x_(y)) dan [c](d)",
        "[a](<http://b.id/a b>) [c](<d)",
        "[a](http://b.id \"judul\") [b](c 't')",
        "[a](b [c](d)",  # unclosed: markdown2 takes the rest of the paragraph as the target
        "[a](b [c](d)\n",
        "[a](b (c) [d](e",
        "![foto](asset:123e4567-e89b-12d3-a456-426614174000) [x](",
        "[a](" * 50 + ")",
        "[a](" * 50 + ")\n\n" + "[b](c)",
        "((( [a](b) )))",
    ],
)
def test_the_output_is_markdown2s(text):
    assert _convert(markdown_converter.Markdown, text) == _convert(markdown2.Markdown, text)


@pytest.mark.parametrize("near", [0, 2, markdown_converter.NEAR])
def test_random_bracket_soups_come_out_as_markdown2_makes_them(monkeypatch, near):
    """(With ``near`` 0 every target is looked up in the table; by default most are walked.)"""
    monkeypatch.setattr(markdown_converter, "NEAR", near)
    rng = random.Random(21 + near)
    for _ in range(1500):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 80)))
        assert _convert(markdown_converter.Markdown, text) == _convert(markdown2.Markdown, text), text


def test_unclosed_link_targets_are_not_read_again_from_each(monkeypatch):
    """``[a](`` 4,000 times: markdown2 walked the rest of the paragraph for each (4.5 s), then
    searched it for a title; here the brackets are tabled once and no title is searched."""
    walks, searches = [], []
    monkeypatch.setattr(markdown2.Markdown, "_find_balanced", lambda *a: walks.append(a) or len(a[1]))
    title = markdown_converter.Markdown._inline_link_title
    monkeypatch.setattr(title, "pattern", _Counting(title.pattern, searches))
    tables = []
    original = markdown_converter._Brackets.__init__
    monkeypatch.setattr(
        markdown_converter._Brackets, "__init__", lambda self, *a: tables.append(a) or original(self, *a)
    )
    html = render_body("[a](" * 4000)
    assert html == "<p>" + "[a](" * 4000 + "</p>\n"
    assert walks == [], "markdown2's own walk is not used"
    assert searches == [], "no title is searched where the target is never closed"
    assert len(tables) == 1, "one table of the paragraph's brackets"


def test_a_target_closed_at_the_end_of_the_paragraph_is_still_searched(monkeypatch):
    """markdown2 reads ``[a](`` 50 times and a final ``)`` as one link whose target runs to that
    ``)`` (an unsafe one: ``#``); the title is searched there as before."""
    searches = []
    title = markdown_converter.Markdown._inline_link_title
    monkeypatch.setattr(title, "pattern", _Counting(title.pattern, searches))
    html = render_body("[a](" * 50 + ")")
    assert html.count("<a ") == 1
    assert searches, "the title is searched where the paragraph ends with the target's )"


class _Counting:
    def __init__(self, pattern, calls):
        self._pattern, self._calls = pattern, calls

    def search(self, *args):
        self._calls.append(args)
        return self._pattern.search(*args)

    def __getattr__(self, name):
        return getattr(self._pattern, name)
