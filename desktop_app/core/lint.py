"""An article's spelling and house-style findings, Qt-free: what ``redaksi lint`` prints and
what a checklist can count (:func:`article_findings`).

The title, the summary and the body are checked paragraph by paragraph (a line of the body is a
paragraph, as in the editor). A spelling finding inside a house-style finding is left out: the
house style has the better fix ("sekedar" → "sekadar").
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from desktop_app.core.house_style import HouseStyleChecker
from desktop_app.core.spelling import SpellChecker

KIND_SPELLING = "spelling"
KIND_HOUSE_STYLE = "house_style"
RULE_SPELLING = "spelling"
FIELDS = ("title", "summary", "body")


@dataclass(frozen=True)
class ArticleFinding:
    """One finding: ``word`` at ``line``:``column`` (1-based) of ``field`` (``offset``: from the
    field's start), what rule says so, the suggested fix ("" when there is none) and why."""

    kind: str  # KIND_SPELLING or KIND_HOUSE_STYLE
    field: str  # "title", "summary" or "body"
    line: int
    column: int
    offset: int
    word: str
    rule: str
    suggestion: str
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def article_findings(
    title: str,
    summary: str,
    body: str,
    spell: SpellChecker,
    style: HouseStyleChecker,
    *,
    language: str = "id",
    suggestions: bool = True,
) -> list[ArticleFinding]:
    """The spelling and house-style findings of an article, in reading order (title, summary,
    body). ``suggestions``: look up a spelling fix for each misspelt word (a fraction of a
    second each); without, a spelling finding has no suggestion (counting is quick)."""
    spell.load()
    out: list[ArticleFinding] = []
    for name, text in zip(FIELDS, (title, summary, body), strict=True):
        offset = 0
        for number, paragraph in enumerate(text.split("\n"), start=1):
            out += _paragraph_findings(name, number, offset, paragraph, spell, style, language, suggestions)
            offset += len(paragraph) + 1
    return out


def _paragraph_findings(
    field: str,
    line: int,
    offset: int,
    paragraph: str,
    spell: SpellChecker,
    style: HouseStyleChecker,
    language: str,
    suggestions: bool,
) -> list[ArticleFinding]:
    found: list[tuple[int, ArticleFinding]] = []
    styled = style.findings(paragraph)
    for f in styled:
        found.append(
            (
                f.start,
                ArticleFinding(
                    KIND_HOUSE_STYLE,
                    field,
                    line,
                    f.start + 1,
                    offset + f.start,
                    f.text,
                    f.rule.id,
                    f.suggestion,
                    f.reason(language),
                ),
            )
        )
    for start, length in spell.misspelled(paragraph):
        if any(f.start <= start < f.end for f in styled):
            continue
        word = paragraph[start : start + length]
        fixes = spell.suggestions(word) if suggestions else []
        found.append(
            (
                start,
                ArticleFinding(
                    KIND_SPELLING,
                    field,
                    line,
                    start + 1,
                    offset + start,
                    word,
                    RULE_SPELLING,
                    fixes[0] if fixes else "",
                    "",
                ),
            )
        )
    return [finding for _start, finding in sorted(found, key=lambda pair: pair[0])]
