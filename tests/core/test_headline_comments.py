"""The headline list carries each article's number of unresolved review comments."""

from __future__ import annotations

from desktop_app.core.comments import CommentService
from desktop_app.core.models import ArticleChanges, HeadlineQuery
from tests.people_helpers import add_person, as_person


def test_headlines_count_open_comment_threads(database, articles):
    editor = add_person(database, "Redaktur", "editor")
    commented = articles.create(ArticleChanges(title="Rapat SPBE", body="Isi rapat."))
    quiet = articles.create(ArticleChanges(title="Sertijab", body="Isi."))
    comments = CommentService(database)
    first = comments.add(commented.id, as_person(editor), "Sumber datanya?")
    comments.add(commented.id, as_person(editor), "Judul terlalu panjang.")
    comments.reply(first.id, as_person(editor), "Sudah ditambahkan.")  # a reply is not a new thread
    comments.resolve(first.id, as_person(editor))

    counts = {h.id: h.open_comments for h in articles.list_headlines(HeadlineQuery())}
    assert counts == {commented.id: 1, quiet.id: 0}
    page = articles.list_headlines(HeadlineQuery(), 0, 1)
    assert [h.open_comments for h in page] in ([1], [0])
    found = articles.list_headlines(HeadlineQuery(text="spbe"))
    assert [(h.id, h.open_comments) for h in found] == [(commented.id, 1)]
