"""Importing a package: the plan of :mod:`plan` written in one transaction, audited."""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, cast

from peewee import IntegrityError

from db import search as db_search
from db.models import (
    Article,
    Asset,
    Comment,
    PackageConflict,
    Person,
    PersonKey,
    Revision,
    StatusChange,
    database_proxy,
    utcnow,
)
from desktop_app.core.articles import ArticleService
from desktop_app.core.audit import append_imported
from desktop_app.core.auth import SignedIn, current_person
from desktop_app.core.media_images import PreparedImage, prepare_image
from desktop_app.core.models import ARTICLE_TEXT_FIELDS, ArticleChanges, Role
from desktop_app.core.packages import keys, state
from desktop_app.core.packages.errors import PackageError, Problem
from desktop_app.core.packages.incoming import Incoming, parse_time
from desktop_app.core.packages.keys import KeyChange
from desktop_app.core.packages.plan import ArticlePlan, Outcome, Plan, RecordPlan, make_plan, refusal_uuid
from desktop_app.core.snapshots import lock_article, record_revision
from desktop_app.core.status import Status

#: Words for the comment that stands in for an audit record not accepted here (translated by
#: the caller): given the record, returns the comment's text.
Wording = Callable[[RecordPlan], str]


def english_wording(record: RecordPlan) -> str:
    return (
        f"A review package brought “{record.action}” by {record.actor or '?'}, which was not "
        f"accepted here ({record.reason}); the article's status was not changed."
    )


@dataclass(frozen=True)
class ImportResult:
    package: str
    already_imported: bool
    new: int
    taken: int
    kept: int
    conflicts: int
    comments: int
    approvals_accepted: int
    records_refused: int
    article_ids: list[int]
    #: New keys of people known here: accepted (confirmed) or not (their records became comments).
    key_changes: list[KeyChange] = field(default_factory=list)


class _Importer:
    def __init__(self, incoming: Incoming, actor_id: int, wording: Wording, now: _dt.datetime) -> None:
        self.incoming = incoming
        self.actor_id = actor_id
        self.wording = wording
        self.now = now
        self.people: dict[str, int] = {}
        self.assets: dict[str, int] = {}  # asset uuid (theirs): id here

    # -- people and images ---------------------------------------------------------------

    def add_people(self, plan: Plan) -> None:
        listed = [p for p in self.incoming.people if isinstance(p.get("uuid"), str)]
        uuids = [p["uuid"] for p in listed]
        self.people = {
            p.uuid: p.id for p in Person.select(Person.id, Person.uuid).where(Person.uuid.in_(uuids))
        }
        for person in plan.new_people:
            # Known here only by their work: they cannot sign in here (no password), no later
            # package can give them another key, and they are writers whatever the package
            # says (see People.role: an administrator here gives roles).
            row = Person.create(
                uuid=person["uuid"],
                name=str(person.get("name", ""))[:200],
                role=Role.WRITER,
                active=False,
                password_hash="",
            )
            self.people[row.uuid] = row.id
            for key in person.get("keys", []):
                valid_from = parse_time(key.get("valid_from"))
                if isinstance(key.get("public_key"), str) and valid_from is not None:
                    PersonKey.create(
                        person=row.id,
                        public_key=key["public_key"],
                        valid_from=valid_from,
                        valid_to=parse_time(key.get("valid_to")),
                    )

    def person(self, uuid: str | None) -> int | None:
        return self.people.get(uuid) if uuid else None

    def add_images(self, prepared: dict[str, PreparedImage]) -> None:
        for sha, meta in self.incoming.images.items():
            row = Asset.get_or_none(Asset.sha256 == sha)
            if row is None:
                image = prepared[sha]
                row = Asset.create(
                    uuid=meta.get("uuid"),
                    sha256=sha,
                    filename=str(meta.get("filename") or image.filename),
                    mime_type=image.mime_type,
                    width=image.width,
                    height=image.height,
                    bytes=len(image.original),
                    original=image.original,
                    web=image.web,
                    web_mime_type=image.web_mime_type,
                    web_width=image.web_width,
                    web_height=image.web_height,
                    thumbnail=image.thumbnail,
                    alt_text=str(meta.get("alt_text", "")),
                    caption=str(meta.get("caption", "")),
                    credit=str(meta.get("credit", ""))[:255],
                )
            self.assets[str(meta.get("uuid"))] = row.id

    def asset(self, uuid: str | None) -> int | None:
        if not uuid:
            return None
        if uuid not in self.assets:
            row = Asset.select(Asset.id).where(Asset.uuid == uuid).first()
            self.assets[uuid] = row.id if row is not None else 0
        return self.assets[uuid] or None

    # -- one article ---------------------------------------------------------------------

    def changes(self, fields: dict[str, Any], featured: str | None, data: dict[str, Any]) -> ArticleChanges:
        return ArticleChanges(
            **{name: fields.get(name, "") for name in ARTICLE_TEXT_FIELDS},
            category=fields.get("category_name") or None,
            tags=[t for t in str(fields.get("tags", "")).split(",") if t],
            slug=fields.get("slug") or None,
            author_id=self.person(data.get("author")),
            featured_image_id=self.asset(featured),
            publish_at=parse_time(data.get("publish_at")),
            kind=data.get("kind") or None,
        )

    def add_revisions(self, article_id: int, revisions: list[dict[str, Any]]) -> None:
        lock_article(article_id)
        latest = (
            Revision.select(Revision.number)
            .where(Revision.article == article_id)
            .order_by(Revision.number.desc())
            .first()
        )
        number = latest.number if latest is not None else 0
        for revision in revisions:
            number += 1
            fields = revision["fields"]
            Revision.create(
                uuid=revision["uuid"],
                article=article_id,
                number=number,
                author=self.person(revision.get("author")),
                reason=str(revision.get("reason", "import"))[:16],
                note=str(revision.get("note", "")),
                created_at=parse_time(revision.get("created_at")) or self.now,
                featured_image=self.asset(revision.get("featured_image")),
                **{
                    name: fields.get(name, "")
                    for name in (*ARTICLE_TEXT_FIELDS, "slug", "category_name", "tags", "image_words")
                },
            )

    def add_comments(self, article_id: int, plan: ArticlePlan) -> None:
        ids = {
            c.uuid: c.id
            for c in Comment.select(Comment.id, Comment.uuid).where(Comment.article == article_id)
        }
        for comment in plan.new_comments:
            row = Comment.create(
                uuid=comment["uuid"],
                article=article_id,
                parent=ids.get(comment.get("parent") or ""),
                author=self.person(comment.get("author")),
                body=str(comment.get("body", "")),
                quote=str(comment.get("quote", "")),
                anchor_start=comment.get("anchor_start")
                if isinstance(comment.get("anchor_start"), int)
                else None,
                created_at=parse_time(comment.get("created_at")) or self.now,
                resolved_by=self.person(comment.get("resolved_by")),
                resolved_at=parse_time(comment.get("resolved_at")),
            )
            ids[row.uuid] = row.id
        for comment in plan.resolved_comments:  # resolved there stays resolved here
            Comment.update(
                resolved_by=self.person(comment.get("resolved_by")),
                resolved_at=parse_time(comment.get("resolved_at")),
            ).where((Comment.uuid == comment["uuid"]) & Comment.resolved_at.is_null(True)).execute()

    def add_records(self, article_id: int, article_uuid: str, plan: ArticlePlan) -> None:
        numbers = {
            u: n
            for u, n in cast(
                "Iterable[tuple[str, int]]",
                Revision.select(Revision.uuid, Revision.number)
                .where(Revision.article == article_id)
                .tuples(),
            )
        }
        for record in plan.records:
            data = record.data
            if not record.accepted:
                Comment.create(
                    uuid=refusal_uuid(record.uuid),
                    article=article_id,
                    author=self.actor_id,
                    body=self.wording(record),
                    created_at=self.now,
                )
                continue
            actor = self.person(data.get("actor"))
            key = PersonKey.get_or_none(
                (PersonKey.person == actor) & (PersonKey.public_key == data.get("public_key"))
            )
            append_imported(
                StatusChange(
                    uuid=data["uuid"],
                    article=article_id,
                    article_uuid=article_uuid,
                    from_status=data.get("from", ""),
                    to_status=data.get("to", ""),
                    actor=actor,
                    note=data.get("note", ""),
                    created_at=parse_time(data.get("created_at")),
                    refused=False,
                    action=data.get("action", ""),
                    revision=numbers.get(data.get("revision") or ""),
                    content_sha256=data.get("content_sha256", ""),
                    signer_key=key.id if key is not None else None,
                    signature=data.get("signature", ""),
                    signed_as=json.dumps(data.get("signed_as") or {}, sort_keys=True),
                )
            )

    def set_status(self, article_id: int, plan: ArticlePlan) -> None:
        if plan.status_before is not None and plan.status_after == plan.status_before:
            return
        data = plan.data
        published = None
        if plan.status_after in (Status.PUBLISHED, Status.APPROVED) and data.get("published_revision"):
            row = Revision.get_or_none(
                (Revision.article == article_id) & (Revision.uuid == data["published_revision"])
            )
            published = row.number if row is not None else None
        values: dict[str, Any] = {"status": plan.status_after, "version": Article.version + 1}
        if plan.status_after == data.get("status"):
            values.update(
                published_revision=published,
                published_at=parse_time(data.get("published_at")),
                publish_at=parse_time(data.get("publish_at")),
                release_number=str(data.get("release_number", "")),
            )
        Article.update(**values).where(Article.id == article_id).execute()

    def article(self, plan: ArticlePlan, service: ArticleService, signed_in: SignedIn) -> int:
        data = plan.data
        current = data["current"]
        note = f"{self.incoming.sender_name} · {self.incoming.package}"
        if plan.outcome == Outcome.NEW:
            created = service.create(self.changes(current["fields"], current.get("featured_image"), data))
            article_id = created.id
            Revision.delete().where(Revision.article == article_id).execute()  # theirs come next
            Article.update(
                uuid=plan.uuid,
                created_at=parse_time(data.get("created_at")) or self.now,
                author=self.person(data.get("author")),
            ).where(Article.id == article_id).execute()
            self.add_revisions(article_id, plan.new_revisions)
        else:
            article_id = int(plan.local_id or 0)
            self.add_revisions(article_id, plan.new_revisions)
            if plan.outcome == Outcome.TAKEN:
                row = service.get(article_id)
                service.save(
                    article_id,
                    self.changes(current["fields"], current.get("featured_image"), data),
                    row.version,
                    actor=signed_in,
                    reason="import",
                )
                Revision.update(note=note).where(
                    (Revision.article == article_id) & (Revision.reason == "import") & (Revision.note == "")
                ).execute()
            elif plan.outcome == Outcome.CONFLICT:
                number = record_revision(
                    article_id,
                    "conflict",
                    self.actor_id,
                    changes=self.changes(current["fields"], current.get("featured_image"), data),
                    note=note,
                    now=self.now,
                )
                PackageConflict.create(
                    article=article_id,
                    revision=number,
                    package=self.incoming.package,
                    sender=self.incoming.sender_name,
                    created_at=self.now,
                )
        self.add_comments(article_id, plan)
        self.add_records(article_id, plan.uuid, plan)
        self.set_status(article_id, plan)
        stored = Article.get_by_id(article_id)
        db_search.index_article(
            database_proxy.obj, article_id, stored.title, stored.summary, current["fields"].get("body", "")
        )
        state.remember_seen(
            self.incoming.from_database,
            plan.uuid,
            data.get("head_revision") or "",
            str(data.get("status", "")),
            self.now,
            [u for u in data.get("known_revisions") or [] if isinstance(u, str)],
        )
        return article_id


def prepare_images(incoming: Incoming) -> dict[str, PreparedImage]:
    """The images new here, checked and their web versions made (slow: before the transaction)."""
    known = {
        s
        for (s,) in cast(
            "Iterable[tuple[str]]",
            Asset.select(Asset.sha256).where(Asset.sha256.in_(sorted(incoming.images))).tuples(),
        )
    }
    return {
        sha: prepare_image(incoming.image_bytes(sha), str(meta.get("filename", "")))
        for sha, meta in incoming.images.items()
        if sha not in known
    }


def import_package(
    incoming: Incoming,
    actor: SignedIn,
    *,
    wording: Wording = english_wording,
    now: _dt.datetime | None = None,
    confirm_keys: Iterable[str] = (),
) -> ImportResult:
    """Write what ``incoming`` brings, in one transaction (nothing when it was imported before),
    and record it in the packages' audit trail. ``confirm_keys``: the people (uuids) whose new
    signing keys ``actor``, an administrator, confirms (:mod:`~desktop_app.core.packages.keys`;
    anyone else: :class:`PermissionDenied`)."""
    person = current_person(actor)
    confirm_keys = sorted(set(confirm_keys))
    if confirm_keys:
        from desktop_app.core.auth import require_admin

        require_admin(actor)
    now = now or utcnow()
    try:
        return _import(incoming, actor, person.id, wording, now, confirm_keys)
    except (KeyError, TypeError, ValueError, AttributeError, IntegrityError) as exc:
        # signed, but not what Redaksi writes (a field of the wrong kind, a uuid of another
        # article's...): rolled back whole
        raise PackageError(Problem.DAMAGED, type(exc).__name__) from exc


def _import(
    incoming: Incoming,
    actor: SignedIn,
    person_id: int,
    wording: Wording,
    now: _dt.datetime,
    confirm_keys: list[str],
) -> ImportResult:
    prepared = prepare_images(incoming)
    service = ArticleService(database_proxy.obj)
    with database_proxy.atomic():
        plan = make_plan(incoming, confirm_keys, actor.name)
        if plan.already_imported is not None:
            return ImportResult(incoming.package, True, 0, 0, 0, 0, 0, 0, 0, [])
        importer = _Importer(incoming, person_id, wording, now)
        importer.add_people(plan)
        keys.accept(plan.key_changes, confirm_keys, actor, now)
        importer.add_images(prepared)
        ids = [importer.article(article, service, actor) for article in plan.articles]
        state.remember_partner(incoming.from_database, incoming.sender_name, now)
        result = ImportResult(
            incoming.package,
            False,
            plan.count(Outcome.NEW),
            plan.count(Outcome.TAKEN),
            plan.count(Outcome.KEPT),
            plan.count(Outcome.CONFLICT),
            plan.comments,
            sum(1 for r in plan.approvals if r.accepted),
            len(plan.refused),
            ids,
            plan.key_changes,
        )
        summary = {
            "sender": incoming.sender_name,
            "articles": {a.uuid: a.outcome.value for a in plan.articles},
            "titles": [a.title for a in plan.articles],
            "comments": plan.comments,
            "accepted": [r.uuid for a in plan.articles for r in a.accepted],
            "refused": [r.uuid for r in plan.refused],
            "people": [p.get("name", "") for p in plan.new_people],
            "images": len(plan.new_images),
            "new_keys": [
                {"person": c.name, "key": c.public_key, "confirmed_by": c.confirmed_by}
                for c in plan.key_changes
            ],
        }
        state.record_event(
            incoming.package,
            state.IMPORTED,
            incoming.from_database,
            person_id,
            summary,
            incoming.file_sha256,
            now,
        )
    return result
