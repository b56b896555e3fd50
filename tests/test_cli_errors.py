"""Every ``redaksi`` error is one translated line on stderr with a non-zero exit, never a
traceback: bad ids and numbers, unknown statuses, missing, damaged or unreachable databases,
folders that cannot be written, and whatever else goes wrong (``--debug`` shows its details)."""

from __future__ import annotations

import pytest

from desktop_app.cli import main

UNREACHABLE_PG = "postgresql://redaksi@127.0.0.1:1/redaksi"  # nothing listens on port 1
HUGE = "99999999999999999999999"


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    """``redaksi ARGV`` in this process: (exit code, stdout, stderr)."""
    capsys.readouterr()
    try:
        code = main(argv)
    except SystemExit as done:  # argparse's own exit (usage errors, --help)
        code = done.code
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code: int, err: str) -> None:
    assert code not in (0, None)
    assert "Traceback" not in err
    assert err.endswith("\n")
    assert err.count("\n") == 1, err
    assert err.startswith("redaksi")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> str:
    target = str(tmp_path_factory.mktemp("cli") / "redaksi.db")
    assert main(["--db", target, "demo"]) == 0
    return target


def damage(path, pages: list[int]) -> None:
    """Overwrite whole pages of an SQLite file with garbage (what a failing disk leaves)."""
    page_size = 4096
    with open(path, "r+b") as file:
        for page in pages:
            file.seek(page * page_size)
            file.write(bytes((n * 151 + 7) % 256 for n in range(page_size)))


@pytest.fixture
def damaged_db(tmp_path, demo_db) -> str:
    """The demo database with one page in the middle, the last page and the first page of the
    articles' table overwritten (every reading command reads that one, whatever lies in the
    middle and at the end of the file)."""
    import shutil
    import sqlite3
    from pathlib import Path

    with sqlite3.connect(demo_db) as connection:
        [(article_root,)] = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'article'")
    connection.close()
    target = tmp_path / "damaged.db"
    shutil.copy(demo_db, target)
    pages = Path(target).stat().st_size // 4096
    damage(target, [pages // 2, pages - 1, article_root - 1])  # (rootpage counts from 1)
    return str(target)


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["show", HUGE], f"The article {HUGE} was not found"),  # OverflowError before
        (["log", HUGE], f"The article {HUGE} was not found"),
        (["history", HUGE], f"The article {HUGE} was not found"),
        (["history", "1", "--diff", "1", HUGE], f"The revision 1#{HUGE} was not found"),
        (["show", "abc"], "argument id: “abc” is not a whole number"),
        (["log", "1.5"], "argument id: “1.5” is not a whole number"),
        (["history", "1", "--diff", "a", "2"], "argument --diff: “a” is not a whole number"),
        (["search", "rapat", "--limit", "0"], "“0” is not a number greater than zero"),
        (["search", "  "], "Give the words to search for."),
        (["show", "--format", "pdf", "1"], "argument --format: invalid choice: 'pdf'"),
        (["show"], "the following arguments are required: id"),
        (["terbitkan", "1"], "argument COMMAND: invalid choice: 'terbitkan'"),
        (["list", "--bogus"], "unrecognized arguments: --bogus"),
        (["history", "1", "--diff", "1"], "argument --diff: expected 2 arguments"),
        (["export", "--out", "x", "--base-url", "ftp://x"], "the base URL must be an http:// or https://"),
    ],
)
def test_bad_input_is_one_line(demo_db, capsys, argv, words):
    code, out, err = run(["--lang", "en", "--db", demo_db, *argv], capsys)
    assert_one_line_error(code, err)
    assert words in err
    assert out == ""


def test_an_unknown_status_is_refused_and_the_statuses_named(demo_db, capsys):
    """It printed nothing and exited 0."""
    code, out, err = run(["--lang", "en", "--db", demo_db, "list", "--status", "bogus"], capsys)
    assert_one_line_error(code, err)
    assert err == (
        "redaksi: Unknown status “bogus”. The statuses are: draft, in_review, "
        "changes_requested, approved, published, withdrawn, archived.\n"
    )
    code, out, err = run(["--db", demo_db, "list", "--status", "published"], capsys)
    assert code == 0
    assert len(out.splitlines()) == 5


def test_the_errors_and_argparse_words_are_indonesian(demo_db, capsys):
    code, _, err = run(["--db", demo_db, "list", "--status", "bogus"], capsys)
    assert err.startswith("redaksi: Status “bogus” tidak dikenal. Status yang ada: draft, in_review,")
    code, _, err = run(["--db", demo_db, "show", "abc"], capsys)
    assert_one_line_error(code, err)
    assert err == "redaksi show: argumen id: “abc” bukan bilangan bulat (lihat “redaksi show --help”)\n"
    code, _, err = run(["--db", demo_db, "terbitkan"], capsys)
    assert err.startswith("redaksi: argumen COMMAND: pilihan tidak sah: 'terbitkan' (pilih dari 'list', ")
    code, out, _ = run(["--db", demo_db, "show", "-h"], capsys)
    assert code == 0
    assert out.startswith("penggunaan: redaksi show")
    assert "tampilkan pesan bantuan ini lalu keluar" in out


def test_a_missing_database_file_is_an_error_and_nothing_is_created(tmp_path, capsys):
    missing = tmp_path / "tidak-ada.db"
    for command in (["list"], ["show", "1"], ["search", "rapat"], ["export", "--out", str(tmp_path / "s")]):
        code, _, err = run(["--lang", "en", "--db", str(missing), *command], capsys)
        assert_one_line_error(code, err)
        assert f"The database “{missing}” does not exist; nothing was created." in err
    code, _, err = run(["--lang", "en", "--db", str(missing), "check"], capsys)
    assert code == 2
    assert_one_line_error(code, err)
    assert not missing.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "content", [b"", b"not a database at all\n" * 100, b"SQLite format 3\x00" + bytes(80)]
)
def test_a_file_that_is_no_database_is_one_line(tmp_path, capsys, content):
    target = tmp_path / "rusak.db"
    target.write_bytes(content)
    for command in (["list"], ["show", "1"], ["backup"], ["check"]):
        code, _, err = run(["--lang", "en", "--db", str(target), *command], capsys)
        assert_one_line_error(code, err)
    assert target.read_bytes() == content


def test_an_unreachable_postgresql_server_is_one_line(capsys):
    for command in (["list"], ["show", "1"], ["check"], ["export", "--out", "x"]):
        code, _, err = run(["--lang", "en", "--db", UNREACHABLE_PG, *command], capsys)
        assert_one_line_error(code, err)
        assert "Cannot reach the database server" in err


def test_an_export_into_a_folder_that_cannot_be_made_is_one_line(demo_db, tmp_path, capsys):
    blocker = tmp_path / "berkas.txt"
    blocker.write_text("a file where the folder would be")
    code, _, err = run(["--lang", "en", "--db", demo_db, "export", "--out", str(blocker / "situs")], capsys)
    assert_one_line_error(code, err)
    code, _, err = run(["--lang", "en", "--db", demo_db, "export", "--out", str(blocker)], capsys)
    assert_one_line_error(code, err)
    assert "is a file, not a folder" in err
    code, _, err = run(["--lang", "en", "--db", demo_db, "backup", "--out", str(blocker / "b.db")], capsys)
    assert_one_line_error(code, err)


def test_check_reports_damaged_pages_instead_of_a_traceback(damaged_db, capsys):
    """``check`` printed a DatabaseError traceback from integrity_problems."""
    code, out, err = run(["--lang", "en", "--db", damaged_db, "check"], capsys)
    assert code == 1
    assert "Traceback" not in out + err
    lines = out.splitlines()
    assert "integrity: FAILED" in lines
    problems = lines[lines.index("integrity: FAILED") + 1 :]
    assert problems
    assert problems[0].startswith("  ")
    assert any("malformed" in line or "corrupt" in line or "Page" in line for line in problems)
    assert lines[-1].startswith("result: ")
    assert "ok" not in lines[-1]
    code, out, _ = run(["--db", damaged_db, "check"], capsys)
    assert code == 1
    assert "keutuhan: GAGAL" in out.splitlines()


def test_reading_a_damaged_database_is_one_line(damaged_db, tmp_path, capsys):
    for command in (["search", "rapat"], ["export", "--out", str(tmp_path / "situs")]):
        code, _, err = run(["--lang", "en", "--db", damaged_db, *command], capsys)
        assert_one_line_error(code, err)
        assert "damaged" in err


def test_an_unexpected_error_is_one_line_and_debug_shows_the_details(demo_db, capsys, monkeypatch):
    import desktop_app.cli

    def broken(_args):
        raise RuntimeError("something nobody\nthought of")

    monkeypatch.setattr(desktop_app.cli, "cmd_list", broken)
    code, _, err = run(["--lang", "en", "--db", demo_db, "list"], capsys)
    assert_one_line_error(code, err)
    assert err == (
        "redaksi: Unexpected error: something nobody thought of (run it again with --debug for the details)\n"
    )
    code, _, err = run(["--lang", "en", "--db", demo_db, "list", "--debug"], capsys)
    assert code == 1
    assert "Traceback (most recent call last)" in err
    assert err.endswith("redaksi: Unexpected error: something nobody thought of\n")


def test_backup_of_a_damaged_database_says_the_database_is_damaged(damaged_db, tmp_path, capsys, monkeypatch):
    """Not "could not write (disk full, no permission?)" nor "choose another backup": the
    database itself is damaged, and no damaged copy was kept."""
    from desktop_app.core.demo import DEMO_PASSWORDS

    monkeypatch.setenv("REDAKSI_PASSWORD", DEMO_PASSWORDS["writer"])
    out = tmp_path / "copy.db"
    code = main(["--lang", "en", "--db", damaged_db, "backup", "--out", str(out), "--user", "Penulis Demo"])
    err = capsys.readouterr().err
    assert_one_line_error(code, err)
    assert "The database is damaged, so no backup" in err
    assert "disk full" not in err
    assert not out.exists()


def test_restore_of_a_folder_says_it_is_not_a_backup(demo_db, tmp_path, capsys):
    folder = tmp_path / "a-folder"
    folder.mkdir()
    code = main(["--lang", "en", "--db", str(tmp_path / "other.db"), "restore", str(folder)])
    err = capsys.readouterr().err
    assert_one_line_error(code, err)
    assert "is not a Redaksi backup" in err
    assert "does not exist" not in err
