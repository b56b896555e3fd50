"""The approval sheet on paper: :class:`~desktop_app.core.approval_sheet.ApprovalSheet` laid out
with Qt's rich text (``QTextDocument``) and painted page by page on a printer or a PDF writer.

Every page gets a footer (the office, the article's number, revision and short hash, "Halaman 1
dari 3") and, on a draft, "DRAF" diagonally across it. Only QtGui: the headless ``redaksi print``
runs it under a ``QGuiApplication`` on the offscreen platform.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextDocumentWriter,
    QTextFormat,
    QTextFrameFormat,
    QTextTable,
)

from desktop_app.core.approval_sheet import ApprovalSheet
from desktop_app.core.dates import news_datetime, to_local
from desktop_app.labels import status_label

#: Layout units: the document is laid out at this many units per inch and scaled to the device.
LAYOUT_DPI = 96.0
#: A4 with margins an office printer keeps (millimetres).
MARGINS_MM = QMarginsF(20, 18, 20, 18)
FOOTER_MM = 9.0
QR_SCALE = 8  # pixels per module of the QR code's image (printed at about 30 mm)
QR_WIDTH_PX = 118  # ≈ 31 mm at LAYOUT_DPI
LOGO_HEIGHT_PX = 72
#: Room a heading needs below it on its page (about three lines), else it starts the next page.
KEEP_WITH_NEXT = 60.0

STYLE = """
body { font-family: 'DejaVu Serif', 'Times New Roman', serif; font-size: 11pt; color: #111; }
h1 { font-size: 17pt; margin-top: 6px; margin-bottom: 6px; }
h2 { font-size: 14pt; } h3 { font-size: 12pt; }
.office { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 15pt; font-weight: bold; }
.office-sub { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9pt; color: #333; }
.doc-title { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 13pt; font-weight: bold;
             letter-spacing: 1px; }
.meta td { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9pt; padding: 3px 6px; }
.label { color: #333; font-weight: bold; }
.mono { font-family: 'DejaVu Sans Mono', monospace; }
.lead { font-weight: bold; }
.dateline { font-weight: bold; }
.note { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9pt; color: #7a1010; }
.caption { font-size: 9pt; color: #333; font-style: italic; }
.credit { font-size: 9pt; color: #555; }
.sign td { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9pt; }
.sign-role { font-weight: bold; }
blockquote { margin-left: 16px; font-style: italic; }
pre, code { font-family: 'DejaVu Sans Mono', monospace; font-size: 9pt; }
"""


class ApprovalSheetRenderer(QObject):
    """Lays an :class:`ApprovalSheet` out and paints it (``render``) or writes a PDF (``write_pdf``)."""

    def __init__(self, sheet: ApprovalSheet, language: str = "id", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.language = language

    # -- words --------------------------------------------------------------------------------

    def _role_label(self, role: str) -> str:
        return {
            "writer": self.tr("Writer"),
            "editor": self.tr("Editor"),
            "approver": self.tr("Approving official"),
        }[role]

    def _date(self, value) -> str:
        """ "4 Desember 2026" (a signature's date: short enough for its column)."""
        if value is None:
            return ""
        from babel.dates import format_date

        locale = "id_ID" if self.language.startswith("id") else "en_GB"
        return str(format_date(to_local(value).date(), "d MMMM y", locale=locale))

    # -- the document -------------------------------------------------------------------------

    def html(self, content_width: float) -> str:
        """The sheet as Qt rich text, ``content_width`` layout units wide."""
        s = self.sheet
        e = escape
        logo = f'<img src="sheet-logo" height="{LOGO_HEIGHT_PX}">' if s.logo and self._logo_image() else ""
        office = f'<span class="office">{e(s.office)}</span>'
        if s.office_description:
            office += f'<br><span class="office-sub">{e(s.office_description)}</span>'
        qr_caption = e(self.tr("Article {0} · revision {1}").format(s.article_id, s.revision))
        saved = e(news_datetime(s.revision_time, self.language))
        header = (
            '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            + (f'<td width="{LOGO_HEIGHT_PX + 12}" valign="middle">{logo}</td>' if logo else "")
            + f'<td valign="middle">{office}</td>'
            + f'<td width="{QR_WIDTH_PX + 48}" align="right" valign="top">'
            f'<img src="sheet-qr" width="{QR_WIDTH_PX}" height="{QR_WIDTH_PX}"><br>'
            f'<span class="office-sub">{qr_caption}</span></td>'
            "</tr></table>"
        )
        kind = self.tr("DRAFT FOR APPROVAL") if s.draft else self.tr("APPROVED TEXT")
        rows = [
            (self.tr("Title"), e(s.title) or "—"),
            (self.tr("Writer"), e(s.author) or "—"),
            (self.tr("Category"), e(s.category) or "—"),
            (self.tr("Status"), e(status_label(s.status))),
            (
                self.tr("Revision"),
                self.tr("{0}, saved {1}").format(s.revision, saved),
            ),
            (
                self.tr("SHA-256 of the text"),
                f'<span class="mono">{e(s.short_hash)}</span> '
                + e(self.tr("(first 12 characters; the QR code holds all of it)")),
            ),
            (self.tr("Article number"), f"{s.article_id}"),
            (self.tr("Printed"), e(news_datetime(s.printed_at, self.language))),
        ]
        if s.tags:
            rows.insert(3, (self.tr("Tags"), e(", ".join(s.tags))))
        if not s.draft:
            approver = s.signatory("approver")
            rows.insert(
                5,
                (
                    self.tr("Approved by"),
                    "<b>"
                    + e(approver.name or "—")
                    + "</b>"
                    + (f" ({e(self._date(approver.when))})" if approver.when else ""),
                ),
            )
        if s.release is not None:  # a press release: its number, official and contact
            release = s.release
            contact = e(release.contact) or "—"
            reach = [value for value in (release.phone, release.email) if value]
            if reach:
                contact += "<br>" + e(" · ".join(reach))
            rows[1:1] = [
                (
                    self.tr("Press release number"),
                    f"<b>{e(release.number)}</b>" if release.number else e(self.tr("given on approval")),
                ),
                (self.tr("Responsible official"), e(release.official) or "—"),
                (self.tr("Contact person"), contact),
            ]
        meta = (
            '<table class="meta" width="100%" cellspacing="0" cellpadding="3" border="0.5" '
            'style="border-color:#888; border-style:solid;">'
            + "".join(
                f'<tr><td width="28%" class="label" bgcolor="#f0f0f0">{e(label)}</td><td>{value}</td></tr>'
                for label, value in rows
            )
            + "</table>"
        )
        notes = []
        if s.draft:
            notes.append(
                self.tr(
                    "This is a draft: it has not been approved and must not be published. "
                    "Sign below to approve this exact text (revision {0})."
                ).format(s.revision)
            )
        if s.edited_since:
            notes.append(
                self.tr(
                    "The article was edited after this text was approved; this sheet shows the "
                    "approved text (revision {0}), not the later edits."
                ).format(s.revision)
            )
        note_html = "".join(f'<p class="note">{e(n)}</p>' for n in notes)
        return (
            f"<html><head><style>{STYLE}</style></head><body>"
            + header
            + '<hr style="height:2px; background-color:#000; border:none;">'
            + f'<p class="doc-title" align="center">{e(self.tr("ARTICLE APPROVAL SHEET"))}<br>'
            + f'<span class="office-sub">{e(kind)}</span></p>'
            + meta
            + note_html
            + '<hr style="height:1px; background-color:#888; border:none;">'
            + self.article_html()
            + '<p style="margin-top:10px;"></p>'
            + self._signature_table()
            + "</body></html>"
        )

    def article_html(self) -> str:
        """The article alone (title, lead, images, body) as the website shows it."""
        s = self.sheet
        e = escape
        return (
            f"<h1>{e(s.title)}</h1>"
            + (f'<p class="lead">{e(s.summary)}</p>' if s.summary else "")
            + s.featured_html
            + (
                f'<p><span class="dateline">{e(s.dateline)}</span> — </p>'
                if s.dateline and not s.body_html.strip()
                else ""
            )
            + _paper_html(self._body_with_dateline())
        )

    def _body_with_dateline(self) -> str:
        """The body; the dateline (``JAKARTA —``) opens its first paragraph, as on the website."""
        s = self.sheet
        body = s.body_html
        if s.dateline and body.lstrip().startswith("<p>"):
            at = body.index("<p>") + 3
            return body[:at] + f'<span class="dateline">{escape(s.dateline)}</span> — ' + body[at:]
        return body

    def _signature_table(self) -> str:
        s = self.sheet
        cells = []
        for signatory in s.signatories:
            name = escape(signatory.name) if signatory.name else "&nbsp;"
            date = escape(self._date(signatory.when)) if signatory.when else ""
            date_line = self.tr("Date: {0}").format(date) if date else self.tr("Date: ____________")
            cells.append(
                '<td width="33%" align="center" valign="top">'
                f'<span class="sign-role">{escape(self._role_label(signatory.role))}</span>'
                "<br><br><br><br><br>"
                "______________________________<br>"
                f"<b>{name}</b><br>{escape(date_line)}</td>"
            )
        heading = (
            f'<tr><td colspan="3"><p class="doc-title" style="font-size:10pt;">'
            f"{escape(self.tr('Approval'))}</p></td></tr>"
        )
        return (
            '<table class="sign" width="100%" cellspacing="0" cellpadding="6" border="0">'
            f"{heading}<tr>{''.join(cells)}</tr></table>"
        )

    def _qr_image(self) -> QImage:
        import segno

        buffer = io.BytesIO()
        segno.make(self.sheet.qr_text, error="m").save(buffer, kind="png", scale=QR_SCALE, border=4)
        image = QImage()
        image.loadFromData(buffer.getvalue(), "PNG")
        return image

    def _logo_image(self) -> QImage | None:
        if not self.sheet.logo:
            return None
        image = QImage()
        return image if image.loadFromData(self.sheet.logo) else None

    def _add_images(self, doc: QTextDocument) -> None:
        for image in self.sheet.images:
            loaded = QImage()
            if loaded.loadFromData(image.data):
                doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(image.name), loaded)

    def document(self, page_size_units: QSizeF) -> QTextDocument:
        """The laid out sheet, pages of ``page_size_units`` (layout units) each."""
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(QFont("DejaVu Serif", 11))
        width = page_size_units.width()
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("sheet-qr"), self._qr_image())
        logo = self._logo_image()
        if logo is not None:
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("sheet-logo"), logo)
        self._add_images(doc)
        doc.setHtml(self._fit_images(self.html(width), width))
        doc.setPageSize(page_size_units)
        self._keep_headings_with_text(doc, page_size_units.height())
        self._keep_signatures_together(doc, page_size_units.height())
        return doc

    def _fit_images(self, html: str, width: float) -> str:
        """Images no wider than the text (and the web versions at their size otherwise)."""

        def fit(match: re.Match[str]) -> str:
            tag = match.group(0)
            w = re.search(r'\bwidth="(\d+)"', tag)
            h = re.search(r'\bheight="(\d+)"', tag)
            if not w or not h:
                return tag
            iw, ih = int(w.group(1)), int(h.group(1))
            scale = min(1.0, width * 0.75 / iw, width * 0.5 / ih)
            if scale >= 1.0:
                return tag
            new_w, new_h = max(1, round(iw * scale)), max(1, round(ih * scale))
            return tag.replace(w.group(0), f'width="{new_w}"').replace(h.group(0), f'height="{new_h}"')

        return re.sub(r'<img\b[^>]*src="sheet-image:[^"]*"[^>]*>', fit, html)

    def _keep_headings_with_text(self, doc: QTextDocument, page_height: float) -> None:
        """A heading that would end a page (less than three lines below it) starts the next."""
        layout = doc.documentLayout()
        block = doc.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                rect = layout.blockBoundingRect(block)
                left = page_height - (rect.bottom() % page_height)
                if (
                    int(rect.top() // page_height) == int((rect.bottom() - 1) // page_height)
                    and left < KEEP_WITH_NEXT
                ):
                    fmt = block.blockFormat()
                    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    QTextCursor(block).setBlockFormat(fmt)
            block = block.next()

    def _keep_signatures_together(self, doc: QTextDocument, page_height: float) -> None:
        """A page break before the signature table when it would be split across two pages."""
        table = self._last_table(doc)
        if table is None:
            return
        layout = doc.documentLayout()
        rect = layout.frameBoundingRect(table)
        top_page = int(rect.top() // page_height)
        bottom_page = int((rect.bottom() - 1) // page_height)
        if top_page != bottom_page:
            fmt = table.format()
            fmt.setPageBreakPolicy(QTextFrameFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            table.setFormat(fmt)

    @staticmethod
    def _last_table(doc: QTextDocument) -> QTextTable | None:
        found: QTextTable | None = None
        for frame in doc.rootFrame().childFrames():
            if isinstance(frame, QTextTable):
                found = frame
        return found

    # -- painting -----------------------------------------------------------------------------

    def render(self, device: QPagedPaintDevice) -> int:
        """Paint every page on ``device`` (a QPrinter or QPdfWriter); returns the page count."""
        device.setPageLayout(
            QPageLayout(
                device.pageLayout().pageSize()
                if device.pageLayout().pageSize().isValid()
                else QPageSize(QPageSize.PageSizeId.A4),
                device.pageLayout().orientation(),  # (as chosen in the print dialog; portrait by default)
                MARGINS_MM,
                QPageLayout.Unit.Millimeter,
            )
        )
        resolution = device.logicalDpiX() or 1200
        paint_rect = device.pageLayout().paintRectPixels(resolution)
        scale = resolution / LAYOUT_DPI
        footer = FOOTER_MM / 25.4 * LAYOUT_DPI
        page = QSizeF(paint_rect.width() / scale, paint_rect.height() / scale - footer)
        doc = self.document(page)
        pages = max(1, doc.pageCount())
        painter = QPainter()
        if not painter.begin(device):
            raise OSError(self.tr("The printer could not be started."))
        try:
            for index in range(pages):
                if index:
                    device.newPage()
                painter.save()
                painter.scale(scale, scale)
                self._paint_page(painter, doc, index, pages, page, footer)
                painter.restore()
        finally:
            painter.end()
        return pages

    def _paint_page(
        self, painter: QPainter, doc: QTextDocument, index: int, pages: int, page: QSizeF, footer: float
    ) -> None:
        painter.save()
        painter.translate(0, -index * page.height())
        clip = QRectF(0, index * page.height(), page.width(), page.height())
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        doc.documentLayout().draw(painter, context)
        painter.restore()
        # the footer: a thin rule, who and what on the left, the page on the right
        s = self.sheet
        top = page.height() + footer * 0.25
        painter.setPen(QColor("#888888"))
        painter.drawLine(QPointF(0, top), QPointF(page.width(), top))
        font = QFont("DejaVu Sans")
        font.setPixelSize(10)  # (layout units: the painter is scaled to the device)
        painter.setFont(font)
        painter.setPen(QColor("#333333"))
        box = QRectF(0, top + 2, page.width(), footer * 0.7)
        left = self.tr("{0} · Article {1}, revision {2} · SHA-256 {3}").format(
            s.office, s.article_id, s.revision, s.short_hash
        )
        painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), left)
        painter.drawText(
            box,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            self.tr("Page {0} of {1}").format(index + 1, pages),
        )
        if s.draft:
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(QColor(170, 20, 20))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), self._draft_word())
            self._paint_draft_mark(painter, QSizeF(page.width(), page.height() + footer))

    def _draft_word(self) -> str:
        return self.tr("DRAFT", "the mark across every page of an unapproved sheet")

    def _paint_draft_mark(self, painter: QPainter, size: QSizeF) -> None:
        """The word diagonally across the page, drawn as outlines (text there would break the
        page's text apart when it is copied or searched); the footer names it as text."""
        painter.save()
        font = QFont("DejaVu Sans")
        font.setBold(True)
        font.setPixelSize(int(size.width() / 3.2))
        path = QPainterPath()
        path.addText(0, 0, font, self._draft_word())
        box = path.boundingRect()
        painter.translate(size.width() / 2, size.height() / 2)
        painter.rotate(-50)
        painter.translate(-box.center())
        painter.fillPath(path, QColor(190, 30, 30, 60))
        painter.restore()

    def write_odt(self, path: str) -> None:
        """The article alone (no sheet) as an OpenDocument text file (Qt's ODF writer)."""
        doc = QTextDocument()
        doc.setDefaultFont(QFont("DejaVu Serif", 11))
        self._add_images(doc)
        width = (210 - 40) / 25.4 * LAYOUT_DPI
        doc.setHtml(
            f"<html><head><style>{STYLE}</style></head><body>"
            + self._fit_images(self.article_html(), width)
            + "</body></html>"
        )
        doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, self.sheet.title)
        levels = []
        block = doc.begin()
        while block.isValid():
            levels.append(block.blockFormat().headingLevel())
            block = block.next()
        target = Path(path)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        os.close(handle)
        try:
            writer = QTextDocumentWriter(temporary, b"ODF")
            written = writer.write(doc)
            del writer  # (closes the file)
            if not written:
                raise OSError(f"{path}: the OpenDocument file could not be written")
            mark_odt_headings(temporary, levels)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def write_pdf(self, path: str) -> int:
        """Write the sheet as a PDF file (A4); returns the page count."""
        writer = QPdfWriter(path)
        writer.setResolution(300)
        writer.setCreator("Redaksi")
        writer.setTitle(self.sheet.title)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        return self.render(writer)


_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def mark_odt_headings(path: str, levels: list[int]) -> bool:
    """Qt's ODF writer writes every block as ``text:p``; make those that were headings
    ``text:h`` with their outline level (``levels``: each block's heading level, 0 for none,
    in document order, which is the order the writer wrote them). Nothing is changed when the
    counts disagree. Returns whether the file was changed."""
    import zipfile
    from xml.etree import ElementTree as ET

    from desktop_app.core.files import write_atomically

    with zipfile.ZipFile(path) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist()]
    content = next((data for info, data in entries if info.filename == "content.xml"), None)
    if content is None or not any(levels):
        return False
    for prefix, uri in (("office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"), ("text", _TEXT_NS)):
        ET.register_namespace(prefix, uri)
    for match in set(re.findall(rb'xmlns:(\w+)="([^"]+)"', content)):
        ET.register_namespace(match[0].decode(), match[1].decode())
    root = ET.fromstring(content)
    paragraphs = [e for e in root.iter() if e.tag == f"{{{_TEXT_NS}}}p"]
    if len(paragraphs) != len(levels):
        return False
    for element, level in zip(paragraphs, levels, strict=True):
        if level:
            element.tag = f"{{{_TEXT_NS}}}h"
            element.set(f"{{{_TEXT_NS}}}outline-level", str(level))
    new_content = ET.tostring(root, encoding="UTF-8", xml_declaration=True)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for info, data in entries:
            data = new_content if info.filename == "content.xml" else data
            kind = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(info.filename, data, compress_type=kind)
    write_atomically(path, buffer.getvalue())
    return True


def write_pdf_atomically(renderer: ApprovalSheetRenderer, path: str | Path) -> int:
    """``renderer.write_pdf`` into a temporary file beside ``path``, then put in its place (no
    half-written PDF is left when drawing fails). Returns the page count."""
    target = Path(path)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(handle)
    try:
        pages = renderer.write_pdf(temporary)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return pages


def _paper_html(html: str) -> str:
    """The website's body HTML in the forms Qt's rich text lays out well: tables with their
    rules, photos and their captions centred (Qt knows no ``figure``)."""
    html = html.replace(
        "<table>", '<table border="0.5" cellspacing="0" cellpadding="4" style="border-color:#888;">'
    )
    html = html.replace('<figure class="image">', '<div align="center">').replace("</figure>", "</div>")
    return html.replace("<figcaption>", '<p align="center">').replace("</figcaption>", "</p>")
