"""Two databases on one machine, a writer's and an editor's, for the review-package tests:
each opened once, the models bound to whichever is in use (:meth:`Office.use`)."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from db.database import bind_models, open_database
from desktop_app.core.articles import ArticleService
from desktop_app.core.auth import SignedIn
from desktop_app.core.models import ArticleChanges
from desktop_app.core.workflow import WorkflowService
from tests.people_helpers import add_person, admin_of, signed_in


@dataclass
class Office:
    """One database and the person working on it."""

    database: Any
    person: SignedIn
    others: dict[str, SignedIn] = field(default_factory=dict)

    @contextmanager
    def use(self):
        bind_models(self.database)
        yield self

    @property
    def articles(self) -> ArticleService:
        return ArticleService(self.database)

    @property
    def workflow(self) -> WorkflowService:
        return WorkflowService(self.database)

    def write(self, title: str, body: str) -> int:
        return self.articles.create(ArticleChanges(title=title, body=body), actor=self.person).id

    def edit(self, article_id: int, body: str) -> None:
        article = self.articles.get(article_id)
        changes = ArticleChanges(
            title=article.title, body=body, summary=article.summary, tags=list(article.tags)
        )
        self.articles.save(article_id, changes, article.version, actor=self.person, reason="save")


def office(target: str, name: str, role: str) -> Office:
    database = open_database(target)
    admin = admin_of(database, f"Admin {name}")
    person = signed_in(database, add_person(database, name, role, admin=admin), admin=admin)
    return Office(database, person, {"admin": admin})


def colleagues(*sides: Office) -> None:
    """Each side's database knows the others' people as the office's database does (as when
    the laptop's database began as a copy of the office's, or an administrator gave the person
    their role there): the same uuid, name and role, and their public keys. A person new to a
    database is a writer there whatever a package says, so an editor's approvals count only
    where the editor is known."""
    from db.models import Person, PersonKey

    for side in sides:
        with side.use():
            person = Person.get_by_id(side.person.person_id)
            keys = [
                (k.public_key, k.valid_from, k.valid_to)
                for k in PersonKey.select().where(PersonKey.person == person.id)
            ]
        for other in sides:
            if other is side:
                continue
            with other.use():
                row = Person.create(
                    uuid=person.uuid, name=person.name, role=person.role, active=False, password_hash=""
                )
                for public_key, valid_from, valid_to in keys:
                    PersonKey.create(
                        person=row.id, public_key=public_key, valid_from=valid_from, valid_to=valid_to
                    )
