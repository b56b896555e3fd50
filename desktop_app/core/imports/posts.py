"""The one shape every import source is read into before anything is stored."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Literal

#: What an imported post becomes in Redaksi's workflow.
ImportedStatus = Literal["published", "scheduled", "draft"]


@dataclass(frozen=True)
class ImportedImage:
    """A picture a post uses: where to get it, and what to say about it."""

    url: str  # http(s) URL, or a path relative to the post's file for a Markdown folder
    alt: str = ""
    caption: str = ""
    credit: str = ""


@dataclass
class ImportedPost:
    """One post or page of another system, as read from its source and not yet stored.

    ``source_key`` names the post in its source for good (``wp:<site>#<id>`` for WordPress,
    ``md:<relative path>`` for a content folder): importing the same source again updates the
    article it became instead of adding a second one, and ``modified`` tells whether it changed.
    Exactly one of ``html`` (WordPress: converted to Markdown when stored) and ``markdown``
    (content folders) is set.
    """

    source_key: str
    title: str
    status: ImportedStatus
    date: _dt.datetime  # timezone-aware
    slug: str = ""
    html: str | None = None
    markdown: str | None = None
    summary: str = ""
    modified: _dt.datetime | None = None
    category: str | None = None
    tags: list[str] = field(default_factory=list)
    author_name: str | None = None
    featured_image: ImportedImage | None = None
    #: For a report line: the post's address or file, as the user knows it.
    origin: str = ""
