"""Fetching pictures from the web for an import: http(s) only, a server that is gone is asked
once."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import ValidationError
from desktop_app.core.imports.fetch import web_fetcher


def test_only_http_addresses_are_fetched():
    fetch = web_fetcher()
    for url in ("file:///etc/passwd", "ftp://x/y.jpg", "javascript:alert(1)", "../foto.jpg"):
        with pytest.raises(ValidationError) as info:
            fetch(url)
        assert (info.value.code, info.value.detail) == ("refused", "not_http")


def test_a_server_that_cannot_be_reached_is_asked_once(monkeypatch):
    import urllib.error
    import urllib.request

    calls = []

    def unreachable(request, timeout):
        calls.append(request.full_url)
        raise urllib.error.URLError("timed out")

    monkeypatch.setattr(urllib.request, "urlopen", unreachable)
    fetch = web_fetcher()
    for name in ("a.jpg", "b.jpg", "c.jpg"):
        with pytest.raises(OSError, match="timed out"):
            fetch(f"https://lama.contoh.go.id/{name}")
    assert calls == ["https://lama.contoh.go.id/a.jpg"]
