"""Article pages rendered in worker processes when a full export has thousands of them.

Jinja2 is pure Python, so a large export spends most of its time in one core; the article pages
(the bulk of a site) are independent of each other and are rendered in chunks on every core,
while this process renders the lists and feeds and writes the files. Same code, same bytes.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace

from desktop_app.core.export.pages import SiteContext, environment
from desktop_app.core.export.site import SiteArticle, SiteImage
from desktop_app.core.site_settings import SiteSettings

#: Fewer article pages than this are rendered in this process (workers take ~0.5 s to start).
PARALLEL_PAGES = 1500
CHUNK = 250


@dataclass(frozen=True)
class PageJob:
    settings: SiteSettings
    categories: list[tuple[str, str]]
    logo: SiteImage | None
    images: dict[str, SiteImage]
    items: list[tuple[str, SiteArticle, str]]  # (path, article, body HTML)


def _light(image: SiteImage | None) -> SiteImage | None:
    """An image without its bytes (pages need only its path and text)."""
    return image and replace(image, data=b"")


def render_article_pages(job: PageJob) -> list[bytes]:
    env = environment(job.settings.theme)
    ctx = SiteContext(job.settings, job.categories, job.logo)
    template = env.get_template("article.html")
    return [template.render(ctx.article(article, html, job.images)).encode("utf-8")
            for _, article, html in job.items]


class ArticlePagePool:
    """Submits chunks of article pages; :meth:`results` yields ``(path, bytes)`` in order."""

    def __init__(self, workers: int, settings: SiteSettings, categories: list[tuple[str, str]],
                 logo: SiteImage | None, images: dict[str, SiteImage],
                 items: list[tuple[str, SiteArticle, str]]) -> None:
        light_images = {uuid: _light(image) for uuid, image in images.items()}
        # "spawn": safe beside Qt's threads and open database connections (fork is not).
        self.pool = ProcessPoolExecutor(max_workers=workers,
                                        mp_context=multiprocessing.get_context("spawn"))
        self.chunks: list[tuple[list[str], Future]] = []
        for start in range(0, len(items), CHUNK):
            chunk = [(path, replace(article, image=_light(article.image)), html)
                     for path, article, html in items[start:start + CHUNK]]
            job = PageJob(settings, categories, _light(logo), light_images, chunk)
            self.chunks.append(([path for path, _, _ in chunk],
                                self.pool.submit(render_article_pages, job)))

    def results(self) -> Iterator[tuple[str, bytes]]:
        for paths, future in self.chunks:
            yield from zip(paths, future.result(), strict=True)

    def close(self, cancel: bool = False) -> None:
        self.pool.shutdown(wait=not cancel, cancel_futures=cancel)
