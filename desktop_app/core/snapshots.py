"""Snapshots of an article's editable fields: recording a revision (with autosave coalescing),
and comparing the current fields with what an editor approved or published.

Below :mod:`articles`, :mod:`workflow` and :mod:`revisions`, which all record revisions; it
imports none of them.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from collections.abc import Iterable
from typing import TypeAlias, cast

from peewee import PostgresqlDatabase

from db.models import Article, ArticleBody, ArticleTag, Asset, Revision, Tag, database_proxy, utcnow
from desktop_app.core import json_text
from desktop_app.core.errors import NotFound
from desktop_app.core.models import ArticleChanges, row_texts, text_fields
from desktop_app.core.status import Status

AUTOSAVE_WINDOW = _dt.timedelta(minutes=10)


#: An article's editable fields as a revision stores them, by the names of its columns: every
#: one of ``ARTICLE_TEXT_FIELDS`` (str), ``slug`` and ``category_name`` (str), ``tags`` (str: the
#: tag names in the order typed, joined by commas; revisions made before that order was kept
#: hold them sorted by name), ``featured_image`` (int or None) and ``image_words``
#: (str: the words of the article's images, see :func:`image_words`).
Snapshot: TypeAlias = dict[str, str | int | None]

ASSET_REFERENCE = re.compile(r"asset:([0-9a-fA-F-]{36})")
#: One image's words as a snapshot keeps them: (alt text, caption, credit).
ImageWords: TypeAlias = tuple[str, str, str]


def image_words(body: str, featured_image: int | None) -> str:
    """The words the media library has today for the images an article shows (its featured
    image and those its body references), as a revision keeps them: JSON ``{asset uuid: [alt,
    caption, credit]}`` with sorted keys (the same words give the same text, so snapshots
    compare). Images not in the library are left out."""
    uuids = {u.lower() for u in ASSET_REFERENCE.findall(body)} if "asset:" in body else set()
    words: dict[str, list[str]] = {}
    if uuids or featured_image is not None:
        condition = Asset.uuid.in_(sorted(uuids))
        if featured_image is not None:
            condition |= Asset.id == featured_image
        query = Asset.select(Asset.uuid, Asset.alt_text, Asset.caption, Asset.credit).where(condition)
        for uuid, alt, caption, credit in cast(Iterable[tuple[str, str, str, str]], query.tuples()):
            words[str(uuid).lower()] = [alt, caption, credit]
    return json.dumps(words, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def parse_image_words(text: str | None) -> dict[str, ImageWords] | None:
    """``{asset uuid: (alt, caption, credit)}`` of a revision's ``image_words``; None for a
    revision made before they were kept (or words that cannot be read): its images show the
    media library's words, as they did when it was made."""
    if not text:
        return None
    try:
        data = json_text.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    found: dict[str, ImageWords] = {}
    for uuid, value in data.items():
        if isinstance(value, list) and len(value) == 3 and all(isinstance(v, str) for v in value):
            found[str(uuid).lower()] = (value[0], value[1], value[2])
    return found


def _snapshot(
    texts: dict[str, str],
    slug: str,
    category_name: str,
    tags: str,
    featured_image: int | None,
    words: str | None = None,
) -> Snapshot:
    return {
        **texts,
        "slug": slug,
        "category_name": category_name,
        "tags": tags,
        "featured_image": featured_image,
        "image_words": image_words(texts.get("body", ""), featured_image) if words is None else words,
    }


def _revision_snapshot(row: Revision) -> Snapshot:
    # A revision made before image words were kept (``""``) is taken to show the library's words
    # of today, which is what the website has shown of it: comparing it with the article finds no
    # change that is not there, and publishing it again records those words with it.
    return _snapshot(
        text_fields(row), row.slug, row.category_name, row.tags, row.featured_image, row.image_words or None
    )


def current_snapshot(article_id: int) -> Snapshot:
    """The article's editable fields as a revision stores them."""
    article = Article.get_or_none(Article.id == article_id)
    if article is None:
        raise NotFound("article", article_id)
    body_row = ArticleBody.get_or_none(ArticleBody.article == article_id)
    tags = ",".join(
        t.name
        for t in Tag.select(Tag.name)
        .join(ArticleTag)
        .where(ArticleTag.article == article_id)
        .order_by(ArticleTag._meta.primary_key)  # the order typed
    )
    category = article.category if article.category_id else None
    texts = {**row_texts(article), "body": body_row.body if body_row else ""}
    return _snapshot(texts, article.slug, category.name if category else "", tags, article.featured_image_id)


def lock_article(article_id: int) -> None:
    """Hold the article's row lock until the caller's transaction ends, so that writers of one
    article take turns: the next revision number is read as the highest plus one, and two
    writers reading it at once would pick the same number.

    On SQLite every transaction begins IMMEDIATE (see :mod:`db.database`), which already lets one
    writer in at a time. On PostgreSQL (read committed) two transactions read the same highest
    number unless they queue on a lock: ``SELECT ... FOR UPDATE`` of the article's row, the lock
    a landed save's ``UPDATE`` of the row takes anyway, so a conflicting save and a landed one
    queue on the same lock. Call inside a transaction.
    """
    if isinstance(database_proxy.obj, PostgresqlDatabase):
        Article.select(Article.id).where(Article.id == article_id).for_update().execute()


def record_revision(
    article_id: int,
    reason: str,
    actor_id: int | None = None,
    *,
    changes: ArticleChanges | None = None,
    note: str = "",
    now: _dt.datetime | None = None,
    snapshot: Snapshot | None = None,
) -> int:
    """Snapshot the article (or ``changes``, for a conflict; or ``snapshot``, fields as
    :func:`current_snapshot` returns them) and return the revision number.

    An ``autosave`` updates the newest revision in place when that one is an autosave by the
    same person started less than :data:`AUTOSAVE_WINDOW` ago; otherwise a new revision is added.
    Call inside the caller's transaction: it takes the article's row lock
    (:func:`lock_article`) until that transaction ends.
    """
    lock_article(article_id)
    now = now or utcnow()
    if snapshot is not None:
        fields = snapshot
    elif changes is None:
        fields = current_snapshot(article_id)
    else:
        slug = changes.slug or Article.get_by_id(article_id).slug
        fields = _snapshot(
            text_fields(changes),
            slug,
            changes.category or "",
            ",".join(changes.tags),
            changes.featured_image_id,
        )
    latest: Revision | None = (
        Revision.select().where(Revision.article == article_id).order_by(Revision.number.desc()).first()
    )
    if (
        reason == "autosave"
        and latest is not None
        and latest.reason == "autosave"
        and latest.author_id == actor_id
        and now - latest.created_at < AUTOSAVE_WINDOW
    ):
        updated = (
            Revision.update(note=note, **fields)
            .where((Revision.id == latest.id) & (Revision.reason == "autosave"))
            .execute()
        )
        if updated:
            return latest.number
    number = (latest.number if latest else 0) + 1
    Revision.create(
        article=article_id, number=number, author=actor_id, reason=reason, note=note, created_at=now, **fields
    )
    return number


#: Revisions recorded when an editor signed a text off.
SIGN_OFF_REASONS = ("approve", "publish", "schedule", "publish_changes", "corrected")
#: Revisions recorded when a text was put on the website (History marks them).
PUBLISHED_REASONS = ("publish", "schedule", "publish_changes", "corrected")


def approved_snapshot(article_id: int) -> Snapshot | None:
    """The text an editor last signed off (approved or published), or None."""
    row: Revision | None = (
        Revision.select()
        .where((Revision.article == article_id) & Revision.reason.in_(SIGN_OFF_REASONS))
        .order_by(Revision.number.desc())
        .first()
    )
    return _revision_snapshot(row) if row else None


def published_snapshot(article_id: int) -> Snapshot | None:
    article = Article.get_or_none(Article.id == article_id)
    if article is None or article.published_revision is None:
        return None
    row = Revision.get_or_none(
        (Revision.article == article_id) & (Revision.number == article.published_revision)
    )
    if row is None:
        return None
    return _revision_snapshot(row)


def changed_since_publication(article_id: int) -> bool:
    """True when a published article's current fields differ from the published revision."""
    article = Article.get_or_none(Article.id == article_id)
    if article is None or article.status != Status.PUBLISHED:
        return False
    published = published_snapshot(article_id)
    if published is None:
        return False
    return not same_content(published, current_snapshot(article_id))


def changed_since_approval(article_id: int) -> bool:
    """True when an approved article's text differs from what the editor signed off (publishing
    would put the signed-off text online, not these edits)."""
    article = Article.get_or_none(Article.id == article_id)
    if article is None or article.status != Status.APPROVED:
        return False
    approved = approved_snapshot(article_id)
    return approved is not None and not same_content(approved, current_snapshot(article_id))


def same_content(one: Snapshot, other: Snapshot) -> bool:
    """Whether two snapshots hold the same article. The tags are compared as a set: older
    revisions keep them sorted by name, newer ones in the order typed, and an article whose
    tags were only put in another order has not changed what it says."""

    def tag_set(snapshot: Snapshot) -> set[str]:
        return {t.strip().casefold() for t in str(snapshot.get("tags") or "").split(",") if t.strip()}

    return {**one, "tags": ""} == {**other, "tags": ""} and tag_set(one) == tag_set(other)
