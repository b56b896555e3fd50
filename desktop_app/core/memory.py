"""Handing memory back to the system after a large piece of work in a long-lived window.

glibc's allocator keeps the memory that a website export of thousands of pages freed, for the
next allocations; over a day of work the window's resident size creeps up by it (the soak,
``bench/soak.py``: +3 to +5 MB in five minutes, of which 10–11 MB came back at each export when
given back). :func:`release_free_memory` gives it back (``malloc_trim``, ~3 ms, without the
GIL). Other systems' allocators do this themselves: there it does nothing.
"""

from __future__ import annotations

import ctypes
import functools
import sys
from collections.abc import Callable


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim  # (glibc; musl has none)
    except (OSError, AttributeError):
        return None
    return trim


def release_free_memory() -> bool:
    """Give the memory freed so far back to the system; whether this system can."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
