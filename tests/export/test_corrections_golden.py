"""Golden files of the public records on the website: the fixed site of
``tests/core/test_export_golden.py`` with one article corrected and one taken down must export
its corrected article page, its withdrawal page, feeds and sitemap exactly as in
``tests/_reference/records_site``; and those pages pass the W3C Nu HTML checker (vnu.jar) and
axe-core, as the rest of the site does.

After an intended change, regenerate with
``REDAKSI_UPDATE_GOLDEN=1 python -m pytest tests/export/test_corrections_golden.py`` and review
the diff.
"""

from __future__ import annotations

import datetime as _dt
import os
import shutil
from pathlib import Path

import pytest

from db.models import Article
from desktop_app.core.export import export_site
from desktop_app.core.models import ArticleChanges
from desktop_app.core.workflow import WorkflowService
from tests.core.export_helpers import site_admin
from tests.core.test_export_golden import _fixed_site
from tests.export.test_real_tools import _axe_violations, _vnu_errors
from tests.export.tools import AXE_JS, CHROMIUM, JAVA, VNU_JAR, need

REFERENCE = Path(__file__).resolve().parents[1] / "_reference" / "records_site"
CORRECTED = "berita/bupati-resmikan-layanan-internet-desa.html"
WITHDRAWN = "berita/pengumuman-seleksi-tenaga-ahli-tik.html"
GOLDEN = (CORRECTED, WITHDRAWN, "atom.xml", "rss.xml", "sitemap.xml", "index.html")
CORRECTED_AT = _dt.datetime(2026, 12, 5, 2, 15)  # 09.15 WIB
WITHDRAWN_AT = _dt.datetime(2026, 12, 5, 4, 40)


def _records_site(database, out: Path) -> None:
    _fixed_site(database)
    editor = site_admin()
    workflow = WorkflowService(database)
    first = Article.get(Article.title == "Bupati Resmikan Layanan Internet Desa")
    body = (
        "Bupati meresmikan layanan **internet desa** di 47 nagari.\n\n## Jadwal\n\n"
        "1. Pemasangan\n2. Pelatihan operator\n\n> Internet untuk semua.\n"
    )
    changes = ArticleChanges(
        title=first.title,
        body=body,
        summary="Sebanyak 47 nagari kini terhubung dengan internet.",
        dateline="AROSUKA",
        category="Berita",
        tags=["Internet Desa", "SPBE"],
    )
    from desktop_app.core.articles import ArticleService

    ArticleService(database).save(first.id, changes, first.version)
    note = 'Versi awal menyebut 74 nagari; jumlah yang benar 47 nagari. <Data> & "sumber": Bappeda.'
    workflow.perform(first.id, "correct", editor, note=note, now=CORRECTED_AT)
    workflow.perform(first.id, "approve_correction", editor, now=CORRECTED_AT)
    second = Article.get(Article.title == "Pengumuman Seleksi Tenaga Ahli TIK")
    workflow.perform(
        second.id, "takedown", editor, note="Seleksi dibatalkan; pengumuman baru menyusul.", now=WITHDRAWN_AT
    )
    export_site(database, out, now=_dt.datetime(2026, 12, 6))


@pytest.fixture
def records_site(database, tmp_path) -> Path:
    out = tmp_path / "site"
    _records_site(database, out)
    return out


def test_the_records_pages_match_the_reference(records_site):
    produced = {path: (records_site / path).read_bytes() for path in GOLDEN}
    if os.environ.get("REDAKSI_UPDATE_GOLDEN") == "1":
        shutil.rmtree(REFERENCE, ignore_errors=True)
        for path, data in produced.items():
            (REFERENCE / path).parent.mkdir(parents=True, exist_ok=True)
            (REFERENCE / path).write_bytes(data)
    for path, data in produced.items():
        assert data.decode("utf-8") == (REFERENCE / path).read_text(encoding="utf-8"), path


def test_the_records_pages_pass_the_nu_html_checker(records_site):
    need(vnu_jar=VNU_JAR, java=JAVA)
    pages = [records_site / CORRECTED, records_site / WITHDRAWN, records_site / "index.html"]
    assert 'class="correction"' in pages[0].read_text(encoding="utf-8")
    assert 'name="robots" content="noindex"' in pages[1].read_text(encoding="utf-8")
    assert _vnu_errors(pages) == []


@pytest.mark.parametrize("page", [CORRECTED, WITHDRAWN])
def test_no_serious_accessibility_violations(records_site, tmp_path, page):
    need(axe_core=AXE_JS, chromium=CHROMIUM)
    violations = _axe_violations(records_site, page, tmp_path / "chromium-profile")
    assert [v for v in violations if v["impact"] in ("serious", "critical")] == []
