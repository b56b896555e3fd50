"""People and their roles (writer / penulis, editor / redaktur, admin)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from peewee import Database

from db.models import Article, Comment, Person, Revision, RoleChange, StatusChange
from desktop_app.core.audit import record_role_change
from desktop_app.core.errors import NotFound, ValidationError
from desktop_app.core.models import PersonData, Role
from desktop_app.core.text import storable_text

if TYPE_CHECKING:
    from desktop_app.core.signing import Signer

NAME_MAX_LENGTH = 200
EMAIL_MAX_LENGTH = 200


def _data(row: Person) -> PersonData:
    return PersonData(row.id, row.uuid, row.name, row.email, row.role, row.active)


class PeopleService:
    def __init__(self, database: Database) -> None:
        self.db = database

    def list(self, *, include_inactive: bool = False) -> list[PersonData]:
        q = Person.select().order_by(Person.name)
        if not include_inactive:
            q = q.where(Person.active == True)  # noqa: E712 - SQL comparison
        return [_data(p) for p in q]

    def get(self, person_id: int) -> PersonData:
        row = Person.get_or_none(Person.id == person_id)
        if row is None:
            raise NotFound("person", person_id)
        return _data(row)

    @staticmethod
    def _check(name: str, role: str) -> str:
        name = storable_text(name).strip()  # (a NUL from a paste: PostgreSQL refuses it)
        if not name:
            raise ValidationError("name_required", "name")
        if len(name) > NAME_MAX_LENGTH:
            raise ValidationError("name_too_long", "name")
        if role not in tuple(Role):
            raise ValidationError("unknown_role", "role", role)
        return name

    @staticmethod
    def _check_email(email: str) -> str:
        email = storable_text(email).strip()
        if len(email) > EMAIL_MAX_LENGTH:
            raise ValidationError("email_too_long", "email")
        return email

    def create(self, name: str, role: str = Role.WRITER, email: str = "") -> PersonData:
        name = self._check(name, role)
        email = self._check_email(email)
        with self.db.atomic():
            return _data(Person.create(name=name, role=role, email=email))

    def update(
        self,
        person_id: int,
        *,
        name: str | None = None,
        role: str | None = None,
        active: bool | None = None,
        actor_id: int | None = None,
        signer: Signer | None = None,
    ) -> PersonData:
        """Change a person. A change of role is recorded in the audit trail (``role_change``,
        see ``desktop_app.core.audit``) as done by ``actor_id``, and signed when ``signer`` (the
        actor's unlocked key; it names the actor when ``actor_id`` is not given) is given."""
        if signer is not None:
            actor_id = signer.person_id if actor_id is None else actor_id
        current = self.get(person_id)
        name = self._check(
            name if name is not None else current.name, role if role is not None else current.role
        )
        new_role = role or current.role
        new_active = current.active if active is None else active
        with self.db.atomic():
            if current.role == Role.ADMIN and current.active and (new_role != Role.ADMIN or not new_active):
                others = (
                    Person.select()
                    .where((Person.role == Role.ADMIN) & Person.active & (Person.id != person_id))
                    .exists()
                )
                if not others:  # someone must still be able to manage people
                    raise ValidationError("last_admin", "role")
            Person.update(name=name, role=new_role, active=new_active).where(Person.id == person_id).execute()
            if new_role != current.role:
                row = Person.get_by_id(person_id)
                record_role_change(row, current.role, new_role, actor_id, signer=signer)
        return self.get(person_id)

    def delete(self, person_id: int) -> None:
        """Only someone who never authored anything may be deleted; others are deactivated."""
        authored = (
            Article.select().where(Article.author == person_id).exists()
            or Revision.select().where(Revision.author == person_id).exists()
            or Comment.select().where(Comment.author == person_id).exists()
            or StatusChange.select().where(StatusChange.actor == person_id).exists()
            or RoleChange.select().where(RoleChange.actor == person_id).exists()
        )
        if authored:  # their name stays on their work
            raise ValidationError("person_has_articles", "person")
        with self.db.atomic():
            Person.delete().where(Person.id == person_id).execute()
