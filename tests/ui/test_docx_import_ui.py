"""File ▸ Import Word Document…: the new draft opens with its photos, the report says what was
left out; a bad document changes nothing and says why in plain words."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.core.media import referenced_uuids
from tests.docx_samples import TITLE, press_release


def _report(qtbot, window) -> QMessageBox:
    qtbot.waitUntil(lambda: not window.docx_import.busy and window.docx_import.last_report is not None)
    return window.docx_import.last_report


def test_file_menu_imports_a_word_document_and_opens_the_draft(make_window, qtbot, tmp_path, monkeypatch):
    window = make_window()
    window.finish_building()
    actions = window.file_menu.actions()
    action = window.docx_import.action
    assert actions.index(action) == actions.index(window.action_save_copy) + 1
    assert action.isEnabled()
    path = press_release(tmp_path / "Rilis Banjir.docx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    before = window.articles.count()
    with qtbot.waitSignal(window.docx_import.imported, timeout=60_000):
        action.trigger()
    report = _report(qtbot, window)
    assert window.articles.count() == before + 1
    article = window.current_article()
    assert article.title == TITLE
    assert window.editor.title_edit.text() == TITLE
    body = window.editor.body_text()
    assert "- Beras 5 ton" in body
    assert len(referenced_uuids(body)) == 2
    assert report.icon() == QMessageBox.Icon.Information
    assert f"Imported “{TITLE}” as a new draft." in report.text()
    assert "1 comment(s) in the document were left out." in report.informativeText()
    assert "taken as accepted" in report.informativeText()
    assert window.docx_import.last_folder == str(tmp_path)
    # the preview shows the draft with its photos
    qtbot.waitUntil(lambda: "Bantuan yang disalurkan" in window.preview.browser.toPlainText(), timeout=10_000)
    report.close()


def test_a_bad_document_changes_nothing_and_says_why(make_window, qtbot, tmp_path):
    window = make_window()
    window.finish_building()
    before = window.articles.count()
    old = tmp_path / "laporan.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600) + "WordDocument".encode("utf-16-le"))
    window.docx_import.import_file(str(old))
    report = _report(qtbot, window)
    assert report.icon() == QMessageBox.Icon.Warning
    assert report.text() == "The document was not imported; nothing was stored."
    assert "old Word 97–2003 format (.doc)" in report.informativeText()
    assert window.articles.count() == before
    assert window.docx_import.action.isEnabled()
    report.close()


def test_signed_out_the_import_is_off(make_window):
    window = make_window(sign_in=False)
    window.finish_building()
    window.update_actions()
    assert not window.docx_import.action.isEnabled()
