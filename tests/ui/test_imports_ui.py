"""File ▸ Import ▸ From WordPress Export (WXR)… and From Markdown Folder…, File ▸ Export ▸ To
Markdown Folder…: the work runs in the background, the report is shown after."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMenu

from tests.imports.helpers import KOMINFO_SAMPLE, kominfo_web


def _done(qtbot, window):
    qtbot.waitUntil(
        lambda: not window.imports.busy and window.imports.last_report is not None, timeout=60_000
    )
    return window.imports.last_report


def test_import_menu_imports_a_wxr_file_and_shows_the_report(make_window, qtbot, monkeypatch):
    window = make_window()
    window.finish_building()
    imports = window.file_menu.findChild(QMenu, "menuImport")
    assert window.imports.action_wxr in imports.actions()
    assert window.imports.action_folder in imports.actions()
    exports = window.file_menu.findChild(QMenu, "menuExport")
    assert window.imports.action_export_folder in exports.actions()
    before = window.articles.count()
    window.imports.import_wxr(str(KOMINFO_SAMPLE), fetch_image=kominfo_web())
    report = _done(qtbot, window)
    assert report.objectName() == "importReportDialog"
    assert "4 added, 0 updated, 0 unchanged, 3 skipped." in report.summary.text()
    details = report.details_text()
    assert "Bupati Resmikan Jembatan Desa Sukamaju" in details
    assert "not a post (menu items)" in details
    assert "vaksin.jpg" in details
    assert "could not be fetched" in details
    assert window.articles.count() == before + 4
    report.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("The file holds: posts: 4")
    assert "Pictures kept as links (" in copied
    report.close()


def test_cancel_stops_the_import_and_a_bad_file_says_why(make_window, qtbot, tmp_path, monkeypatch):
    window = make_window()
    window.finish_building()
    window.imports.cancel_requested.set()  # as if Cancel were pressed before the first post
    monkeypatch.setattr(window.imports.cancel_requested, "clear", lambda: None)
    window.imports.import_wxr(str(KOMINFO_SAMPLE), fetch_image=None)
    report = _done(qtbot, window)
    assert "cancelled" in report.summary.text()
    report.close()
    window.imports.last_report = None
    bad = tmp_path / "bukan.xml"
    bad.write_text("<html><body>bukan WordPress</body></html>")
    window.imports.import_wxr(str(bad), fetch_image=None)
    message = _done(qtbot, window)
    assert "is not a WordPress export file" in message.text()
    message.close()


def test_export_then_import_folder_through_the_menu(make_window, qtbot, tmp_path, monkeypatch):
    window = make_window()
    window.finish_building()
    window.imports.import_wxr(str(KOMINFO_SAMPLE), fetch_image=kominfo_web())
    _done(qtbot, window).close()
    window.imports.last_report = None
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(tmp_path / "out"))
    window.imports.action_export_folder.trigger()
    message = _done(qtbot, window)
    assert "written to" in message.text()
    assert (tmp_path / "out/content/posts/bupati-resmikan-jembatan-desa-sukamaju/index.md").is_file()
    message.close()
    window.imports.last_report = None
    window.imports.action_folder.trigger()
    report = _done(qtbot, window)
    assert "0 added, 0 updated, 0 unchanged, 4 skipped." in report.summary.text()  # its own articles
    assert "exported from here" in report.details_text()
    report.close()


def test_the_pages_question_is_asked_when_the_file_holds_pages(make_window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui.imports.controller import count_pages
    from tests.imports.helpers import THEME_TEST_DATA

    assert count_pages(str(THEME_TEST_DATA)) == 21
    assert count_pages(str(KOMINFO_SAMPLE)) == 1
    window = make_window()
    window.finish_building()
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(KOMINFO_SAMPLE), ""))
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *args, **kwargs: asked.append(args[2]) or QMessageBox.StandardButton.Yes,
    )
    monkeypatch.setattr("desktop_app.core.imports.fetch.web_fetcher", lambda: None)
    window.imports.action_wxr.trigger()
    report = _done(qtbot, window)
    assert "1 page(s)" in asked[0]
    assert "5 added" in report.summary.text()  # the four posts and the page
    report.close()
