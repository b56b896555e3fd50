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


def test_link_targets_with_parentheses_and_unclosed_marks():
    # One level of parentheses inside a target: the whole target is left out.
    assert count_words("Lihat [peta](https://id.wikipedia.org/wiki/Solok_(kota)) ini") == 3
    assert count_words("![foto](asset:1(2).jpg) Bupati") == 1
    # Marks that never close count their words (and a long run of them is read once).
    assert count_words("![ ![ ![ kata") == 1
    assert count_words("](" * 5000 + " kata") == 1
