"""Fetching an imported post's pictures from the web (``fetch_image`` of
:func:`desktop_app.core.imports.store.import_posts`): ``http``/``https`` only, a time limit,
and never more than the media library accepts. No Qt here."""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable

from desktop_app.core.errors import ValidationError
from desktop_app.core.imports import report as codes
from desktop_app.core.media_images import MAX_FILE_BYTES

#: Seconds to wait for a server (an old office server is often simply gone).
TIMEOUT = 20


def web_fetcher(timeout: float = TIMEOUT) -> Callable[[str], bytes]:
    """A ``fetch_image`` that downloads ``http(s)`` addresses (anything else is refused).

    A server that cannot be reached (no answer, no such name, connection refused) is not asked
    again in the same import: an old office server that is gone would otherwise cost the time
    limit once per picture. A picture the server says is missing (404) does not count."""
    dead: dict[str, str] = {}

    def fetch(url: str) -> bytes:
        if not url.lower().startswith(("http://", "https://")):
            raise ValidationError(codes.IMAGE_REFUSED, "", "not_http")
        host = (urllib.parse.urlsplit(url).hostname or "").lower()
        if host in dead:
            raise OSError(dead[host])
        request = urllib.request.Request(url, headers={"User-Agent": "Redaksi (import)"})
        try:
            response = urllib.request.urlopen(request, timeout=timeout)
        except urllib.error.HTTPError:
            raise
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            dead[host] = f"{host}: {getattr(exc, 'reason', exc)}"
            raise
        with response:
            data: bytes = response.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise ValidationError("image_too_large", "", f"{MAX_FILE_BYTES // (1024 * 1024)} MB")
        return data

    return fetch
