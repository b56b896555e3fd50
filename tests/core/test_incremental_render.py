"""Block-wise incremental rendering gives exactly the one renderer's output."""

from __future__ import annotations

import random

import pytest

from desktop_app.core.incremental_render import (
    IncrementalRenderer,
    needs_whole_document,
    render_blocks,
    render_document,
    split_blocks,
)
from desktop_app.core.rendering import render_body
from tests.conftest import SEEDS_DIR

PIECES = [
    "# Judul",
    "## Sub judul",
    "Paragraf biasa dengan *miring* dan **tebal**.",
    "- satu\n- dua",
    "1. satu\n2. dua",
    "    kode indent\n    baris",
    "```python\nx = 1\n\n\ny = 2\n```",
    "```\nplain\n```",
    "> kutipan\n> dua",
    "> q\nlazy",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "---",
    "Teks `kode` dan [tautan](https://kominfo.go.id).",
    "  - indented item",
    "* bintang",
    "lanjut\n- cuddled",
    "Judul setext\n=====",
    "~~coret~~",
    "```\nunclosed",
    "\t\ttab",
    "1) paren",
    "- a\n\n    para in item",
    "![gambar](asset:12345678-1234-1234-1234-123456789012)",
    "Baris dengan spasi  \nbreak",
    "***",
    "- - -",
    "* * *",
    "  ```\n  fence indented\n  ```",
    "````\nx\n```\n````",
    "Teks dengan <b>HTML</b> di tengah",
    "Surel <mailto:a@b.id>",
]


def _seed_article() -> str:
    lines = (SEEDS_DIR / "000_5fb118053777d729.txt").read_text(encoding="utf-8").split("\n")
    return "\n\n".join(line for line in lines[11:] if line.strip())


def test_seed_article_equals_full_render():
    text = _seed_article()
    assert len(split_blocks(text)) > 1
    assert IncrementalRenderer().render(text) == render_body(text)


def test_generated_documents_equal_full_render():
    rng = random.Random(20240501)
    for _ in range(1500):
        count = rng.randint(1, 8)
        text = "".join(
            rng.choice(PIECES) + rng.choice(["\n\n", "\n", "\n\n\n", "\n  \n"]) for _ in range(count)
        )
        if rng.random() < 0.3:
            text = text.rstrip("\n")
        assert IncrementalRenderer().render(text) == render_body(text), repr(text)


def test_edits_rerender_only_changed_blocks_and_stay_equal():
    text = _seed_article()
    renderer = IncrementalRenderer()
    renderer.render(text)
    rng = random.Random(3)
    for _ in range(40):
        position = rng.randrange(len(text))
        text = text[:position] + rng.choice(["x", " ", "\n\n", "**", "\n- butir\n", "## "]) + text[position:]
        html = renderer.render(text)
        assert html == render_body(text)
        assert renderer.last_rendered_blocks in (-1, 0, 1, 2, 3)


def test_typing_into_one_paragraph_renders_one_block():
    text = "## Judul\n\n" + "\n\n".join(f"Paragraf nomor {i}." for i in range(50))
    renderer = IncrementalRenderer()
    renderer.render(text)
    edited = text.replace("Paragraf nomor 25.", "Paragraf nomor 25 diubah.")
    assert renderer.render(edited) == render_body(edited)
    assert renderer.last_rendered_blocks == 1


@pytest.mark.parametrize(
    "text",
    [
        "Lihat catatan[^1].\n\n[^1]: Catatan kaki.",
        "[tautan][situs]\n\n[situs]: https://kominfo.go.id",
        "<div>\n\nblok\n\n</div>",
        "",
    ],
)
def test_cross_block_constructs_fall_back_to_a_full_render(text):
    assert needs_whole_document(text)
    renderer = IncrementalRenderer()
    assert renderer.render(text) == render_body(text)
    assert renderer.last_rendered_blocks == -1


def test_repeated_heading_ids_fall_back_to_a_full_render():
    text = "## Latar\n\nsatu\n\n## Latar\n\ndua"
    renderer = IncrementalRenderer()
    html = renderer.render(text)
    assert html == render_body(text)
    assert 'id="latar-2"' in html


def test_fenced_code_with_blank_lines_stays_one_block():
    text = "Awal\n\n```\nsatu\n\n\ndua\n```\n\nAkhir"
    assert split_blocks(text) == ["Awal", "```\nsatu\n\n\ndua\n```", "Akhir"]


def test_loose_list_stays_one_block():
    text = "- satu\n\n- dua\n\n    lanjutan\n\nParagraf"
    assert split_blocks(text) == ["- satu\n\n- dua\n\n    lanjutan", "Paragraf"]


def test_output_is_sanitized():
    text = "Aman\n\n[x](javascript:alert(1))\n\n<script>alert(1)</script>"
    html = IncrementalRenderer().render(text)
    assert "javascript:" not in html
    assert "<script" not in html


@pytest.mark.parametrize(
    "text",
    [
        "## Latar\n\nsatu\n\n## Latar\n\ndua\n\n## Latar\n\ntiga",
        "## Tahun\n\na\n\n## Tahun 2\n\nb\n\n## Tahun\n\nc",  # markdown2 repeats "tahun-2" here
        "## Foto\n## Foto\n\nteks\n\n## Foto",  # a block that repeats a heading itself
        "## !!!\n\na\n\n## ???\n\nb",  # headings without letters
        "# A *b*\n\nx\n\nA *b*\n---\n\n## A b",
    ],
)
def test_repeated_heading_ids_are_numbered_as_in_a_full_render(text):
    renderer = IncrementalRenderer()
    assert renderer.render(text) == render_body(text)
    edited = text + "\n\n## Latar\n\nakhir"
    assert renderer.render(edited) == render_body(edited)


def test_repeated_headings_stay_incremental():
    text = "\n\n".join(f"## Bagian {i % 3}\n\nParagraf nomor {i}." for i in range(30))
    renderer = IncrementalRenderer()
    assert renderer.render(text) == render_body(text)
    edited = text.replace("Paragraf nomor 15.", "Paragraf nomor 15 diubah.")
    assert renderer.render(edited) == render_body(edited)
    assert renderer.last_rendered_blocks == 1


def _worker_answers(*frames: bytes) -> list[tuple[dict, str]]:
    """What the render worker answers to ``frames`` (in this process, through byte streams)."""
    import io

    from desktop_app.core.incremental_render import _serve, decode_message

    out = io.BytesIO()
    _serve(io.BytesIO(b"".join(frames)), out)
    data, answers = out.getvalue(), []
    while data:
        size = int.from_bytes(data[:4], "big")
        answers.append(decode_message(data[4 : 4 + size]))
        data = data[4 + size :]
    return answers


def test_frames_carry_huge_and_non_ascii_text_exactly():
    from desktop_app.core.incremental_render import decode_message, encode_message

    text = ('Résumé “kutipan” — 🙂 \u0000 \\ " \n\n' * 200_000) + "akhir"
    frame = encode_message({"id": 3, "kind": "document", "note": "ü"}, text)
    assert int.from_bytes(frame[:4], "big") == len(frame) - 4
    assert decode_message(frame[4:]) == ({"id": 3, "kind": "document", "note": "ü"}, text)
    assert decode_message(encode_message({"id": 4})[4:]) == ({"id": 4}, "")


def test_the_worker_answers_each_kind_through_frames():
    from desktop_app.core.incremental_render import answer_result, request_frame

    paragraphs = [f"Paragraf {n} dengan **tebal**, “kutipan” dan 🙂." for n in range(3000)]
    huge = "\n\n".join(paragraphs)
    answers = _worker_answers(
        request_frame(1, "whole", "Halo **dunia** ✓"),
        request_frame(2, "blocks", ["Satu *dua*", "# Judul é"]),
        request_frame(3, "document", huge),
    )
    results = {header["id"]: answer_result(header, text) for header, text in answers}
    assert results[1] == render_body("Halo **dunia** ✓")
    assert results[2] == render_blocks(["Satu *dua*", "# Judul é"])
    document = results[3]
    expected = render_document(IncrementalRenderer(), huge)
    assert document == expected
    if "fragments" in document:
        assert len(document["fragments"]) >= len(paragraphs)
        assert "🙂" in document["fragments"][-1]
