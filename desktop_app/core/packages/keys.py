"""Key changes a review package brings: a person known here whose package lists a signing key
this database does not know for them (an admin reset their password there: a new key pair).

A new key counts here when a certificate carried with it verifies against an administrator of
this database (:func:`desktop_app.core.key_certificates.vouching_admin`), or when an
administrator importing the package confirms it (after comparing its first characters with the
person, by telephone). Until then the package still imports, but whatever that key signed
(the person's approvals, publications...) becomes a comment, and the preview names the person
and says an administrator must confirm the key. A key the package does not even list for its
sender refuses the package, as before (:class:`~desktop_app.core.packages.errors.Problem`
``UNKNOWN_KEY``).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from db.models import Person, PersonKey
from desktop_app.core.key_certificates import vouching_admin
from desktop_app.core.packages.errors import PackageError, Problem


@dataclass(frozen=True)
class KeyChange:
    """A key the package lists for someone known here, unknown here."""

    person_uuid: str
    name: str  # as this database knows them
    public_key: str
    valid_from: _dt.datetime
    valid_to: _dt.datetime | None
    #: Who vouched for it: an administrator of this database (their certificate), or the admin
    #: who confirmed it while importing; "" when nobody has (yet).
    confirmed_by: str = ""
    #: The certificate that came with it, when one verified here.
    certificate: dict[str, Any] | None = field(default=None, compare=False, repr=False)

    @property
    def confirmed(self) -> bool:
        return bool(self.confirmed_by)

    @property
    def fingerprint(self) -> str:
        """The key's first 16 characters in groups of four, to compare by telephone."""
        return " ".join(self.public_key[i : i + 4] for i in range(0, 16, 4))


def _time(value: object) -> _dt.datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return _dt.datetime.fromisoformat(value).replace(tzinfo=None)
    except ValueError as exc:
        raise PackageError(Problem.DAMAGED, value) from exc


def key_changes(people: Iterable[dict[str, Any]]) -> list[KeyChange]:
    """The keys ``people`` (a package's ``people.json``) lists for people known here that this
    database does not know, each confirmed or not by a certificate it carries."""
    listed = {p["uuid"]: p for p in people if isinstance(p.get("uuid"), str)}
    if not listed:
        return []
    changes: list[KeyChange] = []
    for person in Person.select().where(Person.uuid.in_(sorted(listed))).order_by(Person.id):
        known = {
            k.public_key for k in PersonKey.select(PersonKey.public_key).where(PersonKey.person == person.id)
        }
        for key in listed[person.uuid].get("keys") or []:
            if not isinstance(key, dict) or not isinstance(key.get("public_key"), str):
                continue
            valid_from = _time(key.get("valid_from"))
            if key["public_key"] in known or valid_from is None:
                continue
            admin = vouching_admin(
                person.uuid, key["public_key"], str(key["valid_from"]), key.get("certificate")
            )
            changes.append(
                KeyChange(
                    person.uuid,
                    str(person.name),
                    key["public_key"],
                    valid_from,
                    _time(key.get("valid_to")),
                    str(admin.name) if admin is not None else "",
                    key["certificate"] if admin is not None else None,
                )
            )
    return changes


def confirm(changes: list[KeyChange], person_uuids: Iterable[str], admin_name: str) -> list[KeyChange]:
    """``changes`` with those of ``person_uuids`` confirmed by ``admin_name`` (importing)."""
    chosen = set(person_uuids)
    return [
        replace(c, confirmed_by=admin_name) if c.person_uuid in chosen and not c.confirmed else c
        for c in changes
    ]


def accept(changes: list[KeyChange], confirmed_here: Iterable[str], actor: Any, now: _dt.datetime) -> None:
    """Write the confirmed ``changes`` (in the import's transaction): each new key is added to
    its person's keys and their older keys' period ends where it begins. A certificate that
    came with a key is kept here too (packages from here carry it on); a key the importing
    administrator ``actor`` confirmed (``confirmed_here``: person uuids) is certified with
    their own key."""
    import json

    from desktop_app.core.key_certificates import certify_key
    from desktop_app.core.models import PersonEventKind
    from desktop_app.core.people_rules import record_event

    here = set(confirmed_here)
    for change in changes:
        if not change.confirmed:
            continue
        person = Person.get(Person.uuid == change.person_uuid)
        PersonKey.update(valid_to=change.valid_from).where(
            (PersonKey.person == person.id)
            & PersonKey.valid_to.is_null(True)
            & (PersonKey.valid_from < change.valid_from)
        ).execute()
        row = PersonKey.create(
            person=person.id,
            public_key=change.public_key,
            valid_from=change.valid_from,
            valid_to=change.valid_to,
        )
        if change.person_uuid in here:
            certify_key(person, row, actor.signer, now)
        elif change.certificate is not None:
            admin = Person.get_or_none(Person.uuid == change.certificate.get("by"))
            record_event(
                PersonEventKind.KEY_CERTIFIED,
                person,
                admin.id if admin is not None else None,
                new_value=json.dumps(change.certificate, sort_keys=True),
                when=now,
            )
