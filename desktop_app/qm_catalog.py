"""Qt's compiled translations (``.qm``) read without Qt, for the headless commands.

Loading PySide6.QtCore only to translate a command's few messages costs about 60 ms of every
``redaksi export``; this reader answers ``translate(context, text)`` from the same files the
same way Qt's ``QTranslator`` does (its hash table of source texts, then the context and source
text kept with the message, the disambiguation retried empty), so the words are the window's.
Plural forms (``%n``) are not handled: a command that needs them uses Qt's translators.

The file: a 16-byte magic number, then sections (a tag byte, a big-endian 32-bit length, the
data): ``Contexts`` (a hash table of the context names), ``Hashes`` (sorted pairs of the ELF
hash of source text + disambiguation and the offset of its message) and ``Messages`` (tagged
fields: translations in UTF-16BE, context, source text and disambiguation in UTF-8).
"""

from __future__ import annotations

import struct
from bisect import bisect_left
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_CONTEXTS, _HASHES, _MESSAGES = 0x2F, 0x42, 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8


class QmFormatError(ValueError):
    """Not a ``.qm`` file this reader understands."""


def elf_hash(data: bytes) -> int:
    """Qt's ``elfHash`` of a string's bytes (0 is never a hash: it becomes 1)."""
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def _match(found: bytes, wanted: bytes) -> bool:
    """Qt's ``match``: a stored string may end with its NUL."""
    if found[-1:] == b"\x00":
        found = found[:-1]
    return found == wanted


class QmCatalog:
    """The messages of one ``.qm`` file."""

    def __init__(self, data: bytes) -> None:
        if data[:16] != MAGIC:
            raise QmFormatError("not a .qm file")
        sections: dict[int, bytes] = {}
        at = 16
        while at + 5 <= len(data):
            tag = data[at]
            (length,) = struct.unpack_from(">I", data, at + 1)
            sections[tag] = data[at + 5 : at + 5 + length]
            at += 5 + length
        self._contexts = sections.get(_CONTEXTS, b"")
        hashes = sections.get(_HASHES, b"")
        pairs = struct.unpack(f">{len(hashes) // 4}I", hashes[: len(hashes) // 8 * 8])
        self._hashes = list(pairs[0::2])
        self._offsets = list(pairs[1::2])
        self._messages = sections.get(_MESSAGES, b"")

    @classmethod
    def load(cls, path: str | Path) -> QmCatalog:
        return cls(Path(path).read_bytes())

    def _has_context(self, context: bytes) -> bool:
        table = self._contexts
        if not table:
            return True  # (no table: every context may be in the file)
        (size,) = struct.unpack_from(">H", table, 0)
        (offset,) = struct.unpack_from(">H", table, 2 + (elf_hash(context) % size) * 2)
        if offset == 0:
            return False
        at = 2 + size * 2 + offset * 2
        while at < len(table):
            length = table[at]
            if length == 0:
                return False
            if _match(table[at + 1 : at + 1 + length], context):
                return True
            at += 1 + length
        return False

    def translate(self, context: str, text: str, disambiguation: str | None = None) -> str | None:
        """The translation of ``text`` in ``context``, or None when the file has none."""
        context_bytes = context.encode("utf-8")
        if not self._hashes or not self._has_context(context_bytes):
            return None
        source = text.encode("utf-8")
        comment = (disambiguation or "").encode("utf-8")
        while True:
            wanted = elf_hash(source + comment)
            at = bisect_left(self._hashes, wanted)
            while at < len(self._hashes) and self._hashes[at] == wanted:
                found = self._message(self._offsets[at], context_bytes, source, comment)
                if found is not None:
                    return found
                at += 1
            if not comment:
                return None
            comment = b""

    def _message(self, at: int, context: bytes, source: bytes, comment: bytes) -> str | None:
        data, end = self._messages, len(self._messages)
        translation: bytes | None = None
        while at < end:
            tag = data[at]
            at += 1
            if tag == _END:
                break
            if tag == _OBSOLETE1:
                at += 4
                continue
            if tag not in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT):
                return None
            (length,) = struct.unpack_from(">I", data, at)
            at += 4
            if tag == _TRANSLATION and length == 0xFFFFFFFF:  # (a null translation)
                continue
            first = data[at] if at < end else 0  # (Qt looks at the byte even for an empty one)
            value = data[at : at + length]
            at += length
            if tag == _TRANSLATION:
                if length & 1:
                    return None
                if translation is None:  # the first form (plurals are not handled)
                    translation = value
            else:
                wanted = {_SOURCE: source, _CONTEXT: context, _COMMENT: comment}[tag]
                if (tag != _COMMENT or first) and not _match(value, wanted):
                    return None
        if translation is None:
            return None
        return translation.decode("utf-16-be")


class Catalogs:
    """Several ``.qm`` files asked in turn, as Qt asks its installed translators."""

    def __init__(self, catalogs: list[QmCatalog]) -> None:
        self.catalogs = catalogs

    @classmethod
    def load(cls, paths: list[Path]) -> Catalogs:
        found = []
        for path in paths:
            try:
                found.append(QmCatalog.load(path))
            except (OSError, QmFormatError):
                continue
        return cls(found)

    def translate(self, context: str, text: str, disambiguation: str | None = None) -> str:
        for catalog in self.catalogs:
            found = catalog.translate(context, text, disambiguation)
            if found is not None:
                return found
        return text
