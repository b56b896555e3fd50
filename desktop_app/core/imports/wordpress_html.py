"""WordPress's post HTML made ready for :func:`desktop_app.core.html_markdown.html_to_markdown`.

A post's content as WordPress keeps it (a WXR file's ``content:encoded``) is not quite HTML:
paragraphs are blank lines (WordPress adds the ``<p>`` when it shows the post: ``wpautop``),
the block editor leaves its ``<!-- wp:... -->`` comments, and shortcodes (``[caption]``,
``[gallery]``, ``[embed]``, ``[video]``, a plugin's own) stand for what WordPress draws in their
place. Here, with regular expressions over the text (no tree: this runs before the one parse
``html_to_markdown`` makes):

* block comments, ``<!--more-->`` and ``<!--nextpage-->`` are removed;
* ``[caption]`` becomes its image, the caption kept for the media library (:attr:`Prepared.captions`);
* ``[gallery ids="…"]`` becomes its images, when the caller knows the attachments' addresses
  (:func:`expand_galleries`; a WXR file lists them), else it is removed and counted;
* ``[embed]URL[/embed]``, ``[video]``, ``[audio]``, an ``<iframe>`` and a lone URL on its own line
  (WordPress's oEmbed) become a link to what they showed;
* any other shortcode is unwrapped (``[x]words[/x]`` keeps its words) or removed, and named in
  :attr:`Prepared.shortcodes`;
* paragraphs are made from blank lines (a simple ``wpautop``), single line ends are ``<br>``;
* an image inside a link to a larger copy of itself (WordPress's "link to media file") is left
  alone, the larger copy noted in :attr:`Prepared.full_size` for the importer to try first.

Nothing here is trusted: ``html_to_markdown`` sanitizes the result (nh3). No Qt here.
"""

from __future__ import annotations

import html as _html
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

#: An attachment as a gallery shows it: its address, alt text and caption.
Attachment = tuple[str, str, str]


@dataclass
class Prepared:
    """The HTML ready for conversion, and what the importer should know about it."""

    html: str
    #: image address -> caption given by a ``[caption]`` around it
    captions: dict[str, str] = field(default_factory=dict)
    #: image address -> the address of the larger copy it links to
    full_size: dict[str, str] = field(default_factory=dict)
    #: names of the shortcodes unwrapped or removed (each once, in order met)
    shortcodes: list[str] = field(default_factory=list)
    #: ``[gallery]`` shortcodes removed because their images are not known
    galleries_dropped: int = 0


_BLOCK_COMMENT = re.compile(r"<!--\s*/?wp:.*?-->|<!--\s*(?:more|nextpage|noteaser)\b.*?-->", re.DOTALL)
_ATTRIBUTE = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'\]]+))""")
_CAPTION = re.compile(r"\[(?:wp_)?caption\b(?P<attrs>[^\]]*)\](?P<inner>.*?)\[/(?:wp_)?caption\]", re.DOTALL)
_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_SRC = re.compile(r"""\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_GALLERY = re.compile(r"\[gallery\b(?P<attrs>[^\]]*)\]")
_EMBED = re.compile(r"\[embed\b[^\]]*\](?P<url>.*?)\[/embed\]", re.DOTALL)
_MEDIA = re.compile(r"\[(?P<name>video|audio)\b(?P<attrs>[^\]]*)\](?:.*?\[/(?P=name)\])?", re.DOTALL)
_PLAYLIST = re.compile(r"\[playlist\b[^\]]*\]")
_IFRAME = re.compile(
    r"<iframe\b[^>]*?\ssrc\s*=\s*[\"']([^\"']+)[\"'][^>]*>(?:.*?</iframe>)?", re.DOTALL | re.I
)
_LONE_URL = re.compile(r"^[ \t]*(https?://[^\s<>\"']+)[ \t]*$", re.MULTILINE)
_PAIRED = re.compile(
    r"\[(?P<name>[a-zA-Z_][\w-]*)(?P<attrs>(?:\s[^\]]*)?)\](?P<inner>.*?)\[/(?P=name)\]", re.DOTALL
)
_SELF_CLOSING = re.compile(r"\[(?P<name>[a-zA-Z_][\w-]*)\s+[\w-]+\s*=[^\]]*\]")
_LINKED_IMAGE = re.compile(
    r"""<a\b[^>]*?\shref\s*=\s*["'](?P<href>[^"']+\.(?:jpe?g|png|gif|webp))["'][^>]*>\s*(?P<img><img\b[^>]*>)\s*</a>""",
    re.IGNORECASE,
)
_BLOCK_START = re.compile(
    r"^\s*<(?:p|div|h[1-6]|ul|ol|li|dl|dd|dt|blockquote|table|thead|tbody|tr|td|th|figure|figcaption"
    r"|pre|hr|address|section|article|aside|header|footer|nav|form|fieldset|details|summary|iframe"
    r"|style|script|hr|center)\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(
    r"<figure\b[^>]*>(?P<inner>(?:(?!</figure>).)*?)<figcaption\b[^>]*>(?P<caption>.*?)</figcaption>\s*</figure>",
    re.DOTALL | re.IGNORECASE,
)
_PRE = re.compile(r"(<pre\b.*?</pre>)", re.DOTALL | re.IGNORECASE)

MEDIA_SOURCE_KEYS = ("src", "mp4", "m4v", "webm", "ogv", "wmv", "flv", "mp3", "ogg", "wav", "m4a", "wma")


def shortcode_attributes(text: str) -> dict[str, str]:
    """``ids="1,2" size='large' link=file`` as a dictionary (entities decoded)."""
    found = {}
    for match in _ATTRIBUTE.finditer(text):
        value = next((v for v in match.groups()[1:] if v is not None), "")
        found[match.group(1).lower()] = _html.unescape(value)
    return found


def gallery_ids(attrs: str) -> list[int]:
    """The attachment ids a ``[gallery]``'s ``ids`` (or ``include``) names, in order."""
    values = shortcode_attributes(attrs)
    raw = values.get("ids") or values.get("include") or ""
    return [int(part) for part in re.findall(r"\d+", raw)]


def _escape(text: str) -> str:
    return _html.escape(text, quote=True)


def image_tag(url: str, alt: str = "") -> str:
    return f'<img src="{_escape(url)}" alt="{_escape(alt)}">'


def expand_galleries(
    content: str, attachment: Callable[[int], Attachment | None], children: Sequence[int] = ()
) -> str:
    """Each ``[gallery]`` as its images, one paragraph each: those its ``ids`` name, else the
    attachments of the post (``children``, WordPress's default). Images not known stay out; a
    gallery none of whose images is known stays as it is (and is removed, counted, later)."""

    def replace(match: re.Match[str]) -> str:
        ids = gallery_ids(match.group("attrs")) or list(children)
        images = [found for found in (attachment(i) for i in ids) if found is not None]
        if not images:
            return match.group(0)
        return "\n\n".join(f"<p>{image_tag(url, alt)}</p>" for url, alt, _caption in images) + "\n\n"

    return _GALLERY.sub(replace, content)


def _src(img: str) -> str:
    match = _SRC.search(img)
    if match is None:
        return ""
    return _html.unescape(match.group(1) if match.group(1) is not None else match.group(2))


def _link(url: str) -> str:
    url = _html.unescape(url.strip())
    if not re.match(r"https?://", url, re.IGNORECASE):
        return ""
    return f'\n\n<p><a href="{_escape(url)}">{_escape(url)}</a></p>\n\n'


def _autop(text: str) -> str:
    """Paragraphs from blank lines, ``<br>`` from single line ends (outside ``<pre>``), for
    chunks that are not a block already: WordPress's ``wpautop`` in its simplest form."""
    parts = _PRE.split(text)
    out = []
    for index, part in enumerate(parts):
        if index % 2:
            out.append(part)
            continue
        chunks = re.split(r"\n\s*\n", part.replace("\r\n", "\n").replace("\r", "\n"))
        for chunk in chunks:
            chunk = chunk.strip()
            if not chunk:
                continue
            if _BLOCK_START.match(chunk):
                out.append(chunk)
            else:
                out.append("<p>" + re.sub(r"\s*\n\s*", "<br>\n", chunk) + "</p>")
    return "\n\n".join(out)


def prepare_wordpress_html(content: str) -> Prepared:
    """``content`` (a post's HTML as WordPress keeps or shows it) ready for conversion; see
    the module's description."""
    prepared = Prepared(html="")
    seen: set[str] = set()

    def note(name: str) -> None:
        name = name.lower()
        if name not in seen:
            seen.add(name)
            prepared.shortcodes.append(name)

    text = _BLOCK_COMMENT.sub("", content)

    def caption(match: re.Match[str]) -> str:
        attrs = shortcode_attributes(match.group("attrs"))
        inner = match.group("inner")
        img = _IMG.search(inner)
        if img is None:
            return inner
        words = attrs.get("caption") or _html.unescape(re.sub(r"<[^>]*>", "", _IMG.sub("", inner))).strip()
        linked = _LINKED_IMAGE.search(inner)
        source = _src(img.group(0))
        if words and source:
            prepared.captions[source] = " ".join(words.split())
        return "\n\n<p>" + (linked.group(0) if linked else img.group(0)) + "</p>\n\n"

    text = _CAPTION.sub(caption, text)

    def figure(match: re.Match[str]) -> str:
        img = _IMG.search(match.group("inner"))
        words = plain_text(match.group("caption"))
        if img is None or not words:
            return match.group(0)
        source = _src(img.group(0))
        if source:
            prepared.captions[source] = words
        return "\n\n<p>" + match.group("inner").strip() + "</p>\n\n"

    text = _FIGURE.sub(figure, text)

    def gallery(match: re.Match[str]) -> str:
        prepared.galleries_dropped += 1
        return ""

    text = _GALLERY.sub(gallery, text)
    text = _EMBED.sub(lambda m: _link(m.group("url")), text)

    def media(match: re.Match[str]) -> str:
        attrs = shortcode_attributes(match.group("attrs"))
        urls = [attrs[key] for key in MEDIA_SOURCE_KEYS if attrs.get(key)]
        return "".join(_link(url) for url in dict.fromkeys(urls))

    text = _MEDIA.sub(media, text)

    def playlist(match: re.Match[str]) -> str:
        note("playlist")
        return ""

    text = _PLAYLIST.sub(playlist, text)
    text = _IFRAME.sub(lambda m: _link(m.group(1)), text)
    text = _LONE_URL.sub(lambda m: _link(m.group(1)).strip(), text)

    def paired(match: re.Match[str]) -> str:
        note(match.group("name"))
        return match.group("inner")

    for _ in range(5):  # nested shortcodes, outermost first
        text, count = _PAIRED.subn(paired, text)
        if not count:
            break

    def self_closing(match: re.Match[str]) -> str:
        note(match.group("name"))
        return ""

    text = _SELF_CLOSING.sub(self_closing, text)
    for match in _LINKED_IMAGE.finditer(text):
        source = _src(match.group("img"))
        if source:
            prepared.full_size[source] = _html.unescape(match.group("href"))
    text = _LINKED_IMAGE.sub(lambda m: m.group("img"), text)
    prepared.html = _autop(text)
    return prepared


_RELATIVE_SOURCE = re.compile(
    r"""(<(?:img|a)\b[^>]*?\s(?:src|href)\s*=\s*["'])(?P<url>/[^"']*)""", re.IGNORECASE
)


def absolute_sources(content: str, site_url: str) -> str:
    """Images and links of ``content`` whose address starts with ``/`` (``/wp-content/…``) or
    ``//`` made absolute against ``site_url`` (``https://kominfo.example.go.id``): a picture
    on the site's own server is fetched like any other."""
    base = site_url.rstrip("/")
    scheme = "https:" if not base.startswith("http:") else "http:"

    def absolute(match: re.Match[str]) -> str:
        url = match.group("url")
        if url.startswith("//"):
            return match.group(1) + scheme + url
        return match.group(1) + (base + url if base.startswith("http") else url)

    return _RELATIVE_SOURCE.sub(absolute, content)


def plain_text(fragment: str) -> str:
    """An HTML fragment (a WordPress title or excerpt) as plain text on one line."""
    text = re.sub(r"<[^>]*>", "", fragment or "")
    return " ".join(_html.unescape(text).split())


def known_attachment(table: Mapping[int, Attachment]) -> Callable[[int], Attachment | None]:
    return table.get
