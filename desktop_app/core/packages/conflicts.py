"""Articles both sides changed: the other side's text is a ``conflict`` revision, and the
article shows the conflict banner until someone keeps this text or takes the other."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from db.models import PackageConflict, database_proxy, utcnow
from desktop_app.core.auth import SignedIn, current_person
from desktop_app.core.models import ArticleData
from desktop_app.core.revisions import RevisionService

KEPT_MINE = "kept_mine"
TOOK_THEIRS = "took_theirs"


@dataclass(frozen=True)
class OpenConflict:
    id: int
    article_id: int
    revision: int  # the number of the conflict revision holding the other side's text
    sender: str
    created_at: _dt.datetime


def open_conflict(article_id: int) -> OpenConflict | None:
    """The newest unsettled package conflict of the article, or None."""
    row = (
        PackageConflict.select()
        .where((PackageConflict.article == article_id) & PackageConflict.settled_at.is_null(True))
        .order_by(PackageConflict.id.desc())
        .first()
    )
    if row is None:
        return None
    return OpenConflict(row.id, row.article_id, row.revision, row.sender, row.created_at)


def _settle(article_id: int, person_id: int, outcome: str) -> None:
    PackageConflict.update(settled_at=utcnow(), settled_by=person_id, outcome=outcome).where(
        (PackageConflict.article == article_id) & PackageConflict.settled_at.is_null(True)
    ).execute()


def keep_mine(article_id: int, actor: SignedIn) -> None:
    """This text stays; the other side's stays in the history."""
    person = current_person(actor)
    with database_proxy.atomic():
        _settle(article_id, person.id, KEPT_MINE)


def take_theirs(article_id: int, actor: SignedIn, expected_version: int | None = None) -> ArticleData:
    """The other side's text becomes current (a ``restore`` revision); this one stays in the
    history."""
    person = current_person(actor)
    conflict = open_conflict(article_id)
    if conflict is None:
        raise LookupError("no open conflict")
    with database_proxy.atomic():
        saved = RevisionService(database_proxy.obj).restore(
            article_id, conflict.revision, actor=actor, expected_version=expected_version
        )
        _settle(article_id, person.id, TOOK_THEIRS)
    return saved
