"""The one interface the upload needs of a web host, whatever the protocol: a folder on the
server in which files are read, written, renamed and removed (paths relative to it, with
``/``). :func:`.connection.connect` opens the settings' protocol."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, Protocol

from desktop_app.core.upload.settings import UploadSettings

#: ``on_bytes(n)``: n more bytes were sent (it may raise to stop the transfer).
OnBytes = Callable[[int], None]


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

    def line_lost(self, exc: BaseException) -> bool:
        """Whether ``exc``, raised by one of these calls, says the connection is gone (in the
        protocol library's own way) rather than that the server refused something."""

    def close(self) -> None: ...


def key_path(settings: UploadSettings) -> Path:
    return Path(settings.key_file).expanduser()
