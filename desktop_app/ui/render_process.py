"""Renders Markdown in a child process, so the GUI thread never waits for markdown2.

A Python thread would not do: markdown2 holds the GIL in long regular-expression calls (stalls
of ~18 ms were measured while typing). One worker process is started lazily (``spawn``: never
fork a process that runs Qt) and reused; results come back to the GUI thread as a signal.
"""

from __future__ import annotations

import contextlib
import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop_app.core.incremental_render import render_blocks
from desktop_app.core.rendering import render_body


def render_job(kind: str, payload: Any) -> Any:
    """Runs in the worker process: ``("whole", text)`` or ``("blocks", [block, ...])``."""
    if kind == "whole":
        return render_body(payload)
    return render_blocks(payload)


class RenderProcess(QObject):
    """One lazily started worker process; :attr:`finished` carries ``(token, result, error)``."""

    finished = Signal(object, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor: ProcessPoolExecutor | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @property
    def started(self) -> bool:
        return self._executor is not None

    def submit(self, token: object, kind: str, payload: Any) -> None:
        try:
            future = self._pool().submit(render_job, kind, payload)
        except (BrokenProcessPool, RuntimeError):
            self._executor = None
            future = self._pool().submit(render_job, kind, payload)

        def done(f: Future) -> None:  # runs on the executor's thread
            error = f.exception()
            # RuntimeError: this object is gone (the window closed while rendering).
            with contextlib.suppress(RuntimeError):
                self.finished.emit(token, None if error else f.result(), error)

        future.add_done_callback(done)

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn"))
        return self._executor

    def shutdown(self) -> None:
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)
