"""``redaksi import-wxr``, ``redaksi import-folder`` and ``redaksi export-folder``."""

from __future__ import annotations

import pytest

from desktop_app.cli import main
from desktop_app.core.demo import DEMO_PASSWORDS
from tests.imports.helpers import KOMINFO_SAMPLE


@pytest.fixture
def demo(tmp_path, monkeypatch) -> str:
    monkeypatch.delenv("REDAKSI_PASSWORD", raising=False)
    target = str(tmp_path / "demo.db")
    assert main(["--lang", "en", "--db", target, "demo"]) == 0
    monkeypatch.setenv("REDAKSI_PASSWORD", DEMO_PASSWORDS["admin"])
    return target


def _run(capsys, *argv, lang="en"):
    code = main(["--lang", lang, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_import_wxr_prints_the_report_and_a_second_run_changes_nothing(demo, capsys):
    code, out, err = _run(
        capsys, "--db", demo, "import-wxr", str(KOMINFO_SAMPLE), "--no-images", "--user", "Admin Redaksi"
    )
    assert code == 0, err
    assert "The file holds: posts: 4, pages: 1, attachments: 3, menu items: 1, revisions: 1." in out
    assert "4 added, 0 updated, 0 unchanged, 3 skipped." in out
    assert "“Halaman Kontak” (https://diskominfo.contohkab.go.id/kontak/): not a post (pages)" in out
    assert "not fetched (pictures were not asked for)" in out
    code, out, _ = _run(
        capsys,
        "--db",
        demo,
        "import-wxr",
        str(KOMINFO_SAMPLE),
        "--no-images",
        "--pages",
        "--user",
        "Admin Redaksi",
    )
    assert code == 0
    assert "1 added, 0 updated, 4 unchanged, 2 skipped." in out  # the page, now asked for


def test_export_folder_then_import_it_into_another_database_in_indonesian(demo, tmp_path, capsys):
    code, out, err = _run(
        capsys, "--db", demo, "export-folder", str(tmp_path / "situs"), "--format", "jekyll"
    )
    assert code == 0, err
    assert "written to" in out
    assert list((tmp_path / "situs/_posts").glob("*.md"))
    other = str(tmp_path / "lain.db")
    assert main(["--lang", "en", "--db", other, "demo"]) == 0
    capsys.readouterr()
    code, out, err = _run(
        capsys, "--db", other, "import-folder", str(tmp_path / "situs"), "--user", "Admin Redaksi", lang="id"
    )
    assert code == 0, err
    assert "ditambahkan" in out
    assert "Gambar:" in out


def test_bad_input_says_why_and_a_writer_may_not_import(demo, tmp_path, capsys, monkeypatch):
    bad = tmp_path / "bukan.xml"
    bad.write_text("<html/>")
    code, _, err = _run(capsys, "--db", demo, "import-wxr", str(bad), "--user", "Admin Redaksi")
    assert code == 1
    assert "is not a WordPress export file" in err
    code, _, err = _run(
        capsys, "--db", demo, "import-folder", str(tmp_path / "tidak-ada"), "--user", "Admin Redaksi"
    )
    assert code == 1
    assert "does not exist" in err
    a_file = tmp_path / "berkas.txt"
    a_file.write_text("bukan folder")
    code, _, err = _run(capsys, "--db", demo, "export-folder", str(a_file))
    assert code == 1
    assert f"“{a_file}” is not a folder." in err
    monkeypatch.setenv("REDAKSI_PASSWORD", DEMO_PASSWORDS["writer"])
    code, _, err = _run(capsys, "--db", demo, "import-wxr", str(KOMINFO_SAMPLE), "--user", "Penulis Demo")
    assert code == 1
    assert "Only an editor or an admin may import articles" in err
