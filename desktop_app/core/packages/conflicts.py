"""Articles both sides changed: the other side's text is a ``conflict`` revision, and the
article shows the conflict banner until someone keeps this text or takes the other."""

from __future__ import annotations

from db.models import PackageConflict, database_proxy, utcnow
from desktop_app.core.auth import SignedIn, current_person
from desktop_app.core.models import ArticleData
from desktop_app.core.package_conflicts import OpenConflict, open_conflict
from desktop_app.core.revisions import RevisionService

__all__ = ["KEPT_MINE", "TOOK_THEIRS", "OpenConflict", "keep_mine", "open_conflict", "take_theirs"]

KEPT_MINE = "kept_mine"
TOOK_THEIRS = "took_theirs"


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
