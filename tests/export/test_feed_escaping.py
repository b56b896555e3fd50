"""Hostile text in the feeds: RSS readers take ``<description>`` as HTML, so the summary, the
title (when there is no summary) and the site's description must arrive there as escaped HTML
(text), never as live tags; the Atom feed's text stays the text. The pages' ``<title>``,
``<meta>`` and JSON-LD keep it inert as well."""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import feedparser

from desktop_app.core.articles import ArticleService
from desktop_app.core.export import export_site
from desktop_app.core.models import ArticleChanges
from desktop_app.core.site_settings import SiteSettings, save_site_settings
from tests.core.export_helpers import publish_snapshot, site_admin

VECTORS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">klik</a>',
    "<svg onload=alert(1)>",
    '<iframe src="javascript:alert(1)"></iframe>',
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    "]]><script>alert(1)</script>",
    "<![CDATA[<script>alert(1)</script>]]>",
    "<body onload=alert(1)>",
    "<details open ontoggle=alert(1)>",
    '<object data="javascript:alert(1)"></object>',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;img src=x onerror=alert(1)&#62;",
    "Dinas A & B <b>tebal</b>",
]
SITE_DESCRIPTION = "Berita resmi " + " ".join(VECTORS[:6])


class _Tags(HTMLParser):
    """The start tags an HTML parser (a browser, a feed reader) finds in a text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append((tag, attrs))

    def handle_startendtag(self, tag, attrs) -> None:
        self.tags.append((tag, attrs))


def _parse(fragment: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    parser = _Tags()
    parser.feed(fragment)
    parser.close()
    return parser.tags


def live_tags(fragment: str) -> list[str]:
    return [tag for tag, _ in _parse(fragment)]


def _hostile_site(database, tmp_path):
    save_site_settings(
        database,
        SiteSettings(title="Diskominfo", description=SITE_DESCRIPTION, base_url="https://x.go.id"),
        actor=site_admin(),
    )
    service = ArticleService(database)
    expected = {}  # title -> the text a reader must show in <description>
    for n, vector in enumerate(VECTORS):
        title = f"Berita {n} {vector}"
        summary = vector if n % 3 else ""  # no summary: the title is the description
        article = service.create(ArticleChanges(title=f"Berita {n}", body="Isi."))
        publish_snapshot(article.id, title=title, summary=summary, slug=f"berita-{n}")
        expected[title] = summary or title
    out = tmp_path / "site"
    export_site(database, out, workers=0)
    return out, expected


def test_rss_descriptions_hold_escaped_html_not_live_tags(database, tmp_path):
    out, expected = _hostile_site(database, tmp_path)
    data = (out / "rss.xml").read_bytes()

    # What an XML parser gives a reader: the HTML of the description, decoded once.
    channel = ET.fromstring(data).find("channel")
    assert channel is not None
    descriptions = {item.findtext("title"): item.findtext("description") for item in channel.iter("item")}
    assert set(descriptions) == set(expected)
    for title, description in descriptions.items():
        assert live_tags(description) == [], (title, description)
        assert html.unescape(description) == expected[title]  # the words a reader shows
    channel_description = channel.findtext("description")
    assert live_tags(channel_description) == []
    assert html.unescape(channel_description) == SITE_DESCRIPTION

    # The same through a real feed reader's parser (its own sanitizer off: nothing to remove).
    feed = feedparser.parse(data, sanitize_html=False)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert len(feed.entries) == len(VECTORS)
    for entry in feed.entries:
        assert live_tags(entry.summary) == [], entry.summary
    assert live_tags(feed.feed.subtitle) == []
    assert "alert(1)" in feed.feed.subtitle


def test_atom_keeps_the_text_as_text(database, tmp_path):
    out, expected = _hostile_site(database, tmp_path)
    data = (out / "atom.xml").read_bytes()
    feed = feedparser.parse(data, sanitize_html=False)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.feed.subtitle == SITE_DESCRIPTION
    assert {e.title for e in feed.entries} == set(expected)
    atom = "{http://www.w3.org/2005/Atom}"
    entries = ET.fromstring(data).findall(atom + "entry")
    summaries = {e.findtext(atom + "title"): e.find(atom + "summary") for e in entries}
    assert set(summaries) == set(expected)
    for title, summary in summaries.items():
        if summary is None:  # no summary
            assert expected[title] == title
        else:
            assert summary.get("type") == "text"
            assert summary.text == expected[title]  # plain text: shown as it is, never parsed


def test_pages_keep_hostile_titles_and_descriptions_inert(database, tmp_path):
    """<title>, <meta> and JSON-LD of every page, and the sitemap: no vector becomes a tag or
    an attribute."""
    out, _ = _hostile_site(database, tmp_path)
    pages = sorted(out.rglob("*.html"))
    assert len(pages) > len(VECTORS)
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for script in re.findall(r'<script type="application/ld\+json">(.*?)</script>', text, re.S):
            json.loads(script)  # valid JSON that did not break out of its element
            assert "<" not in script
        for tag, attrs in _parse(text):
            assert tag not in {"img", "svg", "iframe", "object", "b"}, (page, tag)
            # the theme's own folded menu is the one <details> a page has
            assert tag != "details" or attrs == [("class", "nav-menu")], (page, attrs)
            assert (
                tag != "script"
                or attrs == [("type", "application/ld+json")]
                or (page.name == "cari.html" and attrs in ([("src", "cari-indeks.js")], [("src", "cari.js")]))
                or (page.parent.name == "berita" and attrs == [("src", "../bagikan.js"), ("defer", None)])
            ), (page, attrs)
            assert tag != "meta" or ("http-equiv", "refresh") not in attrs, page
            for name, value in attrs:
                assert not name.startswith("on"), (page, tag, name)
                assert not (value or "").lower().startswith("javascript:"), (page, tag, name)
        assert text.count("<body") == 1, page
    index = (out / "cari-indeks.js").read_text(encoding="utf-8")  # the search's titles: data only
    assert "<" not in index
    assert ">" not in index
    sitemap = ET.fromstring((out / "sitemap.xml").read_bytes())
    locs = [loc.text or "" for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert locs
    assert all(loc.startswith("https://x.go.id/") and "<" not in loc for loc in locs)


def test_an_article_nested_too_deep_for_markdown2_is_exported(database, tmp_path):
    # About 200 nested quotes exhaust Python's stack inside markdown2: the article's page
    # shows its text as plain paragraphs, and the rest of the site is exported as usual.
    service = ArticleService(database)
    deep = service.create(ArticleChanges(title="Kutipan", body="x"))
    publish_snapshot(deep.id, title="Kutipan dalam", body="> " * 400 + "isi <b>tebal</b>", slug="kutipan")
    other = service.create(ArticleChanges(title="Biasa", body="x"))
    publish_snapshot(other.id, title="Berita biasa", body="**Tebal** saja.", slug="biasa")
    out = tmp_path / "site"
    export_site(database, out, workers=0)
    page = next(out.glob("berita/kutipan*")).read_text(encoding="utf-8")
    assert "&gt; &gt; &gt;" in page
    assert "isi &lt;b&gt;tebal&lt;/b&gt;" in page
    assert "<strong>Tebal</strong>" in next(out.glob("berita/biasa*")).read_text(encoding="utf-8")
