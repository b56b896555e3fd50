"""Find & replace in the article body."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.ui.editor import ArticleEditor

TEXT = "Dinas Kominfo dan dinas lain.\nKominfo-ku bukan Kominfo; KOMINFO juga."


@pytest.fixture
def editor(qtbot):
    widget = ArticleEditor()
    qtbot.addWidget(widget)
    widget.setEnabled(True)
    widget.body_edit.setPlainText(TEXT)
    widget.resize(900, 600)
    widget.show()
    return widget


def test_find_is_case_insensitive_by_default_and_wraps(editor):
    editor.show_find()
    bar = editor.find_bar
    assert bar.isVisible()
    bar.find_edit.setText("dinas")
    assert editor.body_edit.textCursor().selectedText() == "Dinas"
    assert bar.find_next()
    assert editor.body_edit.textCursor().selectionStart() == TEXT.index("dinas lain")
    assert bar.find_next()  # wraps around to the start
    assert editor.body_edit.textCursor().selectionStart() == 0
    assert bar.find_previous()
    assert editor.body_edit.textCursor().selectionStart() == TEXT.index("dinas lain")


def test_case_sensitive(editor):
    editor.show_find()
    bar = editor.find_bar
    bar.case_check.setChecked(True)
    bar.find_edit.setText("KOMINFO")
    assert editor.body_edit.textCursor().selectionStart() == TEXT.index("KOMINFO")


def test_whole_words(editor):
    editor.show_replace()
    bar = editor.find_bar
    bar.word_check.setChecked(True)
    bar.case_check.setChecked(True)
    bar.find_edit.setText("Kominfo")
    bar.replace_edit.setText("Diskominfo")
    assert bar.replace_all() == 3  # "Kominfo-ku" has a word boundary at "-", "KOMINFO" differs
    assert editor.body_text() == (
        "Dinas Diskominfo dan dinas lain.\nDiskominfo-ku bukan Diskominfo; KOMINFO juga."
    )


def test_whole_word_does_not_match_inside_words(editor):
    editor.body_edit.setPlainText("rapat rapatkan merapat rapat")
    editor.show_replace()
    bar = editor.find_bar
    bar.word_check.setChecked(True)
    bar.find_edit.setText("rapat")
    bar.replace_edit.setText("X")
    assert bar.replace_all() == 2
    assert editor.body_text() == "X rapatkan merapat X"


def test_regex_with_groups(editor):
    editor.body_edit.setPlainText("tanggal 2024-05-01 dan 2023-12-31")
    editor.show_replace()
    bar = editor.find_bar
    bar.regex_check.setChecked(True)
    bar.find_edit.setText(r"(\d{4})-(\d\d)-(\d\d)")
    bar.replace_edit.setText(r"\3/\2/$1")
    assert bar.replace_all() == 2
    assert editor.body_text() == "tanggal 01/05/2024 dan 31/12/2023"


def test_replace_one_then_moves_on(editor):
    editor.show_replace()
    bar = editor.find_bar
    bar.case_check.setChecked(True)
    bar.find_edit.setText("Kominfo")
    bar.replace_edit.setText("KOMDIGI")
    bar.replace_current()
    assert editor.body_text().startswith("Dinas KOMDIGI dan")
    assert editor.body_edit.textCursor().selectedText() == "Kominfo"


def test_replace_all_is_one_undo_step(editor):
    editor.show_replace()
    bar = editor.find_bar
    bar.find_edit.setText("kominfo")
    bar.replace_edit.setText("X")
    assert bar.replace_all() == 4
    assert "ominfo" not in editor.body_text().lower()
    editor.body_edit.undo()
    assert editor.body_text() == TEXT


def test_no_match_message(editor):
    editor.show_find()
    bar = editor.find_bar
    bar.find_edit.setText("tidak ada")
    assert not bar.find_next()
    assert bar.message_label.text() == "No match"
    assert bar.message_label.property("error") is True


def test_invalid_regex_message(editor):
    editor.show_replace()
    bar = editor.find_bar
    bar.regex_check.setChecked(True)
    bar.find_edit.setText("(kominfo")
    assert not bar.find_next()
    assert bar.message_label.text().startswith("Invalid regular expression")
    assert bar.replace_all() == 0
    assert editor.body_text() == TEXT


def test_empty_regex_matches_do_not_loop(editor):
    editor.show_replace()
    bar = editor.find_bar
    bar.regex_check.setChecked(True)
    bar.find_edit.setText("x*")
    bar.replace_edit.setText("-")
    assert bar.replace_all() == 0
    assert editor.body_text() == TEXT


def test_escape_closes_and_returns_focus(editor, qtbot):
    editor.show_find()
    qtbot.keyClick(editor.find_bar.find_edit, Qt.Key.Key_Escape)
    assert not editor.find_bar.isVisible()


def test_find_takes_the_selection(editor):
    cursor = editor.body_edit.textCursor()
    cursor.setPosition(6)
    cursor.setPosition(13, cursor.MoveMode.KeepAnchor)
    editor.body_edit.setTextCursor(cursor)
    editor.show_find()
    assert editor.find_bar.find_edit.text() == "Kominfo"
    assert not editor.find_bar.replace_edit.isVisible()
    editor.show_replace()
    assert editor.find_bar.replace_edit.isVisible()
