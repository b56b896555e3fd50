"""sitemap.xml and the feeds give absolute URLs (the sitemap protocol and RSS 2.0 allow nothing
else, and a feed is read away from the site): none of them without a base URL."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from desktop_app.core.export import export_site
from tests.core.export_helpers import without_base_url

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
ATOM = "{http://www.w3.org/2005/Atom}"


def test_with_a_base_url_every_location_is_absolute(demo_database, tmp_path):
    out = tmp_path / "site"
    result = export_site(demo_database, out, base_url="https://kominfo.example.go.id")
    assert result.sitemap
    locations = [e.text for e in ET.parse(out / "sitemap.xml").getroot().iter(f"{NS}loc")]
    assert locations
    assert all(loc.startswith("https://kominfo.example.go.id/") for loc in locations)
    robots = (out / "robots.txt").read_text(encoding="utf-8")
    assert "Sitemap: https://kominfo.example.go.id/sitemap.xml" in robots
    assert 'href="sitemap.xml"' in (out / "index.html").read_text(encoding="utf-8")


def test_without_a_base_url_there_is_no_sitemap_and_no_link_to_one(demo_database, tmp_path):
    without_base_url(demo_database)
    out = tmp_path / "site"
    result = export_site(demo_database, out)
    assert not result.sitemap
    assert not (out / "sitemap.xml").exists()
    assert "Sitemap" not in (out / "robots.txt").read_text(encoding="utf-8")
    for page in out.rglob("*.html"):
        assert "sitemap.xml" not in page.read_text(encoding="utf-8"), page


def test_with_a_base_url_the_feeds_link_absolutely_and_pages_name_them(demo_database, tmp_path):
    out = tmp_path / "site"
    result = export_site(demo_database, out, base_url="https://kominfo.example.go.id")
    assert result.feeds
    channel = ET.parse(out / "rss.xml").getroot().find("channel")
    links = [channel.findtext("link")] + [item.findtext("link") for item in channel.iter("item")]
    assert len(links) > 1
    assert all(link.startswith("https://kominfo.example.go.id/") for link in links)
    atom = ET.parse(out / "atom.xml").getroot()
    hrefs = [link.get("href") for link in atom.iter(f"{ATOM}link")]
    assert all(href.startswith("https://kominfo.example.go.id/") for href in hrefs)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'rel="alternate" type="application/atom+xml"' in index
    assert 'rel="alternate" type="application/rss+xml"' in index


def test_without_a_base_url_there_are_no_feeds_and_no_links_to_them(demo_database, tmp_path):
    without_base_url(demo_database)
    out = tmp_path / "site"
    result = export_site(demo_database, out)
    assert not result.feeds
    assert not (out / "atom.xml").exists()
    assert not (out / "rss.xml").exists()
    for page in out.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "atom.xml" not in text, page
        assert "rss.xml" not in text, page
        assert 'rel="alternate"' not in text, page


def test_removing_the_base_url_removes_the_old_sitemap_and_feeds(demo_database, tmp_path):
    out = tmp_path / "site"
    export_site(demo_database, out, base_url="https://kominfo.example.go.id")
    result = export_site(demo_database, out, base_url="")
    assert {"sitemap.xml", "atom.xml", "rss.xml"} <= set(result.removed)
    for name in ("sitemap.xml", "atom.xml", "rss.xml"):
        assert not (out / name).exists(), name


def test_the_command_says_why_there_is_no_sitemap_and_no_feed(sqlite_database, tmp_path, capsys):
    from desktop_app.cli import main
    from desktop_app.core.demo import fill_demo

    fill_demo(sqlite_database)
    without_base_url(sqlite_database)
    target = sqlite_database.database
    assert main(["--lang", "en", "--db", target, "export", "--out", str(tmp_path / "a")]) == 0
    assert "no sitemap.xml and no Atom or RSS feed without a base URL" in capsys.readouterr().out
    assert (
        main(["--db", target, "export", "--out", str(tmp_path / "b"), "--base-url", "https://x.go.id"]) == 0
    )
    printed = capsys.readouterr().out
    assert "sitemap" not in printed
    assert "feed" not in printed


def test_the_sitemap_written_directly_is_what_its_template_renders(tmp_path):
    from desktop_app.core.export.pages import environment, sitemap

    urls = [
        ("https://kominfo.example.go.id/", ""),
        ("https://kominfo.example.go.id/berita/a.html?x=1&y=<2>", "2026-11-28"),
        ("https://kominfo.example.go.id/kategori/pemerintahan.html", "2026-01-05"),
        ('https://kominfo.example.go.id/tag/ékonomi-"kreatif".html', ""),
    ]
    env = environment()
    rendered = env.get_template("sitemap.xml").render(urls=[{"loc": u, "lastmod": m} for u, m in urls])
    assert sitemap(env, urls) == rendered.encode("utf-8")
    assert b"&amp;y=&lt;2&gt;" in sitemap(env, urls)
    assert sitemap(env, []) == env.get_template("sitemap.xml").render(urls=[]).encode("utf-8")


def test_a_theme_with_its_own_sitemap_template_gets_it(tmp_path):
    from desktop_app.core.export.pages import environment, sitemap

    theme = tmp_path / "theme"
    theme.mkdir()
    (theme / "sitemap.xml").write_text(
        "<urlset>{% for u in urls %}<u>{{ u.loc }}</u>{% endfor %}</urlset>\n", encoding="utf-8"
    )
    data = sitemap(environment(str(theme)), [("https://x.example/a&b.html", "2026-11-28")])
    assert data == b"<urlset><u>https://x.example/a&amp;b.html</u></urlset>\n"


def test_redaksis_own_sitemap_is_written_without_rendering_its_template(monkeypatch):
    from desktop_app.core.export.pages import environment, sitemap

    env = environment()

    def no_rendering(name, *args, **kwargs):
        raise AssertionError(f"{name} rendered")

    monkeypatch.setattr(env, "get_template", no_rendering)
    data = sitemap(env, [("https://kominfo.example.go.id/", "2026-12-05")])
    assert b"<loc>https://kominfo.example.go.id/</loc><lastmod>2026-12-05</lastmod>" in data
