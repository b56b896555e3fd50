"""What this database keeps about package exchanges: its own id, its partners, what each
partner last saw of each article (the common revision), and the packages' audit trail."""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from peewee import JOIN

from db.models import (
    DatabaseIdentity,
    PackageEvent,
    PackagePartner,
    PackageSync,
    Person,
    database_proxy,
    new_uuid,
    utcnow,
)
from desktop_app.core import json_text

SENT = "sent"
IMPORTED = "imported"


def database_id() -> str:
    """This database's stable id (made by its migration; made now if the row went missing)."""
    row = DatabaseIdentity.get_or_none(DatabaseIdentity.id == 1)
    if row is None:
        row = DatabaseIdentity.create(id=1, uuid=new_uuid(), created_at=utcnow())
    return str(row.uuid)


def renew_database_id() -> str:
    """Give this database a new id: for a copy of another database's file, which would
    otherwise be taken for that database (and its packages refused as its own). Forgets what
    partners saw under the old id."""
    new = new_uuid()
    with database_proxy.atomic():
        DatabaseIdentity.insert(id=1, uuid=new, created_at=utcnow()).on_conflict(
            conflict_target=[DatabaseIdentity.id], update={DatabaseIdentity.uuid: new}
        ).execute()
    return new


@dataclass(frozen=True)
class Partner:
    uuid: str
    name: str
    first_seen: _dt.datetime
    last_seen: _dt.datetime


def partners() -> list[Partner]:
    """The databases this one exchanged packages with, most recent first."""
    rows = PackagePartner.select().order_by(PackagePartner.last_seen.desc())
    return [Partner(r.uuid, r.name, r.first_seen, r.last_seen) for r in rows]


def remember_partner(uuid: str, name: str, now: _dt.datetime) -> None:
    row = PackagePartner.get_or_none(PackagePartner.uuid == uuid)
    if row is None:
        PackagePartner.create(uuid=uuid, name=name, first_seen=now, last_seen=now)
    else:
        PackagePartner.update(name=name or row.name, last_seen=now).where(
            PackagePartner.uuid == uuid
        ).execute()


@dataclass(frozen=True)
class Seen:
    """What a partner last saw of an article: the common revision's uuid, the status, and the
    uuids of every revision it has."""

    revision_uuid: str
    status: str
    revisions: frozenset[str] = frozenset()


def seen_by(partner: str, article_uuids: Iterable[str]) -> dict[str, Seen]:
    uuids = list(article_uuids)
    if not partner or not uuids:
        return {}
    rows = PackageSync.select().where((PackageSync.partner == partner) & PackageSync.article_uuid.in_(uuids))
    return {r.article_uuid: Seen(r.revision_uuid, r.status, _uuids(r.revisions)) for r in rows}


def _uuids(text: str) -> frozenset[str]:
    try:
        found = json_text.loads(text) if text else []
    except ValueError:
        found = []
    return frozenset(u for u in found if isinstance(u, str)) if isinstance(found, list) else frozenset()


def remember_seen(
    partner: str,
    article_uuid: str,
    revision_uuid: str,
    status: str,
    now: _dt.datetime,
    revisions: Iterable[str] = (),
) -> None:
    """Remember what ``partner`` has of the article now (``revisions``: the uuids of every
    revision it has)."""
    known = json.dumps(sorted(set(revisions)))
    updated = (
        PackageSync.update(revision_uuid=revision_uuid, status=status, revisions=known, updated_at=now)
        .where((PackageSync.partner == partner) & (PackageSync.article_uuid == article_uuid))
        .execute()
    )
    if not updated:
        PackageSync.create(
            partner=partner,
            article_uuid=article_uuid,
            revision_uuid=revision_uuid,
            status=status,
            revisions=known,
            updated_at=now,
        )


def partners_of(article_uuids: Iterable[str]) -> set[str]:
    """The partners that have seen any of these articles."""
    uuids = list(article_uuids)
    if not uuids:
        return set()
    rows = PackageSync.select(PackageSync.partner).where(PackageSync.article_uuid.in_(uuids)).distinct()
    return {r.partner for r in rows}


def record_event(
    package: str,
    direction: str,
    partner: str,
    actor_id: int | None,
    summary: dict[str, Any],
    file_sha256: str,
    now: _dt.datetime,
) -> None:
    PackageEvent.create(
        package=package,
        direction=direction,
        partner=partner,
        actor=actor_id,
        created_at=now,
        file_sha256=file_sha256,
        summary=json.dumps(summary, ensure_ascii=False, sort_keys=True),
    )


def imported_at(package: str) -> _dt.datetime | None:
    """When this package was imported here (None: never)."""
    row = (
        PackageEvent.select(PackageEvent.created_at)
        .where((PackageEvent.package == package) & (PackageEvent.direction == IMPORTED))
        .first()
    )
    return row.created_at if row is not None else None


@dataclass(frozen=True)
class EventData:
    id: int
    package: str
    direction: str
    partner: str
    actor: str | None
    created_at: _dt.datetime
    summary: dict[str, Any]


def events() -> list[EventData]:
    """The packages' audit trail, newest first."""
    rows = (
        PackageEvent.select(PackageEvent, Person.name.alias("actor_name"))
        .join(Person, on=(PackageEvent.actor == Person.id), join_type=JOIN.LEFT_OUTER)
        .order_by(PackageEvent.created_at.desc(), PackageEvent.id.desc())
        .objects()
    )
    out = []
    for r in rows:
        try:
            summary = json_text.loads(r.summary) if r.summary else {}
        except ValueError:
            summary = {}
        name = getattr(r, "actor_name", None)
        out.append(EventData(r.id, r.package, r.direction, r.partner, name, r.created_at, summary))
    return out
