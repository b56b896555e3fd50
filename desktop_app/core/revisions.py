"""Revision history: listing, word-level diff and restore.

A revision is a full snapshot of an article's editable fields, recorded by
:mod:`desktop_app.core.snapshots`. History is never rewritten: a restore adds a revision; the
only in-place update is the coalescing of autosaves, and only of the newest revision when it is
an autosave by the same person that is less than ``AUTOSAVE_WINDOW`` old (one autosave revision
per ten minutes of typing).
"""

from __future__ import annotations

import builtins  # ``list`` is also a method of RevisionService: its annotations say builtins.list
import datetime as _dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import TYPE_CHECKING, cast

from peewee import JOIN, Database, ModelSelect, fn

from db.models import Asset, Person, Revision
from desktop_app.core.articles import ArticleService, actor_id_of
from desktop_app.core.auth import SignedIn
from desktop_app.core.errors import NotFound
from desktop_app.core.models import ARTICLE_TEXT_FIELDS, ArticleChanges, ArticleData, NamedTexts, text_fields
from desktop_app.core.snapshots import changed_since_approval as changed_since_approval  # for the UI
from desktop_app.core.snapshots import changed_since_publication as changed_since_publication  # for the UI
from desktop_app.core.snapshots import current_snapshot, image_words, parse_image_words, record_revision

#: A name of :data:`DIFF_FIELDS`.
DiffField = str
#: Fields compared by the diff, in the order the history panel shows them: the article's text
#: fields, the words of its images (alt text, caption, credit: part of what an editor approves),
#: then those a revision derives (the category's name, the tags, the slug).
DIFF_FIELDS: tuple[DiffField, ...] = (*ARTICLE_TEXT_FIELDS, "image_words", "category_name", "tags", "slug")

if TYPE_CHECKING:

    class _RevisionRow(Revision):
        """A row of :meth:`RevisionService._query`: a revision with its author's name."""

        author_name: str | None


@dataclass(frozen=True)
class RevisionData(NamedTexts):
    id: int
    article_id: int
    number: int
    reason: str
    note: str
    author_id: int | None
    author: str | None
    created_at: _dt.datetime
    #: Every field of ``ARTICLE_TEXT_FIELDS``, by name.
    texts: Mapping[str, str] = field(hash=False)
    slug: str
    category: str
    tags: tuple[str, ...]
    featured_image_id: int | None
    #: The words of its images as kept (JSON, see :func:`snapshots.image_words`); ``""`` for a
    #: revision made before they were kept.
    image_words: str = ""

    @property
    def body(self) -> str:
        return self.texts["body"]


@dataclass(frozen=True)
class DiffChunk:
    """One run of text: ``op`` is ``"equal"``, ``"insert"`` or ``"delete"``."""

    op: str
    text: str


@dataclass(frozen=True)
class FieldDiff:
    field: str
    chunks: tuple[DiffChunk, ...]

    @property
    def changed(self) -> bool:
        return any(c.op != "equal" for c in self.chunks)


def _data(row: Revision, author_name: str | None) -> RevisionData:
    return RevisionData(
        id=row.id,
        article_id=row.article_id,
        number=row.number,
        reason=row.reason,
        note=row.note,
        author_id=row.author_id,
        author=author_name,
        created_at=row.created_at,
        texts=text_fields(row),
        slug=row.slug,
        category=row.category_name,
        tags=tuple(t for t in row.tags.split(",") if t),
        featured_image_id=row.featured_image,
        image_words=row.image_words or "",
    )


def image_words_text(words: str, body: str, featured_image: int | None) -> str:
    """The words of an article's images as the diff shows them: one line per image (its file
    name, then alt text, caption and credit). A revision that kept none (``""``) shows the media
    library's words of today, which are what it shows on the website."""
    kept = parse_image_words(words or image_words(body, featured_image)) or {}
    if not kept:
        return ""
    rows = Asset.select(Asset.uuid, Asset.filename).where(Asset.uuid.in_(sorted(kept))).tuples()
    names = {uuid.lower(): PurePath(name).name for uuid, name in cast(Iterable[tuple[str, str]], rows)}
    return "".join(
        f"{names.get(uuid) or uuid[:8]}: " + " · ".join(part for part in parts if part) + "\n"
        for uuid, parts in sorted(kept.items(), key=lambda item: (names.get(item[0], ""), item[0]))
    )


# -- word-level diff -----------------------------------------------------------------------

_TOKEN = re.compile(r"\s+|\w+(?:[-’']\w+)*|[^\w\s]", re.UNICODE)


def tokenize(text: str) -> list[str]:
    """Words (``kerja-sama`` and ``Jum'at`` stay whole), runs of whitespace, punctuation."""
    return _TOKEN.findall(text)


def _merge(chunks: list[DiffChunk]) -> list[DiffChunk]:
    merged: list[DiffChunk] = []
    for chunk in chunks:
        if not chunk.text:
            continue
        if merged and merged[-1].op == chunk.op:
            merged[-1] = DiffChunk(chunk.op, merged[-1].text + chunk.text)
        else:
            merged.append(chunk)
    return merged


def _word_diff(old: str, new: str) -> list[DiffChunk]:
    a, b = tokenize(old), tokenize(new)
    out: list[DiffChunk] = []
    import difflib  # the history panel's diffs only

    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(DiffChunk("equal", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(DiffChunk("delete", "".join(a[i1:i2])))
        if j2 > j1:
            out.append(DiffChunk("insert", "".join(b[j1:j2])))
    return _regroup(out)


def _regroup(chunks: list[DiffChunk]) -> list[DiffChunk]:
    """Fold a lone space between two changes into them, so that "Rapat staf" -> "Pertemuan
    pegawai" reads as one replaced phrase rather than two words with a kept space."""
    items: list[list[str] | DiffChunk] = []  # [deleted, inserted] runs and equal chunks
    for c in chunks:
        if c.op == "equal":
            items.append(c)
            continue
        run = items[-1] if items else None
        if not isinstance(run, list):
            run = ["", ""]
            items.append(run)
        run[0 if c.op == "delete" else 1] += c.text
    folded: list[list[str] | DiffChunk] = []
    i = 0
    while i < len(items):
        item = items[i]
        before = folded[-1] if folded else None
        after = items[i + 1] if i + 1 < len(items) else None
        if (
            isinstance(item, DiffChunk)
            and item.text.isspace()
            and "\n" not in item.text
            and isinstance(before, list)
            and isinstance(after, list)
        ):
            dels, ins = before[0] + after[0], before[1] + after[1]
            if dels and ins:
                folded[-1] = [before[0] + item.text + after[0], before[1] + item.text + after[1]]
                i += 2
                continue
        folded.append(list(item) if isinstance(item, list) else item)
        i += 1
    out: list[DiffChunk] = []
    for item in folded:
        if isinstance(item, DiffChunk):
            out.append(item)
        else:
            out.extend([DiffChunk("delete", item[0]), DiffChunk("insert", item[1])])
    return _merge(out)


def diff_text(old: str, new: str) -> list[DiffChunk]:
    """Word-level diff of two texts; whitespace is kept so the chunks rebuild both texts.

    Paragraphs are matched first and only changed paragraphs are compared word by word: that
    keeps long articles fast and the result readable.
    """
    if old == new:
        return [DiffChunk("equal", old)] if old else []
    a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    out: list[DiffChunk] = []
    import difflib  # the history panel's diffs only

    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(DiffChunk("equal", "".join(a[i1:i2])))
        elif op == "delete":
            out.append(DiffChunk("delete", "".join(a[i1:i2])))
        elif op == "insert":
            out.append(DiffChunk("insert", "".join(b[j1:j2])))
        else:
            out.extend(_word_diff("".join(a[i1:i2]), "".join(b[j1:j2])))
    return _merge(out)


def old_text(chunks: list[DiffChunk] | tuple[DiffChunk, ...]) -> str:
    return "".join(c.text for c in chunks if c.op != "insert")


def new_text(chunks: list[DiffChunk] | tuple[DiffChunk, ...]) -> str:
    return "".join(c.text for c in chunks if c.op != "delete")


# -- the service ---------------------------------------------------------------------------


class RevisionService:
    def __init__(self, database: Database) -> None:
        self.db = database

    def _query(self, article_id: int) -> ModelSelect[Revision]:
        return (
            Revision.select(Revision, Person.name.alias("author_name"))
            .join(Person, JOIN.LEFT_OUTER, on=(Revision.author == Person.id))
            .where(Revision.article == article_id)
        )

    def list(self, article_id: int) -> list[RevisionData]:
        """Every revision, newest first."""
        rows = self._query(article_id).order_by(Revision.number.desc()).objects()
        return [_data(r, r.author_name) for r in cast("Iterable[_RevisionRow]", rows)]

    def get(self, article_id: int, number: int) -> RevisionData:
        row: _RevisionRow | None = self._query(article_id).where(Revision.number == number).objects().first()
        if row is None:
            raise NotFound("revision", f"{article_id}#{number}")
        return _data(row, row.author_name)

    def count(self, article_id: int) -> int:
        count: int = Revision.select(fn.COUNT(Revision.id)).where(Revision.article == article_id).scalar()
        return count

    def diff(self, article_id: int, old_number: int, new_number: int) -> builtins.list[FieldDiff]:
        """Field by field, word-level diff from ``old_number`` to ``new_number``."""
        old, new = self.get(article_id, old_number), self.get(article_id, new_number)
        return diff_revisions(old, new)

    def diff_with_current(self, article_id: int, number: int) -> builtins.list[FieldDiff]:
        """From revision ``number`` to the article as it is now."""
        old = self.get(article_id, number)
        now = current_snapshot(article_id)
        featured = now["featured_image"]
        words = image_words_text(
            str(now["image_words"] or ""),
            str(now["body"] or ""),
            featured if isinstance(featured, int) else None,
        )
        return [
            FieldDiff(f, tuple(diff_text(_field(old, f), words if f == "image_words" else str(now[f] or ""))))
            for f in DIFF_FIELDS
        ]

    def restore(
        self, article_id: int, number: int, *, actor: SignedIn | None, expected_version: int | None = None
    ) -> ArticleData:
        """Bring back revision ``number`` as the current text; adds a ``restore`` revision.

        Raises :class:`ConflictError` when ``expected_version`` is stale.
        """
        rev = self.get(article_id, number)
        service = ArticleService(self.db)
        current = service.get(article_id)
        changes = ArticleChanges(
            **rev.texts,
            category=rev.category or None,
            tags=list(rev.tags),
            slug=rev.slug,
            author_id=current.author_id,
            featured_image_id=rev.featured_image_id,
            publish_at=current.publish_at,
        )
        version = current.version if expected_version is None else expected_version
        with self.db.atomic():
            saved = service.save(article_id, changes, version, actor=actor)
            record_revision(article_id, "restore", actor_id_of(actor), note=str(number))
        return saved


def _field(rev: RevisionData, name: str) -> str:
    if name == "category_name":
        return rev.category
    if name == "tags":
        return ",".join(rev.tags)
    if name == "slug":
        return rev.slug
    if name == "image_words":
        return image_words_text(rev.image_words, rev.body, rev.featured_image_id)
    return rev.texts[name]


def diff_revisions(old: RevisionData, new: RevisionData) -> list[FieldDiff]:
    return [FieldDiff(f, tuple(diff_text(_field(old, f), _field(new, f)))) for f in DIFF_FIELDS]
