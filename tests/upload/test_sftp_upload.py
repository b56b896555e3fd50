"""The upload against a real SFTP server on 127.0.0.1 (asyncssh's, see ``sftp_server``):
only what changed is sent, nothing is ever half-written under a real name, a broken or
cancelled upload is finished by the next one, removals come last."""

from __future__ import annotations

import json

import pytest

from db.models import Article
from desktop_app.core.export import export_site
from desktop_app.core.upload.errors import UploadCancelled, UploadError
from desktop_app.core.upload.sync import REMOTE_MANIFEST
from tests.upload.conftest import PASSWORD
from tests.upload.helpers import change_one_article, part_files, served_tree, site_tree

BASE = "https://kominfo.example.go.id/"


@pytest.fixture
def site(demo_database, upload_settings):
    from pathlib import Path

    out = Path(upload_settings.site_folder)
    export_site(demo_database, out, base_url=BASE)
    return out


def _public(server):
    return server.state.root / "public_html"


def test_the_first_upload_sends_the_whole_site(service, site, server, upload_settings):
    result = service.upload(settings=upload_settings, password=PASSWORD)
    assert result.first
    assert sorted(result.sent) == sorted(site_tree(site))
    assert served_tree(_public(server)) == site_tree(site)
    manifest = json.loads((_public(server) / REMOTE_MANIFEST).read_text(encoding="utf-8"))
    assert set(manifest["files"]) == set(site_tree(site))
    assert manifest["partial"] == []
    assert part_files(_public(server)) == []
    # every file was written under a temporary name and renamed into place
    assert all(".redaksi-part" in path for path in server.state.opened_for_writing)
    assert {new for _old, new in server.state.renamed} >= {f"public_html/{path}" for path in result.sent}
    assert result.sent[-1] in ("index.html", "atom.xml", "rss.xml", "sitemap.xml", "robots.txt")


def test_after_one_change_only_that_article_and_the_pages_listing_it_are_sent(
    demo_database, service, site, server, upload_settings
):
    service.upload(settings=upload_settings, password=PASSWORD)
    total = len(site_tree(site))
    slug = change_one_article()
    exported = export_site(demo_database, site, base_url=BASE)
    server.state.reset_counts()
    result = service.upload(settings=upload_settings, password=PASSWORD)
    assert sorted(result.sent) == sorted(exported.written)
    assert f"berita/{slug}.html" in result.sent
    assert "index.html" in result.sent  # the front page lists it
    assert result.unchanged == total - len(result.sent)
    # each file sent is the article's own, or a page, feed or index that names it
    for path in result.sent:
        text = (site / path).read_bytes().decode("utf-8", "replace")
        assert slug in path or "(diperbarui)" in text, path
    assert len(result.sent) == 7  # the article, its category, its tag, front page, 2 feeds, search
    assert result.deleted == []
    # on the wire: each changed file once, plus the manifest (before and after)
    files_written = [p for p in server.state.opened_for_writing if REMOTE_MANIFEST not in p]
    assert len(files_written) == len(exported.written)
    assert served_tree(_public(server)) == site_tree(site)


def test_nothing_changed_nothing_sent(service, site, server, upload_settings):
    service.upload(settings=upload_settings, password=PASSWORD)
    server.state.reset_counts()
    result = service.upload(settings=upload_settings, password=PASSWORD)
    assert result.sent == []
    assert result.deleted == []
    assert server.state.opened_for_writing == []


def test_a_connection_broken_halfway_leaves_no_half_written_file_and_the_next_upload_finishes(
    demo_database, service, site, server, upload_settings
):
    service.upload(settings=upload_settings, password=PASSWORD)
    before = served_tree(_public(server))
    change_one_article()
    exported = export_site(demo_database, site, base_url=BASE)
    to_send = service.upload(settings=upload_settings, password=PASSWORD, dry_run=True).bytes_sent
    manifest_size = (_public(server) / REMOTE_MANIFEST).stat().st_size  # (written first)
    server.state.reset_counts()
    server.state.break_after = manifest_size + to_send // 2  # halfway, in the middle of a file
    with pytest.raises(UploadError) as caught:
        service.upload(settings=upload_settings, password=PASSWORD)
    assert caught.value.code == "connection_lost", (caught.value.detail, repr(caught.value.__cause__))
    after_break = served_tree(_public(server))
    now = site_tree(site)
    # every file under its real name is the old one or the new one, whole
    for path, digest in after_break.items():
        if path.endswith(".redaksi-part"):
            continue
        assert digest in (before.get(path), now.get(path)), path
    arrived = [p for p in exported.written if after_break.get(p) == now[p] and before.get(p) != now[p]]
    assert 0 < len(arrived) < len(exported.written)
    server.state.reset_counts()
    result = service.upload(settings=upload_settings, password=PASSWORD)
    assert set(result.sent) <= set(exported.written)
    assert served_tree(_public(server)) == now
    assert part_files(_public(server)) == []  # the piece left by the break was removed


def test_removed_pages_are_deleted_last_and_foreign_files_stay(
    demo_database, service, site, server, upload_settings
):
    service.upload(settings=upload_settings, password=PASSWORD)
    (_public(server) / ".htaccess").write_text("Options -Indexes\n", encoding="utf-8")
    article = Article.get(Article.title == "Sertijab Sekretaris Dinas Kominfo Berlangsung Sederhana")
    Article.update(status="approved", published_revision=None).where(Article.id == article.id).execute()
    exported = export_site(demo_database, site, base_url=BASE)
    assert f"berita/{article.slug}.html" in exported.removed
    result = service.upload(settings=upload_settings, password=PASSWORD)
    assert f"berita/{article.slug}.html" in result.deleted
    assert not (_public(server) / f"berita/{article.slug}.html").exists()
    assert (_public(server) / ".htaccess").read_text(encoding="utf-8") == "Options -Indexes\n"
    assert served_tree(_public(server)) == {
        **site_tree(site),
        ".htaccess": served_tree(_public(server))[".htaccess"],
    }


def test_cancel_stops_between_files_and_records_what_arrived(service, site, server, upload_settings):
    seen: list[int] = []

    def progress(files_done, files_total, bytes_done, bytes_total, path):
        seen.append(files_done)

    with pytest.raises(UploadCancelled):
        service.upload(
            settings=upload_settings,
            password=PASSWORD,
            progress=progress,
            cancelled=lambda: len(seen) > 0 and seen[-1] >= 5,
        )
    manifest = json.loads((_public(server) / REMOTE_MANIFEST).read_text(encoding="utf-8"))
    listed = set(manifest["files"])
    assert 5 <= len(listed) < len(site_tree(site))
    served = served_tree(_public(server))
    assert listed <= set(served)
    assert part_files(_public(server)) == []
    result = service.upload(settings=upload_settings, password=PASSWORD)
    assert not set(result.sent) & listed  # what arrived is not sent again
    assert served_tree(_public(server)) == site_tree(site)


def test_a_dry_run_sends_nothing(service, site, server, upload_settings):
    result = service.upload(settings=upload_settings, password=PASSWORD, dry_run=True)
    assert result.dry_run
    assert sorted(result.sent) == sorted(site_tree(site))
    assert not _public(server).exists() or list(_public(server).iterdir()) == []


def test_a_key_file_signs_in(service, site, server, upload_settings):
    from dataclasses import replace

    settings = replace(upload_settings, auth="key", key_file=str(server.client_key_path))
    result = service.upload(settings=settings, password="")
    assert len(result.sent) == len(site_tree(site))


def test_a_folder_that_is_not_an_export_is_refused_before_connecting(service, tmp_path, upload_settings):
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "notes.txt").write_text("x", encoding="utf-8")
    with pytest.raises(UploadError) as caught:
        service.upload(tmp_path / "home", settings=upload_settings, password=PASSWORD)
    assert caught.value.code == "not_an_export"


def test_a_broken_first_upload_keeps_what_the_server_recorded(
    monkeypatch, service, site, server, upload_settings
):
    from desktop_app.core.upload import sync

    monkeypatch.setattr(sync, "CHECKPOINT_FILES", 3)  # the manifest written every 3 files
    size = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    server.state.break_after = size // 2
    with pytest.raises(UploadError) as caught:
        service.upload(settings=upload_settings, password=PASSWORD)
    assert caught.value.code == "connection_lost", (caught.value.detail, repr(caught.value.__cause__))
    manifest = json.loads((_public(server) / REMOTE_MANIFEST).read_text(encoding="utf-8"))
    recorded = set(manifest["files"])
    assert len(recorded) >= 3
    local, served = site_tree(site), served_tree(_public(server))
    assert all(served[path] == local[path] for path in recorded)
    assert 0 < len(manifest["partial"]) <= 3  # only the temporary names that can be left
    result = service.upload(settings=upload_settings, password=PASSWORD)
    assert not set(result.sent) & recorded  # what the server recorded is not sent again
    assert served_tree(_public(server)) == local
    assert part_files(_public(server)) == []
