"""How a dead line is told from the server's refusal (SFTP, and FTPS's TLS): paramiko reports a channel
closed under a request as a plain ``OSError('Socket is closed')``, the same class as a
server's "permission denied". Played here with stand-ins for paramiko's objects, so that both
answers are certain (against the real server the break lands on either side of that race)."""

from __future__ import annotations

import ftplib
import hashlib
import ssl
import stat
from types import SimpleNamespace

import pytest

from desktop_app.core.upload.errors import UploadError
from desktop_app.core.upload.sftp import SftpFolder
from desktop_app.core.upload.sync import LocalFile, upload_site


class _Client:
    def __init__(self, error: OSError, channel_closed: bool) -> None:
        self.error = error
        self.channel = SimpleNamespace(closed=channel_closed)

    def get_channel(self):
        return self.channel

    def open(self, path, mode):
        raise FileNotFoundError(path)

    def stat(self, path):
        return SimpleNamespace(st_mode=stat.S_IFDIR | 0o755)

    def putfo(self, source, path, size, callback=None, confirm=True):
        raise self.error


def _upload(tmp_path, error: OSError, line_alive: bool) -> UploadError:
    site = tmp_path / "site"
    site.mkdir()
    page = b"<!doctype html><title>x</title>"
    (site / "index.html").write_bytes(page)
    local = {"index.html": LocalFile("index.html", len(page), hashlib.sha256(page).hexdigest())}
    transport = SimpleNamespace(is_active=lambda: line_alive)
    folder = SftpFolder(transport, _Client(error, channel_closed=not line_alive), "public_html")
    with pytest.raises(UploadError) as caught:
        upload_site(site, folder, local=local)
    return caught.value


def test_a_socket_closed_under_a_write_is_a_lost_connection(tmp_path):
    error = _upload(tmp_path, OSError("Socket is closed"), line_alive=False)
    assert error.code == "connection_lost"
    assert "Socket is closed" in error.detail


def test_the_servers_refusal_on_a_live_line_stays_a_remote_error(tmp_path):
    error = _upload(tmp_path, PermissionError(13, "Permission denied"), line_alive=True)
    assert error.code == "remote_error"
    assert "Permission denied" in error.detail


class _Ftp:
    """Stands in for ftplib.FTP_TLS: its data connection's TLS cut off in the middle of a file."""

    def pwd(self):
        return "/"

    def retrbinary(self, command, callback):
        raise ftplib.error_perm("550 No such file")

    def mkd(self, path):
        return path

    def storbinary(self, command, source, blocksize, callback):
        raise ssl.SSLEOFError(8, "EOF occurred in violation of protocol")


def test_a_tls_connection_cut_off_under_an_ftps_write_is_a_lost_connection(tmp_path):
    from desktop_app.core.upload.ftps import FtpsFolder

    site = tmp_path / "site"
    site.mkdir()
    page = b"<!doctype html><title>x</title>"
    (site / "index.html").write_bytes(page)
    local = {"index.html": LocalFile("index.html", len(page), hashlib.sha256(page).hexdigest())}
    with pytest.raises(UploadError) as caught:
        upload_site(site, FtpsFolder(_Ftp(), "public_html"), local=local)
    assert caught.value.code == "connection_lost"


def test_a_manifest_read_on_a_dead_line_is_not_taken_for_no_manifest():
    class Closed(_Client):
        def open(self, path, mode):
            raise OSError("Socket is closed")  # (errno None, as some servers' "no such file")

    def folder(alive: bool) -> SftpFolder:
        client = Closed(OSError(), channel_closed=not alive)
        return SftpFolder(SimpleNamespace(is_active=lambda: alive), client, "public_html")

    assert folder(alive=True).read(".redaksi-upload.json") is None
    with pytest.raises(OSError) as caught:
        folder(alive=False).read(".redaksi-upload.json")
    assert folder(alive=False).line_lost(caught.value)
