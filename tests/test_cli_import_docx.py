"""``redaksi import-docx FILE.docx [--category NAME] --user NAME``."""

from __future__ import annotations

import json

import pytest

from desktop_app.cli import main
from desktop_app.core.demo import DEMO_PASSWORDS
from tests.docx_samples import TITLE, press_release


@pytest.fixture
def demo(tmp_path, monkeypatch) -> str:
    monkeypatch.delenv("REDAKSI_PASSWORD", raising=False)
    target = str(tmp_path / "demo.db")
    assert main(["--lang", "en", "--db", target, "demo"]) == 0
    monkeypatch.setenv("REDAKSI_PASSWORD", DEMO_PASSWORDS["writer"])
    return target


def _run(capsys, *argv, lang="en"):
    code = main(["--lang", lang, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _articles(capsys, demo) -> list[dict]:
    assert main(["--db", demo, "list", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_import_docx_makes_a_draft_by_the_signed_in_writer(demo, tmp_path, capsys):
    path = press_release(tmp_path / "rilis.docx")
    before = len(_articles(capsys, demo))
    code, out, err = _run(
        capsys, "--db", demo, "import-docx", str(path), "--category", "Berita", "--user", "Penulis Demo"
    )
    assert (code, err) == (0, "")
    assert f"Imported “{TITLE}” as a new draft." in out
    assert "Pictures: 2 added to the media library, 0 already there." in out
    assert "1 comment(s) in the document were left out." in out
    assert "2 tracked change(s): they were taken as accepted" in out
    rows = _articles(capsys, demo)
    assert len(rows) == before + 1
    new = next(row for row in rows if row["title"] == TITLE)
    assert new["status"] == "draft"
    assert new["category"] == "Berita"
    assert new["author"] == "Penulis Demo"
    code, shown, _err = _run(capsys, "--db", demo, "show", str(new["id"]))
    assert "- Beras 5 ton" in shown
    assert "![Foto 1: warga menerima bantuan](asset:" in shown


def test_import_docx_needs_a_user(demo, tmp_path, capsys):
    code, _out, err = _run(capsys, "--db", demo, "import-docx", str(press_release(tmp_path / "r.docx")))
    assert code == 1
    assert "--user NAME" in err


def test_unknown_category_is_refused_before_anything_is_stored(demo, tmp_path, capsys):
    before = len(_articles(capsys, demo))
    path = press_release(tmp_path / "rilis.docx")
    code, _out, err = _run(
        capsys, "--db", demo, "import-docx", str(path), "--category", "Beritaa", "--user", "Penulis Demo"
    )
    assert code == 1
    assert "Unknown category “Beritaa”. The categories are: Berita," in err
    assert len(_articles(capsys, demo)) == before


def test_bad_documents_get_one_plain_translated_line(demo, tmp_path, capsys):
    old = tmp_path / "laporan.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600) + "WordDocument".encode("utf-16-le"))
    code, _out, err = _run(capsys, "--db", demo, "import-docx", str(old), "--user", "Penulis Demo")
    assert code == 1
    assert err.startswith("redaksi: This is a document in the old Word 97–2003 format (.doc).")
    assert "save it as “Word Document (.docx)”" in err
    assert "--debug" not in err  # an expected error: the message says it all
    code, _out, err = _run(capsys, "--db", demo, "import-docx", str(old), "--user", "Penulis Demo", lang="id")
    assert code == 1
    assert "Word 97–2003" in err
    assert "This is a document" not in err  # in Indonesian
