"""Presence: who has an article open for editing, so that a second window (another person's, or
another of one's own) says so instead of letting two people write over each other unawares.

Each window has a random ``session_id`` and one :class:`PresenceService`. Opening an article
*claims* it: a row ``(article, session, person, since, heartbeat)`` in ``article_presence``,
unless another window already holds it, in which case :meth:`PresenceService.claim` returns
that window's :class:`Presence` and takes nothing. The window refreshes its rows with
:meth:`~PresenceService.heartbeat` (every :func:`heartbeat_interval`) and deletes them when the
article or the window closes. A row whose heartbeat is older than :func:`presence_expiry` (two
minutes) counts as gone: a window that crashed or was killed holds nothing for good. On the
workstation where it ran, it holds nothing even that long: the next window started there finds
it gone (:mod:`desktop_app.core.presence_sessions`) and deletes its rows
(:meth:`~PresenceService.forget_sessions`), so nobody is asked to take an article over from
their own crashed window.

Taking over (:meth:`~PresenceService.take_over`) marks the other windows' rows as taken (by
whom, when) and makes this window the holder; the window that lost the article learns it on its
next heartbeat through :meth:`~PresenceService.lost`. Nothing here blocks a save: saves stay
versioned (``ArticleService.save``), so whatever two windows still write is a normal conflict.

Clocks. Every time written and compared is the database's, in UTC, so that workstations whose
clocks differ agree on what is fresh: on PostgreSQL the server's ``now()`` (read inside the
transaction that writes or compares), on SQLite this computer's UTC clock (one SQLite file is
shared by windows on one computer only: SQLite over a network share is not supported). Tests
inject a clock (``clock=``), used on both backends.

The acting person is a plain ``person_id`` today; once sign-in exists, the window passes the
signed-in person's id (``SignedIn.person_id``).
"""

from __future__ import annotations

import datetime as _dt
import os
import uuid as _uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from peewee import JOIN, Database, PostgresqlDatabase

from db.models import ArticlePresence, Person, utcnow

if TYPE_CHECKING:
    from peewee import Expression

#: A presence whose heartbeat is older than this counts as gone.
PRESENCE_EXPIRY = _dt.timedelta(minutes=2)
#: How often a window refreshes its presence (at most: see :func:`heartbeat_interval`).
HEARTBEAT_INTERVAL = _dt.timedelta(seconds=30)
#: Seconds; overrides :data:`PRESENCE_EXPIRY` (tests, and an office that wants it shorter).
EXPIRY_ENVIRONMENT = "REDAKSI_PRESENCE_EXPIRY_S"
#: The PostgreSQL advisory lock class of presence (with the article id): claims of one article
#: take turns, so two windows opening it at once cannot both become its holder.
PRESENCE_LOCK_CLASS = 0x52_64_6B_50  # any constant of Redaksi's own
_CHUNK = 500


def presence_expiry() -> _dt.timedelta:
    """:data:`PRESENCE_EXPIRY`, or ``REDAKSI_PRESENCE_EXPIRY_S`` seconds when that is set to a
    positive number."""
    try:
        seconds = float(os.environ.get(EXPIRY_ENVIRONMENT, ""))
    except ValueError:
        return PRESENCE_EXPIRY
    return _dt.timedelta(seconds=seconds) if seconds > 0 else PRESENCE_EXPIRY


def heartbeat_interval(expiry: _dt.timedelta | None = None) -> _dt.timedelta:
    """Every 30 s, or a quarter of a shorter expiry (a live window never looks expired)."""
    return min(HEARTBEAT_INTERVAL, (expiry or presence_expiry()) / 4)


def new_session_id() -> str:
    """A random id for one window."""
    return str(_uuid.uuid4())


@dataclass(frozen=True)
class Presence:
    """Someone editing an article in one window (``since``, ``heartbeat``: naive UTC, the
    database's clock). From :meth:`PresenceService.lost`: who took it over and when
    (``since``)."""

    article_id: int
    person_id: int | None
    person_name: str
    session_id: str
    since: _dt.datetime
    heartbeat: _dt.datetime


class PresenceService:
    """The presence of one window (``session_id``) on ``database``."""

    def __init__(
        self,
        database: Database,
        session_id: str | None = None,
        *,
        clock: Callable[[], _dt.datetime] | None = None,
        expiry: _dt.timedelta | None = None,
    ) -> None:
        self.db = database  # every query runs on it (not on whatever the models are bound to
        # now: a window being replaced releases its presence after the next database opened)
        self.session_id = session_id or new_session_id()
        self.expiry = expiry or presence_expiry()
        self._clock = clock

    # -- the window's own presence ---------------------------------------------------------

    def claim(self, article_id: int, person_id: int) -> Presence | None:
        """Hold ``article_id`` for this window, unless another window holds it: then that
        window's presence is returned and nothing is taken. Claiming again refreshes."""
        with self.db.atomic():
            self._lock(article_id)
            now = self._now()
            self._forget_expired(article_id, now)
            holder = self._holder(article_id, now)
            if holder is not None:
                return holder
            self._hold(article_id, person_id, now)
        return None

    def take_over(self, article_id: int, person_id: int) -> list[Presence]:
        """Hold ``article_id`` for this window whoever holds it; returns the presences taken
        (their windows learn it on their next heartbeat, through :meth:`lost`)."""
        with self.db.atomic():
            self._lock(article_id)
            now = self._now()
            self._forget_expired(article_id, now)
            taken = self._live(now, ArticlePresence.article == article_id)
            ArticlePresence.update(taken_by=person_id, taken_at=now, taken_by_session=self.session_id).where(
                (ArticlePresence.article == article_id)
                & (ArticlePresence.session_id != self.session_id)
                & ArticlePresence.taken_at.is_null()
            ).execute(self.db)
            self._hold(article_id, person_id, now)
        return taken

    def heartbeat(self) -> set[int]:
        """Refresh this window's presences; returns the articles it still has a row for (held
        or lost). An article missing from it expired meanwhile (the computer slept): claim it
        again."""
        with self.db.atomic():
            now = self._now()
            ArticlePresence.update(heartbeat=now).where(
                ArticlePresence.session_id == self.session_id
            ).execute(self.db)
            rows = ArticlePresence.select(ArticlePresence.article).where(
                ArticlePresence.session_id == self.session_id
            )
            return {
                article_id for (article_id,) in cast(Iterable[tuple[int]], rows.tuples().execute(self.db))
            }

    def release(self, article_id: int) -> None:
        """This window closed the article."""
        with self.db.atomic():
            ArticlePresence.delete().where(
                (ArticlePresence.article == article_id) & (ArticlePresence.session_id == self.session_id)
            ).execute(self.db)

    def release_all(self) -> None:
        """This window closes."""
        with self.db.atomic():
            ArticlePresence.delete().where(ArticlePresence.session_id == self.session_id).execute(self.db)

    def forget_sessions(self, session_ids: Iterable[str]) -> int:
        """Delete the presences of windows known to be gone (their process ended without
        releasing them: :mod:`desktop_app.core.presence_sessions`), at once rather than after
        the expiry; returns how many rows went."""
        ids = sorted(set(session_ids) - {self.session_id})
        removed = 0
        with self.db.atomic():
            for start in range(0, len(ids), _CHUNK):
                removed += (
                    ArticlePresence.delete()
                    .where(ArticlePresence.session_id.in_(ids[start : start + _CHUNK]))
                    .execute(self.db)
                )
        return removed

    def lost(self, article_id: int) -> Presence | None:
        """Who took ``article_id`` over from this window, and when (``since``); None while this
        window holds it (or has no row for it)."""
        row = (
            ArticlePresence.select(
                ArticlePresence.taken_by,
                ArticlePresence.taken_by_session,
                ArticlePresence.taken_at,
                Person.name,
            )
            .join(Person, on=(ArticlePresence.taken_by == Person.id), join_type=JOIN.LEFT_OUTER)
            .where(
                (ArticlePresence.article == article_id)
                & (ArticlePresence.session_id == self.session_id)
                & ArticlePresence.taken_at.is_null(False)
            )
            .tuples()
            .first(self.db)
        )
        if row is None:
            return None
        person_id, session_id, taken_at, name = row
        return Presence(article_id, person_id, name or "", session_id, taken_at, taken_at)

    # -- everybody else's -------------------------------------------------------------------

    def holder(self, article_id: int) -> Presence | None:
        """The other window that holds ``article_id`` now, if any."""
        return self._holder(article_id, self._now())

    def editing_others(self, article_ids: Iterable[int] | None = None) -> dict[int, Presence]:
        """``{article id: presence}`` of the articles other windows hold now (of
        ``article_ids``, or all of them): the sidebar's marks."""
        now = self._now()
        if article_ids is None:
            found = self._live(now, ArticlePresence.session_id != self.session_id)
        else:
            ids = sorted(set(article_ids))
            found = []
            for start in range(0, len(ids), _CHUNK):
                found += self._live(
                    now,
                    (ArticlePresence.session_id != self.session_id)
                    & ArticlePresence.article.in_(ids[start : start + _CHUNK]),
                )
        result: dict[int, Presence] = {}
        for presence in found:  # newest first: the one who took over last
            result.setdefault(presence.article_id, presence)
        return result

    # -- internals --------------------------------------------------------------------------

    def _now(self) -> _dt.datetime:
        if self._clock is not None:
            return self._clock()
        if isinstance(self.db, PostgresqlDatabase):
            value = self.db.execute_sql("SELECT now() AT TIME ZONE 'UTC'").fetchone()[0]
            return cast(_dt.datetime, value)
        return utcnow()

    def _lock(self, article_id: int) -> None:
        """Claims of one article take turns (SQLite: every transaction begins IMMEDIATE)."""
        if isinstance(self.db, PostgresqlDatabase):
            self.db.execute_sql("SELECT pg_advisory_xact_lock(%s, %s)", (PRESENCE_LOCK_CLASS, article_id))

    def _forget_expired(self, article_id: int, now: _dt.datetime) -> None:
        ArticlePresence.delete().where(
            (ArticlePresence.article == article_id) & (ArticlePresence.heartbeat < now - self.expiry)
        ).execute(self.db)

    def _holder(self, article_id: int, now: _dt.datetime) -> Presence | None:
        found = self._live(
            now, (ArticlePresence.article == article_id) & (ArticlePresence.session_id != self.session_id)
        )
        return found[0] if found else None

    def _live(self, now: _dt.datetime, where: Expression) -> list[Presence]:
        """Fresh, untaken presences matching ``where``, newest first."""
        rows = (
            ArticlePresence.select(
                ArticlePresence.article,
                ArticlePresence.person,
                Person.name,
                ArticlePresence.session_id,
                ArticlePresence.since,
                ArticlePresence.heartbeat,
            )
            .join(Person, on=(ArticlePresence.person == Person.id))
            .where(
                where & ArticlePresence.taken_at.is_null() & (ArticlePresence.heartbeat >= now - self.expiry)
            )
            .order_by(ArticlePresence.since.desc(), ArticlePresence.id.desc())
        )
        found = cast(
            Iterable[tuple[int, int, str, str, _dt.datetime, _dt.datetime]], rows.tuples().execute(self.db)
        )
        return [Presence(*row) for row in found]

    def _hold(self, article_id: int, person_id: int, now: _dt.datetime) -> None:
        """This window's row for the article: fresh and untaken (``since`` kept while it was
        already held by the same person)."""
        mine = (
            ArticlePresence.select()
            .where((ArticlePresence.article == article_id) & (ArticlePresence.session_id == self.session_id))
            .first(self.db)
        )
        if mine is None:
            ArticlePresence.insert(
                article=article_id, session_id=self.session_id, person=person_id, since=now, heartbeat=now
            ).execute(self.db)
            return
        kept = mine.taken_at is None and mine.person_id == person_id
        ArticlePresence.update(
            person=person_id,
            since=mine.since if kept else now,
            heartbeat=now,
            taken_by=None,
            taken_at=None,
            taken_by_session="",
        ).where(ArticlePresence.id == mine.id).execute(self.db)
