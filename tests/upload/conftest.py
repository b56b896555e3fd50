"""Fixtures of the upload tests: a real SFTP server on 127.0.0.1 (see ``sftp_server``), the
demo site exported into a folder, and settings pointing at the server. No test uses the
system's keyring (a keyring that fails is configured: the password goes to the file)."""

from __future__ import annotations

import shutil

import pytest

from tests.ui.window_fixtures import make_window  # noqa: F401 - (File ▸ Upload Site…)
from tests.upload.sftp_server import PASSWORD, USER, SftpTestServer


@pytest.fixture(autouse=True)
def _no_system_keyring(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    import keyring.core

    monkeypatch.setattr(keyring.core, "_keyring_backend", None)


@pytest.fixture(scope="session")
def sftp_server(tmp_path_factory):
    root = tmp_path_factory.mktemp("sftp-root")
    keys = tmp_path_factory.mktemp("sftp-keys")
    server = SftpTestServer(root, keys)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def server(sftp_server):
    """The session's server with an empty folder and counts at zero."""
    for child in sftp_server.state.root.iterdir():
        if child.is_dir():
            shutil.rmtree(child)
        else:
            child.unlink()
    sftp_server.state.reset_counts()
    sftp_server.state.break_after = None
    return sftp_server


@pytest.fixture
def config_dir(tmp_path):
    return tmp_path / "config"


@pytest.fixture
def upload_settings(server, tmp_path):
    from desktop_app.core.upload.settings import UploadSettings

    return UploadSettings(
        protocol="sftp",
        host="127.0.0.1",
        port=server.port,
        user=USER,
        auth="password",
        remote_folder="public_html",
        site_folder=str(tmp_path / "site"),
    )


@pytest.fixture
def trusted(server, config_dir):
    """The server's key in Redaksi's known_hosts (as after a first-use confirmation)."""
    config_dir.mkdir(parents=True, exist_ok=True)
    (config_dir / "known_hosts").write_text(server.host_key_line() + "\n", encoding="utf-8")
    return config_dir


@pytest.fixture
def service(demo_database, trusted):
    from desktop_app.core.upload.service import UploadService

    return UploadService(demo_database, trusted)


__all__ = ["PASSWORD", "USER"]


@pytest.fixture
def demo_admin(demo_database):
    """The demo database's admin, signed in."""
    from tests.people_helpers import admin_of

    return admin_of(demo_database)
