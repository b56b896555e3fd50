""" "Keep publishing in the background": the systemd user timer's files and commands on Linux,
the Task Scheduler command on Windows (checked by the command it would run; nothing is
registered with the real system in a test)."""

from __future__ import annotations

import subprocess

from desktop_app.core.upload import scheduler

COMMAND = ["/opt/redaksi/redaksi"]


def test_linux_writes_a_user_timer_and_enables_it(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    ran = []
    registration = scheduler.enable(
        "/data/kantor 1/redaksi.db",
        every_minutes=2,
        platform="linux",
        run=lambda command: ran.append(list(command)) or 0,
        command=COMMAND,
        have_systemctl=True,
    )
    folder = tmp_path / "config" / "systemd" / "user"
    service = (folder / "redaksi-publish.service").read_text(encoding="utf-8")
    timer = (folder / "redaksi-publish.timer").read_text(encoding="utf-8")
    assert "ExecStart=/opt/redaksi/redaksi --db '/data/kantor 1/redaksi.db' publish --watch --once" in service
    assert "Type=oneshot" in service
    assert "OnUnitActiveSec=2min" in timer
    assert "OnBootSec=1min" in timer  # (at once when enabled on a running computer)
    assert "WantedBy=timers.target" in timer
    assert ran == [
        ["systemctl", "--user", "daemon-reload"],
        ["systemctl", "--user", "enable", "--now", "redaksi-publish.timer"],
    ]
    assert registration.done
    assert scheduler.is_enabled(platform="linux")
    off = scheduler.disable(
        platform="linux", run=lambda command: ran.append(list(command)) or 0, have_systemctl=True
    )
    assert off.done
    assert not (folder / "redaksi-publish.timer").exists()
    assert ["systemctl", "--user", "disable", "--now", "redaksi-publish.timer"] in ran
    assert not scheduler.is_enabled(platform="linux")


def test_without_systemctl_the_files_are_written_and_the_commands_given(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    registration = scheduler.enable(
        "/data/redaksi.db", platform="linux", run=lambda c: 1, command=COMMAND, have_systemctl=False
    )
    assert not registration.done
    assert registration.manual == [
        "systemctl --user daemon-reload",
        "systemctl --user enable --now redaksi-publish.timer",
    ]
    assert (tmp_path / "config" / "systemd" / "user" / "redaksi-publish.timer").is_file()


def test_a_percent_sign_in_the_database_url_is_escaped_for_systemd():
    units = scheduler.systemd_units(["redaksi", "--db", "postgresql://u:p%40ss@h/db"], 5, "/home/x")
    assert "p%%40ss" in units["redaksi-publish.service"]


def test_windows_registers_a_task_with_schtasks():
    ran = []
    command = [r"C:\Program Files\Redaksi\redaksi.exe"]
    registration = scheduler.enable(
        r"C:\Users\Staf\Redaksi\redaksi.db",
        every_minutes=5,
        platform="win32",
        run=lambda c: ran.append(list(c)) or 0,
        command=command,
    )
    expected_tr = subprocess.list2cmdline(
        [*command, "--db", r"C:\Users\Staf\Redaksi\redaksi.db", "publish", "--watch", "--once"]
    )
    assert ran == [
        [
            "schtasks",
            "/Create",
            "/F",
            "/SC",
            "MINUTE",
            "/MO",
            "5",
            "/TN",
            r"Redaksi\Publish",
            "/TR",
            expected_tr,
        ]
    ]
    assert expected_tr.startswith('"C:\\Program Files\\Redaksi\\redaksi.exe" --db')
    assert registration.done
    off = scheduler.disable(platform="win32", run=lambda c: ran.append(list(c)) or 0)
    assert off.done
    assert ran[-1] == ["schtasks", "/Delete", "/F", "/TN", r"Redaksi\Publish"]


def test_elsewhere_the_command_is_given_to_run_by_hand():
    registration = scheduler.enable("/x.db", platform="darwin", run=lambda c: 0, command=COMMAND)
    assert registration.system == "none"
    assert registration.manual == ["/opt/redaksi/redaksi --db /x.db publish --watch --once"]
