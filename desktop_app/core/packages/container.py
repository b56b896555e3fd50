"""The review package file: a zip with JSON inside, its manifest signed by the sender.

Layout (see ``docs/review-packages.md``)::

    manifest.json        what the package is, who sent it from which database, for which one,
                         and the SHA-256 of every other part
    manifest.sig         the sender's Ed25519 signature over manifest.json's exact bytes (hex)
    people.json          the people it names: uuid, name, role, public keys
    articles/<uuid>.json an article: its fields, revisions, comments, audit records
    images/<sha256>.json an image's description; images/<sha256> its original bytes

Reading is defensive: the file's size, the number of parts and every part's size (as the zip's
central directory claims it, and again as it inflates) are held to the limits below; names with
``..``, absolute paths, backslashes, drive letters or control characters, and duplicate names
are refused. Nothing is extracted to disk.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nacl.exceptions
import nacl.signing

from desktop_app.core import json_text
from desktop_app.core.packages.errors import PackageError, Problem

#: The format this Redaksi writes and the newest it reads.
FORMAT_VERSION = 1
#: The file's type, in its manifest.
PACKAGE_KIND = "redaksi-review-package"
FILE_SUFFIX = ".redaksi"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
PEOPLE = "people.json"

# -- the limits of what is read ----------------------------------------------------------------
#: The largest package file read (a few hundred photos).
MAX_PACKAGE_BYTES = 1024 * 1024 * 1024
#: The most parts (files inside the zip).
MAX_PARTS = 10_000
#: The largest part, inflated (a photo's original; a long article's history).
MAX_PART_BYTES = 64 * 1024 * 1024
#: All parts together, inflated.
MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024
#: The most a part may inflate relative to its compressed size (text compresses ~10:1).
MAX_RATIO = 200
_CHUNK = 64 * 1024
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*")


def canonical(value: object) -> bytes:
    """``value`` as the package writes JSON: UTF-8, keys sorted, indented (for a person who
    opens the zip; the hashes cover the exact bytes, whatever their layout)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_name(name: str) -> None:
    """Refuse a part name that could point outside a folder or is not one of ours."""
    if (
        not name
        or "\\" in name
        or name.startswith("/")
        or ".." in name.split("/")
        or (len(name) > 1 and name[1] == ":")
        or any(ord(c) < 32 for c in name)
        or len(name) > 200
        or not _NAME.fullmatch(name)
    ):
        raise PackageError(Problem.BAD_NAME, name)


def write_package(path: str | Path, parts: dict[str, bytes], manifest: dict[str, Any], signer: Any) -> str:
    """Write ``parts`` with their hashes in ``manifest``, signed by ``signer``; returns the
    file's SHA-256. Written to a temporary file beside ``path``, then moved into place."""
    manifest = {**manifest, "parts": {name: sha256_hex(data) for name, data in sorted(parts.items())}}
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(_info(MANIFEST, zipfile.ZIP_DEFLATED), manifest_bytes)
        archive.writestr(_info(SIGNATURE, zipfile.ZIP_STORED), signer.sign(manifest_bytes).encode("ascii"))
        for name, data in sorted(parts.items()):
            check_name(name)
            method = (
                zipfile.ZIP_STORED if name.startswith("images/") and "." not in name else zipfile.ZIP_DEFLATED
            )
            archive.writestr(_info(name, method), data)
    data = buffer.getvalue()
    target = Path(path)
    temporary = target.with_name(target.name + ".part")
    temporary.write_bytes(data)
    temporary.replace(target)
    return sha256_hex(data)


def _info(name: str, method: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
    info.compress_type = method
    info.external_attr = 0o644 << 16
    return info


@dataclass(frozen=True)
class Opened:
    """A package read and checked: its manifest, the sender's signature (not yet verified
    against a key this database knows), every part's bytes, and the file's SHA-256."""

    manifest: dict[str, Any]
    manifest_bytes: bytes
    signature: str
    parts: dict[str, bytes]
    file_sha256: str

    def json(self, name: str) -> Any:
        try:
            return json_text.loads(self.parts[name].decode("utf-8"))
        except (KeyError, UnicodeDecodeError, ValueError) as exc:
            raise PackageError(Problem.DAMAGED, name) from exc

    def names(self, folder: str) -> Iterator[str]:
        return (name for name in sorted(self.parts) if name.startswith(folder))


def _read_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: list[int]) -> bytes:
    """A part's bytes, stopped as soon as it inflates past what it claimed or the limits."""
    limit = min(info.file_size, MAX_PART_BYTES)
    out = bytearray()
    with archive.open(info) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            if not chunk:
                break
            out += chunk
            budget[0] -= len(chunk)
            if len(out) > limit or budget[0] < 0:
                raise PackageError(Problem.TOO_BIG, info.filename)
    return bytes(out)


def open_package(path: str | Path) -> Opened:
    """Read the package at ``path`` and check its container: the limits, the names and the
    manifest's format. Raises :class:`PackageError`. The sender's signature is checked by
    :func:`verify_signature`, then the parts against the manifest by :func:`check_parts`."""
    target = Path(path)
    try:
        size = target.stat().st_size
    except OSError as exc:
        raise PackageError(Problem.UNREADABLE, str(exc.strerror or exc)) from exc
    if size > MAX_PACKAGE_BYTES:
        raise PackageError(Problem.TOO_BIG, target.name)
    try:
        data = target.read_bytes()
    except OSError as exc:
        raise PackageError(Problem.UNREADABLE, str(exc.strerror or exc)) from exc
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise PackageError(Problem.NOT_A_PACKAGE, target.name) from exc
    with archive:
        return _read(archive, sha256_hex(data))


def _read(archive: zipfile.ZipFile, file_sha256: str) -> Opened:
    infos = archive.infolist()
    if len(infos) > MAX_PARTS:
        raise PackageError(Problem.TOO_MANY_PARTS, str(len(infos)))
    seen: set[str] = set()
    claimed = 0
    for info in infos:
        check_name(info.filename)
        if info.filename in seen:
            raise PackageError(Problem.DUPLICATE_NAME, info.filename)
        seen.add(info.filename)
        if info.flag_bits & 0x1:  # encrypted
            raise PackageError(Problem.NOT_A_PACKAGE, info.filename)
        if info.file_size > MAX_PART_BYTES or (
            info.compress_size and info.file_size > MAX_RATIO * info.compress_size + _CHUNK
        ):
            raise PackageError(Problem.TOO_BIG, info.filename)
        claimed += info.file_size
    if claimed > MAX_TOTAL_BYTES:
        raise PackageError(Problem.TOO_BIG, str(claimed))
    if MANIFEST not in seen or SIGNATURE not in seen:
        raise PackageError(Problem.NOT_A_PACKAGE, MANIFEST)
    budget = [MAX_TOTAL_BYTES]
    try:
        parts = {info.filename: _read_part(archive, info, budget) for info in infos}
    except (zipfile.BadZipFile, EOFError, OSError, RuntimeError, NotImplementedError) as exc:
        raise PackageError(Problem.DAMAGED, str(exc)) from exc
    manifest_bytes = parts.pop(MANIFEST)
    signature = parts.pop(SIGNATURE).decode("ascii", "replace").strip()
    try:
        manifest = json_text.loads(manifest_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise PackageError(Problem.DAMAGED, MANIFEST) from exc
    if not isinstance(manifest, dict) or manifest.get("kind") != PACKAGE_KIND:
        raise PackageError(Problem.NOT_A_PACKAGE, MANIFEST)
    version = manifest.get("format")
    if not isinstance(version, int) or version < 1:
        raise PackageError(Problem.DAMAGED, MANIFEST)
    if version > FORMAT_VERSION:
        raise PackageError(Problem.NEWER_FORMAT, str(version))
    return Opened(manifest, manifest_bytes, signature, parts, file_sha256)


def check_parts(opened: Opened) -> None:
    """Every part listed in the (verified) manifest with its hash, none more and none less."""
    listed = opened.manifest.get("parts")
    if not isinstance(listed, dict):
        raise PackageError(Problem.DAMAGED, MANIFEST)
    parts = opened.parts
    for name in sorted(set(listed) | set(parts)):
        if name not in parts:
            raise PackageError(Problem.PART_MISSING, name)
        if name not in listed:
            raise PackageError(Problem.PART_ADDED, name)
        if sha256_hex(parts[name]) != listed[name]:
            raise PackageError(Problem.PART_CHANGED, name)


def verify_signature(opened: Opened, public_key: str) -> bool:
    """Whether ``manifest.sig`` is ``public_key``'s signature of the manifest's bytes."""
    try:
        nacl.signing.VerifyKey(bytes.fromhex(public_key)).verify(
            opened.manifest_bytes, bytes.fromhex(opened.signature)
        )
    except (nacl.exceptions.BadSignatureError, ValueError, TypeError):
        return False
    return True
