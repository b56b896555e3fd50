"""A small WordPress REST client on ``urllib``: finds the API, authenticates with an
application password (HTTP Basic), sends JSON and files, and turns every failure into a
:class:`~desktop_app.core.wordpress.errors.WordPressError` with a code.

Every request has a timeout. Nothing here touches the database.
"""

from __future__ import annotations

import base64
import json
import urllib.parse
from dataclasses import dataclass
from typing import Any

from desktop_app import __version__
from desktop_app.core import json_text
from desktop_app.core.wordpress.errors import WordPressError

TIMEOUT = 30.0
#: The largest answer read (a page of 100 posts with their HTML is a few MB; a 20 MB post fits).
MAX_ANSWER_BYTES = 200 * 1024 * 1024
USER_AGENT = f"Redaksi/{__version__}"

#: The capability a refused request needed, by what was asked (for a 403's message).
PERMISSIONS = {
    "rest_cannot_create": "edit_posts",
    "rest_cannot_publish": "publish_posts",
    "rest_cannot_edit": "edit_others_posts",
    "rest_cannot_assign_term": "assign_terms",
    "rest_cannot_create_term": "manage_categories",
    "rest_cannot_create_media": "upload_files",
    "rest_upload_file_type_not_allowed": "upload_files",
    "rest_cannot_edit_others": "edit_others_posts",
    "rest_cannot_view": "edit_posts",
    "rest_forbidden_context": "edit_posts",
}


def normalize_site_url(url: str) -> str:
    """``https://example.go.id`` (no trailing slash); ``bad_url`` when not http(s)."""
    text = (url or "").strip()
    if text and "://" not in text:
        text = "https://" + text
    parts = urllib.parse.urlsplit(text)
    try:
        parts.port  # noqa: B018 - a port that is not a number raises
    except ValueError:
        raise WordPressError("bad_url", url) from None
    if parts.scheme not in ("http", "https") or not parts.hostname or any(ord(c) <= 32 for c in text):
        raise WordPressError("bad_url", url)
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]
    data: Any


class WordPressClient:
    """One site, one user (``user``/``password`` may be empty: read public posts only)."""

    def __init__(
        self, site_url: str, user: str = "", password: str = "", *, timeout: float = TIMEOUT
    ) -> None:
        self.site_url = normalize_site_url(site_url)
        self.user = user
        self.password = password
        self.timeout = timeout
        self._api_root: str | None = None

    # -- finding the API --------------------------------------------------------------------

    def api_root(self) -> str:
        """The REST API's root (``…/wp-json/`` or ``…/?rest_route=/``), found once."""
        if self._api_root is None:
            self._api_root = self._discover()
        return self._api_root

    def _discover(self) -> str:
        answered_html = False
        for root in (f"{self.site_url}/wp-json/", f"{self.site_url}/?rest_route=/"):
            try:
                answer = self._open("GET", root, None, {}, authenticated=False)
            except WordPressError as problem:
                if problem.transient or problem.code == "bad_url":
                    raise
                answered_html = answered_html or problem.code in ("bad_answer", "not_found", "rejected")
                continue
            data = answer.data
            if isinstance(data, dict) and "namespaces" in data:
                if "wp/v2" not in data.get("namespaces", []):
                    raise WordPressError("no_rest_api", self.site_url)
                return root
            answered_html = True
        generator = self._home_generator()
        if generator:
            raise WordPressError("no_rest_api", self.site_url)
        raise WordPressError("not_wordpress", self.site_url)

    def _home_generator(self) -> bool:
        """Whether the home page says it is WordPress (a site whose REST API is switched off)."""
        import urllib.request

        try:
            request = urllib.request.Request(self.site_url + "/", headers={"User-Agent": USER_AGENT})
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                head = response.read(256 * 1024).decode("utf-8", "replace").lower()
        except (OSError, ValueError):
            return False
        return "wp-content/" in head or 'content="wordpress' in head or "api.w.org" in head

    def url(self, route: str, query: dict[str, Any] | None = None) -> str:
        """The address of ``route`` (``/wp/v2/posts``) under the API root."""
        root = self.api_root()
        encoded = urllib.parse.urlencode(query or {}, doseq=True)
        if "rest_route=" in root:
            return f"{self.site_url}/?rest_route={urllib.parse.quote(route)}" + (
                f"&{encoded}" if encoded else ""
            )
        return root.rstrip("/") + route + (f"?{encoded}" if encoded else "")

    # -- requests ---------------------------------------------------------------------------

    def get(self, route: str, query: dict[str, Any] | None = None) -> Answer:
        return self._open("GET", self.url(route, query), None, {})

    def post_json(self, route: str, payload: dict[str, Any], query: dict[str, Any] | None = None) -> Answer:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        return self._open(
            "POST", self.url(route, query), body, {"Content-Type": "application/json; charset=utf-8"}
        )

    def upload(self, filename: str, mime_type: str, data: bytes) -> Answer:
        """A file into the media library (the body is the file itself)."""
        quoted = urllib.parse.quote(filename)
        headers = {
            "Content-Type": mime_type,
            "Content-Disposition": (
                f"attachment; filename=\"{_ascii_name(filename)}\"; filename*=UTF-8''{quoted}"
            ),
        }
        return self._open("POST", self.url("/wp/v2/media"), data, headers)

    def _open(
        self,
        method: str,
        url: str,
        body: bytes | None,
        headers: dict[str, str],
        *,
        authenticated: bool = True,
    ) -> Answer:
        # (imported here: urllib.request brings http.client and email, ~40 ms of a window's
        # start that only needs this module's names)
        import ssl
        import urllib.error
        import urllib.request

        request = urllib.request.Request(url, data=body, method=method)
        request.add_header("User-Agent", USER_AGENT)
        request.add_header("Accept", "application/json")
        for key, value in headers.items():
            request.add_header(key, value)
        if authenticated and self.user:
            token = base64.b64encode(f"{self.user}:{self.password}".encode()).decode("ascii")
            request.add_header("Authorization", f"Basic {token}")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                raw = response.read(MAX_ANSWER_BYTES + 1)
                status = int(response.status)
                answer_headers = {k.lower(): v for k, v in response.headers.items()}
        except urllib.error.HTTPError as refused:
            raw = refused.read(1024 * 1024) if refused.fp is not None else b""
            raise _http_error(refused.code, raw) from None
        except TimeoutError as slow:
            raise WordPressError("timeout", str(slow)) from None
        except urllib.error.URLError as failed:
            if isinstance(failed.reason, TimeoutError):
                raise WordPressError("timeout", str(failed.reason)) from None
            if isinstance(failed.reason, ssl.SSLError):
                raise WordPressError("offline", f"TLS: {failed.reason}") from None
            raise WordPressError("offline", str(failed.reason)) from None
        except (ConnectionError, OSError) as failed:
            raise WordPressError("offline", str(failed)) from None
        if len(raw) > MAX_ANSWER_BYTES:
            raise WordPressError("too_large", url)
        try:
            data = json_text.loads(raw.decode("utf-8-sig")) if raw.strip() else None
        except ValueError:
            raise WordPressError("bad_answer", url) from None
        return Answer(status, answer_headers, data)


def _ascii_name(filename: str) -> str:
    safe = "".join(c if c.isascii() and (c.isalnum() or c in "._-") else "-" for c in filename)
    return safe or "image"


def _http_error(status: int, raw: bytes) -> WordPressError:
    try:
        data = json_text.loads(raw.decode("utf-8", "replace")) if raw else {}
    except ValueError:
        data = {}
    code = str(data.get("code", "")) if isinstance(data, dict) else ""
    message = str(data.get("message", "")) if isinstance(data, dict) else ""
    detail = f"{code}: {message}" if code else message or f"HTTP {status}"
    if code.startswith("rest_upload"):  # (WordPress answers 500 to a file type it refuses)
        return WordPressError("upload_refused", detail, status=status)
    if status == 401:
        if code in ("application_passwords_disabled", "application_passwords_disabled_for_user"):
            return WordPressError("app_passwords_off", detail, status=status)
        # (WordPress answers 401 to a request it could not tie to a user: a wrong name or
        # password, or a server that drops the Authorization header)
        return WordPressError("auth_failed", detail, status=status)
    if status == 403:
        return WordPressError("forbidden", detail, status=status, permission=PERMISSIONS.get(code, ""))
    if status == 404:
        if code == "rest_no_route":
            return WordPressError("no_rest_api", detail, status=status)
        return WordPressError("not_found", detail, status=status)
    if status == 413:
        return WordPressError("too_large", detail, status=status)
    if status == 429:
        return WordPressError("rate_limited", detail, status=status)
    if status >= 500:
        return WordPressError("server_error", detail, status=status)
    if not isinstance(data, dict) or not data:
        return WordPressError("bad_answer", detail, status=status)
    return WordPressError("rejected", detail, status=status)
