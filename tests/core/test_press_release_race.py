"""Press-release numbers with several workstations approving at the same moment: racing
PROCESSES (one per workstation, a barrier before each round), on PostgreSQL and on SQLite.
Every number must be unique and the sequence 1..N without gaps, also when some approvals fail
after taking a number (they give it back)."""

from __future__ import annotations

import contextlib
import multiprocessing
import time

import pytest

from db.models import Article, PressRelease, ReleaseCounter
from desktop_app.core.models import ArticleChanges, ArticleKind
from desktop_app.core.press_releases import PressReleaseService
from desktop_app.core.workflow import Action, WorkflowService
from tests.conftest import PG_URL
from tests.people_helpers import TEST_PASSWORD, add_person, admin_of, signed_in

ROUNDS = 8


class _Broken(Exception):
    """An approval that fails after its number was taken (rolled back whole)."""


def _racer(target: str, name: str, article_ids: list[int], fail_rounds: list[int], barrier, results) -> None:
    """One workstation: each round, wait for the others, then approve its press release."""
    from db.database import open_database
    from desktop_app.core import checklist, press_releases, workflow
    from desktop_app.core.auth import AuthService

    # as in the parent (tests/conftest.py): the checklist is another test's subject
    checklist.DEFAULT_LEVELS = {check: checklist.Level.OFF for check in checklist.Check}

    database = open_database(target)
    actor = AuthService(database).sign_in(name, TEST_PASSWORD)
    original = press_releases.assign_number
    failing = {"now": False}

    def assign_then_hold(*args, **kwargs):
        number = original(*args, **kwargs)
        time.sleep(0.02)  # hold the counter while the others try to take it (contention, not timing)
        if failing["now"]:
            raise _Broken(number)
        return number

    press_releases.assign_number = assign_then_hold
    service = workflow.WorkflowService(database)
    numbers = []
    try:
        for round_, article_id in enumerate(article_ids):
            barrier.wait(timeout=120)
            if round_ in fail_rounds:
                failing["now"] = True
                with contextlib.suppress(_Broken):
                    service.perform(article_id, Action.APPROVE, actor)
                failing["now"] = False
            numbers.append(service.perform(article_id, Action.APPROVE, actor).release_number)
    except Exception as exc:  # noqa: BLE001 - the others stop at the barrier instead of waiting for us
        barrier.abort()
        results.put((name, repr(exc)))
        return
    finally:
        database.close()
    results.put((name, numbers))


def _race(database, target: str, workers: int) -> None:
    admin = admin_of(database)
    names = []
    for n in range(workers):
        person = add_person(database, f"Redaktur Balap {n + 1}", "editor", admin=admin)
        signed_in(database, person, admin=admin)
        names.append(person.name)
    from desktop_app.core.articles import ArticleService

    articles = ArticleService(database)
    workflow = WorkflowService(database)
    ids = []
    for n in range(workers * ROUNDS):
        article = articles.create(
            ArticleChanges(title=f"Siaran pers {n + 1}", body="Isi.", kind=ArticleKind.PRESS_RELEASE)
        )
        workflow.perform(article.id, Action.SUBMIT, admin)
        ids.append(article.id)
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(workers)
    results = context.Queue()
    processes = [
        context.Process(
            target=_racer,
            args=(
                target,
                names[w],
                ids[w::workers],
                [r for r in range(ROUNDS) if (r + w) % 3 == 0],  # some fail after taking a number
                barrier,
                results,
            ),
        )
        for w in range(workers)
    ]
    for process in processes:
        process.start()
    got = dict(results.get(timeout=300) for _ in processes)
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    failures = {name: error for name, error in got.items() if isinstance(error, str)}
    assert not failures, failures
    total = workers * ROUNDS
    numbers = [number for numbers in got.values() for number in numbers]
    assert len(numbers) == total
    assert len(set(numbers)) == total, "a number was given twice"
    register = PressReleaseService(database).register()
    year = register[0].year
    assert [row.seq for row in register] == list(range(1, total + 1)), "gaps or repeats in the sequence"
    assert sorted(numbers) == sorted(row.number for row in register)
    assert all(row.number.startswith(f"{row.seq:03d}/") for row in register)
    assert ReleaseCounter.get_by_id(year).last_seq == total
    assert PressRelease.select().count() == total
    assert Article.select().where(Article.release_number == "").count() == 0


@pytest.mark.skipif(not PG_URL, reason="REDAKSI_TEST_PG_URL is not set (CI sets it)")
def test_four_workstations_approving_at_once_on_postgresql_get_unique_gap_free_numbers(pg_session_url):
    from db.database import open_database
    from tests.conftest import reset_postgres

    reset_postgres(pg_session_url)
    database = open_database(pg_session_url)
    try:
        _race(database, pg_session_url, workers=4)
    finally:
        database.close()


def test_two_workstations_approving_at_once_on_sqlite_get_unique_gap_free_numbers(tmp_path):
    from db.database import open_database

    target = str(tmp_path / "redaksi.db")
    database = open_database(target)
    try:
        _race(database, target, workers=2)
    finally:
        database.close()
