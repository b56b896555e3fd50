"""The house style and spelling in the title and lead fields, as in the body: the same
underlines and the same menu, one checker shared with the body."""

from __future__ import annotations

import pytest

from desktop_app.core.house_style import OfficeStyleRules
from desktop_app.core.spelling import OfficeDictionary
from desktop_app.ui.spelling.controller import SpellCheckController
from desktop_app.ui.spelling.fields import check_fields
from tests.ui.test_house_style_ui import BLUE, RED, editor, marks, point_at  # noqa: F401 - fixture
from tests.ui.test_spellcheck_ui import run_now


@pytest.fixture
def spell(editor, sqlite_database):  # noqa: F811 - the editor fixture
    office = OfficeDictionary(sqlite_database)
    checker = office.checker()
    rules = OfficeStyleRules(sqlite_database)
    body = SpellCheckController(
        editor.body_edit,
        editor.highlighter,
        checker,
        office,
        run_background=run_now,
        style=rules.checker(checker),
        style_rules=rules,
    )
    fields = check_fields(body, [editor.title_edit, editor.summary_edit])
    return body, fields


def test_the_title_and_the_lead_are_underlined_like_the_body(editor, spell):  # noqa: F811
    body, (title, lead) = spell
    editor.title_edit.setText("Bupati Sekedar Merubah Resiko pemerintahh")
    editor.summary_edit.setPlainText("Rencana yang di rumuskan dibuka oleh bupati Solok.")
    editor.body_edit.setPlainText("Isi berita.")
    body.finish_pending()
    assert marks(editor.title_edit) == [
        ("Sekedar", BLUE),
        ("Merubah", BLUE),
        ("Resiko", BLUE),
        ("pemerintahh", RED),
    ]
    assert marks(editor.summary_edit) == [("di rumuskan", BLUE), ("bupati", BLUE)]
    # plain text: no Markdown drawn in the title
    editor.title_edit.setText("Rapat **penting** hari ini")
    body.finish_pending()
    block = editor.title_edit.document().firstBlock()
    assert all(not r.format.font().bold() for r in block.layout().formats())


def test_the_fields_menu_offers_the_fix_and_applies_it(editor, spell):  # noqa: F811
    body, (title, lead) = spell
    editor.title_edit.setText("Kebijakan sekedar wacana")
    body.finish_pending()
    menu = title.build_context_menu(point_at(editor.title_edit, "sekedar"))
    actions = menu.actions()
    assert actions[0].objectName() == "styleFix"
    assert actions[0].text() == "sekadar"
    actions[0].trigger()
    assert editor.title_edit.text() == "Kebijakan sekadar wacana"


def test_a_word_added_in_the_body_is_accepted_in_the_title_too(editor, spell):  # noqa: F811
    body, (title, lead) = spell
    editor.title_edit.setText("Kunjungan ke Tigotanggu")
    editor.body_edit.setPlainText("Warga Tigotanggu hadir.")
    body.finish_pending()
    assert marks(editor.title_edit) == [("Tigotanggu", RED)]
    assert body.add_to_dictionary("Tigotanggu")
    body.finish_pending()
    assert marks(editor.title_edit) == []
    assert marks(editor.body_edit) == []
    body.set_enabled(False)
    editor.title_edit.setText("Rapat sekedar formalitas")
    body.finish_pending()
    assert marks(editor.title_edit) == []
    assert not title.enabled


def test_the_window_checks_the_title_and_the_lead(make_window, qtbot):
    window = make_window()
    controllers = window.editor.field_spell_controllers
    assert [c.text_edit for c in controllers] == [window.editor.title_edit, window.editor.summary_edit]
    assert all(c.checker is window.spell_check.checker for c in controllers)
    assert window.spell_check.companions == controllers


def test_underlines_drawn_in_the_title_later_are_no_edit(demo_target, make_window, qtbot):
    """The dictionaries arrive, an office rule changes: the title's underlines are redrawn
    without the editor taking it for an edit (no autosave, no dirty article)."""
    window = make_window()
    article_editor = window.editor
    model = window.sidebar.model
    row = next(r for r in range(model.rowCount()) if "E-Government" in model.headline(r).title)
    window.open_article(model.headline(row).id)
    changes: list[int] = []
    article_editor.content_changed.connect(lambda: changes.append(1))
    window.spell_check.finish_pending()
    OfficeStyleRules(window.services.database).add("Konsep", "Gagasan", "Kata kantor.")
    window.spell_check.reload_office_rules()
    window.spell_check.finish_pending()
    qtbot.wait(20)
    assert ("Konsep", BLUE) in marks(article_editor.title_edit)
    assert changes == []
