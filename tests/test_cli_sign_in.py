"""The commands that change the database sign in with --user and a password; reading ones
need none."""

from __future__ import annotations

import pytest

from desktop_app.cli import main
from desktop_app.core.demo import DEMO_PASSWORDS

NOT_SIGNED_IN = (
    "redaksi: This command changes the database: give your name with --user NAME (the password "
    "is asked, or read from REDAKSI_PASSWORD).\n"
)


@pytest.fixture
def demo(tmp_path, monkeypatch) -> str:
    monkeypatch.delenv("REDAKSI_PASSWORD", raising=False)
    target = str(tmp_path / "demo.db")
    assert main(["--lang", "en", "--db", target, "demo"]) == 0
    return target


def _run(capsys, *argv):
    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_reading_commands_need_no_sign_in(demo, capsys):
    for command in (["list"], ["show", "1"], ["check"], ["log", "1"], ["backup", "--list"]):
        code, _out, err = _run(capsys, "--db", demo, *command)
        assert (command, code, err) == (command, 0, "")


def test_backup_needs_user_and_password(demo, tmp_path, capsys, monkeypatch):
    out = tmp_path / "copy.db"
    code, _out, err = _run(capsys, "--db", demo, "backup", "--out", str(out))
    assert (code, err) == (1, NOT_SIGNED_IN)
    assert not out.exists()

    monkeypatch.setenv("REDAKSI_PASSWORD", "bukan-sandinya")
    code, _out, err = _run(capsys, "--db", demo, "backup", "--out", str(out), "--user", "Penulis Demo")
    assert (code, err) == (1, "redaksi: The name or the password is not right.\n")
    assert not out.exists()
    code, _out, err = _run(capsys, "--db", demo, "backup", "--out", str(out), "--user", "Nobody")
    assert (code, err) == (1, "redaksi: The name or the password is not right.\n")

    monkeypatch.setenv("REDAKSI_PASSWORD", DEMO_PASSWORDS["writer"])
    code, stdout, err = _run(capsys, "--db", demo, "backup", "--out", str(out), "--user", "Penulis Demo")
    assert (code, err) == (0, "")
    assert "Backup written to" in stdout
    assert out.exists()


def test_the_password_is_asked_on_the_terminal(demo, tmp_path, capsys, monkeypatch):
    import getpass

    asked = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt: asked.append(prompt) or DEMO_PASSWORDS["editor"])
    out = tmp_path / "copy.db"
    code, _out, err = _run(capsys, "--db", demo, "backup", "--out", str(out), "--user", "Redaktur Demo")
    assert (code, err) == (0, "")
    assert asked == ["Password of Redaktur Demo: "]


def test_the_wait_after_five_failures_is_one_line(demo, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("REDAKSI_PASSWORD", "bukan-sandinya")
    for _ in range(5):
        _run(capsys, "--db", demo, "backup", "--user", "Penulis Demo")
    monkeypatch.setenv("REDAKSI_PASSWORD", DEMO_PASSWORDS["writer"])
    code, _out, err = _run(capsys, "--db", demo, "backup", "--user", "Penulis Demo")
    assert code == 1
    assert err.startswith("redaksi: Too many failed attempts in a row. Try again in ")
    assert err.count("\n") == 1


def test_restore_is_for_an_admin_of_the_database_it_replaces(demo, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("REDAKSI_PASSWORD", DEMO_PASSWORDS["admin"])
    copy = tmp_path / "copy.db"
    assert _run(capsys, "--db", demo, "backup", "--out", str(copy), "--user", "Admin Redaksi")[0] == 0
    code, _out, err = _run(capsys, "--db", demo, "restore", str(copy))
    assert (code, err) == (1, NOT_SIGNED_IN)
    monkeypatch.setenv("REDAKSI_PASSWORD", DEMO_PASSWORDS["editor"])
    code, _out, err = _run(capsys, "--db", demo, "restore", str(copy), "--user", "Redaktur Demo")
    assert code == 1
    assert "admin" in err.lower()
    assert err.count("\n") == 1
    monkeypatch.setenv("REDAKSI_PASSWORD", DEMO_PASSWORDS["admin"])
    code, stdout, err = _run(capsys, "--db", demo, "restore", str(copy), "--user", "Admin Redaksi")
    assert (code, err) == (0, "")
    assert "Restored" in stdout


def test_a_database_nobody_can_sign_in_to_yet_needs_no_user(tmp_path, capsys, monkeypatch):
    """A new database (its first start sets up the administrator): nobody to sign in as."""
    from db.database import open_database

    monkeypatch.delenv("REDAKSI_PASSWORD", raising=False)
    target = tmp_path / "new.db"
    open_database(target).close()
    code, _out, err = _run(capsys, "--db", str(target), "backup", "--out", str(tmp_path / "b.db"))
    assert (code, err) == (0, "")
