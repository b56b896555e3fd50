"""Golden files: a small fixed site must export to exactly the files in tests/_reference/site.

After an intended change of the templates or the renderer, regenerate with
``REDAKSI_UPDATE_GOLDEN=1 python -m pytest tests/core/test_export_golden.py`` and review the diff.
``style.css`` is left out (it includes the preview's article.css, which has its own owner).
"""

from __future__ import annotations

import datetime as _dt
import os
import shutil
from pathlib import Path

from db.models import Article, Revision
from desktop_app.core.articles import ArticleService
from desktop_app.core.export import export_site
from desktop_app.core.models import ArticleChanges
from desktop_app.core.site_settings import SiteSettings, save_site_settings
from tests.core.export_helpers import publish_snapshot, site_admin

REFERENCE = Path(__file__).resolve().parents[1] / "_reference" / "site"
#: Not compared: the style sheet (it changes with every design tweak) and the icons Pillow draws
#: (their bytes follow the Pillow version; tests/export/test_branding.py checks them).
SKIPPED = {"style.css", "favicon.ico", "apple-touch-icon.png"}
ARTICLES = [
    (
        "Bupati Resmikan Layanan Internet Desa",
        "Berita",
        ["Internet Desa", "SPBE"],
        "AROSUKA",
        "Sebanyak 74 nagari kini terhubung dengan internet.",
        "Bupati meresmikan layanan **internet desa** di 74 nagari.\n\n## Jadwal\n\n"
        "1. Pemasangan\n2. Pelatihan operator\n\n> Internet untuk semua.\n",
    ),
    (
        "Pengumuman Seleksi Tenaga Ahli TIK",
        "Pengumuman",
        ["Seleksi"],
        "",
        "Dinas membuka seleksi tenaga ahli.",
        "Syarat lengkap dapat dilihat di "
        "[situs resmi](https://kominfo.solokkab.go.id/seleksi).\n\n| Posisi | Kuota |\n|---|--:|\n"
        "| Jaringan | 2 |\n",
    ),
    (
        'Catatan: <Keamanan> & "Privasi" Data',
        "Opini",
        ["SPBE", "Keamanan"],
        "",
        "Apa yang perlu dijaga?",
        "Teks dengan <b>HTML mentah</b> dan catatan kaki.[^1]\n\n[^1]: Sumber: BSSN.\n",
    ),
]


def _fixed_site(database) -> None:
    save_site_settings(
        database,
        SiteSettings(
            title="Diskominfo Kabupaten Contoh",
            description="Berita resmi Dinas Kominfo",
            base_url="https://kominfo.contoh.go.id/",
            language="id",
            office_name="Dinas Komunikasi dan Informatika",
            regency_name="Kabupaten Contoh",
            primary_colour="#0b5c3a",
            address="Jl. Contoh No. 1, Kota Contoh",
            telephone="(0755) 123-456",
            email="kominfo@contoh.go.id",
            ppid_url="https://ppid.contoh.go.id/",
            facebook_url="https://www.facebook.com/contoh",
        ),
        actor=site_admin(),
    )
    service = ArticleService(database)
    start = _dt.datetime(2026, 11, 20, 2, 30)
    for n, (title, category, tags, dateline, summary, body) in enumerate(ARTICLES):
        article = service.create(
            ArticleChanges(
                title=title, body=body, summary=summary, dateline=dateline, category=category, tags=tags
            )
        )
        when = start + _dt.timedelta(days=n, hours=n)
        Article.update(uuid=f"00000000-0000-4000-8000-00000000000{n}", published_at=when).where(
            Article.id == article.id
        ).execute()
        Revision.delete().where(Revision.article == article.id).execute()
        publish_snapshot(article.id, created_at=when, tags=",".join(tags), category_name=category)
        Article.update(published_at=when).where(Article.id == article.id).execute()


def test_fixed_site_matches_the_reference(database, tmp_path):
    _fixed_site(database)
    out = tmp_path / "site"
    export_site(database, out, now=_dt.datetime(2026, 11, 28))
    produced = {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in out.rglob("*")
        if p.is_file()
        and p.name not in SKIPPED
        and p.name != ".redaksi-manifest.json"
        and p.parent.name != "bagikan"  # (share images: tests/export/test_share_cards.py)
    }
    if os.environ.get("REDAKSI_UPDATE_GOLDEN") == "1":
        shutil.rmtree(REFERENCE, ignore_errors=True)
        for path, data in produced.items():
            (REFERENCE / path).parent.mkdir(parents=True, exist_ok=True)
            (REFERENCE / path).write_bytes(data)
    expected = {
        p.relative_to(REFERENCE).as_posix(): p.read_bytes() for p in REFERENCE.rglob("*") if p.is_file()
    }
    assert sorted(produced) == sorted(expected)
    for path, data in sorted(produced.items()):
        assert data.decode("utf-8") == expected[path].decode("utf-8"), path
