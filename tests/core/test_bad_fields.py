"""One bad field never blocks the whole save: characters no database or export can keep are
removed, and a field the database cannot keep (a title over 500 characters, a dateline, a
category or a tag too long) keeps its stored value while every other field is saved; what was
typed in it is kept in the save's revision. On SQLite and PostgreSQL alike."""

from __future__ import annotations

import pytest

from db.models import Revision
from desktop_app.core.articles import TITLE_MAX_LENGTH, FieldsNotSaved
from desktop_app.core.errors import ConflictError, NotFound
from desktop_app.core.models import ArticleChanges
from desktop_app.core.text import storable_text, unstorable_count

#: Real text that must come back unchanged: Indonesian, other scripts, emoji sequences (joined by
#: ZERO WIDTH JOINER, with skin tones and variation selectors), the zero-width non-joiner of
#: Persian, direction marks, combining accents, non-breaking and narrow spaces, tab and line breaks.
REAL_TEXT = (
    "Dinas Kominfo: “Rapat koordinasi” — 10–12 Mei, Rp 1.500.000,00.\n"
    "\tKata kunci: keterbukaan informasi publik\r\n"
    "👩‍💻 👨‍👩‍👧‍👦 👍🏽 ❤️ 🇮🇩 1️⃣ "
    "می\u200cخواهم \u200f‏عربي\u200e "
    "e\u0301 naïve Ñ ß 中文 日本語 한국어 ไทย हिन्दी "
    "\u00a0\u202f\u2009\u200b\u2060\ufeff \u2028\u2029 \U0001f600 \U00020000 \ue000 \x7f \x85"
)


def test_real_text_is_kept_exactly():
    assert storable_text(REAL_TEXT) is REAL_TEXT
    assert unstorable_count(REAL_TEXT) == 0


@pytest.mark.parametrize(
    "bad",
    [
        "\x00",
        "\x01",
        "\x08",
        "\x0b",
        "\x0c",
        "\x0e",
        "\x1b",
        "\x1f",
        chr(0xD800),  # lone surrogates (half of a broken emoji)
        chr(0xDFFF),
        "\ufffe",
        "\uffff",
        "\ufdd0",
        "\ufdef",
        "\U0001fffe",
        "\U0010ffff",
    ],
)
def test_characters_nothing_can_keep_are_removed(bad):
    text = f"Rapat{bad} staf{bad}{bad}"
    assert storable_text(text) == "Rapat staf"
    assert unstorable_count(text) == 3


def test_a_nul_in_the_body_is_removed_and_the_body_saved(articles):
    """A NUL (from a paste) made the whole save fail: PostgreSQL refuses it outright, so the
    core refused it on both backends and nothing of the article was saved."""
    article = articles.create(ArticleChanges(title="Rapat staf"))
    saved = articles.save(
        article.id,
        ArticleChanges(
            title="Rapat\x00 staf",
            body="Isi\x00 berita 👍🏽\x0c baru.",
            summary="Ringkas\x1b.",
            dateline="Arosuka\x00",
            category="Berita\x00",
            tags=["SPBE\x00", "TIK"],
        ),
        article.version,
    )
    assert saved.body == "Isi berita 👍🏽 baru."
    assert (saved.title, saved.summary, saved.dateline) == ("Rapat staf", "Ringkas.", "Arosuka")
    assert (saved.category, saved.tags) == ("Berita", ("SPBE", "TIK"))
    assert articles.get(article.id).body == "Isi berita 👍🏽 baru."
    made = articles.create(ArticleChanges(title="Baru\x00", body="a\x00b"))
    assert (made.title, made.body) == ("Baru", "ab")


def test_an_over_long_title_does_not_stop_the_body_from_saving(articles):
    article = articles.create(ArticleChanges(title="Rapat staf", body="Isi lama."))
    long_title = "Judul yang sangat panjang " * 24  # 624 characters
    assert len(long_title) > TITLE_MAX_LENGTH
    with pytest.raises(FieldsNotSaved) as held:
        articles.save(
            article.id,
            ArticleChanges(title=long_title, body="Isi baru.", summary="Ringkasan baru."),
            article.version,
            reason="autosave",
        )
    assert held.value.code == "title_too_long"
    assert held.value.field == "title"
    assert [p.field for p in held.value.problems] == ["title"]
    stored = articles.get(article.id)
    assert stored.body == "Isi baru."
    assert stored.summary == "Ringkasan baru."
    assert stored.title == "Rapat staf"  # the stored title, not a cut one
    assert stored.slug == article.slug
    assert held.value.article == stored
    assert stored.version == article.version + 1
    # What was typed in the title survives a crash: it is in the revision this save recorded.
    newest = Revision.select().where(Revision.article == article.id).order_by(Revision.number.desc()).first()
    assert newest.reason == "autosave"
    assert newest.body == "Isi baru."
    assert newest.note == f"title: {long_title}"
    # Saving again while only the title is wrong writes no new version (another writer would get
    # a conflict for nothing): the note follows what is typed.
    with pytest.raises(FieldsNotSaved) as again:
        articles.save(
            article.id,
            ArticleChanges(title=long_title + "lagi", body="Isi baru.", summary="Ringkasan baru."),
            stored.version,
            reason="autosave",
        )
    assert again.value.article.version == stored.version
    assert articles.get(article.id) == stored
    newest = Revision.select().where(Revision.article == article.id).order_by(Revision.number.desc()).first()
    assert newest.note == f"title: {long_title}lagi"
    # Once the title fits, it is saved like any other field.
    fixed = articles.save(article.id, ArticleChanges(title="Judul pendek", body="Isi baru."), stored.version)
    assert fixed.title == "Judul pendek"


def test_every_invalid_field_is_held_back_and_every_valid_one_saved(articles):
    article = articles.create(
        ArticleChanges(title="Rapat", dateline="Arosuka", category="Berita", tags=["SPBE"])
    )
    with pytest.raises(FieldsNotSaved) as held:
        articles.save(
            article.id,
            ArticleChanges(
                title="Rapat koordinasi",
                body="Isi.",
                dateline="A" * 201,
                category="K" * 201,
                tags=["TIK", "t" * 201],
            ),
            article.version,
            reason="save",
        )
    assert [p.code for p in held.value.problems] == ["category_too_long", "tag_too_long", "dateline_too_long"]
    stored = articles.get(article.id)
    assert (stored.title, stored.body) == ("Rapat koordinasi", "Isi.")
    assert (stored.dateline, stored.category, stored.tags) == ("Arosuka", "Berita", ("SPBE",))
    newest = Revision.select().where(Revision.article == article.id).order_by(Revision.number.desc()).first()
    assert newest.reason == "save"
    assert newest.note == f"category: {'K' * 201}\ntags: TIK, {'t' * 201}\ndateline: {'A' * 201}"


def test_a_conflict_keeps_what_was_typed_in_a_held_back_field(articles):
    article = articles.create(ArticleChanges(title="Rapat"))
    articles.save(article.id, ArticleChanges(title="Rapat", body="Versi orang lain."), article.version)
    with pytest.raises(ConflictError) as conflict:
        articles.save(article.id, ArticleChanges(title="x" * 600, body="Versi saya."), article.version)
    kept = Revision.get(Revision.article == article.id, Revision.number == conflict.value.conflict_revision)
    assert kept.body == "Versi saya."
    assert kept.note == f"based on version {article.version}\ntitle: {'x' * 600}"


def test_a_held_back_field_is_named_in_a_translated_message(articles, qapp):
    from desktop_app import i18n
    from desktop_app.messages import describe_error

    article = articles.create(ArticleChanges(title="Rapat"))
    with pytest.raises(FieldsNotSaved) as held:
        articles.save(article.id, ArticleChanges(title="x" * 600, body="Isi."), article.version)
    assert describe_error(held.value) == (
        "The title is too long (at most 500 characters). The rest of the article was saved."
    )
    i18n.install_translators(qapp, "id")
    assert describe_error(held.value) == (
        "Judul terlalu panjang (paling banyak 500 karakter). Bagian lain artikel sudah tersimpan."
    )


@pytest.mark.parametrize("article_id", [2**63, 10**23, -(2**63) - 1])
def test_an_id_beyond_any_key_is_not_found(articles, article_id):
    """SQLite raised OverflowError (a traceback in ``redaksi show``)."""
    with pytest.raises(NotFound):
        articles.get(article_id)
