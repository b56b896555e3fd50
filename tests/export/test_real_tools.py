"""The exported demo site checked with real tools: the W3C Nu HTML Checker (vnu.jar), feedparser
and axe-core in headless Chromium."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.core.export_helpers import site_admin
from tests.export.tools import AXE_JS, CHROMIUM, JAVA, VNU_JAR, export_demo_with_photo, need


@pytest.fixture
def demo_site(sqlite_database, tmp_path) -> Path:
    """The demo database plus one richly formatted article with an image, exported."""
    return export_demo_with_photo(sqlite_database, tmp_path / "site", (64, 48))


def test_every_page_passes_the_nu_html_checker(demo_site, sqlite_database, tmp_path):
    need(vnu_jar=VNU_JAR, java=JAVA)
    from db.models import Article
    from desktop_app.core.export.single import article_standalone

    article_id = Article.get(Article.title == "Rapat Koordinasi SPBE").id
    standalone = demo_site / "standalone-check.html"
    standalone.write_text(article_standalone(sqlite_database, article_id), encoding="utf-8")
    pages = sorted(demo_site.rglob("*.html"))
    assert len(pages) >= 20
    assert _vnu_errors(pages) == []


def test_an_english_site_passes_the_nu_html_checker(demo_site, sqlite_database, tmp_path):
    need(vnu_jar=VNU_JAR, java=JAVA)
    from dataclasses import replace

    from desktop_app.core.export import export_site
    from desktop_app.core.site_settings import load_site_settings, save_site_settings

    save_site_settings(
        sqlite_database, replace(load_site_settings(sqlite_database), language="en"), actor=site_admin()
    )
    out = tmp_path / "english"
    export_site(sqlite_database, out, base_url="https://kominfo.example.go.id")
    pages = sorted(out.rglob("*.html"))
    assert '<html lang="en">' in (out / "index.html").read_text(encoding="utf-8")
    assert _vnu_errors(pages) == []


def _vnu_errors(pages: list[Path]) -> list[str]:
    run = subprocess.run(
        [JAVA, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *map(str, pages)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(run.stderr or run.stdout or '{"messages": []}')["messages"]
    return [
        f"{m.get('url', '').rsplit('/', 1)[-1]}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m.get("type") in ("error", "non-document-error")
    ]


def test_feeds_parse_without_errors(demo_site):
    import feedparser

    for name, version in (("atom.xml", "atom10"), ("rss.xml", "rss20")):
        feed = feedparser.parse((demo_site / name).read_bytes())
        assert feed.bozo == 0, (name, feed.get("bozo_exception"))
        assert feed.version == version
        assert len(feed.entries) == 6
        assert feed.entries[0].title == "Rapat Koordinasi SPBE"
        assert feed.entries[0].link.startswith("https://kominfo.example.go.id/berita/")


AXE_RUNNER = """<script src="{axe}"></script><script>
axe.run(document, {{resultTypes: ["violations"]}}).then(function (r) {{
  document.documentElement.setAttribute("data-axe", JSON.stringify(r.violations.map(function (v) {{
    return {{id: v.id, impact: v.impact, help: v.help,
            targets: v.nodes.map(function (n) {{ return n.target.join(" "); }})}}; }})));
}}).catch(function (e) {{ document.documentElement.setAttribute("data-axe-error", String(e)); }});
</script></body>"""


def _axe_violations(site: Path, page: str, profile: Path, width: int = 1280) -> list[dict]:
    source = site / page
    probe = source.with_name("axe-probe-" + source.name)
    axe = site / "axe.min.js"
    shutil.copyfile(AXE_JS, axe)
    depth = page.count("/")
    probe.write_text(
        source.read_text(encoding="utf-8").replace(
            "</body>", AXE_RUNNER.format(axe="../" * depth + "axe.min.js")
        ),
        encoding="utf-8",
    )
    run = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={profile}",
            "--virtual-time-budget=20000",
            f"--window-size={width},900",
            "--dump-dom",
            probe.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    import re
    from html import unescape

    error = re.search(r'data-axe-error="([^"]*)"', run.stdout)
    assert error is None, unescape(error.group(1))
    found = re.search(r'data-axe="([^"]*)"', run.stdout)
    assert found, f"axe did not report: {run.stderr[-500:]}"
    return json.loads(unescape(found.group(1)))


@pytest.mark.parametrize(
    "page", ["index.html", "berita/rapat-koordinasi-spbe.html", "kategori/berita.html", "cari.html"]
)
def test_no_serious_accessibility_violations(demo_site, tmp_path, page):
    need(axe_core=AXE_JS, chromium=CHROMIUM)
    violations = _axe_violations(demo_site, page, tmp_path / "chromium-profile")
    serious = [v for v in violations if v["impact"] in ("serious", "critical")]
    assert serious == []


@pytest.mark.parametrize("page", ["index.html", "berita/rapat-koordinasi-spbe.html"])
def test_no_serious_accessibility_violations_with_the_folded_menu(demo_site, tmp_path, page):
    """At 500 px (headless Chromium's narrowest window) the menu is folded into its button."""
    need(axe_core=AXE_JS, chromium=CHROMIUM)
    violations = _axe_violations(demo_site, page, tmp_path / "chromium-profile", width=500)
    serious = [v for v in violations if v["impact"] in ("serious", "critical")]
    assert serious == []
