"""The one renderer, and its sanitizer against XSS vectors."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from desktop_app.core.rendering import ImageInfo, render_markdown

XSS_VECTORS = [
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](javascript&#58;alert(1))",
    "[x](javascript&#x3A;alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x]( javascript:alert(1))",
    "[x](java\tscript:alert(1))",
    "[x](vbscript:msgbox(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![x](javascript:alert(1))",
    "![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)",
    "![x](DATA:image/png;base64,AAAA)",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<a href='javascript:alert(1)'>x</a>",
    "<iframe src='https://evil.example'></iframe>",
    "<svg onload=alert(1)>",
    "<style>body{display:none}</style>",
    "<div onclick='alert(1)'>x</div>",
    '[x](https://ok.example "title\\" onmouseover=\\"alert(1)")',
    "[x]: javascript:alert(1)\n\n[y][x]",
    "<object data='x'></object>",
    "<form action='https://evil.example'><input></form>",
    "<meta http-equiv='refresh' content='0;url=javascript:alert(1)'>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
]
FORBIDDEN_TAGS = {
    "script",
    "iframe",
    "object",
    "embed",
    "style",
    "svg",
    "form",
    "input",
    "meta",
    "math",
    "link",
    "base",
}


class _Elements(HTMLParser):
    """Collects the real elements and attributes of a page (not text that looks like them)."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))


def _elements(html: str):
    parser = _Elements()
    parser.feed(html)
    return parser.elements


@pytest.mark.parametrize("vector", XSS_VECTORS)
def test_xss_vectors_are_neutralised(vector):
    html = render_markdown(vector)
    for tag, attrs in _elements(html):
        assert tag not in FORBIDDEN_TAGS, html
        assert not any(name.startswith("on") for name in attrs), html
        for name in ("href", "src"):
            value = (attrs.get(name) or "").strip().lower()
            assert value == "" or value.startswith(("https:", "http:", "mailto:", "#")), html


def test_markdown_features():
    html = render_markdown(
        "# Judul\n\n*miring* **tebal** ~~coret~~\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        "```python\nx = 1\n```\n\nCatatan[^1]\n\n[^1]: Isi catatan.\n\n[tautan](https://kominfo.example)"
    )
    assert '<h1 id="judul">Judul</h1>' in html
    assert "<em>miring</em>" in html
    assert "<strong>tebal</strong>" in html
    assert "<s>coret</s>" in html or "<del>coret</del>" in html
    assert "<table>" in html
    assert 'class="codehilite"' in html
    assert 'title="Kembali ke teks catatan 1"' in html
    assert 'href="https://kominfo.example"' in html


def test_asset_images_become_figures_with_caption_and_credit():
    uuid = "123e4567-e89b-12d3-a456-426614174000"
    html = render_markdown(
        f"![Rapat staf](asset:{uuid})",
        lambda u: ImageInfo("img/abc.jpg", "Rapat <staf>", "Dok. Diskominfo", 800, 600),
    )
    assert '<figure class="image">' in html
    assert 'src="img/abc.jpg"' in html
    assert "Rapat &lt;staf&gt;" in html
    assert "Dok. Diskominfo" in html
    assert "<p><figure" not in html


def test_the_library_alt_text_is_the_one_shown():
    """An article that was not open when its image was described in the library still has the
    old words (or none) in its Markdown: the page shows the library's."""
    uuid = "123e4567-e89b-12d3-a456-426614174000"
    described = ImageInfo("img/abc.jpg", alt='Bupati "Garut" & <staf>')
    html = render_markdown(f"![lama](asset:{uuid})\n\nDi tengah ![](asset:{uuid}) teks.", lambda u: described)
    assert html.count('alt="Bupati &quot;Garut&quot; &amp; &lt;staf&gt;"') == 2
    assert "lama" not in html
    assert 'alt=""' not in html
    kept = render_markdown(f"![Foto lama](asset:{uuid})", lambda u: ImageInfo("img/abc.jpg"))
    assert 'alt="Foto lama"' in kept  # no words in the library: the Markdown's stay


def test_unknown_asset_renders_no_source():
    html = render_markdown("![x](asset:123e4567-e89b-12d3-a456-426614174000)")
    assert "asset:" not in html


@pytest.mark.parametrize(
    "nested",
    [
        "> " * 400 + "kutipan",  # quotes in quotes: markdown2 recurses once a level
        "\n".join(">" * depth + " kutipan" for depth in range(1, 300)),
        "\n".join("  " * depth + "- butir" for depth in range(300)),
    ],
)
def test_nesting_too_deep_for_markdown2_is_shown_as_plain_paragraphs(nested):
    text = f"Pembuka <script>alert(1)</script>\n\n{nested}\n\nPenutup & akhir"
    html = render_markdown(text)
    assert html.startswith("<p>Pembuka &lt;script&gt;alert(1)&lt;/script&gt;</p>")
    assert "kutipan" in html or "butir" in html
    assert html.endswith("<p>Penutup &amp; akhir</p>")
    assert "<script" not in html


def test_a_nesting_markdown2_can_read_is_still_rendered():
    assert "<blockquote>" in render_markdown("> " * 20 + "kutipan")
