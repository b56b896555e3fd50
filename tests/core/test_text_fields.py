"""The article's plain text fields are declared once (``db.models.ArticleText`` and
``core.models.ARTICLE_TEXT_FIELDS``); these checks keep the two, and every carrier, in step."""

from __future__ import annotations

import dataclasses
import datetime as _dt

from db.models import ARTICLE_TEXT_COLUMNS, Article, ArticleBody, ArticleText, Revision
from desktop_app.core.export.site import SiteArticle
from desktop_app.core.models import ARTICLE_TEXT_FIELDS, ROW_TEXT_FIELDS, ArticleChanges, ArticleData
from desktop_app.core.revisions import DIFF_FIELDS


def _columns(model: type) -> dict[str, tuple[str, object, bool]]:
    return {
        f.name: (type(f).__name__, f.max_length if hasattr(f, "max_length") else None, f.null)
        for f in model._meta.sorted_fields
    }


def test_article_and_revision_have_the_same_text_columns():
    article, revision = _columns(Article), _columns(Revision)
    for name in ARTICLE_TEXT_COLUMNS:
        assert article[name] == revision[name] == _columns(ArticleText)[name]
    assert "body" in revision
    assert "body" in _columns(ArticleBody)


def test_core_registry_matches_the_database():
    assert ROW_TEXT_FIELDS == ARTICLE_TEXT_COLUMNS
    assert [f for f in ARTICLE_TEXT_FIELDS if f != "body"] == list(ARTICLE_TEXT_COLUMNS)
    assert "body" in ARTICLE_TEXT_FIELDS


def test_every_text_field_is_carried():
    data = {f.name for f in dataclasses.fields(ArticleData)}
    changes = {f.name for f in dataclasses.fields(ArticleChanges)}
    for name in ARTICLE_TEXT_FIELDS:
        assert name in data
        assert name in changes
        assert name in DIFF_FIELDS
    assert DIFF_FIELDS[-3:] == ("category_name", "tags", "slug")


def test_the_site_carries_and_digests_every_text_field():
    when = _dt.datetime(2026, 1, 2, 3, 4, 5)
    texts = {name: name.upper() for name in ROW_TEXT_FIELDS}
    article = SiteArticle(
        id=1,
        uuid="u",
        slug="s",
        texts=texts,
        body="b",
        body_sha256="sha",
        revision_id=1,
        category=None,
        tags=(),
        author="",
        published_at=when,
        modified_at=when,
        image=None,
        image_uuids=(),
    )
    assert (article.title, article.summary, article.dateline) == ("TITLE", "SUMMARY", "DATELINE")
    for name in ROW_TEXT_FIELDS:
        changed = dataclasses.replace(article, texts={**texts, name: "other"})
        assert changed.digest({}) != article.digest({})
