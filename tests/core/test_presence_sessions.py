"""A window that crashed leaves no presence behind on its own workstation: its process's lock
on its session mark is gone, so the next window there deletes its presence at once, while a
window still running (another Redaksi of the same person) and windows of other workstations
keep counting. The crash is a real process killed with SIGKILL."""

from __future__ import annotations

import datetime as _dt
import os
import signal
import subprocess
import sys
import textwrap

import pytest

from desktop_app.core.models import ArticleChanges
from desktop_app.core.presence import PresenceService
from desktop_app.core.presence_sessions import KEEP_OTHER_DATABASES, WindowSessions
from tests.people_helpers import add_person

DATABASE = "/data/redaksi.db"


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "windows"


def _window_process(folder, session_id: str, database: str = DATABASE) -> subprocess.Popen:
    """Another Redaksi process of this workstation holding ``session_id``'s mark; it says
    ``ready`` once it holds it, then waits to be killed."""
    code = textwrap.dedent(
        f"""
        import sys, time
        from desktop_app.core.presence_sessions import WindowSessions
        marks = WindowSessions({str(folder)!r})
        marks.hold({session_id!r}, {database!r})
        print("ready", flush=True)
        time.sleep(600)
        """
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, cwd=os.getcwd()
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    return process


def _kill(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGKILL if hasattr(signal, "SIGKILL") else signal.SIGTERM)
    process.wait()
    if process.stdout is not None:
        process.stdout.close()


def test_a_killed_window_is_gone_and_a_running_one_is_not(folder):
    running = _window_process(folder, "running-window")
    crashed = _window_process(folder, "crashed-window")
    try:
        _kill(crashed)
        marks = WindowSessions(folder)
        assert [g.session_id for g in marks.gone(DATABASE)] == ["crashed-window"]
        marks.forget("crashed-window")
        assert marks.gone(DATABASE) == []
        assert not (folder / "crashed-window.json").exists()
        assert (folder / "running-window.json").exists()
    finally:
        _kill(running)
    assert [g.session_id for g in WindowSessions(folder).gone(DATABASE)] == ["running-window"]


def test_this_processs_own_windows_are_not_gone_and_let_go_leaves_nothing(folder):
    marks = WindowSessions(folder)
    marks.hold("mine", DATABASE)
    assert marks.gone(DATABASE) == []
    assert WindowSessions(folder).gone(DATABASE) == []  # (another instance: the lock is held)
    marks.let_go("mine")
    assert sorted(p.name for p in folder.iterdir()) == []


def test_a_window_that_could_not_release_stays_marked_for_the_next_start(folder):
    marks = WindowSessions(folder)
    marks.hold("closed-offline", DATABASE)
    marks.unlock("closed-offline")
    assert [g.session_id for g in WindowSessions(folder).gone(DATABASE)] == ["closed-offline"]


def test_gone_windows_of_another_database_wait_for_it_then_go(folder):
    marks = WindowSessions(folder)
    marks.hold("elsewhere", "postgresql://kantor/redaksi")
    marks.unlock("elsewhere")
    assert marks.gone(DATABASE) == []
    assert (folder / "elsewhere.json").exists()  # that database may be opened again soon
    later = _dt.datetime.now(_dt.UTC) + KEEP_OTHER_DATABASES + _dt.timedelta(minutes=1)
    assert marks.gone(DATABASE, now=later) == []
    assert not (folder / "elsewhere.json").exists()
    assert not (folder / "elsewhere.lock").exists()


def test_a_session_id_is_a_file_name_of_its_own(folder):
    with pytest.raises(ValueError, match="session id"):
        WindowSessions(folder).hold("../outside", DATABASE)


def test_the_presence_of_a_crashed_window_of_this_workstation_is_forgotten(database, folder):
    """The same person restarting on this workstation finds their article free; another
    workstation's window, and another live window of theirs here, still hold theirs."""
    from desktop_app.core.articles import ArticleService

    articles = ArticleService(database)
    first, second, third = (
        articles.create(ArticleChanges(title=title)).id for title in ("Rapat", "Pelatihan", "Festival")
    )
    andi = add_person(database, "Andi Pratama", "writer")
    sari = add_person(database, "Sari Wulandari", "editor")
    crashed = PresenceService(database)
    assert crashed.claim(first, andi.id) is None
    still_running = PresenceService(database)
    assert still_running.claim(second, andi.id) is None
    other_workstation = PresenceService(database)
    assert other_workstation.claim(third, sari.id) is None
    process = _window_process(folder, crashed.session_id)
    running = _window_process(folder, still_running.session_id)
    try:
        _kill(process)
        marks = WindowSessions(folder)
        restarted = PresenceService(database)
        gone = marks.gone(DATABASE)
        assert [g.session_id for g in gone] == [crashed.session_id]
        assert restarted.forget_sessions(g.session_id for g in gone) == 1
        assert restarted.claim(first, andi.id) is None  # no Take Over asked of Andi
        assert restarted.claim(second, andi.id).session_id == still_running.session_id
        assert restarted.claim(third, andi.id).person_name == "Sari Wulandari"
        assert set(restarted.editing_others()) == {second, third}
    finally:
        _kill(running)
