"""Website Settings ▸ Upload and File ▸ Upload Site… against the SFTP server on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.export import export_site
from tests.upload.conftest import PASSWORD
from tests.upload.helpers import served_tree, site_tree


def _redaksi_config() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("Redaksi", appauthor=False))


@pytest.fixture
def export_service(demo_database):
    from desktop_app.core.export.service import SiteExportService

    return SiteExportService(demo_database)


def test_the_upload_page_tests_the_connection_and_saves(
    qtbot, export_service, demo_admin, server, upload_settings, request
):
    from desktop_app.ui.site_settings_dialog import SiteSettingsDialog

    dialog = SiteSettingsDialog(export_service, session=demo_admin)
    qtbot.addWidget(dialog)
    page = dialog.upload_page
    assert dialog.tabs.indexOf(page) >= 0
    page.host_edit.setText("127.0.0.1")
    page.port_spin.setValue(server.port)
    page.user_edit.setText(upload_settings.user)
    page.password_edit.setText(PASSWORD)
    page.remote_edit.setText("public_html")
    page.site_edit.setText(upload_settings.site_folder)
    page.test_button.click()  # a new server: asked about (the test's answer: No)
    qtbot.waitUntil(lambda: "not trusted" in page.test_label.text())
    assert any("SHA256:" in text for _kind, text in request.node.message_boxes)
    config = _redaksi_config()
    config.mkdir(parents=True, exist_ok=True)
    (config / "known_hosts").write_text(server.host_key_line() + "\n", encoding="utf-8")
    page.test_button.click()
    qtbot.waitUntil(lambda: page.test_label.text().startswith("Connected"))
    page.port_spin.setValue(server.port)
    dialog.save()
    assert dialog.error_label.text() == ""
    from desktop_app.core.upload.service import UploadService

    uploads = UploadService(export_service.db)
    stored = uploads.settings()
    assert (stored.host, stored.port, stored.remote_folder) == ("127.0.0.1", server.port, "public_html")
    assert uploads.saved_password(stored) == PASSWORD  # (no keyring here: the private file)


def test_a_bad_port_keeps_the_dialog_open_on_the_upload_page(qtbot, export_service, demo_admin):
    from desktop_app.ui.site_settings_dialog import SiteSettingsDialog

    dialog = SiteSettingsDialog(export_service, session=demo_admin)
    qtbot.addWidget(dialog)
    dialog.upload_page.auth_combo.setCurrentIndex(dialog.upload_page.auth_combo.findData("key"))
    dialog.save()
    assert dialog.tabs.currentWidget() is dialog.upload_page
    assert "key file" in dialog.error_label.text()


def test_upload_site_exports_and_sends_with_progress(
    qtbot, demo_database, export_service, demo_admin, trusted, server, upload_settings
):
    from desktop_app.core.upload.service import UploadService
    from desktop_app.ui.upload.upload_dialog import UploadDialog

    uploads = UploadService(demo_database, trusted)
    uploads.save_settings(upload_settings, demo_admin)
    uploads.remember_password(upload_settings, PASSWORD)
    dialog = UploadDialog(uploads, export_service, "/tmp/none.db")
    qtbot.addWidget(dialog)
    assert upload_settings.site_folder in dialog.from_label.text()
    seen: list[str] = []
    dialog._relay.uploading.connect(lambda *args: seen.append(dialog.counts_label.text()))
    dialog.upload_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)
    site = Path(upload_settings.site_folder)
    assert served_tree(server.state.root / "public_html") == site_tree(site)
    assert "Uploaded:" in dialog.status_label.text()
    assert any(" of " in text and "files" in text for text in seen)
    assert dialog.close_button.text() == "Close"
    # nothing changed: the second upload says so
    dialog.outcome = None
    dialog.upload_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)
    assert "up to date" in dialog.status_label.text()


def test_check_changes_lists_without_sending(
    qtbot, demo_database, export_service, demo_admin, trusted, server, upload_settings
):
    from desktop_app.core.upload.service import UploadService
    from desktop_app.ui.upload.upload_dialog import UploadDialog

    export_site(demo_database, upload_settings.site_folder)
    uploads = UploadService(demo_database, trusted)
    uploads.save_settings(upload_settings, demo_admin)
    uploads.remember_password(upload_settings, PASSWORD)
    dialog = UploadDialog(uploads, export_service, "/tmp/none.db")
    qtbot.addWidget(dialog)
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)
    assert dialog.outcome.dry_run
    assert "would be sent" in dialog.status_label.text()
    assert not (server.state.root / "public_html" / "index.html").exists()


def test_file_menu_has_upload_site(make_window):
    window = make_window(show=False)
    names = [action.objectName() for action in window.file_menu.actions()]
    assert "actionUploadSite" in names
    assert names.index("actionUploadSite") == names.index("actionExportWebsite") + 1


def test_cancel_stops_the_upload_and_says_what_happens_next(
    qtbot, demo_database, export_service, demo_admin, trusted, server, upload_settings
):
    import json
    import threading

    from desktop_app.core.upload.service import UploadService
    from desktop_app.core.upload.sync import REMOTE_MANIFEST
    from desktop_app.ui.upload.upload_dialog import UploadDialog

    uploads = UploadService(demo_database, trusted)
    uploads.save_settings(upload_settings, demo_admin)
    uploads.remember_password(upload_settings, PASSWORD)
    clicked = threading.Event()
    real_upload = uploads.upload

    def upload(**options):
        report = options["progress"]

        def gated(files_done, *rest):
            report(files_done, *rest)
            if files_done >= 2:  # the worker waits here until Cancel was clicked
                clicked.wait(30)

        return real_upload(**{**options, "progress": gated})

    uploads.upload = upload
    dialog = UploadDialog(uploads, export_service, "/tmp/none.db")
    qtbot.addWidget(dialog)

    def click_cancel(files_done, *_rest):
        if files_done >= 2 and not clicked.is_set():
            assert dialog.close_button.text() == "Cancel"
            dialog.close_button.click()
            clicked.set()

    dialog._relay.uploading.connect(click_cancel)
    dialog.upload_button.click()
    qtbot.waitUntil(lambda: "cancelled" in dialog.status_label.text(), timeout=30_000)
    assert dialog.outcome is None
    assert dialog.close_button.text() == "Close"
    manifest = json.loads((server.state.root / "public_html" / REMOTE_MANIFEST).read_text(encoding="utf-8"))
    site = Path(upload_settings.site_folder)
    assert 2 <= len(manifest["files"]) < len(site_tree(site))


def test_keep_publishing_in_the_background_registers_the_database(
    qtbot, demo_database, export_service, trusted, monkeypatch
):
    from desktop_app.core.upload import scheduler
    from desktop_app.core.upload.service import UploadService
    from desktop_app.ui.upload.upload_dialog import UploadDialog

    calls = []
    monkeypatch.setattr(
        scheduler,
        "enable",
        lambda target: calls.append(("on", target)) or scheduler.Registration("systemd", done=True),
    )
    monkeypatch.setattr(
        scheduler, "disable", lambda: calls.append(("off",)) or scheduler.Registration("systemd", done=True)
    )
    dialog = UploadDialog(UploadService(demo_database, trusted), export_service, "/data/kantor.db")
    qtbot.addWidget(dialog)
    assert not dialog.background_check.isChecked()
    dialog.background_check.setChecked(True)
    assert calls == [("on", "/data/kantor.db")]
    assert "every 5 minutes" in dialog.background_note.text()
    dialog.background_check.setChecked(False)
    assert calls[-1] == ("off",)


def test_a_new_server_confirmed_in_the_dialog_is_trusted_and_the_upload_goes_on(
    qtbot, demo_database, export_service, demo_admin, config_dir, server, upload_settings, monkeypatch
):
    from desktop_app.core.upload.service import UploadService
    from desktop_app.ui.upload import upload_dialog
    from desktop_app.ui.upload.upload_dialog import UploadDialog

    asked = []
    monkeypatch.setattr(
        upload_dialog, "confirm_new_host", lambda parent, unknown: asked.append(unknown) or True
    )
    uploads = UploadService(demo_database, config_dir)  # (nothing trusted yet)
    uploads.save_settings(upload_settings, demo_admin)
    uploads.remember_password(upload_settings, PASSWORD)
    dialog = UploadDialog(uploads, export_service, "/tmp/none.db")
    qtbot.addWidget(dialog)
    dialog.upload_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)
    assert [unknown.fingerprint.startswith("SHA256:") for unknown in asked] == [True]
    assert f"[127.0.0.1]:{server.port}" in (config_dir / "known_hosts").read_text(encoding="utf-8")
    assert (server.state.root / "public_html" / "index.html").is_file()
