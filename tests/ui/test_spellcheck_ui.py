"""Spell checking in the article editor: underlines, the context menu (suggestions, add to the
office dictionary, ignore), deferred checking of long text, and the one-time notice."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCharFormat, QTextCursor

from desktop_app.core.spelling import OfficeDictionary, SpellChecker
from desktop_app.ui.spelling.controller import SpellCheckController
from desktop_app.ui.spelling.install import install_spell_checking


def run_now(fn, on_success=None, on_failure=None):
    """Stands in for the worker helper: runs ``fn`` at once, on this thread."""
    try:
        result = fn()
    except Exception as exc:  # noqa: BLE001
        if on_failure:
            on_failure(exc)
    else:
        if on_success:
            on_success(result)


@pytest.fixture
def editor(qtbot):
    from desktop_app.ui.editor import ArticleEditor

    widget = ArticleEditor()
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def spell(editor, sqlite_database):
    checker = OfficeDictionary(sqlite_database).checker()
    controller = SpellCheckController(
        editor.body_edit,
        editor.highlighter,
        checker,
        OfficeDictionary(sqlite_database),
        run_background=run_now,
    )
    return controller


def underlined(edit) -> list[str]:
    """The words drawn with a spell-check underline, in document order."""
    words = []
    block = edit.document().firstBlock()
    while block.isValid():
        for fmt_range in block.layout().formats():
            style = fmt_range.format.underlineStyle()
            if style == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                words.append(block.text()[fmt_range.start : fmt_range.start + fmt_range.length])
        block = block.next()
    return words


def point_at(edit, word: str):
    cursor = QTextCursor(edit.document())
    cursor.setPosition(edit.toPlainText().index(word) + 2)
    return edit.cursorRect(cursor).center()


def test_misspelt_words_are_underlined(editor, spell):
    editor.body_edit.setPlainText("Pemerintah daerah meningkatkan pelayann publik.")
    spell.finish_pending()
    assert underlined(editor.body_edit) == ["pelayann"]


def test_context_menu_offers_suggestions_and_replaces(editor, spell):
    edit = editor.body_edit
    edit.setPlainText("Pemerintah daerah meningkatkan pelayann publik.")
    menu = spell.build_context_menu(point_at(edit, "pelayann"))
    texts = [a.text() for a in menu.actions()]
    assert "pelayanan" in texts
    assert any("pelayann" in t for t in texts)  # add / ignore name the word
    assert any(a.objectName().startswith("edit-") for a in menu.actions()), (
        "Qt's own edit actions (Undo, Copy, Paste...) stay in the menu"
    )
    next(a for a in menu.actions() if a.text() == "pelayanan").trigger()
    assert edit.toPlainText() == "Pemerintah daerah meningkatkan pelayanan publik."
    assert underlined(edit) == []
    edit.undo()
    assert "pelayann" in edit.toPlainText()


def test_no_spelling_items_on_a_correct_word(editor, spell):
    edit = editor.body_edit
    edit.setPlainText("Pemerintah daerah meningkatkan pelayanan publik.")
    menu = spell.build_context_menu(point_at(edit, "daerah"))
    assert not [a for a in menu.actions() if a.objectName().startswith("spell")]


def test_add_to_dictionary_from_the_menu_persists_in_the_database(editor, spell, sqlite_database):
    edit = editor.body_edit
    edit.setPlainText("Bupati meninjau Arosukaa bersama Tigotanggu.")
    spell.finish_pending()
    assert underlined(edit) == ["Arosukaa", "Tigotanggu"]
    menu = spell.build_context_menu(point_at(edit, "Tigotanggu"))
    added = []
    spell.word_added.connect(added.append)
    menu.findChild(type(menu.actions()[0]), "spellAddToDictionary").trigger()
    assert added == ["Tigotanggu"]
    assert underlined(edit) == ["Arosukaa"]
    assert "Tigotanggu" in OfficeDictionary(sqlite_database).words()
    # another workstation (a new checker on the same database) knows the word too
    assert OfficeDictionary(sqlite_database).checker().misspelled_words("Tigotanggu Arosukaa") == ["Arosukaa"]


def test_ignore_is_for_this_session_only(editor, spell, sqlite_database):
    edit = editor.body_edit
    edit.setPlainText("Rapat di Arosukaa.")
    menu = spell.build_context_menu(point_at(edit, "Arosukaa"))
    next(a for a in menu.actions() if a.objectName() == "spellIgnore").trigger()
    assert underlined(edit) == []
    assert OfficeDictionary(sqlite_database).words() == []


def test_new_words_are_looked_up_in_a_deferred_pass(editor, spell, qtbot):
    words = [f"kata{i}" for i in range(3)]  # words with digits are skipped
    paragraph = " ".join(
        ["Pemerintah", "kabupatenn"]
        + words
        + [
            "pelayanan",
            "publik",
            "daerah",
            "masyarakat",
            "aplikasi",
            "jaringan",
            "internet",
            "kantor",
            "dinas",
            "komunikasi",
            "informatika",
            "statistik",
            "persandian",
            "rapat",
        ]
    )
    assert spell.checker.unchecked_words(paragraph) > 0
    assert spell.misspelled(paragraph) == []  # no look-up on the GUI thread: queued
    assert spell.has_pending_work()
    editor.body_edit.setPlainText(paragraph)
    qtbot.waitUntil(lambda: not spell.has_pending_work())
    assert "kabupatenn" in underlined(editor.body_edit)
    assert spell.misspelled(paragraph)  # now answered from the cache


def test_known_underlines_stay_while_a_new_word_is_looked_up(editor, spell, qtbot):
    """Typing a new word into a paragraph keeps the underlines already known; the new word is
    looked up in the worker, then the paragraph is redrawn."""
    edit = editor.body_edit
    edit.setPlainText("Bupati meninjau Arosukaa.")
    spell.finish_pending()
    assert underlined(edit) == ["Arosukaa"]
    edited = "Bupati meninjau Arosukaa dan Tigotangguu."
    assert spell.misspelled(edited) == [(16, 8)]  # at once, without a look-up
    assert spell.has_pending_work()
    edit.setPlainText(edited)
    qtbot.waitUntil(lambda: not spell.has_pending_work())
    assert underlined(edit) == ["Arosukaa", "Tigotangguu"]


def test_dictionaries_load_in_the_background_then_underline(editor, sqlite_database):
    checker = SpellChecker(("id",))
    jobs = []
    controller = SpellCheckController(
        editor.body_edit, editor.highlighter, checker, None, run_background=lambda *job: jobs.append(job)
    )
    editor.body_edit.setPlainText("kesalahann kecil")
    assert underlined(editor.body_edit) == []  # nothing blocks while the dictionary loads
    assert len(jobs) == 1
    run_now(*jobs[0])
    controller.finish_pending()
    assert underlined(editor.body_edit) == ["kesalahann"]


def test_missing_dictionary_notice_once_and_quiet(editor, tmp_path):
    checker = SpellChecker(("xx",), dictionary_dirs=[tmp_path])
    controller = SpellCheckController(
        editor.body_edit, editor.highlighter, checker, None, run_background=run_now
    )
    notices = []
    controller.notice.connect(notices.append)
    editor.body_edit.setPlainText("qqqq wwww")
    editor.body_edit.appendPlainText("eeee")
    controller.finish_pending()
    assert len(notices) == 1
    assert controller.notice_text == notices[0]
    assert underlined(editor.body_edit) == []


def test_install_spell_checking_on_the_article_editor(editor, sqlite_database):
    office = OfficeDictionary(sqlite_database)
    office.add("Arosuka")
    controller = install_spell_checking(editor, office)
    controller._run_background = run_now
    editor.body_edit.setPlainText("Arosuka dan kesalahann")
    controller.finish_pending()
    assert editor.spell_controller is controller
    assert underlined(editor.body_edit) == ["kesalahann"]


def test_office_dictionary_dialog_adds_and_removes_words(editor, spell, sqlite_database, qtbot):
    from desktop_app.ui.spelling.dictionary_dialog import OfficeDictionaryDialog

    edit = editor.body_edit
    edit.setPlainText("Rapat di Arosukaa.")
    spell.finish_pending()
    dialog = spell.open_office_dictionary(editor)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, OfficeDictionaryDialog)
    dialog.new_word.setText("Arosukaa")
    dialog.add_button.click()
    assert OfficeDictionary(sqlite_database).words() == ["Arosukaa"]
    assert underlined(edit) == []
    dialog.new_word.setText("dua kata")
    dialog.add_button.click()
    assert dialog.message.text()  # refused, with a reason
    assert OfficeDictionary(sqlite_database).words() == ["Arosukaa"]
    dialog.word_list.setCurrentRow(0)
    dialog.remove_button.click()
    assert OfficeDictionary(sqlite_database).words() == []
    assert underlined(edit) == ["Arosukaa"]


def test_the_word_being_typed_is_checked_when_the_cursor_leaves_it(editor, spell, qtbot):
    """No underline under a half-typed word (and no look-up per key); it is checked once the
    user types past it, or moves the cursor away."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    edit = editor.body_edit
    editor.setEnabled(True)  # as when an article is open
    edit.setFocus()
    QTest.keyClicks(edit, "Bupati meninjau Arosukaa")
    assert edit.toPlainText() == "Bupati meninjau Arosukaa"
    spell.finish_pending()
    assert underlined(edit) == []  # "Arosukaa" is still being typed
    QTest.keyClicks(edit, " dan Tigotangguu")
    spell.finish_pending()
    assert underlined(edit) == ["Arosukaa"]  # typed past it; the next one is being typed
    QTest.keyClick(edit, Qt.Key.Key_Home)  # the cursor leaves the word: checked now
    spell.finish_pending()
    assert underlined(edit) == ["Arosukaa", "Tigotangguu"]
