"""The JSON-LD writer gives json.dumps's exact bytes (it replaces json's slow indenting encoder)."""

from __future__ import annotations

import json

import pytest

from desktop_app.core.export.pages import jsonld

SAMPLES = [
    {},
    [],
    "teks",
    {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Bupati “Resmikan” \\ <b>",
        "keywords": ["SPBE", "Internet Desa", "é ü 漢字 \u2028 \x07 \t\n"],
        "empty": [],
        "none": {},
        "publisher": {"@type": "Organization", "name": "Dinas & Co", "logo": {"url": "x"}},
        "n": 3,
        "f": 1.5,
        "t": True,
        "z": None,
        "nested": [[1, "a"], {"b": []}],
    },
    ["a", {"b": "c"}, [], {}],
]


@pytest.mark.parametrize("data", SAMPLES)
def test_jsonld_is_what_json_dumps_gives(data):
    expected = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)
    expected = expected.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    assert str(jsonld(data)) == expected
    assert json.loads(str(jsonld(data))) == data
