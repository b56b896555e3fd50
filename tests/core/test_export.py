"""The website export: what is on the site, determinism, incremental and atomic writing."""

from __future__ import annotations

import datetime as _dt
import json
import os
import re

import pytest

from db.models import Article, Revision, utcnow
from desktop_app.core.export import ExportCancelled, ExportError, export_site
from desktop_app.core.export import writer as writer_module
from tests.core.export_helpers import all_text, publish_snapshot, site_files, spare_names

PUBLISHED_TITLES = [
    "E-Government : Konsep Dan Implementasi",
    "Sertijab Sekretaris Dinas Kominfo Berlangsung Sederhana",
]
UNPUBLISHED_TITLE = "Rapat Koordinasi Kepatuhan Terhadap Standar Pelayanan Publik"  # a draft


def _id(title: str) -> int:
    return Article.get(Article.title == title).id


def test_demo_site_has_every_part(demo_database, tmp_path):
    out = tmp_path / "site"
    result = export_site(demo_database, out, base_url="https://kominfo.example.go.id")
    files = site_files(out)
    assert result.articles == 5
    for path in (
        "index.html",
        "404.html",
        "atom.xml",
        "rss.xml",
        "sitemap.xml",
        "style.css",
        "robots.txt",
        "kategori/berita.html",
        "tag/spbe.html",
        "berita/e-government-konsep-dan-implementasi.html",
        ".redaksi-manifest.json",
    ):
        assert path in files, path
    assert len([p for p in files if p.startswith("berita/")]) == 5
    index = (out / "index.html").read_text(encoding="utf-8")
    positions = [index.index(title) for title in PUBLISHED_TITLES]
    assert positions == sorted(positions), "newest first"
    assert UNPUBLISHED_TITLE not in all_text(out)


def test_only_live_snapshots_reach_the_site(demo_database, tmp_path):
    embargoed, trashed, withdrawn = (
        _id("Sertijab Sekretaris Dinas Kominfo Berlangsung Sederhana"),
        _id("Teta Midra Emban Tugas Sebagai Plt. Kepala Dinas Kominfo"),
        _id("E-Government : Konsep Dan Implementasi"),
    )
    Article.update(publish_at=utcnow() + _dt.timedelta(days=1)).where(Article.id == embargoed).execute()
    Article.update(deleted_at=utcnow()).where(Article.id == trashed).execute()
    Article.update(published_revision=None).where(Article.id == withdrawn).execute()
    perdana = _id("Perdana Bertugas, Teta Midra Sambut Kunjungan Pengurus PWI Kabupaten Solok")
    Article.update(title="Judul kerja yang belum disetujui").where(Article.id == perdana).execute()
    out = tmp_path / "site"
    result = export_site(demo_database, out)
    text = all_text(out)
    assert result.articles == 2
    for title in ("Sertijab Sekretaris", "Teta Midra Emban Tugas", "E-Government"):
        assert title not in text
    assert "Judul kerja yang belum disetujui" not in text
    assert "Perdana Bertugas, Teta Midra Sambut" in text


def test_same_database_same_bytes(demo_database, tmp_path):
    export_site(demo_database, tmp_path / "a", base_url="https://x.go.id")
    export_site(demo_database, tmp_path / "b", base_url="https://x.go.id", full=True)
    assert site_files(tmp_path / "a") == site_files(tmp_path / "b")


def test_reexport_without_changes_rewrites_nothing(demo_database, tmp_path):
    out = tmp_path / "site"
    first = export_site(demo_database, out)
    past = 1_000_000_000
    for path in out.rglob("*"):
        if path.is_file():
            os.utime(path, (past, past))
    second = export_site(demo_database, out)
    assert first.written
    assert second.written == []
    assert second.removed == []
    assert all(
        p.stat().st_mtime == past
        for p in out.rglob("*")
        if p.is_file() and p.name != ".redaksi-manifest.json"
    )
    # beside it only the site swapped out, kept for the next export (see writer)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".site.")] == spare_names(out)


def test_one_change_rewrites_only_what_shows_it(demo_database, tmp_path):
    out = tmp_path / "site"
    export_site(demo_database, out, base_url="https://x.go.id")  # (feeds only with one)
    article_id = _id("Sertijab Sekretaris Dinas Kominfo Berlangsung Sederhana")
    slug = Article.get_by_id(article_id).slug
    publish_snapshot(
        article_id,
        title="Sertijab Sekretaris Dinas Kominfo (diperbarui)",
        created_at=Revision.select()
        .where(Revision.article == article_id)
        .order_by(Revision.number.desc())
        .get()
        .created_at,
    )
    result = export_site(demo_database, out, base_url="https://x.go.id")
    written = set(result.written)
    assert f"berita/{slug}.html" in written
    assert {"index.html", "atom.xml", "rss.xml", "kategori/berita.html"} <= written
    assert not any(p.startswith("berita/") and slug not in p for p in written)
    assert "style.css" not in written
    assert "(diperbarui)" in (out / f"berita/{slug}.html").read_text(encoding="utf-8")


def test_unpublished_article_pages_are_deleted(demo_database, tmp_path):
    out = tmp_path / "site"
    export_site(demo_database, out)
    article_id = _id("E-Government : Konsep Dan Implementasi")
    slug = Article.get_by_id(article_id).slug
    assert (out / f"berita/{slug}.html").exists()
    Article.update(status="approved", published_revision=None).where(Article.id == article_id).execute()
    result = export_site(demo_database, out)
    assert f"berita/{slug}.html" in result.removed
    assert not (out / f"berita/{slug}.html").exists()
    assert not (out / "kategori/opini.html").exists()
    manifest = json.loads((out / ".redaksi-manifest.json").read_text())
    assert f"berita/{slug}.html" not in manifest["files"]


def test_failure_mid_export_leaves_previous_site(demo_database, tmp_path, monkeypatch):
    out = tmp_path / "web" / "site"
    export_site(demo_database, out, base_url="https://a.go.id")
    before = site_files(out)
    calls = {"n": 0}
    original = writer_module.SiteWriter.write

    def failing_write(self, path, data, key=""):
        calls["n"] += 1
        if calls["n"] == 5:
            raise OSError(28, "No space left on device")
        return original(self, path, data, key)

    monkeypatch.setattr(writer_module.SiteWriter, "write", failing_write)
    with pytest.raises(OSError):
        export_site(demo_database, out, base_url="https://b.go.id", full=True)
    assert site_files(out) == before
    assert sorted(p.name for p in out.parent.iterdir()) == ["site"]


def test_cancel_leaves_previous_site(demo_database, tmp_path):
    out = tmp_path / "web" / "site"
    export_site(demo_database, out)
    before = site_files(out)
    seen = []
    with pytest.raises(ExportCancelled):
        export_site(
            demo_database,
            out,
            full=True,
            base_url="https://c.go.id",
            progress=lambda done, total, what: seen.append(done),
            cancelled=lambda: len(seen) > 3,
        )
    assert site_files(out) == before
    assert sorted(p.name for p in out.parent.iterdir()) == ["site"]


def test_progress_reaches_total(demo_database, tmp_path):
    steps = []
    export_site(demo_database, tmp_path / "site", progress=lambda d, t, w: steps.append((d, t)))
    assert steps[-1][0] == steps[-1][1] > 0
    assert all(d <= t for d, t in steps)


def test_refuses_a_folder_that_is_not_an_export(demo_database, tmp_path):
    out = tmp_path / "documents"
    out.mkdir()
    (out / "laporan.docx").write_bytes(b"precious")
    with pytest.raises(ExportError) as info:
        export_site(demo_database, out)
    assert info.value.code == "output_not_empty"
    assert (out / "laporan.docx").read_bytes() == b"precious"


def test_files_redaksi_did_not_write_are_kept(demo_database, tmp_path):
    out = tmp_path / "site"
    export_site(demo_database, out)
    (out / ".htaccess").write_text("ErrorDocument 404 /404.html\n")
    export_site(demo_database, out, full=True)
    assert (out / ".htaccess").exists()


def test_every_page_has_the_metadata(demo_database, tmp_path):
    out = tmp_path / "site"
    base = "https://kominfo.example.go.id/"
    export_site(demo_database, out, base_url=base)
    for page in out.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        rel = page.relative_to(out).as_posix()
        assert '<html lang="id">' in html, rel
        assert 'name="viewport"' in html, rel
        assert "<title>" in html, rel
        assert 'property="og:title"' in html, rel
        assert 'class="skip-link" href="#isi-utama"' in html, rel
        assert '<main id="isi-utama"' in html, rel
        if rel != "404.html":
            canonical = base + ("" if rel == "index.html" else rel)
            assert f'<link rel="canonical" href="{canonical}">' in html, rel
    article = next((out / "berita").glob("e-government*.html")).read_text(encoding="utf-8")
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', article, re.S).group(1)
    )
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "E-Government : Konsep Dan Implementasi"
    assert data["mainEntityOfPage"].startswith(base + "berita/")
    assert re.search(
        r"(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} "
        r"(Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|"
        r"November|Desember) \d{4}",
        article,
    )
    assert "WIB" in article


def test_pagination_newest_first(database, tmp_path):
    from desktop_app.core.articles import ArticleService
    from desktop_app.core.models import ArticleChanges

    service = ArticleService(database)
    start = _dt.datetime(2026, 1, 1)
    for n in range(23):
        article = service.create(
            ArticleChanges(title=f"Berita nomor {n}", body=f"Isi {n}.", category="Berita")
        )
        publish_snapshot(article.id)
        Article.update(published_at=start + _dt.timedelta(hours=n)).where(Article.id == article.id).execute()
    out = tmp_path / "site"
    export_site(database, out)
    assert (out / "halaman/2.html").exists()
    assert (out / "halaman/3.html").exists()
    assert not (out / "halaman/4.html").exists()
    assert (out / "kategori/berita/3.html").exists()
    first = (out / "index.html").read_text(encoding="utf-8")
    assert first.index("Berita nomor 22<") < first.index("Berita nomor 13<")
    assert "Berita nomor 12<" not in first
    assert 'rel="next" href="halaman/2.html"' in first
    last = (out / "halaman/3.html").read_text(encoding="utf-8")
    assert "Berita nomor 0<" in last
    assert 'rel="prev" href="../halaman/2.html"' in last


def test_rendered_html_is_cached(demo_database, tmp_path, monkeypatch):
    from desktop_app.core.export import rendered

    export_site(demo_database, tmp_path / "a")
    calls = []
    monkeypatch.setattr(rendered, "render_body", lambda text: calls.append(text) or "<p>x</p>")
    export_site(demo_database, tmp_path / "b", full=True)
    assert calls == []


def test_parallel_rendering_matches_serial():
    from desktop_app.core.export.rendered import PARALLEL_THRESHOLD, render_all
    from desktop_app.core.rendering import render_body

    bodies = {
        f"{n:064x}": f"## Bagian {n}\n\nParagraf *{n}* dengan [tautan](https://x.go.id/{n})."
        for n in range(PARALLEL_THRESHOLD + 5)
    }
    assert render_all(bodies, workers=2) == {k: render_body(v) for k, v in bodies.items()}


def test_incremental_export_reads_only_new_snapshots(demo_database, tmp_path, monkeypatch):
    from desktop_app.core.export import site

    out = tmp_path / "site"
    export_site(demo_database, out)
    article_id = _id("Sertijab Sekretaris Dinas Kominfo Berlangsung Sederhana")
    publish_snapshot(article_id, body="Isi **baru** dari naskah yang disetujui.")
    read = []
    original = site.load_bodies
    monkeypatch.setattr(site, "load_bodies", lambda ids: read.extend(ids) or original(ids))
    export_site(demo_database, out)
    new_revision = (
        Revision.select().where(Revision.article == article_id).order_by(Revision.number.desc()).get()
    )
    assert read == [new_revision.id]
    page = (out / f"berita/{Article.get_by_id(article_id).slug}.html").read_text(encoding="utf-8")
    assert "<strong>baru</strong>" in page


def test_article_pages_rendered_in_workers_are_the_same_bytes(demo_database, tmp_path, monkeypatch):
    from desktop_app.core.export import build, parallel

    export_site(demo_database, tmp_path / "serial", base_url="https://x.go.id")
    monkeypatch.setattr(build, "PARALLEL_PAGES", 1)
    monkeypatch.setattr(parallel, "CHUNK", 2)
    export_site(demo_database, tmp_path / "parallel", base_url="https://x.go.id", workers=2)
    assert site_files(tmp_path / "serial") == site_files(tmp_path / "parallel")


def test_a_full_export_reads_no_body_whose_facts_are_kept(demo_database, tmp_path, monkeypatch):
    """The first export keeps each snapshot's facts (body sha256, images) in the database; a
    later full export into an empty folder finds its cached HTML without reading the bodies."""
    from db import render_cache
    from desktop_app.core.export import site

    # (the demo's correction was put online through the workflow, which rendered it then)
    assert render_cache.RevisionFacts.select().count() == 1
    export_site(demo_database, tmp_path / "first", base_url="https://x.go.id")
    assert render_cache.RevisionFacts.select().count() == 5  # the demo's live articles
    read = []
    original = site.load_bodies
    monkeypatch.setattr(site, "load_bodies", lambda ids: read.extend(ids) or original(ids))
    export_site(demo_database, tmp_path / "second", base_url="https://x.go.id", full=True)
    assert read == []
    assert site_files(tmp_path / "first") == site_files(tmp_path / "second")


def test_the_command_spawns_its_workers_and_writes_the_same_bytes(sqlite_database, tmp_path):
    """``redaksi export`` renders article pages in "spawn" worker processes (the start method
    that works everywhere, frozen bundles included): the same site as a serial export."""
    import subprocess
    import sys

    from desktop_app.core.demo import fill_demo

    fill_demo(sqlite_database)
    export_site(sqlite_database, tmp_path / "serial", base_url="https://x.go.id", workers=0)
    script = (
        "import sys\n"
        "from desktop_app.core.export import build, parallel\n"
        "build.PARALLEL_PAGES = 1\n"
        "build._worker_count = lambda workers: 2  # whatever this machine's cores\n"
        "parallel.CHUNK = 2\n"
        "parallel.ArticlePagePool.steal = lambda self: None  # the workers write every page\n"
        "methods = []\n"
        "original = parallel.ArticlePagePool.__init__\n"
        "def spy(self, *args, **kwargs):\n"
        "    original(self, *args, **kwargs)\n"
        "    methods.append(self.pool._mp_context.get_start_method())\n"
        "parallel.ArticlePagePool.__init__ = spy\n"
        "from desktop_app.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "print('pools:', methods)\n"
        "sys.exit(code)\n"
    )
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            script,
            "--db",
            sqlite_database.database,
            "export",
            "--out",
            str(tmp_path / "spawned"),
            "--base-url",
            "https://x.go.id",
        ],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().endswith("pools: ['spawn']")
    assert site_files(tmp_path / "serial") == site_files(tmp_path / "spawned")


def test_export_command(sqlite_database, tmp_path, capsys):
    from desktop_app.cli import main
    from desktop_app.core.demo import fill_demo

    fill_demo(sqlite_database)
    target = sqlite_database.database
    out = tmp_path / "situs"
    assert main(["--db", target, "export", "--out", str(out), "--base-url", "https://x.go.id"]) == 0
    assert "5 artikel diekspor" in capsys.readouterr().out  # Indonesian unless asked otherwise
    assert (
        main(["--lang", "en", "export", "--db", target, "--out", str(out), "--base-url", "https://x.go.id/"])
        == 0
    )
    assert "0 files written" in capsys.readouterr().out
    assert main(["--db", target, "export", "--out", str(out), "--base-url", "ftp://x"]) == 2
    assert "http" in capsys.readouterr().err


def test_the_site_shows_the_library_alt_text_of_an_article_not_open_meanwhile(database, tmp_path):
    """Describing an image in the media library rewrites only the open article's Markdown; the
    pages of every article showing the image take the library's words all the same."""
    import io

    from PIL import Image

    from desktop_app.core.articles import ArticleService
    from desktop_app.core.media import AssetService
    from desktop_app.core.models import ArticleChanges

    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), (20, 90, 160)).save(buffer, "PNG")
    assets = AssetService(database)
    asset = assets.import_bytes(buffer.getvalue(), "rapat.png").asset
    article = ArticleService(database).create(
        ArticleChanges(title="Rapat staf", body=f"Pembukaan.\n\n![foto](asset:{asset.uuid})\n")
    )
    publish_snapshot(article.id)
    out = tmp_path / "site"
    export_site(database, out, workers=0)
    page = out / "berita" / "rapat-staf.html"
    assert 'alt="foto"' in page.read_text(encoding="utf-8")

    assets.update_metadata(asset.id, alt_text="Peserta rapat staf di aula", caption="", credit="")
    result = export_site(database, out, workers=0)
    assert "berita/rapat-staf.html" in result.written
    html = page.read_text(encoding="utf-8")
    assert 'alt="Peserta rapat staf di aula"' in html
    assert 'alt="foto"' not in html


def test_never_more_workers_than_windows_allows(monkeypatch):
    """ProcessPoolExecutor refuses more than 61 workers on Windows (a 64-core server)."""
    from desktop_app.core.export import build, rendered

    monkeypatch.setattr(rendered.os, "cpu_count", lambda: 128)
    assert rendered.cores() == 61
    assert build._worker_count(None) == 60
    assert build._worker_count(100) == 61
    assert build._worker_count(3) == 3
