"""The site model: which articles are live and what the website shows of them.

CONTRACT (with the workflow): an article is live iff ``status == 'published'``, it is not in the
Trash, it has a ``published_revision``, and its ``publish_at`` (embargo) is not in the future.
What the website shows is that Revision (title, summary, body, slug, category, tags, image),
never the working copy.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from dataclasses import dataclass, field

from peewee import JOIN

from db.models import Article, Asset, Category, Person, Revision, Tag, utcnow
from desktop_app.core.export.paths import safe_segment, unique_segments
from desktop_app.core.rendering import RENDERER_VERSION
from desktop_app.core.text import make_slug

ASSET_REFERENCE = re.compile(r"asset:([0-9a-fA-F-]{36})")
IMAGE_EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp",
                    "image/gif": "gif", "image/avif": "avif", "image/svg+xml": "svg"}


@dataclass(frozen=True)
class Term:
    """A category or a tag as the site shows it."""

    name: str
    slug: str


@dataclass(frozen=True)
class SiteImage:
    """An image written to ``img/`` under a content-hashed name."""

    uuid: str
    path: str
    data: bytes = field(repr=False)
    alt: str = ""
    caption: str = ""
    credit: str = ""
    width: int = 0
    height: int = 0


@dataclass(frozen=True)
class SiteArticle:
    id: int
    uuid: str
    slug: str
    title: str
    summary: str
    body: str | None = field(repr=False)  # None: not read (see :func:`live_articles`)
    body_sha256: str
    revision_id: int
    dateline: str
    category: Term | None
    tags: tuple[Term, ...]
    author: str
    published_at: _dt.datetime
    modified_at: _dt.datetime
    image: SiteImage | None
    image_uuids: tuple[str, ...]

    @property
    def path(self) -> str:
        return f"berita/{self.slug}.html"

    def digest(self, images: dict[str, SiteImage]) -> str:
        """Changes whenever anything the article's pages show of it changes."""
        data = [self.uuid, self.slug, self.title, self.summary, self.body_sha256, self.dateline,
                self.category and [self.category.name, self.category.slug],
                [[t.name, t.slug] for t in self.tags], self.author,
                self.published_at.isoformat(), self.modified_at.isoformat(), RENDERER_VERSION,
                [_image_key(images.get(u)) for u in self.image_uuids],
                _image_key(self.image)]
        return hashlib.sha256(repr(data).encode()).hexdigest()


def _image_key(image: SiteImage | None) -> list | None:
    if image is None:
        return None
    return [image.path, image.alt, image.caption, image.credit, image.width, image.height]


def image_from_bytes(uuid: str, data: bytes, mime: str, **meta) -> SiteImage | None:
    ext = IMAGE_EXTENSIONS.get(mime)
    if ext is None or not data:
        return None
    name = hashlib.sha256(data).hexdigest()[:20]
    return SiteImage(uuid=uuid, path=f"img/{name}.{ext}", data=data, **meta)


def load_images(uuids: set[str], ids: set[int]) -> tuple[dict[str, SiteImage], dict[int, str]]:
    """Web versions of the given assets (by uuid or id): ``({uuid: image}, {id: uuid})``."""
    if not uuids and not ids:
        return {}, {}
    query = Asset.select(
        Asset.id, Asset.uuid, Asset.web, Asset.web_mime_type, Asset.web_width, Asset.web_height,
        Asset.mime_type, Asset.width, Asset.height, Asset.alt_text, Asset.caption, Asset.credit,
    ).where(Asset.uuid.in_(sorted(uuids)) | Asset.id.in_(sorted(ids)))
    images: dict[str, SiteImage] = {}
    by_id: dict[int, str] = {}
    for row in query:
        data, mime = row.web, row.web_mime_type
        width, height = row.web_width, row.web_height
        if not data:  # no web version yet: the original, if browsers show it
            data = Asset.select(Asset.original).where(Asset.id == row.id).scalar()
            mime, width, height = row.mime_type, row.width, row.height
        image = image_from_bytes(row.uuid, bytes(data or b""), mime, alt=row.alt_text,
                                 caption=row.caption, credit=row.credit, width=width,
                                 height=height)
        if image is not None:
            images[row.uuid] = image
            by_id[row.id] = row.uuid
    return images, by_id


#: What the export remembers of a published snapshot (revisions never change once written):
#: ``{revision uuid: [sha256 of the body, [asset uuids in the body]]}``.
RevisionFacts = dict[str, list]


def load_bodies(revision_ids: list[int]) -> dict[int, str]:
    """Bodies of the given revisions (only those an export needs to render)."""
    found: dict[int, str] = {}
    ids = sorted(set(revision_ids))
    for start in range(0, len(ids), 400):
        query = (Revision.select(Revision.id, Revision.body)
                 .where(Revision.id.in_(ids[start:start + 400])).tuples())
        found.update(dict(query))
    return found


def _facts(body: str) -> list:
    return [hashlib.sha256(body.encode("utf-8")).hexdigest(),
            sorted({u.lower() for u in ASSET_REFERENCE.findall(body)})]


def live_articles(now: _dt.datetime | None = None, known: RevisionFacts | None = None,
                  ) -> tuple[list[SiteArticle], dict[str, SiteImage], RevisionFacts]:
    """Live articles, newest first, the images they use, and the facts of their snapshots.

    Bodies are read only for snapshots not in ``known`` (the previous export's facts), so an
    incremental export of a large archive does not read every article again.
    """
    now = now or utcnow()
    known = known or {}
    rows = list(
        Article.select(
            Article.id, Article.uuid, Article.published_at, Person.name.alias("author_name"),
            Revision.id.alias("revision_id"), Revision.uuid.alias("revision_uuid"),
            Revision.title, Revision.slug, Revision.summary, Revision.dateline,
            Revision.category_name, Revision.tags, Revision.featured_image,
            Revision.created_at.alias("revision_at"),
        )
        .join(Revision, on=((Revision.article == Article.id)
                            & (Revision.number == Article.published_revision)))
        .switch(Article)
        .join(Person, JOIN.LEFT_OUTER, on=(Article.author == Person.id))
        .where((Article.status == "published") & Article.deleted_at.is_null(True)
               & Article.published_revision.is_null(False)
               & (Article.publish_at.is_null(True) | (Article.publish_at <= now)))
        .dicts()
    )
    unknown = [r["revision_id"] for r in rows if r["revision_uuid"] not in known]
    bodies = load_bodies(unknown) if unknown else {}
    facts: RevisionFacts = {}
    for row in rows:
        row["published"] = row["published_at"] or row["revision_at"]
        row["body"] = bodies.get(row["revision_id"])
        fact = known.get(row["revision_uuid"])
        if row["body"] is not None or not fact:
            fact = _facts(row["body"] or "")
        facts[row["revision_uuid"]] = fact
        row["facts"] = fact
    rows.sort(key=lambda r: (r["published"], r["id"]), reverse=True)
    slugs = unique_segments([(r["id"], r["slug"]) for r in sorted(rows, key=lambda r: r["id"])],
                            "berita")
    categories = {c.name: c.slug for c in Category.select(Category.name, Category.slug)}
    tags = {t.name.lower(): (t.name, t.slug) for t in Tag.select(Tag.name, Tag.slug)}
    uuids = {u for r in rows for u in r["facts"][1]}
    ids = {r["featured_image"] for r in rows if r["featured_image"]}
    images, by_id = load_images(uuids, ids)
    articles = []
    for row in rows:
        category = None
        if row["category_name"]:
            name = row["category_name"]
            category = Term(name, safe_segment(categories.get(name) or make_slug(name), "kategori"))
        terms = []
        for raw in (row["tags"] or "").split(","):
            if raw.strip():
                name, slug = tags.get(raw.strip().lower(), (raw.strip(), make_slug(raw)))
                terms.append(Term(name, safe_segment(slug, "tag")))
        featured = images.get(by_id.get(row["featured_image"], ""))
        articles.append(SiteArticle(
            id=row["id"], uuid=row["uuid"], slug=slugs[row["id"]], title=row["title"],
            summary=row["summary"], body=row["body"], body_sha256=row["facts"][0],
            revision_id=row["revision_id"], dateline=row["dateline"], category=category,
            tags=tuple(sorted(set(terms), key=lambda t: t.name.lower())),
            author=row["author_name"] or "", published_at=row["published"],
            modified_at=max(row["revision_at"], row["published"]), image=featured,
            image_uuids=tuple(row["facts"][1]),
        ))
    return articles, images, facts
