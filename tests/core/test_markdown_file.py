"""File ▸ Save Copy As…'s Markdown with front matter: every value survives as it was typed
(quotes, colons, line breaks, "---", control characters), the body follows unchanged, and the
file is written whole or not at all."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_app.core.markdown_file import (
    article_markdown,
    markdown_with_front_matter,
    save_article_copy,
    yaml_value,
)
from desktop_app.core.models import ArticleChanges, ArticleData


def parse(text: str) -> tuple[dict[str, object], str]:
    """The front matter (each value a YAML flow scalar or list we write: JSON reads them too)
    and the body."""
    assert text.startswith("---\n")
    head, _, body = text[4:].partition("\n---\n\n")
    fields = {}
    for line in head.split("\n"):
        name, _, value = line.partition(": ")
        fields[name] = json.loads(value)
    return fields, body


HOSTILE = [
    'Kata "kutip" dan \\ garis miring',
    "Dua baris\n---\nbukan akhir",
    "key: value # bukan komentar",
    "  spasi di depan",
    "- bukan daftar",
    "true",
    "123",
    "null",
    "Tab\tdan\rCR",
    "NUL\x00 dan \x1b escape \x7f DEL \x85 NEL",
    "Pemisah\u2028baris\u2029paragraf \ufeff BOM",
    "Bahasa Indonesia: “Kominfo” — 🇮🇩",
    "",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_every_text_survives_as_a_quoted_scalar(value):
    fields, body = parse(markdown_with_front_matter({"title": value, "tags": [value, "x"]}, "isi"))
    assert fields["title"] == value
    assert fields["tags"] == [value, "x"]
    assert body == "isi\n"
    assert "\n" not in yaml_value(value)


def test_lone_surrogates_become_replacement_characters():
    assert json.loads(yaml_value("a\ud800b")) == "a\ufffdb"


def _article(**overrides) -> ArticleData:
    when = dt.datetime(2026, 5, 1, 8, 30)
    values = dict(
        id=7,
        uuid="0b6c1c9e-5f7e-4d7e-9a51-3f1f2f0b8a11",
        title="Judul lama",
        slug="judul-lama",
        summary="",
        body="",
        dateline="",
        category=None,
        tags=(),
        author_id=1,
        author="Siti",
        featured_image_id=None,
        status="in_review",
        publish_at=None,
        published_at=None,
        published_revision=None,
        version=4,
        word_count=0,
        created_at=when,
        updated_at=when,
        deleted_at=None,
    )
    values.update(overrides)
    return ArticleData(**values)


def test_article_copy_has_the_editors_text_and_the_databases_details():
    changes = ArticleChanges(
        title="Banjir di Sukamaju",
        body="# Banjir\n\n---\n\nWarga mengungsi.",
        summary="Ringkasan: dua baris\nkedua",
        dateline="Sukamaju",
        category="Bencana",
        tags=["banjir", "BPBD", " "],
    )
    fields, body = parse(article_markdown(changes, _article()))
    assert list(fields)[:7] == ["title", "summary", "dateline", "category", "tags", "slug", "status"]
    assert fields["title"] == "Banjir di Sukamaju"
    assert fields["summary"] == "Ringkasan: dua baris\nkedua"
    assert fields["dateline"] == "Sukamaju"
    assert fields["category"] == "Bencana"
    assert fields["tags"] == ["banjir", "BPBD"]
    assert fields["slug"] == "banjir-di-sukamaju"  # from the new title, as saving would make it
    assert fields["status"] == "in_review"
    assert fields["author"] == "Siti"
    assert fields["uuid"] == "0b6c1c9e-5f7e-4d7e-9a51-3f1f2f0b8a11"
    assert fields["created_at"] == "2026-05-01T08:30:00"
    assert fields["publish_at"] is None
    assert body == "# Banjir\n\n---\n\nWarga mengungsi.\n"


def test_a_hand_made_slug_is_kept():
    fields, _ = parse(article_markdown(ArticleChanges(title="X", slug="alamat-sendiri"), _article()))
    assert fields["slug"] == "alamat-sendiri"


def test_the_copy_is_written_whole_or_not_at_all(tmp_path):
    target = tmp_path / "salinan.md"
    target.write_text("versi sebelumnya", encoding="utf-8")
    written = save_article_copy(target, ArticleChanges(title="Baru", body="isi baru"), _article())
    assert written == target
    assert target.read_text(encoding="utf-8").endswith("isi baru\n")
    assert [p.name for p in tmp_path.iterdir()] == ["salinan.md"]
    with pytest.raises(OSError):
        save_article_copy(tmp_path / "tidak-ada" / "x.md", ArticleChanges(title="Baru"), _article())
    assert [p.name for p in tmp_path.iterdir()] == ["salinan.md"]
