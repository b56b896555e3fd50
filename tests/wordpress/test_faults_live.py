"""Bad input and a misbehaving server, against the real WordPress: a 503 is retried, an image
the media library refuses fails the send with its reason and changes nothing on either side, a
body too large is refused before anything is sent."""

from __future__ import annotations

import pytest

from db.models import Article, WpMedia, WpOutbox, WpPost, utcnow
from desktop_app.core.wordpress import outbox
from desktop_app.core.wordpress.client import WordPressClient
from tests.wordpress.helpers import photo, published, set_up_wordpress


@pytest.fixture
def faults(wordpress):
    yield wordpress
    wordpress.php("delete_option('redaksi_test_503'); delete_option('redaksi_test_refuse_images');")


def _client(site):
    return WordPressClient(site.url, site.editor.user, site.editor.password)


def _posts_titled(site, title):
    return site.php(
        f"echo count(get_posts(['title' => {title!r}, 'post_status' => 'any', 'numberposts' => -1]));"
    ).strip()


def test_a_server_error_is_retried_later(sqlite_database, faults):
    set_up_wordpress(sqlite_database, faults)
    article = published(sqlite_database, "Server Sedang Sibuk")
    faults.php("update_option('redaksi_test_503', 1);")
    now = utcnow()
    report = outbox.process_queue(sqlite_database, client=_client(faults), now=now)
    assert [(a, e.code, e.status) for a, e in report.retrying] == [(article.id, "server_error", 503)]
    row = WpOutbox.get(WpOutbox.article == article.id)
    assert (row.state, row.attempts) == ("pending", 1)
    later = now + outbox.backoff(1)
    assert outbox.process_queue(sqlite_database, client=_client(faults), now=later).sent == [article.id]
    assert WpOutbox.get_by_id(row.id).state == "done"


def test_an_image_the_site_refuses_fails_the_send_and_changes_nothing(sqlite_database, faults):
    set_up_wordpress(sqlite_database, faults)
    image = photo(sqlite_database, (120, 120, 0), alt="Peta lokasi")
    title = "Peta Lokasi Pasar Baru"
    article = published(sqlite_database, title, featured_image_id=image.id)
    faults.php("update_option('redaksi_test_refuse_images', 1);")
    report = outbox.process_queue(sqlite_database, client=_client(faults))
    assert report.sent == []
    assert [(a, e.code) for a, e in report.failed] == [(article.id, "upload_refused")]
    assert _posts_titled(faults, title) == "0"  # no half-made post on WordPress
    assert not WpMedia.select().exists()
    assert Article.get_by_id(article.id).status == "published"  # nothing lost in Redaksi
    faults.php("delete_option('redaksi_test_refuse_images');")
    assert outbox.retry(article.id)
    assert outbox.process_queue(sqlite_database, client=_client(faults)).sent == [article.id]
    assert _posts_titled(faults, title) == "1"


def test_a_body_past_the_limit_is_refused_before_sending(sqlite_database, faults, monkeypatch):
    from desktop_app.core.wordpress import publish

    set_up_wordpress(sqlite_database, faults)
    monkeypatch.setattr(publish, "MAX_BODY_BYTES", 10_000)
    title = "Laporan Tahunan Lengkap"
    article = published(sqlite_database, title, body="Paragraf laporan yang panjang. " * 1000)
    report = outbox.process_queue(sqlite_database, client=_client(faults))
    assert [(a, e.code) for a, e in report.failed] == [(article.id, "too_large")]
    assert _posts_titled(faults, title) == "0"
    assert not WpPost.select().where(WpPost.article == article.id).exists()
