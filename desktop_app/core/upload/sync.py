"""Send an exported site to a :class:`~.remote.RemoteFolder`, only what changed.

The server keeps a manifest, :data:`REMOTE_MANIFEST` at the remote root: every file Redaksi
put there with its SHA-256 and size. An upload hashes the local site, reads that manifest, and
sends the files whose hash differs (or that it lacks), then removes the files it lists that the
site no longer has; files on the server that it does not list (an ``.htaccess`` put there by
hand) are never touched.

On the server nothing is ever half-written under a real name: each file goes to a temporary
name in its own folder (``.NAME.redaksi-part``) and is renamed into place once complete. The
pages come after the images and styles they use, the front page, feeds and sitemap last, the
removals after everything. The manifest itself is written the same way (temporary name, then
renamed), before the transfer (naming the temporary files it may leave), every few hundred
files, and at the end, and it only ever lists what has arrived: when the connection breaks
halfway, the next upload sends what is still missing and removes the temporary files left
behind. A cancelled upload stops the same way (what arrived is recorded).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import io
import json
import os
import posixpath
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.core import json_text
from desktop_app.core.export.writer import COMMIT_MARKER, MANIFEST_NAME, read_manifest
from desktop_app.core.upload.errors import UploadCancelled, UploadError
from desktop_app.core.upload.remote import RemoteFolder

REMOTE_MANIFEST = ".redaksi-upload.json"
MANIFEST_FORMAT = 1
PART_SUFFIX = ".redaksi-part"
CHECKPOINT_FILES = 200
CHECKPOINT_BYTES = 20 * 1024 * 1024
_CHUNK = 1024 * 1024
#: Sent last: what a visitor (or a feed reader) reaches first.
_LAST = ("index.html", "atom.xml", "rss.xml", "sitemap.xml", "robots.txt")

#: ``progress(files_done, files_total, bytes_done, bytes_total, path)``.
UploadProgress = Callable[[int, int, int, int, str], None]


@dataclass(frozen=True)
class LocalFile:
    path: str
    size: int
    sha256: str


@dataclass
class UploadPlan:
    send: list[LocalFile] = field(default_factory=list)
    delete: list[str] = field(default_factory=list)
    unchanged: int = 0
    #: No manifest on the server: everything is sent.
    first: bool = False

    @property
    def bytes_to_send(self) -> int:
        return sum(item.size for item in self.send)


@dataclass
class UploadResult:
    sent: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    unchanged: int = 0
    bytes_sent: int = 0
    first: bool = False
    dry_run: bool = False


def part_name(path: str) -> str:
    """The temporary name of ``path`` while it is being written (in the same folder)."""
    folder, name = posixpath.split(path)
    return posixpath.join(folder, f".{name}{PART_SUFFIX}")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def site_files(folder: str | Path) -> dict[str, LocalFile]:
    """Every file of the exported site in ``folder`` (relative paths with ``/``), hashed; the
    export's own bookkeeping is left out. :class:`UploadError` when the folder is not a
    complete Redaksi export."""
    root = Path(folder).expanduser()
    if not root.is_dir():
        raise UploadError("folder_missing", str(root))
    if read_manifest(root) is None:
        raise UploadError("not_an_export", str(root))
    if (root / COMMIT_MARKER).exists():
        raise UploadError("export_incomplete", str(root))
    skip = {MANIFEST_NAME, COMMIT_MARKER, REMOTE_MANIFEST}
    found: dict[str, LocalFile] = {}
    for current, folders, files in os.walk(root):
        folders[:] = sorted(f for f in folders if not os.path.islink(os.path.join(current, f)))
        relative = Path(current).relative_to(root).as_posix()
        for name in files:
            full = Path(current) / name
            if full.is_symlink() or name.endswith(PART_SUFFIX):
                continue
            path = name if relative == "." else f"{relative}/{name}"
            if path in skip:
                continue
            found[path] = LocalFile(path, full.stat().st_size, _sha256(full))
    return found


def safe_remote_path(path: object) -> bool:
    """Whether a path read from the server's manifest is one Redaksi could have written (the
    manifest is not trusted: nothing outside the remote folder is ever removed)."""
    if not isinstance(path, str) or not path or len(path) > 1000:
        return False
    if path.startswith("/") or "\\" in path or "\x00" in path:
        return False
    return all(part not in ("", ".", "..") for part in path.split("/"))


def parse_manifest(data: bytes | None) -> dict[str, Any] | None:
    """The server's manifest: ``files`` (``{path: {"sha256", "size"}}``, unsafe paths dropped)
    and ``partial`` (temporary files an interrupted upload may have left); None without one."""
    if data is None:
        return None
    try:
        manifest = json_text.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), dict):
        return None
    files = {
        path: entry
        for path, entry in manifest["files"].items()
        if safe_remote_path(path) and isinstance(entry, dict) and isinstance(entry.get("sha256"), str)
    }
    partial = [p for p in manifest.get("partial") or [] if safe_remote_path(p) and p.endswith(PART_SUFFIX)]
    return {"files": files, "partial": partial}


def _order(item: LocalFile) -> tuple[int, str]:
    if item.path in _LAST:
        return (2, item.path)
    if item.path.endswith(".html"):
        return (1, item.path)
    return (0, item.path)


def plan_upload(local: dict[str, LocalFile], remote: dict[str, Any] | None, full: bool = False) -> UploadPlan:
    """What to send (images and styles, then pages, the front page and feeds last) and what to
    remove (files the server's manifest lists that the site no longer has)."""
    files: dict[str, Any] = remote["files"] if remote else {}
    plan = UploadPlan(first=remote is None)
    for path, item in local.items():
        entry = files.get(path)
        if not full and entry is not None and entry.get("sha256") == item.sha256:
            plan.unchanged += 1
        else:
            plan.send.append(item)
    plan.send.sort(key=_order)
    plan.delete = sorted((path for path in files if path not in local), key=lambda p: (-p.count("/"), p))
    return plan


class _Manifest:
    """The server's manifest as this upload changes it: only what has arrived."""

    def __init__(self, remote: RemoteFolder, files: dict[str, Any]) -> None:
        self.remote = remote
        self.files = dict(files)
        self.partial: list[str] = []
        self.pending_files = 0
        self.pending_bytes = 0

    def write(self) -> None:
        document = {
            "format": MANIFEST_FORMAT,
            "generator": f"Redaksi {__version__}",
            "updated": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
            "files": dict(sorted(self.files.items())),
            "partial": sorted(self.partial),
        }
        data = json.dumps(document, indent=0, sort_keys=True).encode("utf-8")
        temp = part_name(REMOTE_MANIFEST)
        self.remote.write(temp, io.BytesIO(data), len(data), lambda _n: None)
        self.remote.replace(temp, REMOTE_MANIFEST)
        self.pending_files = self.pending_bytes = 0

    def arrived(self, item: LocalFile, send: list[LocalFile], next_index: int) -> None:
        """``item`` is in place; ``send[next_index:]``: the files still to send. Every few hundred files
        (or megabytes) the manifest is written, naming the temporary files the files until the
        next such write may leave (a break leaves at most the one being written)."""
        self.files[item.path] = {"sha256": item.sha256, "size": item.size}
        self.pending_files += 1
        self.pending_bytes += item.size
        if self.pending_files >= CHECKPOINT_FILES or self.pending_bytes >= CHECKPOINT_BYTES:
            self.expect(send, next_index)
            self.write()

    def expect(self, send: list[LocalFile], start: int = 0) -> None:
        self.partial = [part_name(item.path) for item in send[start : start + CHECKPOINT_FILES]]


def _is_connection_error(exc: BaseException, remote: RemoteFolder) -> bool:
    """What a broken connection raises: the system's words for it, or the protocol library's
    own (the remote folder knows them: :meth:`~.remote.RemoteFolder.line_lost`); other errors
    are the server's refusals (a folder without permission, a full disk)."""
    return isinstance(exc, ConnectionError | TimeoutError | EOFError) or remote.line_lost(exc)


def upload_site(
    folder: str | Path,
    remote: RemoteFolder,
    *,
    dry_run: bool = False,
    full: bool = False,
    progress: UploadProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
    local: dict[str, LocalFile] | None = None,
) -> UploadResult:
    """Send the site in ``folder``; see the module's text. ``dry_run``: only say what would be
    sent and removed. ``full``: send every file (the server's copy is not trusted)."""
    local = site_files(folder) if local is None else local
    manifest_data = remote.read(REMOTE_MANIFEST)
    remote_manifest = parse_manifest(manifest_data)
    plan = plan_upload(local, remote_manifest, full)
    result = UploadResult(unchanged=plan.unchanged, first=plan.first, dry_run=dry_run)
    if dry_run:
        result.sent = [item.path for item in plan.send]
        result.deleted = list(plan.delete)
        result.bytes_sent = plan.bytes_to_send
        return result
    leftovers = remote_manifest["partial"] if remote_manifest else []
    if not plan.send and not plan.delete and not leftovers:
        return result
    root = Path(folder).expanduser()
    manifest = _Manifest(remote, remote_manifest["files"] if remote_manifest else {})
    total_files, total_bytes = len(plan.send) + len(plan.delete), plan.bytes_to_send
    done_bytes = 0
    is_cancelled = cancelled or (lambda: False)

    def report(done_files: int, path: str) -> None:
        if progress is not None:
            progress(done_files, total_files, done_bytes, total_bytes, path)

    def on_bytes(count: int) -> None:
        nonlocal done_bytes
        done_bytes += count
        report(len(result.sent), current)
        if is_cancelled():
            raise UploadCancelled()

    current = ""
    try:
        for leftover in leftovers:
            remote.remove(leftover)
        manifest.expect(plan.send)
        manifest.write()  # (names the temporary files this upload may leave behind)
        report(0, "")
        for index, item in enumerate(plan.send):
            if is_cancelled():
                raise UploadCancelled()
            current = item.path
            folder_name = posixpath.dirname(item.path)
            remote.make_folders(folder_name)
            temp = part_name(item.path)
            before = done_bytes
            try:
                with (root / item.path).open("rb") as source:
                    remote.write(temp, source, item.size, on_bytes)
            except UploadCancelled:
                remote.remove(temp)
                raise
            remote.replace(temp, item.path)
            done_bytes = before + item.size
            result.sent.append(item.path)
            result.bytes_sent += item.size
            manifest.arrived(item, plan.send, index + 1)
            report(len(result.sent), item.path)
        manifest.partial = []
        manifest.write()
        emptied: set[str] = set()
        for path in plan.delete:
            if is_cancelled():
                raise UploadCancelled()
            current = path
            remote.remove(path)
            manifest.files.pop(path, None)
            result.deleted.append(path)
            emptied.add(posixpath.dirname(path))
            report(len(result.sent) + len(result.deleted), path)
        for folder_name in sorted(emptied, key=lambda p: -p.count("/")):
            while folder_name and remote.remove_folder(folder_name):
                folder_name = posixpath.dirname(folder_name)
        manifest.write()
    except UploadCancelled:
        _record_what_arrived(manifest)
        raise
    except UploadError:
        raise
    except Exception as exc:
        detail = f"{current}: {exc}" if current else str(exc)
        if _is_connection_error(exc, remote):
            raise UploadError("connection_lost", detail) from exc
        if isinstance(exc, OSError) or type(exc).__module__ == "ftplib":
            raise UploadError("remote_error", detail) from exc
        raise
    return result


def _record_what_arrived(manifest: _Manifest) -> None:
    """After a cancel (the connection still up): the manifest names what arrived."""
    with contextlib.suppress(Exception):  # (else the next upload sends them again: harmless)
        manifest.write()
