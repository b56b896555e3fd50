"""Public corrections ("Ralat") and takedowns ("Tarik berita") of published articles.

A government office is accountable for what it published, so a LIVE article (see the website
contract in :mod:`desktop_app.core.workflow`) never changes or disappears without a public trace:

* **Correction.** ``correct`` (writers, editors, admins) proposes the edited text with a public
  note: a revision is recorded and a pending :class:`~db.models.Correction` made; the website keeps
  the old text. ``approve_correction`` (editors) passes the publication checks, freezes the current
  text as the new published revision and marks the correction approved; the exported page then
  shows every approved correction, newest first ("Ralat, 5 Desember 2026: …"), the feeds update
  the entry and JSON-LD lists it as ``correction``. ``reject_correction`` (editors, with a note)
  closes it; the edited text stays as the working copy, to be corrected again or reverted. One
  pending correction per article. Every published version stays in the History.
* **Takedown.** ``takedown`` (editors, with a public note) moves a live article to the stored
  status ``withdrawn`` and keeps a :class:`~db.models.Takedown` row (slug, title, note, first
  publication, who and when). The export writes a withdrawal page at the old address for every
  takedown whose article is not live again, and the sitemap, lists and feeds drop it.
  Re-publishing needs approval: ``reopen`` (withdrawn → draft), then submit, approve, publish.

What the other actions do with a live article (decided here, enforced by the workflow):

* ``publish_changes`` is refused (``correction_required``): a change to a live text is a
  correction. It remains for a *scheduled* article not yet live: its text is not public, so
  updating it is no correction.
* ``unpublish`` and ``archive`` are refused (``takedown_required``): both would take the article
  off the website without a trace. A scheduled article not yet live can still be unpublished or
  archived; a withdrawn article can be archived (its withdrawal page stays).

Every step is a signed status change (``published → published`` for the correction's actions,
``published → withdrawn`` for a takedown) with its action and note, so the audit trail keeps who
and why. The functions named ``on_*`` run inside the workflow's transaction; nothing here
imports the workflow.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from peewee import JOIN, Database

from db.models import Article, Correction, Person, Revision, Takedown, utcnow
from desktop_app.core.status import Status

PENDING = "pending"
APPROVED = "approved"
REJECTED = "rejected"


@dataclass(frozen=True)
class CorrectionData:
    """One correction of an article, as History and the dialogs show it."""

    id: int
    uuid: str
    article_id: int | None
    note: str  # the public note
    state: str  # pending / approved / rejected
    proposed_by: str | None
    proposed_at: _dt.datetime
    proposed_revision: int | None
    decided_by: str | None
    decided_at: _dt.datetime | None
    decision_note: str
    published_revision: int | None


@dataclass(frozen=True)
class PublicCorrection:
    """What the website shows of an approved correction."""

    note: str
    approved_at: _dt.datetime
    approver: str


@dataclass(frozen=True)
class TakedownData:
    """A takedown as the History and the website's withdrawal page show it."""

    id: int
    uuid: str
    article_id: int | None
    article_uuid: str
    slug: str
    title: str
    note: str
    published_at: _dt.datetime | None
    withdrawn_at: _dt.datetime
    actor: str | None


def _correction(row: Correction, names: dict[int, str]) -> CorrectionData:
    return CorrectionData(
        row.id,
        row.uuid,
        row.article_id,
        row.note,
        row.state,
        names.get(row.proposed_by_id) if row.proposed_by_id else None,
        row.proposed_at,
        row.proposed_revision,
        names.get(row.decided_by_id) if row.decided_by_id else None,
        row.decided_at,
        row.decision_note,
        row.published_revision,
    )


def _names(ids: Iterable[int | None]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    return {p.id: p.name for p in Person.select(Person.id, Person.name).where(Person.id.in_(wanted))}


def corrections_of(article_id: int) -> list[CorrectionData]:
    """Every correction of the article, newest first."""
    rows = list(
        Correction.select()
        .where(Correction.article == article_id)
        .order_by(Correction.proposed_at.desc(), Correction.id.desc())
    )
    names = _names(i for r in rows for i in (r.proposed_by_id, r.decided_by_id))
    return [_correction(r, names) for r in rows]


def pending_correction(article_id: int) -> CorrectionData | None:
    """The article's correction waiting for approval, if any."""
    row = Correction.get_or_none((Correction.article == article_id) & (Correction.state == PENDING))
    if row is None:
        return None
    return _correction(row, _names((row.proposed_by_id, row.decided_by_id)))


def approved_corrections(article_ids: Iterable[int]) -> dict[int, tuple[PublicCorrection, ...]]:
    """``{article id: its approved corrections, newest first}`` (articles without any are left
    out): what the website shows. For many articles (the export asks for every live one) all
    approved corrections are read and the others' left: there are few, and thousands of ids
    would make a query of thousands of parameters."""
    wanted = set(article_ids)
    found: dict[int, list[PublicCorrection]] = {}
    which = Correction.state == APPROVED
    if len(wanted) <= 100:
        which &= Correction.article.in_(sorted(wanted))
    query = (
        Correction.select(Correction.article, Correction.note, Correction.decided_at, Person.name)
        .join(Person, JOIN.LEFT_OUTER, on=(Correction.decided_by == Person.id))
        .where(which)
        .order_by(Correction.decided_at.desc(), Correction.id.desc())
        .tuples()
    )
    for article_id, note, decided_at, name in cast(Iterable[tuple[int, str, Any, str | None]], query):
        if article_id in wanted:
            found.setdefault(article_id, []).append(
                PublicCorrection(note, Article.published_at.python_value(decided_at), name or "")
            )
    return {key: tuple(value) for key, value in found.items()}


# -- the workflow's steps (inside its transaction) ------------------------------------------


def on_correct(article_id: int, note: str, person_id: int, revision: int, now: _dt.datetime) -> None:
    Correction.create(
        article=article_id,
        article_uuid=Article.get_by_id(article_id).uuid,
        note=note,
        state=PENDING,
        proposed_by=person_id,
        proposed_at=now,
        proposed_revision=revision,
    )


def on_approve_correction(article_id: int, person_id: int, revision: int, now: _dt.datetime) -> None:
    Correction.update(
        state=APPROVED, decided_by=person_id, decided_at=now, published_revision=revision
    ).where((Correction.article == article_id) & (Correction.state == PENDING)).execute()


def on_reject_correction(article_id: int, person_id: int, note: str, now: _dt.datetime) -> None:
    Correction.update(state=REJECTED, decided_by=person_id, decided_at=now, decision_note=note).where(
        (Correction.article == article_id) & (Correction.state == PENDING)
    ).execute()


def on_takedown(row: Article, note: str, person_id: int, now: _dt.datetime) -> None:
    """Keep the takedown (the address and title the website showed); a pending correction of
    the article is closed as rejected with the takedown's note."""
    published = Revision.get_or_none(
        (Revision.article == row.id) & (Revision.number == row.published_revision)
    )
    Takedown.create(
        article=row.id,
        article_uuid=row.uuid,
        slug=published.slug if published is not None else row.slug,
        title=published.title if published is not None else row.title,
        note=note,
        published_at=row.published_at,
        withdrawn_at=now,
        actor=person_id,
    )
    on_reject_correction(row.id, person_id, note, now)


def public_note_of_pending(article_id: int) -> str:
    pending = pending_correction(article_id)
    return pending.note if pending is not None else ""


# -- takedowns -------------------------------------------------------------------------------


def _takedown(row: Takedown, names: dict[int, str]) -> TakedownData:
    return TakedownData(
        row.id,
        row.uuid,
        row.article_id,
        row.article_uuid,
        row.slug,
        row.title,
        row.note,
        row.published_at,
        row.withdrawn_at,
        names.get(row.actor_id) if row.actor_id else None,
    )


def takedowns_of(article_id: int) -> list[TakedownData]:
    """The article's takedowns, newest first."""
    rows = list(
        Takedown.select()
        .where(Takedown.article == article_id)
        .order_by(Takedown.withdrawn_at.desc(), Takedown.id.desc())
    )
    names = _names(r.actor_id for r in rows)
    return [_takedown(r, names) for r in rows]


def withdrawn_articles(now: _dt.datetime | None = None) -> list[TakedownData]:
    """The takedowns the website shows a withdrawal page for: those whose article is not live
    again (or was deleted for good), the newest per address, newest first."""
    now = now or utcnow()
    live = (
        (Article.status == Status.PUBLISHED)
        & Article.deleted_at.is_null(True)
        & Article.published_revision.is_null(False)
        & (Article.publish_at.is_null(True) | (Article.publish_at <= now))
    )
    live_ids = Article.select(Article.id).where(live)
    rows = list(
        Takedown.select()
        .where(Takedown.article.is_null(True) | Takedown.article.not_in(live_ids))
        .order_by(Takedown.withdrawn_at.desc(), Takedown.id.desc())
    )
    names = _names(r.actor_id for r in rows)
    seen: set[str] = set()
    found = []
    for row in rows:
        if row.slug not in seen:
            seen.add(row.slug)
            found.append(_takedown(row, names))
    return found


class CorrectionService:
    """What the window and the command line read of corrections and takedowns (the changes
    themselves are workflow actions: :class:`desktop_app.core.workflow.WorkflowService`)."""

    def __init__(self, database: Database) -> None:
        self.db = database

    def corrections(self, article_id: int) -> list[CorrectionData]:
        return corrections_of(article_id)

    def pending(self, article_id: int) -> CorrectionData | None:
        return pending_correction(article_id)

    def takedowns(self, article_id: int) -> list[TakedownData]:
        return takedowns_of(article_id)

    def published_revisions(self, article_id: int) -> set[int]:
        """The numbers of the article's revisions that were on the website (publication,
        published changes, approved corrections): History marks them."""
        from desktop_app.core.snapshots import PUBLISHED_REASONS

        query = Revision.select(Revision.number).where(
            (Revision.article == article_id) & Revision.reason.in_(PUBLISHED_REASONS)
        )
        return {r.number for r in query}
