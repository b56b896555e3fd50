"""Storing imported posts (desktop_app/core/imports/store.py): articles with their status and
dates, images through the media library, signed audit records, re-imports, and bad input."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from db.models import Article, Asset, ImportSource, Person, StatusChange
from desktop_app.core.articles import ArticleService
from desktop_app.core.audit import verify_trail
from desktop_app.core.errors import PermissionDenied
from desktop_app.core.imports.posts import ImportedPost
from desktop_app.core.imports.store import MAX_BODY_CHARS, import_posts
from desktop_app.core.imports.wxr import read_wxr
from desktop_app.core.models import ArticleChanges
from desktop_app.core.workflow import is_live
from tests.imports.helpers import KOMINFO_SAMPLE, UPLOADS, kominfo_web
from tests.people_helpers import add_person, admin_of, signed_in

SITE = "wp:diskominfo.contohkab.go.id#"


def _import(database, posts, web=None):
    return import_posts(posts, actor=admin_of(database), fetch_image=web or kominfo_web())


def test_sample_becomes_articles_with_status_dates_terms_and_signed_import_records(database):
    found = read_wxr(KOMINFO_SAMPLE)
    report = _import(database, found.posts)
    assert len(report.added) == 4
    assert not report.skipped
    assert not report.updated
    service = ArticleService(database)
    by_key = {row.source_key: row.article_id for row in ImportSource.select()}
    bridge = service.get(by_key[SITE + "101"])
    assert bridge.status == "published"
    assert is_live(bridge)
    assert bridge.published_at == dt.datetime(2024, 3, 5, 2, 30)
    assert bridge.created_at == dt.datetime(2024, 3, 5, 2, 30)
    assert bridge.slug == "bupati-resmikan-jembatan-desa-sukamaju"
    assert bridge.category == "Pemerintahan"
    assert bridge.tags == ("Infrastruktur", "Desa")
    assert bridge.author == "Siti Rahmawati"
    # an author nobody in Redaksi is: a byline person who cannot sign in
    siti = Person.get(Person.name == "Siti Rahmawati")
    assert not siti.active
    assert siti.password_hash == ""
    scheduled = service.get(by_key[SITE + "104"])
    assert scheduled.status == "published"
    assert scheduled.publish_at == dt.datetime(2099, 8, 17, 2, 0)
    assert not is_live(scheduled)
    draft = service.get(by_key[SITE + "103"])
    assert draft.status == "draft"
    assert draft.published_revision is None
    assert service.get(by_key[SITE + "102"]).slug == "vaksinasi-anak-puskesmas"
    records = list(StatusChange.select().where(StatusChange.action == "import"))
    assert len(records) == 4
    assert all(record.signature for record in records)
    assert {r.to_status for r in records} == {"published", "draft"}
    trail = verify_trail()
    assert trail.ok
    assert trail.count("invalid") == 0


def test_images_into_the_library_unreachable_and_damaged_ones_stay_links(database):
    report = _import(database, read_wxr(KOMINFO_SAMPLE).posts)
    service = ArticleService(database)
    bridge = service.get(ImportSource.get(ImportSource.source_key == SITE + "101").article_id)
    featured = Asset.get_by_id(bridge.featured_image_id)
    assert featured.alt_text == "Jembatan gantung Desa Sukamaju"
    assert featured.caption == "Bupati menggunting pita peresmian"
    # the [caption]'s image: the larger copy it linked to was fetched, and is in the library
    assert f"(asset:{featured.uuid})" in bridge.body
    assert "asset:" in bridge.body.split("Warga melintasi jembatan")[1][:60]  # the gallery's first
    # the damaged picture and the unreachable server: links, listed in the report
    assert f"]({UPLOADS}warga-2.jpg)" in bridge.body
    problems = {(p.url.rsplit("/", 1)[-1], p.code) for p in report.image_problems}
    assert ("warga-2.jpg", "image_damaged") in problems
    assert ("vaksin.jpg", "unreachable") in problems
    vaccine = service.get(ImportSource.get(ImportSource.source_key == SITE + "102").article_id)
    assert "[Petugas menyuntik vaksin](https://tidak-terjangkau" in vaccine.body
    assert report.images_added == 2


def test_script_and_javascript_links_are_removed_shortcodes_and_block_comments_too(database):
    _import(database, read_wxr(KOMINFO_SAMPLE).posts)
    bridge = ArticleService(database).get(
        ImportSource.get(ImportSource.source_key == SITE + "101").article_id
    )
    body = bridge.body
    for leftover in ("<script", "javascript:", "alert(", "wp:paragraph", "[caption", "[gallery", "[embed"):
        assert leftover not in body
    assert "skrip." in body
    assert "berbahaya" in body
    assert "https://www.youtube.com/watch?v=abc123" in body
    # the paragraphs WordPress makes from blank lines, a single line end kept as a break
    assert "Warga menyambut gembira.  \nAnak-anak" in body


def test_running_again_changes_nothing_a_changed_post_updates_an_edited_one_is_left_alone(database):
    posts = read_wxr(KOMINFO_SAMPLE).posts
    _import(database, posts)
    again = _import(database, posts)
    assert len(again.unchanged) == 4
    assert not again.added
    assert not again.updated
    changed = [dataclasses.replace(p, title=p.title + " (revisi)") for p in posts]
    article_id = ImportSource.get(ImportSource.source_key == SITE + "103").article_id
    service = ArticleService(database)
    draft = service.get(article_id)
    service.save(article_id, ArticleChanges(title="Diubah di Redaksi", body=draft.body), draft.version)
    third = _import(database, changed)
    assert {line.origin.rsplit("=", 1)[-1] for line in third.skipped} == {"103"}
    assert third.skipped[0].code == "edited_in_redaksi"
    assert len(third.updated) == 3
    bridge_id = ImportSource.get(ImportSource.source_key == SITE + "101").article_id
    bridge = service.get(bridge_id)
    assert bridge.title.endswith("(revisi)")
    assert bridge.status == "published"
    assert service.get(article_id).title == "Diubah di Redaksi"
    assert Article.select().count() == 4


def test_huge_post_is_refused_with_a_report_line_and_the_others_go_on(database):
    big = ImportedPost(
        source_key="wp:x#1",
        title="Besar",
        status="published",
        date=dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
        html="<p>" + "a" * (20 * 1024 * 1024) + "</p>",
    )
    small = dataclasses.replace(big, source_key="wp:x#2", title="Kecil", html="<p>isi</p>")
    report = _import(database, [big, small])
    assert [line.title for line in report.skipped] == ["Besar"]
    assert report.skipped[0].code == "too_large"
    assert int(report.skipped[0].detail) > MAX_BODY_CHARS
    assert [line.title for line in report.added] == ["Kecil"]


def test_cancel_stops_between_posts_and_keeps_what_was_stored(database):
    posts = read_wxr(KOMINFO_SAMPLE).posts
    seen = []
    report = import_posts(
        posts,
        actor=admin_of(database),
        fetch_image=None,
        progress=lambda done, total, title: seen.append((done, total)),
        cancelled=lambda: len(seen) >= 2,
    )
    assert report.cancelled
    assert len(report.added) == 2
    assert seen == [(0, 4), (1, 4)]
    assert Article.select().count() == 2


def test_a_writer_may_not_import(database):
    writer = signed_in(database, add_person(database, "Penulis Uji", "writer"))
    with pytest.raises(PermissionDenied):
        import_posts(read_wxr(KOMINFO_SAMPLE).posts, actor=writer, fetch_image=None)
    assert Article.select().count() == 0


def test_imported_published_article_is_on_the_exported_site_with_its_date(database, tmp_path):
    from desktop_app.core.export.build import export_site

    _import(database, read_wxr(KOMINFO_SAMPLE).posts)
    export_site(database, tmp_path / "site", workers=0)
    pages = list((tmp_path / "site").rglob("*.html"))
    page = next(p for p in pages if "bupati-resmikan-jembatan" in str(p))
    html = page.read_text(encoding="utf-8")
    assert "2024-03-05" in html
    assert not any("musrenbang" in str(p) for p in pages)  # the draft
    assert not any("peluncuran-aplikasi" in str(p) for p in pages)  # scheduled for 2099


def test_a_very_long_source_key_is_kept_by_its_hash_and_still_recognised(database):
    key = "md:" + "folder-panjang/" * 60 + "berita.md"
    post = ImportedPost(
        source_key=key,
        title="Panjang",
        status="draft",
        date=dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
        markdown="Isi",
    )
    assert len(_import(database, [post]).added) == 1
    assert ImportSource.get().source_key.startswith("sha256:")
    assert len(_import(database, [post]).unchanged) == 1
