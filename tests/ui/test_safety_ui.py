"""Data-safety UI: restore dialog, start-up failure dialog, conflict dialog, and the main
window's failure paths (disk full, I/O error, read-only, locked, file moved or deleted), each
by injecting the fault. No timing thresholds."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
from pathlib import Path

import peewee
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from db import backup as db_backup
from db.database import DatabaseOpenError, is_postgres_url, open_database
from desktop_app.core.articles import ArticleService
from desktop_app.core.models import ArticleChanges
from desktop_app.core.save_problems import SaveProblem, classify_save_error
from desktop_app.services import make_services
from desktop_app.ui.safety import (
    ConflictChoice,
    ConflictDialog,
    RestoreBackupDialog,
    StartupChoice,
    StartupFailureDialog,
    flows,
)
from tests.ui import window_fixtures
from tests.ui.window_fixtures import open_new_article

config_dir = window_fixtures.config_dir
make_window = window_fixtures.make_window


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db_with_backups(tmp_path):
    path = tmp_path / "redaksi.db"
    database = open_database(path)
    service = ArticleService(database)
    for n in range(3):
        service.create(ArticleChanges(title=f"Berita {n}", body="isi"))
    older = db_backup.create_backup(database, now=dt.datetime(2026, 5, 1, 8, 0))
    service.create(ArticleChanges(title="Berita 3", body="isi"))
    newer = db_backup.create_backup(database, now=dt.datetime(2026, 5, 2, 8, 0))
    database.close()
    return path, older, newer


# -- dialogs ----------------------------------------------------------------------------------


def test_restore_dialog_lists_backups_with_dates_and_article_counts(qtbot, db_with_backups):
    path, older, newer = db_with_backups
    data = newer.read_bytes()
    newer.write_bytes(data[: len(data) // 2])  # the newest is damaged
    dialog = RestoreBackupDialog(db_backup.list_backups(path), path.name)
    qtbot.addWidget(dialog)
    rows = [dialog.list.topLevelItem(i) for i in range(dialog.list.topLevelItemCount())]
    assert len(rows) == 2
    assert rows[0].isDisabled()
    assert rows[0].text(3) == "Unusable"
    assert rows[1].text(1) == "3"
    assert "2026" in rows[1].text(0)
    assert dialog.list.currentItem() is rows[1], "the newest good backup is preselected"
    assert dialog.list.accessibleName()
    dialog.restore_button.click()
    assert dialog.selected_path() == older


def test_restore_dialog_shows_at_once_and_checks_the_backups_in_the_background(qtbot, db_with_backups):
    """Checking a large archive's backups takes seconds each: never on the GUI thread."""
    import threading

    path, older, newer = db_with_backups
    data = newer.read_bytes()
    newer.write_bytes(data[: len(data) // 2])  # the newest is damaged
    threads = []

    def check(backup):
        threads.append(threading.current_thread())
        return db_backup.read_backup(backup)

    dialog = RestoreBackupDialog(db_backup.backup_entries(path), path.name, check=check)
    qtbot.addWidget(dialog)
    rows = [dialog.list.topLevelItem(i) for i in range(dialog.list.topLevelItemCount())]
    assert [row.text(3) for row in rows] == ["Checking…", "Checking…"]
    assert "2026" in rows[0].text(0)
    assert dialog.list.currentItem() is rows[0]  # may be chosen: restoring checks it in full
    qtbot.waitUntil(lambda: not dialog.checking())
    assert len(threads) == 2
    assert threading.main_thread() not in threads
    assert (rows[0].text(3), rows[0].isDisabled()) == ("Unusable", True)
    assert (rows[1].text(1), rows[1].text(3)) == ("3", "Good")
    assert dialog.list.currentItem() is rows[1], "the newest good backup is chosen"
    dialog.restore_button.click()
    assert dialog.selected_path() == older


def test_restore_dialog_checks_nothing_more_once_closed(qtbot, db_with_backups):
    from desktop_app.workers import wait_for_workers

    path, _, _ = db_with_backups
    checked = []

    def check(backup):
        checked.append(backup)
        return db_backup.read_backup(backup)

    dialog = RestoreBackupDialog(db_backup.backup_entries(path), path.name, check=check)
    qtbot.addWidget(dialog)
    dialog.reject()
    wait_for_workers()
    qtbot.wait(50)  # the first result arrives: no second check starts
    assert len(checked) == 1
    assert dialog.list.topLevelItem(0).text(3) == "Checking…"


def test_restore_dialog_without_backups_says_so(qtbot, tmp_path):
    dialog = RestoreBackupDialog([], "redaksi.db")
    qtbot.addWidget(dialog)
    assert not dialog.empty.isHidden()
    assert not dialog.restore_button.isEnabled()


def test_startup_dialog_offers_newest_backup_another_file_or_quit(qtbot, db_with_backups):
    path, _, newer = db_with_backups
    info = db_backup.read_backup(newer)
    dialog = StartupFailureDialog("“redaksi.db” is damaged.", str(path), info)
    qtbot.addWidget(dialog)
    assert "4 articles" in dialog.offer.text()
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert dialog.choice == StartupChoice.RESTORE_BACKUP
    dialog = StartupFailureDialog("x", str(path), None)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()
    dialog.quit_button.click()
    assert dialog.choice == StartupChoice.QUIT
    dialog = StartupFailureDialog("x", str(path), None)
    qtbot.addWidget(dialog)
    dialog.choose_other_file(newer)
    assert dialog.choice == StartupChoice.OTHER_FILE
    assert dialog.other_file == newer


def test_conflict_dialog_shows_both_and_merges(qtbot):
    dialog = ConflictDialog("teks mereka", "teks saya", theirs_title="A", mine_title="B")
    qtbot.addWidget(dialog)
    assert dialog.theirs_edit.isReadOnly()
    assert dialog.theirs_edit.toPlainText() == "teks mereka"
    assert dialog.mine_edit.toPlainText() == "teks saya"
    dialog.copy_button.click()
    assert "teks mereka" in dialog.merged_text()
    assert dialog.keep_mine_button.text().replace("&", "") == "Save Merged"
    dialog.keep_mine_button.click()
    assert dialog.choice == ConflictChoice.KEEP_MINE
    dialog = ConflictDialog("a", "b")
    qtbot.addWidget(dialog)
    dialog.take_theirs_button.click()
    assert dialog.choice == ConflictChoice.TAKE_THEIRS


# -- start-up recovery --------------------------------------------------------------------------


def _factory(choice: StartupChoice, other: Path | None = None):
    class Auto(StartupFailureDialog):
        def exec(self) -> int:
            self.shown_message = self.message.text()
            if choice == StartupChoice.OTHER_FILE:
                self.choose_other_file(other)
            elif choice == StartupChoice.RESTORE_BACKUP:
                self.restore_button.click()
            else:
                self.quit_button.click()
            return 1

    return Auto


def _break(path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    data = bytearray(path.read_bytes())
    data[100:4096] = bytes(3996)
    path.write_bytes(bytes(data))


def test_broken_database_at_start_is_restored_from_newest_backup(qtbot, db_with_backups):
    path, _, _ = db_with_backups
    _break(path)
    before = _sha(path)
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path)
    target = flows.recover_from_open_failure(
        info.value, path, dialog_factory=_factory(StartupChoice.RESTORE_BACKUP)
    )
    assert target == path
    kept = list(path.parent.glob("redaksi.db.before-restore-*"))
    assert [_sha(k) for k in kept if not k.name.endswith(("-wal", "-shm"))] == [before]
    database = open_database(path)
    assert ArticleService(database).count() == 4
    database.close()


def test_quit_or_another_file_leaves_the_broken_file_alone(qtbot, db_with_backups, tmp_path):
    path, older, _ = db_with_backups
    _break(path)
    before = _sha(path)
    exc = DatabaseOpenError.__new__(DatabaseOpenError)
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path)
    exc = info.value
    assert flows.recover_from_open_failure(exc, path, dialog_factory=_factory(StartupChoice.QUIT)) is None
    other = tmp_path / "lain.db"
    shutil.copy(older, other)
    assert (
        flows.recover_from_open_failure(exc, path, dialog_factory=_factory(StartupChoice.OTHER_FILE, other))
        == other
    )
    assert _sha(path) == before
    assert not list(path.parent.glob("*.before-restore-*"))


# -- the main window's failure paths -------------------------------------------------------------


FAULTS = [
    ("database or disk is full", SaveProblem.DISK_FULL, "disk is full"),
    ("disk I/O error", SaveProblem.IO_ERROR, "read/write error"),
    ("attempt to write a readonly database", SaveProblem.READ_ONLY, "read-only"),
    ("database is locked", SaveProblem.LOCKED, "locked"),
]


@pytest.mark.parametrize(("error", "problem", "words"), FAULTS, ids=[f[1].value for f in FAULTS])
def test_failed_save_keeps_text_shows_banner_and_retry_saves(
    qtbot, make_window, monkeypatch, error, problem, words
):
    window = make_window()
    article_id, body = open_new_article(window)
    real_save = window.articles.save

    def failing(*args, **kwargs):
        raise peewee.OperationalError(error)

    assert classify_save_error(peewee.OperationalError(error)) == problem
    monkeypatch.setattr(window.articles, "save", failing)
    qtbot.keyClicks(body, "Teks yang tidak boleh hilang")
    assert not window.autosave.save("save")
    assert window.banner.isVisible()
    assert words in window.banner.text()
    assert window.banner.retry_button.isVisible()
    assert body.toPlainText() == "Teks yang tidak boleh hilang"
    assert window.autosave.dirty
    monkeypatch.setattr(window.articles, "save", real_save)
    qtbot.mouseClick(window.banner.retry_button, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()
    assert not window.autosave.dirty
    assert window.articles.get(article_id).body == "Teks yang tidak boleh hilang"


def _sqlite_only(window) -> Path:
    target = window.services.target
    if is_postgres_url(target):
        pytest.skip("a file that can be moved or deleted is SQLite only")
    return Path(target)


def test_database_moved_while_open_keeps_text_and_retry_saves_after_it_is_back(qtbot, make_window, tmp_path):
    window = make_window()
    path = _sqlite_only(window)
    article_id, body = open_new_article(window)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    moved = [
        (Path(f"{path}{s}"), elsewhere / f"{path.name}{s}")
        for s in ("", "-wal", "-shm")
        if Path(f"{path}{s}").exists()
    ]
    for source, destination in moved:
        source.rename(destination)
    qtbot.keyClicks(body, "Ditulis saat berkas dipindah")
    assert not window.autosave.save("save")
    assert "deleted or moved" in window.banner.text()
    assert body.toPlainText() == "Ditulis saat berkas dipindah"
    for source, destination in moved:
        destination.rename(source)
    window.banner.retry_button.click()
    assert not window.banner.isVisible()
    assert not window.autosave.dirty
    reader = sqlite3.connect(path)  # another connection sees the text in the file at its place
    stored = reader.execute("SELECT body FROM article_body WHERE article_id = ?", (article_id,)).fetchone()[0]
    reader.close()
    assert stored == "Ditulis saat berkas dipindah"


def test_database_deleted_while_open_keeps_text_in_the_editor(qtbot, make_window):
    window = make_window()
    path = _sqlite_only(window)
    _, body = open_new_article(window)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    qtbot.keyClicks(body, "Jangan hilang")
    assert not window.autosave.save("autosave")
    assert "deleted or moved" in window.banner.text()
    assert body.toPlainText() == "Jangan hilang"
    assert window.autosave.dirty
    assert not path.exists(), "nothing is silently recreated"
    window.retire()  # closing would rightly ask whether to discard the unsaved text


# -- conflicts and restore in the window ------------------------------------------------------------


def _in_conflict(qtbot, window):
    """A new article that someone else saved ("Versi kantor") while "Versi saya" was typed
    here; saving here is refused as a conflict."""
    article_id, body = open_new_article(window)
    current = window.articles.get(article_id)
    window.articles.save(article_id, ArticleChanges(title="Judul", body="Versi kantor"), current.version)
    qtbot.keyClicks(body, "Versi saya")
    assert not window.autosave.save("save")
    return article_id, body


def test_conflict_compare_merges_and_keeps_both_texts(qtbot, make_window):
    from desktop_app.core.revisions import RevisionService

    window = make_window()
    article_id, body = _in_conflict(qtbot, window)
    assert window.banner.compare_button.isVisible()

    class Merge(ConflictDialog):
        def exec(self) -> int:
            assert self.theirs_edit.toPlainText() == "Versi kantor"
            assert self.mine_edit.toPlainText() == "Versi saya"
            self.mine_edit.setPlainText("Versi kantor + versi saya")
            self.keep_mine_button.click()
            return 1

    flows.show_conflict(window, dialog_factory=Merge)
    assert window.articles.get(article_id).body == "Versi kantor + versi saya"
    assert body.toPlainText() == "Versi kantor + versi saya"
    assert not window.banner.isVisible()
    revisions = RevisionService(window.services.database).list(article_id)
    conflict = [r for r in revisions if r.reason == "conflict"]
    assert conflict, "my text was kept as a conflict revision"


def test_take_theirs_loads_the_saved_version(qtbot, make_window):
    window = make_window()
    article_id, body = _in_conflict(qtbot, window)

    class Theirs(ConflictDialog):
        def exec(self) -> int:
            self.take_theirs_button.click()
            return 0

    flows.show_conflict(window, dialog_factory=Theirs)
    assert body.toPlainText() == "Versi kantor"
    assert not window.autosave.dirty


def test_help_restore_from_backup_replaces_the_database_and_keeps_the_old(qtbot, make_window):
    from desktop_app.app import switch_database

    window = make_window()
    path = _sqlite_only(window)
    backup = db_backup.create_backup(window.services.database)
    count = window.articles.count()
    _, body = open_new_article(window)
    qtbot.keyClicks(body, "Sesudah cadangan")

    class Pick(RestoreBackupDialog):
        def exec(self) -> int:
            self.select_path(backup)
            self.restore_button.click()
            return 1

    new_window = flows.restore_from_backup(window, switch_database, dialog_factory=Pick)
    assert new_window is not None
    qtbot.addWidget(new_window)
    assert new_window.articles.count() == count
    aside = list(path.parent.glob(f"{path.name}.before-restore-*"))
    assert aside
    kept = open_database(next(a for a in aside if not a.name.endswith(("-wal", "-shm"))))
    assert ArticleService(kept).count() == count + 1, "the text typed before was saved first"
    kept.close()
    from PySide6.QtCore import QCoreApplication

    from desktop_app.workers import wait_for_workers

    wait_for_workers()  # deliver the new window's background results while it is alive
    QCoreApplication.processEvents()
    new_window.close()
    new_window.services.database.close()


# -- wiring in the composition root ---------------------------------------------------------------


def test_window_offers_help_restore_from_backup(qtbot, make_window):
    window = make_window()
    action = window.findChild(QAction, "actionRestoreBackup")
    assert action is not None
    assert action in window.help_menu.actions()
    assert action.isEnabled() == (not is_postgres_url(window.services.target))


def test_banner_compare_opens_the_conflict_dialog(qtbot, make_window, monkeypatch):
    window = make_window()
    article_id, body = _in_conflict(qtbot, window)
    seen = []

    class KeepMine(ConflictDialog):
        def exec(self) -> int:
            seen.append((self.theirs_edit.toPlainText(), self.mine_edit.toPlainText()))
            self.keep_mine_button.click()
            return 1

    monkeypatch.setattr(flows, "ConflictDialog", KeepMine)
    window.banner.compare_button.click()
    assert seen == [("Versi kantor", "Versi saya")]
    assert window.articles.get(article_id).body == "Versi saya"


def test_automatic_backups_at_start_and_on_close(qtbot, tmp_path):
    from desktop_app.workers import wait_for_workers

    path = tmp_path / "redaksi.db"
    database = open_database(path)
    services = make_services(database, path)
    flows.start_backup(services)
    wait_for_workers()
    assert len(db_backup.backup_files(path)) == 1
    flows.start_backup(services)  # at most once a day
    wait_for_workers()
    assert len(db_backup.backup_files(path)) == 1
    flows.backup_on_close(services)
    files = db_backup.backup_files(path)
    assert len(files) == 1, "the close backup replaces the day's earlier one (rotation)"
    database.close()


def test_run_gui_offers_recovery_for_a_broken_database(qtbot, db_with_backups, monkeypatch):
    from desktop_app import app as app_module

    path, _, _ = db_with_backups
    _break(path)
    before = _sha(path)
    shown = []

    class Quit(_factory(StartupChoice.QUIT)):
        def exec(self) -> int:
            shown.append(self.offer.text())
            return super().exec()

    monkeypatch.setattr(flows, "StartupFailureDialog", Quit)
    assert app_module.run_gui(str(path)) == 1
    assert shown
    assert " 4 " in shown[0], "the offer names the newest good backup's article count"
    assert _sha(path) == before


def test_refused_restore_leaves_the_window_editing(qtbot, make_window, monkeypatch):
    window = make_window()
    _sqlite_only(window)
    backup = db_backup.create_backup(window.services.database)
    article_id, body = open_new_article(window)
    qtbot.keyClicks(body, "Tetap bisa disunting")
    monkeypatch.setattr(db_backup, "_held_by_another_process", lambda path: True)
    monkeypatch.setattr(flows.QMessageBox, "critical", lambda *a, **k: None)

    class Pick(RestoreBackupDialog):
        def exec(self) -> int:
            self.select_path(backup)
            self.restore_button.click()
            return 1

    from desktop_app.app import switch_database

    assert flows.restore_from_backup(window, switch_database, dialog_factory=Pick) is None
    assert window.current_article_id() == article_id
    assert body.toPlainText() == "Tetap bisa disunting"
    qtbot.keyClicks(body, "!")
    assert window.autosave.save("save")
    assert window.articles.get(article_id).body == "Tetap bisa disunting!"


def test_read_only_database_switches_to_read_only_mode_and_back(qtbot, make_window, monkeypatch):
    window = make_window()
    article_id, body = open_new_article(window)
    real_save = window.articles.save

    def read_only(*args, **kwargs):
        raise peewee.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(window.articles, "save", read_only)
    qtbot.keyClicks(body, "Naskah rapat")
    assert not window.autosave.save("save")
    assert "Read-only mode" in window.banner.text()
    assert body.isReadOnly()
    assert not window.action_new.isEnabled()
    qtbot.keyClicks(body, " tambahan")  # ignored: it could not be saved
    assert body.toPlainText() == "Naskah rapat"

    monkeypatch.setattr(window.articles, "save", real_save)
    qtbot.mouseClick(window.banner.retry_button, Qt.MouseButton.LeftButton)
    assert not body.isReadOnly()
    assert window.action_new.isEnabled()
    assert not window.banner.isVisible()
    assert window.articles.get(article_id).body == "Naskah rapat"
