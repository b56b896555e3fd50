"""Storing imported posts as articles: the one importer every source (a WordPress site, a WXR
file, a Markdown folder) hands its :class:`ImportedPost` values to.

For each post, in its own transaction:

* a post met before (its ``source_key`` is in ``import_source``) updates the article it became
  when it changed at the source (the SHA-256 of what was read differs), and is *unchanged*
  otherwise; an article edited in Redaksi since (another version), trashed or deleted for good
  is left alone and the post skipped, with the reason;
* WordPress HTML is made ready (:mod:`.wordpress_html`: block comments, shortcodes, paragraphs)
  and converted with the rich paste's converter, which sanitizes it (nh3: no script, no
  ``javascript:`` link survives); a Markdown body is kept as written (the one renderer sanitizes
  whatever it shows). Bodies larger than :data:`MAX_BODY_CHARS` are refused with a report line
  (measured: converting a megabyte of HTML takes about two seconds);
* images (the featured one and those in the body) are fetched with ``fetch_image``, checked and
  stored in the media library (deduplicated); one that cannot be fetched or is no usable
  picture stays a link to its address and is listed in the report, and the import goes on;
* the article gets the post's status and dates: *published* (live on the exported site with its
  original date), *scheduled* (published, going live at its date) or *draft*; a revision
  ``import`` and a status-change record with the action ``import``, signed with the importing
  editor's key like every other record;
* the author is the person of that name, or, for a name no person has, a new person record
  that cannot sign in (inactive, no password) and serves as the byline; categories and tags are
  made when missing.

Only editors and admins import (it publishes without review). No Qt here.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Sized
from dataclasses import dataclass, field
from typing import Any

from peewee import Database, DatabaseError, fn

from db.models import Article, ImportSource, Person, database_proxy, utcnow
from desktop_app.core.articles import TITLE_MAX_LENGTH, ArticleService
from desktop_app.core.audit import record_status_change
from desktop_app.core.auth import SignedIn, current_person
from desktop_app.core.errors import PermissionDenied, RedaksiError, ValidationError
from desktop_app.core.html_markdown import IMAGE_PLACEHOLDER, IMAGE_SCHEME, html_to_markdown
from desktop_app.core.imports import report as codes
from desktop_app.core.imports.keys import REDAKSI_PREFIX
from desktop_app.core.imports.posts import ImportedImage, ImportedPost
from desktop_app.core.imports.report import ImageProblem, ImportReport, ReportLine
from desktop_app.core.imports.wordpress_html import plain_text, prepare_wordpress_html
from desktop_app.core.media import AssetService
from desktop_app.core.media_images import PreparedImage, prepare_image
from desktop_app.core.models import ArticleChanges, PersonEventKind, Role
from desktop_app.core.people_rules import record_event
from desktop_app.core.snapshots import record_revision
from desktop_app.core.status import Status
from desktop_app.core.text import IMAGE_ALT

#: A post's body (HTML, or Markdown) longer than this is refused: converting it would take
#: longer than anyone waits, and no real article is that long (a long report is 100-300 kB).
MAX_BODY_CHARS = 2_000_000
#: What the action and revision of an import are called in the audit trail and History.
IMPORT_ACTION = "import"
#: The longest name a category, tag or person keeps.
NAME_MAX_LENGTH = 200

FetchImage = Callable[[str], bytes]
#: (posts done, posts in all or 0 when not known, title of the post being stored)
Progress = Callable[[int, int, str], None]

_MARKDOWN_IMAGE = re.compile(
    rf"!\[(?P<alt>{IMAGE_ALT})\]\(\s*<?(?P<url>[^)\s>]+)>?(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)"
)


def naive_utc(value: _dt.datetime) -> _dt.datetime:
    """A datetime as the database keeps it: naive UTC (a naive value is taken as UTC)."""
    if value.tzinfo is None:
        return value
    return value.astimezone(_dt.UTC).replace(tzinfo=None)


#: Source keys longer than this (in UTF-8 bytes) are kept as their SHA-256: an index entry of
#: PostgreSQL holds at most about 2,700 bytes.
KEY_MAX_BYTES = 500


def stored_key(source_key: str) -> str:
    """``source_key`` as ``import_source`` keeps it (a very long one by its SHA-256)."""
    raw = source_key.encode("utf-8")
    return source_key if len(raw) <= KEY_MAX_BYTES else "sha256:" + hashlib.sha256(raw).hexdigest()


def post_digest(post: ImportedPost) -> str:
    """SHA-256 of everything read of ``post``: a post whose digest is unchanged is not stored
    again."""

    def plain(value: Any) -> Any:
        if isinstance(value, _dt.datetime):
            return naive_utc(value).isoformat()
        if isinstance(value, dict):
            return {k: plain(v) for k, v in sorted(value.items())}
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        return value

    data = plain(dataclasses.asdict(post))
    data.pop("origin", None)
    return hashlib.sha256(json.dumps(data, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


@dataclass
class _ImageRef:
    """An image of a post: where it is (``urls``: the larger copy first), its words."""

    urls: list[str]
    alt: str = ""
    caption: str = ""
    credit: str = ""


@dataclass
class _Converted:
    markdown: str
    images: dict[int, _ImageRef] = field(default_factory=dict)
    embedded: dict[int, bytes] = field(default_factory=dict)
    notes: list[tuple[str, str]] = field(default_factory=list)


def convert_post(post: ImportedPost) -> _Converted:
    """The post's body as Markdown whose images stand in as ``redaksi-image:N`` (see
    :data:`~desktop_app.core.html_markdown.IMAGE_PLACEHOLDER`), with what to fetch for them."""
    if post.html is not None:
        prepared = prepare_wordpress_html(post.html)
        conversion = html_to_markdown(prepared.html, keep_linked_images=True)
        converted = _Converted(conversion.markdown)
        for linked in conversion.linked_images:
            full = prepared.full_size.get(linked.url)
            urls = [full, linked.url] if full and full != linked.url else [linked.url]
            converted.images[linked.index] = _ImageRef(
                urls, linked.alt, prepared.captions.get(linked.url, "")
            )
        for embedded in conversion.images:
            converted.embedded[embedded.index] = embedded.data
            converted.images[embedded.index] = _ImageRef([], embedded.alt)
        if prepared.shortcodes:
            converted.notes.append((codes.NOTE_SHORTCODES, ", ".join(prepared.shortcodes)))
        if prepared.galleries_dropped:
            converted.notes.append((codes.NOTE_GALLERY_DROPPED, str(prepared.galleries_dropped)))
        if conversion.flattened_tables:
            converted.notes.append((codes.NOTE_TABLES_FLATTENED, str(conversion.flattened_tables)))
        return converted
    markdown = post.markdown or ""
    converted = _Converted("")
    index = 0

    def stand_in(match: re.Match[str]) -> str:
        nonlocal index
        url = match.group("url")
        if url.startswith(("asset:", IMAGE_SCHEME + ":")):
            return match.group(0)
        index += 1
        alt = match.group("alt")
        converted.images[index] = _ImageRef([url], alt.replace("\\", ""))
        return f"![{alt}]({IMAGE_SCHEME}:{index})"

    converted.markdown = _MARKDOWN_IMAGE.sub(stand_in, markdown)
    return converted


class _Images:
    """The images of one import run: each address fetched and checked once."""

    def __init__(self, fetch: FetchImage | None) -> None:
        self.fetch = fetch
        self.done: dict[str, PreparedImage | tuple[str, str]] = {}

    def prepared(self, url: str) -> PreparedImage | tuple[str, str]:
        """The image at ``url`` ready for the library, or (problem code, detail)."""
        if url not in self.done:
            self.done[url] = self._get(url)
        return self.done[url]

    def _get(self, url: str) -> PreparedImage | tuple[str, str]:
        if self.fetch is None:
            return (codes.IMAGE_NOT_FETCHED, "")
        try:
            data = self.fetch(url)
        except ValidationError as exc:
            return (exc.code, exc.detail)
        except Exception as exc:  # noqa: BLE001 - any network or file error: the link stays
            return (codes.IMAGE_UNREACHABLE, str(exc) or type(exc).__name__)
        return self.from_bytes(data, url)

    @staticmethod
    def from_bytes(data: bytes, url: str) -> PreparedImage | tuple[str, str]:
        name = url.rstrip("/").rsplit("/", 1)[-1].split("?", 1)[0][:200] or "gambar"
        try:
            return prepare_image(data, name)
        except ValidationError as exc:
            return (exc.code, exc.detail)
        except Exception:  # noqa: BLE001 - Pillow on a cut-off picture: struct.error, OSError...
            return ("image_damaged", name)


def _fit(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class _Importer:
    def __init__(self, database: Database, actor: SignedIn, fetch: FetchImage | None) -> None:
        self.db = database
        self.actor = actor
        self.articles = ArticleService(database)
        self.assets = AssetService(database)
        self.images = _Images(fetch)
        self.report = ImportReport()
        self.people: dict[str, int] = {}

    # -- one post ----------------------------------------------------------------------------

    def run(self, post: ImportedPost) -> None:
        origin = post.origin or post.source_key
        title = post.title
        if post.html is not None:
            title = plain_text(title)
        line = ReportLine(origin, title)
        if not post.source_key:
            self.report.skipped.append(dataclasses.replace(line, code=codes.SKIP_NO_KEY))
            return
        body = post.html if post.html is not None else (post.markdown or "")
        if len(body) > MAX_BODY_CHARS:
            detail = str(len(body))
            self.report.skipped.append(dataclasses.replace(line, code=codes.SKIP_TOO_LARGE, detail=detail))
            return
        link = ImportSource.get_or_none(ImportSource.source_key == stored_key(post.source_key))
        own_uuid = (
            post.source_key[len(REDAKSI_PREFIX) :] if post.source_key.startswith(REDAKSI_PREFIX) else ""
        )
        if link is None and own_uuid:
            here = Article.get_or_none(Article.uuid == own_uuid)
            if here is not None:
                self.report.skipped.append(dataclasses.replace(line, article_id=here.id, code=codes.SKIP_OWN))
                return
        digest = post_digest(post)
        if link is not None:
            skip = self._left_alone(link, digest)
            if skip is not None:
                target = self.report.unchanged if skip == "unchanged" else self.report.skipped
                code = "" if skip == "unchanged" else skip
                target.append(dataclasses.replace(line, article_id=link.article_id, code=code))
                return
        converted = convert_post(post)
        notes: list[tuple[str, str]] = list(converted.notes)
        if not title.strip():
            title = (post.slug or "").replace("-", " ").strip().capitalize() or "—"
            notes.append((codes.NOTE_UNTITLED, ""))
        if len(title) > TITLE_MAX_LENGTH:
            title = _fit(title, TITLE_MAX_LENGTH)
            notes.append((codes.NOTE_TITLE_SHORTENED, str(TITLE_MAX_LENGTH)))
        line = dataclasses.replace(line, title=title)
        ready = self._fetch_images(converted, post.featured_image, origin)
        try:
            with self.db.atomic():
                article_id, created = self._store(post, title, converted, ready, link, digest, notes, origin)
        except PermissionDenied:
            raise  # the importer's key was replaced, or they lost the role: stop here
        except (RedaksiError, DatabaseError, ValueError) as exc:
            self.report.skipped.append(dataclasses.replace(line, code=codes.SKIP_FAILED, detail=str(exc)))
            return
        line = dataclasses.replace(line, article_id=article_id)
        (self.report.added if created else self.report.updated).append(line)
        for code, detail in notes:
            self.report.notes.append(dataclasses.replace(line, code=code, detail=detail))

    def _left_alone(self, link: ImportSource, digest: str) -> str | None:
        """Why a post met before is not stored again (None: store it)."""
        if link.article_id is None:
            return codes.SKIP_DELETED
        row = Article.get_or_none(Article.id == link.article_id)
        if row is None:
            return codes.SKIP_DELETED
        if row.deleted_at is not None:
            return codes.SKIP_IN_TRASH
        if link.content_sha256 == digest:
            return "unchanged"
        if link.article_version is not None and row.version != link.article_version:
            return codes.SKIP_EDITED
        return None

    # -- images --------------------------------------------------------------------------------

    def _fetch_images(
        self, converted: _Converted, featured: ImportedImage | None, origin: str
    ) -> dict[int | str, PreparedImage]:
        """The post's images ready for the library (outside the transaction: fetching is slow);
        the others are listed as problems. Key ``"featured"``: the featured image."""
        ready: dict[int | str, PreparedImage] = {}
        wanted: list[tuple[int | str, _ImageRef]] = list(converted.images.items())
        if featured is not None and featured.url:
            wanted.append(
                ("featured", _ImageRef([featured.url], featured.alt, featured.caption, featured.credit))
            )
        for key, ref in wanted:
            if isinstance(key, int) and key in converted.embedded:
                result = _Images.from_bytes(converted.embedded[key], f"gambar-{key}")
            else:
                result = ("", "")
                for url in ref.urls:
                    result = self.images.prepared(url)
                    if isinstance(result, PreparedImage):
                        break
            if isinstance(result, PreparedImage):
                ready[key] = result
            elif result[0] != codes.IMAGE_NOT_FETCHED or ref.urls:
                url = ref.urls[-1] if ref.urls else f"data:{key}"
                self.report.image_problems.append(ImageProblem(origin, url, result[0], result[1]))
        return ready

    def _store_image(self, prepared: PreparedImage, ref: _ImageRef) -> str:
        stored = self.assets.add_prepared(prepared)
        asset = stored.asset
        if stored.created:
            self.report.images_added += 1
        else:
            self.report.images_reused += 1
        alt = asset.alt_text or _fit(ref.alt or ref.caption, 1000)
        caption = asset.caption or _fit(ref.caption, 2000)
        credit = asset.credit or _fit(ref.credit, 255)
        if (alt, caption, credit) != (asset.alt_text, asset.caption, asset.credit):
            asset = self.assets.update_metadata(asset.id, alt_text=alt, caption=caption, credit=credit)
        return asset.uuid

    def _body(self, converted: _Converted, ready: dict[int | str, PreparedImage]) -> str:
        sources: dict[int, str] = {}
        for index, ref in converted.images.items():
            prepared = ready.get(index)
            if prepared is not None:
                sources[index] = "asset:" + self._store_image(prepared, ref)

        def replace(match: re.Match[str]) -> str:
            index = int(match.group("index"))
            alt = match.group("alt")
            if index in sources:
                return f"![{alt}]({sources[index]})"
            ref = converted.images.get(index)
            if ref is None or not ref.urls:
                return alt
            url = ref.urls[-1]
            words = alt or url.rstrip("/").rsplit("/", 1)[-1]
            kept = f"[{words}]({url})"
            return kept + (f"\n\n*{ref.caption}*" if ref.caption else "")

        return IMAGE_PLACEHOLDER.sub(replace, converted.markdown)

    # -- people and the article ----------------------------------------------------------------

    def _author(self, name: str | None, notes: list[tuple[str, str]]) -> int | None:
        name = " ".join((name or "").split())
        if not name:
            return None
        if len(name) > NAME_MAX_LENGTH:
            name = _fit(name, NAME_MAX_LENGTH)
            notes.append((codes.NOTE_NAME_SHORTENED, name))
        key = name.casefold()
        if key in self.people:
            return self.people[key]
        row = (
            Person.select(Person.id).where(fn.LOWER(Person.name) == name.lower()).order_by(Person.id).first()
        )
        if row is None:
            # a byline, not an account: inactive and without a password, nobody signs in as it
            row = Person.create(name=name, role=Role.WRITER, active=False, password_hash="")
            record_event(PersonEventKind.CREATED, row, self.actor.person_id, new_value=Role.WRITER)
        self.people[key] = int(row.id)
        return int(row.id)

    def _store(
        self,
        post: ImportedPost,
        title: str,
        converted: _Converted,
        ready: dict[int | str, PreparedImage],
        link: ImportSource | None,
        digest: str,
        notes: list[tuple[str, str]],
        origin: str,
    ) -> tuple[int, bool]:
        actor_id = current_person(self.actor).id
        body = self._body(converted, ready)
        featured_id = None
        if "featured" in ready and post.featured_image is not None:
            image = post.featured_image
            uuid = self._store_image(
                ready["featured"], _ImageRef([image.url], image.alt, image.caption, image.credit)
            )
            asset = self.assets.get_by_uuid(uuid)
            featured_id = asset.id if asset is not None else None
        date = naive_utc(post.date)
        summary = plain_text(post.summary) if post.html is not None else " ".join(post.summary.split())
        category = _fit(post.category, NAME_MAX_LENGTH) if post.category and post.category.strip() else None
        tags = [_fit(tag, NAME_MAX_LENGTH) for tag in post.tags if tag.strip()]
        if (category and category != post.category.strip()) or any(  # type: ignore[union-attr]
            len(" ".join(t.split())) > NAME_MAX_LENGTH for t in post.tags
        ):
            notes.append((codes.NOTE_NAME_SHORTENED, ""))
        changes = ArticleChanges(
            title=title,
            body=body,
            summary=summary,
            category=category,
            tags=tags,
            slug=post.slug or None,
            author_id=self._author(post.author_name, notes),
            featured_image_id=featured_id,
            publish_at=date if post.status == "scheduled" else None,
        )
        created = link is None
        if link is None:
            article = self.articles.create(changes, actor=self.actor)
            if post.source_key.startswith(REDAKSI_PREFIX):  # (checked free in run())
                Article.update(uuid=post.source_key[len(REDAKSI_PREFIX) :]).where(
                    Article.id == article.id
                ).execute()
                article = self.articles.get(article.id)
        else:
            assert link.article_id is not None
            current = self.articles.get(link.article_id)
            if changes.author_id is None:
                changes.author_id = current.author_id
            article = self.articles.save(current.id, changes, current.version, actor=self.actor)
        before = Article.get_by_id(article.id)
        from_status = before.status
        to_status = Status.DRAFT if post.status == "draft" else Status.PUBLISHED
        fields: dict[str, Any] = {
            "status": to_status,
            "created_at": date if created else before.created_at,
            # (never in the future: a scheduled post was last changed before now)
            "updated_at": min(naive_utc(post.modified) if post.modified is not None else date, utcnow()),
        }
        if to_status == Status.PUBLISHED:
            fields.update(publish_at=date if post.status == "scheduled" else None, published_at=date)
        else:
            fields.update(publish_at=None, published_at=None, published_revision=None)
        Article.update(**fields).where(Article.id == article.id).execute()
        now = utcnow()
        number = record_revision(article.id, IMPORT_ACTION, actor_id, note=origin, now=now)
        if to_status == Status.PUBLISHED:
            Article.update(published_revision=number).where(Article.id == article.id).execute()
        record_status_change(
            article.id,
            from_status,
            to_status,
            actor_id,
            action=IMPORT_ACTION,
            revision=number,
            note=origin[:1000],
            now=now,
            signer=self.actor.signer,
        )
        Article.update(version=Article.version + 1).where(Article.id == article.id).execute()
        version = Article.select(Article.version).where(Article.id == article.id).scalar()
        values = {
            "article": article.id,
            "article_uuid": article.uuid,
            "source_modified": naive_utc(post.modified) if post.modified is not None else None,
            "revision": number,
            "status": to_status,
            "article_version": version,
            "content_sha256": digest,
            "imported_at": now,
        }
        if link is None:
            ImportSource.create(source_key=stored_key(post.source_key), **values)
        else:
            ImportSource.update(**values).where(ImportSource.id == link.id).execute()
        return article.id, created


def check_may_import(actor: SignedIn) -> None:
    """Raise :class:`PermissionDenied` (action ``import``) unless ``actor`` is an editor or an
    admin now: an import publishes without review."""
    person = current_person(actor)
    if person.role not in (Role.EDITOR, Role.ADMIN):
        raise PermissionDenied(person.role, IMPORT_ACTION)


def import_posts(
    posts: Iterable[ImportedPost],
    *,
    actor: SignedIn,
    fetch_image: FetchImage | None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    database: Database | None = None,
) -> ImportReport:
    """Store ``posts`` as articles (see the module's description) and say what happened.

    ``fetch_image(url)`` returns an image's bytes (raising anything when it cannot: the image
    stays a link); None: no image is fetched. ``progress(done, total, title)`` is called before
    each post (``total`` 0 when ``posts`` has no length); ``cancelled()`` is asked between posts:
    what was stored stays, the report says where it stopped."""
    check_may_import(actor)
    importer = _Importer(database or database_proxy.obj, actor, fetch_image)
    total = len(posts) if isinstance(posts, Sized) else 0
    for done, post in enumerate(posts):
        if cancelled is not None and cancelled():
            importer.report.cancelled = True
            break
        if progress is not None:
            progress(done, total, post.title)
        importer.run(post)
    return importer.report
