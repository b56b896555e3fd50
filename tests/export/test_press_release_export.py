"""A published press release on the website: its number above the title, the official and the
contact at the foot (tel: and mailto: links), in the feeds (a category and the content), in
JSON-LD, in the single-article copies and on the approval sheet; news articles unchanged."""

from __future__ import annotations

import datetime as _dt
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

from desktop_app.core.approval_sheet import build_sheet
from desktop_app.core.articles import ArticleService
from desktop_app.core.export import export_site
from desktop_app.core.export.single import article_fragment, article_standalone
from desktop_app.core.models import ArticleChanges, ArticleKind
from desktop_app.core.site_settings import SiteSettings, save_site_settings
from desktop_app.core.workflow import Action, WorkflowService
from tests.people_helpers import admin_of

NOW = _dt.datetime(2026, 12, 5, 3, 0)
NUMBER = "001/SP/Diskominfo/XII/2026"


def _published_release(database, language: str = "id"):
    admin = admin_of(database)
    save_site_settings(
        database,
        SiteSettings(title="Dinas Kominfo", base_url="https://kominfo.contoh.go.id/", language=language),
        actor=admin,
    )
    articles = ArticleService(database)
    release = articles.create(
        ArticleChanges(
            title="Rapat Koordinasi SPBE",
            summary="Rapat koordinasi SPBE digelar.",
            body="Isi siaran pers.",
            kind=ArticleKind.PRESS_RELEASE,
            official_name="Teta Midra",
            official_title="Plt. Kepala Dinas Komunikasi dan Informatika",
            contact_name="Redaktur Demo",
            contact_title="Pranata Humas",
            contact_phone="(0755) 123456",
            contact_email="humas@contoh.go.id",
        )
    )
    news = articles.create(ArticleChanges(title="Berita Biasa", body="Isi berita.", summary="Ringkas."))
    workflow = WorkflowService(database)
    for article_id in (release.id, news.id):
        for action in (Action.SUBMIT, Action.APPROVE, Action.PUBLISH):
            workflow.perform(article_id, action, admin, now=NOW)
    return articles.get(release.id), articles.get(news.id)


class _Checker(HTMLParser):
    """Collects the links and checks that every opened element is closed in order."""

    VOID = {"meta", "link", "img", "br", "hr", "input", "source"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs).get("href", ""))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack, tag
        assert self.stack[-1] == tag, (tag, self.stack[-3:])
        self.stack.pop()


def test_the_page_shows_the_number_above_the_title_and_the_contacts_at_the_foot(database, tmp_path):
    release, news = _published_release(database)
    assert release.release_number == NUMBER
    out = tmp_path / "site"
    export_site(database, out, now=NOW + _dt.timedelta(hours=1))
    page = (out / f"berita/{release.slug}.html").read_text(encoding="utf-8")
    number_at, title_at = page.index('class="release-number"'), page.index('class="article-title"')
    assert number_at < title_at
    assert f'<span class="release-label">Siaran Pers</span> Nomor: {NUMBER}</p>' in page
    foot = page[page.index('class="release-contacts"') :]
    assert (
        "<dt>Penanggung jawab</dt>\n<dd>Teta Midra, Plt. Kepala Dinas Komunikasi dan Informatika</dd>" in foot
    )
    assert "<dt>Narahubung</dt>" in foot
    assert "Redaktur Demo, Pranata Humas" in foot
    checker = _Checker()
    checker.feed(page)
    assert not checker.stack
    assert "tel:0755123456" in checker.links
    assert "mailto:humas@contoh.go.id" in checker.links
    ld = json.loads(re.search(r'<script type="application/ld\+json">\n(.*?)\n</script>', page, re.S).group(1))
    assert ld["identifier"] == NUMBER
    plain = (out / f"berita/{news.slug}.html").read_text(encoding="utf-8")
    assert "release-number" not in plain
    assert "release-contacts" not in plain


def test_the_feeds_carry_the_number_as_a_category_and_in_the_content(database, tmp_path):
    release, news = _published_release(database)
    out = tmp_path / "site"
    export_site(database, out, now=NOW + _dt.timedelta(hours=1))
    ns = {"a": "http://www.w3.org/2005/Atom"}
    atom = ET.parse(out / "atom.xml").getroot()
    entries = {e.findtext("a:title", namespaces=ns): e for e in atom.findall("a:entry", ns)}
    entry = entries[release.title]
    labels = [c.get("label") for c in entry.findall("a:category", ns)]
    assert f"Siaran Pers {NUMBER}" in labels
    content = entry.findtext("a:content", namespaces=ns)
    assert content.startswith(f'<p class="release-number"><strong>Siaran Pers</strong> Nomor: {NUMBER}</p>')
    assert 'href="mailto:humas@contoh.go.id"' in content
    assert not entries[news.title].findall("a:category[@label]", ns)
    rss = ET.parse(out / "rss.xml").getroot()
    item = next(i for i in rss.iter("item") if i.findtext("title") == release.title)
    assert f"Siaran Pers {NUMBER}" in [c.text for c in item.findall("category")]


def test_english_site_words(database, tmp_path):
    release, _ = _published_release(database, language="en")
    out = tmp_path / "site"
    export_site(database, out, now=NOW + _dt.timedelta(hours=1))
    page = (out / f"berita/{release.slug}.html").read_text(encoding="utf-8")
    assert f'<span class="release-label">Press release</span> No. {NUMBER}</p>' in page
    assert "<dt>Responsible official</dt>" in page
    assert "<dt>Contact</dt>" in page


def test_single_article_copies_and_the_approval_sheet_show_the_number(database):
    release, news = _published_release(database)
    standalone = article_standalone(database, release.id)
    assert f"Nomor: {NUMBER}" in standalone
    assert 'href="tel:0755123456"' in standalone
    fragment = article_fragment(database, release.id)
    assert f"Nomor: {NUMBER}" in fragment
    assert "humas@contoh.go.id" in fragment
    assert "Nomor:" not in article_fragment(database, news.id)
    sheet = build_sheet(database, release.id)
    assert sheet.release is not None
    assert (sheet.release.number, sheet.release.official, sheet.release.email) == (
        NUMBER,
        "Teta Midra, Plt. Kepala Dinas Komunikasi dan Informatika",
        "humas@contoh.go.id",
    )
    assert build_sheet(database, news.id).release is None
