"""Export dialog, website settings dialog and the single-article actions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from desktop_app.core.export import ExportCancelled
from desktop_app.core.export.service import SiteExportService
from tests.core.export_helpers import site_admin


def _export(qtbot, dialog, folder, base_url: str) -> None:
    """Fill in the export dialog, export, and wait for the result."""
    dialog.folder_edit.setText(str(folder))
    dialog.base_url_edit.setText(base_url)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=30_000)


@pytest.fixture
def service(sqlite_database):
    from desktop_app.core.demo import fill_demo

    fill_demo(sqlite_database)
    return SiteExportService(sqlite_database)


def test_export_dialog_exports_and_offers_the_browser(qtbot, service, tmp_path, monkeypatch):
    from desktop_app.ui.export_dialog import ExportDialog

    opened = []
    monkeypatch.setattr(
        "desktop_app.ui.export_dialog.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile())
    )
    dialog = ExportDialog(service)
    qtbot.addWidget(dialog)
    _export(qtbot, dialog, tmp_path / "situs", "https://kominfo.example.go.id")
    assert (tmp_path / "situs" / "index.html").exists()
    assert dialog.open_button.isEnabled()
    assert dialog.progress.value() == dialog.progress.maximum()
    dialog.open_button.click()
    assert opened == [str(tmp_path / "situs" / "index.html")]


def test_export_dialog_notes_what_a_missing_base_url_leaves_out(qtbot, service, tmp_path):
    from desktop_app.ui.export_dialog import ExportDialog

    dialog = ExportDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    note = dialog.findChild(type(dialog.status_label), "exportNote")
    assert note is not None
    assert not note.isVisible()
    _export(qtbot, dialog, tmp_path / "situs", "")
    assert not dialog.result.sitemap
    assert not dialog.result.feeds
    assert note.isVisible()
    assert "base URL" in note.text()
    assert "sitemap" in note.text()
    assert "feed" in note.text()
    assert not (tmp_path / "situs" / "rss.xml").exists()

    dialog.result = None  # the same folder again, now with a base URL: the note goes
    dialog.base_url_edit.setText("https://kominfo.example.go.id")
    dialog.export_button.click()
    assert not note.isVisible()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=30_000)
    assert dialog.result.sitemap
    assert dialog.result.feeds
    assert not note.isVisible()
    assert (tmp_path / "situs" / "rss.xml").exists()


def test_export_dialog_note_is_indonesian(qtbot, service, tmp_path, qapp):
    from desktop_app import i18n
    from desktop_app.ui.export_dialog import ExportDialog

    i18n.install_translators(qapp, "id")
    dialog = ExportDialog(service)
    qtbot.addWidget(dialog)
    _export(qtbot, dialog, tmp_path / "situs", "")
    note = dialog.findChild(type(dialog.status_label), "exportNote")
    assert "URL dasar" in note.text()
    assert "peta situs" in note.text()


def test_export_dialog_refuses_a_bad_base_url(qtbot, service, tmp_path):
    from desktop_app.ui.export_dialog import ExportDialog

    dialog = ExportDialog(service)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path / "situs"))
    dialog.base_url_edit.setText("javascript:alert(1)")
    dialog.export_button.click()
    assert "http" in dialog.status_label.text()
    assert not (tmp_path / "situs").exists()


class _SlowService:
    """Exports until it is cancelled."""

    def settings(self):
        from desktop_app.core.site_settings import SiteSettings

        return SiteSettings()

    def export(self, out, *, base_url=None, full=False, progress=None, cancelled=None):
        import time

        for n in range(10_000):
            progress(n, 10_000, "x")
            if cancelled():
                raise ExportCancelled
            time.sleep(0.01)
        raise AssertionError("not cancelled")


def test_export_dialog_cancel(qtbot, tmp_path):
    from desktop_app.ui.export_dialog import ExportDialog

    dialog = ExportDialog(_SlowService())
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path / "situs"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=10_000)
    assert not dialog.export_button.isEnabled()
    dialog.close_button.click()  # "Cancel" while running
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=10_000)
    assert dialog.result is None
    assert "Cancelled" in dialog.status_label.text()


def test_site_settings_dialog_validates_and_saves(qtbot, service):
    from desktop_app.ui.site_settings_dialog import SiteSettingsDialog

    dialog = SiteSettingsDialog(service, session=site_admin())
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Diskominfo Kabupaten Solok")
    dialog.base_url_edit.setText("ftp://kominfo")
    dialog.save()
    assert "http" in dialog.error_label.text()
    assert service.settings().title == "Dinas Kominfo"
    dialog.base_url_edit.setText("https://kominfo.solokkab.go.id")
    dialog.save()
    assert service.settings().title == "Diskominfo Kabupaten Solok"
    assert service.settings().base_url == "https://kominfo.solokkab.go.id/"


def test_copy_and_save_article_html(qtbot, service, tmp_path, monkeypatch):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QWidget

    from db.models import Article
    from desktop_app.ui.export_controller import ExportController

    window = QWidget()
    qtbot.addWidget(window)
    article_id = Article.get(Article.title == "E-Government : Konsep Dan Implementasi").id
    current = {"id": None}
    controller = ExportController(lambda: service, window, lambda: current["id"], lambda: "e-gov")
    controller.update_actions()
    assert not controller.action_copy_html.isEnabled()
    current["id"] = article_id
    controller.update_actions()
    assert controller.action_copy_html.isEnabled()
    controller.action_copy_html.trigger()
    html = QGuiApplication.clipboard().mimeData().html()
    assert "<h1>E-Government : Konsep Dan Implementasi</h1>" in html
    target = tmp_path / "e-gov.html"
    monkeypatch.setattr(
        "desktop_app.ui.export_controller.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    controller.action_save_html.trigger()
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="id">' in page
    assert "<style>" in page


@pytest.mark.parametrize(
    ("slug", "suggested"), [("e-gov", "e-gov.html"), ("con", "con-1.html"), ("", "berita.html")]
)
def test_save_article_as_html_suggests_a_name_valid_everywhere(
    qtbot, service, tmp_path, monkeypatch, slug, suggested
):
    from PySide6.QtWidgets import QWidget

    from db.models import Article
    from desktop_app.ui.export_controller import ExportController

    window = QWidget()
    qtbot.addWidget(window)
    article_id = Article.select().first().id
    controller = ExportController(lambda: service, window, lambda: article_id, lambda: slug)
    offered = []
    monkeypatch.setattr(
        "desktop_app.ui.export_controller.QFileDialog.getSaveFileName",
        lambda _parent, _title, path, _filter: offered.append(path) or ("", ""),
    )
    assert controller.save_html() is None
    assert [Path(p).name for p in offered] == [suggested]


def test_save_article_as_html_with_a_broken_theme_says_why(qtbot, service, tmp_path, monkeypatch, request):
    from dataclasses import replace

    from PySide6.QtWidgets import QWidget

    from db.models import Article
    from desktop_app.ui.export_controller import ExportController

    theme = tmp_path / "theme"
    theme.mkdir()
    (theme / "standalone.html").write_text("<p>{{ no_such_thing.title }}</p>", encoding="utf-8")
    service.save_settings(replace(service.settings(), theme=str(theme)), actor=site_admin())
    window = QWidget()
    qtbot.addWidget(window)
    article_id = Article.select().first().id
    controller = ExportController(lambda: service, window, lambda: article_id, lambda: "x")
    target = tmp_path / "x.html"
    monkeypatch.setattr(
        "desktop_app.ui.export_controller.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    assert controller.save_html() is None
    assert not target.exists()
    [(kind, text)] = request.node.message_boxes
    assert kind == "warning"
    assert text.startswith(
        "The website theme has an error: standalone.html, line 1: 'no_such_thing' is undefined."
    )


def test_main_window_has_the_export_actions(qtbot, sqlite_database, tmp_path):
    from PySide6.QtGui import QAction

    from desktop_app.app import build_main_window
    from desktop_app.core.demo import fill_demo
    from desktop_app.workers import wait_for_workers

    fill_demo(sqlite_database)
    target = sqlite_database.database
    sqlite_database.close()
    window = build_main_window(target, tmp_path / "config", "en")
    qtbot.addWidget(window)
    try:
        names = {a.objectName() for a in window.findChildren(QAction)}
        assert {"actionExportWebsite", "actionSiteSettings", "actionCopyHtml", "actionSaveHtml"} <= names
        assert window.export.action_export in window.file_menu.actions()
        assert window.export.action_copy_html in window.article_menu.actions()
    finally:
        wait_for_workers()
        window.close()
        window.services.database.close()


@pytest.mark.parametrize("role", ["writer", "editor", None])
def test_site_settings_dialog_is_read_only_but_for_an_admin(qtbot, service, tmp_path, role):
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop_app.ui.site_settings_dialog import SiteSettingsDialog
    from tests.people_helpers import add_person, as_person

    session = as_person(add_person(service.db, "Rina", role)) if role else None
    dialog = SiteSettingsDialog(service, session=session)
    qtbot.addWidget(dialog)
    for edit in (dialog.title_edit, dialog.base_url_edit, dialog.logo_edit, dialog.theme_edit):
        assert edit.isReadOnly()
    assert dialog.description_edit.isReadOnly()
    assert not dialog.language_combo.isEnabled()
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Save) is None
    assert buttons.button(QDialogButtonBox.StandardButton.Close) is not None
    assert "Only an admin" in dialog.findChild(QLabel, "siteSettingsNote").text()
    # Even fields filled in behind the dialog's back: the core refuses, nothing is stored.
    dialog.title_edit.setText("Judul Baru")
    dialog.theme_edit.setText(str(tmp_path))
    dialog.save()
    assert "admin" in dialog.error_label.text()
    assert service.settings().theme == ""
    assert service.settings().title == "Dinas Kominfo"


def test_site_settings_dialog_an_admin_chooses_the_theme(qtbot, service, tmp_path):
    from desktop_app.ui.site_settings_dialog import SiteSettingsDialog

    dialog = SiteSettingsDialog(service, session=site_admin())
    qtbot.addWidget(dialog)
    assert not dialog.theme_edit.isReadOnly()
    assert "Only an admin" not in dialog.findChild(QLabel, "siteSettingsNote").text()
    dialog.theme_edit.setText(str(tmp_path))
    dialog.save()
    assert dialog.error_label.text() == ""
    assert service.settings().theme == str(tmp_path)


def test_export_dialog_warns_of_manifest_paths_outside_the_folder(qtbot, service, tmp_path):
    import json

    from desktop_app.core.export.writer import MANIFEST_NAME
    from desktop_app.ui.export_dialog import ExportDialog

    site = tmp_path / "situs"
    service.export(site, base_url="https://kominfo.example.go.id")
    manifest = json.loads((site / MANIFEST_NAME).read_text(encoding="utf-8"))
    manifest["files"]["../../luar/catatan.txt"] = {"sha256": "0" * 64, "key": ""}
    (site / MANIFEST_NAME).write_text(json.dumps(manifest), encoding="utf-8")
    dialog = ExportDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    _export(qtbot, dialog, site, "https://kominfo.example.go.id")
    note = dialog.findChild(type(dialog.status_label), "exportNote")
    assert dialog.result.ignored == ["../../luar/catatan.txt"]
    assert note.isVisible()
    assert "outside the website folder" in note.text()
    assert "../../luar/catatan.txt" in note.text()
