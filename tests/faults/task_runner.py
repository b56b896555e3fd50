"""The test's side of :mod:`tests.faults.kill_tasks`: start a task in a child process (in a
session of its own, so a kill takes any helper processes with it), wait for its ``ready``, run it
to its end, or kill it."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def launch(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.faults.kill_tasks", *args],
        cwd=ROOT,
        env=dict(os.environ, **(env or {})),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def wait_ready(process: subprocess.Popen) -> None:
    line = process.stdout.readline().strip()
    assert line == "ready", process.stderr.read()[-3000:]


def kill(process: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError):  # it had ended (and poll() reaped it)
        os.killpg(process.pid, signal.SIGKILL)
    process.communicate()


def run_to_the_end(process: subprocess.Popen, timeout_s: float) -> float:
    """Wait for ``ready``, then for the task's successful end; its time from ``ready``."""
    wait_ready(process)
    started = time.monotonic()
    _, err = process.communicate(timeout=timeout_s)
    assert process.returncode == 0, err[-3000:]
    return time.monotonic() - started
