"""WordPress's own export file (WXR, "WordPress eXtended RSS", versions 1.0 to 1.2) read into
:class:`ImportedPost` values, for a site that is not reachable.

Parsed with defusedxml's ``iterparse`` (no DTD, no entity expansion, nothing fetched: a
"billion laughs" file is refused, not expanded), one ``<item>`` at a time. What is kept:

* posts (``wp:post_type`` ``post``), and pages when asked (``include_pages``); menu items,
  attachments, revisions, reusable blocks and every other kind are counted in
  :attr:`WxrFile.kinds` and left out (listed in :attr:`WxrFile.skipped` by kind);
* the status: ``publish`` -> published, ``future`` -> scheduled, ``draft`` -> draft; ``pending``
  (waiting for review), ``private`` and password-protected posts become drafts with a note (they
  were not public); ``trash`` and ``auto-draft`` are left out;
* the date: ``wp:post_date_gmt``; for a draft (no GMT date yet) ``wp:post_date`` less the site's
  offset from UTC, learned from the posts that have both;
* the slug (``wp:post_name``) percent-decoded (``%e5%86%99`` -> ``写``);
* categories and tags from ``<category domain="category|post_tag">`` (the first category is the
  article's: Redaksi has one per article; the others become tags);
* the author's display name from ``wp:author`` (by ``dc:creator``, the login);
* the featured image: the ``_thumbnail_id`` post meta -> that attachment's address, alt text and
  caption; ``[gallery]`` shortcodes -> the images they show.

No Qt here.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from desktop_app.core.imports import report as codes
from desktop_app.core.imports.errors import ReadError, read_import_file
from desktop_app.core.imports.keys import wordpress_key
from desktop_app.core.imports.posts import ImportedImage, ImportedPost, ImportedStatus
from desktop_app.core.imports.report import ReportLine
from desktop_app.core.imports.wordpress_html import Attachment, absolute_sources, expand_galleries, plain_text

#: Larger files are refused before they are read.
MAX_FILE_BYTES = 1024 * 1024 * 1024
_STATUSES: dict[str, ImportedStatus] = {
    "publish": "published",
    "future": "scheduled",
    "draft": "draft",
    "pending": "draft",
    "private": "draft",
}
_NOTES = {"pending": codes.NOTE_PENDING, "private": codes.NOTE_PRIVATE}
_NO_DATE = "0000-00-00 00:00:00"


class WxrError(ReadError):
    """A file that cannot be read as a WordPress export: ``code`` is ``file_missing``,
    ``file_unreadable``, ``too_large``, ``not_wxr``, ``damaged`` (``detail``: where) or
    ``unsafe_xml`` (a DTD or entities: refused, never expanded)."""


@dataclass
class _Item:
    values: dict[str, str] = field(default_factory=dict)
    categories: list[tuple[str, str]] = field(default_factory=list)  # (domain, name)
    meta: dict[str, str] = field(default_factory=dict)


@dataclass
class WxrFile:
    """What a WXR file holds: the site, the posts read, and what was left out."""

    site_title: str = ""
    site_url: str = ""
    version: str = ""
    posts: list[ImportedPost] = field(default_factory=list)
    #: post type -> how many items of that kind the file holds
    kinds: dict[str, int] = field(default_factory=dict)
    skipped: list[ReportLine] = field(default_factory=list)
    notes: list[ReportLine] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return sum(1 for post in self.posts if "#page-" in post.origin)


def _local(tag: str) -> tuple[str, str]:
    """(namespace kind, local name) of an element's tag: ``wp``, ``excerpt``, ``content``,
    ``dc`` or ``""``."""
    if tag.startswith("{"):
        namespace, _, name = tag[1:].partition("}")
        if "wordpress.org/export/" in namespace:
            return ("excerpt" if namespace.rstrip("/").endswith("excerpt") else "wp"), name
        if "purl.org/rss/1.0/modules/content" in namespace:
            return "content", name
        if "purl.org/dc/elements" in namespace:
            return "dc", name
        return "other", name
    return "", tag


def _parse_date(text: str) -> _dt.datetime | None:
    text = (text or "").strip()
    if not text or text == _NO_DATE:
        return None
    try:
        return _dt.datetime.strptime(text, "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return None


def _iterate(path: Path) -> Iterator[tuple[str, Any]]:
    import xml.etree.ElementTree as ET

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import iterparse

    try:
        yield from iterparse(str(path), events=("start", "end"), forbid_dtd=True)
    except DefusedXmlException as exc:
        raise WxrError("unsafe_xml") from exc
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else ""
        raise WxrError("damaged", str(line)) from exc


def _check_file(path: Path) -> None:
    head = read_import_file(path, limit=MAX_FILE_BYTES, error=WxrError, folder_code="not_wxr", head=4096)
    if b"<" not in head:
        raise WxrError("not_wxr", path.name)


def _scan(path: Path) -> tuple[dict[str, str], dict[str, str], list[_Item]]:
    """(channel values, author login -> display name, items) of the file."""
    channel: dict[str, str] = {}
    authors: dict[str, str] = {}
    items: list[_Item] = []
    depth = 0
    root_seen = False
    item: _Item | None = None
    author: dict[str, str] | None = None
    meta: dict[str, str] | None = None
    for event, element in _iterate(path):
        kind, name = _local(element.tag)
        if event == "start":
            depth += 1
            if not root_seen:
                root_seen = True
                if name != "rss":
                    raise WxrError("not_wxr", path.name)
            if name == "item" and kind == "":
                item = _Item()
            elif name == "author" and kind == "wp" and item is None:
                author = {}
            elif name == "postmeta" and kind == "wp":
                meta = {}
            continue
        depth -= 1
        text = element.text or ""
        if item is not None:
            if name == "item" and kind == "":
                items.append(item)
                item = None
                element.clear()
            elif name == "category" and kind == "":
                item.categories.append((element.get("domain", "category"), text.strip()))
            elif meta is not None and kind == "wp" and name in ("meta_key", "meta_value"):
                meta[name] = text
            elif name == "postmeta" and kind == "wp" and meta is not None:
                if meta.get("meta_key"):
                    item.meta[meta["meta_key"]] = meta.get("meta_value", "")
                meta = None
            elif kind in ("wp", "content", "excerpt", "dc", ""):
                key = f"{kind}:{name}" if kind else name
                item.values.setdefault(key, text)
        elif author is not None:
            if name == "author" and kind == "wp":
                login = author.get("author_login", "").strip()
                if login:
                    authors[login] = author.get("author_display_name", "").strip() or login
                author = None
            else:
                author[name] = text
        elif depth == 2 and kind in ("", "wp"):  # the channel's own values
            channel.setdefault(f"{kind}:{name}" if kind else name, text.strip())
        if depth <= 2 and item is None:
            element.clear()
    if not root_seen:
        raise WxrError("not_wxr", path.name)
    if "wp:wxr_version" not in channel and not any("wp:post_type" in i.values for i in items):
        raise WxrError("not_wxr", path.name)
    return channel, authors, items


def _site_offset(items: list[_Item]) -> _dt.timedelta:
    """The site's offset from UTC, from a post that has both its local and GMT dates."""
    for item in items:
        local = _parse_date(item.values.get("wp:post_date", ""))
        gmt = _parse_date(item.values.get("wp:post_date_gmt", ""))
        if local is not None and gmt is not None:
            return local - gmt
    return _dt.timedelta(0)


def _slug(text: str) -> str:
    slug = unquote(text.strip())
    return slug.strip("/").strip()


def read_wxr(
    path: str | os.PathLike[str],
    *,
    include_pages: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> WxrFile:
    """Read the WXR file at ``path``; raises :class:`WxrError` when it is not one (nothing is
    stored: :func:`desktop_app.core.imports.store.import_posts` stores the posts)."""
    file = Path(path)
    _check_file(file)
    channel, authors, items = _scan(file)
    site_url = channel.get("wp:base_blog_url") or channel.get("link") or file.stem
    result = WxrFile(
        site_title=channel.get("title", ""), site_url=site_url, version=channel.get("wp:wxr_version", "")
    )
    offset = _site_offset(items)
    attachments: dict[int, Attachment] = {}
    children: dict[int, list[int]] = {}
    for item in items:
        values = item.values
        post_type = values.get("wp:post_type", "post").strip() or "post"
        result.kinds[post_type] = result.kinds.get(post_type, 0) + 1
        if post_type == "attachment":
            attachment_id = _int(values.get("wp:post_id", ""))
            url = (values.get("wp:attachment_url") or values.get("guid") or "").strip()
            if attachment_id is not None and url:
                caption = plain_text(values.get("excerpt:encoded", ""))
                alt = item.meta.get("_wp_attachment_image_alt", "").strip()
                attachments[attachment_id] = (url, alt or plain_text(values.get("title", "")), caption)
                parent = _int(values.get("wp:post_parent", ""))
                if parent:
                    children.setdefault(parent, []).append(attachment_id)
    wanted = ("post", "page") if include_pages else ("post",)
    for index, item in enumerate(items):
        if progress is not None:
            progress(index, len(items))
        values = item.values
        post_type = values.get("wp:post_type", "post").strip() or "post"
        title = plain_text(values.get("title", ""))
        post_id = values.get("wp:post_id", "").strip()
        origin = values.get("link", "").strip() or f"{site_url}/?p={post_id}"
        if post_type not in wanted:
            if post_type != "attachment":
                result.skipped.append(ReportLine(origin, title, code=codes.SKIP_NOT_A_POST, detail=post_type))
            continue
        status_text = values.get("wp:status", "").strip()
        status = _STATUSES.get(status_text)
        if status is None:
            result.skipped.append(ReportLine(origin, title, code=codes.SKIP_NOT_A_POST, detail=status_text))
            continue
        line = ReportLine(origin, title)
        if values.get("wp:post_password", "").strip():
            status = "draft"
            result.notes.append(_note(line, codes.NOTE_PASSWORD))
        elif status_text in _NOTES:
            result.notes.append(_note(line, _NOTES[status_text]))
        date = _date(values, "wp:post_date", offset)
        modified = _maybe_date(values, "wp:post_modified", offset)
        category, tags = _terms(item.categories)
        featured = None
        thumbnail = _int(item.meta.get("_thumbnail_id", ""))
        if thumbnail is not None and thumbnail in attachments:
            url, alt, caption = attachments[thumbnail]
            featured = ImportedImage(url=url, alt=alt, caption=caption)
        number = _int(post_id)
        content = expand_galleries(
            absolute_sources(values.get("content:encoded", ""), site_url),
            attachments.get,
            children.get(number or -1, []),
        )
        key_id = post_id if post_type == "post" else f"page-{post_id}"
        creator = values.get("dc:creator", "").strip(" \t\n<>\"'")
        result.posts.append(
            ImportedPost(
                source_key=wordpress_key(site_url, key_id),
                title=title,
                status=status,
                date=date,
                slug=_slug(values.get("wp:post_name", "")),
                html=content,
                summary=plain_text(values.get("excerpt:encoded", "")),
                modified=modified,
                category=category,
                tags=tags,
                author_name=authors.get(creator) or creator or None,
                featured_image=featured,
                origin=origin if post_type == "post" else origin + f"#page-{post_id}",
            )
        )
    return result


def _note(line: ReportLine, code: str) -> ReportLine:
    return ReportLine(line.origin, line.title, code=code)


def _int(text: str) -> int | None:
    text = (text or "").strip()
    return int(text) if text.isdigit() else None


def _maybe_date(values: dict[str, str], name: str, offset: _dt.timedelta) -> _dt.datetime | None:
    """``name``'s GMT value, else its local one less the site's offset (aware, UTC)."""
    gmt = _parse_date(values.get(name + "_gmt", ""))
    if gmt is None:
        local = _parse_date(values.get(name, ""))
        gmt = local - offset if local is not None else None
    return gmt.replace(tzinfo=_dt.UTC) if gmt is not None else None


def _date(values: dict[str, str], name: str, offset: _dt.timedelta) -> _dt.datetime:
    found = _maybe_date(values, name, offset)
    if found is not None:
        return found
    return (_rfc822(values.get("pubDate", "")) or _dt.datetime(1970, 1, 1)).replace(tzinfo=_dt.UTC)


def _rfc822(text: str) -> _dt.datetime | None:
    from email.utils import parsedate_to_datetime

    try:
        value = parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if value.year < 1980:
        return None
    return value.astimezone(_dt.UTC).replace(tzinfo=None) if value.tzinfo else value


def _terms(categories: list[tuple[str, str]]) -> tuple[str | None, list[str]]:
    """The article's category (the first of the post's) and tags (its tags, then its other
    categories), names as WordPress shows them."""
    cats = [plain_text(name) for domain, name in categories if domain == "category" and name.strip()]
    tags = [plain_text(name) for domain, name in categories if domain == "post_tag" and name.strip()]
    category = cats[0] if cats else None
    if category is not None and category.casefold() in ("uncategorized", "tak berkategori"):
        category = None
    others = [c for c in cats[1:] if c.casefold() not in ("uncategorized", "tak berkategori")]
    return category, list(dict.fromkeys(tags + others))
