"""HTML to Markdown (rich paste and the Word import): real clipboard HTML from Word, LibreOffice,
WhatsApp Web and a news site, Office junk dropped, tables, images never fetched."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from desktop_app.core.html_markdown import IMAGE_SCHEME, clean_html, html_to_markdown, replace_images
from desktop_app.core.rendering import render_markdown
from tests.media_samples import png_bytes

SAMPLES = Path(__file__).parent.parent / "data" / "html"


def _sample(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


def test_word_clipboard_html_becomes_clean_markdown():
    markdown = html_to_markdown(_sample("word_clipboard.html")).markdown
    assert markdown.startswith("# Pemkab Gelar Rapat Koordinasi Penanganan Banjir\n\n")
    assert "di **Aula Setda** pada hari Senin dengan seluruh kepala OPD." in markdown  # nbsp run: one space
    assert "*langkah tanggap darurat*" in markdown
    assert "## Hasil rapat" in markdown
    # Word's list paragraphs (mso-list) become real nested lists, their bullets gone
    assert "- Posko didirikan di tiga kecamatan\n  - Kecamatan Kota\n  - Kecamatan Pesisir\n" in markdown
    assert "- Bantuan logistik disalurkan hari ini" in markdown
    assert "1. Mendata warga terdampak\n2. Melaporkan ke provinsi" in markdown
    assert "[laman resmi](https://diskominfo.example.go.id/banjir).  \nNarahubung: Humas Setda" in markdown
    assert "> *“Keselamatan warga yang utama,” kata Bupati.*" in markdown  # MsoQuote
    assert "| **Kecamatan** | **Pengungsi** |\n| --- | --- |\n| Kota | 120 |" in markdown
    for junk in ("mso", "Mso", "font", "Calibri", "o:p", "style", "·", "&nbsp;", "\xa0", "<", "clip_image"):
        assert junk not in markdown, junk


def test_word_markdown_renders_as_the_website_shows_it():
    html = render_markdown(html_to_markdown(_sample("word_clipboard.html")).markdown)
    assert "<h1" in html
    assert "<h2" in html
    assert "<ul>\n<li>Posko didirikan di tiga kecamatan\n<ul>" in html
    assert "<ol>" in html
    assert "<blockquote>" in html
    assert "<br" in html
    assert "<table>" in html
    assert "<th><strong>Kecamatan</strong></th>" in html
    assert "<td>120</td>" in html


def test_libreoffice_clipboard_html():
    conversion = html_to_markdown(_sample("libreoffice_clipboard.html"))
    markdown = conversion.markdown
    assert markdown.startswith("## Jadwal Vaksinasi Pekan Ini\n")
    assert "Dinas Kesehatan membuka layanan vaksinasi di **puskesmas** dan *pos keliling*." in markdown
    assert "1. Senin: Puskesmas Kota" in markdown
    assert "   - pukul 08.00–12.00" in markdown
    assert "2. Selasa: Balai Desa Sukamaju" in markdown
    assert "lewat [aplikasi](https://sehat.example.go.id/daftar)." in markdown
    assert "> Vaksin aman dan halal." in markdown
    assert "| Hari | Kuota \\| orang |" in markdown  # a pipe inside a cell is escaped
    assert "Liberation" not in markdown
    assert "#c9211e" not in markdown
    assert "file:" not in markdown
    assert conversion.remote_images == 1


def test_whatsapp_web_message():
    conversion = html_to_markdown(_sample("whatsapp_web.html"))
    assert conversion.markdown == (
        "Mohon disebarkan: **Pelayanan KTP** tetap buka hari Sabtu.  \n"
        "Lokasi: *Mal Pelayanan Publik*, lantai 2.  \n"
        "Info: <https://disdukcapil.example.go.id>🙏\n"
    )
    assert conversion.remote_images == 0  # the emoji picture became its character


def test_news_article_html():
    conversion = html_to_markdown(_sample("news_article.html"))
    markdown = conversion.markdown
    assert markdown.startswith("# Pemprov Luncurkan Layanan Izin Usaha Daring\n")
    assert "asset.example-news.com" not in markdown
    assert conversion.remote_images == 1
    assert "googletag" not in markdown  # scripts go with their content
    assert "- NPWP\n  - pribadi atau badan" in markdown
    assert "> Layanan ini memangkas waktu & biaya." in markdown
    assert "Harga 2 \\* 3 = 6 dan nama\\_file tetap." in markdown  # Markdown's own marks escaped
    assert "\\." not in markdown  # full stops are not (mammoth's old writer's habit)


def test_comments_conditional_comments_and_office_tags_go():
    html = (
        "<p class=MsoNormal>A<!--[if gte mso 9]><xml><w:Hidden>secret</w:Hidden></xml><![endif]-->"
        "<o:p>&nbsp;</o:p><span style='color:red'></span> b</p><!-- note -->"
    )
    assert html_to_markdown(html).markdown == "A b\n"
    assert "secret" not in clean_html(html)
    assert "note" not in clean_html(html)


def test_bold_and_italic_given_as_styles_and_google_docs_wrapper():
    html = (
        '<b style="font-weight:normal;" id="docs-internal-guid-1234"><p dir="ltr">'
        '<span style="font-weight:700">Tebal</span> dan <span style="font-style:italic">miring</span>'
        " dan biasa</p></b>"
    )
    assert html_to_markdown(html).markdown == "**Tebal** dan *miring* dan biasa\n"


def test_merged_cells_and_nested_tables_become_paragraphs_and_are_counted():
    html = (
        "<table><tr><td colspan=2>Rekap</td></tr><tr><td>A</td><td>1</td></tr></table>"
        "<table><tr><td>Luar<table><tr><td>Dalam</td></tr></table></td></tr></table>"
    )
    conversion = html_to_markdown(html)
    assert conversion.flattened_tables == 2  # the merged one, the one with a table inside
    assert conversion.markdown == "Rekap\n\nA · 1\n\nLuar Dalam\n"


def test_remote_images_are_never_fetched_data_images_are_kept(monkeypatch):
    import socket

    def no_network(*args, **kwargs):
        raise AssertionError("the network was used")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    png = png_bytes(20, 10)
    html = (
        '<p>Foto:</p><img src="https://example.com/a.jpg" alt="jauh">'
        f'<p><img src="data:image/png;base64,{base64.b64encode(png).decode()}" alt="Bupati [kiri]"></p>'
        '<img src="data:image/png;base64,@@@not base64@@@">'
    )
    conversion = html_to_markdown(html)
    assert conversion.remote_images == 1
    assert conversion.unreadable_images == 1
    assert len(conversion.images) == 1
    assert conversion.images[0].data == png
    assert conversion.images[0].mime_type == "image/png"
    assert f"![Bupati (kiri)]({IMAGE_SCHEME}:1)" in conversion.markdown
    assert "example.com" not in conversion.markdown
    uuid = "0f0e0d0c-0b0a-4909-8807-060504030201"
    assert replace_images(conversion.markdown, {1: f"asset:{uuid}"}) == (
        f"Foto:\n\n![Bupati (kiri)](asset:{uuid})\n"
    )
    assert replace_images(conversion.markdown, {}) == "Foto:\n"


@pytest.mark.parametrize("html", ["", "   ", "<p> </p>", "<script>x()</script>", "<style>p{}</style>"])
def test_nothing_to_paste(html):
    assert html_to_markdown(html).markdown == ""


def test_unsafe_links_and_scripts_do_not_survive():
    html = (
        '<p><a href="javascript:alert(1)">klik</a> <a href="https://ok.example">ok</a><script>x</script></p>'
    )
    markdown = html_to_markdown(html).markdown
    assert "javascript" not in markdown
    assert "x" not in markdown.replace("example", "")
    assert "[ok](https://ok.example)" in markdown


@pytest.mark.parametrize("tag", ["div", "b", "blockquote", "ul><li"])
def test_tags_nested_too_deep_for_the_converter_arrive_as_plain_paragraphs(tag):
    closing = "</li></ul>" if tag == "ul><li" else f"</{tag}>"
    html = (
        "<p>Awal <b>tebal</b></p>"
        + f"<{tag}>" * 3000
        + "teks *bintang* &amp; <script>alert(1)</script><br>baris"
        + closing * 3000
        + "<p>Akhir</p>"
    )
    markdown = html_to_markdown(html).markdown
    assert markdown.startswith("Awal")
    assert "teks \\*bintang\\* &" in markdown  # the text, its Markdown characters escaped
    assert "baris" in markdown
    assert markdown.rstrip().endswith("Akhir")
    assert "alert" not in markdown  # sanitized first, as any paste


def test_soft_wraps_become_spaces_and_long_space_runs_stay_text():
    assert html_to_markdown("<p>Bupati \n\t\rmeresmikan\r\n  jembatan</p>").markdown.strip() == (
        "Bupati meresmikan jembatan"
    )
    spaces = "<p>a" + " \t" * 20_000 + "b</p>"  # one space: no part of the conversion reads it per space
    assert html_to_markdown(spaces).markdown.split() == ["a", "b"]
