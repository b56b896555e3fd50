"""The text logic of the editor's formatting actions (pure functions, easy to test)."""

from __future__ import annotations

import re

_HEADING_PREFIX = re.compile(r"^(#{1,6})\s+")


def _is_wrapped(text: str, marker: str) -> bool:
    if len(text) < 2 * len(marker) or not (text.startswith(marker) and text.endswith(marker)):
        return False
    if marker == "*":
        # "**bold**" is not italic; "***both***" is.
        return not (text.startswith("**") and not text.startswith("***"))
    return True


def toggle_wrap(line: str, start: int, end: int, marker: str) -> tuple[str, int, int]:
    """Wrap ``line[start:end]`` in ``marker`` or unwrap it; returns the new line and selection.

    Unwraps when the selection includes the markers or sits right inside them. Without a
    selection the word under the cursor is used; outside a word an empty pair is inserted with
    the cursor in the middle.
    """
    size = len(marker)
    if start == end:
        word_start, word_end = start, end
        while word_start > 0 and (line[word_start - 1].isalnum() or line[word_start - 1] in "-_'"):
            word_start -= 1
        while word_end < len(line) and (line[word_end].isalnum() or line[word_end] in "-_'"):
            word_end += 1
        if word_start == word_end:
            inner_before = line[max(0, start - size) : start]
            inner_after = line[end : end + size]
            if inner_before == marker and inner_after == marker:  # "**|**": remove the pair
                return line[: start - size] + line[end + size :], start - size, start - size
            return line[:start] + marker * 2 + line[end:], start + size, start + size
        start, end = word_start, word_end
    selected = line[start:end]
    if _is_wrapped(selected, marker):
        inner = selected[size:-size]
        return line[:start] + inner + line[end:], start, start + len(inner)
    outside = line[max(0, start - size) : start] + line[end : end + size]
    bold_around_italic = (
        marker == "*" and line[max(0, start - 2) : start] == "**" and line[max(0, start - 3) : start] != "***"
    )
    if outside == marker * 2 and not bold_around_italic:
        return (line[: start - size] + selected + line[end + size :], start - size, end - size)
    return line[:start] + marker + selected + marker + line[end:], start + size, end + size


def toggle_prefix(lines: list[str], prefix: str) -> list[str]:
    """Add ``prefix`` to every non-empty line, or remove it when all of them have it."""
    stripped = prefix.rstrip()
    content = [line for line in lines if line.strip()]
    if content and all(line.startswith(stripped) for line in content):
        result = []
        for line in lines:
            if line.startswith(prefix):
                result.append(line[len(prefix) :])
            elif line.startswith(stripped):
                result.append(line[len(stripped) :])
            else:
                result.append(line)
        return result
    if not content:
        return [prefix + line for line in lines] if len(lines) == 1 else lines
    return [prefix + line if line.strip() else line for line in lines]


def cycle_heading(lines: list[str]) -> list[str]:
    """Plain → ``## `` → ``### `` → plain (the title is the page's only first-level heading)."""
    result = []
    for line in lines:
        match = _HEADING_PREFIX.match(line)
        text = line[match.end() :] if match else line
        level = len(match.group(1)) if match else 0
        if level == 0:
            result.append("## " + text)
        elif level == 2:
            result.append("### " + text)
        else:
            result.append(text)
    return result
