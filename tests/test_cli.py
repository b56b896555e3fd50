"""The ``redaksi`` sub-commands: they speak the interface language (Indonesian first, English
too) and make the default database when asked for demo content."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.cli import _command_and_language, main, main_window


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (None, None)),
        (["--lang", "en"], (None, "en")),
        (["--db", "x.db", "list"], ("list", None)),
        (["--lang=en", "check", "--db", "x.db"], ("check", "en")),
        (["--db", "list", "show", "3"], ("show", None)),  # "list" is --db's value here
        (["--lang", "id", "-h"], ("-h", "id")),
        (["--version"], (None, None)),
    ],
)
def test_the_sub_command_and_language_are_read_as_argparse_reads_them(argv, expected):
    assert _command_and_language(argv) == expected


def test_indonesian_unless_asked_otherwise(tmp_path, capsys):
    target = str(tmp_path / "redaksi.db")
    assert main(["--db", target, "demo"]) == 0
    assert capsys.readouterr().out == "11 artikel contoh ditambahkan.\n"
    assert main(["--db", target, "search", "tidak-ada-sama-sekali"]) == 0
    assert capsys.readouterr().err == "Tidak ada artikel yang cocok.\n"
    assert main(["--lang", "en", "--db", target, "search", "tidak-ada-sama-sekali"]) == 0
    assert capsys.readouterr().err == "No articles match.\n"


def test_the_language_chosen_in_preferences_is_used(tmp_path, capsys):
    from desktop_app.settings import Settings, default_config_dir

    settings = Settings(default_config_dir())
    settings.set_preferences(replace(settings.preferences(), language="en"))
    settings.sync()
    target = str(tmp_path / "redaksi.db")
    assert main(["--db", target, "demo"]) == 0
    assert capsys.readouterr().out == "Added 11 demo articles.\n"
    assert main(["--lang", "id", "--db", target, "check"]) == 0
    assert "hasil: baik" in capsys.readouterr().out


def test_errors_and_help_are_translated_too(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "no-folder" / "x.db"), "list"]) == 1
    assert capsys.readouterr().err == (
        f"redaksi: Folder untuk “{tmp_path / 'no-folder' / 'x.db'}” tidak ada.\n"
    )
    with pytest.raises(SystemExit) as done:
        main(["-h"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "Redaksi, penyunting ruang redaksi." in out
    assert "ekspor artikel yang terbit sebagai situs web statis" in out


def test_nothing_of_the_language_stays_behind(tmp_path, capsys):
    """In-process callers (tests, scripts) get Qt back as it was."""
    from PySide6.QtCore import QCoreApplication

    assert main(["--db", str(tmp_path / "redaksi.db"), "demo"]) == 0
    assert QCoreApplication.translate("Cli", "list the articles") == "list the articles"
    assert QCoreApplication.translate("Messages", "A name is required.") == "A name is required."


def test_demo_makes_the_default_database_on_a_new_machine(capsys):
    """(The per-user folders are temporary in the tests: see conftest.)"""
    from db.database import default_database_path

    assert not default_database_path().parent.exists()
    assert main(["list"]) == 1  # reading creates nothing
    assert "tidak ada" in capsys.readouterr().err
    assert main(["demo"]) == 0
    assert default_database_path().is_file()
    assert main(["list"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 12  # the "added" line and 11 articles


def test_the_check_report_is_indonesian(tmp_path, capsys):
    import sqlite3

    target = tmp_path / "redaksi.db"
    assert main(["--db", str(target), "demo"]) == 0
    conn = sqlite3.connect(target)  # foreign keys off, as another tool might leave them
    conn.execute("INSERT INTO article_body (article_id, body) VALUES (998, 'hilang')")
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["--db", str(target), "check"]) == 1
    out = capsys.readouterr().out
    assert "baris tanpa induk: 1\n  isi artikel: 1\n" in out
    assert "hasil: " in out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (None, None)),
        (["/data/kantor.db"], ("/data/kantor.db", None)),  # as a file manager passes a file
        (
            ["--db", "postgresql://redaksi@server/redaksi", "--lang", "en"],
            ("postgresql://redaksi@server/redaksi", "en"),
        ),
        (["--lang", "fr", "--unknown", "x.db"], ("x.db", None)),  # nothing refused: no console
    ],
)
def test_gui_launcher_opens_the_window_with_its_database(monkeypatch, argv, expected):
    """``redaksi-app`` (no console) only opens the window; it never prints usage errors."""
    import desktop_app.app

    opened = []
    monkeypatch.setattr(
        desktop_app.app, "run_gui", lambda target, language=None: opened.append((target, language)) or 0
    )
    assert main_window(argv) == 0
    assert opened == [expected]


def test_gui_launcher_started_as_the_render_worker_serves_instead(monkeypatch):
    """A windowed bundle's preview worker is ``redaksi-app --render-worker``: no window."""
    import desktop_app.app
    import desktop_app.cli

    served, opened = [], []
    monkeypatch.setattr(
        desktop_app.cli,
        "run_child",
        lambda argv: served.append(argv) or 0 if argv[:1] == ["--render-worker"] else None,
    )
    monkeypatch.setattr(desktop_app.app, "run_gui", lambda *a, **k: opened.append(a) or 0)
    assert main_window(["--render-worker"]) == 0
    assert served == [["--render-worker"]]
    assert opened == []
