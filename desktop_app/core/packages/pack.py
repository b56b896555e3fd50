"""Packing: the chosen articles, with what the recipient has not seen, into one signed file."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from db.models import (
    Article,
    Asset,
    Comment,
    Person,
    PersonKey,
    Revision,
    StatusChange,
    database_proxy,
    new_uuid,
    utcnow,
)
from desktop_app import __version__
from desktop_app.core.audit import signed_values
from desktop_app.core.auth import SignedIn, current_person
from desktop_app.core.errors import KEY_REPLACED, NotFound, PermissionDenied
from desktop_app.core.models import ARTICLE_TEXT_FIELDS
from desktop_app.core.packages import state
from desktop_app.core.packages.container import FORMAT_VERSION, PACKAGE_KIND, PEOPLE, canonical, write_package
from desktop_app.core.packages.errors import PackageError, Problem
from desktop_app.core.snapshots import ASSET_REFERENCE, current_snapshot, record_revision, same_content

#: The revision columns a package carries besides the text fields.
SNAPSHOT_EXTRAS = ("slug", "category_name", "tags", "image_words")


def when(value: _dt.datetime | None) -> str | None:
    return value.isoformat(timespec="microseconds") if value is not None else None


@dataclass(frozen=True)
class PackResult:
    package: str
    path: Path
    articles: int
    revisions: int
    comments: int
    images: int
    recipient: str | None
    file_sha256: str


class _Collector:
    def __init__(self) -> None:
        self.people: set[int] = set()
        self.assets: set[int] = set()
        self.asset_uuids: set[str] = set()
        self._asset_uuid: dict[int, str] = {}

    def person(self, person_id: int | None) -> str | None:
        if person_id is None:
            return None
        self.people.add(person_id)
        row = Person.get_or_none(Person.id == person_id)
        return row.uuid if row is not None else None

    def asset(self, asset_id: int | None) -> str | None:
        if asset_id is None:
            return None
        if asset_id not in self._asset_uuid:
            row = Asset.select(Asset.uuid).where(Asset.id == asset_id).first()
            self._asset_uuid[asset_id] = row.uuid if row is not None else ""
        uuid = self._asset_uuid[asset_id]
        if uuid:
            self.assets.add(asset_id)
        return uuid or None

    def body(self, body: str) -> None:
        self.asset_uuids.update(u.lower() for u in ASSET_REFERENCE.findall(body or ""))


def _revision_json(row: Revision, collect: _Collector) -> dict[str, Any]:
    collect.body(row.body)
    return {
        "uuid": row.uuid,
        "number": row.number,
        "reason": row.reason,
        "note": row.note,
        "author": collect.person(row.author_id),
        "created_at": when(row.created_at),
        "fields": {name: getattr(row, name) for name in (*ARTICLE_TEXT_FIELDS, *SNAPSHOT_EXTRAS)},
        "featured_image": collect.asset(row.featured_image),
    }


def _revisions_to_send(article_id: int, known: frozenset[str], base_uuid: str | None) -> list[Revision]:
    """The revisions the recipient does not have: every one the first time; after that those
    not among the ones it has (``known``). Without that list (a partner's record from before
    it was kept), those newer than the common revision."""
    rows = list(Revision.select().where(Revision.article == article_id).order_by(Revision.number))
    if known:
        return [r for r in rows if r.uuid not in known]
    base = next((r.number for r in rows if r.uuid == base_uuid), None) if base_uuid else None
    return rows if base is None else [r for r in rows if r.number > base]


def _audit_json(row: StatusChange, revision_uuids: dict[int, str], collect: _Collector) -> dict[str, Any]:
    key = PersonKey.get_or_none(PersonKey.id == row.signer_key) if row.signer_key is not None else None
    signed = signed_values(row)
    revision = Revision.get_or_none((Revision.article == row.article_id) & (Revision.number == row.revision))
    if "featured_image" not in signed:
        signed["featured_image"] = revision.featured_image if revision is not None else None
    return {
        "uuid": row.uuid,
        "action": row.action,
        "from": row.from_status,
        "to": row.to_status,
        "actor": collect.person(row.actor_id),
        "note": row.note,
        "created_at": when(row.created_at),
        "revision": revision_uuids.get(row.revision) if row.revision is not None else None,
        "content_sha256": row.content_sha256,
        "signature": row.signature,
        "public_key": key.public_key if key is not None else "",
        "signed_as": signed,
    }


def _comment_json(row: Comment, uuids: dict[int, str], collect: _Collector) -> dict[str, Any]:
    return {
        "uuid": row.uuid,
        "parent": uuids.get(row.parent_id) if row.parent_id else None,
        "author": collect.person(row.author_id),
        "body": row.body,
        "quote": row.quote,
        "anchor_start": row.anchor_start,
        "created_at": when(row.created_at),
        "resolved_by": collect.person(row.resolved_by_id),
        "resolved_at": when(row.resolved_at),
    }


def article_json(article: Article, seen: state.Seen | None, collect: _Collector) -> dict[str, Any]:
    """One article as ``articles/<uuid>.json`` holds it."""
    snapshot = current_snapshot(article.id)
    collect.body(str(snapshot["body"] or ""))
    audit_rows = list(
        StatusChange.select()
        .where((StatusChange.article == article.id) & (StatusChange.refused == False))  # noqa: E712 - SQL
        .order_by(StatusChange.id)
    )
    all_uuids = {
        number: uuid
        for number, uuid in cast(
            "Iterable[tuple[int, str]]",
            Revision.select(Revision.number, Revision.uuid).where(Revision.article == article.id).tuples(),
        )
    }
    base_uuid = seen.revision_uuid if seen is not None else None
    revisions = _revisions_to_send(article.id, seen.revisions if seen is not None else frozenset(), base_uuid)
    head = max(all_uuids) if all_uuids else None
    comments = list(Comment.select().where(Comment.article == article.id).order_by(Comment.id))
    comment_uuids = {c.id: c.uuid for c in comments}
    fields = {name: snapshot[name] for name in (*ARTICLE_TEXT_FIELDS, *SNAPSHOT_EXTRAS)}
    return {
        "uuid": article.uuid,
        "kind": article.kind,
        "release_number": article.release_number,
        "status": article.status,
        "publish_at": when(article.publish_at),
        "published_at": when(article.published_at),
        "published_revision": all_uuids.get(article.published_revision)
        if article.published_revision
        else None,
        "created_at": when(article.created_at),
        "updated_at": when(article.updated_at),
        "author": collect.person(article.author_id),
        "current": {"fields": fields, "featured_image": collect.asset(article.featured_image_id)},
        "head_revision": all_uuids.get(head) if head is not None else None,
        "base_revision": base_uuid,
        "base_status": seen.status if seen is not None else None,
        "known_revisions": sorted(all_uuids.values()),
        "revisions": [_revision_json(r, collect) for r in revisions],
        "comments": [_comment_json(c, comment_uuids, collect) for c in comments],
        "audit": [_audit_json(r, all_uuids, collect) for r in audit_rows],
    }


def people_json(person_ids: Iterable[int]) -> list[dict[str, Any]]:
    """Names, roles and public keys: never a password hash, an e-mail or a private key."""
    from desktop_app.core.key_certificates import certificates

    ids = sorted(set(person_ids))
    keys: dict[int, list[dict[str, Any]]] = {}
    certified = certificates(ids)
    for key in PersonKey.select().where(PersonKey.person.in_(ids)).order_by(PersonKey.id):
        listed: dict[str, Any] = {
            "public_key": key.public_key,
            "valid_from": when(key.valid_from),
            "valid_to": when(key.valid_to),
        }
        certificate = certified.get((key.person_id, key.public_key))
        if certificate is not None:  # an admin vouched for it (a password reset)
            listed["certificate"] = certificate
        keys.setdefault(key.person_id, []).append(listed)
    return [
        {"uuid": p.uuid, "name": p.name, "role": p.role, "keys": keys.get(p.id, [])}
        for p in Person.select().where(Person.id.in_(ids)).order_by(Person.id)
    ]


def _images(collect: _Collector) -> dict[str, bytes]:
    parts: dict[str, bytes] = {}
    condition = Asset.id.in_(sorted(collect.assets))
    if collect.asset_uuids:
        condition |= Asset.uuid.in_(sorted(collect.asset_uuids))
    for row in Asset.select().where(condition):
        meta = {
            "uuid": row.uuid,
            "sha256": row.sha256,
            "filename": row.filename,
            "mime_type": row.mime_type,
            "alt_text": row.alt_text,
            "caption": row.caption,
            "credit": row.credit,
        }
        parts[f"images/{row.sha256}.json"] = canonical(meta)
        parts[f"images/{row.sha256}"] = bytes(row.original)
    return parts


def _snapshot_current(article_id: int, person_id: int, now: _dt.datetime) -> None:
    """Record a ``send`` revision when the text as it is now is not the newest revision's (a
    package's newest revision is always the text it carries: the common revision after)."""
    latest = Revision.select().where(Revision.article == article_id).order_by(Revision.number.desc()).first()
    current = current_snapshot(article_id)
    if latest is not None:
        kept = {name: getattr(latest, name) for name in current if name != "image_words"}
        if same_content(kept, {k: v for k, v in current.items() if k != "image_words"}):
            return
    record_revision(article_id, "send", person_id, now=now)


def default_recipient(article_uuids: Sequence[str]) -> str | None:
    """The partner these articles were exchanged with, when there is exactly one."""
    found = state.partners_of(article_uuids)
    return next(iter(found)) if len(found) == 1 else None


def pack(
    article_ids: Sequence[int],
    actor: SignedIn,
    out: str | Path,
    *,
    recipient: str | None = None,
    new_recipient: bool = False,
    now: _dt.datetime | None = None,
) -> PackResult:
    """Write a package of ``article_ids`` to ``out``, signed by ``actor``, for the database
    ``recipient`` (None: the one partner these articles were exchanged with, if there is one;
    ``new_recipient``: a database not heard from yet). Remembers what the recipient now has."""
    if not article_ids:
        raise PackageError(Problem.NO_ARTICLES)
    person = current_person(actor)
    key = PersonKey.get_or_none(PersonKey.id == actor.signer.key_id)
    if key is None or key.valid_to is not None:  # an admin reset the password since sign-in
        raise PermissionDenied(person.role, KEY_REPLACED)
    now = now or utcnow()
    own = state.database_id()
    rows = []
    for article_id in dict.fromkeys(article_ids):
        row = Article.get_or_none(Article.id == article_id)
        if row is None:
            raise NotFound("article", article_id)
        rows.append(row)
    with database_proxy.atomic():
        for row in rows:
            _snapshot_current(row.id, person.id, now)
    if new_recipient:
        recipient = None
    elif recipient is None:
        recipient = default_recipient([r.uuid for r in rows])
    seen = state.seen_by(recipient or "", [r.uuid for r in rows])
    collect = _Collector()
    collect.person(person.id)
    parts: dict[str, bytes] = {}
    articles: list[dict[str, Any]] = []
    for row in rows:
        data = article_json(row, seen.get(row.uuid), collect)
        articles.append(data)
        parts[f"articles/{row.uuid}.json"] = canonical(data)
    parts.update(_images(collect))
    parts[PEOPLE] = canonical(people_json(collect.people))
    package = new_uuid()
    manifest = {
        "kind": PACKAGE_KIND,
        "format": FORMAT_VERSION,
        "package": package,
        "created_at": when(now),
        "app": f"Redaksi {__version__}",
        "from_database": own,
        "to_database": recipient,
        "sender": {"uuid": person.uuid, "name": person.name, "public_key": actor.signer.public_key},
        "articles": [r.uuid for r in rows],
    }
    file_sha256 = write_package(out, parts, manifest, actor.signer)
    revisions = sum(len(a["revisions"]) for a in articles)
    comments = sum(len(a["comments"]) for a in articles)
    images = sum(1 for name in parts if name.startswith("images/") and not name.endswith(".json"))
    with database_proxy.atomic():
        if recipient:
            for data in articles:
                had = seen.get(data["uuid"])
                state.remember_seen(
                    recipient,
                    data["uuid"],
                    data["head_revision"] or "",
                    data["status"],
                    now,
                    {*data["known_revisions"], *(had.revisions if had is not None else ())},
                )
        summary = {
            "articles": [a["uuid"] for a in articles],
            "titles": [a["current"]["fields"]["title"] for a in articles],
            "revisions": revisions,
            "comments": comments,
            "images": images,
        }
        state.record_event(package, state.SENT, recipient or "", person.id, summary, file_sha256, now)
    return PackResult(package, Path(out), len(rows), revisions, comments, images, recipient, file_sha256)
