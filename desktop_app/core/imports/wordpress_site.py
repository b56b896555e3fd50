"""Importing a WordPress site's published posts straight from the site (its REST API): the
REST reader (:mod:`desktop_app.core.wordpress.rest_import`) feeds the one storer
(:func:`desktop_app.core.imports.store.import_posts`). The keys are the WXR reader's, so a site
imported once from its export file and later from the site updates the same articles; a second
import stores only what is new or changed. No Qt here."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from desktop_app.core.imports.posts import ImportedPost
from desktop_app.core.imports.report import ImportReport
from desktop_app.core.imports.store import FetchImage, Progress, import_posts
from desktop_app.core.wordpress.rest_import import ImportCancelled, read_posts

if TYPE_CHECKING:
    from peewee import Database

    from desktop_app.core.auth import SignedIn


def import_site(
    site_url: str,
    *,
    actor: SignedIn,
    fetch_image: FetchImage | None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    database: Database | None = None,
) -> ImportReport:
    """Every published post of the site at ``site_url`` into the archive; what happened.

    ``progress(done, total, title)`` before each post (``total`` as the site counts its posts,
    known after the first page); ``cancelled()`` stops between posts, and between the pages the
    site is read in: what was stored stays and the report says it stopped. Raises
    :class:`~desktop_app.core.wordpress.errors.WordPressError` when the site cannot be read
    (not WordPress, no REST API, offline)."""
    known = {"total": 0}

    def counted(done: int, total: int) -> None:
        known["total"] = total

    def posts() -> Iterator[ImportedPost]:
        try:
            yield from read_posts(site_url, progress=counted, cancelled=cancelled)
        except ImportCancelled:
            return

    def shown(done: int, _total: int, title: str) -> None:
        if progress is not None:
            progress(done, max(known["total"], done + 1), title)

    report = import_posts(
        posts(), actor=actor, fetch_image=fetch_image, progress=shown, cancelled=cancelled, database=database
    )
    if cancelled is not None and cancelled():
        report.cancelled = True
    return report
