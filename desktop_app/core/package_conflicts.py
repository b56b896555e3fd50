"""Whether an article has an unsettled review-package conflict (see
:mod:`desktop_app.core.packages.conflicts`): asked each time an article opens, so it lives
outside the packages package, whose import loads the packing and merging code."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from db.models import PackageConflict


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
