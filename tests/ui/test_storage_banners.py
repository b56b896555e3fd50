"""Every storage banner speaks in translated words: SQLite's own ("… (cannot rollback - no
transaction is active)") stay in the log and behind Details…; the banners where the database
cannot take the text offer File ▸ Save Copy As…."""

from __future__ import annotations

import peewee
import pytest

from desktop_app.core.save_problems import SaveProblem, classify_save_error
from desktop_app.safety_messages import save_problem_cause
from tests.ui import window_fixtures
from tests.ui.window_fixtures import open_new_article

config_dir = window_fixtures.config_dir
make_window = window_fixtures.make_window


def _disk_full_during_commit() -> Exception:
    """What the trial saw: SQLite rolled back by itself on SQLITE_FULL, then peewee's rollback
    failed while handling it."""
    try:
        try:
            raise peewee.OperationalError("database or disk is full")
        except peewee.OperationalError:
            raise peewee.OperationalError("cannot rollback - no transaction is active")  # noqa: B904
    except peewee.OperationalError as exc:
        return exc


FAULTS = [
    (_disk_full_during_commit, SaveProblem.DISK_FULL, "cannot rollback", False),
    (lambda: peewee.OperationalError("disk I/O error"), SaveProblem.IO_ERROR, "disk I/O error", False),
    (lambda: peewee.OperationalError("database is locked"), SaveProblem.LOCKED, "database is locked", False),
    (
        lambda: peewee.DatabaseError("database disk image is malformed"),
        SaveProblem.DAMAGED,
        "malformed",
        True,
    ),
    (
        lambda: peewee.OperationalError("server closed the connection unexpectedly"),
        SaveProblem.CONNECTION_LOST,
        "server closed",
        True,
    ),
]


@pytest.mark.parametrize(
    ("make_error", "problem", "raw", "offers_copy"), FAULTS, ids=[f[1].value for f in FAULTS]
)
def test_banner_has_translated_words_only_and_raw_ones_behind_details(
    qtbot, make_window, monkeypatch, make_error, problem, raw, offers_copy
):
    window = make_window()
    _, body = open_new_article(window)
    error = make_error()
    assert classify_save_error(error) == problem

    def failing(*args, **kwargs):
        raise make_error()

    monkeypatch.setattr(window.articles, "save", failing)
    qtbot.keyClicks(body, "Teks penting")
    assert not window.autosave.save("save")
    text = window.banner.text()
    assert raw not in text
    assert text.startswith(f"Not saved: {save_problem_cause(problem)} Your text is kept here;")
    assert raw in window.banner.details
    assert window.banner.details_button.isVisible()
    assert window.banner.save_copy_button.isVisible() == offers_copy
    assert body.toPlainText() == "Teks penting"
    window.retire()  # closing would rightly ask about the unsaved text


def test_save_copy_as_is_always_in_the_file_menu(qtbot, make_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window = make_window()
    assert window.action_save_copy in window.file_menu.actions()
    assert not window.action_save_copy.isEnabled()  # nothing open
    _, body = open_new_article(window)
    assert window.action_save_copy.isEnabled()
    qtbot.keyClicks(body, "Isi artikel")
    copy = tmp_path / "artikel"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(copy), ""))
    window.action_save_copy.trigger()
    written = tmp_path / "artikel.md"  # the suffix is added
    assert written.read_text(encoding="utf-8").endswith("---\n\nIsi artikel\n")


def answer_close_question(request, monkeypatch, choose: str) -> list[str]:
    """Click ``choose`` (a button's object name, or a standard button's name such as "Save")
    in the question closing asks (a real modal box: the suite's guard is put aside); returns
    the question's texts as it showed them."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

    monkeypatch.setattr(QMessageBox, "exec", request.node.real_message_box_exec)
    shown: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "closeUnsavedQuestion":
            QTimer.singleShot(20, click)
            return
        shown.append(box.text())
        shown.append(" | ".join(b.text() for b in box.buttons()))
        button = box.findChild(QPushButton, choose) or box.button(getattr(QMessageBox.StandardButton, choose))
        button.click()

    QTimer.singleShot(0, click)
    return shown


def test_closing_with_text_that_cannot_be_saved_offers_a_copy(
    request, qtbot, make_window, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    window = make_window()
    _, body = open_new_article(window)

    def failing(*args, **kwargs):
        raise peewee.OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(window.articles, "save", failing)
    qtbot.keyClicks(body, "Teks terakhir")
    copy = tmp_path / "terakhir.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(copy), ""))
    asked = answer_close_question(request, monkeypatch, "Save")
    assert window.close()
    assert asked
    assert "server closed" not in asked[0]
    assert "Compare" not in asked[1]  # no conflict: nothing to compare
    assert copy.read_text(encoding="utf-8").endswith("---\n\nTeks terakhir\n")


def test_closing_after_a_conflict_offers_to_compare_and_stays_open(request, qtbot, make_window, monkeypatch):
    """A conflict is no "could not be saved: … lose the changes": the text of the save that met
    it is in the history, and Compare… leads to both versions (the window stays open)."""
    from desktop_app.core.models import ArticleChanges
    from desktop_app.ui.safety import flows

    window = make_window()
    article_id, body = open_new_article(window)
    qtbot.keyClicks(body, "Versi saya")
    current = window.articles.get(article_id)
    window.articles.save(article_id, ArticleChanges(title="Judul", body="Versi mereka"), current.version)
    assert not window.flush()
    assert window.autosave.in_conflict
    compared = []
    monkeypatch.setattr(flows, "show_conflict", lambda w: compared.append(w))
    asked = answer_close_question(request, monkeypatch, "closeUnsavedCompare")
    assert not window.close()  # it stays open, to settle the conflict
    assert compared == [window]
    assert "Someone else saved this article" in asked[0]
    assert "Compare" in asked[1]
    assert window.editor.body_text().endswith("Versi saya")
    assert window.autosave.keep_mine()  # settled: now it closes without a question
    assert window.close()
