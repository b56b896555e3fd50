"""markdown2's converter, with its reading of inline links made fast on hostile text.

For each ``[text](`` markdown2 looks for the ``)`` that closes the link's target by walking the
rest of the paragraph one character at a time in Python (``_find_balanced``), and when none
closes it, searches that whole rest once more for a title; for every ``[`` it also runs its
autolink pattern (``<http://...>``) over the whole paragraph. A paragraph of thousands of
unclosed ``[a](`` (a broken paste, a mangled export) was read again from every one of them:
16,000 characters took 4.5 s, 64,000 about a minute, on the window's thread when such an
article is published. Here the same steps give the same answers without that:

- the brackets after ``start`` are walked as before while few (most targets close at once),
  and past :data:`NEAR` of them the closing one is looked up in a table of the paragraph's
  brackets made once (the first closing bracket after ``start`` that brings the depth one
  below the depth at ``start``);
- the title's search, which can only succeed where the range ends with ``)`` (its pattern ends
  with ``\\)$``), is not run where it does not;
- the autolinks of a paragraph are found once, not once for every bracket in it.

The output is markdown2's own, byte for byte (``tests/core/test_markdown_converter.py``
compares the two on random bracket soups); ``python bench/hostile_render.py`` prints the times
beside markdown2's. What is left: markdown2 still reads up to 3,000 characters after every
``[`` that never closes, in Python (linear, ~0.1 ms a bracket). Imported only when a body is
rendered (markdown2 is not loaded at start-up).
"""

from __future__ import annotations

import functools
import re
import sys
from bisect import bisect_left
from collections.abc import Iterator
from typing import Any

import markdown2

#: Brackets walked one by one before a paragraph's table of them is made (and used).
NEAR = 32


@functools.cache
def _pattern(open_c: str, close_c: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(open_c)}{re.escape(close_c)}]")


class _Brackets:
    """Where the brackets of one text are, and the depth after each."""

    __slots__ = ("closes", "depths", "positions", "text")

    def __init__(self, text: str, open_c: str, close_c: str) -> None:
        self.text = text
        self.positions: list[int] = []
        self.depths: list[int] = []  # the depth just after each bracket
        #: ``{depth: [positions of the closing brackets that leave that depth]}``, in order.
        self.closes: dict[int, list[int]] = {}
        depth = 0
        for found in _pattern(open_c, close_c).finditer(text):
            position = found.start()
            if text[position] == open_c:
                depth += 1
            else:
                depth -= 1
                self.closes.setdefault(depth, []).append(position)
            self.positions.append(position)
            self.depths.append(depth)

    def balanced_end(self, start: int) -> int:
        """``markdown2.Markdown._find_balanced(text, start, open_c, close_c)``."""
        if start >= len(self.text):
            return start
        before = bisect_left(self.positions, start)  # brackets before ``start``
        depth = self.depths[before - 1] if before else 0
        closing = self.closes.get(depth - 1, [])
        n = bisect_left(closing, start)
        return closing[n] + 1 if n < len(closing) else len(self.text)


class _TitleSearch:
    """markdown2's inline-link title pattern, not searched where it cannot match."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        end = min(endpos, len(text))
        # The pattern ends with "\)$": a ")" just before the end, or before a final newline.
        tail = text[max(pos, end - 2) : end]
        if not (tail.endswith(")") or tail.endswith(")\n")):
            return None
        return self.pattern.search(text, pos, endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


class _AutolinksOnce:
    """markdown2's autolink pattern, whose ``finditer`` over one text is run once: markdown2
    runs it over the whole paragraph for every ``[`` to see whether the bracket is inside an
    ``<http://...>``."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._last: tuple[str, list[re.Match[str]]] | None = None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        last = self._last
        if last is None or last[0] is not text:
            last = self._last = (text, list(self.pattern.finditer(text)))
        return iter(last[1])

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


class Markdown(markdown2.Markdown):  # type: ignore[misc]  # (markdown2 has no types)
    """:class:`markdown2.Markdown` with its link targets found without reading the rest of
    the paragraph again for each (see the module's docstring)."""

    _inline_link_title = _TitleSearch(markdown2.Markdown._inline_link_title)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._auto_link_re = _AutolinksOnce(markdown2.Markdown._auto_link_re)
        #: The bracket tables of the paragraph being read, by (open, close) character.
        self._bracket_tables: dict[tuple[str, str], _Brackets] = {}

    def _find_balanced(self, text: str, start: int, open_c: str, close_c: str) -> int:
        """``markdown2.Markdown._find_balanced``: the brackets after ``start`` are walked as
        markdown2 walks them (most targets close within a few), and past :data:`NEAR` of them
        the closing one is looked up in the paragraph's table instead."""
        count = 1
        for n, found in enumerate(_pattern(open_c, close_c).finditer(text, start)):
            if n == NEAR:
                return self._table(text, open_c, close_c).balanced_end(start)
            count += 1 if found.group() == open_c else -1
            if count == 0:
                return found.end()
        return max(start, len(text))

    def _table(self, text: str, open_c: str, close_c: str) -> _Brackets:
        table = self._bracket_tables.get((open_c, close_c))
        if table is None or table.text is not text:  # (a link replaced makes a new text)
            table = self._bracket_tables[open_c, close_c] = _Brackets(text, open_c, close_c)
        return table
