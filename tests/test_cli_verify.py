"""``redaksi verify``: the demo database's trail is valid; an approved text changed in sqlite3
names that record invalid, a deleted audit row names the break in the chain; exit 0/1."""

from __future__ import annotations

import json
import sqlite3

import pytest

from desktop_app.cli import main


@pytest.fixture
def demo(tmp_path, capsys):
    target = str(tmp_path / "redaksi.db")
    assert main(["--db", target, "demo"]) == 0
    capsys.readouterr()
    return target


def _sql(target: str, statement: str) -> None:
    with sqlite3.connect(target) as connection:
        connection.execute(statement)
    connection.close()


def _json(target: str, capsys) -> tuple[int, dict]:
    code = main(["--db", target, "verify", "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_every_demo_approval_is_valid(demo, capsys):
    assert main(["--db", demo, "verify"]) == 0
    out = capsys.readouterr().out.splitlines()
    records = [line for line in out if line.startswith("Perubahan status")]
    # 9 status records, the demo's correction (proposed, approved), a press release submitted
    assert len(records) == 12
    assert all(line.endswith(": sah") for line in records)
    assert any("Setujui" in line for line in records)
    assert out[-1] == "hasil: baik"
    code, report = _json(demo, capsys)
    assert code == 0
    assert report["ok"]
    approvals = [r for r in report["records"] if r["action"] in ("approve", "publish")]
    assert len(approvals) == 6
    assert {r["status"] for r in approvals} == {"valid"}
    assert report["counts"] == {"valid": 12, "invalid": 0, "unsigned": 0}
    assert report["chains"]["status_change"]["records"] == 12
    assert report["chains"]["status_change"]["breaks"] == []


def test_an_approved_text_changed_in_sqlite3_is_named_invalid(demo, capsys):
    _sql(
        demo,
        "UPDATE revision SET body = body || ' Tambahan gelap.' WHERE (article_id, number) IN"
        " (SELECT article_id, revision FROM status_change WHERE action = 'approve')",
    )
    assert main(["--db", demo, "verify"]) == 1
    out = capsys.readouterr().out.splitlines()
    [line] = [line for line in out if "TIDAK SAH" in line]
    assert "Setujui" in line
    assert "teks diubah setelah ditandatangani" in line
    assert out[-1] == "hasil: 1 masalah"
    code, report = _json(demo, capsys)
    assert code == 1
    assert not report["ok"]
    [bad] = [r for r in report["records"] if r["status"] == "invalid"]
    assert bad["action"] == "approve"
    assert bad["problems"] == ["text_changed"]


def test_a_deleted_audit_row_names_the_break(demo, capsys):
    _sql(demo, "DELETE FROM status_change WHERE id = 5")
    assert main(["--lang", "en", "--db", demo, "verify"]) == 1
    out = capsys.readouterr().out
    assert (
        "Chain of status changes broken at record 6 (position 5, after record 4): "
        "the record before it is missing (deleted?)" in out
    )
    code, report = _json(demo, capsys)
    assert code == 1
    assert report["chains"]["status_change"]["breaks"] == [
        {"position": 5, "record_id": 6, "previous_id": 4, "kind": "missing", "others": []}
    ]
    assert {r["status"] for r in report["records"]} == {"valid"}


def test_an_edited_audit_row_is_named_invalid(demo, capsys):
    _sql(demo, "UPDATE status_change SET to_status = 'published' WHERE id = 4")
    assert main(["--lang", "en", "--db", demo, "verify"]) == 1
    out = capsys.readouterr().out
    [line] = [line for line in out.splitlines() if line.startswith("Status change 4 ")]
    assert "INVALID" in line
    assert "no longer matches its hash" in line
    assert "signature does not match" in line
