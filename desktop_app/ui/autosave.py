"""Autosave: keeps the open article's text in the database, never drops it.

Autosaves, in a worker thread so that typing never waits for the disk, ``delay_ms`` after
typing stops, and at the latest ``delay_ms`` after the first unsaved keystroke while typing
goes on (so a crash loses at most about that much). The main window also
calls :meth:`save` on switching article, on deactivation and on close, and with
``reason="save"`` for Ctrl+S (which records a revision). A failed save keeps the text (the
editor is never touched here), reports a translated message and retries with a growing pause; a
conflict (someone else saved) stops autosaving until the user chooses what to keep.

Before and after every save the database's file is compared with the one that was opened
(``core/save_problems.py``): a file deleted, moved or replaced (a sync program, a backup copied
over it) takes no text silently; the save fails with that problem (:attr:`last_problem`), the
text stays in the editor, and the window offers to save it into the file now at the path or a
copy elsewhere.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.core.articles import ArticleService, FieldsNotSaved
from desktop_app.core.auth import SignedIn
from desktop_app.core.errors import ConflictError
from desktop_app.core.models import ArticleChanges, ArticleData
from desktop_app.core.save_problems import (
    SaveProblem,
    StorageProblem,
    classify_save_error,
    database_file_problem,
    detach_from_lost_file,
    error_details,
)
from desktop_app.messages import describe_error
from desktop_app.workers import run_in_background

log = logging.getLogger(__name__)

RETRY_FIRST_MS = 2000
RETRY_MAX_MS = 30_000


class AutosaveController(QObject):
    saved = Signal(object, str)  # ArticleData, reason
    save_failed = Signal(str)  # translated message; a retry is scheduled
    conflict = Signal(str)  # translated message; autosave waits for the user
    dirty_changed = Signal(bool)
    read_only_changed = Signal(bool)  # the database refused writes / accepts them again

    def __init__(
        self,
        articles: ArticleService,
        changes: Callable[[], ArticleChanges],
        delay_ms: int = 2000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.articles = articles
        self._changes = changes
        self.article: ArticleData | None = None
        self.dirty = False
        self.in_conflict = False
        self.last_error: str = ""
        self.last_problem: SaveProblem | None = None  # the kind of the last failure
        self.last_error_detail: str = ""  # its raw words (SQLite's): for Details and the log
        self.read_only = False
        self.actor: SignedIn | None = None  # who is working: recorded in revisions
        self._retry_ms = RETRY_FIRST_MS
        self._in_flight: _SaveJob | None = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._longest = QTimer(self)
        self._longest.setSingleShot(True)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self.set_delay(delay_ms)
        for timer in (self._idle, self._longest, self._retry):
            timer.timeout.connect(self._autosave)

    def set_delay(self, delay_ms: int) -> None:
        self._idle.setInterval(delay_ms)
        self._longest.setInterval(delay_ms)

    def delay(self) -> int:
        return self._idle.interval()

    def set_article(self, article: ArticleData | None) -> None:
        """The article now in the editor (its unsaved changes must be saved before)."""
        self._finish_in_flight()
        self.article = article
        self.in_conflict = False
        self._set_dirty(False)
        self._stop_timers()

    def mark_dirty(self) -> None:
        if self.article is None:
            return
        self._set_dirty(True)
        if self.in_conflict:
            return
        self._idle.start()
        if not self._longest.isActive():
            self._longest.start()

    def save(self, reason: str = "autosave") -> bool:
        """Save now, on this thread (switching article, closing, Ctrl+S). True when nothing is
        left unsaved."""
        self._finish_in_flight()
        if self.article is None:
            return True
        if reason == "autosave" and (not self.dirty or self.in_conflict):
            if not self.dirty:
                self.check_file()
            return not self.dirty
        self._stop_timers()
        job = _SaveJob(self.article.id, self.article.version, self._changes(), reason, self.actor)
        self._set_dirty(False)
        try:
            job.result = self._write(job)
        except Exception as exc:  # noqa: BLE001 - any failure: keep the text, retry
            job.error = exc
        return self._apply(job)

    def save_in_background(self) -> None:
        """The timer's autosave: written by a worker thread so typing never waits for the
        disk (a 20k-word article takes ~150 ms to save and index)."""
        if self.article is None or not self.dirty or self.in_conflict:
            return
        if self._in_flight is not None:
            self._idle.start()  # once the running save is done
            return
        self._stop_timers()
        job = _SaveJob(self.article.id, self.article.version, self._changes(), "autosave", self.actor)
        self._set_dirty(False)
        self._in_flight = job

        def work() -> ArticleData:
            try:
                job.result = self._write(job)
                return job.result
            except Exception as exc:
                job.error = exc
                raise
            finally:
                job.done.set()

        run_in_background(
            work, lambda _data: self._background_done(job), lambda _exc: self._background_done(job)
        )

    def check_file(self) -> bool:
        """With nothing to save: whether the database's file is still the one that was
        opened; if not, the problem is reported as a failed save would be (without a retry)."""
        problem = database_file_problem(self.articles.db)
        if problem is None:
            return True
        if problem != self.last_problem:
            self._report(StorageProblem(problem), retry=False)
        return False

    def _write(self, job: _SaveJob) -> ArticleData:
        db = self.articles.db
        problem = database_file_problem(db)
        if problem is not None:
            # SQLite would "save" into the deleted, moved or replaced file and lose it.
            raise StorageProblem(problem)
        saved = self.articles.save(
            job.article_id, job.changes, job.version, reason=job.reason, actor=job.actor
        )
        problem = database_file_problem(db)
        if problem is not None:  # replaced while saving: the text went into the old file
            raise StorageProblem(problem, saved)
        return saved

    def _background_done(self, job: _SaveJob) -> None:
        if job is self._in_flight:  # not already taken over by a save on this thread
            self._in_flight = None
            self._apply(job)

    def _finish_in_flight(self) -> None:
        """Wait for a background save and take its outcome (before saving again)."""
        job = self._in_flight
        if job is None:
            return
        job.done.wait()
        self._in_flight = None
        self._apply(job)

    def _apply(self, job: _SaveJob) -> bool:
        """Take a finished save's outcome; True when it was saved."""
        same_article = self.article is not None and self.article.id == job.article_id
        if job.error is not None:
            exc = job.error
            if same_article:
                self._set_dirty(True)
            self.last_error = describe_error(exc)
            self.last_problem, self.last_error_detail = None, ""
            if isinstance(exc, ConflictError):
                self.in_conflict = same_article
                self.conflict.emit(self.last_error)
                return False
            if isinstance(exc, FieldsNotSaved):  # the rest was saved; no retry until an edit
                if same_article:
                    self.article = exc.article
                self.saved.emit(exc.article, job.reason)
                self.last_problem = SaveProblem.FIELD_HELD_BACK
                self.save_failed.emit(self.last_error)
                return False
            saved = getattr(exc, "saved", None)
            if same_article and isinstance(saved, ArticleData):
                self.article = saved  # its version in the old file (should that come back)
            self._report(exc, self.last_error)
            return False
        self._set_read_only(False)
        data = job.result
        if same_article:
            self.article = data
        self.in_conflict = False
        self.last_error = ""
        self.last_problem = None
        self.last_error_detail = ""
        self._retry_ms = RETRY_FIRST_MS
        self.saved.emit(data, job.reason)
        return True

    def _report(self, exc: Exception, message: str = "", *, retry: bool = True) -> None:
        """A failed save (not a conflict): the message, its kind and its raw words (for
        Details; ``describe_error`` logs them); a retry."""
        self.last_error = message or describe_error(exc)
        problem = classify_save_error(exc, self.articles.db)
        self.last_problem = problem
        self.last_error_detail = error_details(exc)
        if problem == SaveProblem.OTHER:
            log.warning("save failed: %s", self.last_error_detail)
        if problem in (SaveProblem.FILE_MISSING, SaveProblem.FILE_REPLACED):
            # The old file's journal keeps its name at the path: empty it into the old file
            # before anything opens the file now there.
            detach_from_lost_file(self.articles.db)
        if retry:
            self._retry.start(self._retry_ms)
            self._retry_ms = min(self._retry_ms * 2, RETRY_MAX_MS)
        self.save_failed.emit(self.last_error)
        if problem == SaveProblem.READ_ONLY:
            self._set_read_only(True)

    def _set_read_only(self, read_only: bool) -> None:
        if read_only != self.read_only:
            self.read_only = read_only
            self.read_only_changed.emit(read_only)

    def keep_mine(self) -> bool:
        """After a conflict: save the editor's text over the newer version (the other text
        stays in the article's revisions)."""
        if self.article is None:
            return True
        self.article = self.articles.get(self.article.id)
        self.in_conflict = False
        return self.save("save")

    def _autosave(self) -> None:
        self.save_in_background()

    def _stop_timers(self) -> None:
        self._idle.stop()
        self._longest.stop()
        self._retry.stop()

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self.dirty:
            self.dirty = dirty
            self.dirty_changed.emit(dirty)

    def pending(self) -> bool:
        """A save is scheduled (for tests)."""
        return (
            self._idle.isActive()
            or self._longest.isActive()
            or self._retry.isActive()
            or self._in_flight is not None
        )


@dataclass(eq=False)
class _SaveJob:
    """One save: what was in the editor, and (once written) its outcome."""

    article_id: int
    version: int
    changes: ArticleChanges
    reason: str
    actor: SignedIn | None
    result: ArticleData | None = None
    error: Exception | None = None
    done: threading.Event = field(default_factory=threading.Event)
