"""Path safety: nothing from the database or the settings can write outside the output folder.

Every name that comes from data (slugs, file names) passes :func:`safe_segment`; every relative
path passes :func:`check_relative` before :func:`inside` joins it to the output folder.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

SEGMENT_MAX_LENGTH = 100
_UNSAFE = re.compile(r"[^a-z0-9-]+")
_DASHES = re.compile(r"-{2,}")
_RESERVED = re.compile(r"^(con|prn|aux|nul|clock\$|com[0-9¹²³]|lpt[0-9¹²³])$")
_RELATIVE_PART = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


class UnsafePathError(ValueError):
    """A path that would leave the output folder or is not portable."""


def safe_segment(value: str, fallback: str) -> str:
    """One portable path segment: lowercase ASCII letters, digits and dashes, never empty,
    never ``.``/``..``, never a reserved Windows device name, at most 100 characters."""
    text = unicodedata.normalize("NFKD", value or "").encode("ascii", "ignore").decode().lower()
    text = _DASHES.sub("-", _UNSAFE.sub("-", text)).strip("-")[:SEGMENT_MAX_LENGTH].strip("-")
    if not text:
        text = fallback
    if _RESERVED.match(text):
        text = f"{text}-1"
    return text


def check_relative(path: str) -> str:
    """``path`` if it is a clean relative POSIX path of portable segments, else raise."""
    if not path or "\x00" in path or "\\" in path or path.startswith("/") or len(path) > 400:
        raise UnsafePathError(path)
    parts = path.split("/")
    for part in parts:
        stem = part.split(".", 1)[0]
        if not _RELATIVE_PART.match(part) or _RESERVED.match(stem) or len(part) > 120:
            raise UnsafePathError(path)
    return path


def inside(root: str | Path, relative: str) -> str:
    """``root / relative`` after checking that it stays inside ``root``.

    :func:`check_relative` admits no ``..``, no absolute path, no backslash and no empty
    segment, so the joined path cannot leave ``root`` (the folders below ``root`` are ours).
    """
    check_relative(relative)
    base = os.path.normpath(root)
    target = os.path.normpath(os.path.join(base, relative))
    if not target.startswith(base + os.sep):
        raise UnsafePathError(relative)
    return target


def unique_segments(items: list[tuple[int, str]], fallback: str) -> dict[int, str]:
    """Safe, distinct segments for ``(id, wanted)`` pairs (in the given order, first wins)."""
    taken: set[str] = set()
    result: dict[int, str] = {}
    for item_id, wanted in items:
        segment = safe_segment(wanted, f"{fallback}-{item_id}")
        if segment in taken:
            segment = f"{segment[:SEGMENT_MAX_LENGTH - 12]}-{item_id}"
        taken.add(segment)
        result[item_id] = segment
    return result
