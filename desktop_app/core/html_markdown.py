"""HTML to clean Markdown: rich paste (Word, LibreOffice, browsers, WhatsApp Web) and the Word
import (mammoth's HTML) go through :func:`html_to_markdown`.

Three steps, each a well-kept library doing what it is good at:

1. A small BeautifulSoup pass, only when the HTML has Word's or Google Docs' tell-tale marks:
   Word's list paragraphs (``mso-list``) become real nested lists, ``MsoTitle`` a heading,
   bold and italic given only as styles (``font-weight:700``, ``font-style:italic``) become
   ``<strong>`` and ``<em>``, Google Docs' all-enclosing ``<b style="font-weight:normal">`` goes.
2. nh3 keeps an allow-list of tags and attributes: styles, fonts, colours, classes, comments
   (Word's conditional ones too), ``<o:p>``, ``<xml>`` and scripts are dropped.
3. markdownify writes Markdown (ATX headings, ``-`` bullets, ``**``/``*``, GFM pipe tables);
   tables it cannot write as a table (merged cells, a table in a table) become one paragraph
   per row, and the caller is told.

Images are never fetched: ``http(s)`` sources are dropped (counted in
:attr:`Conversion.remote_images`), ``data:`` images are decoded into :attr:`Conversion.images`
and stand in the Markdown as ``![alt](redaksi-image:N)`` until :func:`replace_images` puts the
media library's ``asset:UUID`` (or nothing) in their place. No Qt here.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field
from typing import Any

import nh3
from bs4 import BeautifulSoup, Tag
from markdownify import MarkdownConverter

#: The stand-in scheme of an image whose bytes the caller holds (``redaksi-image:3``).
IMAGE_SCHEME = "redaksi-image"
IMAGE_PLACEHOLDER = re.compile(r"!\[(?P<alt>(?:\\.|[^\]\\])*)\]\(" + IMAGE_SCHEME + r":(?P<index>\d+)\)")
#: Data images larger than this are not decoded (the media library refuses them anyway).
MAX_DATA_IMAGE_BYTES = 40 * 1024 * 1024

_TAGS = {
    "a", "b", "blockquote", "br", "code", "del", "div", "em", "h1", "h2", "h3", "h4", "h5", "h6",
    "hr", "i", "img", "li", "ol", "p", "pre", "s", "strike", "strong", "sub", "sup", "table",
    "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "caption",
}  # fmt: skip
_ATTRIBUTES = {
    "a": {"href"},
    "img": {"src", "alt"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
}
_CLEAN_CONTENT = {"script", "style", "title", "xml", "template", "noscript", "svg", "math"}
_URL_SCHEMES = {"http", "https", "mailto", "data", IMAGE_SCHEME}

_WORD_MARKS = ("mso-list", "MsoTitle", "font-weight", "font-style", "docs-internal-guid")
_LIST_LEVEL = re.compile(r"mso-list:\s*l(\d+)\s+level(\d+)", re.IGNORECASE)
_ORDERED_MARKER = re.compile(r"^\(?([0-9]{1,3}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,6})[.)]$")
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(bold|[6-9]00)", re.IGNORECASE)
_ITALIC_STYLE = re.compile(r"font-style\s*:\s*italic", re.IGNORECASE)
_DATA_URI = re.compile(r"^data:(?P<mime>image/[\w.+-]+)?(?P<params>(;[^,;]*)*),(?P<data>.*)$", re.DOTALL)


@dataclass(frozen=True)
class EmbeddedImage:
    """A ``data:`` image found in the HTML: its bytes, stand-in number and alt text."""

    index: int
    data: bytes
    mime_type: str
    alt: str


@dataclass
class Conversion:
    """The Markdown and what the conversion left out or holds for the caller."""

    markdown: str
    images: list[EmbeddedImage] = field(default_factory=list)
    remote_images: int = 0  # http(s) (and file:) images left out: never fetched
    unreadable_images: int = 0  # data: images that could not be decoded
    flattened_tables: int = 0  # tables with merged cells or tables inside: one paragraph per row


# -- step 1: Word's and Google Docs' marks ----------------------------------------------------


def _style(tag: Tag) -> str:
    value = tag.get("style")
    return value if isinstance(value, str) else ""


def _word_list_item(paragraph: Tag) -> tuple[int, bool] | None:
    """(level, ordered) of one of Word's list paragraphs; its bullet (``mso-list:Ignore``) is
    taken out. None: not a list paragraph."""
    match = _LIST_LEVEL.search(_style(paragraph))
    if match is None:
        return None
    marker = ""
    for span in paragraph.find_all("span"):
        if "mso-list:ignore" in _style(span).replace(" ", "").lower():
            marker = span.get_text().replace("\xa0", " ").strip()
            span.decompose()
            break
    return int(match.group(2)), bool(_ORDERED_MARKER.match(marker))


def _word_lists(soup: BeautifulSoup) -> None:
    """Word writes a list as paragraphs styled ``mso-list:l0 level2``: real nested lists."""
    paragraphs = [p for p in soup.find_all("p") if "mso-list" in _style(p)]
    stack: list[tuple[int, Tag]] = []  # (level, <ul>/<ol>) from the outermost
    previous: Tag | None = None
    for paragraph in paragraphs:
        item = _word_list_item(paragraph)
        if item is None:
            continue
        level, ordered = item
        sibling = paragraph.find_previous_sibling()
        if previous is None or sibling is not previous:
            stack = []  # not right after the last list paragraph: a new list
        while stack and stack[-1][0] > level:
            stack.pop()
        li = soup.new_tag("li")
        for child in list(paragraph.contents):
            li.append(child.extract())
        if stack and stack[-1][0] == level:
            stack[-1][1].append(li)
        else:
            new_list = soup.new_tag("ol" if ordered else "ul")
            new_list.append(li)
            if stack:
                last_items = stack[-1][1].find_all("li", recursive=False)
                (last_items[-1] if last_items else stack[-1][1]).append(new_list)
            else:
                paragraph.insert_before(new_list)
            stack.append((level, new_list))
        # the next list paragraph must follow this one: a placeholder keeps the place
        marker = soup.new_tag("span")
        paragraph.replace_with(marker)
        previous = marker  # (an empty span: nh3 drops it)


def _office_marks(html: str) -> str:
    """Step 1 (only when the HTML has such marks: a browser's plain HTML is left alone)."""
    if not any(mark in html for mark in _WORD_MARKS):
        return html
    soup = BeautifulSoup(html, "html.parser")
    if "mso-list" in html:
        _word_lists(soup)
    for title in soup.find_all("p", class_="MsoTitle"):
        title.name = "h1"
    for quote in soup.find_all("p", class_=["MsoQuote", "MsoIntenseQuote"]):
        quote.wrap(soup.new_tag("blockquote"))
    for wrapper in soup.find_all("b", id=re.compile("^docs-internal-guid")):
        wrapper.unwrap()
    if "font-weight" in html or "font-style" in html:
        for span in soup.find_all("span", style=True):
            style = _style(span)
            if _ITALIC_STYLE.search(style):
                span.wrap(soup.new_tag("em"))
            if _BOLD_STYLE.search(style):
                span.wrap(soup.new_tag("strong"))
    return str(soup)


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


class _Converter(MarkdownConverter):
    def __init__(self, conversion: Conversion) -> None:
        super().__init__(
            heading_style="ATX",
            bullets="-",
            strong_em_symbol="*",
            table_infer_header=True,
            escape_misc=False,
        )
        self.conversion = conversion

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
        index = len(self.conversion.images) + 1
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

    def convert_u(self, el: Any, text: str, parent_tags: Any) -> str:
        return text  # Markdown has no underline; the words stay


_PRE_BLOCK = re.compile(r"(<pre\b.*?</pre>)", re.DOTALL | re.IGNORECASE)
_SOFT_WRAP = re.compile(r"[ \t]*[\r\n]+[ \t]*")


def _unwrap_lines(html: str) -> str:
    """Line ends inside the HTML's text are spaces (Word and LibreOffice wrap their source at 80
    columns); a ``<pre>`` block keeps them."""
    parts = _PRE_BLOCK.split(html)
    return "".join(part if index % 2 else _SOFT_WRAP.sub(" ", part) for index, part in enumerate(parts))


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
    return nh3.clean(
        _office_marks(html),
        tags=_TAGS,
        clean_content_tags=_CLEAN_CONTENT,
        attributes=_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        strip_comments=True,
        link_rel=None,
    )


def html_to_markdown(html: str) -> Conversion:
    """``html`` (a clipboard's or mammoth's) as clean Markdown; see the module's description."""
    conversion = Conversion(markdown="")
    cleaned = clean_html(html)
    if not cleaned.strip():
        return conversion
    markdown = _Converter(conversion).convert(_unwrap_lines(cleaned))
    conversion.markdown = _tidy(markdown) if markdown.strip() else ""
    return conversion


def replace_images(markdown: str, sources: dict[int, str | None]) -> str:
    """The stand-ins ``![alt](redaksi-image:N)`` replaced by ``![alt](SOURCE)`` for
    ``sources[N]``; an image whose source is None (or missing) is taken out."""

    def replace(match: re.Match[str]) -> str:
        source = sources.get(int(match.group("index")))
        return f"![{match.group('alt')}]({source})" if source else ""

    return _tidy(IMAGE_PLACEHOLDER.sub(replace, markdown)) if markdown.strip() else markdown
