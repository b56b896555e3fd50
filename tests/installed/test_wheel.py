"""The wheel, as an IT officer installs it: built from this tree, installed into a fresh virtual
environment in a temporary folder, and run there with no checkout on ``sys.path``: the commands
(demo, list, check, export, --version) and its window offscreen, in Indonesian, with spell
checking and the preview.

The fresh environment gets Redaksi from the wheel only; its dependencies (PySide6, peewee...)
come from this test run's environment through a ``.pth`` line, so the test needs no network.
A ``.pth`` line adds a folder to ``sys.path`` without reading the ``.pth`` files inside it, so
the editable install of this checkout (a ``.pth`` there) is not picked up.
"""

from __future__ import annotations

import os
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

import desktop_app
from desktop_app import APP_ID
from tests.installed.helpers import (
    check_commands,
    check_window,
    clean_environment,
    probe_window,
    run,
)

ROOT = Path(__file__).resolve().parents[2]
EXE = ".exe" if sys.platform == "win32" else ""

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", out, ROOT],
        cwd=out,
        env=dict(os.environ),
    )
    (built,) = out.glob("redaksi-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> dict:
    """A fresh venv holding the wheel: its bin folder, an environment to run it, a work folder."""
    base = tmp_path_factory.mktemp("installed")
    venv = base / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=base, env=dict(os.environ))
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    run(
        [sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "-q", wheel],
        cwd=base,
        env=dict(os.environ),
    )
    purelib = Path(
        run(
            [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            cwd=base,
            env=dict(os.environ),
        ).stdout.strip()
    )
    (purelib / "_redaksi_test_dependencies.pth").write_text(
        sysconfig.get_path("purelib") + "\n", encoding="utf-8"
    )
    env = clean_environment(base)
    work = base / "work"
    work.mkdir()
    return {"bin": python.parent, "python": python, "purelib": purelib, "env": env, "work": work}


def test_wheel_carries_the_resources_and_the_migrations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "desktop_app/resources/translations/redaksi_id.qm",
        "desktop_app/resources/translations/qtbase_id.qm",
        "desktop_app/resources/dictionaries/id_ID.dic",
        "desktop_app/resources/site/article.html",
        "desktop_app/resources/demo/demo.json",
        "desktop_app/resources/icons/actions/save.svg",  # the toolbar's icons, with their licence
        "desktop_app/resources/icons/actions/LICENSE.txt",
        "db/migrations/__init__.py",
        "db/migrations/0001_initial.py",
    ):
        assert expected in names, f"{expected} is not in the wheel"
    assert not any(n.startswith("resources/") for n in names), "resources/ is inside the package"
    data = f"redaksi-{desktop_app.__version__}.data/data/share/"
    assert f"{data}applications/{APP_ID}.desktop" in names
    assert f"{data}metainfo/{APP_ID}.metainfo.xml" in names
    assert f"{data}icons/hicolor/256x256/apps/{APP_ID}.png" in names
    assert f"redaksi-{desktop_app.__version__}.dist-info/licenses/LICENSE" in names
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[console_scripts]\nredaksi = desktop_app.cli:main" in text
    assert "[gui_scripts]\nredaksi-app = desktop_app.cli:main_window" in text


def test_installed_package_is_the_wheels_not_the_checkout(installed):
    assert (installed["bin"].parent / "share" / "applications" / f"{APP_ID}.desktop").is_file()
    where = run(
        [
            installed["python"],
            "-c",
            "import desktop_app, db; print(desktop_app.__file__); print(db.__file__)",
        ],
        cwd=installed["work"],
        env=installed["env"],
    ).stdout.split()
    for path in where:
        assert Path(path).is_relative_to(installed["purelib"]), path
        assert not Path(path).is_relative_to(ROOT), path


def test_installed_commands_and_window(installed):
    """Every command, then the window in Indonesian with spelling and preview, as installed."""
    work, env = installed["work"], installed["env"]
    redaksi = installed["bin"] / f"redaksi{EXE}"
    database = check_commands(redaksi, work, env)
    shown = probe_window([redaksi, "--lang", "id"], database, work, env)
    assert Path(shown["package"]).is_relative_to(installed["purelib"])
    check_window(shown)
