"""The headline field wraps (a long headline is read in full) and stays one line of text; the
details block is compact, folds to a one-line summary, and stays folded after a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication

from desktop_app.ui.compact_form import CompactForm
from desktop_app.ui.editor import ArticleEditor
from desktop_app.ui.title_edit import MAX_VISIBLE_LINES
from tests.ui.test_editor import make_article
from tests.ui.window_fixtures import open_new_article, restart

LONG_TITLE = (
    "Pemerintah Kabupaten Solok Luncurkan Aplikasi Layanan Publik Terpadu untuk Mempercepat "
    "Pelayanan Administrasi Nagari"
)  # 116 characters


@pytest.fixture
def editor(qtbot):
    widget = ArticleEditor()
    qtbot.addWidget(widget)
    widget.load(
        make_article(tags=("spbe", "rapat", "TIK")),
        ["Berita", "Opini"],
        [],
        [(1, "Admin"), (2, "Teta Midra")],
    )
    widget.resize(700, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_long_headline_wraps_onto_more_lines_and_never_scrolls_sideways(editor, qtbot):
    title = editor.title_edit
    assert len(LONG_TITLE) > 110
    one_line_height = title.height()
    assert title.visible_lines() == 1
    title.setText(LONG_TITLE)
    qtbot.waitUntil(lambda: title.visible_lines() > 1)
    assert 2 <= title.visible_lines() <= MAX_VISIBLE_LINES
    assert title.height() > one_line_height
    assert title.horizontalScrollBar().maximum() == 0
    assert title.verticalScrollBar().maximum() == 0  # every line of it shown
    assert title.text() == LONG_TITLE
    editor.resize(1400, 700)  # wider: fewer lines, a lower field
    qtbot.waitUntil(lambda: title.visible_lines() == 1 or title.height() < 3 * one_line_height)
    assert title.verticalScrollBar().maximum() == 0


def test_past_three_lines_the_headline_scrolls_vertically(editor, qtbot):
    title = editor.title_edit
    title.setText(LONG_TITLE * 3)
    qtbot.waitUntil(lambda: title.visible_lines() == MAX_VISIBLE_LINES)
    height = title.height()
    title.setText(LONG_TITLE * 5)
    assert title.height() == height  # no higher than three lines
    assert title.verticalScrollBar().maximum() > 0
    assert title.horizontalScrollBar().maximum() == 0


def test_the_headline_stays_one_line_of_text(editor, qtbot):
    title = editor.title_edit
    title.setText("Judul")
    title.end(False)
    qtbot.keyClick(title, Qt.Key.Key_Return)
    qtbot.keyClick(title, Qt.Key.Key_Enter, Qt.KeyboardModifier.ShiftModifier)
    assert title.text() == "Judul"
    mime = QMimeData()
    mime.setText(" baris satu\r\nbaris\tdua\n")
    title.insertFromMimeData(mime)
    assert title.text() == "Judul baris satu baris dua "
    assert editor.changes().title == "Judul baris satu baris dua"
    title.setText("Satu\nDua")
    assert title.text() == "Satu Dua"


def test_pasting_a_multi_line_headline_from_the_clipboard(editor, qtbot):
    QGuiApplication.clipboard().setText("Rapat\nKoordinasi\x00 Dinas")
    editor.title_edit.clear()
    editor.title_edit.setFocus()
    editor.title_edit.paste()
    assert editor.title_edit.text() == "Rapat Koordinasi Dinas"
    assert editor.notice.isVisible()  # the NUL was taken out, and said so


def test_title_undo_and_signals(editor, qtbot):
    seen: list[str] = []
    editor.title_changed.connect(seen.append)
    title = editor.title_edit
    title.end(False)
    qtbot.keyClicks(title, " Baru")
    assert seen[-1] == "Rapat Staf Perdana Baru"
    assert editor.slug_edit.text() == "rapat-staf-perdana-baru"
    title.undo()
    assert title.text() == "Rapat Staf Perdana"
    assert seen[-1] == "Rapat Staf Perdana"


def test_read_only_title_takes_no_typing(editor, qtbot):
    editor.set_read_only(True)
    qtbot.keyClicks(editor.title_edit, "x")
    assert editor.title_edit.isReadOnly()
    assert editor.title_edit.text() == "Rapat Staf Perdana"


def test_details_fold_to_a_one_line_summary(editor, qtbot):
    assert editor.details.isVisible()
    assert not editor.details_summary.isVisible()
    shown: list[bool] = []
    editor.details_shown_changed.connect(shown.append)
    qtbot.mouseClick(editor.details_button, Qt.MouseButton.LeftButton)
    assert shown == [False]
    assert not editor.details.isVisible()
    assert editor.details_summary.isVisible()
    category, author, tags, dateline = editor.details_summary.text().split(" · ")
    assert (category, author, dateline) == ("Berita", "Teta Midra", "Arosuka")
    assert tags.startswith("3 tag")  # ("3 tags" once translated: see the window test below)
    editor.category_combo.setCurrentText("Opini")
    editor.tags_edit.setText("spbe")
    assert editor.details_summary.text().split(" · ")[:3] == ["Opini", "Teta Midra", "1 tag(s)"]
    editor.tags_edit.setText(", ".join(f"tag{n}" for n in range(40)))
    editor.dateline_edit.setText("Kecamatan Gunung Talang, Kabupaten Solok, Sumatera Barat " * 4)
    summary = editor.details_summary
    assert summary.shown_text().endswith("…")  # too long for the line: elided,
    assert len(summary.shown_text()) < len(summary.text())
    assert summary.toolTip() == summary.text()  # and all of it in the tooltip
    qtbot.mouseClick(editor.details_button, Qt.MouseButton.LeftButton)
    assert shown == [False, True]
    assert editor.details.isVisible()


def test_details_are_compact_two_fields_a_row_where_it_fits(editor, qtbot):
    form = editor.details
    assert isinstance(form, CompactForm)
    editor.resize(900, 700)
    qtbot.waitUntil(form.two_columns)
    category, author = editor.category_combo.geometry(), editor.author_combo.geometry()
    assert abs(category.center().y() - author.center().y()) <= 2  # side by side
    assert author.left() > category.right()
    editor.resize(380, 700)
    qtbot.waitUntil(lambda: not form.two_columns())
    qtbot.waitUntil(lambda: editor.author_combo.geometry().top() > editor.category_combo.geometry().bottom())
    assert editor.author_combo.geometry().left() == editor.category_combo.geometry().left()


def test_folded_details_are_remembered(qtbot, make_window):
    window = make_window()
    open_new_article(window)
    assert window.editor.details_shown()
    qtbot.mouseClick(window.editor.details_button, Qt.MouseButton.LeftButton)
    assert not window.editor.details.isVisible()
    window = restart(qtbot, window, make_window)
    open_new_article(window)
    assert not window.editor.details_shown()
    assert not window.editor.details.isVisible()
    assert window.editor.details_summary.isVisible()
    window.editor.tags_edit.setText("spbe, rapat")
    assert "2 tags" in window.editor.details_summary.text()
