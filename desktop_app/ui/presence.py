"""The window's side of presence (``desktop_app/core/presence.py``): claims the article it opens,
keeps the claim alive, tells the user who else is editing, takes over on request.

What a newsroom expects, and what keeps text safe (as in WordPress's post locking): one person
edits a piece at a time. An article someone else is editing opens *readable but read-only*
with the banner "Being edited by … since …" and a Take Over button (asked first); nothing is
blocked for good: taking over is one click, and a window that crashed stops counting after
the expiry (two minutes), when this window takes the article by itself; on the workstation where
it crashed it stops counting when Redaksi starts again (``core/presence_sessions.py``), so
nobody is asked to take over from their own crashed window. The window that lost
the article is told on its next heartbeat: its unsaved text is saved first, as usual (should the
other window have saved meanwhile, that is a normal conflict, kept as a conflict revision), then
it stays readable, read-only, and can take the article back. Saves stay versioned whatever
happens here, so presence never costs text; it spares people the conflicts.

Heartbeats run on a timer; their writes and reads run in a worker (``run_in_background``), so
typing never waits for the database. Claims and releases run where the article opens or closes
(a window that shows an article someone else holds must know it before anyone types).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import enum
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.core.dates import news_time, to_local
from desktop_app.core.presence import Presence, heartbeat_interval
from desktop_app.ui.locale_format import short_date
from desktop_app.workers import run_in_background

if TYPE_CHECKING:
    from desktop_app.core.presence import PresenceService
    from desktop_app.core.presence_sessions import WindowSessions


class PresenceState(enum.StrEnum):
    NONE = "none"  # no article open, or nobody is working (no person chosen)
    HOLDING = "holding"  # this window edits the article
    BLOCKED = "blocked"  # another window holds it: readable, read-only
    LOST = "lost"  # another window took it over from this one


def presence_time(value: _dt.datetime, language: str) -> str:
    """ "14.05 WIB" today, "3 Des 2026 14.05 WIB" before."""
    today = to_local(_dt.datetime.now(_dt.UTC)).date()
    time = news_time(value, language)
    return time if to_local(value).date() == today else f"{short_date(value, language)} {time}"


class PresenceController(QObject):
    """Presence of one window. Tell it which article is open (:meth:`open`, :meth:`close`) and
    who is working (:meth:`set_person`); it says what to show through its signals."""

    read_only_changed = Signal(bool)  # someone else edits the open article
    editing_shown = Signal(object)  # Presence: show "being edited by"
    taken_shown = Signal(object, bool)  # Presence, text saved: show "… took over"
    banner_hidden = Signal()
    reload_requested = Signal()  # this window now holds the article: show the saved text
    marks_changed = Signal(object)  # {article id: Presence} of other windows (the sidebar)
    beat_finished = Signal()  # after each heartbeat's result arrived (tests)

    def __init__(
        self,
        service: PresenceService,
        parent: QWidget,
        *,
        flush: Callable[[], bool] = lambda: True,
        ask: Callable[[str, str], bool] | None = None,
        ensure_person: Callable[[], int | None] = lambda: None,
        sessions: WindowSessions | None = None,
        database_key: str = "",
    ) -> None:
        """``flush`` saves the editor's text (before this window lets the article go);
        ``ensure_person`` asks who is working when nobody is (before taking over);
        ``sessions``: this workstation's window marks (a window of it that crashed on
        ``database_key`` leaves no presence behind)."""
        super().__init__(parent)
        self.service = service
        self.sessions = sessions
        if sessions is not None:
            self._adopt_gone_windows(sessions, database_key)
        self.parent_widget = parent
        self.flush = flush
        self.ask = ask or self._ask
        self.ensure_person = ensure_person
        self.article_id: int | None = None
        self.person_id: int | None = None
        self.state = PresenceState.NONE
        self.other: Presence | None = None  # the holder (BLOCKED) or who took over (LOST)
        self._generation = 0  # a heartbeat's result for an older article is dropped
        self._beating = False
        self._saved_when_lost = True
        self._again = False  # a beat was asked for while one ran: run one more after it
        self._stopped = False
        self.timer = QTimer(self)
        self.timer.setObjectName("presenceHeartbeat")
        self.timer.setInterval(int(heartbeat_interval().total_seconds() * 1000))
        self.timer.timeout.connect(self.beat)
        self.timer.start()
        QTimer.singleShot(0, self.beat)  # the sidebar's marks at once

    # -- what the window tells it ------------------------------------------------------------

    def set_person(self, person_id: int | None) -> None:
        """Who is working changed: the presence is theirs from now on."""
        if person_id == self.person_id:
            return
        self.person_id = person_id
        if self.article_id is not None and self.state in (PresenceState.HOLDING, PresenceState.NONE):
            self._claim()

    def open(self, article_id: int) -> None:
        """The window shows ``article_id`` (again, after a reload: the claim is refreshed)."""
        if article_id != self.article_id:
            self._release()
            self.article_id = article_id
            self._generation += 1
            self._set_state(PresenceState.NONE, None)  # what was shown was the other article's
        elif self.state == PresenceState.LOST:
            return  # reloading the text does not take the article back
        self._claim()
        self.beat()  # the sidebar's marks now, not on the next heartbeat

    def close(self) -> None:
        """No article open any more."""
        self._release()
        self.article_id = None
        self._generation += 1
        self._set_state(PresenceState.NONE, None)

    def stop(self) -> None:
        """The window closes: its presence goes (not only after the expiry)."""
        self._stopped = True
        self.timer.stop()
        self._generation += 1
        released = False
        with contextlib.suppress(Exception):  # the database is gone: the rows expire by themselves
            self.service.release_all()
            released = True
        if self.sessions is not None:
            if released:
                self.sessions.let_go(self.service.session_id)
            else:  # the mark stays, unlocked: the next window here deletes the rows
                self.sessions.unlock(self.service.session_id)
        self.article_id = None
        self.state = PresenceState.NONE

    def take_over(self) -> bool:
        """Take the open article over from whoever edits it (asks first)."""
        if self.article_id is None or self.other is None:
            return False
        person_id = self.person_id if self.person_id is not None else self.ensure_person()
        if person_id is None:
            return False
        self.person_id = person_id
        other = self.other
        if not self.ask(
            self.tr("Take over this article?"),
            self.tr(
                "{0} is editing this article (since {1}). If you take it over, {0}'s window is told "
                "and shows it read-only; what {0} typed there is saved first, and every saved "
                "version stays in the article's history."
            ).format(other.person_name, presence_time(other.since, self._language())),
        ):
            return False
        try:
            self.service.take_over(self.article_id, person_id)
        except Exception as exc:  # noqa: BLE001 - the database cannot be reached just now
            from desktop_app.messages import describe_error

            QMessageBox.warning(self.parent_widget, self.tr("Take Over"), describe_error(exc))
            return False
        self._set_state(PresenceState.HOLDING, None)
        self.reload_requested.emit()
        return True

    # -- the heartbeat -----------------------------------------------------------------------

    def beat(self) -> None:
        """Refresh this window's presence and learn about the others' (in a worker)."""
        if self._stopped:
            return
        if self._beating:
            self._again = True
            return
        self._beating = True
        service, article_id, state = self.service, self.article_id, self.state
        generation = self._generation

        def work() -> tuple[set[int], Presence | None, dict[int, Presence]]:
            held = service.heartbeat() if article_id is not None else set()  # nothing to keep alive
            news: Presence | None = None
            if article_id is not None and state == PresenceState.HOLDING:
                news = service.lost(article_id)
            elif article_id is not None and state == PresenceState.BLOCKED:
                news = service.holder(article_id)
            return held, news, service.editing_others()

        def done(result: tuple[set[int], Presence | None, dict[int, Presence]]) -> None:
            self._beating = False
            if self._stopped:
                return
            held, news, marks = result
            self.marks_changed.emit(marks)
            if generation == self._generation and state == self.state:
                self._arrived(state, held, news)
            self._finished()

        def failed(_exc: Exception) -> None:  # unreachable database: the next beat tries again
            self._beating = False
            self._finished()

        run_in_background(work, done, failed)

    def _finished(self) -> None:
        if self._again:  # asked for while this one ran: its news may be older than the question
            self._again = False
            self.beat()
        else:
            self.beat_finished.emit()

    def _arrived(self, state: PresenceState, held: set[int], news: Presence | None) -> None:
        if self.article_id is None:
            return
        if state == PresenceState.HOLDING:
            if news is not None:  # someone took it over
                self._saved_when_lost = self.flush()
                self._set_state(PresenceState.LOST, news)
            elif self.article_id not in held:  # expired here (the computer slept): claim again
                self._claim()
        elif state == PresenceState.BLOCKED and news is None:
            self._claim()  # the other window closed it, or its presence expired
        elif state == PresenceState.BLOCKED and news is not None and news != self.other:
            self._set_state(PresenceState.BLOCKED, news)

    # -- internals ---------------------------------------------------------------------------

    def _adopt_gone_windows(self, sessions: WindowSessions, database_key: str) -> None:
        """Delete the presence of this workstation's windows that ended without releasing it
        (crashed, killed), then mark this window's session as live."""
        try:
            gone = sessions.gone(database_key)
            if gone:
                self.service.forget_sessions(g.session_id for g in gone)
                for session in gone:
                    sessions.forget(session.session_id)
            sessions.hold(self.service.session_id, database_key)
        except Exception:  # noqa: BLE001 - no mark (a read-only folder, the database away): the
            return  # rows of a crashed window then expire by themselves, as before

    def _claim(self) -> None:
        if self.article_id is None:
            return
        try:
            if self.person_id is None:  # nobody chosen: see who edits it, hold nothing
                self.service.release(self.article_id)
                holder = self.service.holder(self.article_id)
                self._set_state(PresenceState.BLOCKED if holder else PresenceState.NONE, holder)
                return
            holder = self.service.claim(self.article_id, self.person_id)
        except Exception:  # noqa: BLE001 - unreachable: the save banner says so; retried on the beat
            return
        if holder is not None:
            self._set_state(PresenceState.BLOCKED, holder)
            return
        was_blocked = self.state == PresenceState.BLOCKED
        self._set_state(PresenceState.HOLDING, None)
        if was_blocked:
            self.reload_requested.emit()  # the text may have changed while it was read here

    def _release(self) -> None:
        if self.article_id is None:
            return
        with contextlib.suppress(Exception):  # the row expires by itself
            self.service.release(self.article_id)

    def _set_state(self, state: PresenceState, other: Presence | None) -> None:
        was_read_only = self.read_only
        self.state, self.other = state, other
        if state == PresenceState.BLOCKED and other is not None:
            self.editing_shown.emit(other)
        elif state == PresenceState.LOST and other is not None:
            self.taken_shown.emit(other, self._saved_when_lost)
        else:
            self.banner_hidden.emit()
        if self.read_only != was_read_only:
            self.read_only_changed.emit(self.read_only)

    @property
    def read_only(self) -> bool:
        return self.state in (PresenceState.BLOCKED, PresenceState.LOST)

    def _language(self) -> str:
        return str(getattr(self.parent_widget, "language", "id"))

    def _ask(self, title: str, text: str) -> bool:
        button = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self.parent_widget, title, text, button.Yes | button.Cancel, button.Cancel
        )
        return answer == button.Yes
