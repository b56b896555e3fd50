"""Safety of the website export: paths, settings, sanitizing, no local paths in the output."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from peewee import PostgresqlDatabase

from db.models import Article, Asset, SiteSetting
from desktop_app.core.articles import ArticleService
from desktop_app.core.errors import ValidationError
from desktop_app.core.export import export_site
from desktop_app.core.export.paths import (
    UnsafePathError,
    check_relative,
    inside,
    safe_segment,
    unique_segments,
)
from desktop_app.core.models import ArticleChanges
from desktop_app.core.site_settings import (
    SiteSettings,
    load_site_settings,
    normalize_base_url,
    save_site_settings,
)
from tests.core.export_helpers import all_text, publish_snapshot, site_admin

HOSTILE_SLUGS = [
    "../../../etc/passwd",
    "/etc/passwd",
    "..",
    ".",
    "a\x00b",
    "CON",
    "nul",
    "COM1",
    "lpt9",
    "aux.html",
    "x" * 200,
    "C:\\Windows\\system32",
    "~/.ssh/id_rsa",
    "",
    "---",
    "%2e%2e%2f",
    "résumé",
    "🙂",
]


@pytest.mark.parametrize("value", HOSTILE_SLUGS)
def test_safe_segment_is_portable(value):
    segment = safe_segment(value, "berita")
    assert 0 < len(segment) <= 100
    assert set(segment) <= set("abcdefghijklmnopqrstuvwxyz0123456789-")
    assert segment.split(".")[0] not in {"con", "nul", "com1", "lpt9", "aux", "prn"}
    check_relative(f"berita/{segment}.html")


@pytest.mark.parametrize(
    "path",
    [
        "../x.html",
        "/x.html",
        "a/../../b.html",
        "x\x00.html",
        "CON.html",
        "berita/nul.html",
        "a\\b.html",
        "",
        "a" * 500,
        "berita//x.html",
        ".hidden",
    ],
)
def test_unsafe_relative_paths_are_refused(path, tmp_path):
    with pytest.raises(UnsafePathError):
        inside(tmp_path, path)


def test_hostile_slugs_stay_inside_the_output(database, tmp_path):
    service = ArticleService(database)
    # PostgreSQL refuses NUL in text outright (safe too); SQLite stores it.
    slugs = [s for s in HOSTILE_SLUGS if "\x00" not in s or not isinstance(database, PostgresqlDatabase)]
    for n, slug in enumerate(slugs):
        article = service.create(
            ArticleChanges(title=f"Berita {n}", body="Isi.", category="../../kategori", tags=["CON", "../x"])
        )
        publish_snapshot(article.id, slug=slug)
    out = tmp_path / "web" / "site"
    result = export_site(database, out)
    assert result.articles == len(slugs)
    everything = sorted(p for p in tmp_path.rglob("*") if p.is_file())
    assert all(p.is_relative_to(out) or p.name.startswith("redaksi.db") for p in everything)
    pages = sorted(p.name for p in (out / "berita").iterdir())
    assert len(pages) == len(slugs)
    assert "con-1.html" in pages
    assert all(len(name) <= 110 for name in pages)
    assert (out / "kategori/kategori.html").exists()
    assert (out / "tag/con-1.html").exists()


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "ftp://x.go.id",
        "http://",
        "file:///etc",
        "https://x.go.id/a b",
        "https://x.go.id/\x00",
        "//x.go.id",
        "https://user:pw@x.go.id/",
        "https://x.go.id/?q=1",
        "data:,x",
        'https://x.go.id/"><script>',
    ],
)
def test_bad_urls_are_refused(url):
    with pytest.raises(ValidationError):
        normalize_base_url(url)


def test_good_urls_are_normalized():
    assert normalize_base_url("https://kominfo.solokkab.go.id") == "https://kominfo.solokkab.go.id/"
    assert normalize_base_url(" http://x.go.id/berita/ ") == "http://x.go.id/berita/"
    assert normalize_base_url("") == ""


def test_settings_round_trip_and_validation(database, tmp_path):
    logo = tmp_path / "logo.png"
    saved = save_site_settings(
        database,
        SiteSettings(
            title="  Diskominfo Solok ",
            description="Berita resmi",
            base_url="https://x.go.id",
            logo=str(logo),
            language="id",
        ),
        actor=site_admin(),
    )
    assert saved.title == "Diskominfo Solok"
    assert load_site_settings(database) == saved
    with pytest.raises(ValidationError):
        save_site_settings(database, SiteSettings(base_url="javascript:alert(1)"), actor=site_admin())
    with pytest.raises(ValidationError):
        save_site_settings(database, SiteSettings(logo="relative/logo.png"), actor=site_admin())
    with pytest.raises(ValidationError):
        save_site_settings(database, SiteSettings(title="x\x00"), actor=site_admin())
    SiteSetting.update(value="javascript:alert(1)").where(SiteSetting.key == "base_url").execute()
    assert load_site_settings(database).base_url == ""


def _png(color=(200, 30, 30)) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), color).save(buffer, "PNG")
    return buffer.getvalue()


def _png_asset(sha256: str, filename: str, alt_text: str, caption: str = "", credit: str = "") -> Asset:
    """A 40×30 PNG in the media library, stored as its own web copy."""
    data = _png()
    return Asset.create(
        sha256=sha256,
        filename=filename,
        mime_type="image/png",
        width=40,
        height=30,
        bytes=len(data),
        original=data,
        web=data,
        web_mime_type="image/png",
        web_width=40,
        web_height=30,
        alt_text=alt_text,
        caption=caption,
        credit=credit,
    )


def test_images_logo_and_no_local_paths(database, tmp_path):
    logo = tmp_path / "rahasia" / "logo-kantor.png"
    logo.parent.mkdir()
    logo.write_bytes(_png((10, 40, 120)))
    save_site_settings(database, SiteSettings(title="Diskominfo", logo=str(logo)), actor=site_admin())
    asset = _png_asset("f" * 64, "/home/budi/Foto/rapat.png", "Peserta rapat", "Rapat staf", "Foto: Humas")
    service = ArticleService(database)
    article = service.create(
        ArticleChanges(
            title="Berita bergambar",
            body=f"Pembuka.\n\n![Peserta rapat](asset:{asset.uuid})\n\nPenutup.",
            featured_image_id=asset.id,
        )
    )
    publish_snapshot(article.id, featured_image=asset.id)
    out = tmp_path / "site"
    export_site(database, out, base_url="https://x.go.id")
    images = sorted(p.name for p in (out / "img").iterdir())
    assert len(images) == 2
    assert all(len(name.split(".")[0]) == 20 for name in images)
    page = (out / "berita/berita-bergambar.html").read_text(encoding="utf-8")
    assert '<figure class="image"><img' in page
    assert "Foto: Humas" in page
    assert 'src="../img/' in page
    assert "asset:" not in page
    assert '"image": [\n  "https://x.go.id/img/' in page
    text = all_text(out)
    for leak in (str(tmp_path), "rahasia", "logo-kantor", "/home/budi", "rapat.png"):
        assert leak not in text


def _event_handlers(html: str) -> list[str]:
    from html.parser import HTMLParser

    found: list[str] = []

    class Parser(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.extend(f"{tag} {name}" for name, _ in attrs if name.startswith("on"))

    Parser().feed(html)
    return found


def test_script_and_javascript_links_never_reach_the_site(database, tmp_path):
    service = ArticleService(database)
    body = (
        "<script>alert(1)</script>\n\n[klik](javascript:alert(1))\n\n"
        '<img src=x onerror=alert(1)>\n\n<iframe src="https://evil"></iframe>'
    )
    article = service.create(
        ArticleChanges(
            title="<script>alert('t')</script>", body=body, summary='"><img src=x onerror=alert(2)>'
        )
    )
    publish_snapshot(article.id)
    out = tmp_path / "site"
    export_site(database, out)
    text = all_text(out)
    assert "<script>alert" not in text
    assert "javascript:" not in text
    assert "<iframe" not in text
    for page in out.rglob("*.html"):
        assert _event_handlers(page.read_text(encoding="utf-8")) == [], page.name


def test_theme_folder_overrides_a_template(demo_database, tmp_path):
    theme = tmp_path / "tema"
    theme.mkdir()
    (theme / "404.html").write_text(
        '{% extends "base.html" %}{% block main %}<h1>Tersesat?</h1>{% endblock %}', encoding="utf-8"
    )
    (theme / "style.css").write_text("body { color: #000; }\n", encoding="utf-8")
    save_site_settings(demo_database, SiteSettings(title="Diskominfo", theme=str(theme)), actor=site_admin())
    out = tmp_path / "site"
    export_site(demo_database, out)
    assert "<h1>Tersesat?</h1>" in (out / "404.html").read_text(encoding="utf-8")
    assert (out / "style.css").read_text(encoding="utf-8").startswith("body { color: #000; }")
    assert "Berita Terbaru" in (out / "index.html").read_text(encoding="utf-8")
    assert str(theme) not in all_text(out)


def test_article_slug_collisions_get_distinct_pages(database, tmp_path):
    service = ArticleService(database)
    for title in ("Rapat Staf", "Rapat-Staf!"):
        article = service.create(ArticleChanges(title=title, body="Isi."))
        publish_snapshot(article.id, slug="rapat-staf")
    out = tmp_path / "site"
    export_site(database, out)
    assert len(list((out / "berita").iterdir())) == 2
    assert Article.select().count() == 2


# -- file names valid on Windows -------------------------------------------------------------

WINDOWS_DEVICES = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{n}" for n in "0123456789¹²³"),
    *(f"lpt{n}" for n in "0123456789¹²³"),
}
# 200 characters: the longest slug, category or tag name the database takes (PostgreSQL
# enforces it), twice the longest file name the export makes.
_PHRASE = "Pemerintah Kabupaten Solok Menggelar Rapat Koordinasi Percepatan Transformasi Digital "
LONG_TITLE = (_PHRASE * 4)[:200]
WINDOWS_HOSTILE = [
    "con",
    "AUX.txt",
    "laporan.",
    "a:b",
    "nul ",
    "Lpt1",
    "com¹.html",
    "a b",
    'x<y>"z|?*',
    "tab\there",
    "trail ",
    LONG_TITLE,
]


def windows_valid(name: str) -> bool:
    """Whether Windows accepts ``name`` as a file or folder name and keeps it as it is."""
    return (
        0 < len(name) <= 255
        and not re.search(r'[<>:"/\\|?*\x00-\x1f]', name)
        and not name.endswith((".", " "))
        and name.split(".")[0].rstrip(" ").lower() not in WINDOWS_DEVICES
    )


@pytest.mark.parametrize("value", WINDOWS_HOSTILE)
def test_safe_segment_makes_windows_names(value):
    segment = safe_segment(value, "berita")
    assert windows_valid(segment)
    assert windows_valid(f"{segment}.html")
    assert len(segment) <= 100
    check_relative(f"kategori/{segment}/2.html")


def test_names_that_collide_once_made_safe_get_distinct_segments():
    segments = unique_segments(
        [(1, "a:b"), (2, "a b"), (3, "A-B"), (4, "con"), (5, "con-1"), (6, ""), (7, "🙂")], "berita"
    )
    assert segments == {
        1: "a-b",
        2: "a-b-2",
        3: "a-b-3",
        4: "con-1",
        5: "con-1-5",
        6: "berita-6",
        7: "berita-7",
    }
    terms = unique_segments([("a:b", "a:b"), ("a b", "a b"), ("x", "a-b-2"), ("e", "")], "tag")
    assert len(set(terms.values())) == 4
    assert terms["e"] == "tag"


def _links(page: Path) -> list[str]:
    return [
        target
        for target in re.findall(r'(?:href|src)="([^"]*)"', page.read_text("utf-8"))
        if target and not target.startswith(("http://", "https://", "#", "data:", "mailto:"))
    ]


def test_export_of_windows_hostile_names_is_valid_on_windows(database, tmp_path):
    """Slugs, categories, tags and image file names that Windows refuses or alters: every
    exported name is valid there, no two pages share a name, and every link finds its page."""
    service = ArticleService(database)
    asset = _png_asset("e" * 64, "AUX.txt", "Foto")
    for n, value in enumerate(WINDOWS_HOSTILE):
        article = service.create(
            ArticleChanges(
                title=value if value.strip() else f"Berita {n}",
                body=f"Isi {n}.\n\n![Foto](asset:{asset.uuid})",
                featured_image_id=asset.id,
            )
        )
        publish_snapshot(
            article.id,
            slug=value,
            title=value,
            category_name=value,
            tags=", ".join([value, WINDOWS_HOSTILE[n - 1]]),
            featured_image=asset.id,
        )
    out = tmp_path / "situs"
    result = export_site(database, out, base_url="https://x.go.id")
    assert result.articles == len(WINDOWS_HOSTILE)
    for path in out.rglob("*"):
        assert windows_valid(path.name), path
        assert len(path.relative_to(out).as_posix()) <= 120, path
    names = [p.relative_to(out).as_posix().lower() for p in out.rglob("*")]
    assert len(names) == len(set(names))  # distinct on a case-insensitive file system too
    assert len(list((out / "berita").iterdir())) == len(WINDOWS_HOSTILE)
    # "a b" and "a:b" are two categories (and tags): two pages each, each with its article.
    for folder in ("kategori", "tag"):
        pages = {p.name: p.read_text("utf-8") for p in (out / folder).glob("a-b*.html")}
        assert sorted(pages) == ["a-b-2.html", "a-b.html"]
        headings = {
            name: re.search(r'<h1 class="page-heading">#?([^<]*)<', text).group(1)
            for name, text in pages.items()
        }
        assert headings == {"a-b.html": "a b", "a-b-2.html": "a:b"}
    assert "../berita/a-b.html" in (out / "kategori/a-b-2.html").read_text("utf-8")
    assert (out / "kategori/con-1.html").exists()
    for page in out.rglob("*.html"):
        for target in _links(page):
            assert (page.parent / target.split("#")[0]).resolve().is_file(), (page, target)


@pytest.mark.parametrize(
    "path",
    ["berita/a.html\n", "berita\n/a.html", "a\n", "berita/con.html", "com1/x.html", "b//a.html", "./a", ""],
)
def test_a_path_with_a_line_break_or_a_device_name_is_refused(path):
    """(A line break at a segment's end once passed: ``$`` matches before one.)"""
    with pytest.raises(UnsafePathError):
        check_relative(path)
    with pytest.raises(UnsafePathError):
        inside("/tmp/out", path)
