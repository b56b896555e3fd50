"""What a package would change here, worked out before anything is written: per article
new / taken / kept / conflict, the history it brings, the comments, and which audit records
(approvals, publications...) are accepted. :mod:`merge` writes it; the preview shows it."""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any, cast
from uuid import NAMESPACE_URL, uuid5

from db.models import Article, Asset, Comment, Person, PersonKey, Revision, StatusChange
from desktop_app.core.audit import content_digest, status_payload
from desktop_app.core.lead_story import PIN, UNPIN
from desktop_app.core.models import ARTICLE_TEXT_FIELDS, Role
from desktop_app.core.packages.errors import PackageError, Problem
from desktop_app.core.packages.incoming import Incoming, parse_time
from desktop_app.core.packages.keys import KeyChange, confirm
from desktop_app.core.packages.pack import SNAPSHOT_EXTRAS
from desktop_app.core.signing import PublicKey
from desktop_app.core.snapshots import Snapshot, current_snapshot, same_content
from desktop_app.core.status import Status
from desktop_app.core.wordpress.send_records import ACTIONS as SEND_ACTIONS
from desktop_app.core.workflow import RULES, Action


class Outcome(enum.StrEnum):
    NEW = "new"  # new to this database: added with its history
    TAKEN = "taken"  # changed only there since the common revision: their text is taken
    KEPT = "kept"  # changed only here: this text stays
    CONFLICT = "conflict"  # changed on both sides: this text stays, theirs is a conflict revision
    SAME = "same"  # the same text on both sides


# Why an audit record is not accepted.
BAD_SIGNATURE = "bad_signature"
UNKNOWN_KEY = "unknown_key"
NOT_ALLOWED = "not_allowed"  # the person's role here does not allow the action
TEXT_CHANGED = "text_changed"  # the signed text is not the revision's
UNSIGNED = "unsigned"
#: signed with a new key of someone known here that no administrator confirmed (yet)
KEY_UNCONFIRMED = "key_unconfirmed"


@dataclass(frozen=True)
class RecordPlan:
    """An audit record new here: ``accepted``, or ``reason`` why not."""

    uuid: str
    action: str
    from_status: str
    to_status: str
    actor: str
    accepted: bool
    reason: str = ""
    data: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True)
class ArticlePlan:
    uuid: str
    title: str
    outcome: Outcome
    local_id: int | None
    status_before: str | None  # here (None: new)
    status_after: str
    #: Both sides moved the status since the common revision: this one stays.
    status_conflict: bool
    new_revisions: list[dict[str, Any]] = field(repr=False)
    new_comments: list[dict[str, Any]] = field(repr=False)
    resolved_comments: list[dict[str, Any]] = field(repr=False)
    records: list[RecordPlan] = field(repr=False)
    data: dict[str, Any] = field(repr=False, compare=False)

    @property
    def accepted(self) -> list[RecordPlan]:
        return [r for r in self.records if r.accepted]

    @property
    def refused(self) -> list[RecordPlan]:
        return [r for r in self.records if not r.accepted]


@dataclass(frozen=True)
class Plan:
    incoming: Incoming
    articles: list[ArticlePlan]
    new_people: list[dict[str, Any]]
    new_images: list[str]  # sha256
    already_imported: Any = None  # when (datetime), or None
    #: New keys of people known here, confirmed or not (what the import accepts of them).
    key_changes: list[KeyChange] = field(default_factory=list)

    @property
    def unconfirmed_keys(self) -> list[KeyChange]:
        return [c for c in self.key_changes if not c.confirmed]

    def count(self, outcome: Outcome) -> int:
        return sum(1 for a in self.articles if a.outcome == outcome)

    @property
    def comments(self) -> int:
        return sum(len(a.new_comments) for a in self.articles)

    @property
    def approvals(self) -> list[RecordPlan]:
        return [r for a in self.articles for r in a.records if r.action in APPROVING]

    @property
    def refused(self) -> list[RecordPlan]:
        return [r for a in self.articles for r in a.refused]


#: The actions a preview lists as approvals (an editor's sign-off).
APPROVING = ("approve", "publish", "schedule", "publish_changes", "approve_correction")


class People:
    """The package's people as this database sees them: local rows by uuid, or new."""

    def __init__(self, incoming: Incoming, key_changes: list[KeyChange] | None = None) -> None:
        self.listed = {p["uuid"]: p for p in incoming.people if isinstance(p.get("uuid"), str)}
        uuids = sorted(self.listed)
        self.local = {p.uuid: p for p in Person.select().where(Person.uuid.in_(uuids))} if uuids else {}
        self.key_changes = incoming.key_changes if key_changes is None else key_changes

    def name(self, uuid: str | None) -> str:
        if not uuid:
            return ""
        if uuid in self.local:
            return str(self.local[uuid].name)
        return str(self.listed.get(uuid, {}).get("name", ""))

    def role(self, uuid: str) -> str:
        """The person's role here. Someone new to this database is a writer, whatever the
        package says: a role is this office's to give (else anyone could write a package
        introducing an "editor" with a key of their own, and approve with it)."""
        if uuid in self.local:
            return str(self.local[uuid].role)
        return Role.WRITER

    def keys(self, uuid: str) -> list[PublicKey]:
        """The keys a record of this person may be signed with: those known here for someone
        known here (a package cannot give them another); the package's for someone new."""
        if uuid in self.local:
            person = self.local[uuid]
            rows = PersonKey.select().where(PersonKey.person == person.id)
            keys = [PublicKey(r.id, person.id, r.public_key, r.valid_from, r.valid_to) for r in rows]
            for change in self.key_changes:  # a new key an admin vouched for: the old ones end
                if change.person_uuid == uuid and change.confirmed:
                    keys = [
                        replace(k, valid_to=change.valid_from)
                        if k.valid_to is None and k.valid_from < change.valid_from
                        else k
                        for k in keys
                    ]
                    keys.append(
                        PublicKey(0, person.id, change.public_key, change.valid_from, change.valid_to)
                    )
            return keys
        keys = []
        for k in self.listed.get(uuid, {}).get("keys", []):
            valid_from = parse_time(k.get("valid_from"))
            if isinstance(k.get("public_key"), str) and valid_from is not None:
                keys.append(PublicKey(0, 0, k["public_key"], valid_from, parse_time(k.get("valid_to"))))
        return keys

    def new(self) -> list[dict[str, Any]]:
        return [p for uuid, p in sorted(self.listed.items()) if uuid not in self.local]


def incoming_snapshot(fields: dict[str, Any], featured: str | None) -> Snapshot:
    snapshot: Snapshot = {name: fields.get(name, "") for name in (*ARTICLE_TEXT_FIELDS, *SNAPSHOT_EXTRAS)}
    snapshot["featured_image"] = featured
    return snapshot


def _asset_uuid(asset_id: int | None) -> str | None:
    if asset_id is None:
        return None
    row = Asset.select(Asset.uuid).where(Asset.id == asset_id).first()
    return row.uuid if row is not None else None


def local_snapshot(article_id: int) -> Snapshot:
    """The article here as a package holds it (the featured image by its uuid)."""
    snapshot = current_snapshot(article_id)
    featured = snapshot["featured_image"]
    snapshot["featured_image"] = _asset_uuid(featured if isinstance(featured, int) else None)
    return snapshot


def revision_snapshot(row: Revision) -> Snapshot:
    snapshot: Snapshot = {name: getattr(row, name) for name in (*ARTICLE_TEXT_FIELDS, *SNAPSHOT_EXTRAS)}
    snapshot["featured_image"] = _asset_uuid(row.featured_image)
    return snapshot


def _signed_revision(data: dict[str, Any], revision: dict[str, Any] | Revision | None) -> Revision | None:
    """The revision a record signed, as a row to digest (with the image's number there)."""
    if revision is None:
        return None
    if isinstance(revision, Revision):
        return revision
    fields = {name: revision["fields"].get(name, "") for name in (*ARTICLE_TEXT_FIELDS, *SNAPSHOT_EXTRAS)}
    return Revision(**fields, featured_image=None)


def check_record(
    article_uuid: str, data: dict[str, Any], people: People, revision: dict[str, Any] | Revision | None
) -> tuple[bool, str]:
    """Whether an incoming audit record may count here: signed by a key of its actor valid
    then, its signature good, over the text of the revision it names, by a person whose role
    here allows the action."""
    actor = data.get("actor") or ""
    signed = data.get("signed_as") or {}
    if not data.get("signature"):
        return False, UNSIGNED
    created = parse_time(data.get("created_at"))
    key = next((k for k in people.keys(actor) if k.public_key == data.get("public_key")), None)
    if key is None and any(
        c.person_uuid == actor and c.public_key == data.get("public_key") and not c.confirmed
        for c in people.key_changes
    ):
        return False, KEY_UNCONFIRMED
    if key is None or created is None or not key.valid_at(created):
        return False, UNKNOWN_KEY
    row = StatusChange(
        uuid=data["uuid"],
        article_uuid=article_uuid,
        from_status=data.get("from", ""),
        to_status=data.get("to", ""),
        actor=None,
        note=data.get("note", ""),
        created_at=created,
        action=data.get("action", ""),
        revision=None,
        content_sha256=data.get("content_sha256", ""),
        signed_as=json.dumps(signed),
    )
    if not key.verifies(status_payload(row), str(data["signature"])):
        return False, BAD_SIGNATURE
    if data.get("content_sha256"):
        digest_row = _signed_revision(data, revision)
        if (
            digest_row is None
            or content_digest(digest_row, signed.get("featured_image")) != data["content_sha256"]
        ):
            return False, TEXT_CHANGED
    if data.get("action") in SEND_ACTIONS:  # a send to WordPress: a fact, signed; no status moves
        return True, ""
    if data.get("action") in (PIN, UNPIN):
        # The office's lead story pinned or unpinned: a fact of the trail (no status moves, and
        # the pin itself, a site setting there, stays there), counted when an editor did it.
        allowed = people.role(actor) in (Role.EDITOR, Role.ADMIN)
        return (True, "") if allowed else (False, NOT_ALLOWED)
    try:
        rule = RULES[Action(data.get("action", ""))]
    except ValueError:
        return False, NOT_ALLOWED
    if people.role(actor) not in rule.roles:
        return False, NOT_ALLOWED
    return True, ""


def refusal_uuid(record_uuid: str) -> str:
    """The uuid of the comment that stands in for an audit record not accepted here: one per
    record, so a record refused once is not refused (and commented) again by a later package."""
    return str(uuid5(NAMESPACE_URL, f"redaksi:refused:{record_uuid}"))


def replay(start: str, records: list[RecordPlan]) -> str:
    """The status the accepted records lead to from ``start`` (a record counts only from the
    status it left; a refused one stops the way through it)."""
    status = start
    for record in records:
        if record.accepted and record.from_status == status:
            status = record.to_status
    return status


def _common(
    data: dict[str, Any], seen: Any, revisions_here: dict[str, Revision]
) -> tuple[Snapshot | None, str]:
    """The common revision's snapshot and the status then (what this side remembers, else what
    the sender says it last had from here)."""
    uuid = seen.revision_uuid if seen is not None else data.get("base_revision")
    status = seen.status if seen is not None else (data.get("base_status") or "")
    row = revisions_here.get(uuid or "")
    if row is None:
        return None, status
    return revision_snapshot(row), status


def _same(one: Snapshot, other: Snapshot) -> bool:
    """Whether two sides hold the same article. The slug is left out: a database where the
    address was taken gives the article another one (``-2``), which is no edit of either side."""
    return same_content({**one, "slug": ""}, {**other, "slug": ""})


def plan_article(data: dict[str, Any], people: People, seen: Any) -> ArticlePlan:
    """What one article of the package would change here (``seen``: what this database
    remembers the sender last had of it, or None)."""
    uuid = data["uuid"]
    row = Article.get_or_none(Article.uuid == uuid)
    incoming = incoming_snapshot(data["current"]["fields"], data["current"].get("featured_image"))
    package_revisions = {r["uuid"]: r for r in data.get("revisions", [])}
    revisions_here: dict[str, Revision] = {}
    if row is not None:
        revisions_here = {r.uuid: r for r in Revision.select().where(Revision.article == row.id)}
    new_revisions = [r for r in data.get("revisions", []) if r["uuid"] not in revisions_here]
    comments_here = (
        {c.uuid: c for c in Comment.select().where(Comment.article == row.id)} if row is not None else {}
    )
    new_comments = [c for c in data.get("comments", []) if c["uuid"] not in comments_here]
    resolved = [
        c
        for c in data.get("comments", [])
        if c["uuid"] in comments_here
        and c.get("resolved_at")
        and comments_here[c["uuid"]].resolved_at is None
    ]
    audit_here = (
        {
            u
            for (u,) in cast(
                "Iterable[tuple[str]]",
                StatusChange.select(StatusChange.uuid).where(StatusChange.article_uuid == uuid).tuples(),
            )
        }
        if row is not None
        else set()
    )
    records = []
    for record in data.get("audit", []):
        if record["uuid"] in audit_here or refusal_uuid(record["uuid"]) in comments_here:
            continue  # here already, or refused before (its comment says so)
        revision: dict[str, Any] | Revision | None = None
        if record.get("revision"):
            revision = package_revisions.get(record["revision"]) or revisions_here.get(record["revision"])
        accepted, reason = check_record(uuid, record, people, revision)
        records.append(
            RecordPlan(
                record["uuid"],
                record.get("action", ""),
                record.get("from", ""),
                record.get("to", ""),
                people.name(record.get("actor")),
                accepted,
                reason,
                record,
            )
        )
    title = str(incoming.get("title") or "")
    if row is None:
        status = replay(Status.DRAFT, records)
        return ArticlePlan(
            uuid,
            title,
            Outcome.NEW,
            None,
            None,
            status,
            False,
            new_revisions,
            new_comments,
            [],
            records,
            data,
        )
    mine = local_snapshot(row.id)
    common, common_status = _common(data, seen, revisions_here)
    if _same(mine, incoming):
        outcome = Outcome.SAME
    elif common is None:
        outcome = Outcome.CONFLICT
    else:
        mine_changed, theirs_changed = not _same(mine, common), not _same(incoming, common)
        if theirs_changed and not mine_changed:
            outcome = Outcome.TAKEN
        elif mine_changed and not theirs_changed:
            outcome = Outcome.KEPT
        else:
            outcome = Outcome.CONFLICT
    status_after = row.status
    status_conflict = False
    theirs_status = str(data.get("status", ""))
    if theirs_status != row.status:
        if not common_status or row.status == common_status:
            status_after = replay(row.status, records)
        else:
            status_conflict = theirs_status != common_status
    return ArticlePlan(
        uuid,
        title,
        outcome,
        row.id,
        row.status,
        status_after,
        status_conflict,
        new_revisions,
        new_comments,
        resolved,
        records,
        data,
    )


def make_plan(incoming: Incoming, confirm_keys: Iterable[str] = (), confirmed_by: str = "") -> Plan:
    """Everything the package would change here; reads only. A package whose signed content
    is not what Redaksi writes (a field of the wrong kind...) is refused as damaged.
    ``confirm_keys``: the people whose new keys the importing administrator (``confirmed_by``)
    confirms (:mod:`~desktop_app.core.packages.keys`)."""
    try:
        return _make_plan(incoming, confirm(incoming.key_changes, confirm_keys, confirmed_by))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise PackageError(Problem.DAMAGED, type(exc).__name__) from exc


def _make_plan(incoming: Incoming, key_changes: list[KeyChange]) -> Plan:
    from desktop_app.core.packages import state

    people = People(incoming, key_changes)
    seen = state.seen_by(incoming.from_database, [a["uuid"] for a in incoming.articles])
    articles = [plan_article(a, people, seen.get(a["uuid"])) for a in incoming.articles]
    known = (
        {
            s
            for (s,) in cast(
                "Iterable[tuple[str]]",
                Asset.select(Asset.sha256).where(Asset.sha256.in_(sorted(incoming.images))).tuples(),
            )
        }
        if incoming.images
        else set()
    )
    return Plan(
        incoming,
        articles,
        people.new(),
        [sha for sha in sorted(incoming.images) if sha not in known],
        state.imported_at(incoming.package),
        key_changes,
    )
