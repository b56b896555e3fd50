"""Presence with two real Redaksi windows, each in its own process, on one SQLite file and on
PostgreSQL: the second window to open an article names the first's person, takes it over, the
first is told; after the first window is killed (SIGKILL, nothing released), its presence
expires and the second window's banner goes (it takes the article by itself). A window killed
and started again on the same computer (the same settings folder) holds its article at once,
with no Take Over asked, while another computer's window still counts.

The expiry is shortened for the test through ``REDAKSI_PRESENCE_EXPIRY_S`` (heartbeats then
come every quarter of it). The windows speak Indonesian; screenshots at 1366×768 are saved in
the test's folder (``REDAKSI_PRESENCE_SHOTS``: a folder to keep them in)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import BACKENDS

ROOT = Path(__file__).resolve().parents[2]
EXPIRY_S = "6"
WAIT_S = 90  # the longest a window may take to show what the test waits for (never reached)


class Window:
    def __init__(self, target: str, config: Path, person_name: str, expiry_s: str = EXPIRY_S) -> None:
        env = {**os.environ, "REDAKSI_PRESENCE_EXPIRY_S": expiry_s, "QT_QPA_PLATFORM": "offscreen"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.faults.presence_window_app", target, str(config), person_name],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout.readline().strip() == "ready"

    def send(self, command: str) -> dict:
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        assert line, f"the window exited ({self.process.poll()})"
        return json.loads(line)

    def until(self, condition) -> dict:
        """The window's state once ``condition(state)`` holds (its heartbeats run by themselves)."""
        deadline = time.monotonic() + WAIT_S
        while True:
            state = self.send("state")
            if condition(state) or time.monotonic() > deadline:
                return state
            time.sleep(0.1)

    def quit(self) -> None:
        """Close the window as a user does (it answers nothing)."""
        self.process.stdin.write("quit\n")
        self.process.stdin.flush()

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)


@pytest.fixture(params=BACKENDS)
def target(request, tmp_path) -> str:
    if request.param == "postgresql":
        from tests.conftest import reset_postgres

        url = request.getfixturevalue("pg_session_url")
        reset_postgres(url)
        return url
    return str(tmp_path / "presence.db")


def test_two_windows_presence_take_over_and_expiry(target, tmp_path):
    from db.database import open_database
    from db.models import ArticlePresence
    from desktop_app.core.articles import ArticleService
    from desktop_app.core.models import ArticleChanges
    from tests.people_helpers import add_person, signed_in

    database = open_database(target)
    andi = add_person(database, "Andi Pratama", "writer")
    sari = add_person(database, "Sari Wulandari", "editor")
    for person in (andi, sari):
        signed_in(database, person)  # they get the tests' password
    articles = ArticleService(database)
    meeting = articles.create(
        ArticleChanges(title="Rapat koordinasi penanganan stunting", body="Paragraf pembuka.")
    )
    training = articles.create(ArticleChanges(title="Pelatihan jurnalistik bagi humas", body="Isi."))
    database.close()

    first = Window(target, tmp_path / "config-andi", andi.name)
    second = Window(target, tmp_path / "config-sari", sari.name)
    try:
        state = first.send(f"open {meeting.id}")
        assert state["presence"] == "holding"
        assert state["banner"] == ""
        assert not state["read_only"]

        state = second.send(f"open {meeting.id}")
        assert state["presence"] == "blocked"
        assert state["banner"].startswith("Sedang disunting oleh Andi Pratama sejak ")
        assert state["read_only"]
        assert state["body"] == "Paragraf pembuka."  # readable
        second.send(f"shot {tmp_path / 'presence-editing.png'}")

        state = second.send("take")
        assert state["presence"] == "holding"
        assert state["banner"] == ""
        assert not state["read_only"]

        told = first.until(lambda s: s["banner"])
        assert told["presence"] == "lost"
        assert told["banner"].startswith("Sari Wulandari mengambil alih artikel ini pada ")
        assert told["read_only"]
        assert told["body"] == "Paragraf pembuka."  # its text stays
        first.send(f"shot {tmp_path / 'presence-taken.png'}")

        # the first window moves on to another article; the second's sidebar marks it
        state = first.send(f"open {training.id}")
        assert state["presence"] == "holding"
        marked = second.until(lambda s: str(training.id) in s["marks"])
        assert marked["marks"] == {str(training.id): "Andi Pratama"}
        second.send(f"shot {tmp_path / 'presence-sidebar.png'}")
        state = second.send(f"open {training.id}")
        assert state["banner"].startswith("Sedang disunting oleh Andi Pratama sejak ")
        killed_session = first.send("state")["session"]

        first.kill()  # nothing released: the presence stays until it expires
        database = open_database(target)
        try:
            assert ArticlePresence.select().where(ArticlePresence.session_id == killed_session).exists()
        finally:
            database.close()

        freed = second.until(lambda s: not s["banner"])
        assert freed["banner"] == ""
        assert freed["presence"] == "holding"  # the second window took the article by itself
        assert not freed["read_only"]
        assert freed["marks"] == {}
        database = open_database(target)
        try:
            assert not ArticlePresence.select().where(ArticlePresence.session_id == killed_session).exists()
            holders = {row.session_id for row in ArticlePresence.select()}
            assert holders == {freed["session"]}
        finally:
            database.close()
        second.quit()
        assert second.process.wait(timeout=60) == 0
        database = open_database(target)
        try:
            assert ArticlePresence.select().count() == 0  # closing the window released it
        finally:
            database.close()
    finally:
        first.kill()
        second.kill()
        keep = os.environ.get("REDAKSI_PRESENCE_SHOTS")
        if keep:
            Path(keep).mkdir(parents=True, exist_ok=True)
            backend = "pg" if target.startswith("postgres") else "sqlite"
            for shot in tmp_path.glob("presence-*.png"):
                shutil.copy(shot, Path(keep) / f"{shot.stem}-{backend}.png")


def test_a_window_killed_and_started_again_on_this_computer_holds_its_article_at_once(target, tmp_path):
    from db.database import open_database
    from db.models import ArticlePresence
    from desktop_app.core.articles import ArticleService
    from desktop_app.core.models import ArticleChanges
    from tests.people_helpers import add_person, signed_in

    database = open_database(target)
    andi = add_person(database, "Andi Pratama", "writer")
    sari = add_person(database, "Sari Wulandari", "editor")
    for person in (andi, sari):
        signed_in(database, person)
    articles = ArticleService(database)
    meeting = articles.create(ArticleChanges(title="Rapat koordinasi", body="Paragraf pembuka."))
    training = articles.create(ArticleChanges(title="Pelatihan jurnalistik", body="Isi."))
    database.close()

    never = "600"  # nothing expires during the test: only the crash's detection frees the article
    crashed = Window(target, tmp_path / "config-sari", sari.name, never)
    elsewhere = Window(target, tmp_path / "config-andi", andi.name, never)
    again = None
    try:
        assert crashed.send(f"open {meeting.id}")["presence"] == "holding"
        assert elsewhere.send(f"open {training.id}")["presence"] == "holding"
        killed_session = crashed.send("state")["session"]
        crashed.kill()

        again = Window(target, tmp_path / "config-sari", sari.name, never)  # Sari starts Redaksi again
        state = again.send(f"open {meeting.id}")
        assert state["presence"] == "holding"
        assert state["banner"] == ""
        assert not state["read_only"]
        database = open_database(target)
        try:
            assert not ArticlePresence.select().where(ArticlePresence.session_id == killed_session).exists()
        finally:
            database.close()
        state = again.send(f"open {training.id}")  # Andi, on his own computer, still edits this one
        assert state["presence"] == "blocked"
        assert state["banner"].startswith("Sedang disunting oleh Andi Pratama sejak ")
    finally:
        for window in (crashed, elsewhere, again):
            if window is not None:
                window.kill()
