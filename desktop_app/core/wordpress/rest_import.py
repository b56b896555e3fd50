"""Reading a WordPress site's published posts through its REST API (``/wp/v2/posts?_embed``),
page by page, as :class:`~desktop_app.core.imports.posts.ImportedPost` values for the importer
to store. ``since``: only posts modified after it (a second import takes what is new or
changed). The HTML is sanitized here already, like everything that enters Redaksi.
"""

from __future__ import annotations

import datetime as _dt
import html
import re
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

from desktop_app.core.imports.keys import wordpress_key
from desktop_app.core.imports.posts import ImportedImage, ImportedPost, ImportedStatus
from desktop_app.core.rendering import sanitize_html
from desktop_app.core.wordpress.client import WordPressClient
from desktop_app.core.wordpress.errors import WordPressError

PER_PAGE = 50
_TAG = re.compile(r"<[^>]+>")
_STATUSES: dict[str, ImportedStatus] = {"publish": "published", "future": "scheduled", "draft": "draft"}


class ImportCancelled(Exception):
    """The person stopped the import (what was yielded before stays yielded)."""


def plain_text(fragment: str) -> str:
    """Text of a rendered WordPress field (``title.rendered``): tags out, entities decoded."""
    text = html.unescape(_TAG.sub("", fragment or ""))
    return " ".join(text.split())


def _rendered(post: dict[str, Any], key: str) -> str:
    value = post.get(key)
    if isinstance(value, dict):
        return str(value.get("rendered") or "")
    return str(value or "")


def _gmt(value: object) -> _dt.datetime | None:
    if not value:
        return None
    try:
        parsed = _dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return parsed.replace(tzinfo=_dt.UTC) if parsed.tzinfo is None else parsed.astimezone(_dt.UTC)


def _terms(post: dict[str, Any]) -> tuple[list[str], list[str]]:
    categories: list[str] = []
    tags: list[str] = []
    embedded = post.get("_embedded") or {}
    for group in embedded.get("wp:term") or []:
        for term in group if isinstance(group, list) else []:
            if not isinstance(term, dict):
                continue
            name = plain_text(str(term.get("name", "")))
            if term.get("taxonomy") == "category" and name:
                categories.append(name)
            elif term.get("taxonomy") == "post_tag" and name:
                tags.append(name)
    return categories, tags


def _featured(post: dict[str, Any]) -> ImportedImage | None:
    media = (post.get("_embedded") or {}).get("wp:featuredmedia") or []
    first = media[0] if isinstance(media, list) and media else None
    if not isinstance(first, dict) or not first.get("source_url"):
        return None
    return ImportedImage(
        url=str(first["source_url"]),
        alt=plain_text(str(first.get("alt_text", ""))),
        caption=plain_text(_rendered(first, "caption")),
    )


def _author(post: dict[str, Any]) -> str | None:
    authors = (post.get("_embedded") or {}).get("author") or []
    first = authors[0] if isinstance(authors, list) and authors else None
    if isinstance(first, dict) and first.get("name"):
        return plain_text(str(first["name"]))
    return None


def to_imported(site_url: str, post: dict[str, Any]) -> ImportedPost:
    """One post of the REST API as the importer's shape."""
    categories, tags = _terms(post)
    date = _gmt(post.get("date_gmt")) or _gmt(post.get("date")) or _dt.datetime.now(_dt.UTC)
    excerpt = plain_text(_rendered(post, "excerpt")).removesuffix("[…]").removesuffix("[&hellip;]").strip()
    return ImportedPost(
        source_key=wordpress_key(site_url, int(post["id"])),  # as the WXR reader names it
        title=plain_text(_rendered(post, "title")),
        status=_STATUSES.get(str(post.get("status", "publish")), "published"),
        date=date,
        slug=urllib.parse.unquote(str(post.get("slug", ""))),
        html=sanitize_html(_rendered(post, "content")),
        summary=excerpt,
        modified=_gmt(post.get("modified_gmt")),
        category=categories[0] if categories else None,
        tags=tags,
        author_name=_author(post),
        featured_image=_featured(post),
        origin=str(post.get("link", "")),
    )


def read_posts(
    site_url: str,
    *,
    user: str = "",
    password: str = "",
    since: _dt.datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    per_page: int = PER_PAGE,
    client: WordPressClient | None = None,
) -> Iterator[ImportedPost]:
    """Every published post of the site, oldest first (``since``: modified after it, an aware
    or naive-UTC datetime). ``progress(done, total)`` after each post; ``cancelled()`` true
    stops with :class:`ImportCancelled`. Raises :class:`WordPressError` (``not_wordpress``,
    ``no_rest_api``, ``offline``, ...)."""
    client = client or WordPressClient(site_url, user, password)
    site = client.site_url
    query: dict[str, Any] = {"_embed": "1", "per_page": per_page, "orderby": "id", "order": "asc"}
    after: _dt.datetime | None = None
    if since is not None:
        after = (since if since.tzinfo else since.replace(tzinfo=_dt.UTC)).astimezone(_dt.UTC)
        # WordPress compares ``modified_after`` with the site's local time: ask with a day's
        # margin, then keep what was modified after ``since`` by ``modified_gmt``
        margin = after - _dt.timedelta(days=1)
        query["modified_after"] = margin.replace(tzinfo=None).isoformat(timespec="seconds")
    page, done, total = 1, 0, None
    while True:
        if cancelled is not None and cancelled():
            raise ImportCancelled
        try:
            answer = client.get("/wp/v2/posts", {**query, "page": page})
        except WordPressError as problem:
            if problem.code == "rejected" and "rest_post_invalid_page_number" in problem.detail:
                return  # the site shrank while it was read
            raise
        if not isinstance(answer.data, list):
            raise WordPressError("bad_answer", "posts")
        if total is None:
            total = int(answer.headers.get("x-wp-total", "0") or 0)
            pages = int(answer.headers.get("x-wp-totalpages", "1") or 1)
        for post in answer.data:
            if cancelled is not None and cancelled():
                raise ImportCancelled
            if isinstance(post, dict) and "id" in post:
                imported = to_imported(site, post)
                if after is None or imported.modified is None or imported.modified > after:
                    yield imported
            done += 1
            if progress is not None:
                progress(done, max(total, done))
        if page >= pages or not answer.data:
            return
        page += 1
