"""Redaksi's own helper processes: how they are started and how they are recognised.

The live preview renders in a child process (see :mod:`desktop_app.ui.render_process`). From
a checkout or an installed package that child is ``python -m desktop_app.child_entry
--render-worker``. In a frozen bundle (PyInstaller) there is no separate interpreter: the
bundle's executable *is* the interpreter plus Redaksi, and it does not accept ``-c`` or ``-m``;
so the child is the bundle itself started with the hidden argument ``--render-worker``, which
the bundle's entry script (``main.py``) and the ``redaksi`` command look for first, before they
parse arguments or load Qt (:func:`run_child`).

An export that replaced a website of thousands of files leaves the previous one's removal to
``--remove-previous-site FOLDER`` (:func:`remove_in_background`), so that the command and the
window are done when the new site is in place.

The website export's worker processes are ``multiprocessing``'s (always the "spawn" start
method); a bundle finds them through ``multiprocessing.freeze_support()``, called first thing in
``main.py``.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

#: The hidden first argument that makes Redaksi (or its bundle) serve preview renders on its
#: stdin/stdout instead of opening a window (never shown in ``--help``).
RENDER_WORKER_ARG = "--render-worker"

#: The hidden first argument, followed by a folder, that makes Redaksi remove a previous site
#: an export swapped out (only a folder named as such: see ``is_previous_site``).
REMOVE_PREVIOUS_SITE_ARG = "--remove-previous-site"

#: The folder that holds the ``desktop_app`` package (a checkout's root, or site-packages).
PACKAGE_ROOT = Path(__file__).resolve().parents[1]


def is_frozen() -> bool:
    """Whether this is a frozen bundle (PyInstaller sets ``sys.frozen``)."""
    return bool(getattr(sys, "frozen", False))


def child_command(argument: str = RENDER_WORKER_ARG) -> tuple[str, list[str]]:
    """``(program, arguments)`` that start a Redaksi child process running ``argument``."""
    if is_frozen():
        return sys.executable, [argument]
    return sys.executable, ["-m", __name__, argument]


def run_child(argv: Sequence[str]) -> int | None:
    """Run the child process that ``argv`` (without the program name) asks for and return
    its exit status; None when ``argv`` asks for no child process (the caller goes on)."""
    if list(argv[:1]) == [REMOVE_PREVIOUS_SITE_ARG] and len(argv) == 2:
        return _remove_previous_site(Path(argv[1]))
    if list(argv[:1]) != [RENDER_WORKER_ARG]:
        return None
    from desktop_app.core.incremental_render import serve

    serve()
    return 0


def _remove_previous_site(folder: Path) -> int:
    import shutil

    from desktop_app.core.export.writer import is_previous_site

    if not is_previous_site(folder):
        return 2
    shutil.rmtree(folder, ignore_errors=True)
    return 0


def remove_in_background(folder: Path) -> None:
    """Remove ``folder`` (a previous site, see ``is_previous_site``) in a process of its own
    that outlives this one; here and now when no process can be started. A removal cut short
    is finished by the next export."""
    program, arguments = child_command(REMOVE_PREVIOUS_SITE_ARG)
    flags = 0
    if sys.platform == "win32":  # no console window, not ended with this process
        flags = subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP
        flags |= subprocess.CREATE_NO_WINDOW
    try:
        subprocess.Popen(
            [program, *arguments, str(folder)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            close_fds=True,
            cwd=str(PACKAGE_ROOT) if not is_frozen() else None,
            start_new_session=sys.platform != "win32",  # not stopped with this process's group
            creationflags=flags,
        )
    except OSError:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    code = run_child(sys.argv[1:])
    sys.exit(2 if code is None else code)
