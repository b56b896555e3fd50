"""Lists and quotes in the Markdown body: Enter continues them ("- ", "* ", "1. ", "> ", also
nested), Enter on an empty item ends the list, and numbered lists keep counting when items are
added or removed. The text logic is pure (easy to test); the last section applies it to a
``QPlainTextEdit``'s document as one undo step."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit

_ITEM = re.compile(
    r"(?P<lead>[ \t]*(?:>[ \t]?)*[ \t]*)"  # indentation and quote markers
    r"(?:(?P<bullet>[-*+])|(?P<number>\d{1,9})(?P<delimiter>[.)]))"
    r"(?P<space>[ \t]+)"
    r"(?P<task>\[[ xX]\][ \t]+)?"
)
_QUOTE = re.compile(r"[ \t]*>[ \t]?(?:[ \t]*>[ \t]?)*")
_RULE = re.compile(r"[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*")  # "- - -", "* * *": a rule, not a list


@dataclass(frozen=True)
class ListItem:
    """The start of a list item line: ``lead`` + marker + ``space`` (+ a task box)."""

    lead: str
    bullet: str  # "-", "*", "+"; "" for a numbered item
    number: int | None
    delimiter: str  # "." or ")" of a numbered item
    space: str
    task: str  # "[ ] ", "[x] " or ""

    @property
    def prefix(self) -> str:
        marker = self.bullet or f"{self.number}{self.delimiter}"
        return f"{self.lead}{marker}{self.space}{self.task}"

    def next_prefix(self) -> str:
        """The start of the item that follows this one (a task box starts unticked)."""
        marker = self.bullet or f"{(self.number or 0) + 1}{self.delimiter}"
        task = "[ ] " if self.task else ""
        return f"{self.lead}{marker}{self.space}{task}"

    def same_list(self, other: ListItem) -> bool:
        """Whether ``other`` is an item of the same list at the same level."""
        return (
            other.lead == self.lead
            and (other.number is None) == (self.number is None)
            and other.delimiter == self.delimiter
        )


def parse_item(line: str) -> ListItem | None:
    """The list item ``line`` starts, or None."""
    match = _ITEM.match(line)
    if match is None or _RULE.fullmatch(line):
        return None
    number = match.group("number")
    return ListItem(
        lead=match.group("lead"),
        bullet=match.group("bullet") or "",
        number=int(number) if number is not None else None,
        delimiter=match.group("delimiter") or "",
        space=match.group("space"),
        task=match.group("task") or "",
    )


@dataclass(frozen=True)
class LineEdit:
    """Replace ``line[start:end]`` with ``text``; the cursor goes after the new text."""

    start: int
    end: int
    text: str


def enter_edit(line: str, column: int, lines_before: Sequence[str] = ()) -> LineEdit | None:
    """What Enter does at ``column`` of ``line`` (None: an ordinary new line).

    In a list item or a quote the next line starts with the same marker (the next number); on
    an empty item the marker goes instead: a nested item moves up to its parent list's level
    (``lines_before``, nearest last, are searched for it), a top-level item ends the list.
    """
    item = parse_item(line)
    if item is not None:
        prefix = item.prefix
        if column < len(prefix.rstrip()):
            return None  # Enter before the marker: the item moves down
        if line[len(prefix) :].strip():
            return LineEdit(column, _after_spaces(line, column), "\n" + item.next_prefix())
        parent = _parent_item(item, lines_before)
        if parent is not None:
            return LineEdit(0, len(line), parent.next_prefix())
        quote = _QUOTE.match(item.lead)
        return LineEdit(0, len(line), quote.group(0) if quote else "")
    quote = _QUOTE.match(line)
    if quote is None or column < len(quote.group(0).rstrip()):
        return None
    if line[quote.end() :].strip():
        return LineEdit(column, _after_spaces(line, column), "\n" + quote.group(0))
    outer = quote.group(0).rstrip()[:-1]  # an empty quoted line: one level of quoting ends
    return LineEdit(0, len(line), outer.rstrip() + " " if outer.strip() else "")


def _after_spaces(line: str, column: int) -> int:
    """Where the text after ``column`` starts (the spaces there go when a line is split)."""
    rest = line[column:]
    return column + len(rest) - len(rest.lstrip(" \t")) if rest.strip() else column


def _parent_item(item: ListItem, lines_before: Sequence[str]) -> ListItem | None:
    """The item of the enclosing list of the nested ``item`` (None: ``item`` is not nested)."""
    quote = _QUOTE.match(item.lead)
    if not item.lead[quote.end() if quote else 0 :]:
        return None  # only quote markers before it: a top-level item
    for line in reversed(lines_before):
        if not line.strip():
            continue
        other = parse_item(line)
        if other is not None and len(other.lead) < len(item.lead) and item.lead.startswith(other.lead):
            return other
        if other is None and not line.startswith(item.lead):
            return None  # a paragraph less indented than the item: no list around it
    return None


def renumber(lines: Sequence[str], index: int) -> list[tuple[int, int, int, str]]:
    """The numbers to change in the numbered list that line ``index`` is an item of, so that
    it counts on from its first item: ``(line, start, end, new number)`` per line."""
    item = parse_item(lines[index]) if 0 <= index < len(lines) else None
    if item is None or item.number is None:
        return []
    first = index
    for i in range(index - 1, -1, -1):
        step = _list_step(lines[i], item)
        if step is None:
            break
        if isinstance(step, ListItem):
            first = i
    changes = []
    expected: int | None = None
    for i in range(first, len(lines)):
        step = _list_step(lines[i], item)
        if step is None:
            break
        if not isinstance(step, ListItem) or step.number is None:
            continue
        if expected is None:
            expected = step.number
        elif step.number != expected:
            start = len(step.lead)
            changes.append((i, start, start + len(str(step.number)), str(expected)))
        expected += 1
    return changes


def _list_step(line: str, item: ListItem) -> ListItem | bool | None:
    """For walking a list: an item of ``item``'s list, False for a line inside the list that is
    no item of it (blank, nested deeper), None for a line that ends the list."""
    other = parse_item(line)
    if other is not None and item.same_list(other):
        return other
    if not line.strip() or line.startswith((item.lead + " ", item.lead + "\t")):
        return False
    if other is not None and len(other.lead) > len(item.lead) and other.lead.startswith(item.lead):
        return False
    return None


# -- applied to the body editor ---------------------------------------------------------------


class _BlockLines(Sequence[str]):
    """A document's lines (blocks), read only when asked for."""

    def __init__(self, document: QTextDocument) -> None:
        self._document = document

    def __len__(self) -> int:
        return self._document.blockCount()

    def __getitem__(self, index):  # (the Sequence protocol; only int indexes are used)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._document.findBlockByNumber(index).text()


def continue_on_enter(edit: QPlainTextEdit) -> bool:
    """Enter in ``edit``: continue or end the list or quote at the cursor, as one undo step
    with the renumbering it brings. False: Enter is an ordinary key here."""
    cursor = edit.textCursor()
    if cursor.hasSelection() or edit.isReadOnly():
        return False
    block = cursor.block()
    column = cursor.position() - block.position()
    before = _BlockLines(edit.document())
    previous = [before[i] for i in range(max(0, block.blockNumber() - 50), block.blockNumber())]
    change = enter_edit(block.text(), column, previous)
    if change is None:
        return False
    cursor.beginEditBlock()
    cursor.setPosition(block.position() + change.start)
    cursor.setPosition(block.position() + change.end, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(change.text)
    _renumber_near(edit.document(), cursor.blockNumber())
    cursor.endEditBlock()
    edit.setTextCursor(cursor)
    edit.ensureCursorVisible()
    return True


def renumber_after_edit(edit: QPlainTextEdit) -> None:
    """After a deletion, cut or paste at the cursor: the numbered list there counts on again
    (joined to that edit's undo step)."""
    document = edit.document()
    number = edit.textCursor().blockNumber()
    lines = _BlockLines(document)
    if not any(_is_numbered(lines, i) for i in (number - 1, number, number + 1)):
        return
    cursor = QTextCursor(document)
    cursor.joinPreviousEditBlock()
    _renumber_near(document, number)
    cursor.endEditBlock()


def _is_numbered(lines: Sequence[str], index: int) -> bool:
    if not 0 <= index < len(lines):
        return False
    item = parse_item(lines[index])
    return item is not None and item.number is not None


def _renumber_near(document: QTextDocument, number: int) -> None:
    """Renumber the numbered lists of the lines around block ``number`` (inside an edit block)."""
    lines = _BlockLines(document)
    for index in (number - 1, number, number + 1):
        for line, start, end, text in renumber(lines, index):
            block = document.findBlockByNumber(line)
            cursor = QTextCursor(document)
            cursor.setPosition(block.position() + start)
            cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(text)
