"""Atomic, incremental writing of an exported site.

Every file that changed is first written to a staging folder beside the output folder; a file
whose content (or whose inputs, recorded as a key in the manifest) did not change is not written
at all, so its modification time stays as it was. Until every file is staged the previous site
is untouched, and a failed or cancelled export only removes the staging folder.

Then the new site takes the old one's place in one step: the unchanged files are hard-linked
into the staging folder (a link, not a copy: the same file, its modification time kept), and
the two folders are exchanged atomically (``renameat2(RENAME_EXCHANGE)`` on Linux,
``renamex_np(RENAME_SWAP)`` on macOS). At every instant the output folder is the whole old
site or the whole new one, even when the process is killed.

The site swapped out is kept beside the new one as the next export's staging folder (its
*spare*, ``.<out>.spare-…``): the two share every file that did not change (hard links), and a
note in the spare (:data:`SPARE_NOTE`) says which paths differ and which manifest the live site
had then, so the next re-export after one change replaces only those paths in it and links
nothing else (a site of thousands of files is not linked again, and not removed, on each
export). A file of the spare is never written in place (it may be the live site's file too):
it is unlinked first. The spare is taken by renaming it (two exports at once cannot share it);
one whose note does not name the live site's manifest, byte for byte, is removed.

Where the system or the file
system cannot exchange folders or make hard links (Windows, some network or FAT drives), a
first or ``--full`` export swaps the folders with two renames, and a re-export moves only the
changed files in (each old file moved aside first, all of them moved back if a move fails)
and writes the manifest last; a marker file says that such a commit is under way, and an
export that finds the marker (a crash mid-commit) trusts nothing of the previous one and
rewrites the whole folder.

Nothing in the output folder is trusted: the previous manifest's paths are checked with
:func:`~desktop_app.core.export.paths.inside` (one that would leave the folder is ignored, so
nothing outside is moved or removed), and a symbolic link (or Windows junction) anywhere in
the folder stops the export before anything is written (following one would write outside the
folder; replacing it would silently drop what the user linked there).
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import hashlib
import json
import os
import shutil
import stat
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.core import json_text
from desktop_app.core.errors import RedaksiError
from desktop_app.core.export.paths import UnsafePathError, check_relative, inside

MANIFEST_NAME = ".redaksi-manifest.json"
#: Present in the output folder while a re-export moves its files in (see the module text).
COMMIT_MARKER = ".redaksi-export-incomplete"
MANIFEST_FORMAT = 1
WRITE_THREADS = 4
#: In the name of a previous site that an export swapped out and is removing (see
#: :meth:`SiteWriter._remove_previous_site`).
PREVIOUS_INFIX = "previous-"
#: In the name of the site swapped out and kept for the next export (see the module text).
SPARE_INFIX = "spare-"
#: In a spare: the sha256 of the manifest of the site it was kept beside, the paths where the
#: two differ, and the files not Redaksi's the site got from it.
SPARE_NOTE = ".redaksi-spare.json"
#: A spare is kept only when it differs from the new site in no more than this share of its
#: files (after a full export it differs in all: relinking them is no faster than linking).
SPARE_MAX_DIFFERENT = 0.25
LINK_BATCH = 500
#: A staging folder (``.<out>.export-…``) not touched for this long was left by an export that
#: was killed: an export running adds files to it all the time, and none takes a day.
STALE_STAGING_SECONDS = 24 * 3600


_MESSAGES = {
    "output_not_a_folder": "the output is a file, not a folder",
    "output_not_empty": "the output folder holds files that are not a Redaksi export; "
    "choose an empty folder or a previous export",
    "output_not_writable": "the output folder cannot be written",
    "duplicate_path": "two pages would have the same file name",
    "cancelled": "the export was cancelled; the previous site is unchanged",
    "theme_error": "the website theme has an error",
    "output_has_link": "the output folder holds a symbolic link, which the export does not follow",
}


class ExportError(RedaksiError):
    """The export could not be done; ``code`` names why (the UI translates it)."""

    def __init__(self, code: str, detail: str = "") -> None:
        self.code = code
        self.detail = detail
        super().__init__(_MESSAGES.get(code, code) + (f" ({detail})" if detail else ""))


@dataclass(frozen=True)
class Spare:
    """A spare's note (see the module text)."""

    manifest: str  # the sha256 of the live site's manifest when the spare was kept
    differs: frozenset[str]  # paths that are not the same file in the live site and the spare
    foreign: frozenset[str]  # files not Redaksi's that the live site got from the spare


def _read_spare(folder: str) -> Spare | None:
    """The note of the spare ``folder``, when it is well formed (its paths checked as a
    manifest's are), else None."""
    try:
        with open(os.path.join(folder, SPARE_NOTE), encoding="utf-8") as stream:
            note = json_text.loads(stream.read())
        manifest, differs, foreign = note["manifest"], note["differs"], note["foreign"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not (isinstance(manifest, str) and isinstance(differs, list) and isinstance(foreign, list)):
        return None
    try:
        for path in differs:
            check_relative(path)
    except (UnsafePathError, TypeError):
        return None
    if not all(_plain_relative(path) for path in foreign):
        return None
    return Spare(manifest, frozenset(differs), frozenset(foreign))


def _plain_relative(path: object) -> bool:
    """Whether ``path`` is a relative path below its root (a file not Redaksi's may have any
    name, ``.htaccess`` say, so not :func:`check_relative`)."""
    return (
        isinstance(path, str)
        and not path.startswith("/")
        and "\\" not in path
        and "\0" not in path
        and not (len(path) > 1 and path[1] == ":")
        and all(part not in ("", ".", "..") for part in path.split("/"))
    )


@dataclass
class WriteStats:
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    #: Paths of the previous manifest that would leave the output folder (or are not a path
    #: Redaksi writes): ignored, nothing at them is touched.
    ignored: list[str] = field(default_factory=list)


def read_manifest(out: Path) -> dict[str, Any] | None:
    """The previous export's manifest: ``files`` (``{path: {"sha256", "key"}}``) and
    ``revisions`` (what it learnt of the published snapshots), or None."""
    return _read_manifest(out)[0]


def _read_manifest(out: Path) -> tuple[dict[str, Any] | None, str, tuple[int, int] | None]:
    """:func:`read_manifest`, the sha256 of the manifest's bytes ("" without one) and which
    file it is (device and inode: each export writes a new one)."""
    try:
        with open(out / MANIFEST_NAME, "rb") as stream:
            raw = stream.read()
            facts = os.fstat(stream.fileno())
        data = json_text.loads(raw.decode("utf-8"))
    except (OSError, ValueError):
        return None, "", None
    return _well_formed(data), hashlib.sha256(raw).hexdigest(), (facts.st_dev, facts.st_ino)


def _well_formed(data: Any) -> dict[str, Any] | None:
    if (
        not isinstance(data, dict)
        or data.get("format") != MANIFEST_FORMAT
        or not isinstance(data.get("files"), dict)
    ):
        return None
    if not isinstance(data.get("revisions"), dict):
        data["revisions"] = {}
    return data


def _remove_tree(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def is_previous_site(folder: Path) -> bool:
    """Whether ``folder`` is named as only a previous site swapped out by an export is
    (``.<site>.previous-…``, see :meth:`SiteWriter._remove_previous_site`): the one kind of
    folder a background removal may be asked to remove."""
    name = folder.name
    return name.startswith(".") and f".{PREVIOUS_INFIX}" in name[1:] and not folder.is_symlink()


def store_copy(
    target: str, source: str, old: str | None, old_sha: str | None, sha: str | None = None
) -> tuple[str, bool]:
    """Stage a copy of the file ``source`` unless the old file has the same bytes: a hard link
    where the file system allows (no bytes written), else a copy; returns the sha256 and
    whether it was staged. ``sha``: the source's sha256 when known (then it is not read
    unless it must be copied)."""
    data = None
    if sha is None:
        with open(source, "rb") as stream:
            data = stream.read()
        sha = hashlib.sha256(data).hexdigest()
    if old is not None and old_sha == sha and os.path.getsize(old) == os.path.getsize(source):
        return sha, False
    try:
        os.link(source, target)
    except OSError:  # another drive, Windows' FAT, a share without links
        if data is None:
            with open(source, "rb") as stream:
                data = stream.read()
        with open(target, "wb") as stream:
            stream.write(data)
    return sha, True


def store(target: str, data: bytes, old: str | None, old_sha: str | None) -> tuple[str, bool]:
    """Stage ``data`` unless the old file has the same bytes; returns the sha256 and whether
    it was written."""
    sha = hashlib.sha256(data).hexdigest()
    if old is not None and old_sha == sha and os.path.getsize(old) == len(data):
        return sha, False
    with open(target, "wb") as stream:
        stream.write(data)
    return sha, True


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2  # Linux renameat2()
_RENAME_SWAP = 2  # macOS renamex_np()
_UNSUPPORTED = {errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV}


def exchange(first: str | Path, second: str | Path) -> bool:
    """Exchange two folders in one atomic step; False when this system or file system cannot
    (nothing changed then). Other failures raise :class:`OSError`."""
    if sys.platform.startswith("linux"):
        name, flag = "renameat2", _RENAME_EXCHANGE
    elif sys.platform == "darwin":
        name, flag = "renamex_np", _RENAME_SWAP
    else:
        return False
    try:
        function: Any = getattr(ctypes.CDLL(None, use_errno=True), name)
    except (AttributeError, OSError):
        return False
    a, b = os.fsencode(first), os.fsencode(second)
    if name == "renameat2":
        result = function(_AT_FDCWD, a, _AT_FDCWD, b, ctypes.c_uint(flag))
    else:
        result = function(a, b, ctypes.c_uint(flag))
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in _UNSUPPORTED:
        return False
    raise OSError(code, os.strerror(code), os.fsdecode(first))


def _is_link(entry: os.DirEntry[str]) -> bool:
    if entry.is_symlink():
        return True
    is_junction = getattr(entry, "is_junction", None)  # Python 3.12 on Windows
    return bool(is_junction and is_junction())


def _same_file(first: str, second: str) -> bool:
    try:
        return os.path.samestat(os.lstat(first), os.lstat(second))
    except OSError:
        return False


def _link_all(pairs: list[tuple[str, str]]) -> None:
    for source, target in pairs:
        _link_or_copy(source, target)


def _link_or_copy(source: str | Path, target: str | Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


class SiteWriter:
    """Collects the files of one export in a staging folder, then swaps it in."""

    def __init__(
        self, out: Path, full: bool = False, remove_folder: Callable[[Path], None] | None = None
    ) -> None:
        """``remove_folder`` removes the previous site once the new one is in place (default:
        at once, here; the command and the window hand it to a background process, see
        :meth:`_remove_previous_site`)."""
        out = Path(os.path.abspath(out))
        if out.is_symlink() and out.is_dir():
            # The folder chosen is a link to the real one (say /var/www/site): the site goes
            # there (swapping the link itself would leave the real folder as it was).
            out = Path(os.path.realpath(out))
        self.out = out
        self._out_str = str(out)
        #: The output folder with its separator (a drive's root has it already).
        self._out_prefix = self._out_str if self._out_str.endswith(os.sep) else self._out_str + os.sep
        if self.out.exists() and not self.out.is_dir():
            raise ExportError("output_not_a_folder", self.out.name)
        manifest, manifest_sha, self._manifest_file = (
            _read_manifest(self.out) if self.out.is_dir() else (None, "", None)
        )
        if self.out.is_dir() and manifest is None and any(self.out.iterdir()):
            raise ExportError("output_not_empty", self.out.name)
        self.stats = WriteStats()
        self._remove_folder = remove_folder or _remove_tree
        self.previous: dict[str, dict[str, str]] = self._checked(manifest["files"]) if manifest else {}
        #: Relative paths of the regular files in the output folder (a previous export).
        self._existing: set[str] = self._scan() if manifest is not None else set()
        if manifest is not None and (self.out / COMMIT_MARKER).exists():
            full = True  # the previous export stopped while moving its files in
        #: Facts of published snapshots from the previous export (not trusted by --full).
        self.previous_revisions: dict[str, Any] = manifest["revisions"] if manifest and not full else {}
        self.full = full
        #: A re-export of an export: only the changed files are written.
        self.in_place = manifest is not None and not full
        self.files: dict[str, dict[str, str]] = {}
        try:
            self.out.parent.mkdir(parents=True, exist_ok=True)
            self.stage = Path(tempfile.mkdtemp(prefix=f".{self.out.name}.export-", dir=self.out.parent))
        except OSError as exc:
            raise ExportError("output_not_writable", str(exc.strerror or "")) from exc
        #: Whether the new site is swapped in whole (else a re-export moves its files in).
        self.swap = not self.in_place or self._can_swap()
        self._remove_leftover_previous_sites()
        #: The spare taken as the staging folder (see the module text), or None.
        self.spare: Spare | None = None
        self._take_spare(manifest_sha if manifest is not None else "")
        self._stage_str = str(self.stage)
        self._made: set[str] = {self._stage_str}
        self._pool = ThreadPoolExecutor(max_workers=WRITE_THREADS)
        self._pending: list[tuple[str, str, Future[tuple[str, bool]]]] = []
        self._claimed: set[str] = set()
        #: Unchanged files to hard-link into the staging folder (swap mode): ``(previous
        #: file, staging file)``, linked in batches by the writing threads while pages render.
        self._to_link: list[tuple[str, str]] = []
        self._links: list[Future[None]] = []

    def _remove_leftover_previous_sites(self) -> None:
        """Previous sites whose removal was cut short (see :meth:`_remove_previous_site`), and
        staging folders of exports that were killed (untouched for
        :data:`STALE_STAGING_SECONDS`: one in use by a running export is fresh)."""
        previous = f".{self.out.name}.{PREVIOUS_INFIX}"
        staging = f".{self.out.name}.export-"
        stale_before = time.time() - STALE_STAGING_SECONDS

        def is_leftover(entry: os.DirEntry[str]) -> bool:
            if _is_link(entry) or not entry.is_dir(follow_symlinks=False):
                return False
            if entry.name.startswith(previous):
                return True
            if not entry.name.startswith(staging):
                return False
            return entry.stat(follow_symlinks=False).st_mtime < stale_before

        with os.scandir(self.out.parent) as entries:
            leftovers = [entry.path for entry in entries if is_leftover(entry)]
        for leftover in leftovers:
            shutil.rmtree(leftover, ignore_errors=True)

    def _take_spare(self, manifest_sha: str) -> None:
        """Take the live site's spare (its note names the manifest of sha256 ``manifest_sha``)
        as the staging folder, in a re-export that swaps; any other spare beside the output
        folder is removed like a previous site."""
        prefix = f".{self.out.name}.{SPARE_INFIX}"
        with os.scandir(self.out.parent) as entries:
            spares = [
                e.path for e in entries if e.name.startswith(prefix) and e.is_dir(follow_symlinks=False)
            ]
        for path in spares:
            spare = _read_spare(path) if self.spare is None and self.in_place and self.swap else None
            if spare is None or spare.manifest != manifest_sha:
                self._set_aside(path)
                continue
            try:
                os.replace(path, self.stage)  # (over the empty folder: taken, by one export)
            except OSError:
                continue  # (another export took it first)
            self.spare = spare
            for name in (SPARE_NOTE, MANIFEST_NAME):  # (the manifest is written anew at the end)
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(self.stage / name)

    def _set_aside(self, folder: str) -> None:
        """Remove a site folder no export uses: renamed as a previous site first (so that a
        removal cut short is finished by the next export), then ``remove_folder``."""
        previous = tempfile.mkdtemp(prefix=f".{self.out.name}.{PREVIOUS_INFIX}", dir=self.out.parent)
        try:
            os.replace(folder, previous)  # (over the empty folder just made)
        except OSError:
            os.rmdir(previous)
            return
        self._remove_folder(Path(previous))

    def _checked(self, files: dict[str, Any]) -> dict[str, dict[str, str]]:
        """The previous manifest's entries whose path stays inside the output folder (see
        :func:`inside`) and whose entry is well formed; the others go to ``stats.ignored``."""
        checked: dict[str, dict[str, str]] = {}
        for path, entry in files.items():
            try:
                check_relative(path)  # (what makes ``inside`` safe for any root: see there)
            except UnsafePathError:
                self.stats.ignored.append(path)
                continue
            if not isinstance(entry, dict) or not isinstance(entry.get("sha256"), str):
                self.stats.ignored.append(path)
                continue
            checked[path] = entry
        return checked

    def _scan(self) -> set[str]:
        """Relative paths of the regular files in the output folder (one directory listing
        per folder instead of a look-up per file); a symbolic link or junction anywhere in it
        stops the export (:class:`ExportError` ``output_has_link`` naming it)."""
        found: set[str] = set()
        folders = [("", str(self.out))]
        while folders:
            prefix, folder = folders.pop()
            with os.scandir(folder) as entries:
                for entry in entries:
                    if _is_link(entry):
                        raise ExportError("output_has_link", prefix + entry.name)
                    if entry.is_dir(follow_symlinks=False):
                        folders.append((prefix + entry.name + "/", entry.path))
                    elif entry.is_file(follow_symlinks=False):
                        found.add(prefix + entry.name)
        return found

    def _can_swap(self) -> bool:
        """Whether this file system can exchange two folders and make hard links (probed
        with empty folders and the manifest: nothing of the site changes)."""
        probe = tempfile.mkdtemp(prefix=f".{self.out.name}.export-", dir=self.out.parent)
        try:
            if not exchange(self.stage, probe):
                return False
            link = os.path.join(self.stage, MANIFEST_NAME)
            os.link(self.out / MANIFEST_NAME, link)
            os.unlink(link)
            return True
        except OSError:
            return False
        finally:
            os.rmdir(probe)

    def _target(self, path: str, make: bool = True, checked: bool = False) -> str:
        """Where ``path`` is staged (its folder made unless not ``make``). ``checked``: a path
        of the previous manifest, each checked with ``check_relative`` when it was read (a
        re-export keeps thousands: they are not checked again)."""
        if path in self._claimed:
            raise ExportError("duplicate_path", path)
        if checked:
            target = self._stage_str + os.sep + (path if os.sep == "/" else path.replace("/", os.sep))
        else:
            target = inside(self._stage_str, path)
        parent = os.path.dirname(target)
        if make and parent not in self._made:
            os.makedirs(parent, exist_ok=True)
            self._made.add(parent)
        if self.spare is not None:
            # The spare's file may be the live site's too (a hard link): never written in place.
            with contextlib.suppress(FileNotFoundError):
                os.unlink(target)
        return target

    def _old(self, path: str) -> str | None:
        if self.full or path not in self.previous or path not in self._existing:
            return None
        return os.path.join(self._out_str, path)

    def previous_bytes(self, path: str) -> bytes | None:
        """The previous export's file at ``path`` (None without one, or unreadable)."""
        old = self._old(path)
        if old is None:
            return None
        try:
            with open(old, "rb") as file:
                return file.read()
        except OSError:
            return None

    def as_written(self, path: str, data: bytes) -> bool:
        """Whether ``data`` (read with :meth:`previous_bytes`) is the file the previous export
        wrote at ``path``, byte for byte (its manifest's sha256)."""
        entry = self.previous.get(path)
        return entry is not None and hashlib.sha256(data).hexdigest() == entry["sha256"]

    def has(self, path: str) -> bool:
        return path in self._claimed

    def reuse(self, path: str, key: str) -> bool:
        """Keep the previous export's file when it was made from the same inputs."""
        entry = self.previous.get(path)
        if not key or entry is None or entry.get("key") != key:
            return False
        if self.full or path not in self._existing:
            return False
        if self.spare is not None and path not in self.spare.differs:
            if path in self._claimed:  # (the spare holds the live site's file there already)
                raise ExportError("duplicate_path", path)
        else:
            target = self._target(path, make=self.swap, checked=True)
            if self.swap:
                self._keep_at(self._out_prefix + target[len(self._stage_str) + 1 :], target)
        self._claimed.add(path)
        self.files[path] = entry if len(entry) == 2 else {"sha256": entry["sha256"], "key": key}
        self.stats.unchanged += 1
        return True

    def claim(self, path: str) -> tuple[str, str | None, str | None]:
        """Take ``path`` for a file that is staged elsewhere (by a worker process, with
        :func:`store`): ``(staging file, previous file or None, its sha256)``; then
        :meth:`record` it."""
        target = self._target(path)
        self._claimed.add(path)
        old = self._old(path)
        return target, old, (self.previous[path].get("sha256") if old else None)

    def record(self, path: str, key: str, sha: str, written: bool) -> None:
        self.files[path] = {"sha256": sha, "key": key}
        if written:
            self.stats.written.append(path)
        else:
            self._keep(path, os.path.join(self._stage_str, path))
            self.stats.unchanged += 1

    def _keep(self, path: str, target: str) -> None:
        """The previous file at ``path`` stays: into the new site by a hard link (in swap
        mode; its folder in the staging folder exists), or where it is."""
        if self.swap:
            self._keep_at(os.path.join(self._out_str, path), target)

    def _keep_at(self, old: str, target: str) -> None:
        """Hard-link ``old`` at ``target`` (swap mode), in batches, in the writing threads."""
        self._to_link.append((old, target))
        if len(self._to_link) >= LINK_BATCH:
            self._links.append(self._pool.submit(_link_all, self._to_link))
            self._to_link = []

    def write(self, path: str, data: bytes, key: str = "") -> None:
        """Add a file; when its bytes equal the previous export's, the old file stays."""
        self.write_claimed(path, key, data, *self.claim(path))

    def write_claimed(
        self, path: str, key: str, data: bytes, target: str, old: str | None, old_sha: str | None
    ) -> None:
        """:meth:`write` for a path already taken with :meth:`claim`."""
        # Hashing and writing happen in a few threads: creating files is slow on some file
        # systems, and hashing in this thread would wait for the GIL behind the writers.
        self._pending.append((path, key, self._pool.submit(store, target, data, old, old_sha)))
        if len(self._pending) > 256:
            self._drain()

    def copy_in(self, path: str, source: str | Path, key: str = "", sha: str | None = None) -> None:
        """Add a copy of a file this computer keeps elsewhere (a cache that replaces its files
        by renaming, never in place): hard-linked into the new site where the file system
        allows, so a full export writes none of its bytes; hashed for the manifest in the
        writing threads unless its ``sha`` (sha256) is given. When its bytes equal the previous
        export's, the old file stays."""
        target, old, old_sha = self.claim(path)
        self._pending.append(
            (path, key, self._pool.submit(store_copy, target, str(source), old, old_sha, sha))
        )
        if len(self._pending) > 256:
            self._drain()

    def _carry_over_foreign_files(self) -> set[str]:
        """Files in the output folder that Redaksi did not write (e.g. ``.htaccess``) stay:
        linked into the staging folder (a spare's copy is kept when it is the same file);
        which they are."""
        known = set(self.previous) | self._claimed | {MANIFEST_NAME, COMMIT_MARKER, SPARE_NOTE}
        foreign = self._existing - known
        for relative in foreign:
            source = os.path.join(self.out, relative)
            target = os.path.join(self._stage_str, relative)
            if self.spare is not None:
                if relative in self.spare.foreign and _same_file(source, target):
                    continue
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(target)
            elif os.path.exists(target):
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            _link_or_copy(source, target)
        return foreign

    def _clear_spare(self, foreign: set[str]) -> None:
        """Take out of the spare what the new site does not have: the files of the earlier
        sites it differed in, and the files not Redaksi's that the live site no longer has
        (the folders left empty too)."""
        assert self.spare is not None
        held = set(self.previous) | self.spare.differs | self.spare.foreign
        folders = set()
        for path in held - self.files.keys() - foreign - {MANIFEST_NAME, COMMIT_MARKER, SPARE_NOTE}:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(os.path.join(self._stage_str, path))
            folders.add(os.path.dirname(path))
        for folder in sorted(folders, key=len, reverse=True):  # (the deepest first)
            while folder:
                try:
                    os.rmdir(os.path.join(self._stage_str, folder))
                except OSError:
                    break
                folder = os.path.dirname(folder)

    def _drain(self) -> None:
        pending, self._pending = self._pending, []
        for path, key, future in pending:
            self.record(path, key, *future.result())

    def commit(self, revisions: dict[str, Any] | None = None) -> WriteStats:
        """Put the staged files in place; the previous site is changed only from here on."""
        self._drain()
        self.stats.written.sort()
        self._pool.shutdown()
        self.stats.removed = sorted(set(self.previous) - set(self.files))
        manifest = {"format": MANIFEST_FORMAT, "files": self.files, "revisions": revisions or {}}
        # One line, not indented: the C encoder (indent= makes json use its Python one), which
        # sorts the keys.
        data = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode("utf-8")
        spare = None
        if self.swap:
            _link_all(self._to_link)
            for link in self._links:
                link.result()
            foreign = self._carry_over_foreign_files()
            if self.spare is not None:
                self._clear_spare(foreign)
            differs = {*self.stats.written, *self.stats.removed}
            if self.in_place and len(differs) <= SPARE_MAX_DIFFERENT * max(len(self.files), 1):
                # The site swapped out is kept as the next export's spare (see the module text).
                spare = Spare(hashlib.sha256(data).hexdigest(), frozenset(differs), frozenset(foreign))
        (self.stage / MANIFEST_NAME).write_bytes(data)
        if not self.swap:
            self._commit_in_place()
            return self.stats
        try:
            mode = stat.S_IMODE(self.out.stat().st_mode)  # the folder keeps its permissions
        except OSError:
            mode = 0o755
        self.stage.chmod(mode)
        if not self.out.exists():
            os.replace(self.stage, self.out)
            return self.stats
        try:
            swapped = exchange(self.stage, self.out)
        except OSError:  # e.g. the output folder is a mount point (EBUSY)
            swapped = False
            if self.in_place:
                self._commit_in_place()
                return self.stats
        if swapped:
            if spare is None:
                self._remove_previous_site()
            else:
                self._keep_spare(spare)
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

    def _keep_spare(self, spare: Spare) -> None:
        """Keep the site just swapped out as the spare: its note, then its name (killed
        before, it is left as a staging folder, removed a day later, and the next export makes
        a new staging folder). Not when it is not the site this export read (another export
        swapped its own in meanwhile): what it differs in is not known."""
        note = {
            "manifest": spare.manifest,
            "differs": sorted(spare.differs),
            "foreign": sorted(spare.foreign),
        }
        try:
            facts = os.stat(self.stage / MANIFEST_NAME)
            if (facts.st_dev, facts.st_ino) == self._manifest_file:
                with contextlib.suppress(FileNotFoundError):  # (never written into: see the module)
                    os.unlink(self.stage / SPARE_NOTE)
                (self.stage / SPARE_NOTE).write_text(json.dumps(note), encoding="utf-8")
                os.replace(self.stage, self.out.parent / f".{self.out.name}.{SPARE_INFIX}{uuid.uuid4().hex}")
                return
        except OSError:
            pass
        self._remove_previous_site()

    def _remove_previous_site(self) -> None:
        """Remove the previous site (in the staging folder's place since the exchange) with
        :meth:`_set_aside`. Removing a site of thousands of files (hard links) takes longer than
        the rest of a re-export after one change; the new site is already in place, so
        ``remove_folder`` may do it in the background."""
        self._set_aside(self._stage_str)

    def _commit_in_place(self) -> None:
        """Move the written files into the output folder, the replaced and removed ones aside
        (into a folder beside it, moved back if anything fails), then the manifest."""
        out = str(self.out)
        aside = tempfile.mkdtemp(prefix=f".{self.out.name}.old-", dir=self.out.parent)
        marker = os.path.join(out, COMMIT_MARKER)
        moved: list[tuple[str, bool]] = []  # (path, whether an old file was moved aside)
        made = {out}
        made_aside = {aside}

        def folder(path: str, done: set[str]) -> None:
            parent = os.path.dirname(path)
            if parent not in done:
                os.makedirs(parent, exist_ok=True)
                done.add(parent)

        def move_aside(path: str) -> bool:
            current = os.path.join(out, path)
            if not os.path.lexists(current):
                return False
            folder(os.path.join(aside, path), made_aside)
            os.replace(current, os.path.join(aside, path))
            return True

        try:
            with open(marker, "wb"):
                pass
            for path in self.stats.written:
                had_old = move_aside(path)
                moved.append((path, had_old))
                target = os.path.join(out, path)
                folder(target, made)
                os.replace(os.path.join(self._stage_str, path), target)
            for path in self.stats.removed:
                # (only a file: a manifest naming a folder must not take the folder away)
                if path in self._existing and move_aside(path):
                    moved.append((path, True))
            os.replace(os.path.join(self._stage_str, MANIFEST_NAME), os.path.join(out, MANIFEST_NAME))
        except BaseException:
            written = set(self.stats.written)
            for path, had_old in reversed(moved):
                target = os.path.join(out, path)
                if path in written and os.path.lexists(target):
                    os.replace(target, os.path.join(self._stage_str, path))
                if had_old:
                    os.replace(os.path.join(aside, path), target)
            Path(marker).unlink(missing_ok=True)
            shutil.rmtree(aside, ignore_errors=True)
            raise
        os.unlink(marker)
        shutil.rmtree(aside, ignore_errors=True)
        shutil.rmtree(self.stage, ignore_errors=True)
        for path in self.stats.removed:  # folders of removed pages, when nothing is left in them
            parent = os.path.dirname(path)
            while parent:
                try:
                    os.rmdir(os.path.join(out, parent))
                except OSError:
                    break
                parent = os.path.dirname(parent)

    def abort(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        shutil.rmtree(self.stage, ignore_errors=True)
