"""Rich paste in the body editor: HTML becomes Markdown in one undo step, plain text stays as
it was, Edit ▸ Paste as Plain Text (Ctrl+Shift+V), pictures never fetched, long HTML converted
in a child process while the editor goes on."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit

from desktop_app.ui import editor_widgets
from desktop_app.ui.editor_widgets import MarkdownTextEdit
from tests.media_samples import png_bytes
from tests.ui.window_fixtures import open_new_article

SAMPLES = Path(__file__).parent.parent / "data" / "html"


def _mime(html: str | None = None, text: str | None = None) -> QMimeData:
    mime = QMimeData()
    if text is not None:
        mime.setText(text)
    if html is not None:
        mime.setHtml(html)
    return mime


@pytest.fixture
def editor(qtbot):
    widget = MarkdownTextEdit()
    qtbot.addWidget(widget)
    return widget


def test_word_html_is_pasted_as_markdown_in_one_undo_step(editor):
    editor.setPlainText("Awal.\n\n")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.document().clearUndoRedoStacks()
    html = (SAMPLES / "word_clipboard.html").read_text(encoding="utf-8")
    editor.insertFromMimeData(_mime(html, "plain words"))
    text = editor.toPlainText()
    assert text.startswith("Awal.\n\n# Pemkab Gelar Rapat Koordinasi Penanganan Banjir\n")
    assert "- Posko didirikan di tiga kecamatan\n  - Kecamatan Kota" in text
    assert "[laman resmi](https://diskominfo.example.go.id/banjir)" in text
    assert "mso" not in text
    assert "plain words" not in text
    editor.undo()
    assert editor.toPlainText() == "Awal.\n\n"


def test_plain_text_and_html_without_formatting_paste_as_before(editor):
    editor.insertFromMimeData(_mime(text="baris satu\nbaris dua"))
    assert editor.toPlainText() == "baris satu\nbaris dua"
    editor.clear()
    # a code editor's HTML: coloured spans only; its own plain text keeps its lines
    html = '<div style="white-space: pre;"><span style="color:#569cd6;">def</span> f():</div>'
    editor.insertFromMimeData(_mime(html, "def f():\n    return 1"))
    assert editor.toPlainText() == "def f():\n    return 1"


def test_a_few_formatted_words_stay_in_the_line(editor):
    editor.setPlainText("Kata  akhir")
    cursor = editor.textCursor()
    cursor.setPosition(5)
    editor.setTextCursor(cursor)
    editor.insertFromMimeData(_mime("<b>tebal</b>", "tebal"))
    assert editor.toPlainText() == "Kata **tebal** akhir"


def test_whatsapp_web_message_keeps_its_line_breaks(editor):
    html = (SAMPLES / "whatsapp_web.html").read_text(encoding="utf-8")
    editor.insertFromMimeData(_mime(html, "x"))
    assert editor.toPlainText().startswith(
        "Mohon disebarkan: **Pelayanan KTP** tetap buka hari Sabtu.  \nLokasi: *Mal Pelayanan Publik*"
    )


def test_pictures_are_not_fetched_embedded_ones_go_to_the_media_library(editor, qtbot):
    png = png_bytes(12, 8)
    html = (
        '<p>Lihat <b>foto</b>:</p><img src="https://example.com/foto.jpg">'
        f'<img src="data:image/png;base64,{base64.b64encode(png).decode()}" alt="Peta">'
    )
    pasted, messages = [], []
    editor.image_pasted.connect(pasted.append)
    editor.paste_message.connect(messages.append)
    editor.insertFromMimeData(_mime(html, "Lihat foto:"))
    assert editor.toPlainText() == "Lihat **foto**:"
    assert pasted == [png]
    assert any("1 picture(s) from the web were left out" in m for m in messages)


def test_paste_as_plain_text(editor):
    QGuiApplication.clipboard().setMimeData(_mime("<h1>Judul</h1><p><b>isi</b></p>", "Judul\nisi"))
    editor.paste_plain_text()
    assert editor.toPlainText() == "Judul\nisi"
    editor.clear()
    editor.paste()  # Ctrl+V: the HTML, as Markdown
    assert editor.toPlainText() == "# Judul\n\n**isi**\n"


def _wait_for_paste(qtbot, editor) -> bool:
    with qtbot.waitSignal(editor.paste_finished, timeout=60_000) as blocker:
        pass
    return blocker.args[0]


def test_long_html_is_converted_in_a_child_process_while_the_editor_goes_on(editor, qtbot, monkeypatch):
    monkeypatch.setattr(editor_widgets, "RICH_PASTE_AT_ONCE", 100)
    editor.setPlainText("Awal.\n")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.document().clearUndoRedoStacks()
    html = "<h2>Bagian</h2>" + "<p>Kalimat <i>panjang</i>.</p>" * 200
    with qtbot.waitSignal(editor.paste_finished, timeout=60_000) as blocker:
        editor.insertFromMimeData(_mime(html, "x"))
        assert editor.toPlainText() == "Awal.\n"  # not there yet: the window goes on
        cursor = editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        cursor.insertText("Ketik. ")  # typed meanwhile, before the paste's place
    assert blocker.args == [True]
    text = editor.toPlainText()
    assert text.startswith("Ketik. Awal.\n## Bagian\n\nKalimat *panjang*.\n\n")
    assert text.count("Kalimat *panjang*.") == 200
    editor.undo()  # the paste is one step
    assert editor.toPlainText() == "Ketik. Awal.\n"


def test_a_long_paste_is_dropped_when_another_text_is_loaded_meanwhile(editor, qtbot, monkeypatch):
    monkeypatch.setattr(editor_widgets, "RICH_PASTE_AT_ONCE", 100)
    editor.setPlainText("Artikel pertama")
    messages = []
    editor.paste_message.connect(messages.append)
    with qtbot.waitSignal(editor.paste_finished, timeout=60_000) as blocker:
        editor.insertFromMimeData(_mime("<p><b>tempel</b></p>" * 50, "x"))
        editor.setPlainText("Artikel kedua")  # another article opened
    assert blocker.args == [False]
    assert editor.toPlainText() == "Artikel kedua"
    assert any("dropped" in m for m in messages)
    assert editor.viewport().cursor().shape() != Qt.CursorShape.BusyCursor


def test_edit_menu_paste_as_plain_text_in_the_window(make_window, qtbot):
    window = make_window()
    assert window.action_paste_plain in window.edit_menu.actions()
    assert window.action_paste_plain.shortcut().toString() == "Ctrl+Shift+V"
    _id, body = open_new_article(window)
    assert isinstance(body, QPlainTextEdit)
    QGuiApplication.clipboard().setMimeData(_mime("<p><b>Rapat</b> dimulai</p>", "Rapat dimulai"))
    window.action_paste_plain.trigger()
    assert window.editor.body_text() == "Rapat dimulai"
    body.paste()
    assert window.editor.body_text() == "Rapat dimulai**Rapat** dimulai"
