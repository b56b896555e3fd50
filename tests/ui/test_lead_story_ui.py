"""Article ▸ Lead Story (Berita Utama) pins and unpins the open article; Article ▸ Share to
WhatsApp copies the ready message, or says why it cannot."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from db.models import Article
from desktop_app.core import lead_story
from desktop_app.core.site_settings import load_site_settings, save_site_settings
from tests.core.export_helpers import site_admin, without_base_url

NEWEST = "E-Government : Konsep Dan Implementasi"


def test_the_article_menu_pins_the_lead_story_and_copies_the_whatsapp_message(
    make_window, demo_target, monkeypatch
):
    window = make_window()
    database = window.services.database
    article_id = Article.get(Article.title == NEWEST).id
    window.open_article(article_id)
    controller = window.lead_story
    assert controller.action_pin in window.article_menu.actions()
    controller.update_actions()
    assert controller.action_pin.isEnabled()
    assert not controller.action_pin.isChecked()
    controller.action_pin.trigger()
    assert lead_story.lead_story(database).article_id == article_id
    assert controller.action_pin.isChecked()
    assert "lead story" in window.statusBar().currentMessage()

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    without_base_url(database)
    controller.action_whatsapp.trigger()
    assert "no base URL" in warnings[0]
    save_site_settings(
        database,
        replace(load_site_settings(database), base_url="https://kominfo.contoh.go.id"),
        actor=site_admin(),
    )
    controller.action_whatsapp.trigger()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("*E-Government : Konsep Dan Implementasi*\n")
    assert copied.endswith("\nhttps://kominfo.contoh.go.id/berita/e-government-konsep-dan-implementasi.html")

    controller.action_pin.trigger()  # (checked: unpins)
    assert lead_story.lead_story(database) is None
    assert not controller.action_pin.isChecked()

    history = window.workflow.history
    history.refresh()
    trail = [history.audit_list.topLevelItem(i).text(0) for i in range(2)]  # newest first
    assert [row.split("  ")[0] for row in trail] == ["Unpin the lead story", "Pin as lead story"]


def test_a_draft_cannot_be_the_lead_story(make_window, demo_target, monkeypatch):
    window = make_window()
    window.open_article(Article.get(Article.title.startswith("Rapat Koordinasi Kepatuhan")).id)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    window.lead_story.action_pin.trigger()
    assert "Only an article that is on the website" in warnings[0]
    assert lead_story.lead_story(window.services.database) is None
