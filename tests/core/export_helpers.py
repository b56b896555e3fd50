"""Helpers for the website export tests: publishing snapshots and reading an exported site."""

from __future__ import annotations

import datetime as _dt
import hashlib
from pathlib import Path

from peewee import fn

from db.models import Article, ArticleBody, Revision, utcnow


def publish_snapshot(article_id: int, **fields) -> int:
    """Publish a new snapshot of an article (what the workflow's publish does), with ``fields``
    (title, body, slug, summary, tags, category_name, featured_image) changed in it."""
    article = Article.get_by_id(article_id)
    last = Revision.select(fn.MAX(Revision.number)).where(Revision.article == article_id).scalar()
    base = Revision.get((Revision.article == article_id) & (Revision.number == last)) if last else None
    body_row = ArticleBody.get_or_none(ArticleBody.article == article_id)
    data = dict(
        title=base.title if base else article.title,
        slug=base.slug if base else article.slug,
        summary=base.summary if base else article.summary,
        body=base.body if base else (body_row.body if body_row else ""),
        dateline=base.dateline if base else "",
        category_name=base.category_name if base else "",
        tags=base.tags if base else "",
        featured_image=base.featured_image if base else None,
    )
    created_at = fields.pop("created_at", None) or utcnow()
    data.update(fields)
    number = (last or 0) + 1
    Revision.create(article=article_id, number=number, reason="publish", created_at=created_at, **data)
    Article.update(
        status="published", published_revision=number, published_at=article.published_at or utcnow()
    ).where(Article.id == article_id).execute()
    return number


def site_admin():
    """The database's admin, signed in (only an admin changes the website settings)."""
    from db.models import database_proxy
    from tests.people_helpers import admin_of

    return admin_of(database_proxy.obj)


def without_base_url(database) -> None:
    """The website settings with no base URL (the demo has one: its site has feeds, a sitemap
    and share cards)."""
    from dataclasses import replace

    from desktop_app.core.site_settings import load_site_settings, save_site_settings

    save_site_settings(database, replace(load_site_settings(database), base_url=""), actor=site_admin())


def site_files(out: Path) -> dict[str, str]:
    """``{relative path: sha256}`` of every file in an exported folder."""
    return {
        p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(out.rglob("*"))
        if p.is_file()
    }


def all_text(out: Path) -> str:
    return "\n".join(
        p.read_text(encoding="utf-8")
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.suffix in (".html", ".xml", ".txt", ".json", ".css")
    )


FIXED_NOW = _dt.datetime(2026, 11, 28, 3, 0, 0)


def spare_names(out: Path) -> list[str]:
    """The names of the spares beside the site (the site an export swapped out, kept for the
    next export: see ``writer``)."""
    from desktop_app.core.export.writer import SPARE_INFIX

    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.{SPARE_INFIX}"))
