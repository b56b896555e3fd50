"""Shared fixtures. Every test gets its own temporary database and settings folder; no test
touches the user's real data folder. Storage and core tests run on SQLite and, when
``REDAKSI_TEST_PG_URL`` names a PostgreSQL server, on PostgreSQL as well."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tests.offscreen import OFFSCREEN_PLATFORM

os.environ.setdefault("QT_QPA_PLATFORM", OFFSCREEN_PLATFORM)  # (a 1920×1080 screen)

import pytest

PG_URL = os.environ.get("REDAKSI_TEST_PG_URL", "")
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])
#: The seed texts from a real Dinas Kominfo (a copy inside the tests: see data/seeds/README.md).
SEEDS_DIR = Path(__file__).resolve().parent / "data" / "seeds"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Point every per-user folder at a temporary one."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    return home


#: The scrypt cost tests hash passwords with: a hash names its parameters, so signing in, checking
#: and re-hashing work the same, in a millisecond instead of ~0.1 s (thousands of hashes in the
#: suite: every demo database, every test's admin).
TEST_SCRYPT_N = 2**8


@pytest.fixture(autouse=True)
def _quick_password_hashes(request, monkeypatch):
    """Tests hash passwords (scrypt) and encrypt signing keys (Argon2id) at a small cost, but
    those marked ``real_password_cost``."""
    if request.node.get_closest_marker("real_password_cost") is None:
        from desktop_app.core import auth, signing

        monkeypatch.setattr(auth, "SCRYPT_N", TEST_SCRYPT_N)
        # the signing keys' Argon2id at libsodium's smallest cost (a key names its cost, too)
        monkeypatch.setattr(signing, "KDF_OPSLIMIT", signing.nacl.pwhash.argon2id.OPSLIMIT_MIN)
        monkeypatch.setattr(signing, "KDF_MEMLIMIT", signing.nacl.pwhash.argon2id.MEMLIMIT_MIN)


@pytest.fixture(autouse=True)
def _checklist_off_unless_tested(request, monkeypatch):
    """The publishing checklist (desktop_app/core/checklist.py) is switched off by default in
    tests that are about something else (their articles are a title and a sentence); tests
    marked ``checklist`` get the office's real defaults. Stored settings apply either way."""
    if request.node.get_closest_marker("checklist") is None:
        from desktop_app.core import checklist

        monkeypatch.setattr(
            checklist, "DEFAULT_LEVELS", {check: checklist.Level.OFF for check in checklist.Check}
        )


@pytest.fixture(autouse=True)
def _interface_language_reset():
    """A test that switched the interface language (desktop_app.i18n) leaves Qt untranslated."""
    yield
    i18n = sys.modules.get("desktop_app.i18n")
    if i18n is not None:
        i18n.reset_language()


def reset_postgres(url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
        conn.execute("CREATE SCHEMA public")


@pytest.fixture(scope="session")
def pg_session_url():
    """A database of this test run's own on the test server (runs may overlap)."""
    import psycopg

    name = f"redaksi_test_{os.getpid()}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    base, _, _ = PG_URL.rpartition("/")
    yield f"{base}/{name}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=BACKENDS)
def db_target(request, tmp_path) -> str:
    """A fresh, empty database target: a file path or the test PostgreSQL URL."""
    if request.param == "postgresql":
        url = request.getfixturevalue("pg_session_url")
        reset_postgres(url)
        return url
    return str(tmp_path / "redaksi.db")


@pytest.fixture
def database(db_target):
    from db.database import open_database

    database = open_database(db_target)
    yield database
    database.close()


@pytest.fixture
def sqlite_database(tmp_path):
    from db.database import open_database

    database = open_database(tmp_path / "redaksi.db")
    yield database
    database.close()


@pytest.fixture
def demo_database(database):
    from desktop_app.core.demo import fill_demo

    fill_demo(database)
    return database


@pytest.fixture
def articles(database):
    from desktop_app.core.articles import ArticleService

    return ArticleService(database)


@pytest.fixture(autouse=True)
def _no_modal_message_boxes(request, monkeypatch):
    """A message box that a test did not patch must never block the suite.

    Unpatched static QMessageBox calls answer with their default (or the safe choice: Cancel/No)
    and are recorded in ``request.node.message_boxes`` for tests that want to look.
    """
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []
    request.node.message_boxes = shown
    button = QMessageBox.StandardButton

    def fake(kind: str):
        def answer(parent, title, text, buttons=button.Ok, default=button.NoButton):
            shown.append((kind, text))
            if default != button.NoButton:
                return default
            for safe in (button.Cancel, button.No, button.Close, button.Ok):
                if buttons & safe:
                    return safe
            return button.NoButton

        return staticmethod(answer)

    for kind in ("warning", "critical", "question", "information"):
        monkeypatch.setattr(QMessageBox, kind, fake(kind))

    def answer_instance(box: QMessageBox) -> int:
        """A message box built and ``exec()``-ed (custom buttons): the safe standard choice
        is clicked, never a custom action. A test that drives such a box itself puts back
        ``request.node.real_message_box_exec``."""
        shown.append(("exec", box.text()))
        for safe in (button.Cancel, button.No, button.Close, button.Ok):
            choice = box.button(safe)
            if choice is not None:
                choice.click()
                return box.result()
        return 0

    request.node.real_message_box_exec = QMessageBox.exec
    monkeypatch.setattr(QMessageBox, "exec", answer_instance)
    yield


@pytest.fixture(autouse=True)
def _no_translator_leaks(request):
    """A test that installs the Indonesian translators must not leave them to the next test."""
    yield
    if "qtbot" in request.fixturenames or "qapp" in request.fixturenames:
        from desktop_app.i18n import remove_translators

        remove_translators()


@pytest.fixture(autouse=True)
def _no_background_work_leaks(request):
    """Work a test's windows started in Qt's worker threads (a save, a search, the backup on
    closing) ends with that test. Run later, its queries would reach the next test's database
    (the models follow the database opened last) and leave a worker thread holding a
    connection to it: a restore there is then refused as "open in another Redaksi window or
    program". (After the other fixtures' teardown: this one is set up first.)"""
    yield
    if "qtbot" in request.fixturenames or "qapp" in request.fixturenames:
        from desktop_app.workers import wait_for_workers

        wait_for_workers()


@pytest.fixture(autouse=True)
def _clear_clipboard(request):
    """Qt crashes at interpreter exit when the offscreen clipboard still owns data."""
    yield
    if "qtbot" in request.fixturenames or "qapp" in request.fixturenames:
        from PySide6.QtGui import QGuiApplication

        if QGuiApplication.instance() is not None:
            QGuiApplication.clipboard().clear()


# -- the fault suite's figures, also when pytest-xdist runs the tests in worker processes ------


def pytest_sessionfinish(session) -> None:
    workeroutput = getattr(session.config, "workeroutput", None)  # set in an xdist worker
    faults = sys.modules.get("tests.faults.conftest")
    if workeroutput is not None and faults is not None:
        workeroutput["fault_figures"] = dict(faults.FIGURES)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error) -> None:
    """In the controlling process: a worker's figures added to the whole run's."""
    figures = getattr(node, "workeroutput", {}).get("fault_figures")
    if figures:
        from tests.faults.conftest import FIGURES

        for name, value in figures.items():
            FIGURES[name] += value


def pytest_terminal_summary(terminalreporter) -> None:
    faults = sys.modules.get("tests.faults.conftest")
    if faults is not None:
        faults.write_figures(terminalreporter)
