"""Word counts of long texts: counted in pieces (the GIL is released between them), the same
number as one pass over the whole text."""

from __future__ import annotations

from desktop_app.core import text
from desktop_app.core.text import COUNT_CHUNK, count_words


def _one_pass(markdown_text: str) -> int:
    return len(text._WORD.findall(text._MARKUP.sub(" ", markdown_text)))


def test_a_long_text_counts_as_in_one_pass():
    paragraph = (
        "Bupati meresmikan **layanan** [internet desa](https://contoh.go.id/a) di 74 nagari; "
        "![foto](asset:0b3c5f7e-1111-4222-8333-444455556666) warga-warga Arosuka’s. "
    )
    body = "\n\n".join(f"## {i}. Judul\n\n" + paragraph * (i % 7 + 1) for i in range(3000))
    assert len(body) > 4 * COUNT_CHUNK
    assert count_words(body) == _one_pass(body)


def test_a_long_text_without_paragraph_breaks_counts_whole():
    body = "kata " * (COUNT_CHUNK // 2)
    assert count_words(body) == COUNT_CHUNK // 2


def test_markup_is_not_counted():
    assert count_words("# Judul\n\n[tautan](https://a.b/c) dan ![gambar](x.png)") == 3
    assert count_words("") == 0
