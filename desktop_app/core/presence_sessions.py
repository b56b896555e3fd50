"""This workstation's windows, so that a window that crashed leaves no presence behind for the
same workstation's next start (``desktop_app/core/presence.py``).

A presence row names a window by a random ``session_id``; its heartbeat keeps it alive, and a
row whose heartbeat stopped counts as gone only after the expiry (two minutes). Someone whose
Redaksi crashed (or was killed, or lost power) and who starts it again at once would otherwise
find their own article "being edited" by themselves and be asked to take it over.

So each window also marks its session in a folder of this workstation (the user's settings
folder): ``<session>.lock``, locked by the window's process for as long as the window lives,
and ``<session>.json`` (which database it works on). The operating system drops the lock when
the process ends, however it ends. A mark whose lock nobody holds is a window that is gone
without releasing its presence: :meth:`WindowSessions.gone` finds them, and the new window
deletes their presence (:meth:`~desktop_app.core.presence.PresenceService.forget_sessions`)
before it claims anything. A window still running on this workstation (a second Redaksi of
the same person) holds its lock and keeps counting as another editor; a window on another
workstation is never in this folder.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout

from desktop_app.core import json_text

#: A gone window's mark for another database is kept this long (that database may be opened
#: again soon); after it, its presence has long expired there anyway.
KEEP_OTHER_DATABASES = _dt.timedelta(days=1)
_SESSION = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@dataclass(frozen=True)
class GoneSession:
    session_id: str
    database: str  # the key of the database it worked on (as given to :meth:`hold`)


class WindowSessions:
    """The session marks of this workstation's windows, in ``folder``."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self._held: dict[str, FileLock] = {}

    def hold(self, session_id: str, database: str) -> None:
        """Mark ``session_id`` as a live window of this process, working on ``database``."""
        if not _SESSION.match(session_id):
            raise ValueError(f"not a session id: {session_id!r}")
        self.folder.mkdir(parents=True, exist_ok=True)
        lock = FileLock(self.folder / f"{session_id}.lock", timeout=0)
        lock.acquire()
        self._held[session_id] = lock
        note = self.folder / f"{session_id}.json"
        note.write_text(json.dumps({"database": database}), encoding="utf-8")

    def let_go(self, session_id: str) -> None:
        """The window closed (its presence released): its mark goes."""
        lock = self._held.pop(session_id, None)
        self._remove(session_id)
        if lock is not None:
            lock.release()

    def unlock(self, session_id: str) -> None:
        """The window closed but could not release its presence: its mark stays, unlocked, so
        that the next window on this workstation deletes that presence."""
        lock = self._held.pop(session_id, None)
        if lock is not None:
            lock.release()

    def gone(self, database: str, *, now: _dt.datetime | None = None) -> list[GoneSession]:
        """The windows of this workstation on ``database`` that ended without letting go
        (crashed, killed): their locks are free. Marks of gone windows on other databases
        older than :data:`KEEP_OTHER_DATABASES` are removed meanwhile."""
        now = now or _dt.datetime.now(_dt.UTC)
        found: list[GoneSession] = []
        if not self.folder.is_dir():
            return found
        for note in sorted(self.folder.glob("*.json")):
            session_id = note.stem
            if session_id in self._held or not _SESSION.match(session_id) or not self._free(session_id):
                continue
            try:
                worked_on = str(json_text.loads(note.read_text(encoding="utf-8")).get("database", ""))
            except (OSError, ValueError, AttributeError):
                worked_on = ""
            if worked_on == database:
                found.append(GoneSession(session_id, worked_on))
                continue
            with contextlib.suppress(OSError):
                modified = _dt.datetime.fromtimestamp(note.stat().st_mtime, _dt.UTC)
                if now - modified > KEEP_OTHER_DATABASES:
                    self._remove(session_id)
        return found

    def forget(self, session_id: str) -> None:
        """A gone window's presence was deleted: its mark goes too."""
        if session_id not in self._held:
            self._remove(session_id)

    def _free(self, session_id: str) -> bool:
        """Whether no process holds the session's lock (then its window is gone)."""
        probe = FileLock(self.folder / f"{session_id}.lock", timeout=0)
        try:
            probe.acquire()
        except Timeout:
            return False
        probe.release()
        return True

    def _remove(self, session_id: str) -> None:
        for suffix in (".json", ".lock"):
            with contextlib.suppress(OSError):
                (self.folder / f"{session_id}{suffix}").unlink()
