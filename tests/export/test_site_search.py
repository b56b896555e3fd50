"""The site's search (``cari.html``, ``cari.js``, ``cari-indeks.js``): works from a folder on
disk, finds Indonesian words whatever their case and diacritics, is kept while nothing changes,
and nothing in a title breaks out of the index script."""

from __future__ import annotations

import datetime as _dt
import json
import re
import shutil
import subprocess
from dataclasses import replace
from html import unescape
from pathlib import Path

import pytest

from db.models import Article
from desktop_app.core.articles import ArticleService
from desktop_app.core.export import export_site
from desktop_app.core.export.search_index import (
    GLOBAL_NAME,
    INDEX_FORMAT,
    fold,
    index_script,
    make_entry,
    plain_opening,
    words,
)
from desktop_app.core.models import ArticleChanges
from desktop_app.core.site_settings import load_site_settings, save_site_settings
from tests.core.export_helpers import publish_snapshot, site_admin
from tests.core.test_export_golden import _fixed_site
from tests.export.tools import CHROMIUM, need

NOW = _dt.datetime(2026, 11, 28)
NASTY_TITLE = 'Tes </script><script>alert("x")</script> & <!-- "kutip" \u2028 🎉 Rapat'
PREFIX = f"window.{GLOBAL_NAME} = "


def read_index(site: Path) -> dict:
    text = (site / "cari-indeks.js").read_text(encoding="utf-8")
    start = text.index(PREFIX) + len(PREFIX)
    assert text.rstrip().endswith("};")
    return json.loads(text[start : text.rstrip().rindex(";")])


def add_article(database, title: str, body: str, summary: str = "", **fields) -> int:
    article = ArticleService(database).create(
        ArticleChanges(title=title, body=body, summary=summary, category="Berita", **fields)
    )
    publish_snapshot(article.id, title=title, body=body, summary=summary, category_name="Berita")
    return article.id


def test_the_index_lists_the_live_articles_newest_first(database, tmp_path):
    _fixed_site(database)
    out = tmp_path / "site"
    export_site(database, out, now=NOW)
    index = read_index(out)
    assert index["format"] == INDEX_FORMAT
    rows = index["articles"]
    assert [r[0] for r in rows] == [
        'Catatan: <Keamanan> & "Privasi" Data',
        "Pengumuman Seleksi Tenaga Ahli TIK",
        "Bupati Resmikan Layanan Internet Desa",
    ]
    assert index["page"] == ["berita/", ".html"]
    assert index["months"][10] == "November"
    title, slug, iso_date, category, snippet, extra = rows[2]
    assert (out / f"berita/{slug}.html").is_file()
    assert slug == "bupati-resmikan-layanan-internet-desa"
    assert (iso_date, category) == ("2026-11-20", "Berita")
    assert snippet == "Sebanyak 74 nagari kini terhubung dengan internet."
    # the opening of the text and the tags, folded, without what the title and snippet hold
    # nor common words ("di", "untuk")
    assert extra.split() == ["meresmikan", "jadwal", "pemasangan", "pelatihan", "operator", "semua", "spbe"]
    # the link address of the second article's text is not a word to find it by
    assert "https" not in rows[1][5]
    assert "situs resmi" in rows[1][5]


def test_nothing_in_a_title_breaks_out_of_the_index_script(database, tmp_path):
    add_article(database, NASTY_TITLE, "Isi berita.", summary="</SCRIPT> ringkasan <b>")
    out = tmp_path / "site"
    export_site(database, out)
    text = (out / "cari-indeks.js").read_text(encoding="utf-8")
    assert "<" not in text
    assert ">" not in text
    assert "&" not in text.replace("\\u0026", "")
    assert "\u2028" not in text
    row = read_index(out)["articles"][0]
    assert row[0] == NASTY_TITLE
    assert row[4] == "</SCRIPT> ringkasan <b>"
    if shutil.which("node"):  # the script as a JavaScript engine reads it
        run = subprocess.run(
            [
                "node",
                "-e",
                f"var window={{}};{text}\nprocess.stdout.write(window.{GLOBAL_NAME}.articles[0][0])",
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert run.returncode == 0, run.stderr
        assert run.stdout == NASTY_TITLE


def test_index_script_escapes_markup_and_keeps_emoji():
    entry = make_entry(title="</script> 🎉", slug="a", iso_date="", category="", summary="", opening="")
    data = index_script([entry.row()], ["Januari"]).decode()
    assert "</script>" not in data
    assert "\\u003c/script\\u003e 🎉" in data


def test_words_are_folded_as_the_script_folds_them():
    assert fold("Pemérintah ÇAMAT Naïf") == "pemerintah camat naif"
    assert words("SPBE: e-Government, Rp 1.500") == ["spbe", "e", "government", "rp", "1", "500"]
    entry = make_entry(
        title="Rapat Pemerintah",
        slug="a",
        iso_date="",
        category="Berita",
        summary="Ringkasan.",
        opening="Pemérintah nagari dan sandi; persandian, sandiwara di Sandi",
        tags=["SPBE", "Di Sini"],
    )
    # no word twice, none that starts a word kept anyway ("sandi": "sandiwara"), no common
    # word but a tag's
    assert entry.extra == ("nagari", "persandian", "sandiwara", "spbe", "sini", "di")


TRICKY_TEXTS = [
    "Pemérintah “Nagari” — Rp1½ juta",
    "e\u0301 and a\u0323\u0302: marks after plain letters",
    "ﬁnal ｆｕｌｌ\u00a0wide\u2003space ① ² ǅemal",
    "ΟΔΟΣ ΣΑΣ οδός",  # (a final sigma lower-cases as ς at the end of a word)
    "İstanbul ß 한국어 가나",
    "ไทย हिन्दी\u093f ‍zero‍width",
]


@pytest.mark.parametrize("text", TRICKY_TEXTS)
def test_folding_a_run_at_a_time_is_folding_the_whole_text(text):
    """``fold`` decomposes only the runs beyond ASCII: the same text as the definition (NFKD of
    the whole text, marks dropped, lower-cased)."""
    import unicodedata

    whole = unicodedata.normalize("NFKD", text)
    expected = "".join(c for c in whole if unicodedata.category(c)[0] != "M").lower()
    assert fold(text) == expected
    assert words(text) == re.findall(r"[^\W_]+", expected)


@pytest.mark.parametrize("text", TRICKY_TEXTS)
def test_the_lead_check_normalises_a_run_at_a_time_as_the_whole_text(text):
    import unicodedata

    from desktop_app.core.article_header import _NOT_WORD, normalised

    whole = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in whole if not unicodedata.combining(c)).casefold()
    assert normalised(text) == _NOT_WORD.sub(" ", bare).strip()


def test_the_opening_of_a_text_is_plain():
    markdown = (
        "## Judul\n\nBupati **meresmikan** [layanan](https://contoh.go.id) di *74* nagari.[^1]\n\n"
        "![Foto](asset:00000000-0000-4000-8000-000000000000)\n\n```\nkode()\n```\n\n"
        "| A | B |\n|---|--:|\n| x | 2 |\n\n[^1]: Catatan.\n"
    )
    text = plain_opening(markdown)
    assert text.startswith("Judul Bupati meresmikan layanan di 74 nagari.")
    for leftover in ("**", "https", "asset:", "kode", "Foto", "#", "[^1]", "|"):
        assert leftover not in text
    long = plain_opening("kata " * 200)
    assert len(long) <= 301
    assert long.endswith("…")


def test_the_index_is_kept_while_no_live_article_changes(database, tmp_path, monkeypatch):
    _fixed_site(database)
    out = tmp_path / "site"
    export_site(database, out, now=NOW)
    first = (out / "cari-indeks.js").read_bytes()
    first_rows = read_index(out)["articles"]
    import desktop_app.core.export.build as build

    def no_reading(*args, **kwargs):
        raise AssertionError("the texts were read again although nothing changed")

    monkeypatch.setattr(build, "load_body_openings", no_reading)
    again = export_site(database, out, now=NOW)
    assert "cari-indeks.js" not in again.written
    assert (out / "cari-indeks.js").read_bytes() == first
    monkeypatch.undo()
    add_article(database, "Lomba Inovasi Nagari", "Pemérintah nagari berlomba.")
    changed = export_site(database, out, now=_dt.datetime(2030, 1, 1))
    assert "cari-indeks.js" in changed.written
    assert "cari.js" not in changed.written
    assert "cari.html" not in changed.written
    rows = read_index(out)["articles"]
    assert rows[0][0] == "Lomba Inovasi Nagari"
    assert rows[0][4] == "Pemérintah nagari berlomba."
    assert len(rows) == 4
    assert rows[1:] == first_rows  # the others' rows kept


def test_a_change_reads_only_the_changed_text(database, tmp_path, monkeypatch):
    _fixed_site(database)
    out = tmp_path / "site"
    export_site(database, out, now=NOW)
    before = read_index(out)["articles"]
    changed = Article.get(Article.title == "Pengumuman Seleksi Tenaga Ahli TIK")
    publish_snapshot(changed.id, body="Seleksi ditunda sampai Januari.", summary="")
    import desktop_app.core.export.build as build

    read: list[list[int]] = []
    real = build.load_body_openings

    def counted(ids, chars):
        read.append(list(ids))
        return real(ids, chars)

    monkeypatch.setattr(build, "load_body_openings", counted)
    export_site(database, out, now=NOW)
    after = read_index(out)["articles"]
    assert len(read) <= 1
    assert [len(ids) for ids in read] in ([], [1])  # (or none: the changed body was read anyway)
    assert after[1][4] == "Seleksi ditunda sampai Januari."
    assert after[0] == before[0]
    assert after[2] == before[2]


def test_the_search_page_says_what_to_do_without_javascript(database, tmp_path):
    _fixed_site(database)
    out = tmp_path / "site"
    export_site(database, out, now=NOW)
    page = (out / "cari.html").read_text(encoding="utf-8")
    noscript = re.search(r"<noscript>(.*?)</noscript>", page, re.DOTALL)
    assert noscript
    assert "Pencarian di situs ini memerlukan JavaScript" in noscript.group(1)
    assert '<script src="cari-indeks.js"></script>' in page
    assert '<script src="cari.js"></script>' in page
    assert page.count('type="search"') == 1  # the page's own form, not the header's as well
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    assert "cari.html" not in sitemap
    article = (out / "berita/bupati-resmikan-layanan-internet-desa.html").read_text(encoding="utf-8")
    assert '<form class="site-search" role="search" action="../cari.html" method="get">' in article

    save_site_settings(database, replace(load_site_settings(database), language="en"), actor=site_admin())
    english = tmp_path / "english"
    export_site(database, english, now=NOW)
    page = (english / "cari.html").read_text(encoding="utf-8")
    assert "Searching this site needs JavaScript" in page
    assert unescape(re.search(r'data-none="([^"]*)"', page).group(1)).startswith("No article matches")


def _search_dom(page: Path, query: str, profile: Path) -> str:
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
            "--virtual-time-budget=5000",
            "--dump-dom",
            page.as_uri() + "?q=" + query,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "</html>" in run.stdout, run.stderr[-500:]
    return run.stdout


def test_the_search_runs_in_a_browser_from_the_folder_on_disk(sqlite_database, tmp_path):
    need(chromium=CHROMIUM)
    from desktop_app.core.demo import fill_demo

    fill_demo(sqlite_database)
    add_article(sqlite_database, NASTY_TITLE, "Pemérintah nagari menyiapkan rapat.")
    older = add_article(sqlite_database, "Festival Nagari Digital", "Acara tahunan.")
    Article.update(published_at=_dt.datetime(2020, 1, 6)).where(Article.id == older).execute()
    out = tmp_path / "site"
    export_site(sqlite_database, out)
    page, profile = out / "cari.html", tmp_path / "chromium-profile"

    dom = _search_dom(page, "SPBE", profile)
    results = re.findall(r'<li class="search-result">.*?</li>', dom, re.DOTALL)
    assert len(results) == 1
    e_government = Article.get(Article.title.contains("E-Government"))
    assert f'href="berita/{e_government.slug}.html"' in results[0]
    assert "1 berita cocok dengan “SPBE”." in dom
    assert re.search(r'<time datetime="\d{4}-\d\d-\d\d">', results[0])

    # case and diacritics folded, every word a prefix, the title's markup shown as text
    dom = _search_dom(page, "PEMERINTAH%20nag", profile)
    results = re.findall(r'<li class="search-result">.*?</li>', dom, re.DOTALL)
    assert len(results) == 1
    assert "&lt;/script&gt;&lt;script&gt;alert" in results[0]
    assert "<mark>Pemérintah</mark> <mark>nagari</mark>" in results[0]

    # a match in the title first, even an older one
    dom = _search_dom(page, "nagari", profile)
    titles = re.findall(r'<h2 class="search-result-title"><a href="[^"]*">(.*?)</a>', dom)
    assert titles[0] == "Festival <mark>Nagari</mark> Digital"
    assert "alert" in titles[1]

    dom = _search_dom(page, "zzzzqx", profile)
    assert 'class="search-result"' not in dom
    assert "Tidak ada berita yang cocok dengan “zzzzqx”." in dom


@pytest.mark.parametrize(
    "damage", [b"", b"window.REDAKSI_SEARCH = {", b'/* x */\nwindow.REDAKSI_SEARCH = {"a":1};\n']
)
def test_an_index_damaged_since_is_made_again_whole(database, tmp_path, damage):
    _fixed_site(database)
    out = tmp_path / "site"
    export_site(database, out, now=NOW)
    before = read_index(out)["articles"]
    (out / "cari-indeks.js").write_bytes(damage)
    changed = Article.get(Article.title == "Pengumuman Seleksi Tenaga Ahli TIK")
    publish_snapshot(changed.id, summary="Seleksi ditunda.")
    export_site(database, out, now=NOW)
    after = read_index(out)["articles"]
    assert after[1][4] == "Seleksi ditunda."
    assert [after[0], after[2]] == [before[0], before[2]]


def test_a_re_export_after_a_change_writes_the_index_a_full_export_writes(database, tmp_path):
    """The rows of the unchanged articles are carried over as their lines: the file is byte for
    byte the one a full export makes."""
    _fixed_site(database)
    add_article(database, NASTY_TITLE, "Isi berita dengan <tanda> & “kutip”.")
    out = tmp_path / "site"
    export_site(database, out, now=NOW)
    changed = Article.get(Article.title == "Pengumuman Seleksi Tenaga Ahli TIK")
    publish_snapshot(changed.id, summary="Seleksi ditunda.")
    again = export_site(database, out, now=NOW)
    assert "cari-indeks.js" in again.written
    export_site(database, tmp_path / "full", now=NOW, full=True)
    assert (out / "cari-indeks.js").read_bytes() == (tmp_path / "full" / "cari-indeks.js").read_bytes()
    assert read_index(out)["articles"][2][4] == "Seleksi ditunda."


def test_rows_of_an_index_edited_since_are_encoded_again(database, tmp_path):
    """An index whose bytes are not the ones the export wrote is not carried over line by line:
    a row someone edited to hold a raw ``</script>`` (still valid JSON) is escaped again."""
    _fixed_site(database)
    add_article(database, NASTY_TITLE, "Isi berita.")
    out = tmp_path / "site"
    export_site(database, out, now=NOW)
    index = out / "cari-indeks.js"
    text = index.read_text(encoding="utf-8")
    assert "\\u003c/script\\u003e" in text
    index.write_text(text.replace("\\u003c/script\\u003e", "</script>"), encoding="utf-8")
    assert "</script>" in index.read_text(encoding="utf-8")
    changed = Article.get(Article.title == "Pengumuman Seleksi Tenaga Ahli TIK")
    publish_snapshot(changed.id, summary="Seleksi ditunda.")
    export_site(database, out, now=NOW)
    text = index.read_text(encoding="utf-8")
    assert "</script>" not in text
    assert read_index(out)["articles"][0][0] == NASTY_TITLE


def test_link_texts_stay_and_their_targets_go_from_the_opening():
    opening = plain_opening(
        "Lihat [peta kota](https://id.wikipedia.org/wiki/Solok_(kota)) dan ![foto](a(1).jpg) ini"
    )
    assert opening == "Lihat peta kota dan ini"
    # Brackets that never close are text; each is read past once, not to the end of the body.
    assert plain_opening("[" * 200 + " kata") == "[" * 200 + " kata"
