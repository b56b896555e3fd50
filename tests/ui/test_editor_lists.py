"""Lists and quotes in the body: Enter continues them, an empty item ends them, numbered lists
count on; the text logic and the keys as a writer presses them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from desktop_app.ui.editor import ArticleEditor
from desktop_app.ui.editor_lists import enter_edit, parse_item, renumber
from tests.ui.test_editor import make_article


def after_enter(line: str, column: int | None = None, before: tuple[str, ...] = ()) -> str | None:
    change = enter_edit(line, len(line) if column is None else column, before)
    if change is None:
        return None
    return line[: change.start] + change.text + line[change.end :]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- satu", "- satu\n- "),
        ("* satu", "* satu\n* "),
        ("+ satu", "+ satu\n+ "),
        ("1. satu", "1. satu\n2. "),
        ("9) satu", "9) satu\n10) "),
        ("> kutipan", "> kutipan\n> "),
        ("> > kutipan", "> > kutipan\n> > "),
        ("  - nested", "  - nested\n  - "),
        ("\t- tab", "\t- tab\n\t- "),
        ("> - in a quote", "> - in a quote\n> - "),
        ("- [x] done", "- [x] done\n- [ ] "),
        ("-   wide", "-   wide\n-   "),
    ],
)
def test_enter_continues_lists_and_quotes(line, expected):
    assert after_enter(line) == expected


@pytest.mark.parametrize(
    ("line", "before", "expected"),
    [
        ("- ", (), ""),
        ("1. ", (), ""),
        ("- [ ] ", (), ""),
        ("> ", (), ""),
        ("> > ", (), "> "),
        ("> - ", (), "> "),
        ("  - ", ("- satu", "  - dua"), "- "),  # a nested empty item moves up a level
        ("   - ", ("1. satu", "   - dua"), "2. "),
    ],
)
def test_enter_on_an_empty_item_ends_the_list_or_moves_it_up(line, before, expected):
    assert after_enter(line, before=before) == expected


@pytest.mark.parametrize(
    ("line", "column"),
    [("Paragraf biasa.", None), ("* * *", None), ("- - -", None), ("- satu", 0), ("2024 adalah tahun", None)],
)
def test_enter_is_ordinary_outside_lists_and_before_the_marker(line, column):
    assert enter_edit(line, len(line) if column is None else column) is None


def test_enter_in_the_middle_of_an_item_splits_it():
    assert after_enter("- satu dua", 6) == "- satu\n- dua"  # (the space at the break goes)
    assert after_enter("> satu dua", 6) == "> satu\n> dua"
    assert after_enter("1. satu dua", 7) == "1. satu\n2. dua"


def test_parse_item():
    item = parse_item("  12) teks")
    assert item is not None
    assert (item.lead, item.number, item.delimiter, item.prefix) == ("  ", 12, ")", "  12) ")
    assert parse_item("-tanpa spasi") is None


def test_renumber_counts_on_from_the_first_item_across_nested_and_blank_lines():
    lines = ["3. a", "3. b", "   - nested", "   1. deeper", "", "7. c", "Paragraf", "9. other list"]
    assert renumber(lines, 1) == [(1, 0, 1, "4"), (5, 0, 1, "5")]
    assert renumber(lines, 7) == []  # a list of its own, after the paragraph
    assert renumber(lines, 2) == []  # not a numbered item
    assert renumber(["1. a", "2. b"], 0) == []


@pytest.fixture
def editor(qtbot):
    widget = ArticleEditor()
    qtbot.addWidget(widget)
    widget.load(make_article(body=""), ["Berita"], [], [(2, "Teta Midra")])
    widget.resize(900, 700)
    widget.show()
    return widget


def write(editor: ArticleEditor, text: str, cursor_at: int | None = None) -> None:
    body = editor.body_edit
    body.setPlainText(text)
    cursor = body.textCursor()
    if cursor_at is None:
        cursor.movePosition(QTextCursor.MoveOperation.End)
    else:
        cursor.setPosition(cursor_at)
    body.setTextCursor(cursor)
    body.setFocus()


def test_enter_continues_a_bulleted_list_as_typed(editor, qtbot):
    write(editor, "")
    qtbot.keyClicks(editor.body_edit, "- satu")
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.body_edit, "dua")
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    qtbot.keyClicks(editor.body_edit, "tiga")
    assert editor.body_text() == "- satu\n- dua\n- tiga"


def test_enter_on_an_empty_item_ends_the_list(editor, qtbot):
    write(editor, "- satu")
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Return)
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.body_edit, "Paragraf.")
    assert editor.body_text() == "- satu\nParagraf."


def test_nested_item_and_quote(editor, qtbot):
    write(editor, "- satu\n  - dua")
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Return)
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Return)  # the empty nested item moves up
    qtbot.keyClicks(editor.body_edit, "tiga")
    assert editor.body_text() == "- satu\n  - dua\n- tiga"
    write(editor, "> Kata Bupati")
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.body_edit, "lanjutan")
    assert editor.body_text() == "> Kata Bupati\n> lanjutan"


def test_a_new_numbered_item_renumbers_the_ones_after_it(editor, qtbot):
    write(editor, "1. satu\n2. dua\n3. tiga", cursor_at=len("1. satu"))
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.body_edit, "baru")
    assert editor.body_text() == "1. satu\n2. baru\n3. dua\n4. tiga"


def test_removing_a_numbered_item_renumbers_the_rest(editor, qtbot):
    write(editor, "1. satu\n2. dua\n3. tiga\n4. empat")
    cursor = editor.body_edit.textCursor()
    cursor.setPosition(len("1. satu\n"))
    cursor.setPosition(len("1. satu\n2. dua\n"), QTextCursor.MoveMode.KeepAnchor)
    editor.body_edit.setTextCursor(cursor)
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Delete)
    assert editor.body_text() == "1. satu\n2. tiga\n3. empat"
    editor.body_edit.undo()  # the deletion and the renumbering: one step
    assert editor.body_text() == "1. satu\n2. dua\n3. tiga\n4. empat"


def test_backspace_joining_items_renumbers(editor, qtbot):
    write(editor, "1. satu\n2. dua\n3. tiga", cursor_at=len("1. satu\n2. dua\n"))
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Backspace)  # "3. tiga" joins "2. dua"
    assert editor.body_text() == "1. satu\n2. dua3. tiga"
    write(editor, "1. satu\n2. dua\n3. tiga", cursor_at=len("1. satu\n2. dua"))
    for _ in range(len("2. dua") + 1):  # the whole second item, and its line break
        qtbot.keyClick(editor.body_edit, Qt.Key.Key_Backspace)
    assert editor.body_text() == "1. satu\n2. tiga"


def test_undo_after_a_continuation_is_one_step(editor, qtbot):
    write(editor, "1. satu\n2. dua", cursor_at=len("1. satu"))
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Return)  # a new "2. " and "2. dua" becomes 3.
    assert editor.body_text() == "1. satu\n2. \n3. dua"
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.body_text() == "1. satu\n2. dua"
    write(editor, "- satu")
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Return)
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Return)  # ends the list
    assert editor.body_text() == "- satu\n"
    editor.body_edit.undo()
    assert editor.body_text() == "- satu\n- "
    editor.body_edit.undo()
    assert editor.body_text() == "- satu"


def test_read_only_body_does_nothing_on_enter(editor, qtbot):
    write(editor, "- satu\n1. a\n2. b")
    editor.set_read_only(True)
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Return)
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Backspace)
    assert editor.body_text() == "- satu\n1. a\n2. b"


def test_shift_enter_and_a_selection_get_no_marker(editor, qtbot):
    write(editor, "- satu")
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor.body_edit, "lanjut")
    assert editor.body_text() == "- satu\nlanjut"
    assert editor.body_edit.document().blockCount() == 2  # a real line, not a U+2028 inside one
    write(editor, "- satu dua")
    cursor = editor.body_edit.textCursor()
    cursor.setPosition(len("- satu"), QTextCursor.MoveMode.KeepAnchor)
    editor.body_edit.setTextCursor(cursor)
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Return)
    assert editor.body_text() == "- satu\n"


def test_an_ordinary_paragraph_gets_an_ordinary_line_break(editor, qtbot):
    write(editor, "Paragraf satu.")
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.body_edit, "Dua.")
    assert editor.body_text() == "Paragraf satu.\nDua."


def test_quotes_stay_straight_for_markdown(editor, qtbot):
    write(editor, "")
    qtbot.keyClicks(editor.body_edit, "Kata \"Bupati\" dan 'Wali'")
    assert editor.body_text() == "Kata \"Bupati\" dan 'Wali'"
