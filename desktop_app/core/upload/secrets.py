"""The upload password: in the system's keyring (GNOME Keyring, KWallet, Windows Credential
Manager, the macOS Keychain) where one is available, else in a file only this user may read
(``upload-passwords.json`` in Redaksi's settings folder) — the window and the commands say so,
since anyone with this account's files can read it there.

Stored per workstation user, under :attr:`UploadSettings.account`."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

SERVICE = "Redaksi upload"
FILE_NAME = "upload-passwords.json"
IN_KEYRING = "keyring"
IN_FILE = "file"


def default_config_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("Redaksi", appauthor=False))


def _usable_keyring() -> Any:
    """The keyring module when a real backend is available (not the "fail" or "null" ones)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring configuration: use the file
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return keyring


class PasswordStore:
    """``save``, ``load`` and ``forget`` a password; ``where`` says where it went."""

    def __init__(self, config_dir: str | Path | None = None) -> None:
        self.config_dir = Path(config_dir) if config_dir is not None else default_config_dir()

    @property
    def path(self) -> Path:
        return self.config_dir / FILE_NAME

    @property
    def where(self) -> str:
        """:data:`IN_KEYRING` or :data:`IN_FILE` (where a password saved now goes)."""
        return IN_KEYRING if _usable_keyring() is not None else IN_FILE

    def _file(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def _write_file(self, data: dict[str, str]) -> None:
        self.config_dir.mkdir(parents=True, exist_ok=True)
        temp = self.path.with_name(f".{FILE_NAME}.{os.getpid()}.tmp")
        handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(data, stream, indent=1, sort_keys=True)
        os.replace(temp, self.path)

    def save(self, account: str, password: str) -> str:
        """Store ``password``; returns where (:data:`IN_KEYRING` or :data:`IN_FILE`)."""
        keyring = _usable_keyring()
        if keyring is not None:
            try:
                keyring.set_password(SERVICE, account, password)
            except Exception:  # noqa: BLE001 - a locked or refusing keyring: the file
                pass
            else:
                self._forget_in_file(account)
                return IN_KEYRING
        data = self._file()
        data[account] = password
        self._write_file(data)
        return IN_FILE

    def load(self, account: str) -> str | None:
        keyring = _usable_keyring()
        if keyring is not None:
            try:
                found = keyring.get_password(SERVICE, account)
            except Exception:  # noqa: BLE001 - a locked keyring: perhaps in the file
                found = None
            if found is not None:
                return str(found)
        return self._file().get(account)

    def forget(self, account: str) -> None:
        keyring = _usable_keyring()
        if keyring is not None:
            with contextlib.suppress(Exception):  # (not there)
                keyring.delete_password(SERVICE, account)
        self._forget_in_file(account)

    def _forget_in_file(self, account: str) -> None:
        data = self._file()
        if account in data:
            del data[account]
            self._write_file(data)
