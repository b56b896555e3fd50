"""The editorial workflow: statuses, who may move an article where, publishing and the audit.

::

    draft ─submit─▶ in_review ─approve─▶ approved ─publish/schedule─▶ published ─archive─▶ archived
                      │   ▲                 ▲                            │
       request_changes│   │resubmit         └─────────unpublish──────────┘
                      ▼   │
               changes_requested        reopen: changes_requested / approved / archived / withdrawn ─▶ draft

    published (live) ─correct─▶ published + pending correction ─approve_correction─▶ published
                                                            └──reject_correction──▶ published
    published (live) ─takedown─▶ withdrawn ─archive─▶ archived

Corrections and takedowns, and what ``publish_changes``, ``unpublish`` and ``archive`` may do
with a live article, are described in :mod:`desktop_app.core.corrections`.

Writers submit and resubmit; editors do everything else (and, since editors write too, may also
submit their own drafts); admins may do everything. The rules live in :data:`RULES`; every
check happens here, so a direct call that breaks a rule raises :class:`PermissionDenied` or
:class:`InvalidTransition` with a reason code, whatever the UI shows.

A status change is a conditional ``UPDATE ... WHERE status = <the status we checked>``: when two
people change the same article at once exactly one wins; the other is refused with the reason
``status_changed`` and nothing of theirs is recorded.

Website contract (the export relies on it): an article is live iff ``status == 'published'``,
``deleted_at`` is null, ``published_revision`` is not null and ``publish_at`` is null or not in the
future; the text shown is the revision numbered ``published_revision``.
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from peewee import JOIN, Database, Expression

from db.models import Article, ArticleBody, Person, Revision, StatusChange, utcnow
from desktop_app.core import corrections
from desktop_app.core.audit import Verdict, record_status_change, verification_of
from desktop_app.core.auth import SignedIn, current_person
from desktop_app.core.checklist import GATED_ACTIONS, check_article, enforce
from desktop_app.core.errors import ACTING_WHILE_INACTIVE, InvalidTransition, NotFound, PermissionDenied
from desktop_app.core.models import ArticleData, PersonData, Role
from desktop_app.core.snapshots import approved_snapshot, changed_since_publication, record_revision
from desktop_app.core.status import Status
from desktop_app.core.text import storable_text

if TYPE_CHECKING:

    class _StatusChangeRow(StatusChange):
        """A row of :meth:`WorkflowService.audit_trail`: a status change with its actor's name."""

        actor_name: str | None


class Action(enum.StrEnum):
    SUBMIT = "submit"
    RESUBMIT = "resubmit"
    REQUEST_CHANGES = "request_changes"
    APPROVE = "approve"
    PUBLISH = "publish"
    SCHEDULE = "schedule"
    PUBLISH_CHANGES = "publish_changes"
    UNPUBLISH = "unpublish"
    ARCHIVE = "archive"
    REOPEN = "reopen"
    CORRECT = "correct"
    APPROVE_CORRECTION = "approve_correction"
    REJECT_CORRECTION = "reject_correction"
    TAKEDOWN = "takedown"


@dataclass(frozen=True)
class Rule:
    from_statuses: tuple[Status, ...]
    to_status: Status
    roles: tuple[Role, ...]
    note_required: bool = False


WRITERS = (Role.WRITER, Role.EDITOR, Role.ADMIN)
EDITORS = (Role.EDITOR, Role.ADMIN)

RULES: dict[Action, Rule] = {
    Action.SUBMIT: Rule((Status.DRAFT,), Status.IN_REVIEW, WRITERS),
    Action.RESUBMIT: Rule((Status.CHANGES_REQUESTED,), Status.IN_REVIEW, WRITERS),
    Action.REQUEST_CHANGES: Rule((Status.IN_REVIEW,), Status.CHANGES_REQUESTED, EDITORS, note_required=True),
    Action.APPROVE: Rule((Status.IN_REVIEW,), Status.APPROVED, EDITORS),
    Action.PUBLISH: Rule((Status.APPROVED,), Status.PUBLISHED, EDITORS),
    Action.SCHEDULE: Rule((Status.APPROVED,), Status.PUBLISHED, EDITORS),
    # A scheduled article (not yet live) edited afterwards: freeze the current text as the
    # version that goes live. A live article is changed through a correction instead.
    Action.PUBLISH_CHANGES: Rule((Status.PUBLISHED,), Status.PUBLISHED, EDITORS),
    Action.UNPUBLISH: Rule((Status.PUBLISHED,), Status.APPROVED, EDITORS),
    Action.ARCHIVE: Rule((Status.PUBLISHED, Status.WITHDRAWN), Status.ARCHIVED, EDITORS),
    Action.REOPEN: Rule(
        (Status.CHANGES_REQUESTED, Status.APPROVED, Status.ARCHIVED, Status.WITHDRAWN), Status.DRAFT, EDITORS
    ),
    Action.CORRECT: Rule((Status.PUBLISHED,), Status.PUBLISHED, WRITERS, note_required=True),
    Action.APPROVE_CORRECTION: Rule((Status.PUBLISHED,), Status.PUBLISHED, EDITORS),
    Action.REJECT_CORRECTION: Rule((Status.PUBLISHED,), Status.PUBLISHED, EDITORS, note_required=True),
    Action.TAKEDOWN: Rule((Status.PUBLISHED,), Status.WITHDRAWN, EDITORS, note_required=True),
}
#: Actions on a live article only (a scheduled one is not public yet: nothing to correct).
LIVE_ONLY = (Action.CORRECT, Action.APPROVE_CORRECTION, Action.REJECT_CORRECTION, Action.TAKEDOWN)
#: Actions refused on a live article, with the reason that names the way to go instead.
NOT_ON_LIVE = {
    Action.PUBLISH_CHANGES: "correction_required",
    Action.UNPUBLISH: "takedown_required",
    Action.ARCHIVE: "takedown_required",
}
#: The actions on a correction (one may wait per article).
CORRECTION_ACTIONS = (Action.CORRECT, Action.APPROVE_CORRECTION, Action.REJECT_CORRECTION)
#: Actions whose note is shown to the public (the correction's, the takedown's).
PUBLIC_NOTE_ACTIONS = (Action.CORRECT, Action.TAKEDOWN)
#: The reason of the revision an action records, where it is not the action's name (a revision's
#: reason has at most 16 characters).
REVISION_REASONS = {Action.APPROVE_CORRECTION: "corrected", Action.REJECT_CORRECTION: "not_corrected"}
#: Actions that put a new text on the website.
PUBLISHING = (Action.PUBLISH, Action.SCHEDULE, Action.PUBLISH_CHANGES, Action.APPROVE_CORRECTION)

# Reason codes of InvalidTransition (messages.py turns them into sentences).
REASON_WRONG_STATUS = "wrong_status"
REASON_NOTE_REQUIRED = "note_required"
REASON_MISSING_ALT = "missing_alt_text"
REASON_NOT_IN_FUTURE = "publish_at_not_in_future"
REASON_STATUS_CHANGED = "status_changed"
REASON_IN_TRASH = "in_trash"
REASON_NO_TITLE = "title_required"
REASON_NOT_CHANGED = "not_changed_since_publication"
REASON_NOT_LIVE = "not_live"
REASON_PUBLIC_NOTE = "public_note_required"
REASON_CORRECTION_PENDING = "correction_pending"
REASON_NO_CORRECTION = "no_pending_correction"
REASON_NOTE_TOO_LONG = "note_too_long"
#: The longest note a status change keeps (a public note of a correction or a takedown is shown
#: to readers: a few sentences; a review note a few paragraphs).
NOTE_MAX_LENGTH = 5000
ACTION_INACTIVE = ACTING_WHILE_INACTIVE


@dataclass(frozen=True)
class StatusChangeData:
    id: int
    article_id: int
    from_status: str
    to_status: str
    actor_id: int | None
    actor: str | None
    note: str
    created_at: _dt.datetime
    refused: bool = False  # the attempt lost a race: the status did not change
    action: str = ""  # the workflow action ("" in records made before actions were kept)
    signed: bool = False  # the record carries its actor's signature (see core/audit.py)


def display_status(status: str, publish_at: _dt.datetime | None, now: _dt.datetime | None = None) -> str:
    """``scheduled`` for a published article whose publish time is still ahead."""
    if status == Status.PUBLISHED and publish_at is not None and publish_at > (now or utcnow()):
        return Status.SCHEDULED
    return status


def is_live(article: ArticleData, now: _dt.datetime | None = None) -> bool:
    """The website contract, for one article."""
    now = now or utcnow()
    return (
        article.status == Status.PUBLISHED
        and article.deleted_at is None
        and article.published_revision is not None
        and (article.publish_at is None or article.publish_at <= now)
    )


def live_condition(now: _dt.datetime | None = None) -> Expression:
    """The website contract as a peewee expression over :class:`Article`."""
    now = now or utcnow()
    return (
        (Article.status == Status.PUBLISHED)
        & Article.deleted_at.is_null(True)
        & Article.published_revision.is_null(False)
        & (Article.publish_at.is_null(True) | (Article.publish_at <= now))
    )


def _missing_alt_text(database: Database, body: str, featured_id: int | None) -> list[str]:
    """File names of the images shown with an article (in its body, and the featured one)
    that have no alt text in the media library."""
    from desktop_app.core.media import AssetService

    service = AssetService(database)
    missing = service.images_missing_alt(body, featured_id)
    infos = service.infos(missing) if missing else {}
    return [infos[uuid].filename if uuid in infos else uuid for uuid in missing]


def check_role(person: PersonData, action: Action | str) -> None:
    """Raise :class:`PermissionDenied` when ``person``'s role may never take ``action``."""
    action = Action(action)
    if not person.active:
        raise PermissionDenied(person.role, ACTION_INACTIVE)
    if person.role not in RULES[action].roles:
        raise PermissionDenied(person.role, action.value)


def check_action(person: PersonData, status: str, action: Action | str, *, deleted: bool = False) -> None:
    """Raise when ``person`` may not take ``action`` on an article in ``status``."""
    action = Action(action)
    rule = RULES[action]
    check_role(person, action)
    if deleted:
        raise InvalidTransition(action.value, status, REASON_IN_TRASH)
    if status not in rule.from_statuses:
        reason = REASON_NOT_LIVE if action in LIVE_ONLY else REASON_WRONG_STATUS
        raise InvalidTransition(action.value, status, reason)


def check_live(action: Action | str, status: str, live: bool) -> None:
    """Raise when ``action`` needs a live article and this one is not, or is refused on a live
    one (see :mod:`desktop_app.core.corrections`)."""
    action = Action(action)
    if action in LIVE_ONLY and not live:
        raise InvalidTransition(action.value, status, REASON_NOT_LIVE)
    if action in NOT_ON_LIVE and live:
        raise InvalidTransition(action.value, status, NOT_ON_LIVE[action])


def allowed(person: PersonData, status: str, action: Action | str, *, deleted: bool = False) -> bool:
    try:
        check_action(person, status, action, deleted=deleted)
    except (PermissionDenied, InvalidTransition):
        return False
    return True


def available_actions(
    person: PersonData | None, article: ArticleData, now: _dt.datetime | None = None
) -> list[Action]:
    """The actions ``person`` may take on ``article`` now, in the order the header shows them.

    ``publish_changes`` (scheduled articles) and ``correct`` (live ones) are offered only when
    the text differs from the published revision; ``correct`` only while no correction waits,
    ``approve_correction`` and ``reject_correction`` only while one does.
    """
    if person is None:
        return []
    live = is_live(article, now)
    actions = []
    for action in Action:
        if not allowed(person, article.status, action, deleted=article.deleted_at is not None):
            continue
        try:
            check_live(action, article.status, live)
        except InvalidTransition:
            continue
        actions.append(action)
    waiting = (
        corrections.pending_correction(article.id) is not None
        if {Action.CORRECT, Action.APPROVE_CORRECTION, Action.REJECT_CORRECTION} & set(actions)
        else False
    )
    if waiting:
        actions = [a for a in actions if a != Action.CORRECT]
    else:
        actions = [a for a in actions if a not in (Action.APPROVE_CORRECTION, Action.REJECT_CORRECTION)]
    if {Action.PUBLISH_CHANGES, Action.CORRECT} & set(actions) and not changed_since_publication(article.id):
        actions = [a for a in actions if a not in (Action.PUBLISH_CHANGES, Action.CORRECT)]
    return actions


def _person(person_id: int) -> PersonData:
    row = Person.get_or_none(Person.id == person_id)
    if row is None:
        raise NotFound("person", person_id)
    return PersonData(row.id, row.uuid, row.name, row.email, row.role, row.active)


class WorkflowService:
    def __init__(self, database: Database) -> None:
        self.db = database

    def available_actions(self, person_id: int | None, article_id: int) -> list[Action]:
        from desktop_app.core.articles import ArticleService

        person = _person(person_id) if person_id is not None else None
        return available_actions(person, ArticleService(self.db).get(article_id))

    def perform(
        self,
        article_id: int,
        action: Action | str,
        actor: SignedIn,
        *,
        note: str = "",
        publish_at: _dt.datetime | None = None,
        expected_status: str | None = None,
        expected_version: int | None = None,
        now: _dt.datetime | None = None,
        warnings_accepted: bool = False,
    ) -> ArticleData:
        """``actor`` (signed in) moves the article; returns it as it is afterwards.

        Their role is read from the database now (``PermissionDenied`` when it does not allow
        the action). The record of the change is signed with the key they signed in with, over
        the revision the action recorded (see ``desktop_app.core.audit``).

        ``expected_status`` / ``expected_version`` are what the caller saw: when someone else
        changed the article in between, the action is refused (``status_changed``) rather than
        applied to something the caller did not see. ``publish_at`` is the time of a
        ``schedule`` (naive UTC, in the future).

        Submit, resubmit, approve, schedule and publish pass the article's checklist
        (:mod:`desktop_app.core.checklist`) first: a failed required check raises
        ``ChecklistFailed``; a failed warning ``ChecklistWarnings`` unless
        ``warnings_accepted`` (the person was shown the warnings and went on).
        """
        from desktop_app.core.articles import ArticleService

        action = Action(action)
        rule = RULES[action]
        now = now or utcnow()
        # (what a database or a feed cannot hold, e.g. a control character pasted from Word,
        # goes: a public note is written into the website's pages and XML feeds)
        note = storable_text(note).strip()
        person = current_person(actor)
        person_id = person.id
        signer = actor.signer
        row = Article.get_or_none(Article.id == article_id)
        if row is None:
            raise NotFound("article", article_id)
        status = row.status
        check_role(person, action)
        if (expected_status is not None and status != expected_status) or (
            expected_version is not None and row.version != expected_version
        ):
            self._refuse(action, article_id, expected_status or status, status, person_id, note, now)
        check_action(person, status, action, deleted=row.deleted_at is not None)
        self._check_preconditions(action, rule, row, note, publish_at, now)
        if action.value in GATED_ACTIONS:
            checklist = check_article(self.db, ArticleService(self.db).get(article_id), action=action.value)
            enforce(checklist, action.value, status, warnings_accepted=warnings_accepted)

        fields: dict[str, Any] = {"status": rule.to_status, "version": Article.version + 1}
        if action == Action.SCHEDULE:
            fields.update(publish_at=publish_at, published_at=publish_at)
        elif action in (Action.PUBLISH, Action.PUBLISH_CHANGES):  # (publish_changes: not yet live)
            if row.publish_at is not None and row.publish_at > now:
                # an embargo set on the article holds: it goes live at that moment
                fields.update(published_at=row.publish_at)
            else:
                fields.update(publish_at=None, published_at=now)
        elif action in (Action.UNPUBLISH, Action.REOPEN):
            fields.update(publish_at=None, published_revision=None)
        condition = (Article.id == article_id) & (Article.status == status)
        if expected_version is not None:
            condition &= Article.version == expected_version
        with self.db.atomic():
            # The conditional UPDATE comes first: it takes the write lock, and a concurrent
            # change that got there before us makes it match nothing.
            updated = Article.update(**fields).where(condition).execute()
            if updated and action in CORRECTION_ACTIONS:
                # again under the article's lock: two people acting on one correction at once
                self._check_pending(action, status, article_id)
            if updated and action == Action.APPROVE:
                _number_press_release(self.db, article_id, person_id, now)
            if updated:
                # Publishing puts the approved text online, not edits made after approval
                # (those show as "changed since publication" until published themselves).
                snapshot = (
                    approved_snapshot(article_id) if action in (Action.PUBLISH, Action.SCHEDULE) else None
                )
                if action == Action.APPROVE_CORRECTION and not note:
                    note = corrections.public_note_of_pending(article_id)  # what was approved
                reason = REVISION_REASONS.get(action, action.value)
                number = record_revision(article_id, reason, person_id, note=note, now=now, snapshot=snapshot)
                if action in PUBLISHING:
                    Article.update(published_revision=number).where(Article.id == article_id).execute()
                if action == Action.CORRECT:
                    corrections.on_correct(article_id, note, person_id, number, now)
                elif action == Action.APPROVE_CORRECTION:
                    corrections.on_approve_correction(article_id, person_id, number, now)
                elif action == Action.REJECT_CORRECTION:
                    corrections.on_reject_correction(article_id, person_id, note, now)
                elif action == Action.TAKEDOWN:
                    corrections.on_takedown(row, note, person_id, now)
                record_status_change(
                    article_id,
                    status,
                    rule.to_status,
                    person_id,
                    action=action.value,
                    revision=number,
                    note=note,
                    now=now,
                    signer=signer,
                )
                _queue_website_send(article_id, action, person_id, now)
                # The version this change made (read before the commit: see ArticleService.save).
                moved = ArticleService(self.db).get(article_id)
        if not updated:
            current = Article.get_or_none(Article.id == article_id)
            self._refuse(
                action, article_id, status, current.status if current else None, person_id, note, now
            )
        if action in PUBLISHING:
            _render_published(article_id, number)
        return moved

    def _refuse(
        self,
        action: Action,
        article_id: int,
        seen_status: str,
        current_status: str | None,
        person_id: int,
        note: str,
        now: _dt.datetime,
    ) -> None:
        """Someone changed the status first: record the refused attempt, then raise."""
        if current_status is not None:
            with self.db.atomic():
                record_status_change(
                    article_id,
                    seen_status,
                    RULES[action].to_status,
                    person_id,
                    action=action.value,
                    note=note,
                    now=now,
                    refused=True,
                )
        raise InvalidTransition(action.value, current_status or seen_status, REASON_STATUS_CHANGED)

    @staticmethod
    def _check_pending(action: Action, status: str, article_id: int) -> None:
        """``correct`` needs no correction waiting; approving or rejecting needs one."""
        waiting = corrections.pending_correction(article_id) is not None
        if action == Action.CORRECT and waiting:
            raise InvalidTransition(action.value, status, REASON_CORRECTION_PENDING)
        if action != Action.CORRECT and not waiting:
            raise InvalidTransition(action.value, status, REASON_NO_CORRECTION)

    def _check_preconditions(
        self,
        action: Action,
        rule: Rule,
        row: Article,
        note: str,
        publish_at: _dt.datetime | None,
        now: _dt.datetime,
    ) -> None:
        status = row.status
        live = (
            status == Status.PUBLISHED
            and row.deleted_at is None
            and row.published_revision is not None
            and (row.publish_at is None or row.publish_at <= now)
        )
        check_live(action, status, live)
        if rule.note_required and not note:
            reason = REASON_PUBLIC_NOTE if action in PUBLIC_NOTE_ACTIONS else REASON_NOTE_REQUIRED
            raise InvalidTransition(action.value, status, reason)
        if len(note) > NOTE_MAX_LENGTH:
            raise InvalidTransition(action.value, status, REASON_NOTE_TOO_LONG, detail=str(NOTE_MAX_LENGTH))
        if action in CORRECTION_ACTIONS:
            self._check_pending(action, status, row.id)
        if action in (Action.SUBMIT, Action.RESUBMIT, Action.APPROVE) and not row.title.strip():
            raise InvalidTransition(action.value, status, REASON_NO_TITLE)
        if action in (Action.APPROVE, Action.PUBLISH_CHANGES, Action.APPROVE_CORRECTION):
            body_row = ArticleBody.get_or_none(ArticleBody.article == row.id)
            missing = _missing_alt_text(self.db, body_row.body if body_row else "", row.featured_image_id)
            if missing:
                raise InvalidTransition(action.value, status, REASON_MISSING_ALT, detail=", ".join(missing))
        if action == Action.SCHEDULE and (publish_at is None or publish_at <= now):
            raise InvalidTransition(action.value, status, REASON_NOT_IN_FUTURE)
        if action in (Action.PUBLISH_CHANGES, Action.CORRECT) and not changed_since_publication(row.id):
            raise InvalidTransition(action.value, status, REASON_NOT_CHANGED)

    # -- the audit trail -------------------------------------------------------------------

    def audit_trail(self, article_id: int) -> list[StatusChangeData]:
        """Every status change of the article, oldest first."""
        rows = (
            StatusChange.select(StatusChange, Person.name.alias("actor_name"))
            .join(Person, JOIN.LEFT_OUTER, on=(StatusChange.actor == Person.id))
            .where(StatusChange.article == article_id)
            .order_by(StatusChange.created_at, StatusChange.id)
            .objects()
        )
        return [
            StatusChangeData(
                r.id,
                article_id,
                r.from_status,
                r.to_status,
                r.actor_id,
                r.actor_name,
                r.note,
                r.created_at,
                r.refused,
                r.action,
                bool(r.signature),
            )
            for r in cast("Iterable[_StatusChangeRow]", rows)
        ]

    def verification_of(self, article_id: int) -> dict[int, Verdict]:
        """``{status change id: "valid" | "invalid" | "unsigned"}`` of the article's records
        (see :func:`desktop_app.core.audit.verification_of`)."""
        return verification_of(article_id)

    def scheduled_count(self, now: _dt.datetime | None = None) -> int:
        """Published articles whose publish time is still ahead (shown as "Scheduled")."""
        now = now or utcnow()
        return (
            Article.select()
            .where(
                (Article.status == Status.PUBLISHED)
                & Article.deleted_at.is_null(True)
                & (Article.publish_at > now)
            )
            .count()
        )


def _number_press_release(database: Database, article_id: int, person_id: int, now: _dt.datetime) -> None:
    """A press release approved for the first time gets its number (in the approval's
    transaction: see :mod:`desktop_app.core.press_releases`)."""
    from desktop_app.core.press_releases import assign_number
    from desktop_app.core.site_settings import load_site_settings

    assign_number(article_id, person_id, load_site_settings(database).release_pattern, now)


def _render_published(article_id: int, number: int) -> None:
    """Render the frozen text once, at publication, so website exports find it ready."""
    from desktop_app.core.export.rendered import remember_snapshot

    snapshot = Revision.get_or_none((Revision.article == article_id) & (Revision.number == number))
    if snapshot is not None:
        remember_snapshot(snapshot.uuid, snapshot.body)


def _queue_website_send(article_id: int, action: Action, person_id: int, now: _dt.datetime) -> None:
    """A WordPress site set up: queue the send this action needs, in its transaction (the
    outbox's worker sends it; see :mod:`desktop_app.core.wordpress.outbox`)."""
    from desktop_app.core.wordpress.outbox import queue_after_action

    queue_after_action(article_id, action.value, person_id, now)
