"""The demo's press releases (``desktop_app/core/demo.py`` calls :func:`fill_demo_press_releases`
with the ``press_releases`` key of ``resources/demo/demo.json``)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Any

from peewee import Database

from db.models import Article, Revision
from desktop_app.core.articles import ArticleService
from desktop_app.core.auth import SignedIn
from desktop_app.core.dates import to_local
from desktop_app.core.models import ArticleChanges, ArticleKind
from desktop_app.core.press_releases import FIELD_LIMITS, assign_number
from desktop_app.core.site_settings import load_site_settings
from desktop_app.core.workflow import Action, WorkflowService


def fill_demo_press_releases(
    database: Database, data: Mapping[str, Any], sessions: Mapping[str, SignedIn], now: _dt.datetime
) -> None:
    """The demo's press releases (``data``: the ``press_releases`` key of ``demo.json``): those
    of ``in_review`` get their official, contact and lead and wait for approval (a draft among
    them is submitted), so that approving them numbers them 001 and 002 of this year; those of
    ``last_year``, published, are dated in December of last year and numbered then, through
    :func:`assign_number` with that date. ``sessions``: the demo's people signed in, by key."""
    articles = ArticleService(database)
    fields = {name: str(data.get(name, "")) for name in FIELD_LIMITS}
    by_title = {row.title: row.id for row in Article.select(Article.id, Article.title)}
    for item in data["in_review"]:
        article = articles.get(by_title[item["title"]])
        changes = ArticleChanges(
            title=article.title,
            body=article.body,
            summary=item["summary"],
            dateline=article.dateline,
            category=article.category,
            tags=list(article.tags),
            author_id=article.author_id,
            kind=ArticleKind.PRESS_RELEASE,
            official_name=fields["official_name"],
            official_title=fields["official_title"],
            contact_name=fields["contact_name"],
            contact_title=fields["contact_title"],
            contact_phone=fields["contact_phone"],
            contact_email=fields["contact_email"],
        )
        saved = articles.save(article.id, changes, article.version, actor=sessions["writer"], reason="save")
        if saved.status == "draft":
            WorkflowService(database).perform(
                saved.id, Action.SUBMIT, sessions["writer"], now=now, warnings_accepted=True
            )
    pattern = load_site_settings(database).release_pattern
    year = to_local(now).year - 1
    contact = {name: value for name, value in fields.items() if name.startswith("contact_")}
    for item in data["last_year"]:
        article_id = by_title[item["title"]]
        # 09:00 in the office's time zone (02:00 UTC), on that day of December
        when = _dt.datetime(year, 12, int(item["day"]), 2, 0)
        Article.update(
            kind=ArticleKind.PRESS_RELEASE, created_at=when, updated_at=when, published_at=when, **contact
        ).where(Article.id == article_id).execute()
        # the published text names the contact too (not part of what format-1 signatures cover)
        Revision.update(created_at=when, **contact).where(Revision.article == article_id).execute()
        assign_number(article_id, sessions["editor"].person_id, pattern, when)
