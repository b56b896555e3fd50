""" "Keep publishing in the background": ``redaksi publish --watch --once`` registered with the
system's scheduler, every few minutes, whether or not Redaksi is open.

- Linux: a systemd *user* timer, ``~/.config/systemd/user/redaksi-publish.{service,timer}``,
  enabled with ``systemctl --user enable --now redaksi-publish.timer`` (without systemd the
  files are written and :attr:`Registration.manual` says what to run). A user timer runs while
  the user is signed in; ``loginctl enable-linger USER`` makes it run always.
- Windows: a Task Scheduler task, ``schtasks /Create /SC MINUTE /MO N /TN Redaksi\\Publish
  /TR "…"``.
- Elsewhere (macOS): nothing is registered; :attr:`Registration.manual` gives the command.

Every function takes the platform, the folder and the ``run`` function, so that tests check
the files and the commands without touching the system.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

UNIT = "redaksi-publish"
TASK = "Redaksi\\Publish"
DEFAULT_EVERY_MINUTES = 5

Runner = Callable[[Sequence[str]], int]


def _run(command: Sequence[str]) -> int:
    try:
        return subprocess.run(list(command), check=False, capture_output=True, timeout=60).returncode
    except (OSError, subprocess.SubprocessError):
        return 127


def redaksi_command() -> list[str]:
    """How to start this Redaksi from a scheduler: the bundle's program, the installed
    ``redaksi`` script, or this Python running the module."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    here = Path(sys.executable).parent
    for beside in (here / "redaksi", here / "redaksi.exe", here / "Scripts" / "redaksi.exe"):
        if beside.is_file():
            return [str(beside)]
    script = shutil.which("redaksi")
    if script:
        return [script]
    return [sys.executable, "-m", "desktop_app.cli"]


def _working_directory(command: list[str]) -> str:
    """Home, or the source tree when Redaksi runs from one (``python -m desktop_app.cli``)."""
    if command[1:3] == ["-m", "desktop_app.cli"]:
        return str(Path(__file__).resolve().parents[3])
    return str(Path.home())


def pass_command(database: str, base: list[str] | None = None) -> list[str]:
    return [*(base or redaksi_command()), "--db", database, "publish", "--watch", "--once"]


def systemd_folder() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "systemd" / "user"


def _systemd_quote(word: str) -> str:
    """A word of ``ExecStart=`` (systemd splits like a shell; ``%`` is its specifier sign)."""
    return shlex.quote(word).replace("%", "%%")


def systemd_units(command: list[str], every_minutes: int, working_directory: str) -> dict[str, str]:
    exec_start = " ".join(_systemd_quote(word) for word in command)
    service = (
        "[Unit]\n"
        "Description=Redaksi: publish scheduled articles (export and upload the website)\n"
        "After=network-online.target\n\n"
        "[Service]\n"
        "Type=oneshot\n"
        f"WorkingDirectory={working_directory.replace('%', '%%')}\n"
        f"ExecStart={exec_start}\n"
    )
    timer = (
        "[Unit]\n"
        f"Description=Redaksi: publish scheduled articles every {every_minutes} minutes\n\n"
        "[Timer]\n"
        "OnBootSec=1min\n"
        f"OnUnitActiveSec={every_minutes}min\n"
        "AccuracySec=10s\n\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )
    return {f"{UNIT}.service": service, f"{UNIT}.timer": timer}


def schtasks_create(command: list[str], every_minutes: int) -> list[str]:
    return [
        "schtasks",
        "/Create",
        "/F",
        "/SC",
        "MINUTE",
        "/MO",
        str(every_minutes),
        "/TN",
        TASK,
        "/TR",
        subprocess.list2cmdline(command),
    ]


@dataclass
class Registration:
    """What was (or would be) done: ``system`` is ``systemd``, ``schtasks`` or ``none``."""

    system: str
    files: list[Path] = field(default_factory=list)
    commands: list[list[str]] = field(default_factory=list)
    #: The commands ran and succeeded (else the user runs ``manual`` themselves).
    done: bool = False
    manual: list[str] = field(default_factory=list)


def _platform_system(platform: str) -> str:
    if platform.startswith("win"):
        return "schtasks"
    if platform.startswith("linux"):
        return "systemd"
    return "none"


def enable(
    database: str,
    every_minutes: int = DEFAULT_EVERY_MINUTES,
    *,
    platform: str = sys.platform,
    run: Runner = _run,
    command: list[str] | None = None,
    have_systemctl: bool | None = None,
) -> Registration:
    """Register the pass with the system's scheduler (replacing an earlier registration)."""
    every_minutes = max(1, min(int(every_minutes), 24 * 60))
    line = pass_command(database, command)
    system = _platform_system(platform)
    if system == "schtasks":
        create = schtasks_create(line, every_minutes)
        registration = Registration(system, commands=[create])
        registration.done = run(create) == 0
        if not registration.done:
            registration.manual = [subprocess.list2cmdline(create)]
        return registration
    if system == "none":
        return Registration(system, manual=[shlex.join(line)])
    folder = systemd_folder()
    folder.mkdir(parents=True, exist_ok=True)
    registration = Registration(system)
    for name, text in systemd_units(line, every_minutes, _working_directory(line)).items():
        (folder / name).write_text(text, encoding="utf-8")
        registration.files.append(folder / name)
    commands = [
        ["systemctl", "--user", "daemon-reload"],
        ["systemctl", "--user", "enable", "--now", f"{UNIT}.timer"],
    ]
    registration.commands = commands
    available = shutil.which("systemctl") is not None if have_systemctl is None else have_systemctl
    registration.done = available and all(run(step) == 0 for step in commands)
    if not registration.done:
        registration.manual = [shlex.join(step) for step in commands]
    return registration


def disable(
    *,
    platform: str = sys.platform,
    run: Runner = _run,
    have_systemctl: bool | None = None,
) -> Registration:
    """Stop publishing in the background (the timer or task removed)."""
    system = _platform_system(platform)
    if system == "schtasks":
        delete = ["schtasks", "/Delete", "/F", "/TN", TASK]
        registration = Registration(system, commands=[delete])
        registration.done = run(delete) == 0
        return registration
    if system == "none":
        return Registration(system, done=True)
    folder = systemd_folder()
    commands = [["systemctl", "--user", "disable", "--now", f"{UNIT}.timer"]]
    registration = Registration(system, commands=commands)
    available = shutil.which("systemctl") is not None if have_systemctl is None else have_systemctl
    if available:
        run(commands[0])
    for name in (f"{UNIT}.timer", f"{UNIT}.service"):
        path = folder / name
        if path.exists():
            path.unlink()
            registration.files.append(path)
    if available:
        run(["systemctl", "--user", "daemon-reload"])
    registration.done = True
    return registration


def is_enabled(*, platform: str = sys.platform, run: Runner = _run) -> bool:
    """Whether publishing in the background is registered (the timer's file is there, or the
    task exists)."""
    system = _platform_system(platform)
    if system == "schtasks":
        return run(["schtasks", "/Query", "/TN", TASK]) == 0
    if system == "systemd":
        return (systemd_folder() / f"{UNIT}.timer").is_file()
    return False
