"""JSON that comes from outside this program's own memory: review packages, settings files,
web servers, files in folders anybody can write."""

from __future__ import annotations

import json
from typing import Any


def loads(data: str | bytes | bytearray) -> Any:
    """``json.loads``, with text nested too deeply for the parser refused as malformed JSON.

    Python's JSON parser recurses once per level: ``[[[[...`` some thousands deep raises
    RecursionError, which the handlers of malformed input (``except ValueError``) let through.
    Here it is a ValueError like any other damaged JSON."""
    try:
        return json.loads(data)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None
