"""Markdown syntax highlighting for the article body, with a hook for spell checking.

Colours are derived from the widget's palette, so the highlighting stays readable in light and
dark themes (call :meth:`MarkdownHighlighter.set_palette` when the palette changes).
"""

from __future__ import annotations

import re
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)

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
_INLINE_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("strong", re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")),
    (
        "emphasis",
        re.compile(
            r"(?<![*\w])\*(?![*\s])(.+?)(?<![*\s])\*(?!\*)"
            r"|(?<![_\w])_(?![_\s])(.+?)(?<![_\s])_(?![_\w])"
        ),
    ),
    ("strike", re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")),
    ("link", re.compile(r"!?\[[^\]\n]*\]\([^)\n]*\)|!?\[[^\]\n]*\]\[[^\]\n]*\]|<https?://[^>\s]+>")),
    ("code", re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)")),
]
_WORD_CHARS = re.compile(r"\w")
STYLE_UNDERLINE_COLOR = "#1a73e8"  # house-style findings (spelling: red)


class SpellChecker(Protocol):
    def misspelled(self, text: str) -> list[tuple[int, int]]: ...


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
        fence = _FENCE.match(text)
        if previous >= FENCE_STATE_BASE:
            self.setFormat(0, len(text), self.formats["fence"])
            closing = (
                fence is not None
                and len(fence.group(1)) >= previous - FENCE_STATE_BASE
                and text.strip().strip(fence.group(1)[0]) == ""
            )
            self.setCurrentBlockState(NORMAL_STATE if closing else previous)
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
