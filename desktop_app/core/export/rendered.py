"""Rendered article HTML, rendered once and kept (keyed by body sha256 and renderer version).

:func:`remember_snapshot` is what publishing calls (``core/workflow.py``), so that the next
export finds the published snapshot's HTML ready and its facts (body sha256, images shown)
recorded; :func:`remember_render` is its plain cache write. :func:`rendered_bodies` is what the
export calls: cache first, then renders what is missing, in worker processes ("spawn") when
there is much of it. Saving a draft renders nothing here: drafts never reach the website.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Mapping
from typing import TypeVar

from db import render_cache
from desktop_app.core.rendering import RENDERER_VERSION, render_body

T = TypeVar("T")

#: Below this many bodies to render, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 48
CHUNK_SIZE = 16
#: Windows waits on at most 63 handles at once: ProcessPoolExecutor refuses more than 61 workers.
MAX_WORKERS = 61


def cores() -> int:
    """The processor cores this export may keep busy (at most :data:`MAX_WORKERS`)."""
    return min(os.cpu_count() or 1, MAX_WORKERS)


def body_sha256(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def remember_render(body: str) -> str:
    """Render ``body`` (unresolved images) and keep the result; returns the HTML."""
    sha = body_sha256(body)
    cached = render_cache.fetch([sha], RENDERER_VERSION)
    if sha in cached:
        return cached[sha]
    html = render_body(body)
    render_cache.store({sha: html}, RENDERER_VERSION)
    return html


def remember_snapshot(revision_uuid: str, body: str) -> str:
    """:func:`remember_render` for a published snapshot, and keep its facts too (body sha256,
    images shown), so that an export needs neither to render nor to read it."""
    from desktop_app.core.export.site import snapshot_facts

    html = remember_render(body)
    sha, assets = snapshot_facts(body)
    render_cache.store_facts({revision_uuid: (sha, assets)})
    return html


def _render_chunk(bodies: list[str]) -> list[str]:
    return [render_body(body) for body in bodies]


def render_all(
    bodies: Mapping[str, str], workers: int | None = None, progress: Callable[[int], None] | None = None
) -> dict[str, str]:
    """Render ``{sha: markdown}`` to ``{sha: html}``, in worker processes when it pays."""
    items = sorted(bodies.items())
    workers = min(workers or cores(), MAX_WORKERS)
    result: dict[str, str] = {}
    if len(items) < PARALLEL_THRESHOLD or workers < 2:
        for n, (sha, body) in enumerate(items, 1):
            result[sha] = render_body(body)
            if progress and n % CHUNK_SIZE == 0:
                progress(CHUNK_SIZE)
        if progress:
            progress(len(items) % CHUNK_SIZE)
        return result
    import multiprocessing  # here: most exports render nothing or little
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    chunks = [items[i : i + CHUNK_SIZE] for i in range(0, len(items), CHUNK_SIZE)]
    # "spawn": safe beside Qt's threads and open database connections (fork is not), the same on
    # every platform, and what a frozen bundle supports (freeze_support() in main.py).
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
    try:
        futures = [pool.submit(_render_chunk, [body for _, body in chunk]) for chunk in chunks]
        for chunk, future in zip(chunks, futures, strict=True):
            for (sha, _), html in zip(chunk, future.result(), strict=True):
                result[sha] = html
            if progress:
                progress(len(chunk))
    except BrokenProcessPool:  # no usable worker processes here: render in this one
        pool.shutdown(wait=False, cancel_futures=True)
        rest = {sha: body for sha, body in items if sha not in result}
        result.update(render_all(rest, 1, progress))
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    else:
        pool.shutdown()
    return result


def rendered_bodies(
    items: Mapping[str, T],
    bodies: Callable[[list[T]], Mapping[str, str]],
    workers: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> dict[str, str]:
    """``{sha: html}`` for ``{sha: item}``: cached HTML first; ``bodies(items)`` gives the
    Markdown (``{sha: text}``) of the items that must be rendered, which are then stored."""
    found = render_cache.fetch(items, RENDERER_VERSION)
    if progress:
        progress(len(found))
    missing = [item for sha, item in sorted(items.items()) if sha not in found]
    if missing:
        fresh = render_all(bodies(missing), workers, progress)
        render_cache.store(fresh, RENDERER_VERSION)
        found.update(fresh)
    return found
