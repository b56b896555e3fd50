"""The article's header: one template for the website and the preview; the lead shown once."""

from __future__ import annotations

from db.models import Article
from desktop_app.core.article_header import lead_in_body, place_lead, preview_opening
from desktop_app.core.export import export_site
from tests.core.export_helpers import publish_snapshot

E_GOV = "E-Government : Konsep Dan Implementasi"


def test_a_lead_the_first_paragraph_begins_with_counts_as_repeated():
    body = "<p>Pemerintah Kabupaten <em>Solok</em> meluncurkan aplikasi baru. Kalimat kedua.</p>"
    assert lead_in_body("pemerintah kabupaten Solok meluncurkan aplikasi baru", body)
    assert lead_in_body("Pemerintah Kabupaten Solok meluncurkan aplikasi baru.", body)
    assert not lead_in_body("Pemerintah Kabupaten Solok meluncurkan", "<p>Lain sama sekali.</p>")
    assert not lead_in_body("Pemerintah Kabupaten Solok meluncurkan aplikasi", "<h2>Judul</h2>" + body)
    # a word cut in half is not a repetition; nor a lead too short to tell
    assert not lead_in_body("Pemerintah Kabupaten Solok meluncur", body)
    assert not lead_in_body("Pemerintah", body)


def test_the_dateline_opens_the_body_when_the_lead_is_left_out():
    body = "<p>Bupati membuka rapat.</p><p>Lanjut.</p>"
    lead, shown = place_lead("Bupati membuka rapat", "Arosuka", body)
    assert lead == {"lead": "", "dateline": ""}
    assert shown == '<p><strong class="dateline">AROSUKA</strong> – Bupati membuka rapat.</p><p>Lanjut.</p>'
    lead, shown = place_lead("Ringkasan yang berbeda dari isi.", "Arosuka", body)
    assert lead == {"lead": "Ringkasan yang berbeda dari isi.", "dateline": "Arosuka"}
    assert shown == body


def test_the_preview_header_comes_from_the_site_template():
    header, body = preview_opening("Rapat <Staf>", "Ringkasan berita ini.", "Arosuka", "<p>Isi.</p>")
    assert header.startswith('<header class="article-header">')
    assert '<h1 class="article-title">Rapat &lt;Staf&gt;</h1>' in header
    assert '<p class="lead"><strong class="dateline">AROSUKA</strong> – Ringkasan berita ini.</p>' in header
    assert body == "<p>Isi.</p>"


def test_the_article_page_shows_a_repeated_lead_once(demo_database, tmp_path):
    article = Article.get(Article.title == E_GOV)
    lead = "Pemerintah Kabupaten Solok menerapkan SPBE di seluruh perangkat daerah"
    publish_snapshot(
        article.id, summary=lead, body=lead + ", kata Kepala Dinas.\n\nParagraf kedua.", dateline="Arosuka"
    )
    export_site(demo_database, tmp_path / "site")
    page = (tmp_path / "site" / "berita" / "e-government-konsep-dan-implementasi.html").read_text("utf-8")
    shown = page[page.index('<article class="article">') : page.index("</article>")]
    assert shown.count("menerapkan SPBE di seluruh perangkat daerah") == 1
    assert '<p><strong class="dateline">AROSUKA</strong> – Pemerintah Kabupaten Solok menerapkan' in page
    assert '<p class="lead">' not in page
    assert '<meta name="description" content="Pemerintah Kabupaten Solok menerapkan SPBE' in page


def test_the_article_page_and_the_preview_share_the_header(demo_database, tmp_path):
    article = Article.get(Article.title == E_GOV)
    publish_snapshot(article.id, summary="Ringkasan yang lain.", dateline="Arosuka")
    export_site(demo_database, tmp_path / "site")
    page = (tmp_path / "site" / "berita" / "e-government-konsep-dan-implementasi.html").read_text("utf-8")
    header, _ = preview_opening(E_GOV, "Ringkasan yang lain.", "Arosuka", "<p>x</p>")
    for line in header.splitlines():
        if "article-title" in line or "lead" in line:
            assert line in page


def test_a_dateline_with_nothing_after_it_is_left_out():
    assert place_lead("", "Arosuka", "<p></p>\n") == ({"lead": "", "dateline": ""}, "<p></p>\n")
    lead, body = place_lead("", "Arosuka", "<h2>Jadwal</h2><p>Isi.</p>")
    assert lead == {"lead": "", "dateline": "Arosuka"}
    assert body == "<h2>Jadwal</h2><p>Isi.</p>"


def test_the_single_page_shows_a_repeated_lead_once_too(demo_database):
    from desktop_app.core.export.single import article_standalone

    article = Article.get(Article.title == E_GOV)  # the demo's lead is the body's first sentence
    page = article_standalone(demo_database, article.id)
    shown = page[page.index("<article") :]
    assert shown.count("Selintas ketika kita mendengar e-government") == 1
    assert '<p class="lead">' not in shown
