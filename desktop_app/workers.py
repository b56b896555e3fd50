"""The one way Redaksi runs slow Python work off the GUI thread.

``run_in_background(fn, on_success, on_failure, pool=None)`` runs ``fn()`` in Qt's global
thread pool (or ``pool``) and calls ``on_success(result)`` or ``on_failure(exception)`` on the
GUI thread (through a queued signal). Peewee opens a connection per thread by itself, so ``fn``
may call core services. Used by the export, search, backups, image imports and spell checking.

A :class:`LatestOnly` runner drops results that were overtaken by a newer request (search as
you type, the status counts); ``serial=True`` also skips requests overtaken before they start.

Work that holds the interpreter for long stretches does not belong here but in a process: the
live preview renders in a child process (``desktop_app/ui/render_process.py``) and the export
writes pages in worker processes (``desktop_app/core/export/parallel.py``).
"""

from __future__ import annotations

import contextlib
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits its signals, its slots run on the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self, on_success: Callable[[Any], None] | None, on_failure: Callable[[Exception], None] | None
    ) -> None:
        super().__init__()
        self.on_success = on_success
        self.on_failure = on_failure
        self.succeeded.connect(self._deliver_success)
        self.failed.connect(self._deliver_failure)

    @Slot(object)
    def _deliver_success(self, result: object) -> None:
        try:
            if self.on_success is not None:
                self.on_success(result)
        finally:
            self._finish()

    @Slot(object)
    def _deliver_failure(self, exc: object) -> None:
        try:
            if self.on_failure is not None:
                self.on_failure(exc)  # type: ignore[arg-type]
        finally:
            self._finish()

    def _finish(self) -> None:
        _live_relays.discard(self)
        self.deleteLater()


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:  # Qt override
        try:
            result = self.fn()
        except Exception as exc:  # noqa: BLE001 - handed to the failure callback
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            outcome, value = "failed", exc
        else:
            outcome, value = "succeeded", result
        # RuntimeError: the application is shutting down and nobody is listening.
        with contextlib.suppress(RuntimeError):
            getattr(self.relay, outcome).emit(value)


_live_relays: set[_Relay] = set()


def run_in_background(
    fn: Callable[[], Any],
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[Exception], None] | None = None,
    pool: QThreadPool | None = None,
) -> None:
    """Run ``fn`` in a worker thread; the callbacks run on the GUI thread."""
    relay = _Relay(on_success, on_failure)
    _live_relays.add(relay)
    (pool or QThreadPool.globalInstance()).start(_Task(fn, relay))


_pools: list[QThreadPool] = []


class _Overtaken(Exception):
    """A request that a newer one replaced before it started: not worth running."""


class LatestOnly:
    """Runs requests in the background; only the newest request's result is delivered.

    ``serial=True`` runs them one at a time in a pool of their own, and a request that is
    overtaken before it starts is skipped, so bursts (search as you type over a big archive)
    do not pile up slow queries.
    """

    def __init__(self, serial: bool = False) -> None:
        self._generation = 0
        self._pool: QThreadPool | None = None
        if serial:
            self._pool = QThreadPool()
            self._pool.setMaxThreadCount(1)
            _pools.append(self._pool)

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None] | None = None,
    ) -> None:
        self._generation += 1
        generation = self._generation

        def work() -> Any:
            if generation != self._generation:
                raise _Overtaken
            return fn()

        def success(result: object) -> None:
            if generation == self._generation:
                on_success(result)

        def failure(exc: Exception) -> None:
            if generation == self._generation and on_failure is not None:
                on_failure(exc)

        run_in_background(work, success, failure, self._pool)

    def cancel(self) -> None:
        """Forget every pending request (their results are dropped)."""
        self._generation += 1


def wait_for_workers(timeout_ms: int = 10_000) -> bool:
    """Block until the pools are idle (tests, shutdown)."""
    done = QThreadPool.globalInstance().waitForDone(timeout_ms)
    for pool in _pools:
        done = pool.waitForDone(timeout_ms) and done
    return done
