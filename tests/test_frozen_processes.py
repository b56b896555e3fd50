"""Redaksi's child processes in a frozen bundle (PyInstaller) and from a checkout.

A bundle's ``sys.executable`` is the bundle itself, which runs ``main.py`` and accepts neither
``-c`` nor ``-m``. These tests stand a small script in for the bundle (it runs ``main.py`` with
the arguments it is given, as the bundle does) and check that the preview's render process and
the export's worker processes are started through it and work.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.child_entry import REMOVE_PREVIOUS_SITE_ARG, RENDER_WORKER_ARG, child_command
from desktop_app.core.incremental_render import answer_result, decode_message, request_frame
from desktop_app.core.rendering import render_body

ROOT = Path(__file__).resolve().parents[1]
MAIN = ROOT / "main.py"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="the stand-in bundle is a shell script")


def _script(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    path.chmod(0o755)
    return path


def _fake_bundle(tmp_path: Path) -> Path:
    """An executable that behaves like the one-folder bundle: it runs ``main.py``."""
    return _script(tmp_path / "Redaksi", f'#!/bin/sh\nexec "{sys.executable}" "{MAIN}" "$@"\n')


def _ask(command: list[str], text: str, **kwargs) -> dict:
    """One request to a render worker started with ``command``: its answer."""
    run = subprocess.run(
        command,
        input=request_frame(7, "whole", text),
        capture_output=True,
        timeout=120,
        **kwargs,
    )
    assert run.returncode == 0, run.stderr.decode(errors="replace")
    header, html = decode_message(run.stdout[4:])
    return {"id": header["id"], "result": answer_result(header, html)}


def test_the_command_from_a_checkout_is_the_module_not_code(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    program, arguments = child_command()
    assert program == sys.executable
    assert arguments == ["-m", "desktop_app.child_entry", RENDER_WORKER_ARG]


def test_the_command_of_a_bundle_is_the_bundle_itself(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "Redaksi.exe"))
    assert child_command() == (str(tmp_path / "Redaksi.exe"), [RENDER_WORKER_ARG])


def test_the_checkout_worker_renders_from_any_folder(tmp_path):
    """``python -m desktop_app.child_entry --render-worker`` with Redaksi found through
    PYTHONPATH only (joined with os.pathsep), started in an unrelated folder."""
    from PySide6.QtCore import QProcessEnvironment

    from desktop_app.ui.render_process import worker_environment

    environment = QProcessEnvironment()
    environment.insert("PYTHONPATH", str(tmp_path / "other"))
    python_path = worker_environment(environment).value("PYTHONPATH")
    assert python_path == os.pathsep.join([str(ROOT), str(tmp_path / "other")])
    program, arguments = child_command()
    answer = _ask(
        [program, *arguments],
        "# Judul\n\nIsi *berita*.",
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": python_path},
    )
    assert answer == {"id": 7, "result": render_body("# Judul\n\nIsi *berita*.")}


@pytest.mark.parametrize("entry", ["main.py", "redaksi"])
def test_the_entry_points_serve_renders_before_anything_else(entry, tmp_path):
    """``main.py --render-worker`` and ``redaksi --render-worker`` render (no window, no
    argparse error), with no Qt loaded."""
    if entry == "main.py":
        command = [sys.executable, str(MAIN), RENDER_WORKER_ARG]
    else:
        code = (
            "import sys\nfrom desktop_app.cli import main\ncode = main()\n"
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded'\n"
            "sys.exit(code)\n"
        )
        command = [sys.executable, "-c", code, RENDER_WORKER_ARG]
    answer = _ask(command, "Paragraf **tebal**.", cwd=ROOT)
    assert answer["result"] == render_body("Paragraf **tebal**.")


@pytest.mark.parametrize("entry", ["main.py", "redaksi"])
def test_the_entry_points_remove_a_previous_site_before_anything_else(entry, tmp_path):
    """``main.py --remove-previous-site F`` and ``redaksi --remove-previous-site F`` (how a
    bundle removes the site an export swapped out) remove it, no window, no Qt."""
    from desktop_app.core.export.writer import PREVIOUS_INFIX

    previous = tmp_path / f".site.{PREVIOUS_INFIX}x1"
    (previous / "berita").mkdir(parents=True)
    (previous / "berita" / "a.html").write_text("a", encoding="utf-8")
    if entry == "main.py":
        command = [sys.executable, str(MAIN)]
    else:
        code = (
            "import sys\nfrom desktop_app.cli import main\ncode = main()\n"
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded'\n"
            "sys.exit(code)\n"
        )
        command = [sys.executable, "-c", code]
    done = subprocess.run(
        [*command, REMOVE_PREVIOUS_SITE_ARG, str(previous)], cwd=ROOT, capture_output=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert not previous.exists()


@posix_only
def test_the_preview_render_process_answers_in_a_bundle(qtbot, monkeypatch, tmp_path):
    from desktop_app.ui.render_process import RenderProcess

    bundle = _fake_bundle(tmp_path)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(bundle))
    process = RenderProcess()
    try:
        text = "## Bagian 1\n\nParagraf nomor satu.\n\n## Bagian 2\n\nParagraf nomor dua."
        with qtbot.waitSignal(process.finished, timeout=60_000) as whole:
            process.submit("whole", "whole", text)
        assert whole.args == ["whole", render_body(text), None]
        blocks = ["## Bagian 3", "Paragraf *tiga*."]
        with qtbot.waitSignal(process.finished, timeout=60_000) as some:
            process.submit("blocks", "blocks", blocks)
        assert some.args == ["blocks", {b: render_body(b) for b in blocks}, None]
        assert process.command == [str(bundle), RENDER_WORKER_ARG]
        assert not {"-c", "-m"} & set(process.command)
    finally:
        process.shutdown()


def test_main_calls_freeze_support_before_anything_of_the_app():
    """In a bundle a spawned export worker is the bundle itself: ``freeze_support()`` must
    take it over before the application loads or parses arguments."""
    code = textwrap.dedent(f"""
        import multiprocessing, runpy, sys
        seen = []
        multiprocessing.freeze_support = lambda: seen.append(
            sorted(m for m in sys.modules if m.startswith(("desktop_app", "PySide6"))))
        sys.argv = [{str(MAIN)!r}, "--version"]
        try:
            runpy.run_path({str(MAIN)!r}, run_name="__main__")
        except SystemExit as exc:
            print("exit", exc.code)
        print("seen", seen)
    """)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[1:] == ["exit 0", "seen [[]]"]


def test_main_imported_by_a_spawned_worker_does_nothing():
    """ "spawn" imports the main script again in each worker, as ``__mp_main__``."""
    code = textwrap.dedent(f"""
        import runpy, sys
        sys.argv = [{str(MAIN)!r}, "--version"]
        runpy.run_path({str(MAIN)!r}, run_name="__mp_main__")
        print(sorted(m for m in sys.modules if m.startswith(("desktop_app", "PySide6"))))
    """)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"


# What PyInstaller's bootloader and its multiprocessing runtime hook do before ``main.py``:
# sys.frozen, sys.executable the bundle, and (on every platform) freeze_support() running the
# worker of ``--multiprocessing-fork`` and multiprocessing's resource tracker. For the test,
# the export is made to use its worker processes for a tiny site, and each worker notes that it
# was started as the bundle.
_BOOT = """
import os, runpy, sys
sys.frozen = True
sys.executable = os.environ["FAKE_BUNDLE"]
sys.argv[0] = sys.executable
import multiprocessing
import multiprocessing.spawn as spawn
from multiprocessing.util import _args_from_interpreter_flags

def freeze_support():
    if spawn.is_forking(sys.argv):
        with open(os.environ["FAKE_BUNDLE_LOG"], "a", encoding="utf-8") as log:
            log.write(sys.argv[1] + "\\n")
        spawn.freeze_support()  # runs the worker, then exits
    if len(sys.argv) >= 2 and sys.argv[-2] == "-c" and sys.argv[-1].startswith(
            "from multiprocessing.resource_tracker import main") \\
            and set(sys.argv[1:-2]) == set(_args_from_interpreter_flags()):
        exec(sys.argv[-1])
        sys.exit()

multiprocessing.freeze_support = freeze_support
if not spawn.is_forking(sys.argv) and "-c" not in sys.argv:
    from desktop_app.core.export import build, parallel
    build.PARALLEL_PAGES = 1
    build._worker_count = lambda workers: 2
    parallel.CHUNK = 2
    parallel.ArticlePagePool.steal = lambda self: None  # the workers write every page
runpy.run_path(os.environ["FAKE_BUNDLE_MAIN"], run_name="__main__")
"""


@posix_only
def test_the_export_workers_run_in_a_bundle(sqlite_database, tmp_path):
    from desktop_app.core.demo import fill_demo
    from desktop_app.core.export import export_site
    from tests.core.export_helpers import site_files

    fill_demo(sqlite_database)
    export_site(sqlite_database, tmp_path / "serial", base_url="https://x.go.id", workers=0)
    boot = tmp_path / "boot.py"
    boot.write_text(_BOOT, encoding="utf-8")
    bundle = _script(tmp_path / "Redaksi", f'#!/bin/sh\nexec "{sys.executable}" "{boot}" "$@"\n')
    log = tmp_path / "children.log"
    env = {
        **os.environ,
        "FAKE_BUNDLE": str(bundle),
        "FAKE_BUNDLE_LOG": str(log),
        "FAKE_BUNDLE_MAIN": str(MAIN),
        "PYTHONPATH": str(ROOT),
    }
    run = subprocess.run(
        [
            str(bundle),
            "--db",
            sqlite_database.database,
            "export",
            "--out",
            str(tmp_path / "bundled"),
            "--base-url",
            "https://x.go.id",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert log.read_text(encoding="utf-8").splitlines() == ["--multiprocessing-fork"] * 2
    assert site_files(tmp_path / "serial") == site_files(tmp_path / "bundled")
