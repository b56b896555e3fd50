"""Review comments: anchors that follow their passage through edits, replies, resolve, counts."""

from __future__ import annotations

import pytest

from desktop_app.core.comments import CommentService, locate
from desktop_app.core.errors import PermissionDenied, ValidationError
from desktop_app.core.models import ArticleChanges
from desktop_app.core.people import PeopleService
from tests.people_helpers import add_person, admin_of, as_person

BODY = (
    "Kepala Dinas Kominfo memimpin rapat staf perdana di Arosuka. "
    "Rapat staf membahas program kerja 2024.\n\n"
    "Seluruh pegawai diminta hadir tepat waktu."
)


@pytest.fixture
def team(database):
    admin = admin_of(database)
    return add_person(database, "Penulis", "writer", admin=admin), add_person(
        database, "Redaktur", "editor", admin=admin
    )


@pytest.fixture
def comments(database):
    return CommentService(database)


def _save(articles, article_id, body):
    current = articles.get(article_id)
    articles.save(article_id, ArticleChanges(title=current.title, body=body), current.version)


def test_locate_prefers_the_occurrence_nearest_the_old_anchor():
    body = "rapat staf ... rapat staf ... rapat staf"
    assert locate("rapat staf", body, 14) == (15, 25)
    assert locate("rapat staf", body, 100) == (30, 40)
    assert locate("rapat staf", body, None) == (0, 10)
    assert locate("rapat  staf", "ada rapat\nstaf", 0) == (4, 14), "whitespace may change"
    assert locate("hilang", body, 0) is None
    assert locate("", body, 0) is None


def test_anchor_survives_edits_before_and_inside_the_text(articles, comments, team):
    writer, editor = team
    article = articles.create(ArticleChanges(title="Rapat", body=BODY))
    quote = "Rapat staf membahas"
    start = BODY.index(quote)
    comment = comments.add(
        article.id, as_person(editor), "Sebutkan tanggalnya.", quote=quote, anchor_start=start
    )
    assert (comment.start, comment.end) == (start, start + len(quote))

    edited = "PENGUMUMAN. " + BODY.replace("perdana", "perdana tahun ini")
    _save(articles, article.id, edited)
    [moved] = comments.list(article.id)
    assert edited[moved.start : moved.end] == quote

    # the same passage twice: the one nearest the comment's place wins
    doubled = edited + "\n\nRapat staf membahas anggaran."
    _save(articles, article.id, doubled)
    [again] = comments.list(article.id)
    assert again.start == moved.start

    # after a restart (a fresh service) the comment is still there and anchored
    [reloaded] = CommentService(comments.db).list(article.id)
    assert reloaded.start == moved.start
    assert reloaded.body == "Sebutkan tanggalnya."

    # the editor's unsaved text can be used to anchor against
    [live] = comments.list(article.id, body="xx " + doubled)
    assert live.start == moved.start + 3

    assert comments.update_anchors(article.id) == 1
    _save(articles, article.id, doubled.replace("PENGUMUMAN. ", ""))
    [stored] = comments.list(article.id)
    assert stored.start == moved.start - len("PENGUMUMAN. ")
    assert stored.anchor_start == moved.start, "update_anchors stored the moved place"


def test_comment_is_kept_when_its_passage_is_deleted(articles, comments, team):
    _, editor = team
    article = articles.create(ArticleChanges(title="Rapat", body=BODY))
    comments.add(
        article.id,
        as_person(editor),
        "Kalimat ini terlalu panjang.",
        quote="Seluruh pegawai diminta hadir tepat waktu.",
    )
    _save(articles, article.id, BODY.split("\n\n")[0])
    [detached] = comments.list(article.id)
    assert detached.detached
    assert detached.start is None
    assert detached.quote == "Seluruh pegawai diminta hadir tepat waktu."


def test_replies_resolve_reopen_and_counts(articles, comments, team):
    writer, editor = team
    a = articles.create(ArticleChanges(title="A", body=BODY))
    b = articles.create(ArticleChanges(title="B", body=BODY))
    first = comments.add(a.id, as_person(editor), "Cek ejaan Arosuka.", quote="Arosuka")
    second = comments.add(a.id, as_person(editor), "Tambahkan foto.")
    comments.add(b.id, as_person(editor), "Judul terlalu umum.")
    reply = comments.reply(first.id, as_person(writer), "Sudah benar, Pak.")
    nested = comments.reply(reply.id, as_person(editor), "Baik.")
    assert nested.parent_id == first.id, "replies are one level deep"
    listed = comments.list(a.id)
    assert [c.id for c in listed] == [first.id, reply.id, nested.id, second.id]
    assert listed[1].author == "Penulis"

    counts = comments.counts()
    assert (counts[a.id].open, counts[a.id].total) == (2, 2)
    assert counts[b.id].open == 1

    resolved = comments.resolve(reply.id, as_person(writer))  # resolving a reply resolves its thread
    assert resolved.id == first.id
    assert resolved.resolved
    assert resolved.resolved_by == "Penulis"
    assert comments.open_count(a.id) == 1
    reopened = comments.reopen(first.id, as_person(editor))
    assert not reopened.resolved
    assert comments.open_count(a.id) == 2
    comments.resolve(first.id, as_person(writer))
    comments.reply(first.id, as_person(editor), "Masih ada yang salah.")
    assert comments.open_count(a.id) == 2, "an answer reopens a resolved thread"
    assert comments.counts([b.id]) == {b.id: comments.counts()[b.id]}


def test_empty_comments_and_deactivated_people_are_refused(database, articles, comments, team):
    writer, _ = team
    article = articles.create(ArticleChanges(title="A", body=BODY))
    with pytest.raises(ValidationError):
        comments.add(article.id, as_person(writer), "   ")
    PeopleService(database).update(admin_of(database), writer.id, active=False)
    with pytest.raises(PermissionDenied):
        comments.add(article.id, as_person(writer), "Halo")
