"""The printable approval sheet of one article: what it shows, assembled without Qt.

**What is printed.** One revision of the article, never the live editor text:

* an approved or published (or scheduled) article prints the text an editor signed off: the
  published revision of a published article, else the newest sign-off revision (approve,
  publish, schedule, publish changes). When the article was edited since, the sheet says so.
* any other article (draft, in review, changes requested, archived) prints its newest revision
  (every save records one) and is a *draft*: the page is marked "DRAF".

**The hash.** :attr:`ApprovalSheet.sha256` is :func:`desktop_app.core.audit.content_digest` of
that revision: the SHA-256 of the canonical JSON of its :data:`~desktop_app.core.audit.CONTENT_FIELDS`
(title, lead, body, dateline, slug, category, tags, featured image and the images' words). It is
the very digest the workflow's signed status change carries (``content_sha256``), so ``redaksi
verify`` and the paper name the same text. The sheet prints its first 12 hex digits.

**The QR code** holds :func:`qr_payload`: ``redaksi:article=<id>;rev=<number>;sha256=<64 hex>``.

**Signatures.** The writer (the article's author; dated by their last submission), the editor
(who last reviewed it: approved or requested changes) and the approving official (who signed the
printed revision off; blank on a draft: that is what the paper is for). A name or date the audit
trail does not know is left blank for the pen.

The rendering to a page (Qt) is :mod:`desktop_app.ui.approval_sheet`.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import cast

from peewee import JOIN, Database

from db.models import Article, Asset, Person, Revision, StatusChange, utcnow
from desktop_app.core.articles import ArticleService
from desktop_app.core.audit import content_digest
from desktop_app.core.errors import NotFound
from desktop_app.core.models import ArticleKind, text_fields
from desktop_app.core.press_releases import release_block
from desktop_app.core.rendering import ImageInfo, render_body, resolve_images
from desktop_app.core.site_settings import load_site_settings, logo_file
from desktop_app.core.snapshots import (
    ASSET_REFERENCE,
    SIGN_OFF_REASONS,
    changed_since_approval,
    changed_since_publication,
    parse_image_words,
)
from desktop_app.core.status import Status
from desktop_app.core.workflow import display_status

QR_PREFIX = "redaksi:"
#: Statuses whose sheet is a record of approval; every other one prints as a draft.
SIGNED_OFF_STATUSES = (Status.APPROVED, Status.PUBLISHED)
#: The actions of the status changes that signed a text off (a correction's approval records the
#: revision reason "corrected": see ``desktop_app.core.workflow.REVISION_REASONS``).
SIGN_OFF_ACTIONS = (*SIGN_OFF_REASONS, "approve_correction")
#: The scheme of an image's name inside the sheet's HTML (the renderer supplies the bytes).
IMAGE_SCHEME = "sheet-image"
SHORT_HASH_LENGTH = 12
#: The biggest logo file read (a logo is a few kilobytes; a wrong file is not loaded whole).
LOGO_MAX_BYTES = 5 * 1024 * 1024

REVIEW_ACTIONS = ("approve", "request_changes")
SUBMIT_ACTIONS = ("submit", "resubmit")


def qr_payload(article_id: int, revision: int, sha256: str) -> str:
    """The QR code's text: ``redaksi:article=12;rev=4;sha256=<64 hex digits>``."""
    return f"{QR_PREFIX}article={article_id};rev={revision};sha256={sha256}"


def parse_qr_payload(text: str) -> tuple[int, int, str] | None:
    """(article id, revision, sha256) of a :func:`qr_payload`, or None."""
    if not text.startswith(QR_PREFIX):
        return None
    parts = dict(item.partition("=")[::2] for item in text[len(QR_PREFIX) :].split(";"))
    try:
        return int(parts["article"]), int(parts["rev"]), parts["sha256"]
    except (KeyError, ValueError):
        return None


@dataclass(frozen=True)
class Signatory:
    """One signature line: ``role`` is ``writer``, ``editor`` or ``approver``; the name and the
    date are empty/None where the audit trail does not know them."""

    role: str
    name: str = ""
    when: _dt.datetime | None = None


@dataclass(frozen=True)
class SheetImage:
    """An image the sheet shows: ``name`` is how the HTML refers to it."""

    name: str
    data: bytes = field(repr=False)
    width: int = 0
    height: int = 0


@dataclass(frozen=True)
class PrintedRelease:
    number: str
    official: str  # "name, title"
    contact: str  # "name, title"
    phone: str
    email: str


@dataclass(frozen=True)
class ApprovalSheet:
    article_id: int
    article_uuid: str
    office: str
    office_description: str
    logo: bytes | None
    title: str
    summary: str
    dateline: str
    #: The body as the website shows it (the one renderer), images named ``sheet-image:UUID``.
    body_html: str
    featured_html: str
    images: tuple[SheetImage, ...]
    author: str
    category: str
    tags: tuple[str, ...]
    status: str  # a display status (``scheduled`` for a published article not yet live)
    revision: int
    revision_time: _dt.datetime
    sha256: str
    draft: bool
    #: Edited after the printed revision was signed off (the sheet shows the signed-off text).
    edited_since: bool
    signatories: tuple[Signatory, ...]
    printed_at: _dt.datetime
    #: A press release: its number (``""`` until approved) and the printed revision's official
    #: and contact lines; None for other articles.
    release: PrintedRelease | None = None

    @property
    def short_hash(self) -> str:
        return self.sha256[:SHORT_HASH_LENGTH]

    @property
    def qr_text(self) -> str:
        return qr_payload(self.article_id, self.revision, self.sha256)

    def signatory(self, role: str) -> Signatory:
        return next(s for s in self.signatories if s.role == role)

    @property
    def approver(self) -> str:
        """Who signed the printed text off ("" on a draft)."""
        return "" if self.draft else self.signatory("approver").name


def _printed_revision(article: Article) -> Revision:
    rows = Revision.select().where(Revision.article == article.id)
    row: Revision | None = None
    if article.status == Status.PUBLISHED and article.published_revision is not None:
        row = rows.where(Revision.number == article.published_revision).first()
    elif article.status in SIGNED_OFF_STATUSES:
        row = rows.where(Revision.reason.in_(SIGN_OFF_REASONS)).order_by(Revision.number.desc()).first()
    if row is None:
        row = rows.order_by(Revision.number.desc()).first()
    if row is None:
        raise NotFound("revision", f"{article.id}")
    return row


def _records(article_id: int) -> list[tuple[str, int | None, str, _dt.datetime]]:
    """(action, revision, actor's name, when) of the article's status changes, oldest first."""
    query = (
        StatusChange.select(StatusChange.action, StatusChange.revision, Person.name, StatusChange.created_at)
        .join(Person, JOIN.LEFT_OUTER, on=(StatusChange.actor == Person.id))
        .where((StatusChange.article == article_id) & (StatusChange.refused == False))  # noqa: E712
        .order_by(StatusChange.created_at, StatusChange.id)
        .tuples()
    )
    return [
        (action or "", revision, name or "", when)
        for action, revision, name, when in cast(
            Iterable[tuple[str, int | None, str | None, _dt.datetime]], query
        )
    ]


def _signatories(author: str, draft: bool, revision: int, article_id: int) -> tuple[Signatory, ...]:
    records = _records(article_id)

    def last(actions: tuple[str, ...], number: int | None = None) -> Signatory | None:
        for action, rev, name, when in reversed(records):
            if action in actions and (number is None or rev == number):
                return Signatory("", name, when)
        return None

    submitted = last(SUBMIT_ACTIONS)
    writer = Signatory("writer", author, submitted.when if submitted else None)
    reviewed = last(REVIEW_ACTIONS)
    approver = Signatory("approver")
    if not draft:
        signed = last(SIGN_OFF_ACTIONS, revision) or last(SIGN_OFF_ACTIONS)
        if signed is not None:
            approver = Signatory("approver", signed.name, signed.when)
        reviewed = reviewed or signed
    editor = Signatory("editor", reviewed.name, reviewed.when) if reviewed else Signatory("editor")
    return (writer, editor, approver)


def _image(uuid: str, words: dict[str, tuple[str, str, str]] | None) -> tuple[ImageInfo, SheetImage] | None:
    row: Asset | None = Asset.get_or_none(Asset.uuid == uuid.lower())
    if row is None:
        return None
    alt, caption, credit = (words or {}).get(row.uuid, (row.alt_text, row.caption, row.credit))
    data = bytes(row.web or row.original or b"")
    width, height = (row.web_width, row.web_height) if row.web else (row.width, row.height)
    name = f"{IMAGE_SCHEME}:{row.uuid}"
    info = ImageInfo(url=name, caption=caption, credit=credit, width=width or 0, height=height or 0, alt=alt)
    return info, SheetImage(name, data, width or 0, height or 0)


def _read_logo(setting: str) -> bytes | None:
    file = logo_file(setting)
    if file is None:
        return None
    try:
        if not file.is_file() or file.stat().st_size > LOGO_MAX_BYTES:
            return None
        return file.read_bytes()
    except OSError:
        return None


def build_sheet(database: Database, article_id: int, *, now: _dt.datetime | None = None) -> ApprovalSheet:
    """The approval sheet of the article (see the module's description); its words and dates
    in a language are the renderer's."""
    article = Article.get_or_none(Article.id == article_id)
    if article is None:
        raise NotFound("article", article_id)
    data = ArticleService(database).get(article_id)
    settings = load_site_settings(database)
    row = _printed_revision(article)
    draft = article.status not in SIGNED_OFF_STATUSES
    edited_since = changed_since_publication(article_id) or changed_since_approval(article_id)
    words = parse_image_words(row.image_words)
    images: dict[str, SheetImage] = {}
    infos: dict[str, ImageInfo | None] = {}

    def resolve(uuid: str) -> ImageInfo | None:
        key = uuid.lower()
        if key not in infos:
            found = _image(key, words)
            infos[key] = found[0] if found else None
            if found:
                images[found[1].name] = found[1]
        return infos[key]

    body_html = resolve_images(render_body(row.body or ""), resolve)
    featured_html = ""
    if row.featured_image is not None:
        uuid = Asset.select(Asset.uuid).where(Asset.id == row.featured_image).scalar()
        if uuid and uuid.lower() not in {u.lower() for u in ASSET_REFERENCE.findall(row.body or "")}:
            featured_html = resolve_images(f'<p><img src="asset:{uuid}" alt=""></p>', resolve)
    return ApprovalSheet(
        article_id=article.id,
        article_uuid=article.uuid,
        office=settings.title,
        office_description=settings.description,
        logo=_read_logo(settings.logo),
        title=row.title,
        summary=row.summary,
        dateline=row.dateline,
        body_html=body_html,
        featured_html=featured_html,
        images=tuple(images.values()),
        author=data.author or "",
        category=row.category_name or "",
        tags=tuple(t for t in (row.tags or "").split(",") if t),
        status=display_status(article.status, article.publish_at, now),
        revision=row.number,
        revision_time=row.created_at,
        sha256=content_digest(row),
        draft=draft,
        edited_since=edited_since,
        signatories=_signatories(data.author or "", draft, row.number, article.id),
        printed_at=now or utcnow(),
        release=_printed_release(article, row),
    )


def _printed_release(article: Article, row: Revision) -> PrintedRelease | None:
    if article.kind != ArticleKind.PRESS_RELEASE:
        return None
    block = release_block(article.release_number or "-", text_fields(row)) or {}
    return PrintedRelease(
        number=article.release_number,
        official=block.get("official", ""),
        contact=block.get("contact", ""),
        phone=block.get("phone", ""),
        email=block.get("email", ""),
    )
