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
