"""The site an export swaps out is kept as the next export's staging folder (its spare): a
re-export after a few changes replaces only the paths that differ in it, links nothing else,
and never writes into a file the live site shares with it. Whatever happened in between, each
re-export makes the site a full export into an empty folder makes."""

from __future__ import annotations

import json
import os

import pytest

from db.models import Article
from desktop_app.core.export import export_site
from desktop_app.core.export import writer as writer_module
from desktop_app.core.export.build import ExportCancelled
from tests.core.export_helpers import publish_snapshot, site_files, spare_names

BASE = "https://x.go.id"


def _live_articles() -> list[Article]:
    return list(Article.select().where(Article.published_revision.is_null(False)).order_by(Article.id))


def _same_as_a_full_export(out, tmp_path, name: str) -> None:
    fresh = tmp_path / name
    export_site(Article._meta.database, fresh, base_url=BASE, full=True)
    mine = {p: sha for p, sha in site_files(out).items() if not p.startswith(".htaccess")}
    assert mine == site_files(fresh)


@pytest.fixture
def links(monkeypatch) -> list[str]:
    """The targets of every hard link the export makes from here on."""
    made: list[str] = []
    real = os.link

    def counting(source, target, *args, **kwargs):
        made.append(str(target))
        return real(source, target, *args, **kwargs)

    monkeypatch.setattr(os, "link", counting)
    return made


def test_reexports_use_the_spare_and_make_what_a_full_export_makes(demo_database, tmp_path, links):
    out = tmp_path / "web" / "site"
    export_site(demo_database, out, base_url=BASE)
    first, second, third = _live_articles()[:3]
    (out / ".htaccess").write_text("Options -Indexes\n", encoding="utf-8")  # the office's own

    publish_snapshot(first.id, title=first.title + " (ralat)")
    export_site(demo_database, out, base_url=BASE)  # a fresh staging folder: links every file
    assert len(spare_names(out)) == 1
    _same_as_a_full_export(out, tmp_path, "full-1")
    unchanged = out / "404.html"
    inode = unchanged.stat().st_ino

    links.clear()
    publish_snapshot(second.id, title=second.title + " (ralat)")
    result = export_site(demo_database, out, base_url=BASE)
    assert f"berita/{second.slug}.html" in result.written
    site_size = len(site_files(out))
    # only what differs between the spare and the site is linked: the pages the export before
    # wrote (the first article's and its lists), not the hundreds that did not change
    assert len(links) < len(result.written) + 30 < site_size
    assert unchanged.stat().st_ino == inode  # the same file all along (its time too)
    assert (out / ".htaccess").read_text(encoding="utf-8") == "Options -Indexes\n"
    assert len(spare_names(out)) == 1
    _same_as_a_full_export(out, tmp_path, "full-2")

    # the office replaces its own file (a new file, not written in place), then removes it
    replacement = out / ".htaccess.new"
    replacement.write_text("Options -Indexes +FollowSymLinks\n", encoding="utf-8")
    os.replace(replacement, out / ".htaccess")
    Article.update(status="approved", published_revision=None).where(Article.id == third.id).execute()
    result = export_site(demo_database, out, base_url=BASE)
    assert f"berita/{third.slug}.html" in result.removed
    assert not (out / f"berita/{third.slug}.html").exists()
    assert (out / ".htaccess").read_text(encoding="utf-8") == "Options -Indexes +FollowSymLinks\n"
    _same_as_a_full_export(out, tmp_path, "full-3")

    (out / ".htaccess").unlink()
    publish_snapshot(first.id, title=first.title + " (ralat kedua)")
    export_site(demo_database, out, base_url=BASE)
    assert not (out / ".htaccess").exists()
    _same_as_a_full_export(out, tmp_path, "full-4")
    # the spare is the site before the last export, whole: its note names the live manifest
    (spare,) = spare_names(out)
    note = json.loads((out.parent / spare / writer_module.SPARE_NOTE).read_text(encoding="utf-8"))
    assert f"berita/{first.slug}.html" in note["differs"]
    before = (out.parent / spare / f"berita/{first.slug}.html").read_text(encoding="utf-8")
    assert "(ralat)" in before
    assert "(ralat kedua)" not in before
    assert "(ralat kedua)" in (out / f"berita/{first.slug}.html").read_text(encoding="utf-8")
    assert not (out / writer_module.SPARE_NOTE).exists()


def test_a_cancelled_reexport_leaves_the_live_site_as_it_was_and_drops_the_spare(demo_database, tmp_path):
    """The spare shares its files with the live site: an export that writes into it and is
    stopped half-way has changed nothing of the live site, not a byte, not a file's time."""
    out = tmp_path / "web" / "site"
    export_site(demo_database, out, base_url=BASE)
    articles = _live_articles()
    publish_snapshot(articles[0].id, title=articles[0].title + " (ralat)")
    export_site(demo_database, out, base_url=BASE)
    assert spare_names(out)
    before = site_files(out)
    times = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    for article in articles[:4]:  # every page of these written into the spare
        publish_snapshot(article.id, title=article.title + " (ralat lagi)", body="Isi yang baru sekali.")
    changed = {f"berita/{a.slug}.html" for a in articles[:4]}
    seen: list[str] = []

    def progress(done: int, total: int, what: str) -> None:
        seen.append(what)

    def cancel_midway() -> bool:  # once two of the changed pages are written into the spare
        return len(changed & set(seen)) >= 2

    with pytest.raises(ExportCancelled):
        export_site(demo_database, out, base_url=BASE, progress=progress, cancelled=cancel_midway)
    assert "index.html" not in seen  # (stopped half-way)
    assert site_files(out) == before
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()} == times
    assert spare_names(out) == []  # (it was half made into the new site: not kept)
    export_site(demo_database, out, base_url=BASE)
    _same_as_a_full_export(out, tmp_path, "full")


def test_a_spare_that_is_not_the_live_sites_is_not_used(demo_database, tmp_path, links):
    """A site put back from a copy (its manifest not the one the spare's note names), or a
    spare whose note is unreadable: the spare is removed, the export links a fresh folder."""
    out = tmp_path / "site"
    export_site(demo_database, out, base_url=BASE)
    articles = _live_articles()
    publish_snapshot(articles[0].id, title=articles[0].title + " (ralat)")
    export_site(demo_database, out, base_url=BASE)
    (spare,) = spare_names(out)
    manifest = out / writer_module.MANIFEST_NAME
    manifest.write_bytes(manifest.read_bytes().replace(b'"format":1', b'"format": 1'))  # same data
    publish_snapshot(articles[1].id, title=articles[1].title + " (ralat)")
    links.clear()
    export_site(demo_database, out, base_url=BASE)
    assert not (out.parent / spare).exists()
    assert len(links) > len(site_files(out)) // 2  # a fresh staging folder: every file linked
    _same_as_a_full_export(out, tmp_path, "full-1")

    (spare,) = spare_names(out)
    (out.parent / spare / writer_module.SPARE_NOTE).write_text("{", encoding="utf-8")
    publish_snapshot(articles[2].id, title=articles[2].title + " (ralat)")
    export_site(demo_database, out, base_url=BASE)
    assert not (out.parent / spare).exists()
    _same_as_a_full_export(out, tmp_path, "full-2")


def test_a_full_export_removes_the_spare_and_keeps_none(demo_database, tmp_path):
    out = tmp_path / "web" / "site"
    export_site(demo_database, out, base_url=BASE)
    publish_snapshot(_live_articles()[0].id, title="Judul yang baru")
    export_site(demo_database, out, base_url=BASE)
    assert spare_names(out)
    export_site(demo_database, out, base_url=BASE, full=True)
    assert spare_names(out) == []  # (every file differs from the site before: nothing to spare)
    assert sorted(p.name for p in out.parent.iterdir()) == ["site"]


def test_a_site_swapped_in_by_another_export_meanwhile_is_not_kept_as_the_spare(demo_database, tmp_path):
    """Two exports into one folder at once: the site the second swaps out is the first one's,
    not the one it read and linked from, so what the two differ in is not known: not kept."""
    out = tmp_path / "web" / "site"
    export_site(demo_database, out, base_url=BASE)
    manifest = out / writer_module.MANIFEST_NAME
    calls = []

    def another_export_swaps_in(done: int, total: int, what: str) -> None:
        calls.append(what)
        if len(calls) == 1:  # (a new manifest file, as every export writes)
            copy = manifest.with_name("copy")
            copy.write_bytes(manifest.read_bytes())
            os.replace(copy, manifest)

    publish_snapshot(_live_articles()[0].id, title="Judul yang baru")
    export_site(demo_database, out, base_url=BASE, progress=another_export_swaps_in)
    assert spare_names(out) == []
    publish_snapshot(_live_articles()[1].id, title="Judul yang lain")
    export_site(demo_database, out, base_url=BASE)
    assert len(spare_names(out)) == 1
    _same_as_a_full_export(out, tmp_path, "full")
