"""Article pages rendered and written in worker processes when an export has many of them.

Jinja2 is pure Python, so a large export spends most of its time in one core; the article pages
(the bulk of a site) are independent of each other and are rendered in chunks on every core,
while this process renders the lists and feeds and then takes chunks that no worker has
started yet (from the end), so no core waits for another. Each worker writes its pages into the
staging folder itself and sends back only their sha256: the pages' bytes never cross a pipe
(copying them back cost more than rendering them). Same code, same bytes.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from typing import Any, overload

from jinja2 import Template

from desktop_app.core.export.pages import SiteContext, environment
from desktop_app.core.export.site import SiteArticle, SiteImage
from desktop_app.core.export.writer import store
from desktop_app.core.site_settings import SiteSettings

CHUNK = 100
#: How the worker processes start (see :class:`ArticlePagePool`).
MP_CONTEXT = multiprocessing.get_context("spawn")

#: One page for a worker: (path, staging file, previous file, its sha256, article, body HTML).
PageItem = tuple[str, str, "str | None", "str | None", SiteArticle, str]


@dataclass(frozen=True)
class PageJob:
    settings: SiteSettings
    categories: list[tuple[str, str]]
    logo: SiteImage | None
    images: dict[str, SiteImage]
    items: list[PageItem]


@overload
def _light(image: SiteImage) -> SiteImage: ...
@overload
def _light(image: SiteImage | None) -> SiteImage | None: ...
def _light(image: SiteImage | None) -> SiteImage | None:
    """An image without its bytes (pages need only its path and text)."""
    return image and replace(image, data=b"")


#: A worker's templates (by theme) and page context, made once and kept for every chunk
#: (compiling the templates again for each chunk cost as much as rendering it).
_templates: dict[tuple[str, str], Template] = {}
_context: list[Any] = []  # [(settings, categories, logo), SiteContext]


def _article_template(theme: str, language: str = "id") -> Template:
    """(The site's words are compiled into the templates: one set per language.)"""
    found = _templates.get((theme, language))
    if found is None:
        found = _templates[theme, language] = environment(theme, language).get_template("article.html")
    return found


def _warm_up(theme: str, language: str) -> None:
    """A worker's first task, given while the export still reads the database: imports and
    compiles what rendering needs."""
    _article_template(theme, language)


def _template_and_context(job: PageJob) -> tuple[Template, SiteContext]:
    site = (job.settings, job.categories, job.logo)
    if not _context or _context[0] != site:
        _context[:] = [site, SiteContext(*site)]
    return _article_template(job.settings.theme, job.settings.language), _context[1]


def render_article_pages(job: PageJob) -> list[tuple[str, bool]]:
    """Render and stage the pages of ``job``; ``[(sha256, written)]`` in order."""
    template, ctx = _template_and_context(job)
    return [
        store(target, template.render(ctx.article(article, html, job.images)).encode("utf-8"), old, old_sha)
        for _, target, old, old_sha, article, html in job.items
    ]


class ArticlePagePool:
    """Submits chunks of article pages; :meth:`steal` takes back one not yet started;
    :meth:`results` yields ``(path, sha256, written)`` of the others."""

    def __init__(self, workers: int, theme: str, language: str = "id") -> None:
        """Start ``workers`` processes now (they take a while to start: best started before
        the export reads the database).

        Always "spawn": safe beside Qt's threads and open database connections, the same on
        every platform, and what a frozen bundle supports (through ``freeze_support()`` in
        ``main.py``)."""
        self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=MP_CONTEXT)
        for _ in range(workers):  # each worker imports and compiles what pages need
            self.pool.submit(_warm_up, theme, language)
        self.chunks: list[tuple[list[PageItem], Future[list[tuple[str, bool]]]]] = []
        self._stolen: set[int] = set()

    def submit(
        self,
        settings: SiteSettings,
        categories: list[tuple[str, str]],
        logo: SiteImage | None,
        images: dict[str, SiteImage],
        items: list[PageItem],
    ) -> None:
        light_images = {uuid: _light(image) for uuid, image in images.items()}
        for start in range(0, len(items), CHUNK):
            chunk = items[start : start + CHUNK]
            light = [
                (path, target, old, old_sha, replace(article, body=None, image=_light(article.image)), html)
                for path, target, old, old_sha, article, html in chunk
            ]
            job = PageJob(settings, categories, _light(logo), light_images, light)
            self.chunks.append((chunk, self.pool.submit(render_article_pages, job)))

    def steal(self) -> list[PageItem] | None:
        """The last chunk that no worker has started (now this process's to render), or None."""
        for n in range(len(self.chunks) - 1, -1, -1):
            if n in self._stolen:
                continue
            chunk, future = self.chunks[n]
            if future.cancel():
                self._stolen.add(n)
                return chunk
            return None  # workers take chunks in order: all before this one are taken too
        return None

    def results(self) -> Iterator[tuple[str, str, bool]]:
        for n, (chunk, future) in enumerate(self.chunks):
            if n in self._stolen:
                continue
            for item, (sha, written) in zip(chunk, future.result(), strict=True):
                yield item[0], sha, written

    def close(self, cancel: bool = False) -> None:
        # Waits for the chunks being rendered even when cancelling: they write into the
        # staging folder, which must not be removed under them.
        self.pool.shutdown(wait=True, cancel_futures=cancel)
