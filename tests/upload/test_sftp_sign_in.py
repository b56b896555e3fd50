"""Signing in to the SFTP server: a wrong password, a server seen for the first time (its
fingerprint asked about, then trusted), a key that changed (refused)."""

from __future__ import annotations

import base64
import hashlib

import pytest

from desktop_app.core.upload.errors import HostKeyChanged, HostKeyUnknown, UploadError
from desktop_app.core.upload.service import UploadService
from tests.upload.conftest import PASSWORD


def _fingerprint(server) -> str:
    blob = base64.b64decode(server.host_key.export_public_key("openssh").split()[1])
    return "SHA256:" + base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip("=")


def test_a_wrong_password_is_said_so(service, upload_settings):
    with pytest.raises(UploadError) as caught:
        service.test_connection(upload_settings, "salah")
    assert caught.value.code == "auth_failed"


def test_an_unknown_server_is_asked_about_then_trusted(demo_database, config_dir, server, upload_settings):
    service = UploadService(demo_database, config_dir)
    with pytest.raises(HostKeyUnknown) as caught:
        service.test_connection(upload_settings, PASSWORD)
    assert caught.value.fingerprint == _fingerprint(server)  # as ssh-keygen -l prints it
    assert not (config_dir / "known_hosts").exists()  # nothing trusted without asking
    service.trust(caught.value)
    report = service.test_connection(upload_settings, PASSWORD)
    assert report.files_on_server is None  # signed in; nothing uploaded yet


def test_the_fingerprint_given_beforehand_is_trusted(demo_database, config_dir, server, upload_settings):
    service = UploadService(demo_database, config_dir)
    service.test_connection(upload_settings, PASSWORD, accept_fingerprint=_fingerprint(server))
    assert f"[127.0.0.1]:{server.port}" in (config_dir / "known_hosts").read_text(encoding="utf-8")


def test_a_changed_host_key_is_refused(demo_database, config_dir, server, upload_settings):
    import asyncssh

    other = asyncssh.generate_private_key("ssh-ed25519").export_public_key("openssh").decode().split()
    config_dir.mkdir(parents=True)
    (config_dir / "known_hosts").write_text(f"[127.0.0.1]:{server.port} {other[0]} {other[1]}\n")
    service = UploadService(demo_database, config_dir)
    with pytest.raises(HostKeyChanged) as caught:
        service.test_connection(upload_settings, PASSWORD, accept_fingerprint=_fingerprint(server))
    assert caught.value.known_file == str(config_dir / "known_hosts")
    assert server.state.opened_for_writing == []


def test_nothing_listens_there(demo_database, config_dir, upload_settings):
    import socket
    from dataclasses import replace

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]
    service = UploadService(demo_database, config_dir)
    with pytest.raises(UploadError) as caught:
        service.test_connection(replace(upload_settings, port=free_port), PASSWORD)
    assert caught.value.code == "connect_failed"
