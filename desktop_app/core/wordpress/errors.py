"""What can go wrong talking to WordPress, as codes the window and the command line translate
(``desktop_app/wordpress_messages.py``)."""

from __future__ import annotations

from desktop_app.core.errors import RedaksiError

#: Worth trying again later on its own: the site or the network may come back.
TRANSIENT = frozenset({"offline", "timeout", "server_error", "rate_limited"})


class WordPressError(RedaksiError):
    """``code`` names the problem:

    ``offline`` (no connection), ``timeout``, ``server_error`` (5xx; ``status``),
    ``rate_limited`` (429), ``bad_url`` (not an http(s) address), ``not_wordpress`` (the
    address answers, but not as WordPress), ``no_rest_api`` (WordPress without its REST API),
    ``auth_failed`` (401: wrong user or application password), ``app_passwords_off``
    (application passwords not available: plain http on a live site), ``forbidden`` (403;
    ``permission`` names the capability missing), ``rejected`` (4xx: the site refused what was
    sent; ``detail`` is its message), ``too_large`` (413, or a body past the limit),
    ``upload_refused`` (an image the media library would not take), ``not_found`` (the post is
    gone on WordPress), ``conflict`` (the post was changed on WordPress since the last send),
    ``not_configured``, ``bad_answer`` (an answer that cannot be read).
    """

    def __init__(self, code: str, detail: str = "", *, status: int = 0, permission: str = "") -> None:
        self.code = code
        self.detail = detail
        self.status = status
        self.permission = permission
        super().__init__(f"{code}: {detail}" if detail else code)

    @property
    def transient(self) -> bool:
        return self.code in TRANSIENT
