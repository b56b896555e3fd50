"""Reading a real WordPress's published posts (REST API, paged, with progress and cancel) as
ImportedPost values: categories, tags, author, featured image, sanitized HTML, only what
changed since the last import."""

from __future__ import annotations

import datetime as _dt
import json

import pytest

from desktop_app.core.imports.keys import wordpress_key
from desktop_app.core.wordpress.errors import WordPressError
from desktop_app.core.wordpress.rest_import import ImportCancelled, read_posts

SEED = """
kses_remove_filters();  // a feed with script in it, as a careless site keeps it
$cat = wp_insert_term('Kesehatan', 'category');
$cat_id = is_wp_error($cat) ? $cat->get_error_data('term_exists') : $cat['term_id'];
$ids = [];
foreach ([1, 2, 3, 4, 5] as $n) {
    $ids[] = wp_insert_post([
        'post_title' => "Impor Berita $n &amp; Kegiatan",
        'post_content' => "<p>Paragraf <strong>$n</strong>.</p><script>alert($n)</script>",
        'post_excerpt' => "Ringkasan $n",
        'post_status' => 'publish',
        'post_author' => get_user_by('login', 'redaksi_author')->ID,
        'post_name' => $n == 1 ? 'berita-%e6%96%b0' : "impor-berita-$n",
        'post_category' => [$cat_id],
        'tags_input' => ['Impor', "Tag $n"],
        'post_date_gmt' => "2026-0$n-1$n 03:00:00",
        'meta_input' => ['redaksi_test' => 'import'],
    ]);
}
wp_insert_post(['post_title' => 'Konsep', 'post_status' => 'draft', 'post_content' => 'x']);
require_once ABSPATH . 'wp-admin/includes/image.php';
$upload = wp_upload_bits('sampul.png', null, base64_decode(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='));
$media = wp_insert_attachment(['post_mime_type' => 'image/png', 'post_title' => 'Sampul',
    'post_excerpt' => 'Keterangan sampul', 'post_status' => 'inherit'], $upload['file'], $ids[0]);
update_post_meta($media, '_wp_attachment_image_alt', 'Sampul berita');
set_post_thumbnail($ids[0], $media);
echo json_encode($ids);
"""


@pytest.fixture(scope="module")
def seeded(wordpress_session):
    site, error = wordpress_session
    if site is None:
        return None
    return json.loads(site.php(SEED))


def test_published_posts_are_read_with_their_terms_author_and_image(wordpress, seeded):
    progress: list[tuple[int, int]] = []
    posts = {
        p.source_key: p
        for p in read_posts(wordpress.url, per_page=2, progress=lambda d, t: progress.append((d, t)))
    }
    total = progress[-1][1]
    assert progress[-1] == (total, total)
    assert len(posts) == total
    first = posts[wordpress_key(wordpress.url, seeded[0])]
    assert first.title == "Impor Berita 1 & Kegiatan"
    assert first.status == "published"
    assert first.slug == "berita-新"
    assert first.category == "Kesehatan"
    assert sorted(first.tags) == ["Impor", "Tag 1"]
    assert first.author_name == "Budi Penulis"
    assert first.summary == "Ringkasan 1"
    assert first.date == _dt.datetime(2026, 1, 11, 3, 0, tzinfo=_dt.UTC)
    assert first.modified is not None
    assert "<strong>1</strong>" in first.html
    assert "<script" not in first.html
    assert "alert" not in first.html
    assert first.featured_image is not None
    assert first.featured_image.url.startswith(wordpress.url + "/wp-content/uploads/sampul")
    assert (first.featured_image.alt, first.featured_image.caption) == ("Sampul berita", "Keterangan sampul")
    assert all(p.title != "Konsep" for p in posts.values())  # a draft is not published


def test_a_second_import_reads_only_what_changed(wordpress, seeded):
    newest = max(p.modified for p in read_posts(wordpress.url))
    assert list(read_posts(wordpress.url, since=newest)) == []
    wordpress.php(f"sleep(1); wp_update_post(['ID' => {seeded[2]}, 'post_content' => 'Diperbarui.']);")
    changed = list(read_posts(wordpress.url, since=newest))
    assert [p.source_key for p in changed] == [wordpress_key(wordpress.url, seeded[2])]
    assert "Diperbarui." in changed[0].html


def test_the_import_can_be_cancelled_between_posts(wordpress, seeded):
    seen = []
    posts = read_posts(wordpress.url, per_page=2, cancelled=lambda: len(seen) >= 3)
    seen.extend(next(posts) for _ in range(3))
    with pytest.raises(ImportCancelled):
        next(posts)
    assert len(seen) == 3


def test_a_post_with_20_mb_of_html_is_read_whole(wordpress, seeded):
    post_id = int(
        wordpress.php(
            "$p = str_repeat('<p>Paragraf panjang berita daerah.</p>', 550000);"
            "kses_remove_filters();"
            "echo wp_insert_post(['post_title' => 'Sangat Panjang', 'post_status' => 'publish',"
            " 'post_content' => $p, 'post_date_gmt' => '2020-01-01 00:00:00']);"
        ).strip()
    )
    since = _dt.datetime(2000, 1, 1, tzinfo=_dt.UTC)
    found = [p for p in read_posts(wordpress.url, since=since) if p.source_key.endswith(f"#{post_id}")]
    assert len(found) == 1
    assert len(found[0].html) > 20_000_000
    wordpress.php(f"wp_delete_post({post_id}, true);")


def test_an_address_that_is_not_wordpress_is_named_so(tmp_path):
    import http.server
    import threading

    (tmp_path / "index.html").write_text("<html><body>Situs biasa</body></html>", encoding="utf-8")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(tmp_path), **kwargs)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        with pytest.raises(WordPressError) as info:
            list(read_posts(url))
        assert info.value.code == "not_wordpress"
        (tmp_path / "index.html").write_text(
            '<html><head><link rel="stylesheet" href="/wp-content/themes/x/style.css"></head></html>',
            encoding="utf-8",
        )
        with pytest.raises(WordPressError) as info:
            list(read_posts(url))
        assert info.value.code == "no_rest_api"
    finally:
        server.shutdown()
        server.server_close()


def test_a_sites_posts_become_published_articles_with_their_image_and_a_second_import_stores_nothing(
    wordpress, seeded, sqlite_database
):
    """``redaksi wp-import URL``'s core call against the real site: the reader feeds the one
    storer; the featured image comes through the media library; running it again stores nothing."""
    from db.models import Asset, ImportSource
    from desktop_app.core.articles import ArticleService
    from desktop_app.core.imports.fetch import web_fetcher
    from desktop_app.core.imports.wordpress_site import import_site
    from desktop_app.core.workflow import is_live
    from tests.people_helpers import admin_of

    admin = admin_of(sqlite_database)
    progress: list[tuple[int, int, str]] = []
    report = import_site(
        wordpress.url,
        actor=admin,
        fetch_image=web_fetcher(),
        progress=lambda d, t, title: progress.append((d, t, title)),
        database=sqlite_database,
    )
    assert len(report.added) >= 5
    assert not report.skipped
    assert not report.image_problems
    assert progress
    assert all(done < total for done, total, _ in progress)
    by_key = {row.source_key: row.article_id for row in ImportSource.select()}
    first = ArticleService(sqlite_database).get(by_key[wordpress_key(wordpress.url, seeded[0])])
    assert first.title == "Impor Berita 1 & Kegiatan"
    assert first.status == "published"
    assert is_live(first)
    assert first.category == "Kesehatan"
    assert set(first.tags) == {"Impor", "Tag 1"}
    assert "**1**" in first.body
    assert "alert" not in first.body
    assert first.featured_image_id is not None
    assert Asset.select().count() == report.images_added >= 1

    again = import_site(wordpress.url, actor=admin, fetch_image=web_fetcher(), database=sqlite_database)
    assert not again.added
    assert not again.updated
    assert len(again.unchanged) == len(report.added)


def test_cancelling_a_site_import_keeps_what_was_stored_and_says_so(wordpress, seeded, sqlite_database):
    from desktop_app.core.imports.wordpress_site import import_site
    from tests.people_helpers import admin_of

    stored: list[str] = []
    report = import_site(
        wordpress.url,
        actor=admin_of(sqlite_database),
        fetch_image=None,
        progress=lambda d, t, title: stored.append(title),
        cancelled=lambda: len(stored) >= 2,
        database=sqlite_database,
    )
    assert report.cancelled
    assert len(report.added) == 2
