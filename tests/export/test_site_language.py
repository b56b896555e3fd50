"""The site's own words follow its language (Indonesian by default, English when set)."""

from __future__ import annotations

import datetime as _dt
import json
import re
import string
from pathlib import Path

import pytest

from db.models import Article, Person, Revision
from desktop_app.core.articles import ArticleService
from desktop_app.core.export import export_site
from desktop_app.core.export.strings import STRINGS_DIR, SiteStrings, UnknownSiteString
from desktop_app.core.models import ArticleChanges
from desktop_app.core.site_settings import LANGUAGES, SiteSettings, save_site_settings
from tests.core.export_helpers import publish_snapshot, site_admin, site_files

NOW = _dt.datetime(2026, 11, 28)
URL = re.compile(r'(?:href|src)="[^"]*"|https?://[^\s"<]+')


def _table(language: str) -> dict[str, str]:
    return json.loads((STRINGS_DIR / f"{language}.json").read_text(encoding="utf-8"))


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_language_has_every_key_with_the_same_placeholders():
    tables = {language: _table(language) for language in LANGUAGES}
    keys = set(tables["id"])
    for language, table in tables.items():
        assert set(table) == keys, language
        for key, text in table.items():
            assert text, (language, key)
            assert text.strip() == text, (language, key)
            assert _placeholders(text) == _placeholders(tables["id"][key]), (language, key)


def test_every_key_the_templates_use_is_in_the_tables():
    used = set()
    for template in (STRINGS_DIR.parent).glob("*.*"):
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_]+)["']""", template.read_text("utf-8")))
    code = Path(__file__).resolve().parents[2] / "desktop_app" / "core" / "export"
    for module in code.glob("*.py"):
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_]+)["']""", module.read_text("utf-8")))
    assert used
    assert used <= set(_table("id"))
    assert set(_table("id")) - used == set(), "keys no template uses"


def test_an_unknown_key_names_itself():
    with pytest.raises(UnknownSiteString, match="no_such_key"):
        SiteStrings("en")("no_such_key")


def _site(database, language: str) -> None:
    """Twelve articles (two pages), one with an author and a later update, tags, a category."""
    save_site_settings(
        database,
        SiteSettings(
            title="County Newsroom",
            description="Official news",
            base_url="https://news.example.org/",
            language=language,
        ),
        actor=site_admin(),
    )
    author = Person.create(name="Dewi Lestari", role="writer")
    service = ArticleService(database)
    start = _dt.datetime(2026, 11, 1, 2, 30)
    for n in range(12):
        article = service.create(
            ArticleChanges(
                title=f"Road works report {n}",
                body="The road **reopens** on Monday.",
                summary="A short lead.",
                category="Roads",
                tags=["Works", "Traffic"],
                author_id=author.id if n == 11 else None,
            )
        )
        when = start + _dt.timedelta(days=n)
        Revision.delete().where(Revision.article == article.id).execute()
        publish_snapshot(
            article.id,
            created_at=when + _dt.timedelta(days=2 if n == 11 else 0),
            tags="Works,Traffic",
            category_name="Roads",
        )
        Article.update(published_at=when).where(Article.id == article.id).execute()


def _visible(out: Path) -> dict[str, str]:
    """Every page and feed without its URLs (the folder names stay as they are)."""
    return {
        p.relative_to(out).as_posix(): URL.sub("", p.read_text(encoding="utf-8"))
        for p in sorted(out.rglob("*"))
        if p.suffix in (".html", ".xml")
    }


def test_an_english_site_speaks_english(database, tmp_path):
    _site(database, "en")
    out = tmp_path / "site"
    export_site(database, out, now=NOW, workers=0)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in index
    assert 'content="en_GB"' in index
    for text in (
        '">Home</a>',
        "Skip to main content",
        'aria-label="Main navigation"',
        "Official news portal of County Newsroom",
        '<h1 class="page-heading">Latest News',
        "Page 1 of 2",
        "Next ›",
        "Atom feed",
        "RSS feed",
        "Sitemap",
    ):
        assert text in index, text
    second = (out / "halaman" / "2.html").read_text(encoding="utf-8")
    assert "<title>County Newsroom (page 2) – County Newsroom</title>" in second
    assert "‹ Previous" in second
    assert '<span class="page-note">page 2</span>' in second
    category = (out / "kategori" / "roads.html").read_text(encoding="utf-8")
    assert "<title>Category: Roads – County Newsroom</title>" in category
    assert '<p class="page-kicker">Category</p>' in category
    tag = (out / "tag" / "works.html").read_text(encoding="utf-8")
    assert "<title>Tag: Works – County Newsroom</title>" in tag
    assert '<p class="page-kicker">Topic</p>' in tag
    article = (out / "berita" / "road-works-report-11.html").read_text(encoding="utf-8")
    for text in (
        'aria-label="Breadcrumb"',
        'By <span class="author">Dewi Lestari</span>',
        "Updated Saturday, 14 November 2026",
        '<h2 class="tags-heading">Tags</h2>',
        "‹ Back to the latest news",
        '"inLanguage": "en"',
    ):
        assert text in article, text
    missing = (out / "404.html").read_text(encoding="utf-8")
    assert '<h1 class="page-heading">Page not found</h1>' in missing
    assert "Back to the home page" in missing
    assert "<language>en</language>" in (out / "rss.xml").read_text(encoding="utf-8")
    assert 'xml:lang="en"' in (out / "atom.xml").read_text(encoding="utf-8")

    english = _table("en")
    leftovers = set()
    for key, text in _table("id").items():
        if text == english[key]:
            continue  # the same word in both ("Tag: {name}")
        for fragment in re.split(r"\{\w+\}", text):
            if len(fragment.strip(" :()")) >= 4:
                leftovers.add(fragment.strip(" :()"))
    for path, text in _visible(out).items():
        found = sorted(f for f in leftovers if f in text)
        assert found == [], path


def test_the_indonesian_site_keeps_its_words(database, tmp_path):
    _site(database, "id")
    out = tmp_path / "site"
    export_site(database, out, now=NOW, workers=0)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<html lang="id">' in index
    assert 'content="id_ID"' in index
    for text in (
        '">Beranda</a>',
        "Langsung ke konten utama",
        "Halaman 1 dari 2",
        "Portal resmi berita County Newsroom",
        "Berita Terbaru",
    ):
        assert text in index, text
    article = (out / "berita" / "road-works-report-11.html").read_text(encoding="utf-8")
    assert "Oleh <span" in article
    assert "Diperbarui Sabtu, 14 November 2026" in article


def test_changing_the_language_rewrites_the_pages(database, tmp_path):
    _site(database, "id")
    out = tmp_path / "site"
    export_site(database, out, now=NOW, workers=0)
    save_site_settings(
        database,
        SiteSettings(title="County Newsroom", base_url="https://news.example.org/", language="en"),
        actor=site_admin(),
    )
    result = export_site(database, out, now=NOW, workers=0)
    assert "index.html" in result.written
    assert "404.html" in result.written
    for page in out.rglob("*.html"):
        assert '<html lang="en">' in page.read_text(encoding="utf-8"), page


def test_english_pages_rendered_in_workers_are_the_same_bytes(database, tmp_path, monkeypatch):
    from desktop_app.core.export import build, parallel

    _site(database, "en")
    export_site(database, tmp_path / "serial", now=NOW, workers=0)
    monkeypatch.setattr(build, "PARALLEL_PAGES", 1)
    monkeypatch.setattr(parallel, "CHUNK", 4)
    # The workers render every article page (this process takes no chunk back).
    monkeypatch.setattr(parallel.ArticlePagePool, "steal", lambda self: None)
    export_site(database, tmp_path / "parallel", now=NOW, workers=2)
    assert site_files(tmp_path / "serial") == site_files(tmp_path / "parallel")


def test_a_theme_can_change_and_add_words(database, tmp_path):
    _site(database, "en")
    theme = tmp_path / "theme"
    (theme / "strings").mkdir(parents=True)
    (theme / "strings" / "en.json").write_text(
        json.dumps(
            {
                "home": "Front page",
                "lost": "Nothing here, {site}",
                "skip_to_content": "<b>{{ site.title }}</b> & {% raw %}",
            }
        ),
        encoding="utf-8",
    )
    (theme / "404.html").write_text(
        '{% extends "base.html" %}{% block main %}<h1>{{ t("lost", site=site.title) }}</h1>{% endblock %}\n',
        encoding="utf-8",
    )
    save_site_settings(
        database, SiteSettings(title="County <News>", language="en", theme=str(theme)), actor=site_admin()
    )
    out = tmp_path / "site"
    export_site(database, out, now=NOW, workers=0)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '">Front page</a>' in index
    assert "<h1>Nothing here, County &lt;News&gt;</h1>" in (out / "404.html").read_text("utf-8")
    # A word is text, never template code or HTML.
    assert ">&lt;b&gt;{{ site.title }}&lt;/b&gt; &amp; {% raw %}</a>" in index

    (theme / "strings" / "en.json").write_text(
        json.dumps({"home": "Start", "lost": "Gone"}), encoding="utf-8"
    )
    result = export_site(database, out, now=NOW, workers=0)
    assert "index.html" in result.written  # the words are part of what decides a page
    assert '">Start</a>' in (out / "index.html").read_text(encoding="utf-8")


def test_the_standalone_article_follows_the_language(database):
    from desktop_app.core.export.single import article_standalone

    _site(database, "en")
    article = Article.get(Article.title == "Road works report 11")
    page = article_standalone(database, article.id)
    assert '<html lang="en">' in page
    assert "Skip to main content" in page
    assert 'By <span class="author">Dewi Lestari</span>' in page
    assert '<h2 class="tags-heading">Tags</h2>' in page
