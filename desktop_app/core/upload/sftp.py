"""SFTP (SSH) with paramiko: the server's host key checked (:mod:`.known_hosts`) before the
password or key is offered; files renamed into place with the ``posix-rename`` extension
(OpenSSH's, an atomic replace) where the server has it."""

from __future__ import annotations

import contextlib
import errno
import posixpath
import socket
import stat
from typing import TYPE_CHECKING, BinaryIO

import paramiko

from desktop_app.core.upload.errors import UploadError, signing_in, system_reason
from desktop_app.core.upload.known_hosts import KnownHosts
from desktop_app.core.upload.remote import OnBytes, key_path
from desktop_app.core.upload.settings import UploadSettings

if TYPE_CHECKING:
    from desktop_app.core.upload.remote import RemoteFolder

_MISSING = (errno.ENOENT, None)


def connect_sftp(
    settings: UploadSettings,
    password: str | None,
    known_hosts: KnownHosts,
    accept_fingerprint: str = "",
    timeout: float = 30.0,
) -> RemoteFolder:
    try:
        sock = socket.create_connection((settings.host, settings.port), timeout=timeout)
    except OSError as exc:
        raise UploadError("connect_failed", system_reason(exc)) from exc
    transport = paramiko.Transport(sock)
    try:
        try:
            transport.start_client(timeout=timeout)
        except (paramiko.SSHException, EOFError, OSError) as exc:
            raise UploadError("connect_failed", system_reason(exc)) from exc
        known_hosts.check_ssh(
            settings.host, settings.port, transport.get_remote_server_key(), accept_fingerprint
        )
        _authenticate(transport, settings, password)
        client = paramiko.SFTPClient.from_transport(transport)
        if client is None:
            raise UploadError("connect_failed", "no SFTP subsystem")
        client.get_channel().settimeout(timeout)
        folder = SftpFolder(transport, client, settings.remote_folder)
        folder.make_folders("")
        return folder
    except BaseException:
        transport.close()
        raise


def _authenticate(transport: paramiko.Transport, settings: UploadSettings, password: str | None) -> None:
    with signing_in(paramiko.AuthenticationException, (paramiko.SSHException, EOFError, OSError)):
        if settings.uses_key:
            try:
                key = paramiko.PKey.from_path(key_path(settings), password=password or None)
            except paramiko.PasswordRequiredException as exc:
                raise UploadError("key_passphrase") from exc
            except (OSError, ValueError, paramiko.SSHException) as exc:
                raise UploadError("key_file", system_reason(exc)) from exc
            transport.auth_publickey(settings.user, key)
        else:
            if not password:
                raise UploadError("no_password")
            transport.auth_password(settings.user, password)
    if not transport.is_authenticated():
        raise UploadError("auth_failed")


class SftpFolder:
    def __init__(self, transport: paramiko.Transport, client: paramiko.SFTPClient, root: str) -> None:
        self.transport = transport
        self.client = client
        self.root = root.rstrip("/") or ("/" if root.startswith("/") else "")
        self._made: set[str] = set()

    def _path(self, path: str) -> str:
        return posixpath.join(self.root, path) if self.root else path

    def line_lost(self, exc: BaseException) -> bool:
        """paramiko reports a line gone dead in the middle of a request as an ``EOFError``, an
        ``SSHException`` or a plain ``OSError('Socket is closed')`` (the class of a server's
        "permission denied" too: told apart by the channel)."""
        if isinstance(exc, EOFError | paramiko.SSHException | paramiko.SFTPError):
            return True
        return isinstance(exc, OSError) and self._line_dead()

    def _line_dead(self) -> bool:
        channel = self.client.get_channel()
        return channel is None or channel.closed or not self.transport.is_active()

    def read(self, path: str) -> bytes | None:
        try:
            with self.client.open(self._path(path), "rb") as stream:
                return bytes(stream.read())
        except FileNotFoundError:
            return None
        except OSError as exc:
            if getattr(exc, "errno", None) in _MISSING and not self._line_dead():
                return None
            raise

    def write(self, path: str, source: BinaryIO, size: int, on_bytes: OnBytes) -> None:
        sent = [0]

        def callback(done: int, _total: int) -> None:
            on_bytes(done - sent[0])
            sent[0] = done

        self.client.putfo(source, self._path(path), size, callback=callback, confirm=False)

    def replace(self, source: str, target: str) -> None:
        try:
            self.client.posix_rename(self._path(source), self._path(target))
        except (OSError, paramiko.SFTPError) as exc:
            if isinstance(exc, OSError) and exc.errno is not None:
                raise
            # No posix-rename on this server: the old file aside first (a moment without it).
            self.remove(target)
            self.client.rename(self._path(source), self._path(target))

    def remove(self, path: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.client.remove(self._path(path))

    def make_folders(self, folder: str) -> None:
        if folder in self._made:
            return
        parts = [part for part in folder.split("/") if part]
        current = ""
        for part in [""] + parts:
            current = posixpath.join(current, part) if part else ""
            if current in self._made:
                continue
            target = self._path(current) or "."
            try:
                attributes = self.client.stat(target)
            except FileNotFoundError:
                try:
                    self.client.mkdir(target)
                except OSError as exc:
                    if self.line_lost(exc):
                        raise
                    raise UploadError("remote_folder", f"{target}: {system_reason(exc)}") from exc
            else:
                if not stat.S_ISDIR(attributes.st_mode or 0):
                    raise UploadError("remote_folder", f"{target}: not a folder")
            self._made.add(current)

    def remove_folder(self, folder: str) -> bool:
        try:
            self.client.rmdir(self._path(folder))
        except OSError as exc:
            if self.line_lost(exc):
                raise
            return False
        self._made.discard(folder)
        return True

    def close(self) -> None:
        try:
            self.client.close()
        finally:
            self.transport.close()
