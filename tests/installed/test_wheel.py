"""The wheel, as an IT officer installs it: built from this tree, installed into a fresh virtual
environment in a temporary folder, and run there with no checkout on ``sys.path``: the commands
(demo, list, export, --version) and an offscreen window in Indonesian with spell checking.

The fresh environment gets Redaksi from the wheel only; its dependencies (PySide6, peewee...)
come from this test run's environment through a ``.pth`` line, so the test needs no network.
A ``.pth`` line adds a folder to ``sys.path`` without reading the ``.pth`` files inside it, so
the editable install of this checkout (a ``.pth`` there) is not picked up.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

import desktop_app

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("window_probe.py")

pytestmark = pytest.mark.slow


def _run(args: list[str | Path], cwd: Path, env: dict[str, str], timeout: float = 180):
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout, check=False)
    assert done.returncode == 0, f"{args} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
          "-w", out, ROOT], cwd=out, env=dict(os.environ))
    (built,) = out.glob("redaksi-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> dict:
    """A fresh venv holding the wheel: its bin folder, an environment to run it, a work folder."""
    base = tmp_path_factory.mktemp("installed")
    venv = base / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=base, env=dict(os.environ))
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    _run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "-q", wheel],
         cwd=base, env=dict(os.environ))
    purelib = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                        cwd=base, env=dict(os.environ)).stdout.strip())
    (purelib / "_redaksi_test_dependencies.pth").write_text(
        sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(base / "home"),
               XDG_DATA_HOME=str(base / "data"), XDG_CONFIG_HOME=str(base / "config"),
               XDG_CACHE_HOME=str(base / "cache"))
    work = base / "work"
    work.mkdir()
    return {"bin": python.parent, "python": python, "purelib": purelib, "env": env, "work": work}


def test_wheel_carries_the_resources_and_the_migrations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in ("desktop_app/resources/translations/redaksi_id.qm",
                     "desktop_app/resources/translations/qtbase_id.qm",
                     "desktop_app/resources/dictionaries/id_ID.dic",
                     "desktop_app/resources/site/article.html",
                     "desktop_app/resources/demo/demo.json",
                     "db/migrations/__init__.py",
                     "db/migrations/0001_initial.py"):
        assert expected in names, f"{expected} is not in the wheel"
    assert not any(n.startswith("resources/") for n in names), "resources/ is inside the package"
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[console_scripts]\nredaksi = desktop_app.cli:main" in text
    assert "[gui_scripts]\nredaksi-app = desktop_app.cli:main_window" in text


def test_installed_package_is_the_wheels_not_the_checkout(installed):
    where = _run([installed["python"], "-c", "import desktop_app, db; "
                  "print(desktop_app.__file__); print(db.__file__)"],
                 cwd=installed["work"], env=installed["env"]).stdout.split()
    for path in where:
        assert Path(path).is_relative_to(installed["purelib"]), path
        assert not Path(path).is_relative_to(ROOT), path


def test_installed_commands_make_the_demo_list_and_export(installed):
    redaksi, work, env = installed["bin"] / "redaksi", installed["work"], installed["env"]
    version = _run([redaksi, "--version"], cwd=work, env=env).stdout.strip()
    assert version == f"redaksi {desktop_app.__version__}"
    # the default database (in the data folder, made on first use) and a named one
    assert "11" in _run([redaksi, "demo"], cwd=work, env=env).stdout
    assert (Path(env["XDG_DATA_HOME"]) / "Redaksi" / "redaksi.db").is_file()
    database = work / "kantor.db"
    _run([redaksi, "--db", database, "demo"], cwd=work, env=env)
    listed = json.loads(_run([redaksi, "--db", database, "list", "--json"], cwd=work,
                             env=env).stdout)
    assert len(listed) == 11
    assert any(a["title"].startswith("E-Government") for a in listed)
    # the commands speak Indonesian (the shipped translations were found)
    check = _run([redaksi, "--db", database, "check"], cwd=work, env=env).stdout
    assert "baik" in check.lower() or "tidak ada masalah" in check.lower(), check
    site = work / "situs"
    _run([redaksi, "--db", database, "export", "--out", site, "--base-url",
          "https://kominfo.example.go.id/"], cwd=work, env=env)
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "E-Government" in index
    assert 'lang="id"' in index
    assert (site / "sitemap.xml").is_file()
    assert (site / "berita" / "e-government-konsep-dan-implementasi.html").is_file()


def test_installed_window_is_indonesian_and_checks_spelling(installed, tmp_path):
    env, work = installed["env"], installed["work"]
    database = work / "jendela.db"
    _run([installed["bin"] / "redaksi", "--db", database, "demo"], cwd=work, env=env)
    shown = json.loads(_run([installed["python"], PROBE, database, work / "probe-config",
                             tmp_path / "window.png"], cwd=work, env=env).stdout)
    assert Path(shown["package"]).is_relative_to(installed["purelib"])
    assert shown["menus"] == ["&Berkas", "&Sunting", "&Tampilan", "&Artikel", "Ba&ntuan"]
    assert shown["qt_cancel"] == "Batal"  # Qt's own texts: Redaksi's qtbase_id translation
    # the seed article's real slips, found by the shipped Indonesian dictionary
    assert {"sekedar", "merubah", "Realitanya"} <= set(shown["underlined"])
    assert (tmp_path / "window.png").stat().st_size > 10_000
