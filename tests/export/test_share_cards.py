"""Share images and the "Bagikan" block (issue 24 item 4): every page with a base URL has a
1200×630 JPEG ``og:image`` of at most 300 KB with its size and alt text (the article's photo
cropped, or a drawn card), each drawn once; without a base URL none, and the export says so."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from PIL import Image

from db.models import Article
from desktop_app.core.export import export_site
from desktop_app.core.export.share_cards import MAX_BYTES, ShareCard, draw
from desktop_app.core.site_settings import SiteSettings
from tests.core.export_helpers import publish_snapshot, without_base_url
from tests.export.tools import export_demo_with_photo

BASE = "https://kominfo.example.go.id/"


def _meta(page: str, name: str) -> str:
    found = re.search(rf'<meta (?:property|name)="{re.escape(name)}" content="([^"]*)">', page)
    assert found, name
    return unescape(found.group(1))


@pytest.fixture
def site(sqlite_database, tmp_path):
    return export_demo_with_photo(sqlite_database, tmp_path / "site", (1600, 900))


def test_every_page_has_a_share_image_of_1200_by_630_with_alt(site):
    pages = sorted(site.glob("berita/*.html")) + [site / "index.html", site / "kategori" / "berita.html"]
    seen = set()
    for page_file in pages:
        page = page_file.read_text(encoding="utf-8")
        url = _meta(page, "og:image")
        assert url.startswith(BASE + "bagikan/"), page_file
        assert _meta(page, "og:image:width") == "1200"
        assert _meta(page, "og:image:height") == "630"
        assert _meta(page, "og:image:alt").strip()
        assert _meta(page, "twitter:card") == "summary_large_image"
        assert _meta(page, "twitter:image") == url
        image_file = site / url.removeprefix(BASE)
        assert image_file.stat().st_size <= MAX_BYTES
        with Image.open(image_file) as image:
            assert (image.format, image.size) == ("JPEG", (1200, 630))
        seen.add(url)
    assert len(seen) == 7  # five demo articles, the photo one, and the site's own card


def test_the_photo_is_cropped_and_the_others_get_a_card(site):
    page = (site / "berita" / "rapat-koordinasi-spbe.html").read_text(encoding="utf-8")
    assert _meta(page, "og:image:alt") == "Suasana rapat"  # the photo's own words
    with Image.open(site / _meta(page, "og:image").removeprefix(BASE)) as image:
        r, g, b = image.convert("RGB").getpixel((600, 315))
    assert abs(r - 20) < 8
    assert abs(g - 60) < 8
    assert abs(b - 140) < 8
    other = (site / "berita" / "e-government-konsep-dan-implementasi.html").read_text(encoding="utf-8")
    assert _meta(other, "og:image:alt") == (
        "Kartu berita Dinas Komunikasi dan Informatika: E-Government : Konsep Dan Implementasi"
    )


def test_a_busy_photo_stays_under_300_kb():
    noise = Image.frombytes("RGB", (2400, 1600), os.urandom(2400 * 1600 * 3))
    buffer = io.BytesIO()
    noise.save(buffer, "JPEG", quality=95)
    from desktop_app.core.export.site import image_from_bytes

    photo = image_from_bytes("x", buffer.getvalue(), "image/jpeg", width=2400, height=1600)
    data = draw(ShareCard(path="bagikan/x.jpg", alt="", photo=photo), SiteSettings(), None)
    assert len(data) <= MAX_BYTES
    with Image.open(io.BytesIO(data)) as image:
        assert image.size == (1200, 630)


def test_cards_are_drawn_once_and_follow_the_headline(sqlite_database, tmp_path):
    out = export_demo_with_photo(sqlite_database, tmp_path / "site", (1600, 900))
    again = export_site(sqlite_database, out, base_url=BASE)
    assert not [p for p in again.written if p.startswith("bagikan/")]
    article = Article.get(Article.title == "E-Government : Konsep Dan Implementasi")
    publish_snapshot(article.id, title="E-Government: Konsep dan Penerapan")
    changed = export_site(sqlite_database, out, base_url=BASE)
    assert len([p for p in changed.written if p.startswith("bagikan/")]) == 1
    assert len([p for p in changed.removed if p.startswith("bagikan/")]) == 1
    assert len(list((out / "bagikan").glob("*.jpg"))) == 7


def test_the_share_block_has_plain_links(site):
    page = (site / "berita" / "rapat-koordinasi-spbe.html").read_text(encoding="utf-8")
    block = page[page.index('<section class="share"') : page.index("</section>", page.index('class="share"'))]
    address = BASE + "berita/rapat-koordinasi-spbe.html"
    links = dict(re.findall(r'<a class="share-(\w+)" href="([^"]+)"', block))
    whatsapp = urlsplit(unescape(links["whatsapp"]))
    assert (whatsapp.netloc, parse_qs(whatsapp.query)["text"]) == (
        "wa.me",
        [f"Rapat Koordinasi SPBE {address}"],
    )
    assert parse_qs(urlsplit(unescape(links["facebook"])).query)["u"] == [address]
    assert parse_qs(urlsplit(unescape(links["x"])).query)["url"] == [address]
    assert f'<a href="{address}">{address}</a>' in block  # (copied by hand without JavaScript)
    assert '<li class="share-copy-item" hidden><button type="button" class="share-copy"' in block
    # no third-party script: the one script is the site's own
    assert re.findall(r"<script src=\"([^\"]+)\"", page) == ["../bagikan.js"]
    assert (site / "bagikan.js").is_file()


def test_without_a_base_url_no_share_images_and_the_export_says_so(demo_database, tmp_path, capsys):
    without_base_url(demo_database)
    out = tmp_path / "site"
    result = export_site(demo_database, out)
    assert result.share_images is False
    assert not (out / "bagikan").exists()
    page = (out / "berita" / "e-government-konsep-dan-implementasi.html").read_text(encoding="utf-8")
    assert "og:image" not in page
    assert 'class="share"' not in page
    assert not (out / "bagikan.js").exists()
    from desktop_app.cli import main

    target = demo_database.database
    assert main(["--lang", "en", "export", "--db", target, "--out", str(tmp_path / "cli")]) == 0
    assert "no share images and no Share buttons without a base URL" in capsys.readouterr().out


def test_a_full_export_into_an_empty_folder_copies_the_cards_an_earlier_export_drew(
    demo_database, tmp_path, monkeypatch
):
    """Cards are kept in this computer's cache by their content hash: the second site is the
    same, byte for byte, and not one card is drawn again; its cards are links to the cache's
    files (none of their bytes written again). A card no site holds and unused for CACHE_DAYS
    goes; one a site still holds stays (it takes no room of its own)."""
    import shutil

    from desktop_app.core.export import share_cards

    first = export_site(demo_database, tmp_path / "a", base_url=BASE)
    assert first.share_images
    drawn = sorted(p.name for p in (tmp_path / "a" / share_cards.FOLDER).iterdir())
    # cached as <card name>.<sha256 of its bytes>.jpg (linked with its digest known, not read)
    cached = {}
    for path in share_cards.cache_dir().glob("*.jpg"):
        name, sha, _ = path.name.split(".")
        assert hashlib.sha256(path.read_bytes()).hexdigest() == sha
        cached[f"{name}.jpg"] = path
    assert sorted(cached) == drawn

    def no_drawing(*args):
        raise AssertionError("a card was drawn again")

    monkeypatch.setattr(share_cards, "draw", no_drawing)
    second = export_site(demo_database, tmp_path / "b", base_url=BASE, full=True)
    manifest = json.loads((tmp_path / "b" / ".redaksi-manifest.json").read_text(encoding="utf-8"))
    for name in drawn:
        card = tmp_path / "b" / share_cards.FOLDER / name
        assert card.read_bytes() == (tmp_path / "a" / share_cards.FOLDER / name).read_bytes()
        assert f"{share_cards.FOLDER}/{name}" in second.written
        assert manifest["files"][f"{share_cards.FOLDER}/{name}"]["sha256"] == (
            hashlib.sha256(card.read_bytes()).hexdigest()
        )
        assert os.path.samefile(card, cached[name])

    old = cached[drawn[0]]
    os.utime(old, (0, 0))
    assert share_cards.prune_cache() == 0  # (the sites hold it)
    shutil.rmtree(tmp_path / "a")
    shutil.rmtree(tmp_path / "b")
    # exports prune once a day: the first export's pruning was today
    assert share_cards.prune_cache_daily() == 0
    assert old.exists()
    mark = share_cards.cache_dir() / share_cards.PRUNED_MARK
    os.utime(mark, (mark.stat().st_atime, mark.stat().st_mtime - 2 * 86_400))
    assert share_cards.prune_cache_daily() == 1
    assert not old.exists()
    assert share_cards.prune_cache() == 0
    assert len(list(share_cards.cache_dir().glob("*.jpg"))) == len(drawn) - 1


def test_a_card_is_named_by_what_is_drawn_on_it(demo_database):
    """A card's file name stays the hash of what it shows (the cache and every exported site
    hold cards by it), whether the export asks only for the name or makes the card."""
    from desktop_app.core.export import share_cards
    from desktop_app.core.export.site import live_articles
    from desktop_app.core.site_settings import load_site_settings

    settings = load_site_settings(demo_database).with_base_url(BASE)
    articles, _, _ = live_articles()
    assert articles
    for logo in ("", "img/logo-1a2b.png"):
        branding = (
            share_cards.CARD_VERSION,
            settings.title,
            settings.office_name,
            settings.regency_name,
            settings.primary_colour,
            settings.base_url,
            logo,
        )
        for article in articles:
            card = share_cards.article_card(article, settings, logo, "alt")
            if card.photo is None:
                label = article.category.name if article.category else ""
                shown = repr((branding, article.title, label)).encode()
                assert card.path == f"bagikan/{hashlib.sha256(shown).hexdigest()[:20]}.jpg"
            key = share_cards.branding_key(settings, logo)
            assert share_cards.article_card_path(article, key) == card.path


def test_a_card_cached_without_its_digest_in_its_name_is_still_used(demo_database, tmp_path, monkeypatch):
    """A cache an earlier version wrote (``<card name>.jpg``) serves as before: its cards are
    linked, hashed for the manifest, not drawn again. A file in the cache that is not a card
    is not taken for one."""
    from desktop_app.core.export import share_cards

    export_site(demo_database, tmp_path / "a", base_url=BASE)
    folder = share_cards.cache_dir()
    for path in list(folder.glob("*.jpg")):
        name, _, _ = path.name.split(".")
        path.rename(folder / f"{name}.jpg")
    (folder / "notes.jpg").write_bytes(b"not a card")

    def no_drawing(*args):
        raise AssertionError("a card was drawn again")

    monkeypatch.setattr(share_cards, "draw", no_drawing)
    export_site(demo_database, tmp_path / "b", base_url=BASE, full=True)
    manifest = json.loads((tmp_path / "b" / ".redaksi-manifest.json").read_text(encoding="utf-8"))
    cards = sorted((tmp_path / "b" / share_cards.FOLDER).iterdir())
    assert cards
    for card in cards:
        assert os.path.samefile(card, folder / card.name)
        recorded = manifest["files"][f"{share_cards.FOLDER}/{card.name}"]["sha256"]
        assert recorded == hashlib.sha256(card.read_bytes()).hexdigest()
