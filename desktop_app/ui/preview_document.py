"""Keeps the preview's QTextDocument in step with the rendered blocks, patching only what changed.

``QTextBrowser.setHtml`` on a 20,000-word article costs 20-50 ms of parsing and layout on the GUI
thread: too long for a pause in typing. The preview knows the article as a list of rendered
top-level blocks (see :mod:`desktop_app.core.incremental_render`), so after an edit only the
blocks between the unchanged head and the unchanged tail are replaced, with ``insertHtml``
(about a millisecond). Each block's number of QTextDocument blocks is remembered, which maps
Markdown blocks to document positions. Tables become frames, which do not patch cleanly: an
edit in or next to a table, and any doubt (counts that do not add up), falls back to ``setHtml``.
The result was checked to be structurally identical to ``setHtml`` of the same HTML.

A document shown from scratch (an article just opened) is one ``setHtml`` of the joined blocks:
one build, with the visible part laid out first by Qt (20,000 words: under 10 ms of parsing).
Only a huge one (:data:`HUGE_HTML`, e.g. a 5 MB paste) is built in steps of about
:data:`STEP_SECONDS` each, the first part at once and the rest appended by later turns of the
event loop, so that the window keeps answering; so is a patch that would insert that much.
``on_complete`` is called when the whole document is there.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser

#: A throw-away first block: ``insertHtml`` merges the fragment's first block into the block at
#: the cursor (losing its format), so a sacrificial one goes first and is removed afterwards.
_SACRIFICE = "<p>\u200b</p>"
#: HTML longer than this (characters) is put into the document in steps, not at once: a
#: 5 MB paste would hold the window for seconds.
HUGE_HTML = 600_000
#: HTML characters of a huge document's first step; later steps are sized from the time the
#: previous ones took, to about STEP_SECONDS each, with a pause between them (keys and paints
#: come in between).
STEP_CHARACTERS = 20_000
STEP_SECONDS = 0.012
STEP_PAUSE_MS = 4


class PreviewDocument:
    """Shows HTML fragments (one per Markdown block) in a QTextBrowser."""

    def __init__(self, browser: QTextBrowser) -> None:
        self.browser = browser
        self._fragments: list[str] | None = None  # what the document shows, None: unknown
        self._counts: list[int] = []
        self._count_cache: dict[str, int] = {}
        self._scratch = QTextDocument()
        self.patched = 0  # how many updates were patches (tests, bench)
        self.on_complete: Callable[[], None] | None = None
        self._target: list[str] | None = None  # being built in steps: the whole document
        self._step_characters = STEP_CHARACTERS
        self.builds = 0  # how many times the document was built from scratch (tests, bench)
        self.steps = 0  # how many steps huge documents took (tests, bench)
        self._step_timer = QTimer(browser)
        self._step_timer.setSingleShot(True)
        self._step_timer.setInterval(STEP_PAUSE_MS)
        self._step_timer.timeout.connect(self._next_step)

    @property
    def complete(self) -> bool:
        """False while a long document is still being built in steps."""
        return self._target is None

    def show_html(self, html: str) -> None:
        """Show a whole document (no block structure known)."""
        self._stop_steps()
        self._fragments = None
        self.builds += bool(html)
        self.browser.setHtml(html)

    def show_fragments(self, fragments: list[str]) -> None:
        fragments = [f.strip() for f in fragments]
        if self._target is None and self._fragments is not None and self._patch(fragments, HUGE_HTML):
            self.patched += 1
            return
        self._stop_steps()
        if sum(len(f) for f in fragments) > HUGE_HTML:
            self._step_characters = STEP_CHARACTERS
            stop = self._step_end(fragments, 0)
            if stop < len(fragments):
                self._rebuild(fragments[:stop])
                if self._fragments is not None:
                    self._target = fragments
                    self._step_timer.start()
                    return
        self._rebuild(fragments)

    def invalidate(self) -> None:
        self._stop_steps()
        self._fragments = None

    def _stop_steps(self) -> None:
        self._target = None
        self._step_timer.stop()

    def _step_end(self, fragments: list[str], start: int) -> int:
        """Where a step that begins at ``start`` ends (at least one fragment)."""
        size = 0
        stop = start
        while stop < len(fragments) and (stop == start or size < self._step_characters):
            size += len(fragments[stop])
            stop += 1
        return stop

    def _next_step(self) -> None:
        target = self._target
        if target is None or self._fragments is None:
            return
        start = len(self._fragments)
        stop = self._step_end(target, start)
        began = time.perf_counter()
        self.steps += 1
        if not self._patch(target[:stop]):  # appends; refused next to a table
            self._target = None
            self._rebuild(target)
        elif stop < len(target):
            # the next step as long as fits in STEP_SECONDS at the pace of this one
            took = max(time.perf_counter() - began, 1e-4)
            size = sum(len(f) for f in target[start:stop])
            pace = size * STEP_SECONDS / took
            self._step_characters = int(max(2_000, min(4 * self._step_characters, pace)))
            self._step_timer.start()
            return
        self._target = None
        if self.on_complete is not None:
            self.on_complete()

    # -- helpers ----------------------------------------------------------------------------
    def _count(self, fragment: str, index: int) -> int:
        """How many document blocks ``fragment`` makes at position ``index``."""
        count = self._count_cache.get(fragment)
        if count is None:
            self._scratch.setHtml(fragment)
            count = self._scratch.blockCount()
            self._count_cache[fragment] = count
        # A table that starts a document gets an empty block before its frame; elsewhere the
        # preceding block plays that part.
        if index > 0 and fragment.startswith("<table"):
            return count - 1
        return count

    def _rebuild(self, fragments: list[str]) -> None:
        self.builds += 1
        self.browser.setHtml("".join(fragments))
        self._fragments = None
        if not fragments:
            return
        counts = [self._count(f, i) for i, f in enumerate(fragments)]
        if sum(counts) == self.browser.document().blockCount():
            self._fragments = fragments
            self._counts = counts
            self._prune_cache(fragments)

    def _prune_cache(self, fragments: list[str]) -> None:
        keep = set(fragments)
        self._count_cache = {f: c for f, c in self._count_cache.items() if f in keep}

    def _patch(self, fragments: list[str], most: int | None = None) -> bool:
        """Replace what changed between the shown fragments and ``fragments``; False when
        that cannot be done here (then the document is built anew) or would insert more than
        ``most`` characters of HTML at once."""
        old = self._fragments
        assert old is not None
        head = 0
        limit = min(len(old), len(fragments))
        while head < limit and old[head] == fragments[head]:
            head += 1
        tail = 0
        while tail < limit - head and old[-1 - tail] == fragments[-1 - tail]:
            tail += 1
        new = fragments[head : len(fragments) - tail]
        if not new and head + tail == len(old):
            return True  # nothing changed
        if not fragments or (head == 0 and tail == 0):
            return False  # everything changed: a rebuild is as cheap
        if most is not None and sum(len(f) for f in new) > most:
            return False  # a huge insertion (a 5 MB paste): built in steps instead
        # Tables are frames, which insertHtml does not splice cleanly: no patch in or next to one.
        if any("<table" in f for f in old[max(0, head - 1) : len(old) - tail + 1] + new):
            return False
        document = self.browser.document()
        start = sum(self._counts[:head])
        end = start + sum(self._counts[head : len(old) - tail])
        new_counts = [self._count(f, head + i) for i, f in enumerate(new)]
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        try:
            if new:
                inserted = self._replace(document, cursor, start, end, "".join(new))
            else:
                inserted = self._remove(document, cursor, start, end)
        finally:
            cursor.endEditBlock()
        if inserted != sum(new_counts):
            return False
        self._fragments = fragments
        self._counts = self._counts[:head] + new_counts + self._counts[len(old) - tail :]
        if document.blockCount() != sum(self._counts):
            return False
        if len(self._count_cache) > 2 * len(fragments) + 200:
            self._prune_cache(fragments)
        return True

    @staticmethod
    def _replace(document: QTextDocument, cursor: QTextCursor, start: int, end: int, html: str) -> int:
        """Replace document blocks [start, end) with ``html``; returns the blocks inserted."""
        if end > start:
            first = document.findBlockByNumber(start)
            last = document.findBlockByNumber(end - 1)
            cursor.setPosition(first.position())
            cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        elif start >= document.blockCount():
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertBlock()
        else:
            cursor.setPosition(document.findBlockByNumber(start).position())
            cursor.insertBlock()
            cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
        position = cursor.position()
        cursor.setBlockFormat(QTextBlockFormat())
        cursor.setBlockCharFormat(QTextCharFormat())
        before = document.blockCount()
        cursor.insertHtml(_SACRIFICE + html)
        sacrifice = QTextCursor(document)
        sacrifice.setPosition(position)
        sacrifice.movePosition(QTextCursor.MoveOperation.NextBlock, QTextCursor.MoveMode.KeepAnchor)
        sacrifice.removeSelectedText()
        return document.blockCount() - before + 1

    @staticmethod
    def _remove(document: QTextDocument, cursor: QTextCursor, start: int, end: int) -> int:
        """Remove document blocks [start, end) with one of their separators; returns 0."""
        last = document.findBlockByNumber(end - 1)
        if start > 0:
            previous = document.findBlockByNumber(start - 1)
            cursor.setPosition(previous.position() + previous.length() - 1)
            cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        else:
            cursor.setPosition(0)
            cursor.setPosition(last.position() + last.length(), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        return 0
