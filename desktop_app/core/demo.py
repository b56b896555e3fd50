"""Fills an empty database with the demo content of ``resources/demo/demo.json``.

The content comes from a real regional Dinas Kominfo (its seed file is copied in
``tests/data/seeds``): ten headlines, one of them a full article. Nothing is invented about
the people it names.
"""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any

from peewee import Database

from db.models import Article, Revision, SiteSetting, StatusChange, utcnow
from desktop_app.core.articles import ArticleService
from desktop_app.core.errors import ValidationError
from desktop_app.core.models import ArticleChanges
from desktop_app.core.people import PeopleService
from desktop_app.core.resources import resource_path
from desktop_app.core.snapshots import record_revision
from desktop_app.core.status import Status

DEMO_FILE = resource_path("demo", "demo.json")


def load_demo_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DEMO_FILE.read_text(encoding="utf-8"))
    return data


def is_empty(database: Database) -> bool:
    return not Article.select().exists()


def fill_demo(database: Database, now: _dt.datetime | None = None) -> int:
    """Add the demo people, site settings and articles; refuses a database with articles."""
    if not is_empty(database):
        raise ValidationError("database_not_empty")
    data = load_demo_data()
    now = now or utcnow()
    people = PeopleService(database)
    articles = ArticleService(database)
    with database.atomic():
        ids = {p["key"]: people.create(p["name"], p["role"]).id for p in data["people"]}
        for key, value in data["site"].items():
            SiteSetting.insert(key=key, value=value).on_conflict(
                conflict_target=[SiteSetting.key], update={SiteSetting.value: value}
            ).execute()
        for item in data["articles"]:
            changes = ArticleChanges(
                title=item["title"],
                body=item["body"],
                summary=item["summary"],
                dateline=item["dateline"],
                category=item["category"],
                tags=item["tags"],
                author_id=ids[item["author"]],
            )
            article = articles.create(changes, status=item["status"], actor_id=ids[item["author"]])
            when = now - _dt.timedelta(days=item["days_ago"])
            fields: dict[str, Any] = {"created_at": when, "updated_at": when}
            if item["status"] == Status.PUBLISHED:
                number = record_revision(article.id, "publish", ids["editor"])
                fields.update(published_at=when, published_revision=number)
            Article.update(**fields).where(Article.id == article.id).execute()
            Revision.update(created_at=when).where(Revision.article == article.id).execute()
            if item["status"] != Status.DRAFT:
                StatusChange.create(
                    article=article.id,
                    from_status=Status.DRAFT,
                    to_status=item["status"],
                    actor=ids["editor"],
                    note="demo",
                    created_at=when,
                )
    return len(data["articles"])
