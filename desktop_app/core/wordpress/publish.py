"""One article's WordPress post: made from the published snapshot (never the live draft), its
body from Redaksi's one renderer, its images uploaded once to the media library, its category
and tags created when missing; then created, updated or set back to draft.

Raises :class:`~desktop_app.core.wordpress.errors.WordPressError`; the outbox decides whether
to try again.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import html
import mimetypes
from dataclasses import dataclass
from typing import Any, cast

from peewee import Database

from db.models import Article, WpMedia, WpPost, utcnow
from desktop_app.core.corrections import approved_corrections
from desktop_app.core.export.pages import correction_items
from desktop_app.core.export.site import ASSET_REFERENCE, SiteImage, load_images
from desktop_app.core.export.strings import SiteStrings
from desktop_app.core.rendering import ImageInfo, render_body, resolve_images, sanitize_html
from desktop_app.core.site_settings import load_site_settings
from desktop_app.core.snapshots import Snapshot, parse_image_words, published_snapshot
from desktop_app.core.status import Status
from desktop_app.core.wordpress.client import WordPressClient
from desktop_app.core.wordpress.errors import WordPressError

#: The largest body sent (WordPress's database refuses rows past its packet size, 16 MB by
#: default on MariaDB; a news article is a few kB).
MAX_BODY_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class SendResult:
    post_id: int
    link: str
    status: str  # WordPress's: publish, future, draft
    created: bool = False
    uploaded_images: int = 0


def post_link(article_id: int, site: str) -> WpPost | None:
    return WpPost.get_or_none((WpPost.article == article_id) & (WpPost.site == site))


def _wp_date(value: _dt.datetime) -> str:
    return value.replace(microsecond=0).isoformat()


def _term_id(client: WordPressClient, taxonomy: str, name: str) -> int:
    """The id of the category or tag called ``name``, created when missing."""
    found = client.get(f"/wp/v2/{taxonomy}", {"search": name, "per_page": 100, "_fields": "id,name,slug"})
    wanted = name.strip().casefold()
    for term in found.data if isinstance(found.data, list) else []:
        if isinstance(term, dict) and html.unescape(str(term.get("name", ""))).strip().casefold() == wanted:
            return int(term["id"])
    try:
        made = client.post_json(f"/wp/v2/{taxonomy}", {"name": name})
    except WordPressError as problem:
        if "term_exists" in problem.detail:  # made in between, or a name WordPress folds
            return _term_by_slug(client, taxonomy, name)
        if problem.code == "forbidden":  # (an Author may use terms, not make them)
            raise WordPressError(
                "forbidden", f"{taxonomy}: {name}", status=problem.status, permission="manage_categories"
            ) from None
        raise
    return int(cast(dict[str, Any], made.data)["id"])


def _term_by_slug(client: WordPressClient, taxonomy: str, name: str) -> int:
    from slugify import slugify

    found = client.get(f"/wp/v2/{taxonomy}", {"slug": slugify(name), "_fields": "id"})
    if isinstance(found.data, list) and found.data:
        return int(found.data[0]["id"])
    raise WordPressError("rejected", f"{taxonomy}: {name}")


def _caption(image: SiteImage) -> str:
    return " ".join(part for part in (image.caption, f"({image.credit})" if image.credit else "") if part)


def _media(client: WordPressClient, site: str, image: SiteImage) -> tuple[int, str, bool]:
    """``(media id, its URL, uploaded now)``: each image goes to the library once per site."""
    digest = hashlib.sha256(image.data).hexdigest()
    known = WpMedia.get_or_none((WpMedia.site == site) & (WpMedia.sha256 == digest))
    if known is not None:
        return int(known.media_id), str(known.source_url), False
    extension = image.path.rsplit(".", 1)[-1].lower()
    mime = mimetypes.types_map.get(f".{extension}", "application/octet-stream")
    try:
        uploaded = client.upload(f"{image.uuid[:8]}.{extension}", mime, image.data)
    except WordPressError as problem:
        if problem.code == "forbidden":
            raise WordPressError(
                "forbidden", problem.detail, status=problem.status, permission="upload_files"
            ) from None
        if problem.code in ("rejected", "bad_answer", "too_large") and problem.status:
            raise WordPressError("upload_refused", problem.detail, status=problem.status) from None
        raise
    data = cast(dict[str, Any], uploaded.data)
    media_id, url = int(data["id"]), str(data.get("source_url", ""))
    client.post_json(
        f"/wp/v2/media/{media_id}",
        {"alt_text": image.alt, "caption": _caption(image), "title": image.alt[:200]},
    )
    WpMedia.insert(site=site, sha256=digest, media_id=media_id, source_url=url).on_conflict_ignore().execute()
    return media_id, url, True


def _images(snapshot: Snapshot) -> tuple[dict[str, SiteImage], SiteImage | None]:
    body = str(snapshot.get("body") or "")
    featured_id = snapshot.get("featured_image")
    ids = {int(featured_id)} if isinstance(featured_id, int) else set()
    images, by_id = load_images({u.lower() for u in ASSET_REFERENCE.findall(body)}, ids)
    words = parse_image_words(str(snapshot.get("image_words") or "")) or {}
    for uuid, image in list(images.items()):
        if uuid in words:  # the words approved with this text, not today's library
            alt, caption, credit = words[uuid]
            images[uuid] = SiteImage(
                image.uuid, image.path, image.data, alt, caption, credit, image.width, image.height
            )
    featured = images.get(by_id.get(int(featured_id), "")) if isinstance(featured_id, int) else None
    return images, featured


def _corrections_html(article_id: int, language: str, theme: str) -> str:
    corrections = approved_corrections([article_id]).get(article_id, ())
    if not corrections:
        return ""
    t = SiteStrings(language, theme)
    lines = [
        f"<p><strong>{html.escape(t('correction', date=item['date']))}:</strong> "
        f"{html.escape(item['note'])}</p>"
        for item in correction_items(corrections, language)
    ]
    return f'<aside class="correction">{"".join(lines)}</aside>'


def build_post(
    database: Database, client: WordPressClient, article_id: int, *, now: _dt.datetime | None = None
) -> tuple[dict[str, Any], int]:
    """The post's fields from the published snapshot, images uploaded; ``(payload, uploads)``."""
    now = now or utcnow()
    row = Article.get_or_none(Article.id == article_id)
    snapshot = published_snapshot(article_id) if row is not None else None
    if row is None or snapshot is None or row.status != Status.PUBLISHED or row.deleted_at is not None:
        raise WordPressError("not_published", str(article_id))
    settings = load_site_settings(database)
    images, featured = _images(snapshot)
    uploads = 0
    shown: dict[str, ImageInfo] = {}
    media_ids: dict[str, int] = {}
    for uuid, image in images.items():
        media_id, url, fresh = _media(client, client.site_url, image)
        uploads += fresh
        media_ids[uuid] = media_id
        shown[uuid] = ImageInfo(url, image.caption, image.credit, image.width, image.height, image.alt)
    body = resolve_images(render_body(str(snapshot.get("body") or "")), shown.get)
    body += _corrections_html(article_id, settings.language, settings.theme)
    body = sanitize_html(body)
    if len(body.encode("utf-8")) > MAX_BODY_BYTES:
        raise WordPressError("too_large", f"{len(body.encode('utf-8'))} bytes")
    published_at = row.published_at or now
    payload: dict[str, Any] = {
        "title": str(snapshot.get("title") or ""),
        "content": body,
        "excerpt": str(snapshot.get("summary") or ""),
        "slug": str(snapshot.get("slug") or row.slug),
        "status": "future" if published_at > now else "publish",
        "date_gmt": _wp_date(published_at),
        "featured_media": media_ids[featured.uuid] if featured is not None else 0,
    }
    category = str(snapshot.get("category_name") or "").strip()
    if category:
        payload["categories"] = [_term_id(client, "categories", category)]
    tags = [t.strip() for t in str(snapshot.get("tags") or "").split(",") if t.strip()]
    payload["tags"] = [_term_id(client, "tags", tag) for tag in tags]
    return payload, uploads


def _remote_post(client: WordPressClient, post_id: int) -> dict[str, Any] | None:
    try:
        answer = client.get(
            f"/wp/v2/posts/{post_id}", {"context": "edit", "_fields": "id,status,modified_gmt,link"}
        )
    except WordPressError as problem:
        if problem.code == "not_found":
            return None
        raise
    data = answer.data
    if not isinstance(data, dict) or data.get("status") == "trash":
        return None
    return data


def _remember(article_id: int, site: str, data: dict[str, Any], revision: int | None) -> None:
    fields = {
        "post_id": int(data["id"]),
        "link": str(data.get("link", ""))[:1000],
        "status": str(data.get("status", ""))[:16],
        "modified_gmt": str(data.get("modified_gmt", ""))[:32],
        "sent_revision": revision,
        "sent_at": utcnow(),
    }
    updated = WpPost.update(**fields).where((WpPost.article == article_id) & (WpPost.site == site)).execute()
    if not updated:
        WpPost.create(article=article_id, site=site, **fields)


def publish_article(
    database: Database,
    client: WordPressClient,
    article_id: int,
    *,
    overwrite: bool = False,
    now: _dt.datetime | None = None,
) -> SendResult:
    """Create or update the article's post. A post changed on WordPress since Redaksi's last
    send raises ``WordPressError("conflict")`` unless ``overwrite``."""
    site = client.site_url
    link = post_link(article_id, site)
    remote = _remote_post(client, link.post_id) if link is not None else None
    if (
        link is not None
        and remote is not None
        and not overwrite
        and link.modified_gmt
        and str(remote.get("modified_gmt", "")) != link.modified_gmt
    ):
        raise WordPressError("conflict", f"{remote.get('modified_gmt')} != {link.modified_gmt}")
    payload, uploads = build_post(database, client, article_id, now=now)
    revision = Article.get_by_id(article_id).published_revision
    if remote is not None:
        answer = client.post_json(f"/wp/v2/posts/{int(remote['id'])}", payload)
    else:
        answer = client.post_json("/wp/v2/posts", payload)
    data = cast(dict[str, Any], answer.data)
    if not isinstance(data, dict) or "id" not in data:
        raise WordPressError("bad_answer", "posts")
    with database.atomic():
        _remember(article_id, site, data, revision)
    return SendResult(
        int(data["id"]), str(data.get("link", "")), str(data.get("status", "")), remote is None, uploads
    )


def unpublish_article(database: Database, client: WordPressClient, article_id: int) -> SendResult | None:
    """Set the article's post back to draft (nothing is deleted); None when it has no post."""
    site = client.site_url
    link = post_link(article_id, site)
    if link is None:
        return None
    remote = _remote_post(client, link.post_id)
    if remote is None:
        return None
    answer = client.post_json(f"/wp/v2/posts/{link.post_id}", {"status": "draft"})
    data = cast(dict[str, Any], answer.data)
    with database.atomic():
        _remember(article_id, site, data, link.sent_revision)
    return SendResult(int(data["id"]), str(data.get("link", "")), str(data.get("status", "")))
