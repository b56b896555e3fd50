"""The approval sheet as a PDF, read back with real tools (pdftotext, pdftoppm + zbarimg), and the
article as DOCX (read back with python-docx) and ODT (its content.xml unzipped)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desktop_app.core.approval_sheet import build_sheet, parse_qr_payload
from desktop_app.core.models import ArticleChanges
from tests.export.print_tools import pdf_pages, pdf_text, qr_codes, red_share

EGOV = "E-Government : Konsep Dan Implementasi"
ROOT = Path(__file__).resolve().parents[2]

RICH_BODY = """Paragraf pembuka dengan **tebal**, *miring* dan [tautan](https://kominfo.go.id).

![Suasana rapat](asset:{a})

## Agenda rapat

1. Pembukaan
2. Laporan kegiatan

- Butir satu
- Butir **dua**

> Kutipan kepala dinas.

| Bidang | Jumlah |
|:-------|-------:|
| SPBE   | 12     |

![Foto kedua](asset:{b})
"""


def _pdf(database, article_id: int, path: Path, language: str = "id") -> int:
    from PySide6.QtWidgets import QApplication

    from desktop_app import i18n
    from desktop_app.ui.approval_sheet import ApprovalSheetRenderer, write_pdf_atomically

    i18n.install_translators(QApplication.instance(), language)
    return write_pdf_atomically(ApprovalSheetRenderer(build_sheet(database, article_id), language), path)


@pytest.fixture
def rich_article(sqlite_database):
    """An article with a link, a list, a heading, a quote and two photos from the library."""
    from PIL import Image

    from db.models import Asset
    from desktop_app.core.articles import ArticleService

    uuids = []
    for n, colour in enumerate(((20, 60, 140), (140, 60, 20))):
        buffer = io.BytesIO()
        Image.new("RGB", (320, 200), colour).save(buffer, "JPEG")
        data = buffer.getvalue()
        uuids.append(
            Asset.create(
                sha256=f"{n}" * 64,
                filename=f"foto{n}.jpg",
                mime_type="image/jpeg",
                width=320,
                height=200,
                bytes=len(data),
                original=data,
                web=data,
                web_mime_type="image/jpeg",
                web_width=320,
                web_height=200,
                alt_text=f"Foto {n}",
                caption=f"Keterangan {n}",
                credit="Humas",
            ).uuid
        )
    article = ArticleService(sqlite_database).create(
        ArticleChanges(
            title="Rapat Koordinasi SPBE",
            body=RICH_BODY.format(a=uuids[0], b=uuids[1]),
            summary="Ringkasan rapat.",
            category="Berita",
            dateline="AROSUKA",
        )
    )
    return article.id


def test_the_demo_egov_sheet_shows_every_field_and_its_qr_code_names_the_signed_text(
    qapp, demo_database, tmp_path
):
    from db.models import Article, StatusChange

    article = Article.get(Article.title == EGOV)
    # the record that signed the text online: the approval of the demo's public correction
    record = StatusChange.get(
        (StatusChange.article == article.id) & (StatusChange.action == "approve_correction")
    )
    pdf = tmp_path / "egov.pdf"
    pages = _pdf(demo_database, article.id, pdf)
    assert pdf_pages(pdf) == pages >= 1
    text = " ".join(pdf_text(pdf).split())
    for expected in (
        "Dinas Kominfo",
        "LEMBAR PERSETUJUAN NASKAH",
        "E-Government : Konsep Dan Implementasi",
        "Penulis Demo",
        "Opini",
        "Terbit",
        "Disetujui oleh Redaktur Demo",
        f"Revisi {record.revision},",
        record.content_sha256[:12],
        "Pejabat yang menyetujui",
        f"Halaman 1 dari {pages}",
    ):
        assert expected in text, expected
    assert "DRAF" not in text
    [code] = qr_codes(pdf)
    assert parse_qr_payload(code) == (article.id, record.revision, record.content_sha256)


def test_a_draft_is_marked_draf_on_every_page(qapp, sqlite_database, tmp_path):
    from desktop_app.core.articles import ArticleService

    body = "\n\n".join(f"Paragraf {n} " + "kata " * 80 for n in range(40))
    article = ArticleService(sqlite_database).create(ArticleChanges(title="Laporan Panjang", body=body))
    pdf = tmp_path / "draft.pdf"
    pages = _pdf(sqlite_database, article.id, pdf)
    assert pages >= 3
    for page in range(1, pages + 1):
        text = pdf_text(pdf, page)
        assert "DRAF" in text, page  # named in the footer
        assert f"Halaman {page} dari {pages}" in text
        assert red_share(pdf, page) > 0.03, page  # and drawn across the page
    assert "Disetujui oleh" not in pdf_text(pdf)


def test_an_approved_sheet_has_no_draft_mark(qapp, demo_database, tmp_path):
    from db.models import Article

    approved = Article.get(Article.status == "approved")
    pdf = tmp_path / "approved.pdf"
    _pdf(demo_database, approved.id, pdf)
    text = " ".join(pdf_text(pdf).split())
    assert "DRAF" not in text
    assert "Disetujui oleh Redaktur Demo" in text
    assert red_share(pdf, 1) < 0.005


def test_the_sheet_speaks_english_when_the_app_does(qapp, demo_database, tmp_path):
    from db.models import Article

    draft = Article.get(Article.status == "draft")
    pdf = tmp_path / "en.pdf"
    _pdf(demo_database, draft.id, pdf, "en")
    text = " ".join(pdf_text(pdf).split())
    assert "ARTICLE APPROVAL SHEET" in text
    assert "Page 1 of " in text  # (one page, or two with the demo's drawing)
    assert "DRAFT" in text
    assert "Approving official" in text


def test_images_are_printed(qapp, sqlite_database, rich_article, tmp_path):
    import shutil

    from tests.export.print_tools import need

    need("pdfimages")
    pdf = tmp_path / "rich.pdf"
    _pdf(sqlite_database, rich_article, pdf)
    listing = subprocess.run(
        [shutil.which("pdfimages") or "pdfimages", "-list", str(pdf)], capture_output=True, text=True
    ).stdout
    sizes = {(line.split()[3], line.split()[4]) for line in listing.splitlines()[2:]}
    assert ("320", "200") in sizes  # the two photos (and the QR code)
    assert "Keterangan 0" in pdf_text(pdf)


def test_redaksi_print_writes_the_pdf_headless(demo_database, db_target, tmp_path):
    from db.models import Article

    article = Article.get(Article.title == EGOV)
    pdf = tmp_path / "cli.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    demo_database.close()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_app.cli",
            "--db",
            db_target,
            "print",
            str(article.id),
            "--pdf",
            str(pdf),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Lembar persetujuan artikel" in result.stdout
    assert pdf.read_bytes().startswith(b"%PDF")
    assert EGOV in " ".join(pdf_text(pdf).split())


def test_redaksi_print_refuses_a_missing_folder_and_article(demo_database, db_target, tmp_path, capsys):
    from desktop_app.cli import main

    demo_database.close()
    assert main(["--db", db_target, "print", "1", "--pdf", str(tmp_path / "no" / "x.pdf")]) == 1
    assert "tidak ada" in capsys.readouterr().err


def test_docx_export_keeps_headings_emphasis_lists_links_and_images(sqlite_database, rich_article, tmp_path):
    import docx

    from desktop_app.cli import main

    target = tmp_path / "artikel.docx"
    sqlite_database.close()
    db = str(tmp_path / "redaksi.db")
    assert main(["--db", db, "export-article", str(rich_article), "--docx", str(target)]) == 0
    document = docx.Document(str(target))
    styles = [(p.style.name, p.text) for p in document.paragraphs]
    assert ("Title", "Rapat Koordinasi SPBE") in styles
    assert ("Heading 2", "Agenda rapat") in styles
    assert ("List Number", "Pembukaan") in styles
    assert ("List Bullet", "Butir satu") in styles
    assert ("Quote", "Kutipan kepala dinas.") in styles
    runs = [run for p in document.paragraphs for run in p.runs]
    assert any(r.text == "tebal" and r.bold for r in runs)
    assert any(r.text == "miring" and r.italic for r in runs)
    links = [(h.address, h.text) for p in document.paragraphs for h in p.hyperlinks]
    assert links == [("https://kominfo.go.id", "tautan")]
    assert len(document.inline_shapes) == 2
    [table] = document.tables
    assert [[cell.text for cell in row.cells] for row in table.rows] == [["Bidang", "Jumlah"], ["SPBE", "12"]]
    assert document.core_properties.title == "Rapat Koordinasi SPBE"


def test_odt_export_keeps_headings_emphasis_lists_links_and_images(
    qapp, sqlite_database, rich_article, tmp_path
):
    from desktop_app.cli import main

    target = tmp_path / "artikel.odt"
    sqlite_database.close()
    db = str(tmp_path / "redaksi.db")
    assert main(["--db", db, "export-article", str(rich_article), "--odt", str(target)]) == 0
    with zipfile.ZipFile(target) as archive:
        assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        content = archive.read("content.xml").decode("utf-8")
        pictures = [n for n in archive.namelist() if n.startswith("Pictures/")]
    assert len(pictures) == 2
    assert content.count("<draw:image") == 2
    assert content.count("<table:table ") == 1
    assert 'text:outline-level="1"' in content
    assert 'text:outline-level="2"' in content
    assert 'xlink:href="https://kominfo.go.id"' in content
    assert content.count("<text:list ") >= 2
    assert "Pembukaan" in content
    assert "Kutipan kepala dinas." in content
    assert 'fo:font-weight="bold"' in content
    assert 'fo:font-style="italic"' in content


def test_the_office_logo_from_the_site_settings_is_printed(qapp, demo_database, tmp_path):
    import shutil

    from PIL import Image

    from db.models import Article, SiteSetting
    from tests.export.print_tools import need

    need("pdfimages")
    logo = tmp_path / "logo.png"
    Image.new("RGB", (123, 97), (200, 160, 0)).save(logo)
    SiteSetting.insert(key="logo", value=str(logo)).on_conflict(
        conflict_target=[SiteSetting.key], update={SiteSetting.value: str(logo)}
    ).execute()
    article = Article.get(Article.title == EGOV)
    assert build_sheet(demo_database, article.id).logo == logo.read_bytes()
    pdf = tmp_path / "logo.pdf"
    _pdf(demo_database, article.id, pdf)
    listing = subprocess.run(
        [shutil.which("pdfimages"), "-list", str(pdf)], capture_output=True, text=True
    ).stdout
    assert any(line.split()[3:5] == ["123", "97"] for line in listing.splitlines()[2:])
