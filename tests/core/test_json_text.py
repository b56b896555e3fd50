"""JSON from outside: text nested too deeply for Python's parser is malformed JSON (ValueError)."""

from __future__ import annotations

import json

import pytest

from desktop_app.core import json_text


def test_json_nested_too_deep_is_a_value_error():
    bomb = "[" * 100_000 + "]" * 100_000
    with pytest.raises(RecursionError):
        json.loads(bomb)  # what every `except ValueError` around json.loads let through
    with pytest.raises(ValueError, match="nested too deeply"):
        json_text.loads(bomb)
    with pytest.raises(ValueError):
        json_text.loads(b'{"a": ' * 50_000)


def test_ordinary_json_is_read_as_json_loads_reads_it():
    text = '{"judul": "Bupati", "tag": ["a", "b"], "n": 1.5, "ok": true, "x": null}'
    assert json_text.loads(text) == json.loads(text)
    assert json_text.loads(text.encode()) == json.loads(text)
    assert json_text.loads("[" * 100 + "]" * 100) == json.loads("[" * 100 + "]" * 100)
    with pytest.raises(json.JSONDecodeError):
        json_text.loads("{tidak json")
