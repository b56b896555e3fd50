"""Word documents made with python-docx at test time (a test-only dependency), shaped like an
office's press release: Title, headings, bold and italic, a link, lists, a quote, a table,
photos with alt text, a comment and a tracked change."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

from tests.media_samples import phone_jpeg, png_bytes

TITLE = "Pemkab Salurkan Bantuan untuk Korban Banjir"
LINK_URL = "https://diskominfo.example.go.id/banjir"


def _hyperlink(paragraph, text: str, url: str) -> None:
    """python-docx has no hyperlink call: the relationship and ``<w:hyperlink>`` by hand."""
    rel_id = paragraph.part.relate_to(
        url, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", is_external=True
    )
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    run = OxmlElement("w:r")
    text_element = OxmlElement("w:t")
    text_element.text = text
    run.append(text_element)
    link.append(run)
    paragraph._p.append(link)


def _tracked(paragraph, inserted: str, deleted: str) -> None:
    """A tracked insertion and deletion (as Word writes them with Track Changes on)."""
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), "901")
    ins.set(qn("w:author"), "Editor")
    ins.set(qn("w:date"), "2026-11-12T09:00:00Z")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = inserted
    text.set(qn("xml:space"), "preserve")
    run.append(text)
    ins.append(run)
    paragraph._p.append(ins)
    deletion = OxmlElement("w:del")
    deletion.set(qn("w:id"), "902")
    deletion.set(qn("w:author"), "Editor")
    deletion.set(qn("w:date"), "2026-11-12T09:00:00Z")
    run = OxmlElement("w:r")
    deleted_text = OxmlElement("w:delText")
    deleted_text.text = deleted
    run.append(deleted_text)
    deletion.append(run)
    paragraph._p.append(deletion)


def _alt_text(document, alt: str) -> None:
    """The alt text of the last picture added (``wp:docPr/@descr``, Word's Alt Text pane)."""
    doc_prs = document.element.body.findall(".//" + qn("wp:docPr"))
    doc_prs[-1].set("descr", alt)


def press_release(path: Path, *, photos: int = 2, comment: bool = True, tracked: bool = True) -> Path:
    """The sample press release at ``path``."""
    document = Document()
    document.add_paragraph(TITLE, style="Title")
    lead = document.add_paragraph("Pemerintah kabupaten menyalurkan ")
    lead.add_run("bantuan logistik").bold = True
    lead.add_run(" kepada warga di ")
    lead.add_run("tiga kecamatan").italic = True
    lead.add_run(". Rincian di ")
    _hyperlink(lead, "laman resmi", LINK_URL)
    lead.add_run(".")
    if tracked:
        _tracked(lead, " Penyaluran dimulai pagi ini.", " Penyaluran ditunda.")
    if comment:
        document.add_comment(lead.runs[1], text="Cek angka ini", author="Editor", initials="ED")
    document.add_heading("Bantuan yang disalurkan", level=1)
    for item in ("Beras 5 ton", "Air bersih", "Selimut"):
        document.add_paragraph(item, style="List Bullet")
    document.add_heading("Langkah berikutnya", level=2)
    for item in ("Mendata warga", "Melapor ke provinsi"):
        document.add_paragraph(item, style="List Number")
    document.add_paragraph("Keselamatan warga yang utama.", style="Quote")
    broken = document.add_paragraph("Narahubung: Humas Setda")
    broken.runs[0].add_break(WD_BREAK.LINE)
    broken.add_run("Telepon 0271-123456")
    table = document.add_table(rows=3, cols=2)
    for row, cells in enumerate((("Kecamatan", "Pengungsi"), ("Kota", "120"), ("Pesisir", "85"))):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    for number in range(photos):
        data = phone_jpeg(640 + number * 8, 480) if number % 2 == 0 else png_bytes(300 + number, 200)
        document.add_picture(io.BytesIO(data), width=Cm(8))
        _alt_text(document, f"Foto {number + 1}: warga menerima bantuan")
    document.add_paragraph("Penutup berita.")
    document.save(path)
    return path
