"""People and their roles (writer / penulis, editor / redaktur, admin).

Anyone may list people; only an admin changes them. Every changing method takes the signed-in
person (``actor``, a :class:`~desktop_app.core.auth.SignedIn`) and refuses anyone who is not an
active admin *now* with :class:`~desktop_app.core.errors.PermissionDenied` (``ADMIN_ONLY``),
before looking at anything else. Passwords are set in :class:`~desktop_app.core.auth.AuthService`.

The rules kept here: two active people never share a name (as matched at sign-in:
``name_taken``); someone must remain an active admin (``last_admin``), and one who can sign in,
once one could (``last_admin_password``); only someone who never did anything may be deleted
(``person_has_articles``: the others are deactivated, their name stays on their work). Every
change is a row of the people's audit trail (:meth:`PeopleService.history`).
"""

from __future__ import annotations

import builtins

from peewee import Database

from db.models import Article, Comment, Person, PersonEvent, Revision, RoleChange, StatusChange
from desktop_app.core.audit import record_role_change
from desktop_app.core.auth import SignedIn, require_admin
from desktop_app.core.errors import NotFound, ValidationError
from desktop_app.core.models import PersonData, PersonEventData, PersonEventKind, Role
from desktop_app.core.people_rules import (
    EMAIL_MAX_LENGTH,
    NAME_MAX_LENGTH,
    check_name_free,
    clean_email,
    clean_name,
    lock_people,
    person_data,
    person_events,
    record_event,
)

__all__ = ["EMAIL_MAX_LENGTH", "NAME_MAX_LENGTH", "PeopleService"]


def _check_role(role: str) -> str:
    if role not in tuple(Role):
        raise ValidationError("unknown_role", "role", role)
    return role


def _check_admin_remains(row: Person, new_role: str, new_active: bool) -> None:
    """Raise when ``row`` stops being an active admin and nobody could manage people after."""
    if row.role != Role.ADMIN or not row.active or (new_role == Role.ADMIN and new_active):
        return
    others = Person.select().where(
        (Person.role == Role.ADMIN) & (Person.active == True) & (Person.id != row.id)  # noqa: E712 - SQL
    )
    if not others.exists():  # someone must still be able to manage people
        raise ValidationError("last_admin", "role")
    if row.password_hash and not others.where(Person.password_hash != "").exists():
        # the others have no password yet: nobody could sign in to manage people
        raise ValidationError("last_admin_password", "role")


class PeopleService:
    def __init__(self, database: Database) -> None:
        self.db = database

    def list(self, *, include_inactive: bool = False) -> list[PersonData]:
        q = Person.select().order_by(Person.name)
        if not include_inactive:
            q = q.where(Person.active == True)  # noqa: E712 - SQL comparison
        return [person_data(p) for p in q]

    def get(self, person_id: int) -> PersonData:
        row = Person.get_or_none(Person.id == person_id)
        if row is None:
            raise NotFound("person", person_id)
        return person_data(row)

    def create(self, actor: SignedIn, name: str, role: str = Role.WRITER, email: str = "") -> PersonData:
        """An admin adds a person (without a password: :meth:`AuthService.set_password
        <desktop_app.core.auth.AuthService.set_password>` gives one). Raises
        :class:`PermissionDenied` for anyone else; ``name_required``, ``name_too_long``,
        ``name_taken``, ``unknown_role``, ``email_too_long``."""
        with self.db.atomic():
            lock_people()
            admin = require_admin(actor)
            name = clean_name(name)
            role = _check_role(role)
            email = clean_email(email)
            check_name_free(name)
            row = Person.create(name=name, role=role, email=email)
            record_event(PersonEventKind.CREATED, row, admin.id, new_value=role)
            return person_data(row)

    def update(
        self,
        actor: SignedIn,
        person_id: int,
        *,
        name: str | None = None,
        role: str | None = None,
        active: bool | None = None,
    ) -> PersonData:
        """An admin renames someone, changes their role or (de)activates them (``None``: leave
        as it is). A change of role also goes into the signed, chained audit trail
        (``role_change``, see :mod:`desktop_app.core.audit`), signed with the admin's key. Raises
        :class:`PermissionDenied` for anyone else, :class:`NotFound`, and ``name_required``,
        ``name_too_long``, ``name_taken``, ``unknown_role``, ``last_admin``,
        ``last_admin_password``."""
        with self.db.atomic():
            lock_people()
            admin = require_admin(actor)
            row = Person.get_or_none(Person.id == person_id)
            if row is None:
                raise NotFound("person", person_id)
            new_name = clean_name(name) if name is not None else row.name
            new_role = _check_role(role) if role is not None else row.role
            new_active = row.active if active is None else active
            if new_active and (new_name != row.name or not row.active):
                check_name_free(new_name, exclude_id=row.id)
            _check_admin_remains(row, new_role, new_active)
            Person.update(name=new_name, role=new_role, active=new_active).where(
                Person.id == row.id
            ).execute()
            changed = Person.get_by_id(row.id)
            if new_name != row.name:
                record_event(
                    PersonEventKind.RENAMED, changed, admin.id, old_value=row.name, new_value=new_name
                )
            if new_role != row.role:
                record_event(
                    PersonEventKind.ROLE_CHANGED, changed, admin.id, old_value=row.role, new_value=new_role
                )
                record_role_change(changed, row.role, new_role, admin.id, signer=actor.signer)
            if new_active != row.active:
                kind = PersonEventKind.ACTIVATED if new_active else PersonEventKind.DEACTIVATED
                record_event(kind, changed, admin.id)
            return person_data(changed)

    def delete(self, actor: SignedIn, person_id: int) -> None:
        """An admin deletes someone who never did anything (wrote, commented, changed a status
        or someone else's account); others are deactivated instead. Raises
        :class:`PermissionDenied` for anyone else, :class:`NotFound`, ``person_has_articles``,
        ``last_admin``, ``last_admin_password``."""
        with self.db.atomic():
            lock_people()
            admin = require_admin(actor)
            row = Person.get_or_none(Person.id == person_id)
            if row is None:
                raise NotFound("person", person_id)
            acted_on_others = PersonEvent.select().where(
                (PersonEvent.actor == person_id)
                & ((PersonEvent.person != person_id) | PersonEvent.person.is_null())
            )
            authored = (
                Article.select().where(Article.author == person_id).exists()
                or Revision.select().where(Revision.author == person_id).exists()
                or Comment.select().where(Comment.author == person_id).exists()
                or StatusChange.select().where(StatusChange.actor == person_id).exists()
                or RoleChange.select().where(RoleChange.actor == person_id).exists()
                or acted_on_others.exists()
            )
            if authored:  # their name stays on their work
                raise ValidationError("person_has_articles", "person")
            _check_admin_remains(row, row.role, False)
            record_event(PersonEventKind.DELETED, row, admin.id, old_value=row.name)
            Person.delete().where(Person.id == person_id).execute()

    def history(
        self, actor: SignedIn, person_id: int | None = None, *, limit: int = 500
    ) -> builtins.list[PersonEventData]:
        """The people's audit trail, newest first (everyone's, or what concerns ``person_id``):
        who made, renamed, promoted, (de)activated or deleted whom, passwords set or changed,
        sign-ins and failed ones. Admins only (:class:`PermissionDenied`)."""
        require_admin(actor)
        return person_events(person_id, limit=limit)
