"""Backups (online backup API), rotation, listing, validation and restore."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import subprocess
import sys

import pytest

from db import backup
from db.backup import BackupError, BackupFailure
from db.database import integrity_problems, open_database
from desktop_app.core.articles import ArticleService
from desktop_app.core.models import ArticleChanges


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "data" / "redaksi.db"


@pytest.fixture
def live(db_path):
    db_path.parent.mkdir()
    database = open_database(db_path)
    service = ArticleService(database)
    for n in range(3):
        service.create(ArticleChanges(title=f"Berita {n}", body=f"Isi {n}"))
    yield database
    database.close()


def test_backup_goes_beside_the_data_and_is_listed_with_article_count(live, db_path):
    path = backup.create_backup(live, now=dt.datetime(2026, 5, 1, 9, 30))
    assert path == db_path.parent / "backups" / "redaksi-20260501-093000.db"
    assert not path.with_name(path.name + "-wal").exists(), "a backup is one self-contained file"
    listed = backup.list_backups(db_path)
    assert [b.path for b in listed] == [path]
    assert listed[0].article_count == 3
    assert listed[0].created_at == dt.datetime(2026, 5, 1, 9, 30)
    assert listed[0].ok


def test_entries_give_dates_and_sizes_at_once_and_claim_nothing(live, db_path):
    older = backup.create_backup(live, now=dt.datetime(2026, 5, 1, 9, 30))
    newer = backup.create_backup(live, now=dt.datetime(2026, 5, 2, 9, 30))
    entries = backup.backup_entries(db_path)
    assert [(e.path, e.created_at, e.size) for e in entries] == [
        (newer, dt.datetime(2026, 5, 2, 9, 30), newer.stat().st_size),
        (older, dt.datetime(2026, 5, 1, 9, 30), older.stat().st_size),
    ]
    assert not any(e.checked or e.ok for e in entries), "unchecked is not known good"
    assert entries[0].article_count is None
    checked = backup.read_backup(entries[0].path)
    assert (checked.checked, checked.ok, checked.article_count) == (True, True, 3)


def test_listing_reads_backups_without_changing_them(live, db_path):
    path = backup.create_backup(live)
    before = _sha(path)
    backup.list_backups(db_path)
    backup.validate_backup(path)
    assert _sha(path) == before


def test_backup_while_another_connection_is_writing(live, db_path, tmp_path):
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE article SET title = 'belum disimpan'")
    try:
        out = backup.create_backup(live, tmp_path / "copy.db")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    conn = sqlite3.connect(out)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    titles = {r[0] for r in conn.execute("SELECT title FROM article")}
    conn.close()
    assert titles == {"Berita 0", "Berita 1", "Berita 2"}, "only committed data is backed up"


def test_backup_out_to_a_folder_names_the_file(live, tmp_path):
    out = backup.create_backup(live, tmp_path, now=dt.datetime(2026, 1, 2, 3, 4, 5))
    assert out == tmp_path / "redaksi-20260102-030405.db"


def test_two_backups_in_the_same_second_do_not_collide(live, db_path):
    when = dt.datetime(2026, 5, 1, 9, 30)
    a = backup.create_backup(live, now=when)
    b = backup.create_backup(live, now=when)
    assert a != b
    assert backup.backup_files(db_path) == [b], "rotation keeps the newest of the day"


def test_start_backup_at_most_once_a_day_close_backup_always(live, db_path):
    morning = dt.datetime(2026, 5, 1, 8, 0)
    assert backup.auto_backup(live, now=morning) is not None
    assert backup.auto_backup(live, now=morning.replace(hour=13)) is None
    assert backup.auto_backup(live, on_close=True, now=morning.replace(hour=17)) is not None
    assert backup.auto_backup(live, now=morning + dt.timedelta(days=1)) is not None


def test_rotation_keeps_seven_daily_and_four_weekly(tmp_path):
    start = dt.datetime(2026, 1, 1, 12, 0)
    paths = [
        tmp_path / backup.backup_name(tmp_path / "redaksi.db", start + dt.timedelta(hours=12 * i))
        for i in range(120)
    ]  # two a day for 60 days
    keep = backup.backups_to_keep(paths)
    stamps = sorted((backup._stamp_of(p) for p in keep), reverse=True)
    assert len(keep) == 11
    days = [s.date() for s in stamps[:7]]
    assert len(set(days)) == 7
    assert days[0] == (start + dt.timedelta(hours=12 * 119)).date()
    assert stamps[0] == start + dt.timedelta(hours=12 * 119), "the newest of a day is kept"
    weeks = {tuple(s.isocalendar())[:2] for s in stamps[7:]}
    assert len(weeks) == 4


def test_rotation_deletes_files_on_disk(live, db_path):
    base = dt.datetime(2026, 3, 1, 10, 0)
    for day in range(40):
        backup.create_backup(live, now=base + dt.timedelta(days=day))
    files = backup.backup_files(db_path)
    assert len(files) == 11
    assert backup._stamp_of(files[0]) == base + dt.timedelta(days=39)


def test_restore_keeps_the_current_database_aside(live, db_path):
    service = ArticleService(live)
    saved = backup.create_backup(live)
    service.create(ArticleChanges(title="Setelah cadangan", body="baru"))
    live.close()
    aside = backup.restore_backup(saved, db_path, now=dt.datetime(2026, 6, 1, 12, 0))
    assert aside == db_path.with_name("redaksi.db.before-restore-20260601-120000")
    restored = open_database(db_path)
    assert ArticleService(restored).count() == 3
    assert integrity_problems(restored) == []
    restored.close()
    kept = open_database(aside)  # the database as it was, with its journal: 4 articles
    assert ArticleService(kept).count() == 4
    kept.close()


def test_restore_keeps_a_live_wal_in_the_database_kept_aside(live, db_path):
    saved = backup.create_backup(live)
    ArticleService(live).create(ArticleChanges(title="Hanya di WAL", body="x"))
    # As after a crash: the last commit is only in the -wal file.
    crashed = db_path.with_name("crashed.db")
    for suffix in ("", "-wal"):
        crashed.with_name("crashed.db" + suffix).write_bytes(
            db_path.with_name("redaksi.db" + suffix).read_bytes()
        )
    live.close()
    for suffix in ("", "-wal"):
        db_path.with_name("redaksi.db" + suffix).write_bytes(
            crashed.with_name("crashed.db" + suffix).read_bytes()
        )
    db_path.with_name("redaksi.db-shm").unlink(missing_ok=True)
    assert db_path.with_name("redaksi.db-wal").stat().st_size > 0
    aside = backup.restore_backup(saved, db_path)
    assert not db_path.with_name("redaksi.db-wal").exists()
    # Folded into the file (so that the path showed the whole old database until the backup
    # took its place), which is kept aside.
    assert not db_path.with_name(aside.name + "-wal").exists()
    kept = open_database(aside)
    titles = [h.title for h in ArticleService(kept).list_headlines()]
    kept.close()
    assert "Hanya di WAL" in titles


def test_restore_when_the_database_is_gone(live, db_path):
    saved = backup.create_backup(live)
    live.close()
    for suffix in ("", "-wal", "-shm"):
        db_path.with_name("redaksi.db" + suffix).unlink(missing_ok=True)
    assert backup.restore_backup(saved, db_path) is None
    assert ArticleService(open_database(db_path)).count() == 3


def test_restore_broken_database_leaves_it_byte_identical_aside(live, db_path):
    saved = backup.create_backup(live)
    live.close()
    for suffix in ("-wal", "-shm"):
        db_path.with_name("redaksi.db" + suffix).unlink(missing_ok=True)
    data = bytearray(db_path.read_bytes())
    data[100:4096] = bytes(3996)
    db_path.write_bytes(bytes(data))
    before = _sha(db_path)
    aside = backup.restore_backup(saved, db_path)
    assert _sha(aside) == before
    assert ArticleService(open_database(db_path)).count() == 3


@pytest.mark.parametrize(
    ("content", "failure"),
    [
        (b"", BackupFailure.NOT_A_BACKUP),
        (b"<html>nope</html>", BackupFailure.NOT_A_BACKUP),
        ("truncated", BackupFailure.DAMAGED),
        ("other_app", BackupFailure.NOT_A_BACKUP),
        ("newer", BackupFailure.NEWER_SCHEMA),
    ],
)
def test_restore_refuses_bad_backups_and_changes_nothing(live, db_path, tmp_path, content, failure):
    bad = tmp_path / "bad.db"
    if isinstance(content, bytes):
        bad.write_bytes(content)
    elif content == "truncated":
        good = backup.create_backup(live, tmp_path / "good.db")
        data = good.read_bytes()
        bad.write_bytes(data[: len(data) // 2])
    elif content == "other_app":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.commit()
        conn.close()
    else:
        good = backup.create_backup(live, bad)
        conn = sqlite3.connect(good)
        conn.execute("INSERT INTO schema_migration (name, applied) VALUES ('0999_future', '2030-01-01')")
        conn.commit()
        conn.close()
    live.close()
    before = _sha(db_path)
    with pytest.raises(BackupError) as info:
        backup.restore_backup(bad, db_path)
    assert info.value.failure == failure
    assert _sha(db_path) == before
    assert not list(db_path.parent.glob("*.before-restore-*"))


def test_restore_refuses_while_another_process_has_the_database_open(live, db_path):
    saved = backup.create_backup(live)
    live.close()
    code = (
        "import sqlite3, sys, time\n"
        "c = sqlite3.connect(sys.argv[1]); c.execute('SELECT 1 FROM article').fetchall()\n"
        "print('ready', flush=True); sys.stdin.read()\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code, str(db_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(BackupError) as info:
            backup.restore_backup(saved, db_path)
        assert info.value.failure == BackupFailure.IN_USE
    finally:
        holder.stdin.close()
        holder.wait()


def test_restore_refuses_while_this_process_still_has_the_database_open(live, db_path):
    saved = backup.create_backup(live)
    live.close()
    straggler = sqlite3.connect(db_path)  # e.g. a worker thread's connection
    straggler.execute("SELECT 1 FROM article").fetchall()
    try:
        with pytest.raises(BackupError) as info:
            backup.restore_backup(saved, db_path)
        assert info.value.failure == BackupFailure.IN_USE
    finally:
        straggler.close()
    assert backup.restore_backup(saved, db_path) is not None


def test_newest_good_backup_skips_damaged_ones(live, db_path):
    older = backup.create_backup(live, now=dt.datetime(2026, 5, 1, 8, 0))
    newer = backup.create_backup(live, now=dt.datetime(2026, 5, 2, 8, 0))
    data = newer.read_bytes()
    newer.write_bytes(data[: len(data) // 2])
    listed = backup.list_backups(db_path)
    assert [b.ok for b in listed] == [False, True]
    assert backup.newest_good_backup(db_path).path == older


def test_postgres_is_not_backed_up_here(database):
    if backup.backend_of(database) == "sqlite":
        assert backup.auto_backup(database, now=dt.datetime(2026, 1, 1)) is not None
        return
    assert backup.auto_backup(database) is None
    with pytest.raises(BackupError) as info:
        backup.create_backup(database)
    assert info.value.failure == BackupFailure.NOT_SQLITE


# -- the redaksi command ----------------------------------------------------------------------


def _cli(*argv: str) -> int:
    from desktop_app.cli import main

    return main(["--lang", "en", *argv])


def test_cli_backup_list_and_restore(live, db_path, tmp_path, capsys):
    live.close()
    out = tmp_path / "manual.db"
    assert _cli("backup", "--db", str(db_path), "--out", str(out)) == 0
    assert _cli("backup", "--db", str(db_path)) == 0
    assert _cli("backup", "--db", str(db_path), "--list") == 0
    assert "3 articles  ok" in capsys.readouterr().out
    assert _cli("restore", str(out), "--db", str(db_path)) == 0
    assert "kept as" in capsys.readouterr().out
    assert list(db_path.parent.glob("redaksi.db.before-restore-*"))


def test_cli_restore_refuses_a_bad_backup(live, db_path, tmp_path, capsys):
    live.close()
    bad = tmp_path / "bad.db"
    bad.write_text("<html></html>")
    before = _sha(db_path)
    assert _cli("restore", str(bad), "--db", str(db_path)) == 1
    assert "not a Redaksi backup" in capsys.readouterr().err
    assert _sha(db_path) == before


def test_cli_check_exit_codes(live, db_path, tmp_path, capsys):
    live.close()
    assert _cli("check", "--db", str(db_path)) == 0
    assert "result: ok" in capsys.readouterr().out
    from desktop_app.cli import main

    assert main(["check", "--db", str(db_path)]) == 0  # Indonesian unless asked otherwise
    assert "hasil: baik" in capsys.readouterr().out
    conn = sqlite3.connect(db_path)  # foreign keys off, as another tool might leave them
    conn.execute(
        "INSERT INTO revision (uuid, article_id, number, title, slug, summary, body,"
        " dateline, category_name, tags, reason, note, created_at)"
        " VALUES ('x', 999, 1, 't', 's', '', '', '', '', '', 'save', '', '2026-01-01')"
    )
    conn.execute("INSERT INTO article_body (article_id, body) VALUES (998, 'lost')")
    conn.commit()
    conn.close()
    assert _cli("check", "--db", str(db_path)) == 1
    out = capsys.readouterr().out
    assert "revisions: 1" in out
    assert "article bodies: 1" in out
    assert "foreign key" in out
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"SQLite format 3\x00" + bytes(50))
    assert _cli("check", "--db", str(broken)) == 2
    assert _cli("check", "--db", str(tmp_path)) == 2


@pytest.mark.skipif(sys.platform == "win32", reason="imitates Windows with POSIX file flags")
def test_backup_flushes_through_a_handle_that_may_write(live, db_path, monkeypatch):
    """Windows' os.fsync (FlushFileBuffers) fails on a read-only handle: a backup that
    flushed its file that way failed there."""
    import errno
    import fcntl
    import os

    real_fsync = os.fsync

    def windows_fsync(fd):
        if os.path.isdir(f"/proc/self/fd/{fd}"):  # folders: as on POSIX (skipped on Windows)
            return real_fsync(fd)
        if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY:
            raise OSError(errno.EBADF, "Bad file descriptor")
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", windows_fsync)
    path = backup.create_backup(live)
    assert backup.read_backup(path).ok
