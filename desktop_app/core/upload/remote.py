"""The one interface the upload needs of a web host, whatever the protocol: a folder on the
server in which files are read, written, renamed and removed (paths relative to it, with
``/``). :func:`connect` opens the settings' protocol."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, Protocol

from desktop_app.core.upload.known_hosts import KnownHosts
from desktop_app.core.upload.settings import UploadSettings

#: ``on_bytes(n)``: n more bytes were sent (it may raise to stop the transfer).
OnBytes = Callable[[int], None]
TIMEOUT_SECONDS = 30.0


class RemoteFolder(Protocol):
    def read(self, path: str) -> bytes | None:
        """The file's bytes, or None when there is none."""

    def write(self, path: str, source: BinaryIO, size: int, on_bytes: OnBytes) -> None:
        """Write ``source`` to ``path`` (its folder exists), replacing what is there."""

    def replace(self, source: str, target: str) -> None:
        """Rename ``source`` to ``target``, replacing ``target``."""

    def remove(self, path: str) -> None:
        """Remove a file; nothing there is fine."""

    def make_folders(self, folder: str) -> None:
        """Make ``folder`` and its parents (relative; ``""`` is the root)."""

    def remove_folder(self, folder: str) -> bool:
        """Remove an empty folder; False when it is not empty (or not there)."""

    def close(self) -> None: ...


def connect(
    settings: UploadSettings,
    password: str | None,
    known_hosts: KnownHosts | None = None,
    *,
    accept_fingerprint: str = "",
    timeout: float = TIMEOUT_SECONDS,
) -> RemoteFolder:
    """Sign in to the host of ``settings`` and open its remote folder (made if missing)."""
    known = known_hosts or KnownHosts()
    if settings.protocol == "ftps":
        from desktop_app.core.upload.ftps import connect_ftps

        return connect_ftps(settings, password, known, accept_fingerprint, timeout)
    from desktop_app.core.upload.sftp import connect_sftp

    return connect_sftp(settings, password, known, accept_fingerprint, timeout)


def key_path(settings: UploadSettings) -> Path:
    return Path(settings.key_file).expanduser()
