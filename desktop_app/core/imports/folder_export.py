"""The articles of the archive (or a selection) as :class:`FolderArticle` values for
:func:`desktop_app.core.imports.folders.export_folder`: a published article's approved text (the
revision the website shows), any other article's current text; and its images from the media
library. No Qt here."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from typing import cast

from peewee import Database

from db.models import Article, Revision
from desktop_app.core.articles import ArticleService
from desktop_app.core.errors import NotFound
from desktop_app.core.imports.folders import FolderArticle, export_folder
from desktop_app.core.imports.posts import ImportedStatus
from desktop_app.core.imports.report import ExportReport
from desktop_app.core.media import AssetData, AssetService
from desktop_app.core.status import Status
from desktop_app.core.workflow import display_status


def folder_articles(database: Database, ids: Iterable[int] | None = None) -> list[FolderArticle]:
    """The articles ``ids`` (None: every article not in the Trash), oldest first."""
    service = ArticleService(database)
    query = Article.select(Article.id).where(Article.deleted_at.is_null(True))
    if ids is not None:
        query = query.where(Article.id.in_(list(ids)))
    found: list[FolderArticle] = []
    for (article_id,) in cast(Iterable[tuple[int]], query.order_by(Article.created_at, Article.id).tuples()):
        article = service.get(article_id)
        shown = display_status(article.status, article.publish_at)
        status: ImportedStatus = (
            "scheduled"
            if shown == Status.SCHEDULED
            else "published"
            if shown == Status.PUBLISHED
            else "draft"
        )
        title, summary, body, slug = article.title, article.summary, article.body, article.slug
        category, tags, featured = article.category or "", list(article.tags), article.featured_image_id
        if status != "draft" and article.published_revision is not None:
            revision = Revision.get_or_none(
                (Revision.article == article_id) & (Revision.number == article.published_revision)
            )
            if revision is not None:
                title, summary, body, slug = revision.title, revision.summary, revision.body, revision.slug
                category = revision.category_name
                tags = [t.strip() for t in revision.tags.split(",") if t.strip()]
                featured = revision.featured_image
        date = article.published_at if status != "draft" and article.published_at else article.created_at
        found.append(
            FolderArticle(
                uuid=article.uuid,
                title=title,
                slug=slug,
                summary=summary,
                body=body,
                category=category,
                tags=tags,
                author=article.author or "",
                status=status,
                date=date,
                modified=max(article.updated_at, date),
                featured_image=featured,
            )
        )
    return found


def library_images(
    database: Database,
) -> Callable[[int | str], tuple[str, bytes, tuple[str, str, str]] | None]:
    """An image of the media library by id or uuid: (file name, original bytes, its words)."""
    assets = AssetService(database)

    def image(key: int | str) -> tuple[str, bytes, tuple[str, str, str]] | None:
        asset = assets.get_by_uuid(key) if isinstance(key, str) else _by_id(assets, key)
        if asset is None:
            return None
        data = assets.original_bytes(asset.uuid)
        if data is None:
            return None
        return asset.filename, data, (asset.alt_text, asset.caption, asset.credit)

    return image


def _by_id(assets: AssetService, asset_id: int) -> AssetData | None:
    try:
        return assets.get(asset_id)
    except NotFound:
        return None


def export_articles(
    database: Database,
    destination: str | os.PathLike[str],
    *,
    ids: Iterable[int] | None = None,
    layout: str = "hugo",
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportReport:
    """The archive (or the articles ``ids``) written to ``destination`` as a Markdown folder."""
    return export_folder(
        folder_articles(database, ids),
        destination,
        image=library_images(database),
        layout=layout,
        progress=progress,
        cancelled=cancelled,
    )
