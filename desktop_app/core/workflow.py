"""The editorial workflow: statuses, who may move an article where, publishing and the audit.

::

    draft ─submit─▶ in_review ─approve─▶ approved ─publish/schedule─▶ published ─archive─▶ archived
                      │   ▲                 ▲                            │
       request_changes│   │resubmit         └─────────unpublish──────────┘
                      ▼   │
               changes_requested        reopen: changes_requested / approved / archived ─▶ draft

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
from desktop_app.core.audit import Verdict, record_status_change, verification_of
from desktop_app.core.auth import SignedIn, current_person
from desktop_app.core.checklist import GATED_ACTIONS, check_article, enforce
from desktop_app.core.errors import ACTING_WHILE_INACTIVE, InvalidTransition, NotFound, PermissionDenied
from desktop_app.core.models import ArticleData, PersonData, Role
from desktop_app.core.snapshots import approved_snapshot, changed_since_publication, record_revision
from desktop_app.core.status import Status

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
    # A published article edited afterwards: freeze the current text as the new live version.
    Action.PUBLISH_CHANGES: Rule((Status.PUBLISHED,), Status.PUBLISHED, EDITORS),
    Action.UNPUBLISH: Rule((Status.PUBLISHED,), Status.APPROVED, EDITORS),
    Action.ARCHIVE: Rule((Status.PUBLISHED,), Status.ARCHIVED, EDITORS),
    Action.REOPEN: Rule((Status.CHANGES_REQUESTED, Status.APPROVED, Status.ARCHIVED), Status.DRAFT, EDITORS),
}

# Reason codes of InvalidTransition (messages.py turns them into sentences).
REASON_WRONG_STATUS = "wrong_status"
REASON_NOTE_REQUIRED = "note_required"
REASON_MISSING_ALT = "missing_alt_text"
REASON_NOT_IN_FUTURE = "publish_at_not_in_future"
REASON_STATUS_CHANGED = "status_changed"
REASON_IN_TRASH = "in_trash"
REASON_NO_TITLE = "title_required"
REASON_NOT_CHANGED = "not_changed_since_publication"
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
        raise InvalidTransition(action.value, status, REASON_WRONG_STATUS)


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

    ``publish_changes`` is offered only when the text differs from the published revision.
    """
    if person is None:
        return []
    actions = [
        a for a in Action if allowed(person, article.status, a, deleted=article.deleted_at is not None)
    ]
    if Action.PUBLISH_CHANGES in actions and not changed_since_publication(article.id):
        actions.remove(Action.PUBLISH_CHANGES)
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
        note = note.strip()
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
        elif action in (Action.PUBLISH, Action.PUBLISH_CHANGES):
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
            if updated and action == Action.APPROVE:
                _number_press_release(self.db, article_id, person_id, now)
            if updated:
                # Publishing puts the approved text online, not edits made after approval
                # (those show as "changed since publication" until published themselves).
                snapshot = (
                    approved_snapshot(article_id) if action in (Action.PUBLISH, Action.SCHEDULE) else None
                )
                number = record_revision(
                    article_id, action.value, person_id, note=note, now=now, snapshot=snapshot
                )
                if action in (Action.PUBLISH, Action.SCHEDULE, Action.PUBLISH_CHANGES):
                    Article.update(published_revision=number).where(Article.id == article_id).execute()
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
                # The version this change made (read before the commit: see ArticleService.save).
                moved = ArticleService(self.db).get(article_id)
        if not updated:
            current = Article.get_or_none(Article.id == article_id)
            self._refuse(
                action, article_id, status, current.status if current else None, person_id, note, now
            )
        if action in (Action.PUBLISH, Action.SCHEDULE, Action.PUBLISH_CHANGES):
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
        if rule.note_required and not note:
            raise InvalidTransition(action.value, status, REASON_NOTE_REQUIRED)
        if action in (Action.SUBMIT, Action.RESUBMIT, Action.APPROVE) and not row.title.strip():
            raise InvalidTransition(action.value, status, REASON_NO_TITLE)
        if action == Action.APPROVE or action == Action.PUBLISH_CHANGES:
            body_row = ArticleBody.get_or_none(ArticleBody.article == row.id)
            missing = _missing_alt_text(self.db, body_row.body if body_row else "", row.featured_image_id)
            if missing:
                raise InvalidTransition(action.value, status, REASON_MISSING_ALT, detail=", ".join(missing))
        if action == Action.SCHEDULE and (publish_at is None or publish_at <= now):
            raise InvalidTransition(action.value, status, REASON_NOT_IN_FUTURE)
        if action == Action.PUBLISH_CHANGES and not changed_since_publication(row.id):
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
