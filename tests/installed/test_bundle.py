"""The PyInstaller one-folder bundle (``packaging/redaksi.spec``), run as an office installs it:
its own files only, in an empty folder, with a clean environment. It makes the demo database,
runs the commands, exports the site, and opens the window in Indonesian with spell checking and
the preview (rendered by the bundle itself, started again as a child: no Python beside it).

Building the bundle takes a minute, so the test uses one built beforehand: set
``REDAKSI_BUNDLE_DIR`` to its folder (``dist/redaksi``). ``.ci/run`` builds it and sets
``REDAKSI_REQUIRE_TOOLS=1``, so CI fails instead of skipping when it is missing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.installed.helpers import check_commands, check_window, clean_environment, probe_window

pytestmark = pytest.mark.slow

EXE = ".exe" if sys.platform == "win32" else ""


@pytest.fixture(scope="module")
def bundle() -> Path:
    folder = os.environ.get("REDAKSI_BUNDLE_DIR", "")
    if not folder or not (Path(folder) / f"redaksi{EXE}").is_file():
        message = (
            "no bundle: build it with `pyinstaller --noconfirm packaging/redaksi.spec` "
            "and set REDAKSI_BUNDLE_DIR=dist/redaksi"
        )
        if os.environ.get("REDAKSI_REQUIRE_TOOLS") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return Path(folder).resolve()


def test_bundle_holds_both_programs_and_its_data(bundle):
    assert (bundle / f"redaksi-app{EXE}").is_file()
    data = next(bundle.rglob("desktop_app/resources"))
    for part in (
        "translations/redaksi_id.qm",
        "translations/qtbase_id.qm",
        "dictionaries/id_ID.dic",
        "site/article.html",
        "demo/demo.json",
        "icons/redaksi.ico",
    ):
        assert (data / part).is_file(), part
    assert not list(bundle.rglob("*.py")), "the bundle runs from bytecode only"


def test_bundle_makes_the_demo_exports_and_opens_the_window(bundle, tmp_path):
    env = clean_environment(tmp_path)
    work = tmp_path / "work"
    work.mkdir()
    database = check_commands(bundle / f"redaksi{EXE}", work, env)
    shown = probe_window([bundle / f"redaksi{EXE}", "--lang", "id"], database, work, env)
    assert Path(shown["package"]).is_relative_to(bundle)
    check_window(shown)
    assert 256 in shown["icon_sizes"]


def test_bundle_imports_a_word_document(bundle, tmp_path):
    """mammoth, markdownify and BeautifulSoup are in the bundle: ``redaksi import-docx``."""
    import subprocess

    from desktop_app.core.demo import DEMO_PASSWORDS

    env = clean_environment(tmp_path) | {"REDAKSI_PASSWORD": DEMO_PASSWORDS["writer"]}
    program = str(bundle / f"redaksi{EXE}")
    database = str(tmp_path / "word.db")
    document = str(Path(__file__).parents[1] / "data" / "docx" / "tables.docx")
    subprocess.run([program, "--db", database, "demo"], env=env, check=True, capture_output=True)
    done = subprocess.run(
        [program, "--lang", "en", "--db", database, "import-docx", document, "--user", "Penulis Demo"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Imported “Above” as a new draft." in done.stdout
