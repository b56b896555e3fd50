"""Where the real web-checking tools are: vnu.jar (npm ``vnu-jar``), axe-core (npm), Java and
Chromium. ``.ci/run`` installs the npm packages into ``$REDAKSI_TOOLS_DIR`` and sets
``REDAKSI_REQUIRE_TOOLS=1`` so that CI fails instead of skipping when one is missing."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# Resolved at import, before the tests point HOME at a temporary folder.
_CANDIDATES = [
    os.environ.get("REDAKSI_TOOLS_DIR", ""),
    str(Path.home() / ".cache" / "redaksi-tools"),
    "/tmp/redaksi-tools",
]
REQUIRED = os.environ.get("REDAKSI_REQUIRE_TOOLS") == "1"


def _node_file(*parts: str) -> Path | None:
    for base in _CANDIDATES:
        if base and (path := Path(base, "node_modules", *parts)).is_file():
            return path
    return None


VNU_JAR = _node_file("vnu-jar", "build", "dist", "vnu.jar")
AXE_JS = _node_file("axe-core", "axe.min.js")
JAVA = shutil.which("java")
CHROMIUM = next(
    (
        p
        for p in (shutil.which("chromium"), shutil.which("chromium-browser"), "/usr/bin/chromium")
        if p and Path(p).exists()
    ),
    None,
)


def need(**tools: object) -> None:
    """Skip (or fail in CI) when a tool is missing, naming it and how to get it."""
    missing = [name for name, value in tools.items() if not value]
    if missing:
        message = (
            f"missing {', '.join(missing)}: run `npm install --prefix "
            f"~/.cache/redaksi-tools vnu-jar axe-core` and install java and chromium"
        )
        if REQUIRED:
            pytest.fail(message)
        pytest.skip(message)
