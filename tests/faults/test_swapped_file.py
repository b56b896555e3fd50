"""The database file replaced while the window is open (what a sync program does, or copying a
backup over the file: another file renamed over the path), or gone for good.

SQLite keeps writing into the file it opened, which nobody reads again, so before this the
status bar said "saved" and the text was lost. Now the swap is found by the next autosave
(device and inode of the path against those of the file that was opened): a banner, nothing
written into either file, the text kept in the editor, and the choice to save it into the file
now at the path (with the usual conflict handling) or as a copy elsewhere."""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
from pathlib import Path

import peewee
import pytest
from PySide6.QtWidgets import QFileDialog

from db.database import FILE_REPLACED_ERROR, FileState, open_database
from desktop_app.core.articles import ArticleService
from desktop_app.core.models import ArticleChanges
from tests.faults.conftest import add_figure
from tests.ui.window_fixtures import open_new_article

TYPED_BEFORE = "Rapat koordinasi penanganan banjir."
TYPED_AFTER = " Ditulis setelah berkas diganti."


# -- helpers ----------------------------------------------------------------------------------


def _copy_database(source: Path, destination: Path) -> None:
    """A consistent copy of ``source`` (the backup API: what a backup file is)."""
    reader = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    writer = sqlite3.connect(destination)
    try:
        reader.backup(writer)
    finally:
        reader.close()
        writer.close()


def _read(path: Path, sql: str, *args):
    """Rows read from the file at ``path`` alone (immutable: no journal is looked at)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def _body(path: Path, article_id: int) -> str | None:
    rows = _read(path, "SELECT body FROM article_body WHERE article_id = ?", article_id)
    return rows[0][0] if rows else None


def _quick_check(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("PRAGMA quick_check")]
    finally:
        conn.close()


@pytest.fixture
def window_on_file(qtbot, tmp_path):
    """A window on an SQLite file, with a short autosave pause; yields (window, path)."""
    from desktop_app.app import build_main_window
    from desktop_app.workers import wait_for_workers
    from tests.ui.window_fixtures import sign_in_admin

    path = tmp_path / "redaksi.db"
    window = build_main_window(path, tmp_path / "config", "en")
    qtbot.addWidget(window)
    sign_in_admin(window)
    window.show()
    qtbot.waitExposed(window)
    window.autosave.set_delay(50)
    windows = [window]
    yield window, path
    wait_for_workers()
    from desktop_app.app import _windows

    for each in [*windows, *_windows]:
        try:
            each.retire()
            each.close()
            each.services.database.close()
        except RuntimeError:  # deleted by Qt
            pass


def _typed_and_saved(qtbot, window, text: str):
    article_id, body = open_new_article(window)
    qtbot.keyClicks(body, text)
    qtbot.waitUntil(lambda: not window.autosave.dirty and not window.autosave.pending(), timeout=10_000)
    return article_id, body


def _swap(path: Path, replacement: Path, keep_old_as: Path) -> None:
    """Another file renamed over ``path`` (the old file kept under a second name to look at)."""
    os.link(path, keep_old_as)
    os.replace(replacement, path)


def _count_writes(window, monkeypatch) -> list[int]:
    """Counts the saves that reach the database (none may, once the file is replaced)."""
    writes: list[int] = []
    real = window.articles.save

    def counting(*args, **kwargs):
        writes.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(window.articles, "save", counting)
    return writes


def _count_autosaves(window, monkeypatch) -> list[int]:
    attempts: list[int] = []
    real = window.autosave.save_in_background

    def counting():
        if window.autosave.dirty and window.autosave._in_flight is None:
            attempts.append(1)
        real()

    monkeypatch.setattr(window.autosave, "save_in_background", counting)
    return attempts


# -- the window -------------------------------------------------------------------------------


def test_swap_is_found_by_the_next_autosave_and_nothing_is_written_or_lost(
    qtbot, window_on_file, tmp_path, monkeypatch
):
    window, path = window_on_file
    article_id, body = _typed_and_saved(qtbot, window, TYPED_BEFORE)
    replacement = tmp_path / "from-the-sync-program.db"
    _copy_database(path, replacement)
    old = tmp_path / "old-file.db"
    _swap(path, replacement, old)
    writes = _count_writes(window, monkeypatch)
    autosaves = _count_autosaves(window, monkeypatch)

    qtbot.keyClicks(body, TYPED_AFTER)
    qtbot.waitUntil(window.banner.isVisible, timeout=10_000)
    add_figure("swaps", 1)
    assert autosaves == [1], "found by the first autosave after the swap"
    assert writes == [], "nothing was written into either file"
    add_figure("swaps found by the first autosave", 1)
    assert window.autosave.dirty
    assert "another file has taken the place" in window.banner.text()
    assert window.banner.reopen_button.isVisible()
    assert window.banner.save_copy_button.isVisible()
    assert body.toPlainText() == TYPED_BEFORE + TYPED_AFTER, "the text stays in the editor"

    # Neither file has the new text; the file at the path is sound and not mixed with the old
    # file's journal (emptied into the old file as soon as the swap was found).
    assert _body(path, article_id) == TYPED_BEFORE
    assert _body(old, article_id) == TYPED_BEFORE
    wal = Path(f"{path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert _quick_check(path) == ["ok"]

    # Ctrl+S and switching away do not write either.
    window.save_now()
    assert writes == []
    assert window.banner.isVisible()

    # Save into the file now at the path: a new window on it, the text saved there.
    from desktop_app import app

    window.banner.reopen_button.click()
    new_window = app._windows[-1]
    assert new_window is not window
    assert new_window.current_article_id() == article_id
    assert new_window.editor.body_text() == TYPED_BEFORE + TYPED_AFTER
    assert not new_window.autosave.dirty
    assert not new_window.banner.isVisible()
    from desktop_app.workers import wait_for_workers

    wait_for_workers()
    new_window.services.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert _body(path, article_id) == TYPED_BEFORE + TYPED_AFTER
    assert _quick_check(path) == ["ok"]
    assert _body(old, article_id) == TYPED_BEFORE, "the old file got nothing new"
    add_figure("swaps with no text lost", 1)


def test_swap_with_another_version_of_the_article_is_a_conflict_that_keeps_both(
    qtbot, window_on_file, tmp_path
):
    window, path = window_on_file
    article_id, body = _typed_and_saved(qtbot, window, TYPED_BEFORE)
    replacement = tmp_path / "edited-elsewhere.db"
    _copy_database(path, replacement)
    conn = sqlite3.connect(replacement)  # someone else's edit, in the file that comes in
    conn.execute("UPDATE article_body SET body = 'Versi kantor pusat.' WHERE article_id = ?", (article_id,))
    conn.execute("UPDATE article SET version = version + 1 WHERE id = ?", (article_id,))
    conn.commit()
    conn.close()
    _swap(path, replacement, tmp_path / "old-file.db")

    qtbot.keyClicks(body, TYPED_AFTER)
    qtbot.waitUntil(window.banner.isVisible, timeout=10_000)
    from desktop_app import app

    window.banner.reopen_button.click()
    new_window = app._windows[-1]
    assert new_window is not window
    assert new_window.editor.body_text() == TYPED_BEFORE + TYPED_AFTER, "mine stays in the editor"
    assert new_window.banner.isVisible()
    assert new_window.banner.compare_button.isVisible(), "the usual conflict handling"
    assert new_window.autosave.in_conflict
    from desktop_app.workers import wait_for_workers

    wait_for_workers()
    new_window.services.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert _body(path, article_id) == "Versi kantor pusat.", "theirs is not overwritten"
    conflicts = _read(
        path, "SELECT body FROM revision WHERE article_id = ? AND reason = 'conflict'", article_id
    )
    assert (TYPED_BEFORE + TYPED_AFTER,) in conflicts, "mine is kept as a conflict revision"


def test_swap_with_a_file_without_the_article_adds_it_as_a_new_draft(qtbot, window_on_file, tmp_path):
    window, path = window_on_file
    replacement = tmp_path / "older-backup.db"
    _copy_database(path, replacement)  # before the article existed
    article_id, body = _typed_and_saved(qtbot, window, TYPED_BEFORE)
    _swap(path, replacement, tmp_path / "old-file.db")
    qtbot.keyClicks(body, TYPED_AFTER)
    qtbot.waitUntil(window.banner.isVisible, timeout=10_000)
    from desktop_app import app

    window.banner.reopen_button.click()
    new_window = app._windows[-1]
    assert new_window is not window
    assert new_window.editor.body_text() == TYPED_BEFORE + TYPED_AFTER
    from desktop_app.workers import wait_for_workers

    wait_for_workers()
    new_window.services.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    bodies = [row[0] for row in _read(path, "SELECT body FROM article_body")]
    assert TYPED_BEFORE + TYPED_AFTER in bodies


def test_file_gone_for_good_offers_a_copy_elsewhere_with_front_matter(
    qtbot, window_on_file, tmp_path, monkeypatch
):
    window, path = window_on_file
    article_id, body = _typed_and_saved(qtbot, window, TYPED_BEFORE)
    window.editor.title_edit.setText("Banjir di Sukamaju")
    qtbot.waitUntil(lambda: not window.autosave.dirty and not window.autosave.pending(), timeout=10_000)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    qtbot.keyClicks(body, TYPED_AFTER)
    qtbot.waitUntil(window.banner.isVisible, timeout=10_000)
    assert "deleted or moved" in window.banner.text()
    assert window.banner.save_copy_button.isVisible()
    assert not window.banner.reopen_button.isVisible()
    assert not path.exists(), "nothing is recreated"

    copy = tmp_path / "salinan.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(copy), ""))
    window.banner.save_copy_button.click()
    text = copy.read_text(encoding="utf-8")
    assert text.startswith('---\ntitle: "Banjir di Sukamaju"\n')
    assert 'status: "draft"' in text
    assert text.endswith("---\n\n" + TYPED_BEFORE + TYPED_AFTER + "\n")
    assert body.toPlainText() == TYPED_BEFORE + TYPED_AFTER


# -- the database ------------------------------------------------------------------------------


def test_a_replaced_file_takes_no_transaction_and_no_new_connection(tmp_path):
    path = tmp_path / "redaksi.db"
    database = open_database(path, bind=False)
    try:
        database.execute_sql("CREATE TABLE note (body TEXT)")
        assert database.file_state() is FileState.SAME
        replacement = tmp_path / "other.db"
        _copy_database(path, replacement)
        os.replace(replacement, path)
        assert database.file_state() is FileState.REPLACED
        with pytest.raises(peewee.OperationalError, match=FILE_REPLACED_ERROR), database.atomic():
            database.execute_sql("INSERT INTO note VALUES ('hilang')")
        errors = []

        def other_thread() -> None:
            try:
                database.connect(reuse_if_open=True)
            except peewee.OperationalError as exc:
                errors.append(str(exc))
            finally:
                database.close()

        worker = threading.Thread(target=other_thread)
        worker.start()
        worker.join()
        assert errors
        assert FILE_REPLACED_ERROR in errors[0]
        assert database.detach_from_replaced_file()
    finally:
        database.close()
    assert _read(path, "SELECT count(*) FROM note") == [(0,)]


def test_a_file_moved_away_and_back_is_the_same_file(tmp_path):
    path = tmp_path / "redaksi.db"
    database = open_database(path)
    try:
        ArticleService(database).create(ArticleChanges(title="Satu"))
        moved = tmp_path / "moved.db"
        os.rename(path, moved)
        assert database.file_state() is FileState.MISSING
        os.rename(moved, path)
        assert database.file_state() is FileState.SAME
        ArticleService(database).create(ArticleChanges(title="Dua"))
    finally:
        database.close()


def _renamed_over(path: Path, replacement: Path) -> None:
    os.replace(replacement, path)


def _deleted_then_copied_in(path: Path, replacement: Path) -> None:
    path.unlink()  # the old -wal and -shm stay: the new file must never read that -wal
    shutil.copyfile(replacement, path)


def _moved_aside_then_renamed_in(path: Path, replacement: Path) -> None:
    os.rename(path, path.with_name(f"{path.name}.aside-{replacement.stem}"))
    os.replace(replacement, path)


SWAPS = [_renamed_over, _deleted_then_copied_in, _moved_aside_then_renamed_in] * 3


def test_swap_after_swap_each_found_by_the_next_autosave_and_saved_into_the_new_file(
    qtbot, window_on_file, tmp_path, monkeypatch
):
    from desktop_app import app
    from desktop_app.workers import wait_for_workers

    window, path = window_on_file
    article_id, body = _typed_and_saved(qtbot, window, "Awal.")
    expected = "Awal."
    for round_number, swap in enumerate(SWAPS):
        replacement = tmp_path / f"replacement-{round_number}.db"
        _copy_database(path, replacement)
        swap(path, replacement)
        add_figure("swaps", 1)
        writes = _count_writes(window, monkeypatch)
        autosaves = _count_autosaves(window, monkeypatch)
        typed = f" Putaran {round_number}."
        qtbot.keyClicks(body, typed)
        expected += typed
        qtbot.waitUntil(window.banner.isVisible, timeout=10_000)
        assert autosaves == [1], swap.__name__
        assert writes == [], swap.__name__
        add_figure("swaps found by the first autosave", 1)
        assert window.banner.reopen_button.isVisible()

        window.banner.reopen_button.click()
        new_window = app._windows[-1]
        assert new_window is not window, swap.__name__
        window = new_window
        window.autosave.set_delay(50)
        body = window.editor.body_edit
        assert body.toPlainText() == expected
        assert not window.autosave.dirty, window.banner.text()
        wait_for_workers()
        window.services.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        assert _body(path, article_id) == expected, swap.__name__
        assert _quick_check(path) == ["ok"]
        add_figure("swaps with no text lost", 1)
        monkeypatch.undo()


def test_a_file_system_without_inode_numbers_is_not_taken_for_a_swap(tmp_path, monkeypatch):
    """Some network drives report st_ino 0: no identity to compare, so no false alarm (a file
    gone is still found)."""
    from db import database as db_database

    real = db_database.FileIdentity.of

    def without_inodes(path):
        found = real(path)
        return None if found is None else db_database.FileIdentity(found.device, 0)

    monkeypatch.setattr(db_database.FileIdentity, "of", staticmethod(without_inodes))
    path = tmp_path / "redaksi.db"
    database = open_database(path, bind=False)
    try:
        replacement = tmp_path / "other.db"
        _copy_database(path, replacement)
        os.replace(replacement, path)
        assert database.file_state() is FileState.SAME
        path.unlink()
        assert database.file_state() is FileState.MISSING
    finally:
        database.close()
