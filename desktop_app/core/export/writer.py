"""Atomic, incremental writing of an exported site.

The new site is built in a staging folder beside the output folder. A file whose content (or
whose inputs, recorded as a key in the manifest) did not change is hard-linked from the previous
export instead of written again, so its modification time stays as it was. At the end the
staging folder takes the output folder's place (one rename each); until then the previous site
is untouched, and a failed or cancelled export only removes the staging folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.errors import RedaksiError
from desktop_app.core.export.paths import inside

MANIFEST_NAME = ".redaksi-manifest.json"
MANIFEST_FORMAT = 1
WRITE_THREADS = 4


_MESSAGES = {
    "output_not_a_folder": "the output is a file, not a folder",
    "output_not_empty": "the output folder holds files that are not a Redaksi export; "
                        "choose an empty folder or a previous export",
    "output_not_writable": "the output folder cannot be written",
    "duplicate_path": "two pages would have the same file name",
    "cancelled": "the export was cancelled; the previous site is unchanged",
}


class ExportError(RedaksiError):
    """The export could not be done; ``code`` names why (the UI translates it)."""

    def __init__(self, code: str, detail: str = "") -> None:
        self.code = code
        self.detail = detail
        super().__init__(_MESSAGES.get(code, code) + (f" ({detail})" if detail else ""))


@dataclass
class WriteStats:
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)


def read_manifest(out: Path) -> dict | None:
    """The previous export's manifest: ``files`` (``{path: {"sha256", "key"}}``) and
    ``revisions`` (what it learnt of the published snapshots), or None."""
    try:
        data = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT \
            or not isinstance(data.get("files"), dict):
        return None
    if not isinstance(data.get("revisions"), dict):
        data["revisions"] = {}
    return data


def _store(target: str, data: bytes, old: str | None, old_sha: str | None) -> tuple[str, bool]:
    """Write (or link the unchanged old file); returns the sha256 and whether it was written."""
    sha = hashlib.sha256(data).hexdigest()
    if old is not None and old_sha == sha and os.path.getsize(old) == len(data):
        _link_or_copy(old, target)
        return sha, False
    with open(target, "wb") as stream:
        stream.write(data)
    return sha, True


def _link_or_copy(source: str | Path, target: str | Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


class SiteWriter:
    """Collects the files of one export in a staging folder, then swaps it in."""

    def __init__(self, out: Path, full: bool = False) -> None:
        self.out = Path(os.path.abspath(out))
        if self.out.exists() and not self.out.is_dir():
            raise ExportError("output_not_a_folder", self.out.name)
        manifest = read_manifest(self.out) if self.out.is_dir() else None
        if self.out.is_dir() and manifest is None and any(self.out.iterdir()):
            raise ExportError("output_not_empty", self.out.name)
        self.previous: dict[str, dict[str, str]] = manifest["files"] if manifest else {}
        #: Facts of published snapshots from the previous export (not trusted by --full).
        self.previous_revisions: dict = manifest["revisions"] if manifest and not full else {}
        self.full = full
        self.files: dict[str, dict[str, str]] = {}
        self.stats = WriteStats()
        try:
            self.out.parent.mkdir(parents=True, exist_ok=True)
            self.stage = Path(tempfile.mkdtemp(prefix=f".{self.out.name}.export-",
                                               dir=self.out.parent))
        except OSError as exc:
            raise ExportError("output_not_writable", str(exc.strerror or "")) from exc
        self._stage_str = str(self.stage)
        self._made: set[str] = {self._stage_str}
        self._pool = ThreadPoolExecutor(max_workers=WRITE_THREADS)
        self._pending: list[tuple[str, str, Future]] = []
        self._claimed: set[str] = set()

    def _target(self, path: str) -> str:
        if path in self._claimed:
            raise ExportError("duplicate_path", path)
        target = inside(self._stage_str, path)
        parent = os.path.dirname(target)
        if parent not in self._made:
            os.makedirs(parent, exist_ok=True)
            self._made.add(parent)
        return target

    def _old(self, path: str) -> str | None:
        if self.full or path not in self.previous:
            return None
        old = os.path.join(self.out, path)
        return old if os.path.isfile(old) and not os.path.islink(old) else None

    def has(self, path: str) -> bool:
        return path in self._claimed

    def reuse(self, path: str, key: str) -> bool:
        """Keep the previous export's file when it was made from the same inputs."""
        entry = self.previous.get(path)
        if not key or entry is None or entry.get("key") != key:
            return False
        old = self._old(path)
        if old is None:
            return False
        _link_or_copy(old, self._target(path))
        self._claimed.add(path)
        self.files[path] = {"sha256": entry["sha256"], "key": key}
        self.stats.unchanged += 1
        return True

    def write(self, path: str, data: bytes, key: str = "") -> None:
        """Add a file; when its bytes equal the previous export's, the old file is linked."""
        target = self._target(path)
        self._claimed.add(path)
        old = self._old(path)
        old_sha = self.previous[path].get("sha256") if old else None
        # Hashing and writing happen in a few threads: creating files is slow on some file
        # systems, and hashing in this thread would wait for the GIL behind the writers.
        self._pending.append((path, key, self._pool.submit(_store, target, data, old, old_sha)))
        if len(self._pending) > 256:
            self._drain()

    def _carry_over_foreign_files(self) -> None:
        """Files in the output folder that Redaksi did not write (e.g. ``.htaccess``) stay."""
        if not self.out.is_dir():
            return
        known = set(self.previous) | self._claimed | {MANIFEST_NAME}
        folders = [("", str(self.out))]
        while folders:
            prefix, folder = folders.pop()
            with os.scandir(folder) as entries:
                for entry in entries:
                    relative = prefix + entry.name
                    if entry.is_symlink():
                        continue
                    if entry.is_dir():
                        folders.append((relative + "/", entry.path))
                    elif relative not in known:
                        target = os.path.join(self._stage_str, relative)
                        if not os.path.exists(target):
                            os.makedirs(os.path.dirname(target), exist_ok=True)
                            _link_or_copy(entry.path, target)

    def _drain(self) -> None:
        pending, self._pending = self._pending, []
        for path, key, future in pending:
            sha, written = future.result()
            self.files[path] = {"sha256": sha, "key": key}
            if written:
                self.stats.written.append(path)
            else:
                self.stats.unchanged += 1

    def commit(self, revisions: dict | None = None) -> WriteStats:
        """Swap the staging folder in; the previous site is removed only afterwards."""
        self._drain()
        self.stats.written.sort()
        self._pool.shutdown()
        self._carry_over_foreign_files()
        self.stats.removed = sorted(set(self.previous) - set(self.files))
        manifest = {"format": MANIFEST_FORMAT, "files": dict(sorted(self.files.items())),
                    "revisions": dict(sorted((revisions or {}).items()))}
        (self.stage / MANIFEST_NAME).write_text(
            json.dumps(manifest, indent=0, sort_keys=True), encoding="utf-8")
        self.stage.chmod(0o755)
        if not self.out.exists():
            os.replace(self.stage, self.out)
            return self.stats
        old = Path(tempfile.mkdtemp(prefix=f".{self.out.name}.old-", dir=self.out.parent))
        os.rmdir(old)
        os.replace(self.out, old)
        try:
            os.replace(self.stage, self.out)
        except OSError:
            os.replace(old, self.out)
            raise
        shutil.rmtree(old, ignore_errors=True)
        return self.stats

    def abort(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        shutil.rmtree(self.stage, ignore_errors=True)
