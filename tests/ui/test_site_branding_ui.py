"""Website Settings ▸ Branding: the fields save, a too-light colour is explained live and refused,
and anyone but an admin only reads them."""

from __future__ import annotations

import pytest

from desktop_app.core.export.service import SiteExportService
from tests.core.export_helpers import site_admin


@pytest.fixture
def service(sqlite_database):
    from desktop_app.core.demo import fill_demo

    fill_demo(sqlite_database)
    return SiteExportService(sqlite_database)


def test_the_branding_tab_saves_and_checks_the_colour(qtbot, service):
    from desktop_app.ui.site_settings_dialog import SiteSettingsDialog

    dialog = SiteSettingsDialog(service, session=site_admin())
    qtbot.addWidget(dialog)
    tab = dialog.branding
    assert dialog.tabs.tabText(1) == "Branding"
    assert tab.office_edit.text() == "Dinas Komunikasi dan Informatika"  # the demo's
    tab.regency_edit.setText("Kota Contoh")
    tab.colour_edit.setText("#ffcc00")
    assert "Too light" in tab.colour_note.text()
    assert "1.5:1" in tab.colour_note.text()
    dialog.save()
    assert "too light" in dialog.error_label.text()
    assert service.settings().regency_name == "Kabupaten Solok"  # nothing stored
    tab.colour_edit.setText("#0b6e3a")
    assert "readable" in tab.colour_note.text()
    tab.links["facebook_url"].setText("https://www.facebook.com/contoh")
    dialog.save()
    stored = service.settings()
    assert (stored.regency_name, stored.primary_colour) == ("Kota Contoh", "#0b6e3a")
    assert stored.facebook_url == "https://www.facebook.com/contoh"
    assert stored.email == "kominfo@contoh.go.id"  # kept as it was


def test_the_branding_tab_is_read_only_but_for_an_admin(qtbot, service):
    from desktop_app.ui.site_settings_dialog import SiteSettingsDialog

    dialog = SiteSettingsDialog(service, session=None)
    qtbot.addWidget(dialog)
    tab = dialog.branding
    assert tab.office_edit.isReadOnly()
    assert tab.address_edit.isReadOnly()
    assert all(edit.isReadOnly() for edit in tab.links.values())
    assert not tab.colour_button.isEnabled()
