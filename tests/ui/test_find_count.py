"""The find bar's match count ("3 of 12", capped for huge documents) and its named options
that give way on a narrow editor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QTextDocument

from desktop_app.ui.editor import ArticleEditor
from desktop_app.ui.find_count import COUNT_AT_ONCE, MATCH_CAP, MatchCount, MatchCounter

TEXT = "Dinas Kominfo dan dinas lain.\nKominfo-ku bukan Kominfo; KOMINFO juga."


@pytest.fixture
def editor(qtbot):
    widget = ArticleEditor()
    qtbot.addWidget(widget)
    widget.setEnabled(True)
    widget.body_edit.setPlainText(TEXT)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _regex(pattern: str) -> QRegularExpression:
    return QRegularExpression(pattern, QRegularExpression.PatternOption.CaseInsensitiveOption)


def _count(text: str, pattern: str, selected: int = -1) -> MatchCount:
    counter = MatchCounter()
    found: list[MatchCount] = []
    counter.counted.connect(found.append)
    counter.start(QTextDocument(text), _regex(pattern), selected)
    assert len(found) == 1  # a short text: counted at once
    return found[0]


def test_count_matches_and_the_selected_one():
    found = _count(TEXT, "kominfo", TEXT.index("Kominfo;"))
    assert (found.total, found.more, found.current) == (4, False, 3)
    assert _count(TEXT, "kominfo").current == 0  # nothing selected
    assert _count(TEXT, "zzz").total == 0
    assert _count(TEXT, "^").total == 0  # empty matches are not matches
    assert _count(TEXT, "lain\\.$").total == 1  # within a paragraph, as the bar finds


def test_count_stops_at_the_cap():
    text = "a " * (MATCH_CAP * 5)
    found = _count(text, "a", 2 * 10)
    assert found.total == MATCH_CAP
    assert found.more
    assert found.current == 11
    beyond = _count(text, "a", 2 * (MATCH_CAP + 10))
    assert beyond.current == 0  # past the cap: not numbered


def test_a_long_document_is_counted_in_slices(qtbot):
    paragraph = "Rapat koordinasi dinas kominfo. " * 20
    document = QTextDocument("\n".join([paragraph] * (COUNT_AT_ONCE // len(paragraph) + 50)))
    assert document.characterCount() > COUNT_AT_ONCE
    counter = MatchCounter()
    found: list[MatchCount] = []
    counter.counted.connect(found.append)
    counter.start(document, _regex("tidak ada"))
    assert found == []  # not at once: the window goes on meanwhile
    assert counter.running()
    qtbot.waitUntil(lambda: bool(found))
    assert found == [MatchCount(0, False, 0)]
    counter.start(document, _regex("kominfo"))
    counter.cancel()  # the text is about to change
    qtbot.wait(50)
    assert len(found) == 1
    assert not counter.running()


def test_the_bar_shows_which_match_of_how_many(editor, qtbot):
    editor.show_find()
    bar = editor.find_bar
    bar.find_edit.setText("kominfo")
    assert bar.count_label.text() == "1 of 4"
    bar.find_next()
    assert bar.count_label.text() == "2 of 4"
    bar.find_previous()
    bar.find_previous()  # wraps to the last one
    assert bar.count_label.text() == "4 of 4"
    bar.find_edit.setText("Kominfo")
    bar.case_check.setChecked(True)  # "Kominfo" three times, "KOMINFO" no longer
    assert bar.count_label.text().endswith(" of 3")
    bar.find_edit.setText("tidak ada")
    assert bar.count_label.text() == ""
    assert bar.message_label.text() == "No match"


def test_the_count_follows_edits_of_the_text(editor, qtbot):
    editor.show_find()
    bar = editor.find_bar
    bar.find_edit.setText("dinas")
    assert bar.count_label.text() == "1 of 2"
    cursor = editor.body_edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.body_edit.setTextCursor(cursor)
    editor.body_edit.insertPlainText(" Dinas baru.")
    # nothing selected now: the total alone ("%n match(es)": English plurals come from the
    # translator the app installs)
    qtbot.waitUntil(lambda: bar.count_label.text().startswith("3 match"))


def test_a_huge_document_is_counted_to_the_cap(editor, qtbot):
    editor.body_edit.setPlainText("kata " * (MATCH_CAP * 3))
    editor.show_find()
    bar = editor.find_bar
    bar.find_edit.setText("kata")
    assert bar.count_label.text() == f"1 of {MATCH_CAP}+"


def test_options_are_named_and_shorten_on_a_narrow_editor(editor, qtbot):
    editor.show_find()
    bar = editor.find_bar
    names = {b.objectName(): b for b in (bar.case_check, bar.word_check, bar.regex_check)}
    for button in names.values():
        assert button.isCheckable()
        assert button.toolTip()
        assert button.accessibleName()
    assert bar.compactness() == 0
    assert names["findCaseSensitive"].text() == "Match case"
    assert names["findRegex"].text() == "Pattern (regex)"
    assert bar.previous_button.text() == "Previous"
    editor.resize(520, 600)
    qtbot.waitUntil(lambda: bar.compactness() == 2)
    assert names["findCaseSensitive"].text() == "Case"  # still a word, not "Aa"
    assert names["findWholeWords"].text() == "Word"
    assert names["findCaseSensitive"].accessibleName() == "Match case"
    assert bar.previous_button.text() == "↑"
    assert bar.previous_button.toolTip().startswith("Previous match")
    assert bar.minimumSizeHint().width() <= 520
    assert bar.width() <= editor.width()
    editor.resize(1100, 600)
    qtbot.waitUntil(lambda: bar.compactness() == 0)


def test_typing_during_a_long_count_starts_it_again(editor, qtbot):
    paragraph = "Rapat koordinasi dinas kominfo. " * 20
    editor.body_edit.setPlainText("\n".join([paragraph] * (COUNT_AT_ONCE // len(paragraph) + 50)))
    editor.show_find()
    bar = editor.find_bar
    bar.find_edit.setText("koordinasi")
    assert bar.counter.running()  # a long article: counted in slices
    cursor = editor.body_edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.body_edit.setTextCursor(cursor)
    editor.body_edit.insertPlainText(" koordinasi")  # the paragraphs being walked change
    assert not bar.counter.running()  # dropped before the change
    qtbot.waitUntil(lambda: bar.count_label.text() == f"{MATCH_CAP}+ matches", timeout=10_000)
