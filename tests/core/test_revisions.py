"""Revision history: autosave coalescing, word-level diff, restore."""

from __future__ import annotations

import datetime as _dt

import pytest

from db.models import Revision, utcnow
from desktop_app.core.errors import ConflictError
from desktop_app.core.models import ArticleChanges
from desktop_app.core.revisions import (
    RevisionService,
    diff_text,
    new_text,
    old_text,
    tokenize,
)
from desktop_app.core.snapshots import AUTOSAVE_WINDOW, record_revision
from tests.people_helpers import add_person, admin_of, as_person


@pytest.fixture
def revisions(database):
    return RevisionService(database)


@pytest.fixture
def team(database):
    admin = admin_of(database)
    return add_person(database, "Penulis", "writer", admin=admin), add_person(
        database, "Redaktur", "editor", admin=admin
    )


def _edit(articles, article_id, body, person=None, reason=None):
    current = articles.get(article_id)
    return articles.save(
        article_id,
        ArticleChanges(title=current.title, body=body),
        current.version,
        actor=as_person(person) if person is not None else None,
        reason=reason,
    )


def test_tokens_keep_words_whitespace_and_punctuation():
    assert tokenize("Kerja-sama  Dinas, Jum'at.") == ["Kerja-sama", "  ", "Dinas", ",", " ", "Jum'at", "."]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("", ""),
        ("", "Teks baru."),
        ("Teks lama.", ""),
        ("Rapat staf perdana.", "Rapat staf perdana."),
        ("Rapat staf perdana di Arosuka.", "Rapat staf kedua di Arosuka, Solok."),
        ("Satu.\n\nDua.\n\nTiga.\n", "Satu.\n\nDua diubah.\n\nTiga.\nEmpat.\n"),
        ("a  b\tc\n", "a b c"),
    ],
)
def test_diff_rebuilds_both_texts(old, new):
    chunks = diff_text(old, new)
    assert old_text(chunks) == old
    assert new_text(chunks) == new


def test_diff_is_word_level_and_readable():
    chunks = diff_text(
        "Rapat staf perdana dipimpin Kepala Dinas.\n\nParagraf tetap.\n",
        "Pertemuan pegawai perdana dipimpin Plt. Kepala Dinas.\n\nParagraf tetap.\n",
    )
    changes = [(c.op, c.text.strip()) for c in chunks if c.op != "equal"]
    assert changes == [("delete", "Rapat staf"), ("insert", "Pertemuan pegawai"), ("insert", "Plt.")]
    assert chunks[-1].text.endswith("Paragraf tetap.\n")


def test_autosaves_coalesce_per_person_and_ten_minutes(articles, team):
    writer, editor = team
    article = articles.create(ArticleChanges(title="Draf", body="a"), actor=as_person(writer))
    start = utcnow()
    numbers = [record_revision(article.id, "autosave", writer.id, now=start)]
    _edit(articles, article.id, "a b")
    numbers.append(record_revision(article.id, "autosave", writer.id, now=start + _dt.timedelta(minutes=3)))
    assert numbers[1] == numbers[0], "the same session updates its autosave"
    assert Revision.get((Revision.article == article.id) & (Revision.number == numbers[0])).body == "a b"
    # another person, a later window, or a save in between: a new revision each time
    numbers.append(record_revision(article.id, "autosave", editor.id, now=start + _dt.timedelta(minutes=4)))
    numbers.append(
        record_revision(
            article.id, "autosave", editor.id, now=start + _dt.timedelta(minutes=4) + AUTOSAVE_WINDOW
        )
    )
    _edit(articles, article.id, "a b c", editor, reason="save")
    numbers.append(record_revision(article.id, "autosave", editor.id, now=start + _dt.timedelta(minutes=15)))
    assert numbers[2:] == [numbers[0] + 1, numbers[0] + 2, numbers[0] + 4]
    reasons = [
        r.reason for r in Revision.select().where(Revision.article == article.id).order_by(Revision.number)
    ]
    assert reasons == ["create", "autosave", "autosave", "autosave", "save", "autosave"]


def test_autosave_never_overwrites_a_non_autosave_revision(articles, team):
    writer, _ = team
    article = articles.create(ArticleChanges(title="Draf", body="a"), actor=as_person(writer))
    _edit(articles, article.id, "b", writer, reason="save")
    before = Revision.select().where(Revision.article == article.id).count()
    record_revision(article.id, "autosave", writer.id)
    assert Revision.select().where(Revision.article == article.id).count() == before + 1


def test_list_diff_and_restore_add_a_revision(articles, revisions, team):
    writer, editor = team
    article = articles.create(ArticleChanges(title="Rapat Staf", body="Teks awal."), actor=as_person(writer))
    _edit(articles, article.id, "Teks kedua yang lebih panjang.", writer, reason="save")
    _edit(articles, article.id, "Teks ketiga.", editor, reason="save")
    listed = revisions.list(article.id)
    assert [r.number for r in listed] == [3, 2, 1]
    assert [r.author for r in listed] == ["Redaktur", "Penulis", "Penulis"]
    assert revisions.count(article.id) == 3

    by_field = {d.field: d for d in revisions.diff(article.id, 1, 3)}
    assert not by_field["title"].changed
    assert by_field["body"].changed
    assert new_text(by_field["body"].chunks) == "Teks ketiga."
    assert old_text(by_field["body"].chunks) == "Teks awal."

    current = articles.get(article.id)
    restored = revisions.restore(article.id, 1, actor=as_person(editor), expected_version=current.version)
    assert restored.body == "Teks awal."
    after = revisions.list(article.id)
    assert [r.number for r in after] == [4, 3, 2, 1], "history is never rewritten"
    assert (after[0].reason, after[0].note, after[0].body) == ("restore", "1", "Teks awal.")
    assert revisions.get(article.id, 3).body == "Teks ketiga."
    assert not any(d.changed for d in revisions.diff_with_current(article.id, 1))


def test_restore_on_a_stale_version_conflicts_and_loses_nothing(articles, revisions, team):
    writer, _ = team
    article = articles.create(ArticleChanges(title="A", body="satu"), actor=as_person(writer))
    _edit(articles, article.id, "dua", writer, reason="save")
    with pytest.raises(ConflictError):
        revisions.restore(article.id, 1, actor=as_person(writer), expected_version=article.version)
    assert articles.get(article.id).body == "dua"
