"""One article as a Word document (python-docx), for offices that forward the text by e-mail.

The text is the approval sheet's (:func:`desktop_app.core.approval_sheet.build_sheet`: the
signed-off revision of an approved or published article, the newest one otherwise), as the one
renderer made it HTML. That HTML (a small, sanitized set of tags) is walked here and written
with Word's own styles: headings as "Heading 1-6", lists as "List Bullet"/"List Number" (nested
ones as "... 2" and "... 3"), quotes as "Quote", links as real hyperlinks, images (the web
versions from the media library) as pictures with their caption and credit below, tables as
tables. No Qt here.
"""

from __future__ import annotations

import html
import io
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any

from desktop_app.core.approval_sheet import ApprovalSheet

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.text.paragraph import Paragraph

#: The widest a picture is placed (centimetres; an A4 page with Word's default margins has 16).
PICTURE_MAX_CM = 15.0
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "figcaption", "td", "th"}


@dataclass
class _Style:
    bold: bool = False
    italic: bool = False
    code: bool = False
    strike: bool = False
    sup: bool = False
    sub: bool = False
    href: str = ""


@dataclass
class _Walker(HTMLParser):
    """Writes the body's HTML into ``doc``."""

    doc: DocxDocument
    images: dict[str, tuple[bytes, int, int]]
    styles: list[_Style] = field(default_factory=lambda: [_Style()])
    lists: list[str] = field(default_factory=list)
    quote: int = 0
    paragraph: Paragraph | None = None
    table: Any = None
    row: Any = None
    cell_index: int = 0
    in_pre: bool = False

    def __post_init__(self) -> None:
        HTMLParser.__init__(self, convert_charrefs=True)

    # -- paragraphs ----------------------------------------------------------------------------

    def _new_paragraph(self, style: str | None = None) -> Paragraph:
        if self.row is not None:
            cell = self.row.cells[min(self.cell_index, len(self.row.cells) - 1)]
            paragraph: Paragraph = cell.paragraphs[0] if not cell.paragraphs[0].text else cell.add_paragraph()
        else:
            paragraph = self.doc.add_paragraph(style=style)
        self.paragraph = paragraph
        return paragraph

    def _list_style(self) -> str:
        kind = "List Number" if self.lists[-1] == "ol" else "List Bullet"
        depth = min(len(self.lists), 3)
        return kind if depth == 1 else f"{kind} {depth}"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        style = _Style(**vars(self.styles[-1]))
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.paragraph = self.doc.add_heading(level=int(tag[1]))
        elif tag == "p":
            self._new_paragraph("Quote" if self.quote else None)
        elif tag in ("ul", "ol"):
            self.lists.append(tag)
        elif tag == "li":
            self._new_paragraph(self._list_style() if self.lists else None)
        elif tag == "blockquote":
            self.quote += 1
        elif tag == "pre":
            self.in_pre = True
            self._new_paragraph()
            style.code = True
        elif tag == "figcaption":
            self._new_paragraph("Caption")
            style.italic = True
        elif tag in ("strong", "b"):
            style.bold = True
        elif tag in ("em", "i"):
            style.italic = True
        elif tag == "code":
            style.code = True
        elif tag in ("del", "s"):
            style.strike = True
        elif tag == "sup":
            style.sup = True
        elif tag == "sub":
            style.sub = True
        elif tag == "a":
            href = values.get("href", "")
            style.href = href if href.startswith(("http://", "https://", "mailto:")) else ""
        elif tag == "br":
            if self.paragraph is not None:
                self.paragraph.add_run().add_break()
            return
        elif tag == "img":
            self._picture(values)
            return
        elif tag == "table":
            self.table = None
            self._table_rows: list[list[tuple[str, str]]] = []
        elif tag == "tr":
            self._table_rows.append([])
        elif tag in ("td", "th"):
            self._table_rows[-1].append((tag, ""))
            self._cell_text: list[str] = []
        elif tag == "hr":
            self._new_paragraph()
        if tag not in ("br", "img", "hr"):
            self.styles.append(style)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("br", "img", "hr"):
            return
        if len(self.styles) > 1:
            self.styles.pop()
        if tag in ("ul", "ol") and self.lists:
            self.lists.pop()
        elif tag == "blockquote":
            self.quote = max(0, self.quote - 1)
        elif tag == "pre":
            self.in_pre = False
        elif tag in ("td", "th") and getattr(self, "_table_rows", None):
            kind, _ = self._table_rows[-1][-1]
            self._table_rows[-1][-1] = (kind, "".join(self._cell_text).strip())
            self._cell_text = []
        elif tag == "table":
            self._write_table()
        if tag in _BLOCKS:
            self.paragraph = None

    def _write_table(self) -> None:
        rows = [r for r in getattr(self, "_table_rows", []) if r]
        self._table_rows = []
        if not rows:
            return
        columns = max(len(r) for r in rows)
        table = self.doc.add_table(rows=len(rows), cols=columns)
        table.style = "Table Grid"
        for r, cells in enumerate(rows):
            for c, (kind, text) in enumerate(cells):
                cell = table.cell(r, c)
                run = cell.paragraphs[0].add_run(text)
                run.bold = kind == "th"

    def handle_data(self, data: str) -> None:
        if getattr(self, "_table_rows", None) and self._table_rows[-1]:
            self._cell_text.append(data)
            return
        if not self.in_pre:
            data = " ".join(data.split("\n"))
            if not data.strip() and (self.paragraph is None or self.paragraph.text[-1:] in ("", " ")):
                return
        if self.paragraph is None:
            self._new_paragraph("Quote" if self.quote else None)
        assert self.paragraph is not None
        style = self.styles[-1]
        if style.href:
            _add_hyperlink(self.paragraph, style.href, data, style)
            return
        run = self.paragraph.add_run(data)
        _format(run, style)

    def _picture(self, values: dict[str, str]) -> None:
        from docx.shared import Cm

        found = self.images.get(values.get("src", ""))
        if found is None:
            return
        data, width, height = found
        paragraph = self._new_paragraph()
        width_cm = min(PICTURE_MAX_CM, (width or 600) / 96 * 2.54)
        try:
            paragraph.add_run().add_picture(io.BytesIO(data), width=Cm(width_cm))
        except Exception:  # noqa: BLE001 - a format Word cannot take (WebP...): its words instead
            paragraph.add_run(values.get("alt", "")).italic = True
        self.paragraph = None


def _format(run: Any, style: _Style) -> None:
    run.bold = style.bold or None
    run.italic = style.italic or None
    if style.strike:
        run.font.strike = True
    if style.sup:
        run.font.superscript = True
    if style.sub:
        run.font.subscript = True
    if style.code:
        run.font.name = "Courier New"


def _add_hyperlink(paragraph: Paragraph, url: str, text: str, style: _Style) -> None:
    """A real Word hyperlink (python-docx has no call for it: the usual oxml recipe)."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), "0563C1")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    props.append(colour)
    props.append(underline)
    if style.bold:
        props.append(OxmlElement("w:b"))
    if style.italic:
        props.append(OxmlElement("w:i"))
    run.append(props)
    text_element = OxmlElement("w:t")
    text_element.text = text
    text_element.set(qn("xml:space"), "preserve")
    run.append(text_element)
    link.append(run)
    paragraph._p.append(link)


def sheet_docx(sheet: ApprovalSheet) -> bytes:
    """The article of ``sheet`` as the bytes of a .docx file."""
    import docx
    from docx.shared import Pt, RGBColor

    doc = docx.Document()
    props = doc.core_properties
    props.title = sheet.title
    props.author = sheet.author
    props.subject = sheet.category
    props.keywords = ", ".join(sheet.tags)
    props.comments = sheet.qr_text
    doc.add_heading(sheet.title, level=0)
    if sheet.summary:
        doc.add_paragraph().add_run(sheet.summary).bold = True
    images = {i.name: (i.data, i.width, i.height) for i in sheet.images}
    body = sheet.featured_html + sheet.body_html
    if sheet.dateline and "<p>" in body:
        at = body.index("<p>") + 3
        body = body[:at] + f"<strong>{html.escape(sheet.dateline)}</strong> — " + body[at:]
    walker = _Walker(doc, images)
    walker.feed(body)
    walker.close()
    footer = doc.add_paragraph()
    run = footer.add_run(
        f"{sheet.office} · {sheet.article_id} · rev. {sheet.revision} · SHA-256 {sheet.short_hash}"
    )
    run.font.size = Pt(8)
    run.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
