"""The default theme on a phone and on paper: the exported demo site measured in headless
Chromium at 320, 390 and 1280 px (no horizontal scrolling, the folded menu opens, tap targets of
at least 44 px) and printed to PDF (no menu or footer, link addresses written out)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html import unescape
from pathlib import Path

import pytest

from tests.export.tools import CHROMIUM, export_demo_with_photo, need

PAGES = ["index.html", "berita/rapat-koordinasi-spbe.html", "kategori/berita.html"]
LONG_TEXT = (
    "\n\nAlamat: https://kominfo.contoh.go.id/sangat/panjang/sekali/alamat-yang-tidak-pernah-"
    "berakhir-dan-terus-berlanjut-tanpa-spasi/index.html\n\n"
    "KataSangatPanjangTanpaSpasiYangTidakBolehMerusakTataLetakHalamanPadaPonselKecil.\n\n"
    "| Kolom satu | Kolom dua | Kolom tiga | Kolom empat | Kolom lima | Kolom enam |\n"
    "|---|---|---|---|---|---|\n"
    "| nilai panjang | nilai panjang | nilai panjang | nilai panjang | nilai panjang | nilai panjang |\n"
)


@pytest.fixture
def phone_site(sqlite_database, tmp_path) -> Path:
    """The demo site plus an article with a photo, a long address, a long word and a wide table
    (with the photo, the front page has cards with and without one)."""
    return export_demo_with_photo(sqlite_database, tmp_path / "site", (1600, 900), LONG_TEXT)


#: Runs in the page: measures, opens the menu, measures again, and sends what it found to the
#: frame around it (headless Chromium's window is never narrower than 500 px, so the page is
#: measured in an <iframe> of the width wanted), which writes it into ``data-probe`` on its <html>
#: (read back from --dump-dom).
PROBE = """<script>
(function () {
  var de = document.documentElement;
  function shown(el) {
    if (!el || !el.checkVisibility({visibilityProperty: true})) return false;  // (a closed <details>, too)
    var r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  }
  // A control passes when a 43 px cross around its centre lands on it: it is >= 44 px each way.
  function small(scope) {
    var bad = [];
    scope.querySelectorAll("a[href], summary").forEach(function (el) {
      if (el.closest(".article-body, .card-summary, .release-contacts, .correction, .skip-link")) return;
      if (!shown(el)) return;
      el.scrollIntoView({block: "center", inline: "nearest"});
      var r = el.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
      var missed = [[0, -21.5], [0, 21.5], [-21.5, 0], [21.5, 0]].filter(function (d) {
        var hit = document.elementFromPoint(x + d[0], y + d[1]);
        return !(hit && (hit === el || el.contains(hit)));
      });
      if (missed.length) bad.push((el.className || el.tagName) + " " + el.textContent.trim().slice(0, 30) +
                         " " + Math.round(r.width) + "x" + Math.round(r.height) + " at " + Math.round(y) +
                         " missed " + JSON.stringify(missed));
    });
    window.scrollTo(0, 0);
    return bad;
  }
  var out = {width: de.clientWidth, inner: window.innerWidth, scroll: de.scrollWidth};
  var menu = document.querySelector("details.nav-menu");
  var toggle = menu && menu.querySelector("summary");
  out.toggle = shown(toggle);
  out.toggle_name = toggle ? toggle.textContent.trim() : "";
  out.bar = shown(document.querySelector(".site-nav ul"));
  out.small = small(document);
  if (out.toggle) {
    toggle.click();
    out.open = menu.hasAttribute("open");
    out.items = Array.prototype.filter.call(menu.querySelectorAll(".nav-menu-list a"), shown)
      .map(function (a) { return a.textContent.trim(); });
    out.scroll_open = de.scrollWidth;
    out.small_open = small(menu);  // (the open menu lies over the page's first links)
  }
  parent.postMessage(JSON.stringify(out), "*");
})();
</script></body>"""
FRAME = """<!DOCTYPE html><html><body style="margin:0"><script>
window.addEventListener("message", function (e) {{
  document.documentElement.setAttribute("data-probe", e.data);
}});
</script><iframe src="{src}" width="{width}" height="900" style="border:0"></iframe></body></html>"""


def _probe(site: Path, page: str, width: int, profile: Path) -> dict:
    source = site / page
    probe = source.with_name("probe-" + source.name)
    probe.write_text(source.read_text(encoding="utf-8").replace("</body>", PROBE), encoding="utf-8")
    frame = site / "probe-frame.html"
    frame.write_text(FRAME.format(src=probe.relative_to(site).as_posix(), width=width), encoding="utf-8")
    run = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            f"--user-data-dir={profile}",
            f"--window-size={max(width, 500) + 40},1000",
            "--virtual-time-budget=5000",
            "--dump-dom",
            frame.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    probe.unlink()
    frame.unlink()
    found = re.search(r'data-probe="([^"]*)"', run.stdout)
    assert found, f"the probe did not report: {run.stderr[-800:]}"
    return json.loads(unescape(found.group(1)))


@pytest.mark.parametrize("width", [320, 390])
@pytest.mark.parametrize("page", PAGES)
def test_a_phone_gets_a_menu_button_and_no_sideways_scrolling(phone_site, tmp_path, page, width):
    need(chromium=CHROMIUM)
    found = _probe(phone_site, page, width, tmp_path / "profile")
    assert found["width"] == width  # the window really is that narrow
    assert found["scroll"] <= found["width"], f"{page} scrolls sideways at {width} px"
    assert found["toggle"]
    assert not found["bar"]
    assert found["toggle_name"] == "Menu"
    assert found["open"] is True
    assert found["items"] == ["Beranda", "Berita", "Opini", "Pengumuman"]
    assert found["scroll_open"] <= found["width"]
    assert found["small"] == [], f"tap targets under 44 px: {found}"
    assert found["small_open"] == [], "tap targets under 44 px with the menu open"


@pytest.mark.parametrize("page", PAGES)
def test_a_wide_screen_shows_the_menu_bar_without_the_button(phone_site, tmp_path, page):
    need(chromium=CHROMIUM)
    found = _probe(phone_site, page, 1280, tmp_path / "profile")
    assert found["scroll"] <= found["width"]
    assert found["bar"]
    assert not found["toggle"]
    assert found["small"] == []


def test_the_menu_is_a_disclosure_that_needs_no_script(phone_site):
    html = (phone_site / "berita" / "rapat-koordinasi-spbe.html").read_text(encoding="utf-8")
    menu = re.search(r'<details class="nav-menu">(.*?)</details>', html, re.S)
    assert menu, "the folded menu is a <details> element"
    label = r'<summary class="nav-toggle">.*<span class="nav-toggle-label">Menu</span></summary>'
    assert re.search(label, menu[1])
    assert menu[1].count('<a href="../kategori/') == 3
    # an article's page is not its category's: no menu item is marked as the current page
    assert 'aria-current="page"' not in menu[1]
    # no script runs the menu: the page's one script is the Share block's "copy link" button
    scripts = re.findall(r"<script(?![^>]*application/ld\+json)[^>]*>", html)
    assert scripts == ['<script src="../bagikan.js" defer>']


def test_one_type_family_for_headings_and_body():
    """No serif face anywhere in the site's stylesheet (the article typography included): the
    page's family is inherited by the article's text and headings."""
    from desktop_app.core.export.pages import environment, stylesheet

    css = stylesheet(environment()).decode("utf-8")
    families = set(re.findall(r"font-family:\s*([^;}]+)", css))
    assert families, "the stylesheet names its fonts"
    assert not [f for f in families if re.search(r"\bserif\b", f.replace("sans-serif", ""))]
    assert "@font-face" not in css
    assert "@import" not in css


@pytest.fixture
def pdftotext() -> str:
    found = shutil.which("pdftotext")
    if not found:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return found


def test_an_article_prints_without_the_site_chrome(phone_site, tmp_path, pdftotext):
    need(chromium=CHROMIUM)
    pdf = tmp_path / "article.pdf"
    page = phone_site / "berita" / "rapat-koordinasi-spbe.html"
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert pdf.is_file()
    assert pdf.stat().st_size > 0
    text = subprocess.run([pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    assert "Rapat Koordinasi SPBE" in flat
    assert "Dinas Komunikasi dan Informatika" in flat  # the office's name (Site Settings) stays at the top
    assert "Paragraf pembuka" in flat
    assert "(https://kominfo.go.id)" in flat  # a link's address is printed after it
    shell = ("Menu", "Langsung ke konten utama", "Umpan Atom", "Kembali ke berita terbaru", "Pengumuman")
    for chrome in shell:
        assert chrome not in flat, chrome


def test_a_card_without_a_photo_gets_the_band_of_its_category(phone_site):
    html = (phone_site / "index.html").read_text(encoding="utf-8")
    cards = re.findall(r'<article class="card[^"]*">.*?</article>', html, re.S)
    with_photo = [c for c in cards if "Rapat Koordinasi SPBE" in c]
    assert len(with_photo) == 1
    assert '<div class="card-media"><img src="img/' in with_photo[0]
    assert "card-band" not in with_photo[0]
    bands = {}
    for card in cards:
        if card is with_photo[0]:
            continue
        assert card.startswith('<article class="card card-no-photo">')
        band = re.search(
            r'<div class="card-media card-band card-tone-(\d)" aria-hidden="true">\s*'
            r'(?:<img class="card-band-logo" src="img/[0-9a-f]+\.svg" alt="" width="40" height="40">)?'
            r'<span class="card-band-brand">Dinas Kominfo</span><span class="card-band-label">([^<]+)</span>',
            card,
        )
        assert band, card
        bands.setdefault(band[2], set()).add(band[1])
    # one colour per category, and the categories of the demo's front page do not share one
    assert all(len(tones) == 1 for tones in bands.values())
    assert len({tone for tones in bands.values() for tone in tones}) == len(bands) >= 3
