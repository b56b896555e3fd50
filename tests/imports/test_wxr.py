"""Reading WordPress export files (WXR): WordPress's own theme test data, an Indonesian office's
sample, and files that are not WXR or are dangerous."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.imports.wxr import WxrError, read_wxr
from tests.imports.helpers import KOMINFO_SAMPLE, THEME_TEST_DATA

UTC = dt.UTC


def test_theme_unit_test_data_gives_posts_and_leaves_menu_items_and_attachments_out():
    found = read_wxr(THEME_TEST_DATA)
    assert found.version == "1.2"
    assert found.kinds == {"post": 51, "page": 21, "attachment": 38, "nav_menu_item": 70}
    assert len(found.posts) == 51  # pages only when asked
    kinds = {line.detail for line in found.skipped}
    assert kinds == {"page", "nav_menu_item"}
    statuses = [post.status for post in found.posts]
    assert statuses.count("scheduled") == 1
    assert statuses.count("draft") == 2
    with_pages = read_wxr(THEME_TEST_DATA, include_pages=True)
    assert len(with_pages.posts) == 72
    assert with_pages.pages == 21


def test_theme_data_fields_titles_without_markup_featured_images_and_authors():
    posts = {post.slug: post for post in read_wxr(THEME_TEST_DATA).posts}
    markup = posts["markup-title-with-markup"]
    assert markup.title == "Markup: Title With Markup"
    assert posts["keyboard-navigation"].author_name == "Theme Reviewer"
    featured = posts["template-featured-image-horizontal"].featured_image
    assert featured is not None
    assert featured.url.endswith("featured-image-horizontal.jpg")
    scheduled = posts["scheduled"]
    assert scheduled.status == "scheduled"
    assert scheduled.date == dt.datetime(2030, 1, 1, 19, 0, 18, tzinfo=UTC)
    assert posts["post-format-standard"].category == "Classic"
    assert "readability" in posts["post-format-standard"].tags
    assert posts["template-password-protected"].status == "draft"


def test_indonesian_sample_keeps_status_dates_slugs_and_terms():
    found = read_wxr(KOMINFO_SAMPLE)
    assert found.site_title == "Diskominfo Kabupaten Contoh"
    posts = {post.source_key: post for post in found.posts}
    assert set(posts) == {f"wp:diskominfo.contohkab.go.id#{n}" for n in (101, 102, 103, 104)}
    bridge = posts["wp:diskominfo.contohkab.go.id#101"]
    assert bridge.status == "published"
    assert bridge.date == dt.datetime(2024, 3, 5, 2, 30, tzinfo=UTC)
    assert bridge.modified == dt.datetime(2024, 3, 6, 3, 0, tzinfo=UTC)
    assert bridge.author_name == "Siti Rahmawati"
    assert bridge.category == "Pemerintahan"
    assert bridge.tags == ["Infrastruktur", "Desa"]
    assert bridge.summary == "Bupati meresmikan jembatan gantung di Desa Sukamaju."
    assert bridge.featured_image is not None
    assert bridge.featured_image.alt == "Jembatan gantung Desa Sukamaju"
    assert bridge.featured_image.caption == "Bupati menggunting pita peresmian"
    # the gallery's attachments became images in the HTML
    assert "warga-1.jpg" in bridge.html
    assert "warga-2.jpg" in bridge.html
    assert "[gallery" not in bridge.html
    assert posts["wp:diskominfo.contohkab.go.id#102"].slug == "vaksinasi-anak-–-puskesmas"
    draft = posts["wp:diskominfo.contohkab.go.id#103"]
    # no GMT date yet: the local date less the site's offset (+7, learned from the other posts)
    assert draft.status == "draft"
    assert draft.date == dt.datetime(2024, 5, 10, 7, 0, tzinfo=UTC)
    assert posts["wp:diskominfo.contohkab.go.id#104"].status == "scheduled"
    skipped = {line.detail for line in found.skipped}
    assert skipped == {"page", "nav_menu_item", "revision"}


def test_not_wxr_truncated_and_missing_files_are_refused(tmp_path):
    rss = tmp_path / "feed.xml"
    rss.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>')
    html = tmp_path / "page.xml"
    html.write_text("<html><body>hello</body></html>")
    text = tmp_path / "notes.xml"
    text.write_text("just words")
    truncated = tmp_path / "cut.xml"
    truncated.write_bytes(KOMINFO_SAMPLE.read_bytes()[:3000])
    for path, code in (
        (rss, "not_wxr"),
        (html, "not_wxr"),
        (text, "not_wxr"),
        (truncated, "damaged"),
        (tmp_path / "missing.xml", "file_missing"),
        (tmp_path, "not_wxr"),
    ):
        with pytest.raises(WxrError) as info:
            read_wxr(path)
        assert info.value.code == code, path


def test_billion_laughs_and_external_entities_are_refused_not_expanded(tmp_path):
    bomb = tmp_path / "bomb.xml"
    lines = ['<?xml version="1.0"?>', "<!DOCTYPE rss [", '<!ENTITY lol "lol">']
    for n in range(1, 10):
        previous = f"lol{n - 1}" if n > 1 else "lol"
        lines.append(f'<!ENTITY lol{n} "{("&" + previous + ";") * 10}">')
    lines += [
        "]>",
        '<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version>',
        "<item><title>&lol9;</title><wp:post_type>post</wp:post_type></item></channel></rss>",
    ]
    bomb.write_text("\n".join(lines))
    with pytest.raises(WxrError) as info:
        read_wxr(bomb)
    assert info.value.code == "unsafe_xml"
    external = tmp_path / "external.xml"
    external.write_text(
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        "<rss><channel><item><title>&x;</title></item></channel></rss>"
    )
    with pytest.raises(WxrError) as info:
        read_wxr(external)
    assert info.value.code == "unsafe_xml"


@pytest.mark.parametrize("version", ["1.0", "1.1"])
def test_older_wxr_versions_are_read_alike(tmp_path, version):
    text = KOMINFO_SAMPLE.read_text(encoding="utf-8").replace("/export/1.2/", f"/export/{version}/")
    older = tmp_path / f"wxr-{version}.xml"
    older.write_text(text.replace("<wp:wxr_version>1.2<", f"<wp:wxr_version>{version}<"), encoding="utf-8")
    found = read_wxr(older)
    assert found.version == version
    assert [post.title for post in found.posts] == [post.title for post in read_wxr(KOMINFO_SAMPLE).posts]
    assert found.posts[0].summary == "Bupati meresmikan jembatan gantung di Desa Sukamaju."


def test_relative_and_protocol_relative_image_addresses_become_absolute():
    from desktop_app.core.imports.wordpress_html import absolute_sources

    html = '<img src="/wp-content/uploads/a.jpg"><img src=\'//cdn.example.id/b.png\'><a href="/berita/">x</a>'
    fixed = absolute_sources(html, "https://kominfo.contoh.go.id/")
    assert 'src="https://kominfo.contoh.go.id/wp-content/uploads/a.jpg"' in fixed
    assert "src='https://cdn.example.id/b.png'" in fixed
    assert 'href="https://kominfo.contoh.go.id/berita/"' in fixed
