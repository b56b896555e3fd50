"""The site model: which articles are live and what the website shows of them.

CONTRACT (with the workflow): an article is live iff ``status == 'published'``, it is not in the
Trash, it has a ``published_revision``, and its ``publish_at`` (embargo) is not in the future.
What the website shows is that Revision (title, summary, body, slug, category, tags, image, and
the words of its images: alt text, caption and credit as they were approved), never the working
copy nor the media library's words of today.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, cast

from peewee import JOIN, DatabaseError, Expression, fn

from db import render_cache
from db.models import Article, Asset, Category, Person, Revision, Tag, utcnow
from desktop_app.core.corrections import PublicCorrection, approved_corrections
from desktop_app.core.export.paths import safe_segment, unique_segments
from desktop_app.core.models import ARTICLE_TEXT_FIELDS, ROW_TEXT_FIELDS, NamedTexts
from desktop_app.core.rendering import RENDERER_VERSION
from desktop_app.core.snapshots import ImageWords, parse_image_words
from desktop_app.core.status import Status
from desktop_app.core.text import make_slug

ASSET_REFERENCE = re.compile(r"asset:([0-9a-fA-F-]{36})")
IMAGE_EXTENSIONS = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/webp": "webp",
    "image/gif": "gif",
    "image/avif": "avif",
    "image/svg+xml": "svg",
}


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
class SiteArticle(NamedTexts):
    id: int
    uuid: str
    slug: str
    #: The article's text fields but the body (``ROW_TEXT_FIELDS``), by name; a template shows
    #: one as ``texts.<name>``.
    texts: Mapping[str, str] = field(hash=False)
    body: str | None = field(repr=False)  # None: not read (see :func:`live_articles`)
    body_sha256: str
    revision_id: int
    category: Term | None
    tags: tuple[Term, ...]
    author: str
    published_at: _dt.datetime
    modified_at: _dt.datetime
    image: SiteImage | None  # with the words of the snapshot
    image_uuids: tuple[str, ...]
    #: ``{asset uuid: (alt, caption, credit)}`` the published snapshot keeps; None for one made
    #: before they were kept (its images show the media library's words).
    image_words: Mapping[str, ImageWords] | None = field(default=None, hash=False)
    #: The approved public corrections ("Ralat"), newest first.
    corrections: tuple[PublicCorrection, ...] = field(default=(), hash=False)
    #: A press release's number (``""`` for other articles): shown above the title.
    release_number: str = ""

    @property
    def path(self) -> str:
        return f"berita/{self.slug}.html"

    def shown_images(self, images: dict[str, SiteImage]) -> dict[str, SiteImage]:
        """The images of the body as this article shows them: the export's ``images`` with the
        words of the article's snapshot (only the body's images when they differ)."""
        if self.image_words is None:
            return images
        return {
            uuid: _worded(image, self.image_words)
            for uuid in self.image_uuids
            if (image := images.get(uuid)) is not None
        }

    def digest(self, images: dict[str, SiteImage]) -> str:
        """Changes whenever anything the article's pages show of it changes."""
        shown = self.shown_images(images)
        data = [
            self.uuid,
            self.slug,
            *(self.body_sha256 if name == "body" else self.texts[name] for name in ARTICLE_TEXT_FIELDS),
            self.category and [self.category.name, self.category.slug],
            [[t.name, t.slug] for t in self.tags],
            self.author,
            self.release_number,
            self.published_at.isoformat(),
            self.modified_at.isoformat(),
            RENDERER_VERSION,
            [_image_key(shown.get(u)) for u in self.image_uuids],
            _image_key(self.image),
            [[c.note, c.approved_at.isoformat(), c.approver] for c in self.corrections],
        ]
        return hashlib.sha256(repr(data).encode()).hexdigest()


def _worded(image: SiteImage, words: Mapping[str, ImageWords] | None) -> SiteImage:
    """``image`` with the words a snapshot keeps for it (the library's when it keeps none)."""
    kept = None if words is None else words.get(image.uuid.lower())
    if kept is None or kept == (image.alt, image.caption, image.credit):
        return image
    return replace(image, alt=kept[0], caption=kept[1], credit=kept[2])


def _image_key(image: SiteImage | None) -> list[object] | None:
    if image is None:
        return None
    return [image.path, image.alt, image.caption, image.credit, image.width, image.height]


def image_from_bytes(uuid: str, data: bytes, mime: str, **meta: Any) -> SiteImage | None:
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
        Asset.id,
        Asset.uuid,
        Asset.web,
        Asset.web_mime_type,
        Asset.web_width,
        Asset.web_height,
        Asset.mime_type,
        Asset.width,
        Asset.height,
        Asset.alt_text,
        Asset.caption,
        Asset.credit,
    ).where(Asset.uuid.in_(sorted(uuids)) | Asset.id.in_(sorted(ids)))
    images: dict[str, SiteImage] = {}
    by_id: dict[int, str] = {}
    for row in query:
        data, mime = row.web, row.web_mime_type
        width, height = row.web_width, row.web_height
        if not data:  # no web version yet: the original, if browsers show it
            data = Asset.select(Asset.original).where(Asset.id == row.id).scalar()
            mime, width, height = row.mime_type, row.width, row.height
        image = image_from_bytes(
            row.uuid,
            bytes(data or b""),
            mime,
            alt=row.alt_text,
            caption=row.caption,
            credit=row.credit,
            width=width,
            height=height,
        )
        if image is not None:
            images[row.uuid] = image
            by_id[row.id] = row.uuid
    return images, by_id


#: What the export remembers of a published snapshot (revisions never change once written):
#: ``{revision uuid: [sha256 of the body, [asset uuids in the body]]}``.
RevisionFacts = dict[str, list[Any]]


def load_bodies(revision_ids: list[int]) -> dict[int, str]:
    """Bodies of the given revisions (only those an export needs to render)."""
    found: dict[int, str] = {}
    ids = sorted(set(revision_ids))
    for start in range(0, len(ids), 400):
        query = (
            Revision.select(Revision.id, Revision.body)
            .where(Revision.id.in_(ids[start : start + 400]))
            .tuples()
        )
        found.update(cast(Iterable[tuple[int, str]], query))
    return found


def load_body_openings(revision_ids: list[int], chars: int) -> dict[int, str]:
    """The first ``chars`` characters of the bodies of the given revisions (the search index
    needs only the opening of each text, so a large archive is not read whole)."""
    found: dict[int, str] = {}
    ids = sorted(set(revision_ids))
    for start in range(0, len(ids), 400):
        query = (
            Revision.select(Revision.id, fn.SUBSTR(Revision.body, 1, chars))
            .where(Revision.id.in_(ids[start : start + 400]))
            .tuples()
        )
        rows = cast(Iterable[tuple[int, str | None]], query)
        found.update((row_id, text or "") for row_id, text in rows)
    return found


def snapshot_facts(body: str) -> tuple[str, list[str]]:
    """What an export needs to know of a snapshot's body: its sha256 and the images it shows."""
    uuids = ASSET_REFERENCE.findall(body) if "asset:" in body else ()  # a scan costs ~25 µs
    return hashlib.sha256(body.encode("utf-8")).hexdigest(), sorted({u.lower() for u in uuids})


def _facts(body: str) -> list[Any]:
    return list(snapshot_facts(body))


def _live(now: _dt.datetime) -> Expression:
    return (
        (Article.status == Status.PUBLISHED)
        & Article.deleted_at.is_null(True)
        & Article.published_revision.is_null(False)
        & (Article.publish_at.is_null(True) | (Article.publish_at <= now))
    )


def count_live_articles(now: _dt.datetime | None = None) -> int:
    return Article.select().where(_live(now or utcnow())).count()


def _unique_terms(wanted: dict[str, tuple[str, str]], fallback: str) -> dict[str, Term]:
    """``{key: Term}`` for ``{key: (name, wanted slug)}``, each with its own file name (two
    slugs may make the same safe segment, see :func:`unique_segments`). A slug that is safe as
    it is keeps it; the order is the terms' own, not the articles', so it is the same at every
    export of the same terms."""

    def order(item: tuple[str, tuple[str, str]]) -> tuple[bool, str, str]:
        key, (_, slug) = item
        return safe_segment(slug, fallback) != slug, slug, key

    slugs = unique_segments([(key, slug) for key, (_, slug) in sorted(wanted.items(), key=order)], fallback)
    return {key: Term(name, slugs[key]) for key, (name, _) in wanted.items()}


def _site_terms(category_names: set[str], tag_lists: set[str]) -> tuple[dict[str, Term], dict[str, Term]]:
    """The categories (by name) and tags (by lower-case name) of the live articles, with the
    file names of their pages (``kategori/SLUG.html``, ``tag/SLUG.html``)."""
    categories = {c.name: c.slug for c in Category.select(Category.name, Category.slug)}
    known_tags = {t.name.lower(): (t.name, t.slug) for t in Tag.select(Tag.name, Tag.slug)}
    tags: dict[str, tuple[str, str]] = {}
    for raw in sorted({raw.strip() for text in tag_lists for raw in text.split(",")} - {""}):
        key = raw.lower()
        if key not in tags:  # a tag not in the list of tags: its first spelling names it
            tags[key] = known_tags.get(key) or (raw, make_slug(raw))
    return (
        _unique_terms(
            {name: (name, categories.get(name) or make_slug(name)) for name in category_names}, "kategori"
        ),
        _unique_terms(tags, "tag"),
    )


#: The fixed columns of :func:`live_articles`' query, in order; the text fields of the published
#: revision (``ROW_TEXT_FIELDS``) follow them, as many as there are.
_LiveRow = tuple[
    int,  # Article.id
    str,  # Article.uuid
    _dt.datetime | None,  # Article.published_at
    str | None,  # Person.name (the author)
    int,  # Revision.id
    str,  # Revision.uuid
    str,  # Revision.slug
    str,  # Revision.category_name
    str,  # Revision.tags
    int | None,  # Revision.featured_image
    _dt.datetime,  # Revision.created_at
    str,  # Revision.image_words
    *tuple[str, ...],  # Revision.<name> for each name of ROW_TEXT_FIELDS
]
#: An article on its way to a :class:`SiteArticle`, sortable by (published, id).
_Live = tuple[
    _dt.datetime,  # published
    int,  # article id
    _LiveRow,  # the row
    str | None,  # body (None: not read)
    list[Any],  # facts: [body sha256, [asset uuids]]
]


_PEEWEE_DATETIME = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{6})?")


def _datetime(value: Any) -> Any:
    """A DATETIME column's value as peewee reads it (SQLite keeps text): the text peewee
    writes is parsed at C speed; anything else as peewee's ``DateTimeField`` reads it."""
    if isinstance(value, str):
        if _PEEWEE_DATETIME.fullmatch(value):
            return _dt.datetime.fromisoformat(value)
        return Article.published_at.python_value(value)
    return value


def _raw_rows(query: Any) -> list[_LiveRow]:
    """The live articles' rows straight from the database cursor (peewee's conversion of
    every value costs more than the query on a large archive): the two datetimes parsed here,
    the other columns (text, integers) are as the driver gives them."""
    cursor = Article._meta.database.execute(query)
    rows = []
    for row in cursor.fetchall():
        row = list(row)
        row[2], row[10] = _datetime(row[2]), _datetime(row[10])
        rows.append(tuple(row))
    return cast(list[_LiveRow], rows)


def live_articles(
    now: _dt.datetime | None = None,
    known: RevisionFacts | None = None,
) -> tuple[list[SiteArticle], dict[str, SiteImage], RevisionFacts]:
    """Live articles, newest first, the images they use, and the facts of their snapshots.

    Bodies are read only for snapshots not in ``known`` (the previous export's facts) nor in the
    database's ``revision_facts`` (kept by the first export of each snapshot), so an export of a
    large archive does not read every article again.
    """
    now = now or utcnow()
    known = known or {}
    # Plain tuples, not peewee's dict or named rows: this runs over every live article on each
    # export.
    query = (
        Article.select(
            Article.id,
            Article.uuid,
            Article.published_at,
            Person.name,
            Revision.id,
            Revision.uuid,
            Revision.slug,
            Revision.category_name,
            Revision.tags,
            Revision.featured_image,
            Revision.created_at,
            Revision.image_words,
            *(getattr(Revision, name) for name in ROW_TEXT_FIELDS),
            Article.release_number,
        )
        .join(
            Revision, on=((Revision.article == Article.id) & (Revision.number == Article.published_revision))
        )
        .switch(Article)
        .join(Person, JOIN.LEFT_OUTER, on=(Article.author == Person.id))
        .where(_live(now))
    )
    rows = _raw_rows(query)
    not_known = [r[5] for r in rows if r[5] not in known]
    if not_known:  # the facts kept in the database when a snapshot was first exported
        stored = render_cache.fetch_facts(not_known)
        known = {**known, **{uuid: [sha, assets] for uuid, (sha, assets) in stored.items()}}
    unknown = [r[4] for r in rows if r[5] not in known]
    bodies = load_bodies(unknown) if unknown else {}
    facts: RevisionFacts = {}
    fresh: dict[str, tuple[str, list[str]]] = {}
    live: list[_Live] = []
    for row in rows:
        revision_uuid = row[5]
        body = bodies.get(row[4])
        fact = known.get(revision_uuid)
        if body is not None or not fact:
            fact = _facts(body or "")
        facts[revision_uuid] = fact
        if body is not None:
            fresh[revision_uuid] = (fact[0], fact[1])
        live.append((row[2] or row[10], row[0], row, body, fact))
    if fresh:
        with contextlib.suppress(DatabaseError):  # read-only or locked: the next export reads
            render_cache.store_facts(fresh)  # those bodies again, that is all
    live.sort(key=lambda r: (r[0], r[1]), reverse=True)
    slugs = unique_segments(sorted((r[1], r[2][6]) for r in live), "berita")
    category_terms, tag_terms = _site_terms(
        {r[2][7] for r in live if r[2][7]}, {r[2][8] for r in live if r[2][8]}
    )
    uuids = {u for r in live for u in r[4][1]}
    ids = {r[2][9] for r in live if r[2][9]}
    images, by_id = load_images(uuids, ids)
    tag_lists: dict[str, tuple[Term, ...]] = {}
    image_words: dict[str, Mapping[str, ImageWords] | None] = {}  # (most are the same: "{}")
    corrected = approved_corrections(r[1] for r in live)
    articles = []
    for published, article_id, row, body, fact in live:
        _, uuid, _, author, revision_id, _, _, category_name, tags, featured_image, revision_at, *rest = row
        words, texts, release_number = rest[0], rest[1:-1], rest[-1]
        category = category_terms[category_name] if category_name else None
        if words in image_words:
            kept = image_words[words]
        else:
            kept = image_words[words] = parse_image_words(words)
        featured = images.get(by_id.get(featured_image, "")) if featured_image is not None else None
        terms = tag_lists.get(tags or "")
        if terms is None:
            # in the order the writer typed them (older revisions: sorted by name), once each
            found = (tag_terms[raw.strip().lower()] for raw in (tags or "").split(",") if raw.strip())
            terms = tuple(dict.fromkeys(found))
            tag_lists[tags or ""] = terms
        articles.append(
            SiteArticle(
                id=article_id,
                uuid=uuid,
                slug=slugs[article_id],
                texts=dict(zip(ROW_TEXT_FIELDS, texts, strict=True)),
                body=body,
                body_sha256=fact[0],
                revision_id=revision_id,
                category=category,
                tags=terms,
                author=author or "",
                published_at=published,
                modified_at=max(revision_at, published),
                image=featured and _worded(featured, kept),
                image_uuids=tuple(fact[1]),
                image_words=kept,
                corrections=corrected.get(article_id, ()),
                release_number=release_number or "",
            )
        )
    return articles, images, facts
