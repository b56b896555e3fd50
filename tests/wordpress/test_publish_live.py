"""Publishing to a real WordPress (tests/wordpress/live_site.py): the workflow queues a send,
the outbox sends it, and the post is read back through the REST API."""

from __future__ import annotations

import datetime as _dt

import pytest

from db.models import WpMedia, WpOutbox, WpPost, utcnow
from desktop_app.core.articles import ArticleService
from desktop_app.core.models import ArticleChanges
from desktop_app.core.wordpress import outbox
from desktop_app.core.wordpress.client import WordPressClient
from desktop_app.core.wordpress.config import check_connection
from desktop_app.core.wordpress.errors import WordPressError
from desktop_app.core.workflow import WorkflowService
from tests.wordpress.helpers import editor_of, photo, published, set_up_wordpress


def _client(site, account=None) -> WordPressClient:
    account = account or site.editor
    return WordPressClient(site.url, account.user, account.password)


def _send(database, site, account=None):
    return outbox.process_queue(database, client=_client(site, account))


def _post(site, article_id):
    link = WpPost.get(WpPost.article == article_id)
    return site.get(f"/wp/v2/posts/{link.post_id}?context=edit&_embed=1", site.editor)


def test_check_connection_names_the_site_the_role_and_the_right_to_publish(wordpress):
    report = check_connection(_client(wordpress))
    assert report.site_name == "Dinas Kominfo Kabupaten Uji"
    assert report.roles == ("editor",)
    assert report.may_publish
    assert report.may_upload
    contributor = check_connection(_client(wordpress, wordpress.contributor))
    assert contributor.roles == ("contributor",)
    assert not contributor.may_publish


def test_a_wrong_application_password_is_refused_by_name(wordpress):
    client = WordPressClient(wordpress.url, wordpress.editor.user, "abcd efgh ijkl mnop qrst uvwx")
    with pytest.raises(WordPressError) as info:
        check_connection(client)
    assert info.value.code == "auth_failed"


def test_publishing_an_approved_article_creates_its_post(sqlite_database, wordpress):
    set_up_wordpress(sqlite_database, wordpress)
    image = photo(sqlite_database, caption="Rapat koordinasi di aula", credit="Humas Kominfo")
    inline = photo(sqlite_database, (20, 90, 200), alt="Peserta rapat")
    body = f"Rapat dimulai pukul 09.00.\n\n![Peserta rapat](asset:{inline.uuid})\n\nDihadiri **40** peserta."
    article = published(
        sqlite_database,
        "Rapat Koordinasi SPBE Kabupaten",
        body=body,
        summary="Pemerintah kabupaten menggelar rapat koordinasi SPBE.",
        category="Pemerintahan",
        tags=["SPBE", "Rapat Koordinasi"],
        featured_image_id=image.id,
    )
    queued = WpOutbox.get(WpOutbox.article == article.id)
    assert (queued.operation, queued.state) == ("publish", "pending")
    report = _send(sqlite_database, wordpress)
    assert report.sent == [article.id]
    post = _post(wordpress, article.id)
    assert post["status"] == "publish"
    assert post["title"]["raw"] == "Rapat Koordinasi SPBE Kabupaten"
    assert post["slug"] == article.slug
    assert "Pemerintah kabupaten menggelar rapat koordinasi SPBE." in post["excerpt"]["raw"]
    assert "<strong>40</strong>" in post["content"]["raw"]
    terms = {t["taxonomy"]: [] for group in post["_embedded"]["wp:term"] for t in group}
    for group in post["_embedded"]["wp:term"]:
        for term in group:
            terms[term["taxonomy"]].append(term["name"])
    assert terms["category"] == ["Pemerintahan"]
    assert sorted(terms["post_tag"]) == ["Rapat Koordinasi", "SPBE"]
    featured = post["_embedded"]["wp:featuredmedia"][0]
    assert featured["alt_text"] == "Bupati membuka rapat"
    assert "Humas Kominfo" in featured["caption"]["rendered"]
    inline_url = WpMedia.get(WpMedia.media_id != featured["id"]).source_url
    assert inline_url.startswith(wordpress.url + "/wp-content/uploads/")
    assert f'src="{inline_url}"' in post["content"]["raw"]
    assert 'alt="Peserta rapat"' in post["content"]["raw"]
    assert WpOutbox.get_by_id(queued.id).state == "done"


def test_a_correction_updates_the_same_post_and_images_go_once(sqlite_database, wordpress):
    set_up_wordpress(sqlite_database, wordpress)
    image = photo(sqlite_database, (10, 200, 10))
    article = published(
        sqlite_database, "Jalan Desa Diperbaiki", featured_image_id=image.id, category="Berita"
    )
    _send(sqlite_database, wordpress)
    post_id = WpPost.get(WpPost.article == article.id).post_id
    media_before = WpMedia.select().count()
    articles = ArticleService(sqlite_database)
    articles.save(
        article.id,
        ArticleChanges(
            title=article.title,
            body="Isi berita yang sudah diperbaiki.",
            category="Berita",
            featured_image_id=image.id,
        ),
        article.version,
    )
    editor = editor_of(sqlite_database)
    workflow = WorkflowService(sqlite_database)
    workflow.perform(article.id, "correct", editor, note="Panjang jalan seharusnya 2 km.")
    workflow.perform(article.id, "approve_correction", editor)
    assert _send(sqlite_database, wordpress).sent == [article.id]
    assert WpPost.get(WpPost.article == article.id).post_id == post_id
    post = _post(wordpress, article.id)
    assert "Isi berita yang sudah diperbaiki." in post["content"]["raw"]
    assert "Panjang jalan seharusnya 2 km." in post["content"]["raw"]
    assert "Ralat" in post["content"]["raw"]
    assert WpMedia.select().count() == media_before  # the same image was not uploaded again


def test_an_embargo_is_a_scheduled_post_and_unpublishing_makes_it_a_draft(sqlite_database, wordpress):
    set_up_wordpress(sqlite_database, wordpress)
    when = (_dt.datetime.now(_dt.UTC) + _dt.timedelta(days=2)).replace(tzinfo=None, microsecond=0)
    article = published(
        sqlite_database,
        "Pengumuman Seleksi Perangkat Desa",
        actions=("submit", "approve", ("schedule", {"publish_at": when})),
    )
    _send(sqlite_database, wordpress)
    post = _post(wordpress, article.id)
    assert post["status"] == "future"
    assert post["date_gmt"] == when.isoformat()
    WorkflowService(sqlite_database).perform(article.id, "unpublish", editor_of(sqlite_database))
    assert (
        WpOutbox.get((WpOutbox.article == article.id) & (WpOutbox.operation == "unpublish")).state
        == "pending"
    )
    _send(sqlite_database, wordpress)
    assert _post(wordpress, article.id)["status"] == "draft"


def test_a_post_changed_on_wordpress_is_not_overwritten_without_asking(sqlite_database, wordpress):
    set_up_wordpress(sqlite_database, wordpress)
    article = published(sqlite_database, "Posyandu Keliling", body="Teks awal.")
    _send(sqlite_database, wordpress)
    post_id = WpPost.get(WpPost.article == article.id).post_id
    wordpress.php(f"sleep(1); wp_update_post(['ID' => {post_id}, 'post_content' => 'Diubah di WordPress.']);")
    outbox.queue_send(article.id, "publish", None)
    report = _send(sqlite_database, wordpress)
    assert report.conflicts == [article.id]
    assert outbox.send_states([article.id])[article.id].state == "conflict"
    assert "Diubah di WordPress." in _post(wordpress, article.id)["content"]["raw"]
    assert outbox.retry(article.id, overwrite=True)
    assert _send(sqlite_database, wordpress).sent == [article.id]
    assert "Teks awal." in _post(wordpress, article.id)["content"]["raw"]


def test_a_user_who_may_not_publish_gets_the_missing_permission(sqlite_database, wordpress):
    set_up_wordpress(sqlite_database, wordpress, wordpress.contributor)
    article = published(sqlite_database, "Lomba Desa Tingkat Kabupaten")
    report = _send(sqlite_database, wordpress, wordpress.contributor)
    assert [a for a, _ in report.failed] == [article.id]
    problem = report.failed[0][1]
    assert problem.code == "forbidden"
    assert problem.permission == "publish_posts"
    state = outbox.send_states([article.id])[article.id]
    assert (state.state, state.error.code, state.error.permission) == ("failed", "forbidden", "publish_posts")


def test_an_unreachable_site_keeps_the_send_waiting_with_backoff(sqlite_database, wordpress):
    set_up_wordpress(sqlite_database, wordpress)
    article = published(sqlite_database, "Pasar Murah Ramadan")
    now = utcnow() + _dt.timedelta(seconds=1)  # (after the queue row was written: it is due)
    offline = WordPressClient("http://127.0.0.1:9", "x", "y", timeout=5)
    report = outbox.process_queue(sqlite_database, client=offline, now=now)
    assert report.retrying
    assert report.retrying[0][1].code == "offline"
    row = WpOutbox.get(WpOutbox.article == article.id)
    assert (row.state, row.attempts) == ("pending", 1)
    assert row.next_attempt_at == now + outbox.backoff(1)
    # not due yet: nothing is tried; once due, the site back, it goes
    assert outbox.process_queue(sqlite_database, client=offline, now=now).retrying == []
    later = row.next_attempt_at + _dt.timedelta(seconds=1)
    assert outbox.process_queue(sqlite_database, client=_client(wordpress), now=later).sent == [article.id]


def test_nothing_is_queued_before_publication_or_without_wordpress(sqlite_database, wordpress):
    article = published(sqlite_database, "Tanpa WordPress")
    assert not WpOutbox.select().where(WpOutbox.article == article.id).exists()
    set_up_wordpress(sqlite_database, wordpress)
    approved = published(sqlite_database, "Belum Terbit", actions=("submit", "approve"))
    assert not WpOutbox.select().where(WpOutbox.article == approved.id).exists()
    from desktop_app.core.wordpress.publish import publish_article

    with pytest.raises(WordPressError) as info:
        publish_article(sqlite_database, _client(wordpress), approved.id)
    assert info.value.code == "not_published"


def test_the_demo_articles_appear_on_wordpress(sqlite_database, wordpress):
    from desktop_app.core.demo import fill_demo
    from desktop_app.core.workflow import is_live

    fill_demo(sqlite_database)
    set_up_wordpress(sqlite_database, wordpress)
    from db.models import Article
    from desktop_app.core.snapshots import published_snapshot

    service = ArticleService(sqlite_database)
    live = [service.get(r.id) for r in Article.select().where(Article.status == "published")]
    live = [a for a in live if is_live(a)]
    assert live
    for article in live:
        outbox.queue_send(article.id, "publish", None)
    report = _send(sqlite_database, wordpress)
    assert sorted(report.sent) == sorted(a.id for a in live)
    for article in live:
        snapshot = published_snapshot(article.id)
        post = _post(wordpress, article.id)
        assert post["title"]["raw"] == snapshot["title"]
        names = [t["name"] for group in post["_embedded"].get("wp:term", []) for t in group]
        if snapshot["category_name"]:
            assert snapshot["category_name"] in names
        for tag in filter(None, str(snapshot["tags"]).split(",")):
            assert tag.strip() in names


@pytest.fixture(autouse=True)
def _signed_in_sessions_reset():
    from tests import people_helpers

    people_helpers._sessions.clear()
    yield
    people_helpers._sessions.clear()


def test_an_author_may_publish_but_not_make_categories(sqlite_database, wordpress):
    set_up_wordpress(sqlite_database, wordpress, wordpress.author)
    article = published(sqlite_database, "Kategori Baru Sekali", category="Kategori Khusus Penulis")
    report = _send(sqlite_database, wordpress, wordpress.author)
    assert [(a, e.code, e.permission) for a, e in report.failed] == [
        (article.id, "forbidden", "manage_categories")
    ]
    known = published(sqlite_database, "Berita Kategori Lama", category="Uncategorized")
    assert _send(sqlite_database, wordpress, wordpress.author).sent == [known.id]
    assert _post(wordpress, known.id)["status"] == "publish"


def test_a_contributor_may_not_upload_the_images(sqlite_database, wordpress):
    set_up_wordpress(sqlite_database, wordpress, wordpress.contributor)
    image = photo(sqlite_database, (5, 5, 5))
    article = published(sqlite_database, "Foto Kegiatan Kontributor", featured_image_id=image.id)
    report = _send(sqlite_database, wordpress, wordpress.contributor)
    assert [(a, e.code, e.permission) for a, e in report.failed] == [
        (article.id, "forbidden", "upload_files")
    ]
