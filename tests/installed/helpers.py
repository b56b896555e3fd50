"""Running an installed Redaksi (a wheel in a fresh venv, the PyInstaller bundle) as a person
would: its commands, and its window offscreen driven by the test-only probe
(``tests/driver.py``), with a clean environment and no checkout on ``sys.path``."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import desktop_app
from tests.offscreen import OFFSCREEN_PLATFORM


def clean_environment(base: Path) -> dict[str, str]:
    """This process's environment without Python paths, with per-user folders under ``base``."""
    env = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "REDAKSI_TEST_DRIVER")
    }
    env.update(
        QT_QPA_PLATFORM=OFFSCREEN_PLATFORM,  # (a screen the window fits with its preview)
        HOME=str(base / "home"),
        XDG_DATA_HOME=str(base / "data"),
        XDG_CONFIG_HOME=str(base / "config"),
        XDG_CACHE_HOME=str(base / "cache"),
        APPDATA=str(base / "appdata"),
        LOCALAPPDATA=str(base / "localappdata"),
    )
    return env


def run(args: list, cwd: Path, env: dict[str, str], timeout: float = 180):
    """Run a command; its output when it succeeded, else fail with what it printed."""
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert done.returncode == 0, f"{args} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    return done


def check_commands(redaksi: Path, work: Path, env: dict[str, str]) -> Path:
    """``redaksi --version``, ``demo`` (default and named database), ``list``, ``check`` and
    ``export`` as an installed program; returns the named demo database."""
    version = run([redaksi, "--version"], cwd=work, env=env).stdout.strip()
    assert version == f"redaksi {desktop_app.__version__}"
    assert "11" in run([redaksi, "demo"], cwd=work, env=env).stdout
    assert (Path(env["XDG_DATA_HOME"]) / "Redaksi" / "redaksi.db").is_file()
    database = work / "kantor.db"
    run([redaksi, "--db", database, "demo"], cwd=work, env=env)
    listed = json.loads(run([redaksi, "--db", database, "list", "--json"], cwd=work, env=env).stdout)
    assert len(listed) == 11
    assert any(a["title"].startswith("E-Government") for a in listed)
    # in Indonesian: the shipped translations were found
    check = run([redaksi, "--db", database, "check"], cwd=work, env=env).stdout
    assert "baik" in check.lower(), check
    site = work / "situs"
    run(
        [redaksi, "--db", database, "export", "--out", site, "--base-url", "https://kominfo.example.go.id/"],
        cwd=work,
        env=env,
    )
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "E-Government" in index
    assert 'lang="id"' in index
    assert (site / "sitemap.xml").is_file()
    assert (site / "berita" / "e-government-konsep-dan-implementasi.html").is_file()
    return database


def probe_window(command: list, database: Path, work: Path, env: dict[str, str]) -> dict:
    """Start the window (``command --db database``) with the probe; what it reported."""
    report, screenshot = work / "window.json", work / "window.png"
    spec = work / "probe.json"
    spec.write_text(
        json.dumps(
            {
                "driver": str(Path(__file__).resolve().parents[1] / "driver.py"),
                "probe": {"report_file": str(report), "screenshot": str(screenshot)},
            }
        ),
        encoding="utf-8",
    )
    run([*command, "--db", database], cwd=work, env=dict(env, REDAKSI_TEST_DRIVER=str(spec)))
    shown = json.loads(report.read_text(encoding="utf-8"))
    shown["screenshot_bytes"] = screenshot.stat().st_size
    return shown


def check_window(shown: dict) -> None:
    """The window as a person sees it: Indonesian menus and Qt texts, spelling checked by the
    shipped dictionary, the preview rendered, Redaksi's icon."""
    assert shown["menus"] == ["&Berkas", "&Sunting", "&Tampilan", "&Artikel", "&Register", "Ba&ntuan"]
    assert shown["qt_cancel"] == "Batal"  # Qt's own texts: Redaksi's qtbase_id translation
    # the seed article's real slips, found by the shipped Indonesian dictionary
    assert {"sekedar", "merubah", "Realitanya"} <= set(shown["underlined"])
    assert shown["preview_has_body"]
    assert shown["render_process"], "the preview renders in its child process"
    assert shown["screenshot_bytes"] > 10_000
