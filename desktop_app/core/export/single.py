"""One article as HTML: a sanitized fragment to paste into another CMS ("Copy as HTML") and a
standalone page with its stylesheet and images inside ("Save article as HTML…")."""

from __future__ import annotations

import base64
from html import escape
from typing import Any

from peewee import Database

from desktop_app.core.article_header import place_lead
from desktop_app.core.articles import ArticleService
from desktop_app.core.corrections import approved_corrections
from desktop_app.core.dates import news_date, news_time
from desktop_app.core.export.pages import (
    correction_items,
    environment,
    iso,
    release_feed_html,
    site_body_html,
    stylesheet,
    theme_errors_reported,
)
from desktop_app.core.export.site import ASSET_REFERENCE, SiteImage, load_images
from desktop_app.core.export.strings import SiteStrings
from desktop_app.core.models import row_texts
from desktop_app.core.press_releases import release_block
from desktop_app.core.rendering import render_body, sanitize_html
from desktop_app.core.site_settings import load_site_settings, normalize_base_url


def _images(body: str, featured_id: int | None) -> tuple[dict[str, SiteImage], SiteImage | None]:
    images, by_id = load_images(
        {u.lower() for u in ASSET_REFERENCE.findall(body)}, {featured_id} if featured_id else set()
    )
    featured = images.get(by_id.get(featured_id, "")) if featured_id else None
    return images, featured


def article_fragment(database: Database, article_id: int, base_url: str | None = None) -> str:
    """Title, lead and body as sanitized HTML. Images point at the exported site's
    ``img/`` files: absolute URLs when a base URL is known, relative ones otherwise."""
    article = ArticleService(database).get(article_id)
    settings = load_site_settings(database)
    prefix = normalize_base_url(base_url) if base_url is not None else settings.base_url
    images, _ = _images(article.body, None)
    body = site_body_html(render_body(article.body), images, prefix)
    parts = [f"<h1>{escape(article.title)}</h1>"]
    if article.summary:
        parts.append(f"<p><strong>{escape(article.summary)}</strong></p>")
    release = release_block(article.release_number, row_texts(article))
    if release:  # its number above the text, the official and the contact below it
        body = release_feed_html(release, SiteStrings(settings.language, settings.theme), body)
    parts.append(body)
    return sanitize_html("\n".join(parts)).strip() + "\n"


def _data_uri(image: SiteImage) -> str:
    mime = {"jpg": "image/jpeg", "svg": "image/svg+xml"}.get(image.path.rsplit(".", 1)[1])
    mime = mime or "image/" + image.path.rsplit(".", 1)[1]
    return f"data:{mime};base64,{base64.b64encode(image.data).decode('ascii')}"


@theme_errors_reported()
def article_standalone(database: Database, article_id: int) -> str:
    """A complete HTML page of one article that works as a single file (no links to files)."""
    article = ArticleService(database).get(article_id)
    settings = load_site_settings(database)
    images, featured = _images(article.body, article.featured_image_id)
    inline = {
        uuid: SiteImage(
            uuid=uuid,
            path=_data_uri(image),
            data=b"",
            alt=image.alt,
            caption=image.caption,
            credit=image.credit,
            width=image.width,
            height=image.height,
        )
        for uuid, image in images.items()
    }
    lead, body = place_lead(article.summary, article.dateline, render_body(article.body))
    body = site_body_html(body, inline, "")
    env = environment(settings.theme, settings.language)
    when = article.published_at or article.updated_at
    context: dict[str, Any] = {
        "site": settings,
        "language": settings.language,
        "title": article.title,
        "summary": article.summary,
        "dateline": article.dateline,
        "lead": lead,  # the lead as shown (once: see core/article_header.py)
        "texts": row_texts(article),  # every text field but the body, by name: ``texts.<name>``
        "release": release_block(article.release_number, row_texts(article)),
        "author": article.author or "",
        "category": article.category or "",
        "tags": list(article.tags),
        "date": news_date(when, settings.language),
        "time": news_time(when, settings.language),
        "iso": iso(when),
        "body": body,
        "corrections": correction_items(
            approved_corrections([article_id]).get(article_id, ()), settings.language
        ),
        "css": stylesheet(env).decode("utf-8"),
        "figure": featured
        and {
            "src": _data_uri(featured),
            "alt": featured.alt,
            "caption": featured.caption,
            "credit": featured.credit,
            "width": featured.width,
            "height": featured.height,
        },
    }
    from markupsafe import Markup

    context["body"] = Markup(body)
    context["css"] = Markup(context["css"].replace("</", "<\\/"))
    return env.get_template("standalone.html").render(context)
