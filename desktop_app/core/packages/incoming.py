"""Reading a package for this database: the container checked, the sender's signature
verified against a key this database may trust, and the package meant for it."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db.models import Person, PersonKey
from desktop_app.core.packages import state
from desktop_app.core.packages.container import PEOPLE, Opened, check_parts, open_package, verify_signature
from desktop_app.core.packages.errors import PackageError, Problem
from desktop_app.core.packages.keys import KeyChange, key_changes


def parse_time(value: object) -> _dt.datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = _dt.datetime.fromisoformat(value)
    except ValueError as exc:
        raise PackageError(Problem.DAMAGED, value) from exc
    return parsed.replace(tzinfo=None)


@dataclass(frozen=True)
class Incoming:
    """A package read, checked and meant for this database."""

    opened: Opened
    package: str
    created_at: _dt.datetime
    from_database: str
    to_database: str | None
    sender_uuid: str
    sender_name: str
    sender_key: str
    #: The sending database is new here (its sender's key is trusted from now on).
    first_contact: bool
    people: list[dict[str, Any]]
    articles: list[dict[str, Any]]
    images: dict[str, dict[str, Any]]  # sha256: description
    #: Keys it lists for people known here that this database does not know (see :mod:`keys`).
    key_changes: list[KeyChange] = field(default_factory=list)

    @property
    def file_sha256(self) -> str:
        return self.opened.file_sha256

    def image_bytes(self, sha256: str) -> bytes:
        return self.opened.parts[f"images/{sha256}"]


def _text(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise PackageError(Problem.DAMAGED, name)
    return value


def _known_keys(person_uuid: str) -> set[str] | None:
    """The public keys this database knows for a person (None: the person is new here)."""
    person = Person.get_or_none(Person.uuid == person_uuid)
    if person is None:
        return None
    return {k.public_key for k in PersonKey.select(PersonKey.public_key).where(PersonKey.person == person.id)}


def read_package(path: str | Path) -> Incoming:
    """Open, check and verify the package at ``path`` for the database the models are bound
    to. Raises :class:`PackageError`; reads only."""
    opened = open_package(path)
    manifest = opened.manifest
    sender = manifest.get("sender")
    if not isinstance(sender, dict):
        raise PackageError(Problem.DAMAGED, "sender")
    sender_key = _text(sender.get("public_key"), "sender")
    if not verify_signature(opened, sender_key):
        raise PackageError(Problem.BAD_SIGNATURE)
    check_parts(opened)
    sender_uuid = _text(sender.get("uuid"), "sender")
    people = opened.json(PEOPLE)
    if not isinstance(people, list) or not all(isinstance(p, dict) for p in people):
        raise PackageError(Problem.DAMAGED, PEOPLE)
    listed = next((p for p in people if p.get("uuid") == sender_uuid), None)
    known = _known_keys(sender_uuid)
    changes = key_changes(people)
    if known is not None:
        if sender_key not in known and not any(
            c.person_uuid == sender_uuid and c.public_key == sender_key for c in changes
        ):  # a key this database never had for them, and not even one the package lists
            raise PackageError(Problem.UNKNOWN_KEY, str(sender.get("name", "")))
    elif listed is None or sender_key not in {k.get("public_key") for k in listed.get("keys", [])}:
        raise PackageError(Problem.UNKNOWN_KEY, str(sender.get("name", "")))
    own = state.database_id()
    from_database = _text(manifest.get("from_database"), "from_database")
    to_database = manifest.get("to_database")
    if from_database == own:
        raise PackageError(Problem.OWN_PACKAGE)
    if to_database is not None and to_database != own:
        raise PackageError(Problem.WRONG_DATABASE, str(to_database))
    articles = []
    for name in opened.names("articles/"):
        data = opened.json(name)
        if not isinstance(data, dict) or name != f"articles/{data.get('uuid')}.json":
            raise PackageError(Problem.DAMAGED, name)
        articles.append(data)
    order = {uuid: i for i, uuid in enumerate(manifest.get("articles") or [])}
    articles.sort(key=lambda a: order.get(a["uuid"], len(order)))
    images: dict[str, dict[str, Any]] = {}
    for name in opened.names("images/"):
        if name.endswith(".json"):
            meta = opened.json(name)
            sha = name[len("images/") : -len(".json")]
            if not isinstance(meta, dict) or meta.get("sha256") != sha or f"images/{sha}" not in opened.parts:
                raise PackageError(Problem.DAMAGED, name)
            images[sha] = meta
    created_at = parse_time(manifest.get("created_at"))
    if created_at is None:
        raise PackageError(Problem.DAMAGED, "created_at")
    return Incoming(
        opened=opened,
        package=_text(manifest.get("package"), "package"),
        created_at=created_at,
        from_database=from_database,
        to_database=to_database,
        sender_uuid=sender_uuid,
        sender_name=str(sender.get("name", "")),
        sender_key=sender_key,
        first_contact=not any(p.uuid == from_database for p in state.partners()),
        people=people,
        articles=articles,
        images=images,
        key_changes=changes,
    )
