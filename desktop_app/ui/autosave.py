"""Autosave: keeps the open article's text in the database, never drops it.

Saves ``delay_ms`` after typing stops, and at the latest ``delay_ms`` after the first unsaved
keystroke while typing goes on (so a crash loses at most about that much). The main window also
calls :meth:`save` on switching article, on deactivation and on close, and with
``reason="save"`` for Ctrl+S (which records a revision). A failed save keeps the text (the
editor is never touched here), reports a translated message and retries with a growing pause; a
conflict (someone else saved) stops autosaving until the user chooses what to keep.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.core.articles import ArticleService
from desktop_app.core.errors import ConflictError
from desktop_app.core.models import ArticleChanges, ArticleData
from desktop_app.messages import describe_error

RETRY_FIRST_MS = 2000
RETRY_MAX_MS = 30_000


class AutosaveController(QObject):
    saved = Signal(object, str)  # ArticleData, reason
    save_failed = Signal(str)  # translated message; a retry is scheduled
    conflict = Signal(str)  # translated message; autosave waits for the user
    dirty_changed = Signal(bool)

    def __init__(self, articles: ArticleService, changes: Callable[[], ArticleChanges],
                 delay_ms: int = 2000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.articles = articles
        self._changes = changes
        self.article: ArticleData | None = None
        self.dirty = False
        self.in_conflict = False
        self.last_error: str = ""
        self.actor_id: int | None = None  # who is working: recorded in revisions
        self._retry_ms = RETRY_FIRST_MS
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
        """Save now. True when nothing is left unsaved."""
        if self.article is None:
            return True
        if reason == "autosave" and (not self.dirty or self.in_conflict):
            return not self.dirty
        self._stop_timers()
        changes = self._changes()
        try:
            data = self.articles.save(self.article.id, changes, self.article.version,
                                      reason=reason, actor_id=self.actor_id)
        except ConflictError as exc:
            self.in_conflict = True
            self._set_dirty(True)
            self.last_error = describe_error(exc)
            self.conflict.emit(self.last_error)
            return False
        except Exception as exc:  # noqa: BLE001 - any failure: keep the text, retry
            self._set_dirty(True)
            self.last_error = describe_error(exc)
            self._retry.start(self._retry_ms)
            self._retry_ms = min(self._retry_ms * 2, RETRY_MAX_MS)
            self.save_failed.emit(self.last_error)
            return False
        self.article = data
        self.in_conflict = False
        self.last_error = ""
        self._retry_ms = RETRY_FIRST_MS
        self._set_dirty(False)
        self.saved.emit(data, reason)
        return True

    def keep_mine(self) -> bool:
        """After a conflict: save the editor's text over the newer version (the other text
        stays in the article's revisions)."""
        if self.article is None:
            return True
        self.article = self.articles.get(self.article.id)
        self.in_conflict = False
        return self.save("save")

    def _autosave(self) -> None:
        self.save("autosave")

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
        return self._idle.isActive() or self._longest.isActive() or self._retry.isActive()
