"""Passwords Redaksi keeps for this computer's user (the upload's, WordPress's application
password): in the system's keyring (GNOME Keyring, KWallet, Windows Credential Manager, the
macOS Keychain) where one can keep a secret, else in a JSON file of Redaksi's settings folder
that only this user may read (``0600``) — the window and the commands say which, since anyone
with this account's files can read the file. No Qt here."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

from desktop_app.core import json_text


def default_config_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("Redaksi", appauthor=False))


def usable_keyring() -> Any | None:
    """The system keyring's backend when it can keep a secret; None on, e.g., a headless Linux
    without Secret Service (keyring's ``fail`` backend, a chainer with nothing inside, or a
    backend of priority 0 or less)."""
    try:
        import keyring
        from keyring.backends import chainer, fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring setup is no keyring
        return None
    if isinstance(backend, fail.Keyring):
        return None
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None
    priority = getattr(backend, "priority", 1)
    return backend if priority and priority > 0 else None


class SecretStore:
    """Secrets by name under one keyring ``service``; the file ``file_name`` where there is
    no keyring (or the keyring refuses). The keyring is looked for once, when made."""

    def __init__(
        self, service: str, file_name: str, config_dir: str | Path | None = None, *, use_keyring: bool = True
    ) -> None:
        self.service = service
        self.config_dir = Path(config_dir) if config_dir is not None else default_config_dir()
        self.file = self.config_dir / file_name
        self._backend = usable_keyring() if use_keyring else None

    @property
    def in_keyring(self) -> bool:
        """Whether a secret stored now goes to the keyring (else to :attr:`file`)."""
        return self._backend is not None

    def get(self, name: str) -> str | None:
        if self._backend is not None:
            try:
                found = self._backend.get_password(self.service, name)
            except Exception:  # noqa: BLE001 - a locked or broken keyring: perhaps in the file
                found = None
            if found:
                return str(found)
        return self._read_file().get(name)

    def set(self, name: str, secret: str) -> bool:
        """Keep ``secret`` (``""``: forget it); True when it went to the keyring."""
        if not secret:
            self.forget(name)
            return self.in_keyring
        if self._backend is not None:
            try:
                self._backend.set_password(self.service, name, secret)
            except Exception:  # noqa: BLE001 - a locked or refusing keyring: the file
                pass
            else:
                self._forget_in_file(name)
                return True
        stored = self._read_file()
        stored[name] = secret
        self._write_file(stored)
        return False

    def forget(self, name: str) -> None:
        if self._backend is not None:
            with contextlib.suppress(Exception):  # (not there)
                self._backend.delete_password(self.service, name)
        self._forget_in_file(name)

    def _forget_in_file(self, name: str) -> None:
        stored = self._read_file()
        if name in stored:
            del stored[name]
            self._write_file(stored)

    def _read_file(self) -> dict[str, str]:
        try:
            data = json_text.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def _write_file(self, data: dict[str, str]) -> None:
        self.file.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.file.with_name(f".{self.file.name}.{os.getpid()}.tmp")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=1, sort_keys=True)
        os.replace(temporary, self.file)
