"""``redaksi wp-publish ID`` and ``redaksi wp-send`` against the real WordPress."""

from __future__ import annotations

import json

from db.models import WpOutbox, WpPost
from desktop_app.cli import main
from desktop_app.core.wordpress import outbox
from tests.people_helpers import TEST_PASSWORD
from tests.wordpress.helpers import published, set_up_wordpress


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_wp_publish_sends_a_published_article_now(tmp_path, wordpress, capsys, monkeypatch):
    from db.database import open_database

    target = str(tmp_path / "redaksi.db")
    database = open_database(target)
    article = published(database, "Vaksinasi Anak Sekolah")
    set_up_wordpress(database, wordpress)
    monkeypatch.setenv("REDAKSI_PASSWORD", TEST_PASSWORD)
    code, out, err = _run(
        capsys, "--lang", "en", "wp-publish", str(article.id), "--user", "Redaktur WordPress", "--db", target
    )
    assert (code, err) == (0, "")
    assert f"Article {article.id}: sent to WordPress." in out
    link = WpPost.get(WpPost.article == article.id)
    assert link.link in out
    post = wordpress.get(f"/wp/v2/posts/{link.post_id}")
    assert post["title"]["rendered"] == "Vaksinasi Anak Sekolah"
    code, out, err = _run(capsys, "--lang", "id", "wp-send", "--db", target)
    assert code == 0
    assert out.strip() == "Tidak ada yang menunggu dikirim ke WordPress."
    database.close()


def test_wp_send_reports_a_missing_permission_in_indonesian(tmp_path, wordpress, capsys):
    from db.database import open_database

    target = str(tmp_path / "redaksi.db")
    database = open_database(target)
    set_up_wordpress(database, wordpress, wordpress.contributor)
    article = published(database, "Festival Budaya Daerah")
    assert WpOutbox.get(WpOutbox.article == article.id).state == outbox.PENDING
    code, out, _ = _run(capsys, "--lang", "id", "wp-send", "--json", "--db", target)
    assert code == 1
    assert json.loads(out)["failed"] == [
        {"article": article.id, "error": "forbidden", "permission": "publish_posts"}
    ]
    code, out, _ = _run(capsys, "--lang", "en", "wp-status", "--db", target)
    assert code == 0
    assert f"Article {article.id}: Not sent to the website (queued " in out
    assert "it needs the right to publish posts" in out
    outbox.retry(article.id)
    code, out, _ = _run(capsys, "--lang", "id", "wp-send", "--db", target)
    assert code == 1
    assert "menerbitkan tulisan" in out
    code, out, _ = _run(capsys, "--lang", "en", "wp-status", str(article.id), "--json", "--db", target)
    sends = json.loads(out)
    assert [(s["operation"], s["state"], s["attempts"], s["error"]) for s in sends] == [
        ("publish", "failed", 2, "forbidden")
    ]
    database.close()


def test_wp_import_brings_the_sites_posts_and_says_what_it_did(tmp_path, wordpress, capsys, monkeypatch):
    """``redaksi wp-import URL``: the published posts of the real site into a fresh database
    (pictures kept as links with --no-images); a second run adds nothing; a site that is not
    WordPress gets one translated line and exit 1."""
    from db.database import open_database
    from db.models import Article
    from tests.wordpress.helpers import editor_of

    target = str(tmp_path / "redaksi.db")
    database = open_database(target)
    editor_of(database)  # an editor who may import
    database.close()
    wordpress.php(
        "wp_insert_post(['post_title' => 'Pasar Murah Jelang Ramadan', 'post_status' => 'publish',"
        " 'post_content' => '<p>Dinas Perdagangan menggelar pasar murah.</p>']);"
    )
    monkeypatch.setenv("REDAKSI_PASSWORD", TEST_PASSWORD)
    args = ("--user", "Redaktur WordPress", "--db", target, "--quiet")
    code, out, err = _run(capsys, "--lang", "en", "wp-import", wordpress.url, "--no-images", *args)
    assert (code, err) == (0, "")
    database = open_database(target)
    titles = {a.title for a in Article.select()}
    assert "Pasar Murah Jelang Ramadan" in titles
    added = len(titles)
    database.close()
    code, out, err = _run(capsys, "--lang", "en", "wp-import", wordpress.url, "--no-images", *args)
    assert code == 0
    database = open_database(target)
    assert Article.select().count() == added  # nothing new the second time
    database.close()
    code, out, err = _run(capsys, "--lang", "id", "wp-import", "http://127.0.0.1:9/", *args)
    assert code == 1
    assert err.startswith("redaksi: Situs WordPress tidak dapat dihubungi")
    assert "jalankan impor lagi" in err
    assert len(err.strip().splitlines()) == 1
