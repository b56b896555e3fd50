"""The demo's press releases (``desktop_app/core/demo.py`` calls :func:`fill_demo_press_releases`
with the ``press_releases`` key of ``resources/demo/demo.json``)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Any

from peewee import Database

from db.models import Article
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
    ``last_year`` were made, dated and signed as published press releases of December of last
    year by :func:`~desktop_app.core.demo.fill_demo` (:func:`last_year_day`,
    :func:`release_fields`) and are numbered here, through :func:`assign_number` with that
    date. ``sessions``: the demo's people signed in, by key."""
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
    for item in data["last_year"]:
        assign_number(
            by_title[item["title"]], sessions["editor"].person_id, pattern, last_year_day(now, item["day"])
        )


def last_year_day(now: _dt.datetime, day: int) -> _dt.datetime:
    """09:00 in the office's time zone (02:00 UTC) on ``day`` of December of the year before
    ``now``'s: when the demo's press releases of last year were published (and numbered)."""
    return _dt.datetime(to_local(now).year - 1, 12, int(day), 2, 0)


def release_fields(data: Mapping[str, Any]) -> dict[str, Any]:
    """What a press release of last year is made with: its kind and its contact (the seed names
    nobody who was the responsible official then)."""
    contact = {name: str(data.get(name, "")) for name in FIELD_LIMITS if name.startswith("contact_")}
    return {"kind": ArticleKind.PRESS_RELEASE, **contact}
