"""Review comments: anchored to a quoted passage of the body, with replies, resolve and reopen.

A comment stores the passage it is about (``quote``) and where that passage began when the
comment was made (``anchor_start``). After edits the passage is found again by looking for the
quote nearest to the old offset (exactly first, then ignoring differences in whitespace), so a
comment keeps pointing at its words as long as they exist; when they are gone, the comment is
"detached" (``start is None``) but kept and still shows its quote.
"""

from __future__ import annotations

import builtins  # ``list`` is also a method of CommentService: its annotations say builtins.list
import datetime as _dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from peewee import JOIN, Case, Database, ModelSelect, fn

from db.models import Article, ArticleBody, Comment, Person, utcnow
from desktop_app.core.auth import SignedIn, current_person
from desktop_app.core.errors import ACTING_WHILE_INACTIVE, NotFound, PermissionDenied, ValidationError

BODY_MAX_LENGTH = 20_000

if TYPE_CHECKING:

    class _CommentRow(Comment):
        """A row of :meth:`CommentService._query`: a comment with its people's names."""

        author_name: str | None
        resolver_name: str | None


@dataclass(frozen=True)
class CommentData:
    id: int
    article_id: int
    parent_id: int | None
    author_id: int | None
    author: str | None
    body: str
    quote: str
    anchor_start: int | None
    created_at: _dt.datetime
    resolved_by_id: int | None
    resolved_by: str | None
    resolved_at: _dt.datetime | None
    #: Where the quote is in the text the comments were listed against (None: not found).
    start: int | None = None
    end: int | None = None

    @property
    def resolved(self) -> bool:
        return self.resolved_at is not None

    @property
    def detached(self) -> bool:
        return bool(self.quote) and self.start is None


@dataclass(frozen=True)
class CommentCounts:
    open: int
    total: int


def locate(quote: str, body: str, near: int | None) -> tuple[int, int] | None:
    """``(start, end)`` of the occurrence of ``quote`` in ``body`` nearest to ``near``."""
    if not quote:
        return None
    near = near or 0
    spans: list[tuple[int, int]] = []
    i = body.find(quote)
    while i != -1:
        spans.append((i, i + len(quote)))
        i = body.find(quote, i + 1)
    if not spans:
        words = quote.split()
        if not words:
            return None
        pattern = r"\s+".join(re.escape(w) for w in words)
        spans = [(m.start(), m.end()) for m in re.finditer(pattern, body)]
    if not spans:
        return None
    return min(spans, key=lambda span: (abs(span[0] - near), span[0]))


class CommentService:
    def __init__(self, database: Database) -> None:
        self.db = database

    @staticmethod
    def _active_person(actor: SignedIn) -> int:
        """The id of the signed-in person, who must be active."""
        try:
            return current_person(actor).id
        except PermissionDenied as exc:
            if exc.action == ACTING_WHILE_INACTIVE:
                raise PermissionDenied(exc.role, "comment while deactivated") from None
            raise

    @staticmethod
    def _clean(body: str) -> str:
        body = body.strip()
        if not body:
            raise ValidationError("comment_required", "comment")
        if len(body) > BODY_MAX_LENGTH:
            raise ValidationError("comment_too_long", "comment", str(BODY_MAX_LENGTH))
        if "\x00" in body:
            raise ValidationError("nul_character", "comment")
        return body

    def add(
        self, article_id: int, actor: SignedIn, body: str, *, quote: str = "", anchor_start: int | None = None
    ) -> CommentData:
        """``actor`` (signed in) starts a thread, optionally about ``quote`` (found at
        ``anchor_start`` of the body)."""
        body = self._clean(body)
        person_id = self._active_person(actor)
        if not Article.select().where(Article.id == article_id).exists():
            raise NotFound("article", article_id)
        if quote and anchor_start is None:
            span = locate(quote, self._body(article_id), 0)
            anchor_start = span[0] if span else None
        with self.db.atomic():
            row = Comment.create(
                article=article_id,
                author=person_id,
                body=body,
                quote=quote,
                anchor_start=anchor_start,
                created_at=utcnow(),
            )
        return self.get(row.id)

    def reply(self, comment_id: int, actor: SignedIn, body: str) -> CommentData:
        body = self._clean(body)
        person_id = self._active_person(actor)
        parent = self._row(comment_id)
        root_id = parent.parent_id or parent.id  # replies are one level deep
        with self.db.atomic():
            row = Comment.create(
                article=parent.article_id, parent=root_id, author=person_id, body=body, created_at=utcnow()
            )
            # an answer reopens a resolved thread: the conversation goes on
            Comment.update(resolved_by=None, resolved_at=None).where(Comment.id == root_id).execute()
        return self.get(row.id)

    def resolve(self, comment_id: int, actor: SignedIn) -> CommentData:
        person_id = self._active_person(actor)
        root = self._root(comment_id)
        with self.db.atomic():
            Comment.update(resolved_by=person_id, resolved_at=utcnow()).where(
                (Comment.id == root.id) & Comment.resolved_at.is_null(True)
            ).execute()
        return self.get(root.id)

    def reopen(self, comment_id: int, actor: SignedIn) -> CommentData:
        self._active_person(actor)
        root = self._root(comment_id)
        with self.db.atomic():
            Comment.update(resolved_by=None, resolved_at=None).where(Comment.id == root.id).execute()
        return self.get(root.id)

    def _row(self, comment_id: int) -> Comment:
        row = Comment.get_or_none(Comment.id == comment_id)
        if row is None:
            raise NotFound("comment", comment_id)
        return row

    def _root(self, comment_id: int) -> Comment:
        row = self._row(comment_id)
        return self._row(row.parent_id) if row.parent_id else row

    @staticmethod
    def _body(article_id: int) -> str:
        row = ArticleBody.get_or_none(ArticleBody.article == article_id)
        return row.body if row else ""

    def _query(self) -> ModelSelect[Comment]:
        author = Person.alias("author")
        resolver = Person.alias("resolver")
        return (
            Comment.select(Comment, author.name.alias("author_name"), resolver.name.alias("resolver_name"))
            .join(author, JOIN.LEFT_OUTER, on=(Comment.author == author.id))
            .switch(Comment)
            .join(resolver, JOIN.LEFT_OUTER, on=(Comment.resolved_by == resolver.id))
        )

    @staticmethod
    def _data(row: _CommentRow, body: str | None) -> CommentData:
        span = locate(row.quote, body, row.anchor_start) if body is not None else None
        return CommentData(
            id=row.id,
            article_id=row.article_id,
            parent_id=row.parent_id,
            author_id=row.author_id,
            author=row.author_name,
            body=row.body,
            quote=row.quote,
            anchor_start=row.anchor_start,
            created_at=row.created_at,
            resolved_by_id=row.resolved_by_id,
            resolved_by=row.resolver_name,
            resolved_at=row.resolved_at,
            start=span[0] if span else None,
            end=span[1] if span else None,
        )

    def get(self, comment_id: int) -> CommentData:
        row: _CommentRow | None = self._query().where(Comment.id == comment_id).objects().first()
        if row is None:
            raise NotFound("comment", comment_id)
        return self._data(row, self._body(row.article_id))

    def list(self, article_id: int, body: str | None = None) -> list[CommentData]:
        """Threads in creation order, each followed by its replies.

        ``body`` is the text to anchor against (the editor's unsaved text); by default the
        stored body.
        """
        if body is None:
            body = self._body(article_id)
        query = self._query().where(Comment.article == article_id).order_by(Comment.created_at, Comment.id)
        rows = list(cast("Iterable[_CommentRow]", query.objects()))
        replies: dict[int, list[_CommentRow]] = {}
        for r in rows:
            if r.parent_id:
                replies.setdefault(r.parent_id, []).append(r)
        out: list[CommentData] = []
        for r in rows:
            if r.parent_id is None:
                out.append(self._data(r, body))
                out.extend(self._data(x, None) for x in replies.get(r.id, []))
        return out

    def update_anchors(self, article_id: int, body: str | None = None) -> int:
        """Store where each quote is now, so that later edits start from there; returns how
        many anchors moved. Call after saving the body."""
        if body is None:
            body = self._body(article_id)
        moved = 0
        with self.db.atomic():
            for row in Comment.select().where((Comment.article == article_id) & (Comment.quote != "")):
                span = locate(row.quote, body, row.anchor_start)
                if span and span[0] != row.anchor_start:
                    Comment.update(anchor_start=span[0]).where(Comment.id == row.id).execute()
                    moved += 1
        return moved

    def counts(self, article_ids: builtins.list[int] | None = None) -> dict[int, CommentCounts]:
        """Open (unresolved) threads and all threads per article."""
        q = (
            Comment.select(
                Comment.article,
                fn.COUNT(Comment.id),
                fn.SUM(Case(None, [(Comment.resolved_at.is_null(True), 1)], 0)),
            )
            .where(Comment.parent.is_null(True))
            .group_by(Comment.article)
        )
        if article_ids is not None:
            q = q.where(Comment.article.in_(article_ids))
        rows = cast(Iterable[tuple[int, int, int | None]], q.tuples())
        return {a: CommentCounts(int(o or 0), int(t)) for a, t, o in rows}

    def open_count(self, article_id: int) -> int:
        counts = self.counts([article_id]).get(article_id)
        return counts.open if counts else 0
