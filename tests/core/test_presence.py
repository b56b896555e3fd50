"""Presence on a shared database: a window claims the article it edits, a second window sees
who holds it (and takes nothing), taking over tells the first window, releasing frees it, and
a presence whose heartbeat stopped (a crashed window) expires. Time is an injected clock."""

from __future__ import annotations

import datetime as _dt
import threading

import pytest

from db.models import ArticlePresence
from desktop_app.core.models import ArticleChanges
from desktop_app.core.presence import (
    PRESENCE_EXPIRY,
    PresenceService,
    heartbeat_interval,
    presence_expiry,
)
from tests.people_helpers import add_person

START = _dt.datetime(2026, 12, 4, 7, 0, 0)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> _dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += _dt.timedelta(**delta)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def people(database):
    return add_person(database, "Andi Pratama", "writer"), add_person(database, "Sari Wulandari", "editor")


@pytest.fixture
def article(articles):
    return articles.create(ArticleChanges(title="Rapat koordinasi", body="Paragraf pembuka."))


def window(database, clock, name: str) -> PresenceService:
    return PresenceService(database, f"session-{name}", clock=clock)


def test_the_first_claim_holds_and_a_second_window_sees_it(database, clock, people, article):
    andi, sari = people
    first, second = window(database, clock, "a"), window(database, clock, "b")
    assert first.claim(article.id, andi.id) is None
    clock.advance(seconds=5)
    seen = second.claim(article.id, sari.id)
    assert seen is not None
    assert (seen.person_id, seen.person_name, seen.session_id) == (andi.id, "Andi Pratama", "session-a")
    assert seen.since == START
    # the second window took nothing: the first still holds it, the second has no row
    assert first.lost(article.id) is None
    assert second.editing_others([article.id])[article.id].session_id == "session-a"
    assert first.editing_others([article.id]) == {}
    assert ArticlePresence.select().where(ArticlePresence.session_id == "session-b").count() == 0


def test_the_same_person_in_another_window_is_another_editor(database, clock, people, article):
    andi, _ = people
    first, second = window(database, clock, "a"), window(database, clock, "b")
    first.claim(article.id, andi.id)
    assert second.claim(article.id, andi.id).session_id == "session-a"


def test_claiming_again_keeps_since_and_refreshes(database, clock, people, article):
    andi, sari = people
    first = window(database, clock, "a")
    first.claim(article.id, andi.id)
    clock.advance(seconds=90)
    assert first.claim(article.id, andi.id) is None
    clock.advance(seconds=90)  # 180 s after the first claim, 90 s after the second
    held = window(database, clock, "b").claim(article.id, sari.id)
    assert held is not None
    assert held.since == START


def test_take_over_tells_the_first_window_on_its_heartbeat(database, clock, people, article):
    andi, sari = people
    first, second = window(database, clock, "a"), window(database, clock, "b")
    first.claim(article.id, andi.id)
    clock.advance(seconds=20)
    assert second.claim(article.id, sari.id) is not None
    taken = second.take_over(article.id, sari.id)
    assert [p.session_id for p in taken] == ["session-a"]
    # the second holds it now: a third window sees Sari, the first sees Sari too
    third = window(database, clock, "c")
    assert third.claim(article.id, andi.id).person_name == "Sari Wulandari"
    assert first.editing_others([article.id])[article.id].person_name == "Sari Wulandari"
    assert second.lost(article.id) is None
    clock.advance(seconds=10)
    assert first.heartbeat() == {article.id}  # its row is still there: it is told, not erased
    lost = first.lost(article.id)
    assert lost is not None
    assert (lost.person_id, lost.person_name, lost.session_id) == (sari.id, "Sari Wulandari", "session-b")
    assert lost.since == START + _dt.timedelta(seconds=20)
    # claiming again does not take it back silently: it returns the holder
    assert first.claim(article.id, andi.id).session_id == "session-b"
    assert first.lost(article.id) is not None
    # taking it back is a take-over like any other
    first.take_over(article.id, andi.id)
    assert first.lost(article.id) is None
    assert second.lost(article.id).person_name == "Andi Pratama"


def test_release_frees_the_article(database, clock, people, article, articles):
    andi, sari = people
    first, second = window(database, clock, "a"), window(database, clock, "b")
    other = articles.create(ArticleChanges(title="Pelatihan jurnalistik"))
    first.claim(article.id, andi.id)
    first.claim(other.id, andi.id)
    first.release(article.id)
    assert second.claim(article.id, sari.id) is None
    assert second.editing_others() == {other.id: second.holder(other.id)}
    first.release_all()
    assert second.editing_others() == {}
    assert second.claim(other.id, sari.id) is None


def test_a_presence_without_heartbeat_expires(database, clock, people, article):
    andi, sari = people
    crashed, second = window(database, clock, "a"), window(database, clock, "b")
    crashed.claim(article.id, andi.id)
    clock.advance(seconds=119)
    assert second.claim(article.id, sari.id) is not None  # within two minutes: still there
    assert second.editing_others() != {}
    clock.advance(seconds=2)  # 121 s without a heartbeat
    assert second.editing_others() == {}
    assert second.holder(article.id) is None
    assert second.claim(article.id, sari.id) is None  # and the expired row is cleared away
    assert ArticlePresence.select().where(ArticlePresence.session_id == "session-a").count() == 0


def test_heartbeats_keep_a_presence_alive(database, clock, people, article):
    andi, sari = people
    first, second = window(database, clock, "a"), window(database, clock, "b")
    first.claim(article.id, andi.id)
    for _ in range(10):  # ten minutes, a heartbeat every 30 s
        clock.advance(seconds=30)
        assert first.heartbeat() == {article.id}
    assert second.claim(article.id, sari.id).session_id == "session-a"


def test_a_window_that_slept_past_the_expiry_sees_its_row_gone(database, clock, people, article):
    andi, sari = people
    sleeper, second = window(database, clock, "a"), window(database, clock, "b")
    sleeper.claim(article.id, andi.id)
    clock.advance(minutes=5)
    assert second.claim(article.id, sari.id) is None  # expired: Sari holds it now
    assert sleeper.heartbeat() == set()  # the sleeper learns that it holds nothing
    assert sleeper.claim(article.id, andi.id).person_name == "Sari Wulandari"


def test_editing_others_for_many_articles(database, clock, people, articles):
    andi, _ = people
    first, second = window(database, clock, "a"), window(database, clock, "b")
    ids = [articles.create(ArticleChanges(title=f"Berita {n}")).id for n in range(5)]
    first.claim(ids[1], andi.id)
    first.claim(ids[3], andi.id)
    marks = second.editing_others(ids + list(range(10_000, 11_200)))  # more than one chunk
    assert sorted(marks) == [ids[1], ids[3]]


def test_deleting_the_article_removes_its_presence(database, clock, people, article, articles):
    andi, _ = people
    first = window(database, clock, "a")
    first.claim(article.id, andi.id)
    articles.trash(article.id)
    articles.delete_forever(article.id)
    assert ArticlePresence.select().count() == 0


def test_two_windows_claiming_at_once_make_one_holder(database, people, article):
    """Real clocks and threads: whichever claim comes second sees the first."""
    andi, sari = people
    windows = [PresenceService(database, f"session-{n}") for n in range(2)]
    results: list[object] = [None, None]
    barrier = threading.Barrier(2)

    def claim(n: int) -> None:
        barrier.wait()
        results[n] = windows[n].claim(article.id, (andi, sari)[n].id)
        database.close()

    threads = [threading.Thread(target=claim, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(r is None for r in results) == [False, True]
    assert ArticlePresence.select().count() == 1


def test_the_database_clock_is_used_without_an_injected_one(database, people, article):
    andi, sari = people
    first, second = PresenceService(database), PresenceService(database)
    assert first.claim(article.id, andi.id) is None
    held = second.claim(article.id, sari.id)
    assert held is not None
    now = _dt.datetime.now(_dt.UTC).replace(tzinfo=None)
    assert abs(held.since - now) < PRESENCE_EXPIRY  # UTC, not a local time


def test_expiry_from_the_environment(monkeypatch):
    monkeypatch.delenv("REDAKSI_PRESENCE_EXPIRY_S", raising=False)
    assert presence_expiry() == _dt.timedelta(minutes=2)
    assert heartbeat_interval() == _dt.timedelta(seconds=30)
    monkeypatch.setenv("REDAKSI_PRESENCE_EXPIRY_S", "4")
    assert presence_expiry() == _dt.timedelta(seconds=4)
    assert heartbeat_interval() == _dt.timedelta(seconds=1)
    for bad in ("", "0", "-3", "soon"):
        monkeypatch.setenv("REDAKSI_PRESENCE_EXPIRY_S", bad)
        assert presence_expiry() == PRESENCE_EXPIRY


def test_a_service_keeps_to_its_own_database_when_another_is_opened(tmp_path):
    """Switching databases opens the next one (binding the models to it) before the old window
    releases its presence: the release must reach the old database."""
    from db.database import open_database

    first_db = open_database(tmp_path / "first.db")
    andi = add_person(first_db, "Andi Pratama", "writer")
    from desktop_app.core.articles import ArticleService

    article = ArticleService(first_db).create(ArticleChanges(title="Rapat"))
    window = PresenceService(first_db, "session-old")
    window.claim(article.id, andi.id)
    second_db = open_database(tmp_path / "second.db")  # the models now speak to this one
    try:
        assert window.heartbeat() == {article.id}
        window.release_all()
        count = first_db.execute_sql("SELECT COUNT(*) FROM article_presence").fetchone()[0]
        assert count == 0
    finally:
        second_db.close()
        first_db.close()


def test_a_database_from_before_presence_gets_the_table(database, db_target, people, article):
    from playhouse.migrate import SchemaMigrator

    from db import migrate
    from db.database import open_database

    module = __import__("db.migrations.0011_article_presence", fromlist=["down"])
    module.down(SchemaMigrator.from_database(database), database)
    database.execute_sql(
        f"DELETE FROM {migrate.HISTORY_TABLE} WHERE name = {database.param}", ["0011_article_presence"]
    )
    assert not database.table_exists("article_presence")
    database.close()
    upgraded = open_database(db_target)
    try:
        # every migration has run, once (0011 after the later ones, which ran before it was undone)
        assert sorted(migrate.applied_migrations(upgraded)) == migrate.known_migrations()
        andi, sari = people
        assert PresenceService(upgraded).claim(article.id, andi.id) is None
        assert PresenceService(upgraded).claim(article.id, sari.id).person_name == "Andi Pratama"
    finally:
        upgraded.close()
