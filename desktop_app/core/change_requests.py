"""Change requests: what an editor asked the writer to change, shown to the writer (a banner on
the article, a line in the headline list) until they resubmit."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from peewee import JOIN

from db.models import Article, Person, StatusChange
from desktop_app.core.status import Status

if TYPE_CHECKING:

    class _StatusChangeRow(StatusChange):
        actor_name: str | None


@dataclass(frozen=True)
class ChangeRequest:
    """What an editor asked to change: shown to the writer until they resubmit."""

    article_id: int
    note: str
    by: str | None  # the editor's name (None: since deleted)
    at: _dt.datetime


def change_requests(article_ids: Iterable[int]) -> dict[int, ChangeRequest]:
    """The latest change request of each of ``article_ids`` that is waiting on its writer
    (the article's status is ``changes_requested``), by article id."""
    ids = list(article_ids)
    if not ids:
        return {}
    waiting = Article.select(Article.id).where(
        Article.id.in_(ids) & (Article.status == Status.CHANGES_REQUESTED)
    )
    rows = (
        StatusChange.select(
            StatusChange.article, StatusChange.note, StatusChange.created_at, Person.name.alias("actor_name")
        )
        .join(Person, JOIN.LEFT_OUTER, on=(StatusChange.actor == Person.id))
        .where(
            StatusChange.article.in_(waiting)
            & (StatusChange.to_status == Status.CHANGES_REQUESTED)
            & (StatusChange.refused == False)  # noqa: E712 - SQL
        )
        .order_by(StatusChange.created_at.desc(), StatusChange.id.desc())
        .objects()
    )
    found: dict[int, ChangeRequest] = {}
    for r in cast("Iterable[_StatusChangeRow]", rows):
        article_id = r.article_id
        if article_id is not None and article_id not in found:
            found[article_id] = ChangeRequest(article_id, r.note, r.actor_name, r.created_at)
    return found


def change_request(article_id: int) -> ChangeRequest | None:
    """:func:`change_requests` of one article."""
    return change_requests([article_id]).get(article_id)
