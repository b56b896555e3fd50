"""The lead story ("Berita Utama"): an editor pins one live article at a time (audited), the
front page shows it first and large; the WhatsApp message of an article."""

from __future__ import annotations

import pytest

from db.models import Article, StatusChange
from desktop_app.core import lead_story
from desktop_app.core.errors import PermissionDenied, ValidationError
from desktop_app.core.export import export_site
from desktop_app.core.site_settings import load_site_settings, save_site_settings
from tests.core.export_helpers import publish_snapshot, site_admin, without_base_url
from tests.people_helpers import add_person, as_person

OLDEST = "Rapat Staf Perdana, Teta Midra : Mari Saling Bekerjasama dan Menjadi Tim yang Solid"
NEWEST = "E-Government : Konsep Dan Implementasi"


def _id(title: str) -> int:
    return Article.get(Article.title == title).id


def _front_titles(out) -> list[str]:
    import re

    html = (out / "index.html").read_text(encoding="utf-8")
    return re.findall(r'<h2 class="card-title"><a href="[^"]+">([^<]+)</a>', html)


def test_an_editor_pins_one_lead_story_at_a_time_with_audit_records(demo_database):
    editor = as_person(add_person(demo_database, "Rina", "editor"))
    lead_story.pin(demo_database, _id(OLDEST), editor)
    assert lead_story.lead_story(demo_database).article_id == _id(OLDEST)
    lead_story.pin(demo_database, _id(NEWEST), editor)
    assert lead_story.lead_story(demo_database).article_id == _id(NEWEST)
    records = [
        (r.article_id, r.action, r.actor_id)
        for r in StatusChange.select().where(StatusChange.action.in_(["pin_lead", "unpin_lead"]))
    ]
    person = editor.person_id
    assert records == [
        (_id(OLDEST), "pin_lead", person),
        (_id(OLDEST), "unpin_lead", person),
        (_id(NEWEST), "pin_lead", person),
    ]
    assert all(r.signature for r in StatusChange.select().where(StatusChange.action == "pin_lead"))
    lead_story.unpin(demo_database, editor)
    assert lead_story.lead_story(demo_database) is None
    from desktop_app.core.audit import verify_trail

    assert verify_trail().ok  # (`redaksi verify`: the pin records are signed links of the chain)


def test_a_writer_may_not_pin_and_only_a_live_article_is_pinned(demo_database):
    writer = as_person(add_person(demo_database, "Budi", "writer"))
    with pytest.raises(PermissionDenied):
        lead_story.pin(demo_database, _id(OLDEST), writer)
    draft = _id("Rapat Koordinasi Kepatuhan Terhadap Standar Pelayanan Publik")
    with pytest.raises(ValidationError) as refused:
        lead_story.pin(demo_database, draft, site_admin())
    assert refused.value.code == "not_live"
    assert lead_story.lead_story(demo_database) is None


def test_the_front_page_shows_the_lead_story_first(demo_database, tmp_path):
    out = tmp_path / "site"
    export_site(demo_database, out)
    assert _front_titles(out)[0] == NEWEST
    lead_story.pin(demo_database, _id(OLDEST), site_admin())
    result = export_site(demo_database, out)
    titles = _front_titles(out)
    assert titles[0] == OLDEST
    assert titles[1] == NEWEST  # the others newest first, as before
    html = (out / "index.html").read_text(encoding="utf-8")
    assert '<article class="card card-lead">' in html  # (the demo draws it a picture)
    assert '<p class="card-lead-badge">Berita Utama</p>' in html
    assert "index.html" in result.written
    assert not [p for p in result.written if p.startswith("berita/")]  # only the front page changed
    category = (out / "kategori" / "berita.html").read_text(encoding="utf-8")
    assert "card-lead" not in category


def test_the_whatsapp_message(demo_database):
    article = _id(NEWEST)
    without_base_url(demo_database)
    with pytest.raises(ValidationError) as no_base:
        lead_story.whatsapp_message(demo_database, article)
    assert no_base.value.code == "no_base_url"
    settings = load_site_settings(demo_database)
    from dataclasses import replace

    save_site_settings(
        demo_database, replace(settings, base_url="https://kominfo.contoh.go.id"), actor=site_admin()
    )
    publish_snapshot(article, title="E-Government: *Konsep* dan Implementasi")
    message = lead_story.whatsapp_message(demo_database, article)
    lines = message.split("\n")
    assert lines[0] == "*E-Government: Konsep dan Implementasi*"
    assert lines[1].startswith("Selintas ketika kita mendengar e-government")
    assert lines[1].endswith("…")
    assert len(lines[1]) <= lead_story.LEAD_CHARACTERS + 1
    assert lines[2:] == ["", "https://kominfo.contoh.go.id/berita/e-government-konsep-dan-implementasi.html"]
    with pytest.raises(ValidationError):
        lead_story.whatsapp_message(
            demo_database, _id("Rapat Koordinasi Kepatuhan Terhadap Standar Pelayanan Publik")
        )
