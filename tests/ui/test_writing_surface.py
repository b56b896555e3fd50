"""The writing surface: a proportional font by default (monospace an option in Preferences) and
a text column of a comfortable width, centred on a wide window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from desktop_app.settings import Preferences, Settings
from desktop_app.ui.editor import ArticleEditor
from desktop_app.ui.editor_widgets import TEXT_COLUMN_CHARACTERS
from desktop_app.ui.fonts import editor_font, text_character_width
from desktop_app.ui.preferences import PreferencesDialog
from tests.ui.test_editor import make_article
from tests.ui.window_fixtures import restart


def _has_proportional_font() -> bool:
    return any(not QFontDatabase.isFixedPitch(family) for family in QFontDatabase.families())


def monospaced(font: QFont) -> bool:
    """Whether ``font`` draws every character equally wide (measured: QFontInfo.fixedPitch
    is not reliable on every platform)."""
    metrics = QFontMetrics(font)
    return metrics.horizontalAdvance("iiiii") == metrics.horizontalAdvance("MMMMM")


def test_the_default_editor_font_is_proportional_and_monospace_is_an_option(qtbot):
    if not _has_proportional_font():
        pytest.skip("this system has no proportional font")
    default = editor_font(Preferences())
    assert not monospaced(default)
    assert default.pointSize() == Preferences().editor_font_size
    assert monospaced(editor_font(Preferences(editor_monospace=True)))
    chosen = editor_font(Preferences(editor_font_family="DejaVu Serif", editor_font_size=15))
    assert chosen.families()[0] == "DejaVu Serif"
    assert chosen.pointSize() == 15


def test_a_font_saved_by_an_older_version_gives_way_to_the_new_default(tmp_path):
    """The old Preferences dialog always saved the family it showed (the fixed-pitch default):
    no choice, so the proportional default applies; what is saved now is kept."""
    (tmp_path / "preferences.ini").write_text(
        "[preferences]\neditor_font_family=Monospace\neditor_font_size=14\n", encoding="utf-8"
    )
    settings = Settings(tmp_path)
    prefs = settings.preferences()
    assert (prefs.editor_font_family, prefs.editor_monospace, prefs.editor_font_size) == ("", False, 14)
    settings.set_preferences(Preferences(editor_font_family="DejaVu Serif"))
    assert Settings(tmp_path).preferences().editor_font_family == "DejaVu Serif"


def test_preferences_dialog_monospace_option(qtbot):
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    assert not dialog.monospace_check.isChecked()
    assert dialog.preferences().editor_monospace is False
    assert dialog.preferences().editor_font_family == ""  # the default: follows the system
    dialog.monospace_check.setChecked(True)
    prefs = dialog.preferences()
    assert prefs.editor_monospace is True
    assert prefs.editor_font_family == ""
    assert monospaced(dialog.font_combo.currentFont())
    listed = [dialog.font_combo.itemText(i) for i in range(dialog.font_combo.count())]
    chosen = next(family for family in listed if family != dialog.font_combo.currentText())
    dialog.font_combo.setCurrentIndex(listed.index(chosen))  # a family chosen by hand is kept
    assert dialog.preferences().editor_font_family == dialog.font_combo.currentFont().family()
    dialog.monospace_check.setChecked(False)  # back to the proportional default
    assert dialog.preferences().editor_font_family == ""
    assert not monospaced(dialog.font_combo.currentFont()) or not _has_proportional_font()


def test_preferences_dialog_shows_the_chosen_family(qtbot):
    dialog = PreferencesDialog(Preferences(editor_font_family="DejaVu Serif"))
    qtbot.addWidget(dialog)
    if "DejaVu Serif" not in QFontDatabase.families():
        pytest.skip("no DejaVu Serif here")
    assert dialog.font_combo.currentFont().family() == "DejaVu Serif"
    assert dialog.preferences().editor_font_family == "DejaVu Serif"


def test_monospace_chosen_in_preferences_reaches_the_editor_and_stays(qtbot, make_window, monkeypatch):
    window = make_window()
    body = window.editor.body_edit
    assert not monospaced(body.font()) or not _has_proportional_font()

    def accept(dialog):
        dialog.monospace_check.setChecked(True)
        return PreferencesDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", accept)
    window.action_preferences.trigger()
    assert monospaced(window.editor.body_edit.font())
    window = restart(qtbot, window, make_window)
    assert window.preferences.editor_monospace
    assert monospaced(window.editor.body_edit.font())


@pytest.fixture
def editor(qtbot):
    widget = ArticleEditor()
    qtbot.addWidget(widget)
    widget.load(make_article(body="Isi berita. " * 200), [], [], [])
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_text_column_is_centred_with_a_comfortable_width_on_a_wide_window(editor, qtbot):
    body = editor.body_edit
    column = body.text_column_width()
    assert column == pytest.approx(text_character_width(body.font()) * TEXT_COLUMN_CHARACTERS, abs=2 * 20)
    editor.resize(column + 600, 600)
    qtbot.waitUntil(lambda: body.viewport().width() <= column)
    margins = body.viewportMargins()
    assert margins.left() > 200
    assert abs(margins.left() - margins.right()) <= 1
    assert body.viewport().width() == pytest.approx(column, abs=2)
    editor.resize(column + 1200, 600)  # wider still: the margins grow, the column does not
    qtbot.waitUntil(lambda: body.viewportMargins().left() > margins.left())
    assert body.viewport().width() == pytest.approx(column, abs=2)


def test_a_narrow_editor_has_no_side_margins(editor, qtbot):
    body = editor.body_edit
    editor.resize(body.text_column_width() // 2, 600)
    qtbot.waitUntil(lambda: body.viewportMargins().left() == 0)
    assert body.viewport().width() < body.text_column_width()


def test_a_click_in_the_margin_puts_the_cursor_on_that_line(editor, qtbot):
    body = editor.body_edit
    body.setPlainText("Baris pertama.\nBaris kedua.\nBaris ketiga.")
    editor.resize(body.text_column_width() + 800, 600)
    qtbot.waitUntil(lambda: body.viewportMargins().left() > 100)
    second = body.document().findBlockByNumber(1)
    line_y = round(body.blockBoundingGeometry(second).translated(body.contentOffset()).center().y())
    left = body.viewport().mapTo(body, QPoint(0, line_y)) - QPoint(50, 0)
    qtbot.mouseClick(body, Qt.MouseButton.LeftButton, pos=left)
    assert body.textCursor().position() == second.position()  # the start of that line
    right = body.viewport().mapTo(body, QPoint(body.viewport().width(), line_y)) + QPoint(50, 0)
    qtbot.mouseClick(body, Qt.MouseButton.LeftButton, pos=right)
    assert body.textCursor().position() == second.position() + second.length() - 1  # its end


def test_on_a_wide_window_the_headline_and_details_line_up_with_the_text_column(editor, qtbot):
    body, title = editor.body_edit, editor.title_edit

    def text_left(widget, inner) -> int:
        return inner.mapTo(editor, QPoint(0, 0)).x() + round(widget.document().documentMargin())

    editor.resize(body.text_column_width() // 2, 600)
    qtbot.waitUntil(lambda: body.viewportMargins().left() == 0)
    narrow = text_left(title, title.viewport())
    assert abs(narrow - text_left(body, body.viewport())) <= 2
    editor.resize(body.text_column_width() + 800, 600)
    qtbot.waitUntil(lambda: text_left(title, title.viewport()) > narrow + 300)
    assert abs(text_left(title, title.viewport()) - text_left(body, body.viewport())) <= 2
    column_left = body.viewport().mapTo(editor, QPoint(0, 0)).x()
    assert editor.details_button.mapTo(editor, QPoint(0, 0)).x() >= column_left - 12
    assert editor.summary_edit.mapTo(editor, QPoint(0, 0)).x() > column_left
