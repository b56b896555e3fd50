"""Images in articles: the asset store, where images are used, and how they are shown.

An image lives in the database as an :class:`db.models.Asset`: the original bytes (for the
archive) and derived web and thumbnail versions without metadata (see
:mod:`desktop_app.core.media_images`). The same bytes imported twice are stored once. Articles
refer to images with Markdown ``![alt](asset:UUID)`` and through their featured image.
"""

from __future__ import annotations

import builtins  # ``list`` is also a method of AssetService: its annotations say builtins.list
import datetime as _dt
import os
import re
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from peewee import JOIN, BlobField, Database, IntegrityError, ModelSelect, fn

from db.models import Article, ArticleBody, Asset, Revision
from desktop_app.core.errors import NotFound, ValidationError
from desktop_app.core.media_images import (
    PreparedImage,
    check_image_bytes,
    extension_for,
    prepare_image,
    read_image_file,
    sha256_of,
)
from desktop_app.core.rendering import ImageInfo, ImageResolver
from desktop_app.core.text import IMAGE_ALT

ALT_TEXT_MAX_LENGTH = 1000
CAPTION_MAX_LENGTH = 2000
CREDIT_MAX_LENGTH = 255
DEFAULT_CREDIT = "Dok. Diskominfo"

#: ``![alt](asset:UUID)`` or ``![alt](asset:UUID "title")`` in a Markdown body.
ASSET_IMAGE = re.compile(
    rf"!\[(?P<alt>{IMAGE_ALT})\]\(\s*asset:(?P<uuid>[0-9a-fA-F-]{{36}})(?P<rest>[^)]*)\)"
)
ASSET_REFERENCE = re.compile(r"asset:([0-9a-fA-F-]{36})")


@dataclass(frozen=True)
class AssetData:
    """One stored image, without its bytes."""

    id: int
    uuid: str
    sha256: str
    filename: str
    mime_type: str
    width: int
    height: int
    bytes: int
    alt_text: str
    caption: str
    credit: str
    web_mime_type: str
    web_width: int
    web_height: int
    web_bytes: int
    thumbnail_bytes: int
    created_at: _dt.datetime


@dataclass(frozen=True)
class ImportResult:
    asset: AssetData
    created: bool  # False when the same image was already stored


@dataclass(frozen=True)
class AssetUsage:
    """One article that uses an image."""

    article_id: int
    title: str
    status: str
    in_body: bool
    featured: bool
    in_published_version: bool  # the frozen snapshot the website shows
    in_trash: bool


_DATA_FIELDS = (
    Asset.id,
    Asset.uuid,
    Asset.sha256,
    Asset.filename,
    Asset.mime_type,
    Asset.width,
    Asset.height,
    Asset.bytes,
    Asset.alt_text,
    Asset.caption,
    Asset.credit,
    Asset.web_mime_type,
    Asset.web_width,
    Asset.web_height,
    Asset.created_at,
)


def _data_query() -> ModelSelect[Asset]:
    return Asset.select(
        *_DATA_FIELDS,
        fn.LENGTH(Asset.web).alias("web_size"),
        fn.LENGTH(Asset.thumbnail).alias("thumb_size"),
    )


def _data(row: dict[str, Any]) -> AssetData:
    return AssetData(
        id=row["id"],
        uuid=row["uuid"],
        sha256=row["sha256"],
        filename=row["filename"],
        mime_type=row["mime_type"],
        width=row["width"],
        height=row["height"],
        bytes=row["bytes"],
        alt_text=row["alt_text"],
        caption=row["caption"],
        credit=row["credit"],
        web_mime_type=row["web_mime_type"],
        web_width=row["web_width"],
        web_height=row["web_height"],
        web_bytes=row["web_size"] or 0,
        thumbnail_bytes=row["thumb_size"] or 0,
        created_at=row["created_at"],
    )


def _blob(value: bytes | memoryview | None) -> bytes | None:
    if value is None:
        return None
    return bytes(value)  # PostgreSQL hands back a memoryview


def markdown_alt(text: str) -> str:
    """``text`` made safe as the alt text of a Markdown image: one line; brackets become
    parentheses and backticks apostrophes (markdown2 mangles escaped brackets and code spans
    inside alt text)."""
    text = " ".join(text.split())
    return text.translate(str.maketrans("[]`", "()'"))


def markdown_for(asset: AssetData) -> str:
    """The Markdown that shows ``asset``: ``![alt](asset:UUID)``."""
    return f"![{markdown_alt(asset.alt_text)}](asset:{asset.uuid})"


def as_block(markdown: str, before: str, after: str) -> str:
    """``markdown`` with the line breaks that make it a paragraph of its own when inserted
    between ``before`` and ``after`` (an image alone in its paragraph becomes a figure)."""
    if not before or before.endswith("\n\n"):
        prefix = ""
    else:
        prefix = "\n" if before.endswith("\n") else "\n\n"
    if not after:
        suffix = "\n"
    elif after.startswith("\n\n"):
        suffix = ""
    else:
        suffix = "\n" if after.startswith("\n") else "\n\n"
    return f"{prefix}{markdown}{suffix}"


def referenced_uuids(body: str) -> list[str]:
    """Asset uuids of the images in ``body``, in order, each once (lower case)."""
    seen: dict[str, None] = {}
    for match in ASSET_IMAGE.finditer(body):
        seen.setdefault(match.group("uuid").lower(), None)
    return list(seen)


def export_filename(asset: AssetData) -> str:
    """File name of an image's web version in a website export, e.g. ``images/UUID.jpg``."""
    return f"{asset.uuid}{extension_for(asset.web_mime_type or asset.mime_type)}"


class AssetService:
    """Import, describe, find the use of and remove images. Every method is Qt-free."""

    def __init__(self, database: Database) -> None:
        self.db = database
        #: Bumped on every change, so caches (the preview's provider) know to refresh.
        self.generation = 0

    # -- importing -------------------------------------------------------------------------

    def import_path(self, path: str | os.PathLike[str]) -> ImportResult:
        """Import the image file at ``path`` (raises ValidationError; stores nothing then)."""
        return self.import_bytes(read_image_file(path), Path(path).name)

    def import_bytes(self, data: bytes, filename: str = "") -> ImportResult:
        """Import an image from memory, e.g. pasted from the clipboard."""
        check_image_bytes(data, filename)
        existing = self._by_sha256(sha256_of(data))
        if existing is not None:
            return ImportResult(existing, created=False)
        return self.add_prepared(prepare_image(data, filename))

    def add_prepared(self, prepared: PreparedImage) -> ImportResult:
        """Store an image prepared (possibly in a worker thread) by ``prepare_image``."""
        existing = self._by_sha256(prepared.sha256)
        if existing is not None:
            return ImportResult(existing, created=False)
        try:
            with self.db.atomic():
                row = Asset.create(
                    sha256=prepared.sha256,
                    filename=prepared.filename,
                    mime_type=prepared.mime_type,
                    width=prepared.width,
                    height=prepared.height,
                    bytes=len(prepared.original),
                    original=prepared.original,
                    web=prepared.web,
                    web_mime_type=prepared.web_mime_type,
                    web_width=prepared.web_width,
                    web_height=prepared.web_height,
                    thumbnail=prepared.thumbnail,
                )
        except IntegrityError:  # another workstation stored the same photo just now
            existing = self._by_sha256(prepared.sha256)
            if existing is None:
                raise
            return ImportResult(existing, created=False)
        self.generation += 1
        return ImportResult(self.get(row.id), created=True)

    def _by_sha256(self, sha256: str) -> AssetData | None:
        row = _data_query().where(Asset.sha256 == sha256).dicts().first()
        return _data(row) if row else None

    # -- reading ---------------------------------------------------------------------------

    def get(self, asset_id: int) -> AssetData:
        row = _data_query().where(Asset.id == asset_id).dicts().first()
        if row is None:
            raise NotFound("image", asset_id)
        return _data(row)

    def get_by_uuid(self, uuid: str) -> AssetData | None:
        row = _data_query().where(Asset.uuid == uuid.lower()).dicts().first()
        return _data(row) if row else None

    def list(self) -> list[AssetData]:
        """Every image, newest first."""
        rows = _data_query().order_by(Asset.created_at.desc(), Asset.id.desc()).dicts()
        return [_data(r) for r in cast(Iterable[dict[str, Any]], rows)]

    def count(self) -> int:
        return Asset.select().count()

    def known_credits(self) -> builtins.list[str]:
        """Credits already used (for completion), the office's own first."""
        rows = Asset.select(Asset.credit).where(Asset.credit != "").distinct().order_by(Asset.credit).tuples()
        used = [r[0] for r in cast(Iterable[tuple[str]], rows)]
        return [DEFAULT_CREDIT] + [c for c in used if c != DEFAULT_CREDIT]

    def _blob_by_uuid(self, uuid: str, field: BlobField[bytes] | BlobField[bytes | None]) -> bytes | None:
        row = Asset.select(field).where(Asset.uuid == uuid.lower()).tuples().first()
        return _blob(row[0]) if row else None

    def web_bytes(self, uuid: str) -> bytes | None:
        return self._blob_by_uuid(uuid, Asset.web)

    def thumbnail_bytes(self, uuid: str) -> bytes | None:
        return self._blob_by_uuid(uuid, Asset.thumbnail)

    def original_bytes(self, uuid: str) -> bytes | None:
        return self._blob_by_uuid(uuid, Asset.original)

    def infos(self, uuids: builtins.list[str]) -> dict[str, AssetData]:
        """The assets among ``uuids`` that exist, by (lower-case) uuid."""
        wanted = sorted({u.lower() for u in uuids})
        if not wanted:
            return {}
        rows = _data_query().where(Asset.uuid.in_(wanted)).dicts()
        return {r["uuid"]: _data(r) for r in cast(Iterable[dict[str, Any]], rows)}

    # -- describing ------------------------------------------------------------------------

    def update_metadata(self, asset_id: int, *, alt_text: str, caption: str, credit: str) -> AssetData:
        alt_text, caption, credit = alt_text.strip(), caption.strip(), credit.strip()
        for value, limit, field in (
            (alt_text, ALT_TEXT_MAX_LENGTH, "alt_text"),
            (caption, CAPTION_MAX_LENGTH, "caption"),
            (credit, CREDIT_MAX_LENGTH, "credit"),
        ):
            if len(value) > limit:
                raise ValidationError("image_text_too_long", field, str(limit))
            if "\x00" in value:
                raise ValidationError("nul_character", field)
        with self.db.atomic():
            updated = (
                Asset.update(alt_text=alt_text, caption=caption, credit=credit)
                .where(Asset.id == asset_id)
                .execute()
            )
        if not updated:
            raise NotFound("image", asset_id)
        self.generation += 1
        return self.get(asset_id)

    def images_missing_alt(self, body: str, featured_id: int | None = None) -> builtins.list[str]:
        """Uuids of the images shown with an article whose asset has no alt text: those in
        ``body`` (in body order), then the featured image ``featured_id``, if it is not
        among them.

        An image in the body whose asset no longer exists counts as missing too: it cannot be
        described. (A removed featured image is shown nowhere: the article loses it.)
        """
        uuids = referenced_uuids(body)
        known = self.infos(uuids)
        missing = [u for u in uuids if u not in known or not known[u].alt_text.strip()]
        if featured_id is not None:
            try:
                featured = self.get(featured_id)
            except NotFound:
                return missing
            if not featured.alt_text.strip() and featured.uuid not in missing:
                missing.append(featured.uuid)
        return missing

    def alt_text_edits(self, body: str) -> builtins.list[tuple[int, int, str]]:
        """``(start, end, markdown)`` for each asset image in ``body`` whose Markdown alt text
        differs from its asset's (non-empty) alt text, in body order."""
        known = self.infos(referenced_uuids(body))
        edits: builtins.list[tuple[int, int, str]] = []
        for match in ASSET_IMAGE.finditer(body):
            asset = known.get(match.group("uuid").lower())
            if asset is None or not asset.alt_text.strip():
                continue
            wanted = f"![{markdown_alt(asset.alt_text)}](asset:{match.group('uuid')}{match.group('rest')})"
            if wanted != match.group(0):
                edits.append((match.start(), match.end(), wanted))
        return edits

    def sync_alt_texts(self, body: str) -> str:
        """``body`` with each asset image's Markdown alt text set to the asset's alt text
        (when the asset has one), so what the website shows matches the media library."""
        for start, end, text in reversed(self.alt_text_edits(body)):
            body = body[:start] + text + body[end:]
        return body

    def image_at(self, body: str, position: int) -> tuple[AssetData, int, int] | None:
        """The asset image whose Markdown spans ``position`` in ``body`` (or, failing that,
        the first one on the same line), with the Markdown's start and end."""
        line_start = body.rfind("\n", 0, position) + 1
        line_end = body.find("\n", position)
        line_end = len(body) if line_end < 0 else line_end
        on_line = list(ASSET_IMAGE.finditer(body, line_start, line_end))
        hits = [m for m in on_line if m.start() <= position <= m.end()] or on_line
        for match in hits:
            asset = self.get_by_uuid(match.group("uuid"))
            if asset is not None:
                return asset, match.start(), match.end()
        return None

    # -- usage and removal -----------------------------------------------------------------

    def usage(self, asset_id: int) -> builtins.list[AssetUsage]:
        """Articles (live or in the Trash) that show the image in their body, as featured
        image, or in the published snapshot the website shows."""
        asset = Asset.get_or_none(Asset.id == asset_id)
        if asset is None:
            raise NotFound("image", asset_id)
        needle = f"%asset:{asset.uuid}%"
        in_body = {
            r.article_id for r in ArticleBody.select(ArticleBody.article).where(ArticleBody.body**needle)
        }
        in_published = {
            r.article_id
            for r in Revision.select(Revision.article)
            .join(
                Article,
                JOIN.INNER,
                on=((Revision.article == Article.id) & (Revision.number == Article.published_revision)),
            )
            .where((Revision.body**needle) | (Revision.featured_image == asset_id))
        }
        featured = {r.id for r in Article.select(Article.id).where(Article.featured_image == asset_id)}
        ids = in_body | in_published | featured
        if not ids:
            return []
        rows = (
            Article.select(Article.id, Article.title, Article.status, Article.deleted_at)
            .where(Article.id.in_(sorted(ids)))
            .order_by(Article.title, Article.id)
        )
        return [
            AssetUsage(
                article_id=r.id,
                title=r.title,
                status=r.status,
                in_body=r.id in in_body,
                featured=r.id in featured,
                in_published_version=r.id in in_published,
                in_trash=r.deleted_at is not None,
            )
            for r in rows
        ]

    def usage_counts(self) -> dict[int, int]:
        """Number of articles using each image, for the media library (one pass)."""
        assets = {r.uuid: r.id for r in Asset.select(Asset.id, Asset.uuid)}
        counts: dict[int, set[int]] = {i: set() for i in assets.values()}
        if not assets:
            return {}
        bodies = (
            ArticleBody.select(ArticleBody.article, ArticleBody.body)
            .where(ArticleBody.body ** "%asset:%")
            .tuples()
        )
        for row in cast(Iterable[tuple[int, str]], bodies):
            for uuid in ASSET_REFERENCE.findall(row[1]):
                if uuid.lower() in assets:
                    counts[assets[uuid.lower()]].add(row[0])
        featured = (
            Article.select(Article.id, Article.featured_image)
            .where(Article.featured_image.is_null(False))
            .tuples()
        )
        for article_id, asset_id in cast(Iterable[tuple[int, int]], featured):
            counts.setdefault(asset_id, set()).add(article_id)
        published = Revision.select(Revision.article, Revision.body, Revision.featured_image).join(
            Article, on=((Revision.article == Article.id) & (Revision.number == Article.published_revision))
        )
        for article_id, body, featured_id in cast(
            Iterable[tuple[int, str | None, int | None]], published.tuples()
        ):
            for uuid in ASSET_REFERENCE.findall(body or ""):
                if uuid.lower() in assets:
                    counts[assets[uuid.lower()]].add(article_id)
            if featured_id in counts:
                counts[featured_id].add(article_id)
        return {asset_id: len(ids) for asset_id, ids in counts.items()}

    def remove(self, asset_id: int) -> None:
        """Delete an unused image; one in use raises ValidationError("image_in_use")."""
        with self.db.atomic():
            users = self.usage(asset_id)
            if users:
                raise ValidationError("image_in_use", "image", str(len(users)))
            Asset.delete().where(Asset.id == asset_id).execute()
        self.generation += 1

    # -- showing ---------------------------------------------------------------------------

    def image_info(self, asset: AssetData, url: str) -> ImageInfo:
        return ImageInfo(
            url=url,
            caption=asset.caption,
            credit=asset.credit,
            width=asset.web_width,
            height=asset.web_height,
            alt=asset.alt_text,
        )

    def resolver_for_export(self, url_prefix: str = "images/") -> ImageResolver:
        """An :data:`ImageResolver` for the website export: ``asset:UUID`` becomes
        ``url_prefix + export_filename(asset)``; write the files with :meth:`web_bytes`."""
        cache: dict[str, ImageInfo | None] = {}

        def resolve(uuid: str) -> ImageInfo | None:
            key = uuid.lower()
            if key not in cache:
                asset = self.get_by_uuid(key)
                cache[key] = (
                    None if asset is None else self.image_info(asset, url_prefix + export_filename(asset))
                )
            return cache[key]

        return resolve

    def preview_provider(self, url_prefix: str = "asset:") -> AssetImageProvider:
        return AssetImageProvider(self, url_prefix)


class AssetImageProvider:
    """What the live preview asks: ``info(uuid)`` (URL, caption, credit, size) and
    ``web_bytes(uuid)``; both cached and refreshed when the service changes anything."""

    BYTES_CACHE_SIZE = 32

    def __init__(self, service: AssetService, url_prefix: str = "asset:") -> None:
        self.service = service
        self.url_prefix = url_prefix
        self._generation = -1
        self._infos: dict[str, ImageInfo | None] = {}
        self._bytes: OrderedDict[str, bytes | None] = OrderedDict()

    def _check_generation(self) -> None:
        if self._generation != self.service.generation:
            self._generation = self.service.generation
            self._infos.clear()
            self._bytes.clear()

    def invalidate(self) -> None:
        self._generation = -1

    def info(self, uuid: str) -> ImageInfo | None:
        self._check_generation()
        key = uuid.lower()
        if key not in self._infos:
            asset = self.service.get_by_uuid(key)
            self._infos[key] = (
                None if asset is None else self.service.image_info(asset, f"{self.url_prefix}{asset.uuid}")
            )
        return self._infos[key]

    def __call__(self, uuid: str) -> ImageInfo | None:  # usable as an ImageResolver
        return self.info(uuid)

    def web_bytes(self, uuid: str) -> bytes | None:
        self._check_generation()
        key = uuid.lower()
        if key in self._bytes:
            self._bytes.move_to_end(key)
            return self._bytes[key]
        data = self.service.web_bytes(key)
        self._bytes[key] = data
        while len(self._bytes) > self.BYTES_CACHE_SIZE:
            self._bytes.popitem(last=False)
        return data
