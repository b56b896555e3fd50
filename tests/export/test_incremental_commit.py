"""A re-export writes only the changed files, and stays atomic doing so: swapped in whole
(unchanged files hard-linked) where folders can be exchanged atomically, else moved into the
folder one by one (Windows, FAT drives: see ``writer.exchange``)."""

from __future__ import annotations

import errno
import os

import pytest

from db.models import Article, Revision
from desktop_app.core.export import export_site
from desktop_app.core.export import writer as writer_module
from tests.core.export_helpers import publish_snapshot, site_files, spare_names

TITLE = "Sertijab Sekretaris Dinas Kominfo Berlangsung Sederhana"


def _change_one_article() -> str:
    article_id = Article.get(Article.title == TITLE).id
    publish_snapshot(
        article_id,
        title=f"{TITLE} (diperbarui)",
        created_at=Revision.select()
        .where(Revision.article == article_id)
        .order_by(Revision.number.desc())
        .get()
        .created_at,
    )
    return Article.get_by_id(article_id).slug


@pytest.fixture(params=["swap", "moved in"])
def commit_mode(request, monkeypatch) -> str:
    if request.param == "moved in":  # as where the system cannot exchange two folders
        monkeypatch.setattr(writer_module, "exchange", lambda first, second: False)
    return request.param


def _leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.parent.iterdir() if p.name != folder.name)


def test_a_reexport_replaces_only_changed_files_in_place(demo_database, tmp_path, commit_mode):
    out = tmp_path / "web" / "site"
    export_site(demo_database, out, base_url="https://x.go.id")
    inode = (out / "404.html").stat().st_ino
    slug = _change_one_article()
    result = export_site(demo_database, out, base_url="https://x.go.id")
    assert f"berita/{slug}.html" in result.written
    assert (out / "404.html").stat().st_ino == inode  # the same file (moved or linked, not copied)
    assert "(diperbarui)" in (out / f"berita/{slug}.html").read_text(encoding="utf-8")
    assert not (out / writer_module.COMMIT_MARKER).exists()
    # swapped: the previous site is kept beside it as the next export's spare
    assert _leftovers(out) == spare_names(out)
    assert bool(spare_names(out)) == (commit_mode == "swap")
    again = tmp_path / "fresh"
    export_site(demo_database, again, base_url="https://x.go.id", full=True)
    assert site_files(out) == site_files(again)


def test_a_failed_move_puts_every_file_back(demo_database, tmp_path, monkeypatch):
    out = tmp_path / "web" / "site"
    export_site(demo_database, out, base_url="https://x.go.id")
    before = site_files(out)
    _change_one_article()
    monkeypatch.setattr(writer_module, "exchange", lambda first, second: False)
    real_replace = os.replace
    calls = {"n": 0}

    def failing_replace(source, target):
        calls["n"] += 1
        if calls["n"] == 4:
            raise OSError(5, "Input/output error")
        return real_replace(source, target)

    monkeypatch.setattr(writer_module.os, "replace", failing_replace)
    with pytest.raises(OSError):
        export_site(demo_database, out, base_url="https://x.go.id")
    monkeypatch.setattr(writer_module.os, "replace", real_replace)
    assert calls["n"] > 4
    assert site_files(out) == before
    assert _leftovers(out) == []


def test_an_interrupted_commit_makes_the_next_export_rewrite_everything(demo_database, tmp_path, commit_mode):
    out = tmp_path / "site"
    export_site(demo_database, out, base_url="https://x.go.id")
    (out / "index.html").write_text("half-written by a crash", encoding="utf-8")
    (out / writer_module.COMMIT_MARKER).touch()  # as a crash while moving files in leaves it
    result = export_site(demo_database, out, base_url="https://x.go.id")
    assert "index.html" in result.written
    assert "half-written" not in (out / "index.html").read_text(encoding="utf-8")
    assert not (out / writer_module.COMMIT_MARKER).exists()
    again = tmp_path / "fresh"
    export_site(demo_database, again, base_url="https://x.go.id", full=True)
    assert site_files(out) == site_files(again)


def test_empty_page_folders_go_with_their_pages(demo_database, tmp_path, commit_mode):
    out = tmp_path / "site"
    export_site(demo_database, out)
    assert (out / "tag").is_dir()
    Article.update(status="approved", published_revision=None).execute()
    result = export_site(demo_database, out)
    assert result.articles == 0
    assert not (out / "tag").exists()
    assert not (out / "berita").exists()
    assert (out / "index.html").exists()


def test_a_previous_site_whose_removal_was_cut_short_is_removed(demo_database, tmp_path):
    out = tmp_path / "web" / "site"
    export_site(demo_database, out, base_url="https://x.go.id")
    # As a kill while removing the site an exchange swapped out leaves it beside the folder.
    cut_short = out.parent / f".site.{writer_module.PREVIOUS_INFIX}k1ll3d"
    (cut_short / "berita").mkdir(parents=True)
    (cut_short / "berita" / "lama.html").write_text("lama", encoding="utf-8")
    staging = out.parent / ".site.export-another"  # another export's staging folder: not ours
    staging.mkdir()
    export_site(demo_database, out, base_url="https://x.go.id")
    assert _leftovers(out) == sorted([staging.name, *spare_names(out)])


def test_a_staging_folder_a_killed_export_left_a_day_ago_is_removed(demo_database, tmp_path):
    out = tmp_path / "web" / "site"
    export_site(demo_database, out, base_url="https://x.go.id")
    stale = out.parent / ".site.export-k1ll3d"  # staged pages of an export killed yesterday
    (stale / "berita").mkdir(parents=True)
    (stale / "berita" / "baru.html").write_text("baru", encoding="utf-8")
    day_ago = os.stat(stale).st_mtime - writer_module.STALE_STAGING_SECONDS - 60
    os.utime(stale, (day_ago, day_ago))
    running = out.parent / ".site.export-running"  # fresh: another export may be using it
    running.mkdir()
    export_site(demo_database, out, base_url="https://x.go.id")
    assert _leftovers(out) == sorted([running.name, *spare_names(out)])


def test_a_folder_that_cannot_be_exchanged_gets_the_changed_files_moved_in(
    demo_database, tmp_path, monkeypatch
):
    out = tmp_path / "web" / "site"
    export_site(demo_database, out, base_url="https://x.go.id")
    slug = _change_one_article()

    def busy(first, second):  # as for a folder that is a mount point
        raise OSError(errno.EBUSY, "Device or resource busy")

    monkeypatch.setattr(writer_module, "exchange", busy)
    result = export_site(demo_database, out, base_url="https://x.go.id")
    assert f"berita/{slug}.html" in result.written
    assert _leftovers(out) == []
    again = tmp_path / "fresh"
    monkeypatch.undo()
    export_site(demo_database, again, base_url="https://x.go.id", full=True)
    assert site_files(out) == site_files(again)
