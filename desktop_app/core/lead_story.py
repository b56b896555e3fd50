"""The lead story ("Berita Utama") and the WhatsApp message of an article.

An editor pins one live article as the lead story: the website's front page shows it first and
large, whatever its date. One at a time: pinning another unpins the first. Each pin and unpin is
a record of the audit trail (``pin_lead`` / ``unpin_lead``, signed by the editor), and the pin
itself is the ``lead_story`` row of the site settings table (the article's uuid). A pinned
article that leaves the website (unpublished, taken down, in the Trash) is simply not shown;
the pin stays until an editor changes it.

:func:`whatsapp_message` is what Article ▸ Share to WhatsApp copies for the office's groups: the
headline in WhatsApp's bold (``*...*``), the lead in two lines at most, and the link.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from peewee import Database

from db.models import Article, Revision, SiteSetting, utcnow
from desktop_app.core.errors import NotFound, PermissionDenied, ValidationError
from desktop_app.core.models import Role
from desktop_app.core.site_settings import load_site_settings
from desktop_app.core.status import Status

if TYPE_CHECKING:
    from desktop_app.core.auth import SignedIn

LEAD_STORY_KEY = "lead_story"
PIN = "pin_lead"
UNPIN = "unpin_lead"
#: About two lines of a phone's WhatsApp: the lead is cut (at a word) past this.
LEAD_CHARACTERS = 160


@dataclass(frozen=True)
class LeadStory:
    article_id: int
    title: str
    live: bool


def _live(article: Article, now: _dt.datetime) -> bool:
    return (
        article.status == Status.PUBLISHED
        and article.deleted_at is None
        and article.published_revision is not None
        and (article.publish_at is None or article.publish_at <= now)
    )


def lead_story_uuid() -> str:
    """The pinned article's uuid, or ``""`` (the website export reads it)."""
    row = SiteSetting.get_or_none(SiteSetting.key == LEAD_STORY_KEY)
    return row.value if row else ""


def lead_story(database: Database, now: _dt.datetime | None = None) -> LeadStory | None:
    """The pinned article (``live``: whether the website shows it now), or None."""
    uuid = lead_story_uuid()
    article = Article.get_or_none(Article.uuid == uuid) if uuid else None
    if article is None:
        return None
    return LeadStory(article.id, article.title, _live(article, now or utcnow()))


def _require_editor(actor: SignedIn, action: str) -> int:
    from desktop_app.core.auth import current_person

    person = current_person(actor)
    if person.role not in (Role.EDITOR, Role.ADMIN):
        raise PermissionDenied(person.role, action)
    return person.id


def pin(database: Database, article_id: int, actor: SignedIn, now: _dt.datetime | None = None) -> None:
    """Pin a live article as the lead story (an editor's or admin's act), unpinning the one
    before; raises :class:`ValidationError` (``not_live``) for an article not on the website."""
    now = now or utcnow()
    with database.atomic():
        person_id = _require_editor(actor, PIN)
        article = Article.get_or_none(Article.id == article_id)
        if article is None:
            raise NotFound("article", article_id)
        if not _live(article, now):
            raise ValidationError("not_live", "article")
        before = lead_story_uuid()
        if before == article.uuid:
            return
        if before:
            _unpin(before, person_id, actor, now)
        SiteSetting.insert(key=LEAD_STORY_KEY, value=article.uuid).on_conflict(
            conflict_target=[SiteSetting.key], update={SiteSetting.value: article.uuid}
        ).execute()
        _record(article, person_id, PIN, actor, now)


def unpin(database: Database, actor: SignedIn, now: _dt.datetime | None = None) -> None:
    """No lead story any more: the front page shows the newest article first again."""
    now = now or utcnow()
    with database.atomic():
        person_id = _require_editor(actor, UNPIN)
        before = lead_story_uuid()
        if before:
            _unpin(before, person_id, actor, now)
        SiteSetting.delete().where(SiteSetting.key == LEAD_STORY_KEY).execute()


def _record(article: Article, person_id: int, action: str, actor: SignedIn, now: _dt.datetime) -> None:
    """The signed audit record of a pin or unpin (the audit module, with the signing library,
    is loaded here only: the website export reads the pin and never signs)."""
    from desktop_app.core.audit import record_status_change

    record_status_change(
        article.id, article.status, article.status, person_id, action=action, now=now, signer=actor.signer
    )


def _unpin(uuid: str, person_id: int, actor: SignedIn, now: _dt.datetime) -> None:
    article = Article.get_or_none(Article.uuid == uuid)
    if article is not None:  # (one deleted for good has nothing left to record on)
        _record(article, person_id, UNPIN, actor, now)


def _short(text: str, limit: int) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0].rstrip(",;:–-")
    return cut + "…"


def whatsapp_message(database: Database, article_id: int, now: _dt.datetime | None = None) -> str:
    """The message for the office's WhatsApp groups: ``*Headline*``, the lead (two lines at
    most) and the article's address on the website. The article must be live
    (``not_live``) and the site must have a base URL (``no_base_url``)."""
    article = Article.get_or_none(Article.id == article_id)
    if article is None:
        raise NotFound("article", article_id)
    if not _live(article, now or utcnow()):
        raise ValidationError("not_live", "article")
    from desktop_app.core.export.paths import safe_segment  # (the export imports this module)

    base_url = load_site_settings(database).base_url
    if not base_url:
        raise ValidationError("no_base_url", "base_url")
    snapshot = Revision.get(
        (Revision.article == article.id) & (Revision.number == article.published_revision)
    )
    title = re.sub(r"\s+", " ", snapshot.title.replace("*", "")).strip()
    lines = [f"*{title}*"]
    if snapshot.summary.strip():
        lines.append(_short(snapshot.summary, LEAD_CHARACTERS))
    lines += ["", f"{base_url}berita/{safe_segment(snapshot.slug, 'berita')}.html"]
    return "\n".join(lines)
