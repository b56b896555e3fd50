"""Word documents (.docx) as new drafts: File ▸ Import Word Document… and ``redaksi import-docx``.

Two steps, so the slow one can run in a worker thread and the quick one stores everything at once:

* :func:`read_docx` (no database): checks the file (:class:`DocxImportError` says in plain words
  what is wrong: not a Word document, an old .doc, password-protected, too large, damaged),
  converts it with mammoth to HTML (Word's Title, Heading, Quote and Intense Quote styles mapped),
  then to Markdown with :func:`desktop_app.core.html_markdown.html_to_markdown` (the rich paste's
  step; mammoth's own Markdown writer is deprecated and flattens tables), takes the first heading,
  else the first line, as the title, and prepares the embedded images for the media library
  (web versions, metadata such as GPS stripped). A damaged or unusable image is skipped and named
  in the notices: the text is what the writer needs; the photo can be added again.
* :func:`store_document`: in one transaction, the images into the media library (deduplicated by
  SHA-256, with the document's alt text) and a new draft through ``ArticleService.create``. A
  failure leaves neither the article nor its images.

What did not come through is listed in :attr:`ImportedDocument.notices` (codes the UI and the
command line turn into words): comments dropped, tracked changes taken as accepted, tables that
could not stay tables, images skipped, Word features with no equivalent. No Qt here.
"""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from desktop_app.core.errors import ValidationError
from desktop_app.core.html_markdown import html_to_markdown, replace_images
from desktop_app.core.imports.errors import ReadError, read_import_file
from desktop_app.core.media_images import PreparedImage, prepare_image, sha256_of

#: Larger files are refused before anything is read (a 50 MB document with 200 photos is fine).
MAX_DOCX_BYTES = 200 * 1024 * 1024
#: Documents with more embedded images than this are refused (nothing is imported).
MAX_IMAGES = 500
#: A first heading or line longer than this is not taken as the title (it stays in the body).
TITLE_LINE_MAX = 250

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_WORD_STREAM = "WordDocument".encode("utf-16-le")

#: Word's styles mammoth does not map by itself (its defaults cover Heading 1-6 and lists).
STYLE_MAP = """
p[style-name='Title'] => h1:fresh
p[style-name='Subtitle'] => p:fresh
p[style-name='Quote'] => blockquote > p:fresh
p[style-name='Intense Quote'] => blockquote > p:fresh
"""


class DocxImportError(ReadError):
    """A document that cannot be imported; ``code`` names why (``desktop_app.docx_messages``
    says it in words), ``detail`` is a number or name for the message."""


@dataclass(frozen=True)
class ImportNotice:
    """Something of the document that did not come through as it was: ``code`` (see the
    module's description), how many, and names (of skipped images) where there are some."""

    code: str
    count: int = 1
    names: tuple[str, ...] = ()


@dataclass
class ImportedDocument:
    """A document read and converted, not stored yet."""

    title: str
    markdown: str  # images stand in as ![alt](redaksi-image:N)
    images: dict[int, PreparedImage] = field(default_factory=dict)
    alt_texts: dict[int, str] = field(default_factory=dict)
    notices: list[ImportNotice] = field(default_factory=list)


@dataclass(frozen=True)
class ImportOutcome:
    """What :func:`store_document` made: the draft, how many images are new in the library."""

    article: Any  # ArticleData (not imported here: the articles module loads the database)
    images_added: int
    images_reused: int
    notices: tuple[ImportNotice, ...]


Progress = Callable[[int, int], None]  # (images prepared, images in all)


# -- checking the file -----------------------------------------------------------------------


def _read_file(path: Path) -> bytes:
    return read_import_file(path, limit=MAX_DOCX_BYTES, error=DocxImportError, folder_code="not_a_file")


def check_container(data: bytes) -> zipfile.ZipFile:
    """The document as a zip archive of Word, or :class:`DocxImportError` saying what it is."""
    if not data:
        raise DocxImportError("empty_file")
    if data.startswith(_OLE_MAGIC):  # an OLE compound file: Word 97-2003, or encrypted OOXML
        if _ENCRYPTED_STREAM in data:
            raise DocxImportError("encrypted")
        if _WORD_STREAM in data:
            raise DocxImportError("old_word_format")
        raise DocxImportError("not_a_word_document")
    if data.lstrip()[:5] == b"{\\rtf":
        raise DocxImportError("rtf_format")
    import io

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError) as exc:
        raise DocxImportError("not_a_word_document") from exc
    names = set(archive.namelist())
    if "mimetype" in names and b"opendocument" in archive.read("mimetype"):
        raise DocxImportError("odt_format")
    if "[Content_Types].xml" not in names or not any(
        name.startswith("word/") and name.endswith(".xml") for name in names
    ):
        raise DocxImportError("not_a_word_document")
    return archive  # (a .docm's macros are neither run nor kept: mammoth reads the text only)


def _part(archive: zipfile.ZipFile, name: str) -> str:
    try:
        return archive.read(name).decode("utf-8", errors="replace")
    except KeyError:
        return ""
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise DocxImportError("damaged") from exc


def _main_document_name(archive: zipfile.ZipFile) -> str:
    types = _part(archive, "[Content_Types].xml")
    match = re.search(r'PartName="/([^"]+)"\s+ContentType="[^"]*wordprocessingml\.document\.main', types)
    if match is None:
        match = re.search(
            r'ContentType="[^"]*wordprocessingml\.document\.main[^"]*"\s+PartName="/([^"]+)"', types
        )
    return match.group(1) if match else "word/document.xml"


def _document_notices(archive: zipfile.ZipFile) -> tuple[list[ImportNotice], int]:
    """Comments and tracked changes (read from the XML: mammoth drops the one and accepts the
    other without a word), and how many images the document refers to."""
    notices = []
    document = _part(archive, _main_document_name(archive))
    comments = len(re.findall(r"<w:comment\b", _part(archive, "word/comments.xml")))
    if comments:
        notices.append(ImportNotice("comments_dropped", comments))
    changes = len(re.findall(r"<w:(?:ins|del|moveFrom|moveTo)\b", document))
    if changes:
        notices.append(ImportNotice("tracked_changes_accepted", changes))
    images = len(re.findall(r"<a:blip\b|<v:imagedata\b", document))
    return notices, images


# -- converting ------------------------------------------------------------------------------


#: What stands in for a skipped picture: stand-in number 0, which no picture has (taken out of
#: the Markdown with the others' stand-ins; not counted as a web picture left out).
_SKIPPED = {"src": "redaksi-image:0"}


class _Images:
    """mammoth's image callback: each embedded image prepared for the media library (the same
    picture twice is prepared once), or skipped with its reason."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total = total
        self.progress = progress
        self.prepared: dict[int, PreparedImage] = {}
        self.alt_texts: dict[int, str] = {}
        self.by_sha256: dict[str, int] = {}
        self.skipped: dict[str, list[str]] = {}  # reason code -> image names
        self.seen = 0

    def __call__(self, image: Any) -> dict[str, str]:
        self.seen += 1
        if self.seen > MAX_IMAGES:
            raise DocxImportError("too_many_images", str(MAX_IMAGES))
        name = f"gambar-{self.seen}{_suffix(image.content_type)}"
        try:
            with image.open() as stream:
                data = _read_stream(stream)
        except (OSError, KeyError, zipfile.BadZipFile, EOFError, ValueError) as exc:
            # a picture linked to a file outside the document is never read (mammoth's
            # ExternalFileAccessIsDisabledError); one missing from the zip is damaged
            reason = "linked" if "External" in type(exc).__name__ else "image_damaged"
            self.skipped.setdefault(reason, []).append(name)
            return _SKIPPED
        index = self.by_sha256.get(sha256_of(data))
        if index is None:
            try:
                prepared = prepare_image(data, name)
            except ValidationError as exc:
                self.skipped.setdefault(exc.code, []).append(name)
                return _SKIPPED
            except Exception:  # noqa: BLE001 - Pillow on a cut-off picture: struct.error, OSError...
                self.skipped.setdefault("image_damaged", []).append(name)
                return _SKIPPED
            finally:
                if self.progress is not None:
                    self.progress(min(self.seen, self.total), max(self.total, self.seen))
            index = len(self.prepared) + 1
            self.prepared[index] = prepared
            self.by_sha256[prepared.sha256] = index
        alt = " ".join((image.alt_text or "").split())
        if alt and not self.alt_texts.get(index):
            self.alt_texts[index] = alt
        attributes = {"src": f"redaksi-image:{index}"}
        if alt:
            attributes["alt"] = alt
        return attributes


def _read_stream(stream: IO[bytes]) -> bytes:
    return stream.read()


def _suffix(content_type: str | None) -> str:
    return {
        "image/jpeg": ".jpg",
        "image/png": ".png",
        "image/gif": ".gif",
        "image/webp": ".webp",
        "image/bmp": ".bmp",
        "image/tiff": ".tif",
        "image/x-emf": ".emf",
        "image/x-wmf": ".wmf",
    }.get(content_type or "", "")


_SKIP_CODES = {
    "linked": "linked_images_skipped",
    "image_damaged": "images_damaged",
    "not_an_image": "images_unsupported",
    "image_svg_refused": "images_unsupported",
    "image_heif_unsupported": "images_unsupported",
    "image_too_large": "images_too_large",
    "image_too_many_pixels": "images_too_large",
}


def _message_notices(messages: list[Any]) -> list[ImportNotice]:
    """mammoth's warnings, counted by kind (its English is for developers)."""
    counts: dict[str, int] = {}
    for message in messages:
        text = str(getattr(message, "message", message))
        if "referenced but not defined" in text or text.startswith(
            ("Unrecognised run", "Unrecognised table")
        ):
            continue  # a character or table look (or a comment's leftover): the words are there
        if text.startswith("Unrecognised paragraph style"):
            code = "styles_plain"
        elif "external image" in text or "external file access" in text:
            code = "linked_images_skipped"
        elif "Image of type" in text or "image file" in text:
            continue  # the image itself is judged (and named) when it is prepared
        else:
            code = "unsupported_content"
        counts[code] = counts.get(code, 0) + 1
    return [ImportNotice(code, count) for code, count in counts.items()]


def _footnotes(soup: Any) -> None:
    """mammoth's footnote links and list as Markdown footnotes (``[^1]`` ... ``[^1]: text``),
    which the renderer shows as footnotes."""
    notes: dict[str, str] = {}
    for item in soup.find_all("li", id=re.compile(r"^(footnote|endnote)-\d+$")):
        for back in item.find_all("a", href=re.compile(r"^#(footnote|endnote)-ref-")):
            back.decompose()
        notes[item["id"]] = " ".join(item.get_text(" ").split())
        parent = item.parent
        item.decompose()
        if parent is not None and parent.name == "ol" and not parent.find("li"):
            parent.decompose()
    for number, (note_id, text) in enumerate(notes.items(), start=1):
        for link in soup.find_all("a", href=f"#{note_id}"):
            holder = link.parent if link.parent is not None and link.parent.name == "sup" else link
            holder.replace_with(f"[^{number}]")
        paragraph = soup.new_tag("p")
        paragraph.string = f"[^{number}]: {text}"
        soup.append(paragraph)


def _text(element: Any) -> str:
    """The words of ``element`` on one line, without footnote marks."""
    from bs4.element import NavigableString

    words = []
    for piece in element.descendants:
        if isinstance(piece, NavigableString) and piece.find_parent("sup") is None:
            words.append(str(piece))
    return " ".join("".join(words).split())


def _take_title(soup: Any) -> str:
    """The first heading, else the first line of text, taken out of the body."""
    heading = next((h for h in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6"]) if _text(h)), None)
    if heading is not None:
        title = _text(heading)
        if len(title) > TITLE_LINE_MAX:
            return ""  # a heading that long is a paragraph in disguise: it stays in the body
        heading.decompose()
        return title
    for paragraph in soup.find_all("p"):
        text = _text(paragraph)
        if not text or paragraph.find_parent(["table", "li", "blockquote"]) is not None:
            continue
        if len(text) <= TITLE_LINE_MAX:
            paragraph.decompose()
            return text
        return ""  # a long first paragraph is the body's: the writer gives a title
    return ""


def _below_the_title(soup: Any) -> None:
    """Headings one level down when the body has a level-1 heading: the title is the page's
    only level-1 heading on the website (level 6 stays 6)."""
    if soup.find("h1") is None:
        return
    for level in range(5, 0, -1):
        for heading in soup.find_all(f"h{level}"):
            heading.name = f"h{level + 1}"


def convert_document(
    archive: zipfile.ZipFile, source: IO[bytes], progress: Progress | None
) -> ImportedDocument:
    """mammoth's HTML of the document, then Markdown, title, images and notices."""
    import mammoth
    from bs4 import BeautifulSoup

    notices, image_count = _document_notices(archive)
    images = _Images(image_count, progress)
    try:
        result = mammoth.convert_to_html(
            source,
            style_map=STYLE_MAP,
            convert_image=mammoth.images.img_element(images),
            include_default_style_map=True,
        )
    except DocxImportError:
        raise
    except Exception as exc:
        raise DocxImportError("damaged") from exc
    soup = BeautifulSoup(result.value, "html.parser")
    title = _take_title(soup)
    _below_the_title(soup)
    _footnotes(soup)
    conversion = html_to_markdown(str(soup))
    if not title and not replace_images(conversion.markdown, {}).strip() and not images.prepared:
        raise DocxImportError("no_text")
    if conversion.flattened_tables:
        notices.append(ImportNotice("tables_flattened", conversion.flattened_tables))
    if conversion.remote_images:
        notices.append(ImportNotice("linked_images_skipped", conversion.remote_images))
    for reason, names in images.skipped.items():
        notices.append(ImportNotice(_SKIP_CODES.get(reason, "images_damaged"), len(names), tuple(names)))
    notices.extend(_message_notices(result.messages))
    return ImportedDocument(title, conversion.markdown, images.prepared, images.alt_texts, _merged(notices))


def _merged(notices: list[ImportNotice]) -> list[ImportNotice]:
    merged: dict[str, ImportNotice] = {}
    for notice in notices:
        before = merged.get(notice.code)
        if before is None:
            merged[notice.code] = notice
        else:
            merged[notice.code] = ImportNotice(
                notice.code, before.count + notice.count, before.names + notice.names
            )
    return list(merged.values())


def read_docx(path: str | os.PathLike[str], progress: Progress | None = None) -> ImportedDocument:
    """Check and convert the document at ``path`` (slow with many photos: a worker's job).
    Raises :class:`DocxImportError`; nothing is stored."""
    import io

    data = _read_file(Path(path))
    archive = check_container(data)
    with archive:
        return convert_document(archive, io.BytesIO(data), progress)


# -- storing ---------------------------------------------------------------------------------


def store_document(
    document: ImportedDocument,
    articles: Any,
    assets: Any,
    *,
    actor: Any = None,
    category: str | None = None,
) -> ImportOutcome:
    """The images and a new draft, all in one transaction (``articles``: an ArticleService,
    ``assets``: an AssetService on the same database; ``actor``: the signed-in writer)."""
    from desktop_app.core.models import ArticleChanges

    added = reused = 0
    with articles.db.atomic():
        sources: dict[int, str | None] = {}
        for index, prepared in document.images.items():
            stored = assets.add_prepared(prepared)
            asset = stored.asset
            alt = document.alt_texts.get(index, "")
            if alt and not asset.alt_text:
                asset = assets.update_metadata(
                    asset.id, alt_text=alt[:1000], caption=asset.caption, credit=asset.credit
                )
            added += stored.created
            reused += not stored.created
            sources[index] = f"asset:{asset.uuid}"
        body = replace_images(document.markdown, sources)
        article = articles.create(
            ArticleChanges(title=document.title, body=body, category=category or None), actor=actor
        )
    return ImportOutcome(article, added, reused, tuple(document.notices))


def import_docx(
    path: str | os.PathLike[str],
    articles: Any,
    assets: Any,
    *,
    actor: Any = None,
    category: str | None = None,
    progress: Progress | None = None,
) -> ImportOutcome:
    """:func:`read_docx` then :func:`store_document` (the command line's one call)."""
    return store_document(read_docx(path, progress), articles, assets, actor=actor, category=category)
