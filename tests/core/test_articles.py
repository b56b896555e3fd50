"""Article use cases against SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from db.models import Revision
from desktop_app.core.errors import ConflictError, NotFound, ValidationError
from desktop_app.core.models import ArticleChanges, HeadlineQuery


def test_create_and_get(articles):
    created = articles.create(
        ArticleChanges(
            title="Rapat Staf Perdana",
            body="Teks *berita*.",
            summary="Ringkas",
            category="Berita",
            tags=["rapat", "staf", "Rapat"],
            dateline="Arosuka",
        )
    )
    got = articles.get(created.id)
    assert got.title == "Rapat Staf Perdana"
    assert got.slug == "rapat-staf-perdana"
    assert got.body == "Teks *berita*."
    assert got.category == "Berita"
    assert got.tags == ("rapat", "staf")
    assert got.status == "draft"
    assert got.version == 1
    assert got.word_count == 2


def test_slugs_are_unique_and_never_empty(articles):
    a = articles.create(ArticleChanges(title="Rapat Koordinasi"))
    b = articles.create(ArticleChanges(title="Rapat Koordinasi"))
    c = articles.create(ArticleChanges(title="!!! ???"))
    assert (a.slug, b.slug) == ("rapat-koordinasi", "rapat-koordinasi-2")
    assert c.slug == "artikel"


def test_save_bumps_version_and_keeps_slug_when_title_same(articles):
    a = articles.create(ArticleChanges(title="Judul Lama"))
    saved = articles.save(a.id, ArticleChanges(title="Judul Lama", body="baru"), a.version)
    assert saved.version == a.version + 1
    assert saved.slug == "judul-lama"
    renamed = articles.save(a.id, ArticleChanges(title="Judul Baru", body="baru"), saved.version)
    assert renamed.slug == "judul-baru"
    manual = articles.save(a.id, ArticleChanges(title="Judul Baru", slug="Slug Saya"), renamed.version)
    assert manual.slug == "slug-saya"


def test_stale_save_raises_conflict_and_keeps_both_texts(articles):
    a = articles.create(ArticleChanges(title="Berita", body="awal"))
    articles.save(a.id, ArticleChanges(title="Berita", body="versi pertama"), a.version)
    with pytest.raises(ConflictError) as info:
        articles.save(a.id, ArticleChanges(title="Berita", body="versi kedua"), a.version)
    assert articles.get(a.id).body == "versi pertama"
    kept = Revision.get((Revision.article == a.id) & (Revision.number == info.value.conflict_revision))
    assert kept.reason == "conflict"
    assert kept.body == "versi kedua"


def test_save_with_reason_records_revision(articles):
    a = articles.create(ArticleChanges(title="Berita"))
    articles.save(a.id, ArticleChanges(title="Berita", body="isi"), a.version, reason="save")
    revisions = list(Revision.select().where(Revision.article == a.id).order_by(Revision.number))
    assert [r.reason for r in revisions] == ["create", "save"]
    assert revisions[-1].body == "isi"


def test_trash_restore_and_delete_forever(articles):
    a = articles.create(ArticleChanges(title="Sementara"))
    with pytest.raises(ValidationError):
        articles.delete_forever(a.id)
    articles.trash(a.id)
    assert articles.count(HeadlineQuery()) == 0
    assert [h.id for h in articles.list_headlines(HeadlineQuery(trash=True))] == [a.id]
    articles.restore(a.id)
    assert articles.count(HeadlineQuery()) == 1
    articles.trash(a.id)
    articles.delete_forever(a.id)
    with pytest.raises(NotFound):
        articles.get(a.id)


def test_duplicate(articles):
    a = articles.create(ArticleChanges(title="Asli", body="isi", tags=["x"]))
    copy = articles.duplicate(a.id)
    assert copy.id != a.id
    assert copy.body == "isi"
    assert copy.tags == ("x",)
    assert copy.slug != a.slug


def test_list_filter_sort_and_page(articles):
    for title in ["Cemara", "Anggrek", "Beringin"]:
        articles.create(ArticleChanges(title=title, category="Berita" if title != "Anggrek" else "Opini"))
    by_title = articles.list_headlines(HeadlineQuery(sort="title", descending=False))
    assert [h.title for h in by_title] == ["Anggrek", "Beringin", "Cemara"]
    page = articles.list_headlines(HeadlineQuery(sort="title", descending=False), offset=1, limit=1)
    assert [h.title for h in page] == ["Beringin"]
    assert articles.count(HeadlineQuery(category="Berita")) == 2
    assert {h.title for h in articles.list_headlines(HeadlineQuery(category="Opini"))} == {"Anggrek"}


def test_text_query_returns_snippets(articles):
    articles.create(ArticleChanges(title="Swab test gratis", body="Ajak masyarakat swab"))
    rows = articles.list_headlines(HeadlineQuery(text="swab"))
    assert len(rows) == 1
    assert "swab" in rows[0].snippet.lower()


def test_rejects_bad_input_and_stores_nothing(articles):
    with pytest.raises(ValidationError):
        articles.create(ArticleChanges(title="x" * 501))
    assert articles.count() == 0


@pytest.mark.parametrize(
    ("changes", "code", "message"),
    [
        (
            {"dateline": "A" * 201},
            "dateline_too_long",
            "Tempat berita terlalu panjang (paling banyak 200 karakter).",
        ),
        (
            {"category": "K" * 201},
            "category_too_long",
            "Nama kategori terlalu panjang (paling banyak 200 karakter).",
        ),
        (
            {"tags": ["SPBE", "t" * 201]},
            "tag_too_long",
            "Sebuah tag terlalu panjang (paling banyak 200 karakter).",
        ),
    ],
)
def test_names_longer_than_the_database_keeps_are_refused_alike_on_both_backends(
    articles, qapp, changes, code, message
):
    """PostgreSQL refused them with a DataError (an unexpected error while saving); SQLite kept
    them. Now both refuse with a translated message and store nothing; the longest allowed
    name is kept."""
    from desktop_app import i18n
    from desktop_app.messages import validation_message

    i18n.install_translators(qapp, "id")  # (the conftest resets it)
    with pytest.raises(ValidationError) as refused:
        articles.create(ArticleChanges(title="Rapat koordinasi", **changes))
    assert refused.value.code == code
    assert validation_message(refused.value) == message
    assert articles.count() == 0
    article = articles.create(ArticleChanges(title="Rapat koordinasi"))
    with pytest.raises(ValidationError) as held:  # the other fields saved, this one held back
        articles.save(article.id, ArticleChanges(title="Rapat koordinasi", **changes), article.version)
    assert articles.get(article.id).dateline == ""
    article = held.value.article
    longest = {
        key: (value[:200] if isinstance(value, str) else [v[:200] for v in value])
        for key, value in changes.items()
    }
    saved = articles.save(article.id, ArticleChanges(title="Rapat koordinasi", **longest), article.version)
    assert saved.version > article.version


def test_status_counts(demo_database, articles):
    counts = articles.status_counts()
    assert counts["all"] == 11
    assert counts["published"] == 5
    assert counts["trash"] == 0
