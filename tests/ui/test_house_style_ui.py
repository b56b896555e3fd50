"""The house style in the editor: its own underline colour, the fix and the reason in the
context menu, the office's rules (Edit ▸ Office House Style…), the Preference for words in
capitals."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor

from desktop_app.core.house_style import OfficeStyleRules
from desktop_app.core.spelling import OfficeDictionary
from desktop_app.i18n import current_language
from desktop_app.ui.markdown_highlighter import STYLE_UNDERLINE_COLOR
from desktop_app.ui.spelling.controller import SpellCheckController
from tests.ui.test_spellcheck_ui import run_now


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
    office = OfficeDictionary(sqlite_database)
    checker = office.checker()
    rules = OfficeStyleRules(sqlite_database)
    return SpellCheckController(
        editor.body_edit,
        editor.highlighter,
        checker,
        office,
        run_background=run_now,
        style=rules.checker(checker),
        style_rules=rules,
    )


def marks(edit) -> list[tuple[str, str]]:
    """(text, underline colour name) of every wavy underline, in document order."""
    out = []
    block = edit.document().firstBlock()
    while block.isValid():
        for fmt_range in block.layout().formats():
            if fmt_range.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                text = block.text()[fmt_range.start : fmt_range.start + fmt_range.length]
                out.append((text, fmt_range.format.underlineColor().name()))
        block = block.next()
    return out


def point_at(edit, text: str):
    cursor = QTextCursor(edit.document())
    cursor.setPosition(edit.toPlainText().index(text) + 2)
    return edit.cursorRect(cursor).center()


BLUE = QColor(STYLE_UNDERLINE_COLOR).name()
RED = QColor("red").name()


def test_house_style_findings_have_their_own_colour(editor, spell):
    editor.body_edit.setPlainText("Lebih dari sekedar teknologi yang di rumuskan dengan pemerintahh.")
    spell.finish_pending()
    assert marks(editor.body_edit) == [("sekedar", BLUE), ("di rumuskan", BLUE), ("pemerintahh", RED)]


def test_the_menu_offers_the_fix_and_the_reason(editor, spell):
    edit = editor.body_edit
    edit.setPlainText("Perubahan –perubahan tersebut sehingga sehingga perlu.")
    spell.finish_pending()
    menu = spell.build_context_menu(point_at(edit, "Perubahan"))
    actions = menu.actions()
    assert actions[0].objectName() == "styleFix"
    assert actions[0].text() == "Perubahan-perubahan"
    assert actions[1].objectName() == "styleReason"
    reason = spell.style.findings("Perubahan –perubahan")[0].reason(current_language())
    assert actions[1].text().endswith(reason)
    assert not actions[1].isEnabled()
    actions[0].trigger()
    assert edit.toPlainText() == "Perubahan-perubahan tersebut sehingga sehingga perlu."
    edit.document().undo()  # one undo step
    assert edit.toPlainText().startswith("Perubahan –perubahan")


def test_office_rules_from_the_dialog_are_underlined(editor, spell, qtbot, sqlite_database):
    edit = editor.body_edit
    edit.setPlainText("Rapat di Kab. Solok membahas sosial media.")
    spell.finish_pending()
    assert marks(edit) == []
    dialog = spell.open_office_style_rules(editor)
    qtbot.addWidget(dialog)
    dialog.wrong_edit.setText("sosial media")
    dialog.right_edit.setText("media sosial")
    dialog.reason_edit.setText("Tanpa singkatan.")
    dialog.add_button.click()
    dialog.wrong_edit.setText("Kab.")
    dialog.right_edit.setText("Kabupaten")
    dialog.add_button.click()
    assert dialog.table.rowCount() == 2
    spell.finish_pending()
    assert marks(edit) == [("Kab.", BLUE), ("sosial media", BLUE)]
    menu = spell.build_context_menu(point_at(edit, "sosial media"))
    assert [a.text() for a in menu.actions()[:2]] == ["media sosial", "House style: Tanpa singkatan."]
    dialog.table.selectRow(1)  # sosial media
    dialog.remove_button.click()
    assert [r.wrong for r in OfficeStyleRules(sqlite_database).rules()] == ["Kab."]
    assert marks(edit) == [("Kab.", BLUE)]
    dialog.wrong_edit.setText("kata")
    dialog.right_edit.setText("")
    dialog.add_button.click()
    assert dialog.message.text() == "Enter how it should be written."


def test_words_in_capitals_follow_the_preference(editor, spell):
    spell.set_skip_uppercase(True)
    editor.body_edit.setPlainText("Program PPKMX berjalan.")
    spell.finish_pending()
    assert marks(editor.body_edit) == []
    spell.set_skip_uppercase(False)
    spell.finish_pending()
    assert marks(editor.body_edit) == [("PPKMX", RED)]


def test_the_window_has_the_menu_item_and_the_preference(make_window, qtbot):
    from desktop_app.settings import Preferences

    window = make_window()
    assert Preferences().spell_skip_uppercase
    assert window.spell_check.checker.skip_uppercase
    window.show_office_style_rules()
    dialog = window.findChild(
        type(window.spell_check.open_office_style_rules(window)), "officeStyleRulesDialog"
    )
    assert dialog is not None
    for d in window.findChildren(type(dialog)):
        d.close()
    window._apply_preferences(Preferences(spell_skip_uppercase=False))
    assert not window.spell_check.checker.skip_uppercase
