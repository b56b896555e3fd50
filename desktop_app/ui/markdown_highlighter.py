"""Markdown syntax highlighting for the article body, with a hook for spell checking.

Colours are derived from the widget's palette, so the highlighting stays readable in light and
dark themes (call :meth:`MarkdownHighlighter.set_palette` when the palette changes).

A huge change (a 5 MB paste, a huge article opened) is made inside :meth:`deferred`: Qt still
hands every new paragraph to :meth:`highlightBlock` at once, which then only follows fenced code
(no formats, no spell checking); the paragraphs are highlighted afterwards in slices of about
:data:`SLICE_SECONDS`, the visible ones first, while the window goes on answering.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QWidget

from desktop_app.core.text import LINK_TARGET
from desktop_app.ui.palette import is_dark

NORMAL_STATE = -1
#: Block states from this value up mean "inside a fenced code block"; the fence length is added.
FENCE_STATE_BASE = 100

_FENCE = re.compile(r"^\s*(`{3,})")  # markdown2 knows only backtick fences
_HEADING = re.compile(r"^#{1,6}(?:\s.*)?$")
_SETEXT_UNDERLINE = re.compile(r"^(?:=+|-{2,})\s*$")
_QUOTE = re.compile(r"^\s{0,3}>.*$")
_LIST_MARKER = re.compile(r"^\s*(?:[*+-]|\d+[.)])\s")
_HR = re.compile(r"^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
# Markdown's inline marks, as the preview (markdown2) reads them. A span's text never holds its
# own opening mark (a lone "*" in emphasis, "**" in strong, "[" in a link's text): each try stops
# where the next one starts, so a line is read a bounded number of times. With any text allowed
# (".+?"), a line with many marks and no closing one ("**a **a **a ...", "[[[...") was read again
# from every mark: ~1.2 s for a 16,000-character paragraph, on each keystroke in it.
_INLINE_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("strong", re.compile(r"(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1")),
    (
        "emphasis",
        re.compile(
            r"(?<![*\w])\*(?![*\s])((?:[^*]|\*\*)+?)(?<![*\s])\*(?!\*)"
            r"|(?<![_\w])_(?![_\s])((?:[^_]|__)+?)(?<![_\s])_(?![_\w])"
        ),
    ),
    ("strike", re.compile(r"~~(?=\S)((?:(?!~~).)+?)(?<=\S)~~")),
    (
        "link",
        re.compile(rf"!?\[[^\[\]\n]*\]{LINK_TARGET}|!?\[[^\[\]\n]*\]\[[^\[\]\n]*\]|<https?://[^<>\s]+>"),
    ),
    ("code", re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)")),
]
_WORD_CHARS = re.compile(r"\w")
#: Text longer than this (characters) is a huge change: see the module docstring.
HUGE_TEXT = 200_000
#: Work per slice of deferred highlighting, then the event loop runs again.
SLICE_SECONDS = 0.006
STYLE_UNDERLINE_COLOR = "#1a73e8"  # house-style findings (spelling: red)


class SpellChecker(Protocol):
    def misspelled(self, text: str) -> list[tuple[int, int]]: ...


def _closes(state: int, text: str, fence: re.Match[str] | None) -> bool:
    """Whether ``text`` closes the fenced code block that ``state`` says is open."""
    return (
        fence is not None
        and len(fence.group(1)) >= state - FENCE_STATE_BASE
        and text.strip().strip(fence.group(1)[0]) == ""
    )


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def make_formats(palette: QPalette) -> dict[str, QTextCharFormat]:
    """The character formats, derived from ``palette`` (light or dark)."""
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    dark = is_dark(palette, QPalette.ColorRole.Base)  # the text is drawn on the base
    link = palette.color(QPalette.ColorRole.Link)
    if abs(link.lightnessF() - base.lightnessF()) < 0.3:  # e.g. a dark theme with a light link
        link = QColor("#8ab4f8") if dark else QColor("#1a5fb4")
    accent = QColor("#e5a50a") if dark else QColor("#9c4f00")
    muted = _mix(text, base, 0.45)

    def fmt(
        color: QColor | None = None,
        *,
        bold: bool = False,
        italic: bool = False,
        background: QColor | None = None,
        fixed: bool = False,
    ) -> QTextCharFormat:
        f = QTextCharFormat()
        if color is not None:
            f.setForeground(color)
        if bold:
            f.setFontWeight(QFont.Weight.Bold)
        if italic:
            f.setFontItalic(True)
        if background is not None:
            f.setBackground(background)
        if fixed:
            f.setFontFixedPitch(True)
            f.setFontFamilies(["monospace"])
        return f

    code_background = _mix(base, text, 0.08)
    strike = fmt(muted)
    strike.setFontStrikeOut(True)
    return {
        "heading": fmt(accent, bold=True),
        "emphasis": fmt(italic=True),
        "strong": fmt(bold=True),
        "strike": strike,
        "link": fmt(link),
        "list": fmt(accent, bold=True),
        "quote": fmt(muted, italic=True),
        "code": fmt(_mix(text, accent, 0.35), background=code_background, fixed=True),
        "fence": fmt(muted, background=code_background, fixed=True),
        "rule": fmt(muted),
    }


class MarkdownHighlighter(QSyntaxHighlighter):
    """Highlights Markdown: headings, emphasis, links, lists, quotes, inline and fenced code."""

    def __init__(self, document: QTextDocument, palette: QPalette | None = None) -> None:
        super().__init__(document)
        self.formats = make_formats(palette or QPalette())
        self._spell_checker: SpellChecker | None = None
        self._spell_format = QTextCharFormat()
        self._spell_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._spell_format.setUnderlineColor(QColor(Qt.GlobalColor.red))
        # the house style's findings: the same wavy line, in blue (a finding, not a typo)
        self._style_format = QTextCharFormat()
        self._style_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._style_format.setUnderlineColor(QColor(STYLE_UNDERLINE_COLOR))
        self._deferring = False
        self._deferred: tuple[int, int] | None = None  # first, last block not highlighted yet
        self._next = 0  # the sweep: the next block, the end of this run, the run after it
        self._end = 0
        self._then: tuple[int, int] | None = None
        #: A widget whose signals are blocked while deferred paragraphs are highlighted (the
        #: text edit: a redraw is no edit); its first visible block is highlighted first.
        self.quiet_widget: QWidget | None = None
        self.slices = 0  # slices of deferred highlighting run (tests, bench)
        self._slice_timer = QTimer(self)
        self._slice_timer.setSingleShot(True)
        self._slice_timer.setInterval(0)
        self._slice_timer.timeout.connect(self._highlight_slice)

    @contextmanager
    def deferred(self) -> Iterator[None]:
        """Make a huge change inside this: its paragraphs are highlighted in slices afterwards."""
        self._deferring = True
        try:
            yield
        finally:
            self._deferring = False
            if self._deferred is not None:
                self._start_sweep(*self._deferred)

    def rehighlight_later(self) -> None:
        """Highlight the whole document again, in slices (for a huge document)."""
        document = self.document()
        if document is not None:
            self._deferred = (0, document.blockCount() - 1)
            self._start_sweep(*self._deferred)

    def has_pending_work(self) -> bool:
        """Paragraphs of a huge change are still to be highlighted."""
        return self._deferred is not None

    def finish_pending(self) -> None:
        """Highlight every deferred paragraph now (tests)."""
        while self._deferred is not None:
            self._highlight_slice(float("inf"))

    def _start_sweep(self, first: int, last: int) -> None:
        """From the first visible block to ``last``, then from ``first`` up to the visible one."""
        first_visible = getattr(self.quiet_widget, "firstVisibleBlock", None)
        visible = first_visible().blockNumber() if first_visible is not None else 0
        start = visible if first <= visible <= last else first
        self._next, self._end = start, last + 1
        self._then = (first, start) if start > first else None
        self._slice_timer.start()

    def _highlight_slice(self, budget: float = SLICE_SECONDS) -> None:
        document = self.document()
        if self._deferred is None or document is None:
            return
        deadline = time.perf_counter() + budget
        self.slices += 1
        widget = self.quiet_widget
        blocked = widget.blockSignals(True) if widget is not None else False
        try:
            while True:
                if self._next >= min(self._end, document.blockCount()):
                    if self._then is None:
                        self._deferred = None
                        return
                    (self._next, self._end), self._then = self._then, None
                    continue
                if time.perf_counter() > deadline:
                    break
                self.rehighlightBlock(document.findBlockByNumber(self._next))
                self._next += 1
        finally:
            if widget is not None:
                widget.blockSignals(blocked)
        self._slice_timer.start()

    def set_palette(self, palette: QPalette) -> None:
        self.formats = make_formats(palette)
        self.rehighlight()

    def set_spell_checker(self, checker: SpellChecker | None) -> None:
        """Underline the ranges ``checker.misspelled(text)`` reports (None switches it off)."""
        self._spell_checker = checker
        self.rehighlight()

    def spell_checker(self) -> SpellChecker | None:
        return self._spell_checker

    # -- Qt override ------------------------------------------------------------------------
    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        previous = self.previousBlockState()
        fence = _FENCE.match(text) if "`" in text else None
        if self._deferring:  # a huge change: only follow fenced code now, the rest in slices
            number = self.currentBlock().blockNumber()
            first, last = self._deferred or (number, number)
            self._deferred = (min(first, number), max(last, number))
            if previous >= FENCE_STATE_BASE:
                self.setCurrentBlockState(NORMAL_STATE if _closes(previous, text, fence) else previous)
            else:
                self.setCurrentBlockState(
                    NORMAL_STATE if fence is None else FENCE_STATE_BASE + len(fence.group(1))
                )
            return
        if previous >= FENCE_STATE_BASE:
            self.setFormat(0, len(text), self.formats["fence"])
            self.setCurrentBlockState(NORMAL_STATE if _closes(previous, text, fence) else previous)
            return
        if fence is not None:
            self.setFormat(0, len(text), self.formats["fence"])
            self.setCurrentBlockState(FENCE_STATE_BASE + len(fence.group(1)))
            return
        self.setCurrentBlockState(NORMAL_STATE)
        self._highlight_line(text)
        self._highlight_spelling(text)

    # -- helpers ----------------------------------------------------------------------------
    def _highlight_line(self, text: str) -> None:
        if _HEADING.match(text):
            self.setFormat(0, len(text), self.formats["heading"])
            return
        if _HR.match(text):
            self.setFormat(0, len(text), self.formats["rule"])
            return
        if _SETEXT_UNDERLINE.match(text) and self.currentBlock().previous().text().strip():
            self.setFormat(0, len(text), self.formats["heading"])
            return
        if _QUOTE.match(text):
            self.setFormat(0, len(text), self.formats["quote"])
        marker = _LIST_MARKER.match(text)
        if marker:
            self.setFormat(0, marker.end(), self.formats["list"])
        for name, pattern in _INLINE_RULES:
            for match in pattern.finditer(text):
                self._merge(match.start(), match.end() - match.start(), self.formats[name])

    def _merge(self, start: int, length: int, extra: QTextCharFormat) -> None:
        """Apply ``extra`` on top of what is already there (bold inside a quote stays grey)."""
        end = start + length
        position = start
        while position < end:
            current = self.format(position)
            run = position + 1
            while run < end and self.format(run) == current:
                run += 1
            merged = QTextCharFormat(current)
            merged.merge(extra)
            self.setFormat(position, run - position, merged)
            position = run

    def _highlight_spelling(self, text: str) -> None:
        if self._spell_checker is None or not _WORD_CHARS.search(text):
            return
        try:
            ranges = self._spell_checker.misspelled(text)
        except Exception:  # noqa: BLE001 - a broken checker must never break typing
            return
        for start, length in ranges:
            if 0 <= start < len(text) and length > 0:
                self._merge(start, min(length, len(text) - start), self._spell_format)
        style_ranges = getattr(self._spell_checker, "style_ranges", None)
        if style_ranges is None:
            return
        try:
            styled = style_ranges(text)
        except Exception:  # noqa: BLE001 - a broken checker must never break typing
            return
        for start, length in styled:
            if 0 <= start < len(text) and length > 0:
                self._merge(start, min(length, len(text) - start), self._style_format)
