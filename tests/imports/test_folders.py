"""Markdown content folders both ways: Hugo, Jekyll and Pelican folders read, the archive
written out, and a round trip into a fresh database that keeps every field and image."""

from __future__ import annotations

import datetime as dt

import pytest

from db.database import open_database
from db.models import Asset, ImportSource, database_proxy
from desktop_app.core.articles import ArticleService
from desktop_app.core.imports.folder_export import export_articles
from desktop_app.core.imports.folders import FolderError, folder_fetcher, read_folder
from desktop_app.core.imports.store import import_posts
from desktop_app.core.imports.wxr import read_wxr
from tests.imports.helpers import KOMINFO_SAMPLE, kominfo_web, png
from tests.people_helpers import admin_of

NOW = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


def _write(path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_hugo_yaml_and_toml_jekyll_and_pelican_files_are_read(tmp_path):
    site = tmp_path / "hugo"
    _write(
        site / "content/posts/rapat/index.md",
        "---\ntitle: Rapat Koordinasi\ndate: 2024-02-01T09:00:00+07:00\ncategories: [Pemerintahan, Rapat]\n"
        "tags: [koordinasi]\ndescription: Ringkasan rapat\nauthor: Dewi\nimage: sampul.png\n---\n"
        "Isi rapat.\n\n![Peserta rapat](foto/peserta.png)\n",
    )
    _write(
        site / "content/posts/toml.md",
        '+++\ntitle = "Pengumuman"\ndate = 2024-03-01\ndraft = true\ntags = ["info"]\n+++\nTeks.\n',
    )
    found = read_folder(site, now=NOW)
    assert found.kind == "hugo"
    assert not found.skipped
    posts = {post.origin: post for post in found.posts}
    meeting = posts["posts/rapat/index.md"]
    assert meeting.title == "Rapat Koordinasi"
    assert meeting.slug == "rapat"
    assert meeting.date == dt.datetime(2024, 2, 1, 2, 0, tzinfo=dt.UTC)
    assert meeting.category == "Pemerintahan"
    assert meeting.tags == ["koordinasi", "Rapat"]
    assert meeting.summary == "Ringkasan rapat"
    assert meeting.author_name == "Dewi"
    assert meeting.status == "published"
    assert meeting.featured_image is not None
    assert meeting.featured_image.url == "posts/rapat/sampul.png"
    assert "(posts/rapat/foto/peserta.png)" in meeting.markdown
    notice = posts["posts/toml.md"]
    assert notice.status == "draft"
    assert notice.title == "Pengumuman"
    assert notice.tags == ["info"]

    jekyll = tmp_path / "jekyll"
    _write(
        jekyll / "_posts/2024-05-06-banjir-surut.md",
        "---\ntitle: Banjir Surut\ncategory: Bencana\n---\nAir surut.\n",
    )
    _write(jekyll / "_drafts/belum.md", "---\ntitle: Belum Terbit\n---\nNanti.\n")
    posts = {post.slug: post for post in read_folder(jekyll, now=NOW).posts}
    assert posts["banjir-surut"].date == dt.datetime(2024, 5, 6, tzinfo=dt.UTC)
    assert posts["banjir-surut"].category == "Bencana"
    assert posts["banjir-surut"].status == "published"
    assert posts["belum"].status == "draft"

    pelican = tmp_path / "pelican"
    _write(pelican / "pelicanconf.py", "AUTHOR = 'x'\n")
    _write(
        pelican / "content/festival.md",
        "Title: Festival Budaya\nDate: 2030-07-01 10:00\nCategory: Budaya\nTags: seni, tari\n"
        "Slug: festival-budaya-2030\nSummary: Festival tahunan\n\nPara penari tampil.\n",
    )
    (post,) = read_folder(pelican, now=NOW).posts
    assert (post.title, post.slug, post.category, post.tags) == (
        "Festival Budaya",
        "festival-budaya-2030",
        "Budaya",
        ["seni", "tari"],
    )
    assert post.status == "scheduled"
    assert post.summary == "Festival tahunan"
    assert post.markdown == "Para penari tampil.\n"


def test_broken_front_matter_skips_that_file_and_names_it(tmp_path):
    _write(tmp_path / "baik.md", "---\ntitle: Baik\n---\nIsi.\n")
    _write(tmp_path / "rusak.md", "---\ntitle: [tidak ditutup\ntags: : :\n---\nIsi.\n")
    _write(tmp_path / "rusak-toml.md", '+++\ntitle = "tanpa tutup\n+++\nIsi.\n')
    _write(
        tmp_path / "dalam.md", "+++\ntags = " + "[" * 5000 + "]" * 5000 + "\n+++\nIsi.\n"
    )  # tomllib recurses
    _write(tmp_path / "dalam-yaml.md", "---\ntags: " + "[" * 5000 + "]" * 5000 + "\n---\nIsi.\n")
    found = read_folder(tmp_path, now=NOW)
    assert [post.title for post in found.posts] == ["Baik"]
    assert sorted(line.origin for line in found.skipped) == [
        "dalam-yaml.md",
        "dalam.md",
        "rusak-toml.md",
        "rusak.md",
    ]
    assert all(line.code == "unreadable" and line.detail for line in found.skipped)


def test_image_path_outside_the_folder_is_refused_and_stays_a_link(database, tmp_path):
    outside = tmp_path / "rahasia.png"
    outside.write_bytes(png((1, 2, 3)))
    folder = tmp_path / "situs"
    _write(
        folder / "berita.md", "---\ntitle: Berita\n---\n![x](../rahasia.png)\n\n![y](/../../rahasia.png)\n"
    )
    found = read_folder(folder, now=NOW)
    report = import_posts(found.posts, actor=admin_of(database), fetch_image=folder_fetcher(found))
    assert {(p.code, p.detail) for p in report.image_problems} == {("refused", "outside_folder")}
    assert Asset.select().count() == 0
    article = ArticleService(database).get(report.added[0].article_id)
    assert "](../rahasia.png)" in article.body


def test_missing_or_empty_folder_is_refused(tmp_path):
    with pytest.raises(FolderError) as info:
        read_folder(tmp_path / "tidak-ada")
    assert info.value.code == "folder_missing"
    with pytest.raises(FolderError) as info:
        read_folder(tmp_path)
    assert info.value.code == "no_posts"


@pytest.mark.parametrize("layout", ["hugo", "jekyll", "pelican"])
def test_round_trip_into_a_fresh_database_keeps_every_field_and_image(sqlite_database, tmp_path, layout):
    import_posts(read_wxr(KOMINFO_SAMPLE).posts, actor=admin_of(sqlite_database), fetch_image=kominfo_web())
    service = ArticleService(sqlite_database)
    before = {a.slug: service.get(a.id) for a in service.list_headlines()}
    hashes_before = {a.uuid: a.sha256 for a in Asset.select()}
    report = export_articles(sqlite_database, tmp_path / "out", layout=layout)
    assert report.articles == 4
    assert report.images == 2
    if layout == "hugo":
        assert (tmp_path / "out/content/posts/bupati-resmikan-jembatan-desa-sukamaju/index.md").is_file()

    fresh = open_database(tmp_path / "fresh.db")
    try:
        found = read_folder(tmp_path / "out")
        assert not found.skipped
        result = import_posts(found.posts, actor=admin_of(fresh), fetch_image=folder_fetcher(found))
        assert len(result.added) == 4
        assert not result.image_problems
        after_service = ArticleService(fresh)
        after = {a.slug: after_service.get(a.id) for a in after_service.list_headlines()}
        assert set(after) == set(before)
        for slug, old in before.items():
            new = after[slug]
            for name in ("title", "summary", "category", "tags", "author", "status", "publish_at"):
                assert getattr(new, name) == getattr(old, name), (slug, name)
            when_old = old.published_at or old.created_at
            when_new = new.published_at or new.created_at
            assert when_new == when_old.replace(microsecond=0), slug
            assert (new.featured_image_id is None) == (old.featured_image_id is None)
        hashes_after = {a.sha256 for a in Asset.select()}
        assert hashes_after == set(hashes_before.values())
        bridge = after["bupati-resmikan-jembatan-desa-sukamaju"]
        featured = Asset.get_by_id(bridge.featured_image_id)
        assert featured.alt_text == "Jembatan gantung Desa Sukamaju"
        assert featured.caption == "Bupati menggunting pita peresmian"
        assert bridge.body.count("asset:") == before["bupati-resmikan-jembatan-desa-sukamaju"].body.count(
            "asset:"
        )
        assert ImportSource.select().count() == 4
        # the articles keep their identity (uuid) from one database to the other
        assert {a.uuid for a in after.values()} == {a.uuid for a in before.values()}
    finally:
        fresh.close()
        database_proxy.initialize(sqlite_database)
    # read back into the database it came from: these are its own articles, left alone
    again = import_posts(found.posts, actor=admin_of(sqlite_database), fetch_image=folder_fetcher(found))
    assert [line.code for line in again.skipped] == ["own_article"] * 4
    assert not again.added


def test_script_in_a_markdown_file_never_reaches_a_page(database, tmp_path):
    from desktop_app.core.rendering import render_markdown

    _write(
        tmp_path / "jahat.md",
        "---\ntitle: Jahat\n---\nTeks <script>alert(1)</script> dan [tautan](javascript:alert(2)).\n\n"
        '<img src="x" onerror="alert(3)">\n',
    )
    found = read_folder(tmp_path, now=NOW)
    report = import_posts(found.posts, actor=admin_of(database), fetch_image=folder_fetcher(found))
    html = render_markdown(ArticleService(database).get(report.added[0].article_id).body)
    assert "Teks" in html
    # raw HTML is shown as text (escaped), never as tags; the link keeps no javascript: target
    for leftover in ("<script", "<img", 'href="javascript'):
        assert leftover not in html


def test_hugo_figure_and_youtube_shortcodes_and_liquid_tags(database, tmp_path):
    _write(
        tmp_path / "content/posts/festival/index.md",
        '---\ntitle: Festival\n---\n{{< figure src="tari.png" alt="Penari" caption="Tari piring" >}}\n\n'
        "{{< youtube abc123 >}}\n\n{{< notice info >}}Catatan penting{{< /notice >}}\n\n"
        "{% raw %}x{% endraw %}\n",
    )
    (tmp_path / "content/posts/festival/tari.png").write_bytes(png((9, 9, 9)))
    found = read_folder(tmp_path, now=NOW)
    (post,) = found.posts
    assert "![Penari](posts/festival/tari.png)" in post.markdown
    assert "*Tari piring*" in post.markdown
    assert "<https://www.youtube.com/watch?v=abc123>" in post.markdown
    assert "Catatan penting" in post.markdown
    assert "{{" not in post.markdown
    assert "{%" not in post.markdown
    assert [(n.code, n.detail) for n in found.notes] == [("shortcodes_removed", "notice, raw, endraw")]
    report = import_posts(found.posts, actor=admin_of(database), fetch_image=folder_fetcher(found))
    assert report.images_added == 1
    assert not report.image_problems
