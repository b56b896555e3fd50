"""``redaksi register`` and the demo's press releases: the issue's "approving two press releases
numbers them 001 and 002 of this year in the register", in Indonesian and English, as a
table, CSV and an OpenDocument spreadsheet; a bad pattern refused with its translated message."""

from __future__ import annotations

import csv
import io

import pytest

from db.models import utcnow
from desktop_app.cli import main
from desktop_app.core.dates import to_local


@pytest.fixture
def demo(tmp_path, capsys):
    target = str(tmp_path / "redaksi.db")
    assert main(["--db", target, "demo"]) == 0
    capsys.readouterr()
    return target


def _approve_both(demo, capsys, monkeypatch):
    monkeypatch.setenv("REDAKSI_PASSWORD", "redaksi-redaktur")
    assert main(["--db", demo, "--lang", "en", "list", "--status", "in_review"]) == 0
    listed = capsys.readouterr().out
    ids = [
        line.split()[0]
        for line in listed.splitlines()
        if "Rapat Pembahasan Dan Penyiapan" in line or "Rapat Koordinasi Kepatuhan" in line
    ]
    assert len(ids) == 2
    for article_id in ids:
        assert (
            main(["--db", demo, "approve", article_id, "--user", "Redaktur Demo", "--accept-warnings"]) == 0
        )
    capsys.readouterr()


def test_the_demo_register_holds_last_years_numbers_and_approving_gives_001_and_002(
    demo, capsys, monkeypatch
):
    year = to_local(utcnow()).year
    assert main(["--db", demo, "register"]) == 0
    out = capsys.readouterr().out
    assert f"001/SP/Diskominfo/XII/{year - 1}" in out
    assert f"002/SP/Diskominfo/XII/{year - 1}" in out
    assert f"/{year}" not in out
    assert out.splitlines()[0].split() == ["Nomor", "Judul", "Diberi", "nomor", "Status", "Disetujui", "oleh"]
    _approve_both(demo, capsys, monkeypatch)
    assert main(["--db", demo, "--lang", "en", "register", "--year", str(year)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:2] == ["Number", "Title"]
    month = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")[
        to_local(utcnow()).month - 1
    ]
    assert [line.split()[0] for line in out[2:]] == [
        f"001/SP/Diskominfo/{month}/{year}",
        f"002/SP/Diskominfo/{month}/{year}",
    ]
    assert all("Approved" in line and "Redaktur Demo" in line for line in out[2:])


def test_csv_and_ods(demo, capsys, tmp_path):
    from desktop_app.core.spreadsheet import read_ods

    assert main(["--db", demo, "register", "--csv"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    assert rows[0] == ["Nomor", "Judul", "Diberi nomor", "Status", "Disetujui oleh"]
    assert [row[0][:3] for row in rows[1:]] == ["001", "002"]
    assert rows[1][3] == "Terbit"
    target = tmp_path / "register.ods"
    assert main(["--db", demo, "--lang", "en", "register", "--ods", str(target)]) == 0
    assert "2 number(s) written" in capsys.readouterr().out
    sheet = read_ods(target)
    assert sheet[0] == ["Number", "Title", "Numbered on", "Status", "Approved by"]
    assert [row[0] for row in sheet[1:]] == [row[0] for row in rows[1:]]


def test_an_empty_register_says_so(tmp_path, capsys):
    from db.database import open_database

    target = str(tmp_path / "kosong.db")
    open_database(target).close()
    assert main(["--db", target, "--lang", "en", "register"]) == 0
    assert capsys.readouterr().out == "No press release has a number yet.\n"
