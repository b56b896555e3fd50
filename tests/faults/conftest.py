"""The fault suite: kills, broken files, racing saves. Each test adds its figures to
:data:`FIGURES`; the terminal summary prints them (:func:`write_figures`: kills survived, files
tried, saves landed / kept as conflicts / lost, kills during a restore or an export and what
they left)."""

from __future__ import annotations

from collections import defaultdict

FIGURES: dict[str, int] = defaultdict(int)

_ORDER = (
    "kills",
    "kills survived",
    "files tried",
    "files refused byte-identical",
    "saves attempted",
    "saves landed",
    "saves kept as conflicts",
    "saves lost",
    "restore kills",
    "restore kills: database intact, old or restored",
    "restore kills: old database afterwards",
    "restore kills: restored database afterwards",
    "restore step kills",
    "restore step kills: database intact, old or restored",
    "export kills",
    "export kills: site old or new, next export succeeded",
    "export kills: site old afterwards",
    "export kills: site new afterwards",
    "export step kills",
    "export step kills: site old or new",
)


def add_figure(name: str, value: int) -> None:
    FIGURES[name] += value


def write_figures(terminalreporter) -> None:
    """The figures' section of the terminal summary (tests/conftest.py calls it: with
    pytest-xdist, the figures come from the workers to the controlling process)."""
    if not FIGURES:
        return
    terminalreporter.section("fault suite figures")
    names = [n for n in _ORDER if n in FIGURES] + sorted(set(FIGURES) - set(_ORDER))
    for name in names:
        terminalreporter.write_line(f"{name:<56} {FIGURES[name]:>8}")
