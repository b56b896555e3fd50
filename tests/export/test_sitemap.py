"""sitemap.xml lists absolute URLs (the protocol allows nothing else): none without a base URL."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from desktop_app.core.export import export_site

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


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
    out = tmp_path / "site"
    result = export_site(demo_database, out)
    assert not result.sitemap
    assert not (out / "sitemap.xml").exists()
    assert "Sitemap" not in (out / "robots.txt").read_text(encoding="utf-8")
    for page in out.rglob("*.html"):
        assert "sitemap.xml" not in page.read_text(encoding="utf-8"), page


def test_removing_the_base_url_removes_the_old_sitemap(demo_database, tmp_path):
    out = tmp_path / "site"
    export_site(demo_database, out, base_url="https://kominfo.example.go.id")
    result = export_site(demo_database, out, base_url="")
    assert "sitemap.xml" in result.removed
    assert not (out / "sitemap.xml").exists()


def test_the_command_says_why_there_is_no_sitemap(sqlite_database, tmp_path, capsys):
    from desktop_app.cli import main
    from desktop_app.core.demo import fill_demo

    fill_demo(sqlite_database)
    target = sqlite_database.database
    assert main(["--db", target, "export", "--out", str(tmp_path / "a")]) == 0
    assert "no sitemap.xml without a base URL" in capsys.readouterr().out
    assert main(["--db", target, "export", "--out", str(tmp_path / "b"),
                 "--base-url", "https://x.go.id"]) == 0
    assert "sitemap" not in capsys.readouterr().out
