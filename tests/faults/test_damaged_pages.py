"""A database with damaged pages (one in the middle, one at the end, or both; garbage written at
page boundaries of a file with hundreds of pages): opening stays as it was (the probe reads only
the schema), and the damage is reported, never raised: ``integrity_problems`` (what ``redaksi
check`` prints) and the window's background ``quick_check``, which runs off the GUI thread after
the window is built and shows a banner with the newest good backup."""

from __future__ import annotations

import random
import threading
from pathlib import Path

import pytest

from db import backup as db_backup
from db.database import DatabaseOpenError, integrity_problems, open_database, quick_check_file
from desktop_app.core.articles import ArticleService
from desktop_app.core.models import ArticleChanges
from tests.faults.conftest import add_figure

ARTICLES = 300  # about 2 KB each: ~580 pages of 4 KB


def _build(path: Path) -> None:
    database = open_database(path)
    service = ArticleService(database)
    with database.atomic():
        for n in range(ARTICLES):
            service.create(ArticleChanges(title=f"Berita {n}", body=f"Isi berita yang panjang {n}. " * 70))
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@pytest.fixture(scope="module")
def sound_file(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("sound") / "redaksi.db"
    _build(path)
    return path.read_bytes()


def damage(data: bytes, where: str, seed: int) -> bytes:
    """``data`` with garbage over whole pages: the page in the middle, the last, or both."""
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    assert pages > 100, "enough pages for a page in the middle"
    chosen = {"middle": [pages // 2], "end": [pages - 1], "both": [pages // 2, pages - 1]}[where]
    rng = random.Random(seed)
    damaged = bytearray(data)
    for page in chosen:
        damaged[page * page_size : (page + 1) * page_size] = rng.randbytes(page_size)
    return bytes(damaged)


CASES = [(where, seed) for where in ("middle", "end", "both") for seed in range(4)]


@pytest.mark.parametrize(("where", "seed"), CASES, ids=[f"{w}-{s}" for w, s in CASES])
def test_damaged_pages_are_reported_never_raised(tmp_path, sound_file, where, seed):
    path = tmp_path / "redaksi.db"
    path.write_bytes(damage(sound_file, where, seed))
    add_figure("damaged files tried", 1)
    found = quick_check_file(path)
    assert found, "quick_check finds the damage"
    try:
        database = open_database(path, migrate_schema=False)
    except DatabaseOpenError:  # refused at open: reported too (the probe met the damage)
        add_figure("damaged files reported", 1)
        return
    try:
        problems = integrity_problems(database)  # before: DatabaseError "... malformed"
    finally:
        database.close()
    assert problems
    assert all(isinstance(p, str) and p for p in problems)
    add_figure("damaged files reported", 1)


def test_integrity_problems_gives_sqlites_words_for_a_malformed_file(tmp_path, sound_file):
    path = tmp_path / "redaksi.db"
    path.write_bytes(damage(sound_file, "both", 1))
    database = open_database(path, migrate_schema=False)
    try:
        problems = integrity_problems(database)
    finally:
        database.close()
    assert any("malformed" in problem for problem in problems)


def test_health_report_of_a_damaged_file_says_failed(tmp_path, sound_file):
    """What ``redaksi check`` prints from: integrity failed with SQLite's words, no traceback."""
    from desktop_app.core.backups import health_report

    path = tmp_path / "redaksi.db"
    path.write_bytes(damage(sound_file, "both", 1))
    database = open_database(path, migrate_schema=False)
    try:
        report = health_report(database)
    finally:
        database.close()
    assert not report.ok
    assert report.integrity


def test_quick_check_of_a_sound_file_is_empty(tmp_path, sound_file):
    path = tmp_path / "redaksi.db"
    path.write_bytes(sound_file)
    assert quick_check_file(path) == []
    assert quick_check_file(tmp_path / "nothing-here.db")  # cannot be read: says why


# -- the window -------------------------------------------------------------------------------


def test_window_checks_in_the_background_and_offers_the_newest_good_backup(
    qtbot, tmp_path, sound_file, monkeypatch
):
    from desktop_app.app import build_main_window
    from desktop_app.core import save_problems
    from desktop_app.workers import wait_for_workers

    path = tmp_path / "redaksi.db"
    path.write_bytes(sound_file)
    database = open_database(path)
    good = db_backup.create_backup(database)
    database.close()
    path.write_bytes(damage(sound_file, "both", 2))
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)

    threads = []
    real_check = save_problems.quick_check_file

    def spying(target):
        threads.append(threading.current_thread() is threading.main_thread())
        return real_check(target)

    monkeypatch.setattr(save_problems, "quick_check_file", spying)
    window = build_main_window(path, tmp_path / "config", "en")
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitUntil(lambda: window.health_banner.isVisible(), timeout=30_000)
        assert threads == [False], "the whole file is read in a worker, not on the GUI thread"
        text = window.health_banner.text()
        assert "damaged" in text
        assert "newest good backup" in text
        assert window.health_banner.restore_button.isVisible()
        assert "malformed" not in text  # SQLite's words are behind Details…
        assert "malformed" in window.health_banner.details
        assert good.exists()
    finally:
        wait_for_workers()
        window.close()
        window.services.database.close()


def test_window_on_a_sound_file_shows_no_health_banner(qtbot, tmp_path, sound_file):
    from PySide6.QtCore import QCoreApplication

    from desktop_app.app import build_main_window
    from desktop_app.workers import wait_for_workers

    path = tmp_path / "redaksi.db"
    path.write_bytes(sound_file)
    window = build_main_window(path, tmp_path / "config", "en")
    qtbot.addWidget(window)
    try:
        window.show()
        wait_for_workers()
        QCoreApplication.processEvents()  # the worker's result comes through the event loop
        assert not window.health_banner.isVisible()
    finally:
        wait_for_workers()
        window.close()
        window.services.database.close()


def test_the_check_counts_each_kind_of_orphan_once(tmp_path):
    """Rows left pointing at an article (or a tag) that is gone, as a tool writing with foreign
    keys off leaves them: ``redaksi check`` counts them by kind (from SQLite's foreign key
    check), an article tag whose article and tag are both gone once, and a status change whose
    article was deleted (its link emptied, as Redaksi does) not at all."""
    import sqlite3

    from desktop_app.core.backups import _orphans, health_report

    path = tmp_path / "redaksi.db"
    database = open_database(path)
    article = ArticleService(database).create(ArticleChanges(title="Ada", body="Isi."))
    database.close()
    raw = sqlite3.connect(path)  # foreign keys off
    with raw:
        raw.execute("INSERT INTO article_body (article_id, body) VALUES (990, 'hilang')")
        raw.execute("INSERT INTO tag (uuid, name, slug) VALUES ('t-1', 'Desa', 'desa')")
        (tag,) = raw.execute("SELECT id FROM tag WHERE slug = 'desa'").fetchone()
        raw.execute("INSERT INTO article_tag (article_id, tag_id) VALUES (?, 995)", (article.id,))
        raw.execute("INSERT INTO article_tag (article_id, tag_id) VALUES (991, 996)")
        raw.execute("INSERT INTO article_tag (article_id, tag_id) VALUES (992, ?)", (tag,))
        raw.execute("UPDATE revision SET article_id = 993 WHERE article_id = ?", (article.id,))
        raw.execute(
            "INSERT INTO comment (uuid, article_id, body, quote, created_at) "
            "VALUES ('c-1', 994, 'Tanpa artikel', '', '2026-12-05 10:00:00')"
        )
    raw.close()
    database = open_database(path, migrate_schema=False)
    try:
        report = health_report(database)
        assert _orphans() == report.orphans  # (a server's way: a query a kind, the same counts)
    finally:
        database.close()
    assert report.orphans == {
        "article bodies": 1,
        "article tags": 3,
        "revisions": 1,
        "comments": 1,
        "status changes": 0,
    }
    assert "orphaned article tags: 3" in report.problems
    assert not report.ok


def test_the_foreign_keys_are_checked_on_the_open_connection_when_a_second_one_cannot(tmp_path, monkeypatch):
    """The check reads the foreign keys on a read-only connection of its own; where the file
    cannot be opened that way (a read-only folder without the WAL's shared-memory file), they
    are checked on the open connection, as before: no false problem, no orphan missed."""
    import sqlite3

    import db.database
    from desktop_app.core.backups import health_report

    def cannot(path):
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(db.database, "_foreign_key_rows", cannot)
    path = tmp_path / "redaksi.db"
    open_database(path).close()
    raw = sqlite3.connect(path)
    with raw:
        raw.execute("INSERT INTO article_body (article_id, body) VALUES (990, 'hilang')")
    raw.close()
    database = open_database(path, migrate_schema=False)
    try:
        report = health_report(database)
    finally:
        database.close()
    assert report.orphans["article bodies"] == 1
    assert report.integrity == ["foreign key: article_body row 990 points to missing article"]
