"""An article's status: one enum, and one table of the colours it is shown in.

The stored statuses are the strings in the database (``Article.status``, ``StatusChange``); a
:class:`Status` is a ``str``, so it compares equal to them and is stored as itself. Two more are
only shown, never stored: ``scheduled`` (published, its publish time still ahead; see
:func:`desktop_app.core.workflow.display_status`) and ``trash`` (in the trash, whatever its
status). Their words come from :func:`desktop_app.labels.status_label`; the colours here are
plain hex strings, turned into Qt colours by the UI (the word is always shown too: colour is
never alone).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Status(enum.StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    PUBLISHED = "published"
    ARCHIVED = "archived"
    WITHDRAWN = "withdrawn"  # taken off the website with a public note ("Tarik berita")
    # shown only, never stored
    SCHEDULED = "scheduled"
    TRASH = "trash"


#: What ``Article.status`` holds, in the order of the workflow.
STORED_STATUSES = (
    Status.DRAFT,
    Status.IN_REVIEW,
    Status.CHANGES_REQUESTED,
    Status.APPROVED,
    Status.PUBLISHED,
    Status.WITHDRAWN,
    Status.ARCHIVED,
)


@dataclass(frozen=True)
class StatusColours:
    """How a status is drawn.

    ``badge``: the headline list's badge, a tint of this colour behind text in a darker (light
    theme) or lighter (dark theme) shade of it. ``light`` / ``dark``: the background of the
    editor header's chip in a light / dark theme, behind :data:`CHIP_TEXT`.
    """

    badge: str
    light: str
    dark: str


STATUS_COLOURS: dict[str, StatusColours] = {
    Status.DRAFT: StatusColours("#6b7280", "#e8eaed", "#3c4043"),
    Status.IN_REVIEW: StatusColours("#d97706", "#fdefc3", "#5c4a10"),
    Status.CHANGES_REQUESTED: StatusColours("#dc2626", "#fbd9d3", "#5e2219"),
    Status.APPROVED: StatusColours("#2563eb", "#d3ecdc", "#1f4a2f"),
    Status.PUBLISHED: StatusColours("#16a34a", "#cfe3fb", "#173b63"),
    Status.SCHEDULED: StatusColours("#0891b2", "#e3dcf7", "#3b2d66"),
    Status.ARCHIVED: StatusColours("#7c3aed", "#ececec", "#404040"),
    Status.WITHDRAWN: StatusColours("#b45309", "#f6dfc8", "#5a3413"),
    Status.TRASH: StatusColours("#991b1b", "#e8eaed", "#3c4043"),
}

#: The text on a header chip: (light theme, dark theme).
CHIP_TEXT = ("#202124", "#f1f3f4")


def status_colours(status: str) -> StatusColours:
    """The colours of ``status``; an unknown one is drawn as a draft."""
    return STATUS_COLOURS.get(status, STATUS_COLOURS[Status.DRAFT])
