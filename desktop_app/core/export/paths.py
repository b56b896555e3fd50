"""Path safety: nothing from the database or the settings can write outside the output folder.

Every name that comes from data (slugs, file names) passes :func:`safe_segment`; every relative
path passes :func:`check_relative` before :func:`inside` joins it to the output folder.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

SEGMENT_MAX_LENGTH = 100
_UNSAFE = re.compile(r"[^a-z0-9-]+")
_DASHES = re.compile(r"-{2,}")
_SAFE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_RESERVED = re.compile(r"^(con|prn|aux|nul|clock\$|com[0-9¹²³]|lpt[0-9¹²³])$")
_SEGMENT = r"[a-z0-9][a-z0-9._-]{0,119}"
_RELATIVE_PATH = re.compile(rf"{_SEGMENT}(?:/{_SEGMENT})*")
#: A segment whose stem (up to its first dot) is a Windows device name (the others of
#: ``_RESERVED`` have characters no segment has).
_RESERVED_STEM = re.compile(r"(?:^|/)(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:[./]|$)")


K = TypeVar("K")


class UnsafePathError(ValueError):
    """A path that would leave the output folder or is not portable."""


def safe_segment(value: str, fallback: str) -> str:
    """One portable path segment, the one way a name from data (a slug, a category or tag, a
    title) becomes a file or folder name: lowercase ASCII letters, digits and dashes (so no
    ``<>:"/\\|?*``, control characters, dots or spaces, nor a trailing one, which Windows
    drops), never empty (``fallback``, which must be safe already), never ``.``/``..``, never a
    Windows device name (``con`` becomes ``con-1``), at most 100 characters.

    Lowercase only: Windows and macOS do not tell ``Berita`` from ``berita`` apart."""
    if len(value or "") <= SEGMENT_MAX_LENGTH and _SAFE.fullmatch(value or ""):
        text = value  # already one (as most slugs are): what the steps below would make of it
    else:
        text = unicodedata.normalize("NFKD", value or "").encode("ascii", "ignore").decode().lower()
        text = _DASHES.sub("-", _UNSAFE.sub("-", text)).strip("-")[:SEGMENT_MAX_LENGTH].strip("-")
    if not text:
        text = fallback
    if _RESERVED.match(text):
        text = f"{text}-1"
    return text


def check_relative(path: str) -> str:
    """``path`` if it is a clean relative POSIX path of portable segments, else raise: each
    segment starts with a lowercase letter or digit and holds only those, ``.``, ``_`` and
    ``-`` (so no ``..``, no empty segment, no absolute path, no backslash, no control
    character), at most 120 characters, its stem no Windows device name; 400 at most in all.
    (One pattern for the whole path: an export checks every file's path.)"""
    if len(path) > 400 or not _RELATIVE_PATH.fullmatch(path) or _RESERVED_STEM.search(path):
        raise UnsafePathError(path)
    return path


@lru_cache(maxsize=32)
def _normalized(root: str) -> str:
    return os.path.normpath(root)


def inside(root: str | Path, relative: str) -> str:
    """``root / relative`` after checking that it stays inside ``root``.

    :func:`check_relative` admits no ``..``, no absolute path, no backslash and no empty
    segment, so the joined path cannot leave ``root`` (the folders below ``root`` are ours)
    and joining needs no normalizing.
    """
    check_relative(relative)
    base = _normalized(os.fspath(root))
    if base.endswith(os.sep):  # (the root of a drive: as normpath has it)
        target = os.path.normpath(os.path.join(base, relative))
    else:
        target = base + os.sep + (relative if os.sep == "/" else relative.replace("/", os.sep))
    if not target.startswith(base + os.sep):
        raise UnsafePathError(relative)
    return target


def unique_segments(items: Iterable[tuple[K, str]], fallback: str) -> dict[K, str]:
    """Safe, distinct segments for ``(key, wanted)`` pairs, in the given order (first wins).

    An item whose segment is taken (two wanted names can make the same segment: ``a:b`` and
    ``a b``, or ``con`` and ``con-1``) gets a suffix: its key when that is a number (an
    article's id, so that its address never depends on other articles), else ``-2``, ``-3``...
    An empty name becomes ``fallback`` (with a numeric key appended)."""
    taken: set[str] = set()
    result: dict[K, str] = {}
    for key, wanted in items:
        numbered = isinstance(key, int)
        segment = safe_segment(wanted, f"{fallback}-{key}" if numbered else fallback)
        n = 1
        base = segment
        while segment in taken:
            n += 1
            if numbered:
                segment = base[: SEGMENT_MAX_LENGTH - 12] + (f"-{key}" if n == 2 else f"-{key}-{n - 1}")
            else:
                segment = base[: SEGMENT_MAX_LENGTH - 1 - len(str(n))].rstrip("-") + f"-{n}"
        taken.add(segment)
        result[key] = segment
    return result
