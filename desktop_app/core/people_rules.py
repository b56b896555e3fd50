"""What signing in (:mod:`desktop_app.core.auth`) and managing people
(:mod:`desktop_app.core.people`) share: the rules for names and e-mail addresses, how a name is
matched, the lock that makes people's changes take turns, and the people's audit trail.

A name is matched as people type it: case, spacing and Unicode forms aside ("admin  redaksi"
signs in as "Admin Redaksi"), so two active people may not have names that match so.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import unicodedata
from collections.abc import Iterable
from typing import cast

from peewee import JOIN, PostgresqlDatabase

from db.models import Person, PersonEvent, database_proxy, utcnow
from desktop_app.core.errors import ValidationError
from desktop_app.core.models import PersonData, PersonEventData, PersonEventKind
from desktop_app.core.text import storable_text

NAME_MAX_LENGTH = 200
EMAIL_MAX_LENGTH = 200
#: The PostgreSQL advisory lock that :func:`lock_people` takes (a constant of Redaksi's own).
PEOPLE_LOCK_KEY = 0x5265_6461_6B73_6902


def person_data(row: Person) -> PersonData:
    return PersonData(
        row.id, row.uuid, row.name, row.email, row.role, row.active, has_password=bool(row.password_hash)
    )


def clean_name(name: str) -> str:
    """The name to store: control characters (a NUL from a paste) removed, stripped; raises
    ``name_required`` or ``name_too_long``."""
    name = storable_text(name).strip()
    if not name:
        raise ValidationError("name_required", "name")
    if len(name) > NAME_MAX_LENGTH:
        raise ValidationError("name_too_long", "name")
    return name


def clean_email(email: str) -> str:
    email = storable_text(email).strip()
    if len(email) > EMAIL_MAX_LENGTH:
        raise ValidationError("email_too_long", "email")
    return email


def name_key(name: str) -> str:
    """``name`` as it is matched: Unicode-normalised (NFKC), case-folded, runs of spaces as one."""
    return " ".join(unicodedata.normalize("NFKC", storable_text(name)).split()).casefold()


def name_digest(name: str) -> str:
    """The SHA-256 (hex) of :func:`name_key`: how the sign-in throttle keeps a name."""
    return hashlib.sha256(name_key(name).encode("utf-8")).hexdigest()


def active_people_named(name: str, *, exclude_id: int | None = None) -> list[Person]:
    """The active people whose name matches ``name`` (:func:`name_key`), oldest first. Usually
    one or none; a database from before names had to differ may hold more."""
    key = name_key(name)
    query = Person.select().where(Person.active == True).order_by(Person.id)  # noqa: E712 - SQL
    if exclude_id is not None:
        query = query.where(Person.id != exclude_id)
    # Matched in Python: the folding is Unicode's, the same on every backend (the table is small).
    return [row for row in query if name_key(row.name) == key]


def check_name_free(name: str, *, exclude_id: int | None = None) -> None:
    """Raise ``name_taken`` when an active person (other than ``exclude_id``) has ``name``."""
    if active_people_named(name, exclude_id=exclude_id):
        raise ValidationError("name_taken", "name", name)


def lock_people() -> None:
    """Until the transaction ends, be the only writer of people, passwords and the sign-in
    throttle: the checks "the name is free", "another admin remains", "no admin has a password
    yet" and a failure count stay true until the change that relied on them commits. On
    PostgreSQL (read committed) a transaction-level advisory lock; on SQLite writers already take
    turns (every transaction begins IMMEDIATE). Call inside a transaction."""
    database = database_proxy.obj
    if isinstance(database, PostgresqlDatabase):
        database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (PEOPLE_LOCK_KEY,))


def record_event(
    kind: PersonEventKind,
    person: Person | None,
    actor_id: int | None,
    *,
    old_value: str = "",
    new_value: str = "",
    when: _dt.datetime | None = None,
) -> None:
    """Add a row to the people's audit trail (at ``when``, naive UTC; now by default). Never
    pass anything of a password."""
    PersonEvent.create(
        person=person.id if person is not None else None,
        person_name=person.name if person is not None else "",
        actor=actor_id,
        action=kind.value,
        old_value=old_value,
        new_value=new_value,
        created_at=when or utcnow(),
    )


def person_events(
    person_id: int | None = None, *, kinds: Iterable[PersonEventKind] | None = None, limit: int = 500
) -> list[PersonEventData]:
    """The people's audit trail, newest first: everyone's, or what concerns ``person_id``
    (about them or done by them); only rows of ``kinds`` when given."""
    actor = Person.alias()
    query = (
        PersonEvent.select(PersonEvent, actor.name.alias("actor_name"))
        .join(actor, JOIN.LEFT_OUTER, on=(PersonEvent.actor == actor.id))
        .order_by(PersonEvent.created_at.desc(), PersonEvent.id.desc())
        .limit(limit)
    )
    if person_id is not None:
        query = query.where((PersonEvent.person == person_id) | (PersonEvent.actor == person_id))
    if kinds is not None:
        query = query.where(PersonEvent.action.in_([kind.value for kind in kinds]))
    rows = cast(Iterable[PersonEvent], query.objects())
    return [
        PersonEventData(
            row.id,
            row.uuid,
            row.action,
            row.person_id,
            row.person_name,
            row.actor_id,
            getattr(row, "actor_name", None) or "",
            row.old_value,
            row.new_value,
            row.created_at,
        )
        for row in rows
    ]
