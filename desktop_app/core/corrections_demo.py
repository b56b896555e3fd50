"""The demo's public corrections (``demo.json``'s ``corrections``), made through the workflow
like any correction (see :mod:`desktop_app.core.corrections`)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Any

from peewee import Database

from db.models import Article
from desktop_app.core.auth import SignedIn


def fill_demo_corrections(
    database: Database, items: list[dict[str, Any]], sessions: Mapping[str, SignedIn], now: _dt.datetime
) -> int:
    """The demo's corrections (``demo.json``'s ``corrections``): each replaces a passage of a
    published demo article and goes through the workflow like any correction, proposed and
    approved by the person named (``by``, a key of ``sessions``), ``hours_ago`` before ``now``.
    Returns how many were made."""
    from dataclasses import replace

    from desktop_app.core.articles import ArticleService
    from desktop_app.core.models import ArticleChanges, text_fields
    from desktop_app.core.workflow import WorkflowService

    articles = ArticleService(database)
    workflow = WorkflowService(database)
    made = 0
    for item in items:
        row = Article.get_or_none(Article.title == item["title"])
        if row is None:
            continue
        article = articles.get(row.id)
        old, new = item["replace"]
        texts = {**text_fields(article), "body": article.body.replace(old, new)}
        changes = replace(
            ArticleChanges(title=article.title),
            **texts,
            category=article.category,
            tags=list(article.tags),
            slug=article.slug,
            author_id=article.author_id,
            featured_image_id=article.featured_image_id,
            publish_at=article.publish_at,
        )
        session = sessions[item["by"]]
        when = now - _dt.timedelta(hours=item["hours_ago"])
        saved = articles.save(article.id, changes, article.version, actor=session)
        for action, note in (("correct", item["note"]), ("approve_correction", "")):
            workflow.perform(
                saved.id,
                action,
                session,
                note=note,
                now=when,
                warnings_accepted=True,  # (the demo's texts are the seed's, long lead and all)
            )
        made += 1
    return made
