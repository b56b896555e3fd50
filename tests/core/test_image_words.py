"""The words under an article's images (alt text, caption, credit) belong to the approved
snapshot: changing them in the media library after publication changes nothing on the website
until the article is published again, and shows the article as changed since publication."""

from __future__ import annotations

import io
import json

import pytest

from db import migrate
from db.database import open_database
from db.models import Article, Asset, Revision
from desktop_app.core.articles import ArticleService
from desktop_app.core.export import export_site
from desktop_app.core.media import AssetService
from desktop_app.core.models import ArticleChanges
from desktop_app.core.revisions import RevisionService
from desktop_app.core.site_settings import SiteSettings, save_site_settings
from desktop_app.core.snapshots import (
    changed_since_approval,
    changed_since_publication,
    published_snapshot,
)
from desktop_app.core.workflow import WorkflowService
from tests.core.export_helpers import publish_snapshot
from tests.people_helpers import add_person, admin_of, as_person

OLD = ("Bupati menggunting pita", "Peresmian layanan internet desa", "Foto: Humas")
NEW = ("Teks diganti tanpa tinjauan", "Keterangan palsu", "Foto: Orang lain")


def _png(color: tuple[int, int, int]) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), color).save(buffer, "PNG")
    return buffer.getvalue()


def _asset(n: int, words: tuple[str, str, str]) -> Asset:
    data = _png((10 * n, 30, 200))
    return Asset.create(
        sha256=f"{n:064d}",
        filename=f"foto-{n}.png",
        mime_type="image/png",
        width=40,
        height=30,
        bytes=len(data),
        original=data,
        web=data,
        web_mime_type="image/png",
        web_width=40,
        web_height=30,
        alt_text=words[0],
        caption=words[1],
        credit=words[2],
    )


@pytest.fixture
def newsroom(database):
    save_site_settings(
        database, SiteSettings(title="Diskominfo", base_url="https://x.go.id"), actor=admin_of(database)
    )
    return (
        ArticleService(database),
        WorkflowService(database),
        AssetService(database),
        as_person(add_person(database, "Redaktur", "editor")),
    )


def _article_with_images(articles) -> tuple[int, Asset, Asset]:
    featured, inline = _asset(1, OLD), _asset(2, OLD)
    article = articles.create(
        ArticleChanges(
            title="Internet Desa",
            body=f"Pembuka.\n\n![foto](asset:{inline.uuid})\n\nPenutup.",
            featured_image_id=featured.id,
        )
    )
    return article.id, featured, inline


def _words_on_the_website(database, tmp_path) -> set[str]:
    """Every image word of the article's page and of the feed that the website shows."""
    out = tmp_path / "site"
    export_site(database, out, workers=0)
    page = next((out / "berita").glob("*.html")).read_text(encoding="utf-8")
    feed = (out / "atom.xml").read_text(encoding="utf-8") + (out / "rss.xml").read_text(encoding="utf-8")
    return {w for w in (*OLD, *NEW) if w in page} | {f"feed:{w}" for w in (*OLD, *NEW) if w in feed}


def _change_the_library(media, *assets: Asset) -> None:
    for asset in assets:
        media.update_metadata(asset.id, alt_text=NEW[0], caption=NEW[1], credit=NEW[2])


def test_library_words_changed_after_publication_wait_for_a_new_publication(database, newsroom, tmp_path):
    articles, workflow, media, editor = newsroom
    article_id, featured, inline = _article_with_images(articles)
    for action in ("submit", "approve", "publish"):
        workflow.perform(article_id, action, editor)
    assert not changed_since_publication(article_id)
    stored = json.loads(published_snapshot(article_id)["image_words"])
    assert stored == {featured.uuid: list(OLD), inline.uuid: list(OLD)}
    assert _words_on_the_website(database, tmp_path) == {*OLD, *(f"feed:{w}" for w in OLD)}

    _change_the_library(media, featured, inline)  # no review
    shown = _words_on_the_website(database, tmp_path)
    assert not shown & {*NEW, *(f"feed:{w}" for w in NEW)}, "the website keeps the approved words"
    assert set(OLD) <= shown
    assert changed_since_publication(article_id), "the article shows it waits for publication"

    # History shows what changed: the images' words, nothing else.
    revisions = RevisionService(database)
    published = Article.get_by_id(article_id).published_revision
    changed = {d.field: d for d in revisions.diff_with_current(article_id, published) if d.changed}
    assert set(changed) == {"image_words"}
    inserted = "".join(c.text for c in changed["image_words"].chunks if c.op == "insert")
    deleted = "".join(c.text for c in changed["image_words"].chunks if c.op == "delete")
    assert all(w in inserted for w in ("diganti", "palsu", "lain"))
    assert all(w in deleted for w in ("menggunting", "Peresmian", "Humas"))
    assert "foto-1.png: " in "".join(c.text for c in changed["image_words"].chunks)

    # (a live article: the new words go online through a public correction)
    workflow.perform(article_id, "correct", editor, note="Keterangan foto diperbaiki.")
    workflow.perform(article_id, "approve_correction", editor)
    assert not changed_since_publication(article_id)
    assert not any(d.changed for d in revisions.diff_with_current(article_id, published + 1))
    assert {d.field for d in revisions.diff(article_id, published, published + 1) if d.changed} == {
        "image_words"
    }
    shown = _words_on_the_website(database, tmp_path)
    assert set(NEW) <= shown
    assert not shown & set(OLD)


def test_publishing_puts_the_approved_words_online(database, newsroom, tmp_path):
    articles, workflow, media, editor = newsroom
    article_id, featured, inline = _article_with_images(articles)
    for action in ("submit", "approve"):
        workflow.perform(article_id, action, editor)
    _change_the_library(media, inline)  # after approval
    assert changed_since_approval(article_id)
    workflow.perform(article_id, "publish", editor)
    shown = _words_on_the_website(database, tmp_path)
    assert set(OLD) <= shown
    assert not shown & set(NEW)
    assert changed_since_publication(article_id)


def test_one_image_in_two_articles_shows_each_its_own_approved_words(database, newsroom, tmp_path):
    articles, workflow, media, editor = newsroom
    shared = _asset(3, OLD)
    ids = []
    for title in ("Pertama", "Kedua"):
        article = articles.create(ArticleChanges(title=title, body=f"![x](asset:{shared.uuid})\n"))
        ids.append(article.id)
        for action in ("submit", "approve", "publish"):
            workflow.perform(article.id, action, editor)
        _change_the_library(media, shared)
        media.update_metadata(shared.id, alt_text=f"Alt {title}", caption=f"Cap {title}", credit="Humas")
    out = tmp_path / "site"
    export_site(database, out, workers=0)
    first, second = (
        (out / "berita" / f"{Article.get_by_id(i).slug}.html").read_text(encoding="utf-8") for i in ids
    )
    assert 'alt="Bupati menggunting pita"' in first
    assert "Peresmian layanan internet desa" in first
    assert 'alt="Alt Pertama"' in second
    assert "Cap Pertama" in second
    assert "Alt Kedua" not in first + second


def test_a_revision_without_kept_words_shows_the_library_and_no_false_change(database, newsroom, tmp_path):
    """Revisions made before the words were kept ("" in image_words): the library's words, as
    before, and the article is not shown as changed because of it."""
    articles, _, media, _ = newsroom
    article_id, featured, inline = _article_with_images(articles)
    publish_snapshot(article_id, featured_image=featured.id)  # a raw revision: no words kept
    assert Revision.get(Revision.number == Article.get_by_id(article_id).published_revision).image_words == ""
    assert not changed_since_publication(article_id)
    assert set(OLD) <= _words_on_the_website(database, tmp_path)
    _change_the_library(media, featured, inline)
    assert set(NEW) <= _words_on_the_website(database, tmp_path)
    assert not changed_since_publication(article_id)
    number = Article.get_by_id(article_id).published_revision
    assert not any(d.changed for d in RevisionService(database).diff_with_current(article_id, number))


def test_the_migration_keeps_the_words_of_published_revisions(database, db_target, newsroom, tmp_path):
    """A database from before this version: the revision each article publishes gets the
    library's words of the upgrade (the others keep none and fall back to the library)."""
    from playhouse.migrate import SchemaMigrator

    articles, workflow, media, editor = newsroom
    article_id, featured, inline = _article_with_images(articles)
    for action in ("submit", "approve", "publish"):
        workflow.perform(article_id, action, editor)
    draft = articles.create(ArticleChanges(title="Konsep", body=f"![x](asset:{inline.uuid})"))
    known = migrate.known_migrations()
    for name in reversed(known[known.index("0009_revision_image_words") :]):  # 0009 and later
        module = __import__(f"db.migrations.{name}", fromlist=["down"])
        module.down(SchemaMigrator.from_database(database), database)
        database.execute_sql(f"DELETE FROM {migrate.HISTORY_TABLE} WHERE name = {database.param}", [name])
    assert migrate.applied_migrations(database)[-1] == "0008_revision_facts"
    database.close()

    upgraded = open_database(db_target)  # runs 0009 and later
    try:
        assert migrate.applied_migrations(upgraded) == migrate.known_migrations()
        published = Article.get_by_id(article_id).published_revision
        words = {r.number: r.image_words for r in Revision.select().where(Revision.article == article_id)}
        assert json.loads(words.pop(published)) == {featured.uuid: list(OLD), inline.uuid: list(OLD)}
        assert set(words.values()) == {""}, "revisions not online keep none"
        assert {r.image_words for r in Revision.select().where(Revision.article == draft.id)} == {""}
        assert not changed_since_publication(article_id)
        AssetService(upgraded).update_metadata(inline.id, alt_text=NEW[0], caption=NEW[1], credit=NEW[2])
        shown = _words_on_the_website(upgraded, tmp_path)
        assert set(OLD) <= shown
        assert not shown & set(NEW)
        assert changed_since_publication(article_id)
    finally:
        upgraded.close()
