"""Redaksi processes saving the same article, on SQLite and on PostgreSQL: two in alternation
(200 saves each), and 2 or 4 racing from one starting shot in tight loops. Every save either
lands (a new version, recorded as a revision) or is kept as a conflict revision: none fails, none
is lost, and no save lands over a version it did not see (a silent lost update)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BACKENDS
from tests.faults.conftest import add_figure

ROOT = Path(__file__).resolve().parents[2]
SAVES_EACH = 200


class Saver:
    def __init__(self, target: str, article_id: int, *extra: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.faults.saver", target, str(article_id), *extra],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.ask_raw()["result"] == "ready"

    def ask_raw(self) -> dict:
        line = self.process.stdout.readline()
        assert line, "the saver process died"
        return json.loads(line)

    def save(self, text: str, refresh: bool) -> dict:
        self.process.stdin.write(json.dumps({"text": text, "refresh": refresh}) + "\n")
        self.process.stdin.flush()
        return self.ask_raw()

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=60)


@pytest.fixture(params=BACKENDS)
def target(request, tmp_path) -> str:
    if request.param == "postgresql":
        from tests.conftest import reset_postgres

        url = request.getfixturevalue("pg_session_url")
        reset_postgres(url)
        return url
    return str(tmp_path / "race.db")


def test_two_processes_saving_in_alternation_lose_nothing(target):
    from db.database import open_database
    from db.models import Revision
    from desktop_app.core.articles import ArticleService
    from desktop_app.core.models import ArticleChanges

    database = open_database(target)
    article = ArticleService(database).create(ArticleChanges(title="Rebutan", body="awal"))
    start_version = article.version
    database.close()

    rng = random.Random(8)
    savers = [Saver(target, article.id), Saver(target, article.id)]
    written: list[tuple[str, dict]] = []
    try:
        for i in range(SAVES_EACH):
            for n, saver in enumerate(savers):
                text = f"proses {n} simpanan {i} {rng.getrandbits(64):016x}"
                written.append((text, saver.save(text, refresh=rng.random() < 0.5)))
    finally:
        for saver in savers:
            saver.close()

    database = open_database(target)
    revisions = list(
        Revision.select(Revision.reason, Revision.body).where(Revision.article == article.id).tuples()
    )
    final = ArticleService(database).get(article.id)
    database.close()
    landed_bodies = {body for reason, body in revisions if reason == "save"}
    conflict_bodies = {body for reason, body in revisions if reason == "conflict"}
    landed = sum(1 for text, _ in written if text in landed_bodies)
    kept = sum(1 for text, _ in written if text in conflict_bodies)
    lost = [
        (text, answer)
        for text, answer in written
        if text not in landed_bodies and text not in conflict_bodies
    ]
    add_figure("saves attempted", len(written))
    add_figure("saves landed", landed)
    add_figure("saves kept as conflicts", kept)
    add_figure("saves lost", len(lost))
    assert not lost, lost[:3]
    assert landed + kept == len(written) == 2 * SAVES_EACH
    assert landed == sum(1 for _, a in written if a["result"] == "landed")
    assert kept == sum(1 for _, a in written if a["result"] == "conflict")
    assert final.version == start_version + landed
    assert landed > 0
    assert kept > 0
    assert final.body == next(t for t, a in reversed(written) if a["result"] == "landed")


#: Racing savers and saves each: 2 x 500 + 4 x 300 = 2,200 racing saves per backend.
RACES = {2: 500, 4: 300}


@pytest.mark.parametrize("racers", sorted(RACES))
def test_processes_racing_from_one_starting_shot_lose_nothing(target, racers):
    from db.database import open_database
    from db.models import Revision
    from desktop_app.core.articles import ArticleService
    from desktop_app.core.models import ArticleChanges

    database = open_database(target)
    article = ArticleService(database).create(ArticleChanges(title="Balapan", body="awal"))
    start_version = article.version
    database.close()

    count = RACES[racers]
    savers = [Saver(target, article.id, "--race", str(count), f"proses {n}", str(n)) for n in range(racers)]
    for saver in savers:  # the starting shot: every racer is waiting on this line
        saver.process.stdin.write("go\n")
    for saver in savers:
        saver.process.stdin.flush()
    results: list[tuple[str, int, dict]] = []
    try:
        for saver in savers:
            results.extend((text, expected, answer) for text, expected, answer in saver.ask_raw())
    finally:
        for saver in savers:
            saver.close()

    database = open_database(target)
    revisions = list(
        Revision.select(Revision.number, Revision.reason, Revision.body)
        .where(Revision.article == article.id)
        .tuples()
    )
    final = ArticleService(database).get(article.id)
    database.close()

    failed = [(text, answer) for text, _, answer in results if answer["result"] == "error"]
    landed = [
        (text, expected, answer["version"])
        for text, expected, answer in results
        if answer["result"] == "landed"
    ]
    conflicts = [text for text, _, answer in results if answer["result"] == "conflict"]
    landed_bodies = {body for _, reason, body in revisions if reason == "save"}
    conflict_bodies = {body for _, reason, body in revisions if reason == "conflict"}
    lost = [text for text, _, _ in landed if text not in landed_bodies] + [
        text for text in conflicts if text not in conflict_bodies
    ]
    add_figure("racing saves attempted", len(results))
    add_figure("racing saves landed", len(landed))
    add_figure("racing saves kept as conflicts", len(conflicts))
    add_figure("racing saves failed", len(failed))
    add_figure("racing saves retried after a busy wait", sum(a.get("busy_retries", 0) for _, _, a in results))
    add_figure("racing saves lost", len(lost))
    assert not failed, failed[:3]
    assert not lost, lost[:3]
    assert len(results) == racers * count
    # Each landed save moved the version it saw one step on, and no two landed on the same one:
    # none overwrote a save it had not seen.
    assert all(version == expected + 1 for _, expected, version in landed)
    assert sorted(version for _, _, version in landed) == list(
        range(start_version + 1, start_version + len(landed) + 1)
    )
    assert final.version == start_version + len(landed)
    assert final.body == max(landed, key=lambda item: item[2])[0]
    numbers = sorted(number for number, _, _ in revisions)
    assert numbers == list(range(1, len(numbers) + 1))
    assert len(numbers) == 1 + len(landed) + len(conflicts)  # "create", then one per save
    assert landed  # they did race:
    assert conflicts


def test_processes_creating_the_same_new_category_tag_and_slug_at_once_all_succeed(target):
    """Four workstations make articles with one title, each time with a category and a tag
    nobody has yet: every article is made, with its own slug, and each category and tag once
    (on PostgreSQL the second insert of a name broke the unique index: an unexpected error)."""
    from db.database import open_database
    from db.models import Article, ArticleTag, Category, Tag

    database = open_database(target)  # the schema, before the racers start
    database.close()
    count, racers = 60, 4
    savers = [Saver(target, 0, "--create", str(count), f"proses {n}", str(n)) for n in range(racers)]
    for saver in savers:
        saver.process.stdin.write("go\n")
    for saver in savers:
        saver.process.stdin.flush()
    answers: list[dict] = []
    try:
        for saver in savers:
            answers.extend(answer for _, answer in saver.ask_raw())
    finally:
        for saver in savers:
            saver.close()
    database = open_database(target)
    slugs = [slug for (slug,) in Article.select(Article.slug).tuples()]
    categories = sorted(name for (name,) in Category.select(Category.name).tuples())
    tags = Tag.select().count()
    tagged = ArticleTag.select().count()
    database.close()
    failed = [answer for answer in answers if answer["result"] != "created"]
    add_figure("racing creations failed", len(failed))
    assert not failed, failed[:3]
    assert len(slugs) == len(set(slugs)) == racers * count
    assert categories == sorted(f"Kategori {i}" for i in range(count))
    assert tags == count
    assert tagged == racers * count
