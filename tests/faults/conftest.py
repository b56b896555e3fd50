"""The fault suite: kills, broken files, racing saves. Each test adds its figures to
:data:`FIGURES`; the terminal summary prints them (kills survived, files tried, saves landed /
kept as conflicts / lost)."""

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
)


def add_figure(name: str, value: int) -> None:
    FIGURES[name] += value


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    if not FIGURES:
        return
    terminalreporter.section("fault suite figures")
    names = [n for n in _ORDER if n in FIGURES] + sorted(set(FIGURES) - set(_ORDER))
    for name in names:
        terminalreporter.write_line(f"{name:<40} {FIGURES[name]:>8}")
