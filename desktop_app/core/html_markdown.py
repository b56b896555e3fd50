"""HTML to clean Markdown: rich paste (Word, LibreOffice, browsers, WhatsApp Web) and the Word
import (mammoth's HTML) go through :func:`html_to_markdown`.

Three steps, each a well-kept library doing what it is good at:

1. Word's list paragraphs (``mso-list``, the bullet written as text) become real nested lists
   in one pass over the text (a regular expression: the only hand-written part).
2. nh3 keeps an allow-list of tags and attributes: styles, fonts, colours, classes, comments
   (Word's conditional ones too), ``<o:p>``, ``<xml>`` and scripts are dropped; kept are only
   the style properties that mean bold or italic and Word's title and quote classes.
3. markdownify writes Markdown (ATX headings, ``-`` bullets, ``**``/``*``, GFM pipe tables);
   bold or italic given as a style becomes ``**``/``*``, Google Docs' all-enclosing
   ``<b style="font-weight:normal">`` is dropped; tables it cannot write as a table (merged
   cells, a table in a table) become one paragraph per row, and the caller is told.

Images are never fetched: ``http(s)`` sources are dropped (counted in
:attr:`Conversion.remote_images`), ``data:`` images are decoded into :attr:`Conversion.images`
and stand in the Markdown as ``![alt](redaksi-image:N)`` until :func:`replace_images` puts the
media library's ``asset:UUID`` (or nothing) in their place. No Qt here.
"""

from __future__ import annotations

import base64
import binascii
import multiprocessing
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from html import escape, unescape
from typing import Any

import nh3
from bs4 import BeautifulSoup, Tag
from markdownify import MarkdownConverter

from desktop_app.core.text import IMAGE_ALT

#: The stand-in scheme of an image whose bytes the caller holds (``redaksi-image:3``).
IMAGE_SCHEME = "redaksi-image"
IMAGE_PLACEHOLDER = re.compile(rf"!\[(?P<alt>{IMAGE_ALT})\]\({IMAGE_SCHEME}:(?P<index>\d+)\)")
#: Data images larger than this are not decoded (the media library refuses them anyway).
MAX_DATA_IMAGE_BYTES = 40 * 1024 * 1024

_TAGS = {
    "a", "b", "blockquote", "br", "code", "del", "div", "em", "h1", "h2", "h3", "h4", "h5", "h6",
    "hr", "i", "img", "li", "ol", "p", "pre", "s", "span", "strike", "strong", "sub", "sup", "table",
    "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "caption",
}  # fmt: skip
_ATTRIBUTES = {
    "a": {"href"},
    "b": {"style", "id"},
    "span": {"style"},
    "img": {"src", "alt"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
}
_CLEAN_CONTENT = {"script", "style", "title", "xml", "template", "noscript", "svg", "math"}
_URL_SCHEMES = {"http", "https", "mailto", "data", IMAGE_SCHEME}
#: Kept through nh3 for the converter: bold and italic given as styles (Google Docs, some
#: browsers) and Word's title and quote paragraphs.
_STYLE_PROPERTIES = {"font-weight", "font-style"}
_CLASSES = {"p": {"MsoTitle", "MsoQuote", "MsoIntenseQuote"}}

_ORDERED_MARKER = re.compile(r"^\(?([0-9]{1,3}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,6})[.)]$")
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(bold|[6-9]00)", re.IGNORECASE)
_ITALIC_STYLE = re.compile(r"font-style\s*:\s*italic", re.IGNORECASE)
_NORMAL_WEIGHT = re.compile(r"font-weight\s*:\s*(normal|[1-4]00)\b", re.IGNORECASE)
_DATA_URI = re.compile(r"^data:(?P<mime>image/[\w.+-]+)?(?P<params>(;[^,;]*)*),(?P<data>.*)$", re.DOTALL)


@dataclass(frozen=True)
class EmbeddedImage:
    """A ``data:`` image found in the HTML: its bytes, stand-in number and alt text."""

    index: int
    data: bytes
    mime_type: str
    alt: str


@dataclass(frozen=True)
class LinkedImage:
    """An ``http(s)`` image kept for the caller to fetch (``keep_linked_images``): its address,
    stand-in number and alt text."""

    index: int
    url: str
    alt: str


@dataclass
class Conversion:
    """The Markdown and what the conversion left out or holds for the caller."""

    markdown: str
    images: list[EmbeddedImage] = field(default_factory=list)
    #: ``http(s)`` images standing in as ``redaksi-image:N`` (only with ``keep_linked_images``)
    linked_images: list[LinkedImage] = field(default_factory=list)
    remote_images: int = 0  # http(s) (and file:) images left out: never fetched
    unreadable_images: int = 0  # data: images that could not be decoded
    flattened_tables: int = 0  # tables with merged cells or tables inside: one paragraph per row


# -- step 1: Word's list paragraphs -----------------------------------------------------------

_WORD_LIST_ITEM = re.compile(
    r"<p\b(?=[^>]*mso-list:\s*l\d+\s+level(?P<level>\d+))[^>]*>(?P<body>.*?)</p\s*>",
    re.DOTALL | re.IGNORECASE,
)
_WORD_LIST_MARKER = re.compile(
    r"<!(?:--)?\[if !supportLists\](?:--)?>(?P<marker>.*?)<!(?:--)?\[endif\](?:--)?>",
    re.DOTALL | re.IGNORECASE,
)
_TAG = re.compile(r"<[^>]*>")


def _word_lists(html: str) -> str:
    """Word writes a list as paragraphs styled ``mso-list:l0 level2`` with the bullet or number
    as text (``<![if !supportLists]>1.<![endif]>``): real nested ``<ul>``/``<ol>`` instead. One
    pass over the text (a tree edit per paragraph is quadratic on a long document)."""
    out: list[str] = []
    stack: list[tuple[int, str]] = []  # (level, "ul"/"ol") of the open lists
    position = 0

    def close(down_to: int) -> None:
        while len(stack) > down_to:
            out.append(f"</li></{stack.pop()[1]}>")

    for match in _WORD_LIST_ITEM.finditer(html):
        between = html[position : match.start()]
        if between.strip():
            close(0)
        out.append(between)
        level = int(match.group("level"))
        body = match.group("body")
        marker_match = _WORD_LIST_MARKER.search(body)
        marker = ""
        if marker_match is not None:
            marker = unescape(_TAG.sub("", marker_match.group("marker"))).replace("\xa0", " ").strip()
            body = body[: marker_match.start()] + body[marker_match.end() :]
        while stack and stack[-1][0] > level:
            close(len(stack) - 1)
        if stack and stack[-1][0] == level:
            out.append("</li><li>")
        else:
            kind = "ol" if _ORDERED_MARKER.match(marker) else "ul"
            stack.append((level, kind))
            out.append(f"<{kind}><li>")
        out.append(body)
        position = match.end()
    close(0)
    out.append(html[position:])
    return "".join(out)


# -- step 3: Markdown ------------------------------------------------------------------------


def _complex_table(table: Tag) -> bool:
    """A table no pipe table can show: merged cells or a table inside."""
    if table.find("table") is not None:
        return True
    for cell in table.find_all(["td", "th"]):
        for name in ("colspan", "rowspan"):
            value = str(cell.get(name) or "1").strip()
            if value.isdigit() and int(value) > 1:
                return True
    return False


def _one_line(text: str) -> str:
    return " ".join(text.split())


#: markdownify's converter, for calling the conversions it makes at run time (``convert_b``...)
_BASE: Any = MarkdownConverter


class _Converter(MarkdownConverter):
    def __init__(self, conversion: Conversion, keep_linked_images: bool = False) -> None:
        super().__init__(
            heading_style="ATX",
            bullets="-",
            strong_em_symbol="*",
            table_infer_header=True,
            escape_misc=False,
        )
        self.conversion = conversion
        self.keep_linked_images = keep_linked_images

    def _next_index(self) -> int:
        return len(self.conversion.images) + len(self.conversion.linked_images) + 1

    def convert_soup(self, soup: Any) -> Any:
        # innermost first: a table inside a table is flattened before the one around it
        for table in reversed(soup.find_all("table")):
            if _complex_table(table):
                self._flatten(soup, table)
        return super().convert_soup(soup)

    def _flatten(self, soup: BeautifulSoup, table: Tag) -> None:
        """A table that cannot be a Markdown table: one paragraph per row, cells split by " · "."""
        self.conversion.flattened_tables += 1
        block = soup.new_tag("div")
        for row in table.find_all("tr"):
            if row.find_parent("table") is not table:
                continue
            cells = [_one_line(cell.get_text(" ")) for cell in row.find_all(["td", "th"], recursive=False)]
            cells = [cell for cell in cells if cell]
            if cells:
                paragraph = soup.new_tag("p")
                paragraph.string = " · ".join(cells)
                block.append(paragraph)
        table.replace_with(block)

    def convert_img(self, el: Any, text: str, parent_tags: Any) -> str:
        src = str(el.attrs.get("src") or "").strip()
        alt = _one_line(str(el.attrs.get("alt") or ""))
        alt = alt.translate(str.maketrans("[]`", "()'"))
        if src.startswith(IMAGE_SCHEME + ":"):
            return f"![{alt}]({src})"
        if src.lower().startswith("data:"):
            image = self._decode(src, alt)
            if image is None:
                self.conversion.unreadable_images += 1
                return ""
            self.conversion.images.append(image)
            return f"![{alt}]({IMAGE_SCHEME}:{image.index})"
        if alt and len(alt) <= 3 and not any(char.isalnum() for char in alt):
            return alt  # an emoji drawn as a picture (WhatsApp Web): the character itself
        if self.keep_linked_images and re.match(r"https?://", src, re.IGNORECASE):
            linked = LinkedImage(self._next_index(), src, alt)
            self.conversion.linked_images.append(linked)
            return f"![{alt}]({IMAGE_SCHEME}:{linked.index})"
        self.conversion.remote_images += 1  # never fetched (a file: or unsafe source nh3 took away)
        return ""

    def _decode(self, src: str, alt: str) -> EmbeddedImage | None:
        match = _DATA_URI.match(src)
        if match is None or ";base64" not in match.group("params").lower():
            return None
        payload = re.sub(r"\s+", "", match.group("data"))
        if len(payload) * 3 // 4 > MAX_DATA_IMAGE_BYTES:
            return None
        try:
            data = base64.b64decode(payload, validate=True)
        except (binascii.Error, ValueError):
            return None
        if not data:
            return None
        index = self._next_index()
        return EmbeddedImage(index, data, match.group("mime") or "", alt)

    def _cell(self, el: Any, text: str) -> str:
        colspan = str(el.attrs.get("colspan") or "1")
        span = int(colspan) if colspan.isdigit() else 1
        cell = _one_line(text.replace("|", "\\|"))
        return " " + cell + " |" * max(1, min(span, 100))

    def convert_td(self, el: Any, text: str, parent_tags: Any) -> str:
        return self._cell(el, text)

    def convert_th(self, el: Any, text: str, parent_tags: Any) -> str:
        return self._cell(el, text)

    def convert_span(self, el: Any, text: str, parent_tags: Any) -> str:
        """Bold and italic given as a style (Google Docs, some web pages)."""
        style = str(el.attrs.get("style") or "")
        if _ITALIC_STYLE.search(style):
            text = str(_BASE.convert_em(self, el, text, parent_tags))
        if _BOLD_STYLE.search(style):
            text = str(_BASE.convert_strong(self, el, text, parent_tags))
        return text

    def convert_b(self, el: Any, text: str, parent_tags: Any) -> str:
        if _NORMAL_WEIGHT.search(str(el.attrs.get("style") or "")):
            return text  # Google Docs wraps everything it copies in <b style="font-weight:normal">
        return str(_BASE.convert_b(self, el, text, parent_tags))

    def convert_p(self, el: Any, text: str, parent_tags: Any) -> str:
        classes = el.attrs.get("class") or []
        if "MsoTitle" in classes and "_inline" not in parent_tags:
            return str(_BASE.convert_hN(self, 1, el, text, parent_tags))
        if {"MsoQuote", "MsoIntenseQuote"} & set(classes) and "blockquote" not in parent_tags:
            return str(_BASE.convert_blockquote(self, el, text.strip(), parent_tags))
        return str(_BASE.convert_p(self, el, text, parent_tags))

    def convert_u(self, el: Any, text: str, parent_tags: Any) -> str:
        return text  # Markdown has no underline; the words stay


_PRE_BLOCK = re.compile(r"(<pre\b.*?</pre>)", re.DOTALL | re.IGNORECASE)
# A run of spaces and tabs holding a line break, or of two or more: each read at most twice.
_WHITESPACE_RUN = re.compile(r"[ \t]*[\r\n][ \t\r\n]*|[ \t]{2,}")


def _unwrap_lines(html: str) -> str:
    """Line ends inside the HTML's text are spaces (Word and LibreOffice wrap their source at 80
    columns) and a run of spaces is one, as a browser shows them (markdownify's handling of
    whitespace takes time quadratic in a run's length: 2.4 s for 20,000 characters); a
    ``<pre>`` block keeps them."""
    parts = _PRE_BLOCK.split(html)
    return "".join(part if index % 2 else _WHITESPACE_RUN.sub(" ", part) for index, part in enumerate(parts))


_SPACE_RUN = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
_BLANK_LINES = re.compile(r"\n{3,}")
_EMPTY_EMPHASIS = re.compile(r"(?<![\w*])(\*\*|\*)\s*\1(?![\w*])")


def _tidy(markdown: str) -> str:
    """Non-breaking spaces as spaces, runs of spaces in a line as one, at most one blank line."""
    markdown = markdown.replace("\xa0", " ").replace("\u200b", "").replace("\r\n", "\n")
    lines: list[str] = []
    for line in markdown.split("\n"):
        if lines and lines[-1].endswith("  ") and line.startswith(" ") and not line.startswith("  "):
            line = line[1:]  # the space after a line break
        if line.endswith("  ") and line.strip():  # a line break: keep its two spaces
            lines.append(_SPACE_RUN.sub(" ", line.rstrip()) + "  ")
        else:
            lines.append(_SPACE_RUN.sub(" ", line).rstrip())
    markdown = "\n".join(lines)
    markdown = _EMPTY_EMPHASIS.sub("", markdown)
    return _BLANK_LINES.sub("\n\n", markdown).strip("\n") + "\n"


def clean_html(html: str) -> str:
    """Steps 1 and 2: the HTML without office marks, styles and anything unsafe."""
    if "mso-list" in html:
        html = _word_lists(html)
    return nh3.clean(
        html,
        tags=_TAGS,
        clean_content_tags=_CLEAN_CONTENT,
        attributes=_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        strip_comments=True,
        link_rel=None,
        filter_style_properties=_STYLE_PROPERTIES,
        allowed_classes=_CLASSES,
    )


def html_to_markdown(html: str, *, keep_linked_images: bool = False) -> Conversion:
    """``html`` (a clipboard's or mammoth's) as clean Markdown; see the module's description.

    ``keep_linked_images``: ``http(s)`` images stand in as ``redaksi-image:N`` too, listed in
    :attr:`Conversion.linked_images` for the caller to fetch (an importer of WordPress posts,
    whose pictures are on its website); otherwise they are left out and counted."""
    conversion = Conversion(markdown="")
    cleaned = clean_html(html)
    if not cleaned.strip():
        return conversion
    try:
        markdown = _Converter(conversion, keep_linked_images).convert(_unwrap_lines(cleaned))
    except RecursionError:
        # Tags nested deeper than the converter's recursion can follow (~500 levels: a page
        # builder's divs, a hostile paste): the text arrives as plain paragraphs.
        conversion = Conversion(markdown="")
        markdown = _Converter(conversion, keep_linked_images).convert(_flat_paragraphs(cleaned))
    conversion.markdown = _tidy(markdown) if markdown.strip() else ""
    return conversion


_BLOCK_TAG = re.compile(
    r"</?(?:address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header"
    r"|hr|li|main|nav|ol|p|pre|section|table|td|th|tr|ul)\b[^>]*>",
    re.IGNORECASE,
)


def _flat_paragraphs(cleaned: str) -> str:
    """The text of ``cleaned`` (sanitized HTML: every ``<`` in it starts a tag) as one level of
    ``<p>`` paragraphs, one for each run of text between block tags."""
    text = unescape(_TAG.sub("", _BLOCK_TAG.sub("\n\n", cleaned)))
    paragraphs = (" ".join(part.split()) for part in text.split("\n\n"))
    return "".join(f"<p>{escape(part, quote=False)}</p>" for part in paragraphs if part)


def replace_images(markdown: str, sources: dict[int, str | None]) -> str:
    """The stand-ins ``![alt](redaksi-image:N)`` replaced by ``![alt](SOURCE)`` for
    ``sources[N]``; an image whose source is None (or missing) is taken out."""

    def replace(match: re.Match[str]) -> str:
        source = sources.get(int(match.group("index")))
        return f"![{match.group('alt')}]({source})" if source else ""

    return _tidy(IMAGE_PLACEHOLDER.sub(replace, markdown)) if markdown.strip() else markdown


def html_to_markdown_in_process(html: str) -> Conversion:
    """:func:`html_to_markdown` in a child process ("spawn", as the website export's workers; a
    bundle finds it through ``multiprocessing.freeze_support()``): the seconds a multi-megabyte
    paste takes in pure-Python parsing never hold the window's interpreter. Call it from a worker
    thread; it waits without holding the interpreter lock."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        return pool.submit(html_to_markdown, html).result()


_FORMATTING = re.compile(
    r"<(?:h[1-6]|b|strong|em|i|a|ul|ol|table|blockquote|img)\b|font-weight|font-style|mso-list|MsoTitle",
    re.IGNORECASE,
)


def has_formatting(html: str) -> bool:
    """Whether ``html`` holds anything Markdown can say beyond plain text (headings, emphasis,
    links, lists, tables, quotes, images). Without any, a paste takes the clipboard's plain text,
    whose line breaks the source program wrote itself."""
    return _FORMATTING.search(html) is not None
