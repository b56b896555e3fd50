"""Types, checked by mypy with the configuration in pyproject.toml (``[tool.mypy]``):

- ``db/`` and ``desktop_app/core/`` are checked with the flags of ``--strict`` and have no error;
- the rest (the UI, the command line, ...) is checked in mypy's default mode and has no error
  beyond those recorded in ``.mypy-baseline.txt`` (one line per error, without its line number,
  so that moving code does not change it). The baseline only shrinks: an error that is gone must
  leave the file too (``python tests/test_types.py --shrink`` removes those lines). A new error
  is fixed, not added.

Skipped when mypy is not installed; with ``REDAKSI_REQUIRE_TOOLS=1`` (CI) that fails instead.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / ".mypy-baseline.txt"
STRICT = ("db/", "desktop_app/core/")
_ERROR = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+)(?::\d+)?: error: (?P<message>.*)$")


def run_mypy(cache_dir: Path) -> list[str]:
    """Every error of ``mypy`` (its files and flags from pyproject.toml), as
    ``path: error: message  [code]``."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary", "--cache-dir", str(cache_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if result.returncode not in (0, 1):  # 2: mypy itself failed (configuration, crash)
        raise RuntimeError(f"mypy failed:\n{result.stdout}\n{result.stderr}")
    errors = []
    for line in result.stdout.splitlines():
        if ": error: " not in line:
            continue  # notes go with the error above them
        match = _ERROR.match(line)
        if match is None:
            raise RuntimeError(f"unexpected line from mypy: {line}")
        path = match["path"].replace("\\", "/")
        message = re.sub(r"\bline \d+\b", "line N", match["message"])  # "defined on line 12"
        errors.append(f"{path}: error: {message}")
    return errors


def read_baseline() -> list[str]:
    if not BASELINE.is_file():
        return []
    return [line for line in BASELINE.read_text(encoding="utf-8").splitlines() if line.strip()]


def _mypy_installed() -> bool:
    if importlib.util.find_spec("mypy") is not None:
        return True
    if os.environ.get("REDAKSI_REQUIRE_TOOLS") == "1":
        pytest.fail("mypy is not installed (pip install -e '.[dev]')")
    pytest.skip("mypy is not installed (pip install -e '.[dev]')")


@pytest.fixture(scope="module")
def errors(tmp_path_factory) -> list[str]:
    _mypy_installed()
    return run_mypy(tmp_path_factory.mktemp("mypy-cache"))


def test_db_and_core_are_strictly_typed(errors):
    strict = [e for e in errors if e.startswith(STRICT)]
    assert not strict, "mypy --strict errors in db/ or desktop_app/core/ (run `mypy`):\n" + "\n".join(strict)


def test_the_rest_has_no_new_error(errors):
    rest = Counter(e for e in errors if not e.startswith(STRICT))
    new = rest - Counter(read_baseline())
    assert not new, (
        "mypy errors that are not in .mypy-baseline.txt (fix them; run `mypy` for line numbers):\n"
        + "\n".join(sorted(new.elements()))
    )


def test_the_baseline_only_shrinks(errors):
    baseline = Counter(read_baseline())
    assert not [e for e in baseline if e.startswith(STRICT)], "db/ and core/ have no baseline"
    gone = baseline - Counter(errors)
    assert not gone, (
        "fixed, so delete these lines from .mypy-baseline.txt (python tests/test_types.py --shrink):\n"
        + "\n".join(sorted(gone.elements()))
    )


def shrink() -> int:
    """Rewrite the baseline without the errors that no longer occur; returns how many went."""
    with tempfile.TemporaryDirectory() as cache:
        current = Counter(run_mypy(Path(cache)))
    baseline = Counter(read_baseline())
    kept = baseline & current
    BASELINE.write_text("".join(f"{e}\n" for e in sorted(kept.elements())), encoding="utf-8")
    return sum((baseline - kept).values())


if __name__ == "__main__":
    if sys.argv[1:] != ["--shrink"]:
        sys.exit("usage: python tests/test_types.py --shrink")
    print(f"{shrink()} line(s) removed from {BASELINE.name}")
