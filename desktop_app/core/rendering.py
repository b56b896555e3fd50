"""The one renderer: Markdown to safe HTML.

Every article body becomes HTML here, in two steps: :func:`render_body` (the expensive, pure
part: Markdown to sanitized HTML with ``asset:UUID`` image references still in place; the
preview runs it itself for a short article and, for a long one, block by block in its child
process through :mod:`desktop_app.core.incremental_render`; the export through the render cache
of :mod:`desktop_app.core.export.rendered`) and :func:`resolve_images` (cheap: the images where
they are shown). :func:`render_markdown` is the two together ("Copy as HTML", ``redaksi show
--format html``). So what an editor approves is byte for byte what the website shows.

markdown2 runs with a fixed set of extras (a fresh ``Markdown`` instance per call: a reused
one slows down after a long document), raw HTML typed into an article is escaped, and the
result goes through an nh3 allow-list that keeps only http, https and mailto links (plus our
own ``asset:`` image references, which are resolved afterwards by code we control).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

#: Bump when the output of render_markdown changes, so cached HTML is rebuilt.
RENDERER_VERSION = 1

EXTRAS: dict[str, object] = {
    "fenced-code-blocks": {"cssclass": "codehilite", "noclasses": False},
    "tables": None,
    "footnotes": None,
    "header-ids": {"reset-count": True},
    "strike": None,
    "cuddled-lists": None,
}
FOOTNOTE_TITLE = "Kembali ke teks catatan %d"
ASSET_SCHEME = "asset"
LINK_SCHEMES = frozenset({"http", "https", "mailto"})

ALLOWED_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "code",
        "del",
        "div",
        "em",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "img",
        "li",
        "ol",
        "p",
        "pre",
        "s",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "th",
        "thead",
        "tr",
        "ul",
    }
)
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "title", "id"},
    "img": {"src", "alt", "title", "width", "height"},
    "h1": {"id"},
    "h2": {"id"},
    "h3": {"id"},
    "h4": {"id"},
    "h5": {"id"},
    "h6": {"id"},
    "li": {"id"},
    "sup": {"id"},
    "td": {"align"},
    "th": {"align"},
    "div": {"class"},
    "span": {"class"},
    "code": {"class"},
    "pre": {"class"},
    "ol": {"start"},
}


@dataclass(frozen=True)
class ImageInfo:
    """How to show one stored image: its URL in this context and the text around it."""

    url: str
    caption: str = ""
    credit: str = ""
    width: int = 0
    height: int = 0
    #: The media library's description of the image; when set it is the ``alt`` shown, whatever
    #: the Markdown says (an article not open while the library was edited keeps the old words).
    alt: str = ""


#: Maps an asset uuid to how it is shown here (preview, export, copy) or None when unknown.
ImageResolver = Callable[[str], "ImageInfo | None"]


def _markdown_to_html(text: str) -> str:
    from desktop_app.core.markdown_converter import Markdown  # (not at start-up: see there)

    converter = Markdown(
        extras=dict(EXTRAS),
        safe_mode="escape",
        footnote_title=FOOTNOTE_TITLE,
    )
    try:
        return str(converter.convert(text))
    except RecursionError:
        # markdown2 reads nested quotes and lists by recursion: about 200 levels ("> > > ...")
        # exhaust Python's stack. Such a text is shown as what it is, plain paragraphs, rather
        # than refusing the preview, the publishing or the export of the article.
        return plain_paragraphs(text)


_BLANK_LINES = re.compile(r"\n[ \t]*\n")


def plain_paragraphs(text: str) -> str:
    """``text`` as escaped paragraphs (blank lines between them, line breaks kept): no markup."""
    paragraphs = (part.strip("\n") for part in _BLANK_LINES.split(text))
    return "\n\n".join(
        "<p>" + escape(part, quote=False).replace("\n", "<br />\n") + "</p>"
        for part in paragraphs
        if part.strip()
    )


def sanitize_html(html: str) -> str:
    """The allow-list sanitizer every body passes through."""
    import nh3

    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(LINK_SCHEMES | {ASSET_SCHEME}),
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def _shown_img(info: ImageInfo, img_tag: str, uuid: str) -> str:
    """``img_tag`` with the image's URL and, when the library has one, its alt text."""
    img = img_tag.replace(f"asset:{uuid}", escape(info.url, quote=True))
    if info.alt.strip():
        alt = f'alt="{escape(info.alt.strip(), quote=True)}"'
        img = (
            _ALT.sub(lambda _: alt, img, count=1)
            if _ALT.search(img)
            else img.replace("<img ", f"<img {alt} ", 1)
        )
    return img


def _figure(info: ImageInfo | None, img_tag: str, uuid: str) -> str:
    if info is None:
        return img_tag.replace(f"asset:{uuid}", "")
    img = _shown_img(info, img_tag, uuid)
    if info.width and info.height and "width=" not in img:
        img = img.replace("<img ", f'<img width="{info.width}" height="{info.height}" ', 1)
    parts = []
    if info.caption:
        parts.append(f'<span class="caption">{escape(info.caption)}</span>')
    if info.credit:
        parts.append(f'<span class="credit">{escape(info.credit)}</span>')
    caption = f"<figcaption>{' '.join(parts)}</figcaption>" if parts else ""
    return f'<figure class="image">{img}{caption}</figure>'


_IMG_TAG = re.compile(r'<img\b[^>]*\bsrc="asset:([0-9a-fA-F-]{36})"[^>]*>')
_ALT = re.compile(r'\balt="[^"]*"')
_LONE_IMG_PARAGRAPH = re.compile(r'<p>(<img\b[^>]*\bsrc="asset:[0-9a-fA-F-]{36}"[^>]*>)</p>')


def resolve_images(html: str, resolve_image: ImageResolver | None) -> str:
    """Replace ``asset:UUID`` image sources with real URLs.

    An image alone in its paragraph becomes a ``<figure>`` with caption and credit; an image
    inside running text stays inline (a figure may not sit inside a paragraph).
    """

    def info_for(uuid: str) -> ImageInfo | None:
        return resolve_image(uuid) if resolve_image else None

    def figure(match: re.Match[str]) -> str:
        img = match.group(1)
        tag = _IMG_TAG.match(img)
        assert tag is not None  # what _LONE_IMG_PARAGRAPH found is such a tag
        uuid = tag.group(1)
        return _figure(info_for(uuid), img, uuid)

    def inline(match: re.Match[str]) -> str:
        uuid = match.group(1)
        info = info_for(uuid)
        if info is None:
            return match.group(0).replace(f"asset:{uuid}", "")
        return _shown_img(info, match.group(0), uuid)

    html = _LONE_IMG_PARAGRAPH.sub(figure, html)
    html = _IMG_TAG.sub(inline, html)
    # Any asset: left (for example in a link) points nowhere outside Redaksi.
    return html.replace('href="asset:', 'href="#asset-')


def render_body(text: str) -> str:
    """Markdown to sanitized HTML with ``asset:UUID`` image references still in place.

    This is the expensive, pure part (safe to run in a worker thread or process); finish with
    :func:`resolve_images`, which is cheap and needs to know where images are shown.
    """
    return sanitize_html(_markdown_to_html(text))


def render_markdown(text: str, resolve_image: ImageResolver | None = None) -> str:
    """Markdown to sanitized HTML: the only way an article body becomes HTML."""
    return resolve_images(render_body(text), resolve_image)
