"""What the import readers raise when a file or folder cannot be read, and the checks of an
import file that the WordPress export (WXR) reader and the Word import share. No Qt here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop_app.core.errors import RedaksiError


class ReadError(RedaksiError):
    """A file or folder that an import cannot read: ``code`` names why (the UI and the
    commands say it in words), ``detail`` is a name or number for the message."""

    def __init__(self, code: str, detail: str = "") -> None:
        self.code = code
        self.detail = detail
        super().__init__(code + (f": {detail}" if detail else ""))


def read_import_file(
    path: Path, *, limit: int, error: Callable[[str, str], ReadError], folder_code: str, head: int = 0
) -> bytes:
    """The bytes of ``path`` (only its first ``head`` bytes when ``head`` is given), or
    ``error(code, detail)`` raised: ``file_missing`` and ``file_unreadable`` (``detail``: the
    file's name), ``folder_code`` for a folder, ``too_large`` past ``limit`` bytes (``detail``:
    the limit in MB)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise error("file_missing", path.name) from exc
    except OSError as exc:
        raise error("file_unreadable", path.name) from exc
    if path.is_dir():
        raise error(folder_code, path.name)
    if size > limit:
        raise error("too_large", str(limit // (1024 * 1024)))
    try:
        if not head:
            return path.read_bytes()
        with path.open("rb") as stream:
            return stream.read(head)
    except OSError as exc:
        raise error("file_unreadable", path.name) from exc
