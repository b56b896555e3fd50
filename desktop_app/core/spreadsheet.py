"""Tables as files a spreadsheet opens: CSV (UTF-8 with a byte-order mark, so that Excel reads
the accents) and a minimal OpenDocument spreadsheet (.ods) written with the standard library.

An .ods file is a zip: ``mimetype`` first, stored uncompressed (how programs recognise the
format), then ``content.xml`` (the table) and ``META-INF/manifest.xml``. Every cell is text, so
numbers such as "001/SP/..." keep their leading zeros.
"""

from __future__ import annotations

import csv
import os
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO
from xml.etree import ElementTree
from xml.sax.saxutils import escape, quoteattr

ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"
_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}
_MANIFEST = f"""<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="{ODS_MIMETYPE}"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""


def write_csv(stream: TextIO, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """``header`` then ``rows`` as CSV (opened with ``newline=""``): a byte-order mark, commas,
    quotes where a cell needs them, CRLF line ends."""
    stream.write("\ufeff")
    writer = csv.writer(stream)
    writer.writerow(header)
    writer.writerows(rows)


def _cell(value: str) -> str:
    paragraphs = "".join(f"<text:p>{escape(line)}</text:p>" for line in value.split("\n"))
    return f'<table:table-cell office:value-type="string">{paragraphs}</table:table-cell>'


def ods_content(header: Sequence[str], rows: Sequence[Sequence[str]], sheet: str) -> str:
    """The ``content.xml`` of a one-sheet spreadsheet."""
    body = "".join(
        "<table:table-row>" + "".join(_cell(str(value)) for value in row) + "</table:table-row>"
        for row in [header, *rows]
    )
    columns = max((len(row) for row in [header, *rows]), default=1)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-content xmlns:office="{_NS["office"]}" xmlns:table="{_NS["table"]}" '
        f'xmlns:text="{_NS["text"]}" office:version="1.2">'
        "<office:body><office:spreadsheet>"
        f"<table:table table:name={quoteattr(sheet[:31] or 'Sheet1')}>"
        f'<table:table-column table:number-columns-repeated="{columns}"/>'
        f"{body}</table:table></office:spreadsheet></office:body></office:document-content>"
    )


def write_ods(
    path: str | os.PathLike[str], header: Sequence[str], rows: Sequence[Sequence[str]], sheet: str
) -> None:
    """Write the table as an .ods file at ``path`` (whole or not at all: a temporary file in the
    same folder, then renamed)."""
    target = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=".", suffix=".ods", dir=target.parent)
    os.close(handle)
    try:
        with zipfile.ZipFile(temporary, "w") as archive:
            archive.writestr(zipfile.ZipInfo("mimetype"), ODS_MIMETYPE, compress_type=zipfile.ZIP_STORED)
            archive.writestr("content.xml", ods_content(header, rows, sheet), zipfile.ZIP_DEFLATED)
            archive.writestr("META-INF/manifest.xml", _MANIFEST, zipfile.ZIP_DEFLATED)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def read_ods(path: str | os.PathLike[str]) -> list[list[str]]:
    """The first sheet of an .ods file as rows of text (for checks and tests)."""
    with zipfile.ZipFile(path) as archive:
        if archive.namelist()[0] != "mimetype" or archive.read("mimetype").decode() != ODS_MIMETYPE:
            raise ValueError("not an OpenDocument spreadsheet")
        root = ElementTree.fromstring(archive.read("content.xml"))
    table = root.find(".//table:table", _NS)
    if table is None:
        return []
    rows = []
    for row in table.findall("table:table-row", _NS):
        cells = []
        for cell in row.findall("table:table-cell", _NS):
            cells.append("\n".join("".join(p.itertext()) for p in cell.findall("text:p", _NS)))
        rows.append(cells)
    return rows
