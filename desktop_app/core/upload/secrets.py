"""The upload password, per workstation user under :attr:`UploadSettings.account`: in the
system's keyring where one is available, else in ``upload-passwords.json`` in Redaksi's settings
folder, readable only by this user (:mod:`desktop_app.core.secret_store`)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.secret_store import SecretStore

SERVICE = "Redaksi upload"
FILE_NAME = "upload-passwords.json"
IN_KEYRING = "keyring"
IN_FILE = "file"


class PasswordStore(SecretStore):
    """``save``, ``load`` and ``forget`` a password; ``where`` says where it goes."""

    def __init__(self, config_dir: str | Path | None = None) -> None:
        super().__init__(SERVICE, FILE_NAME, config_dir)

    @property
    def path(self) -> Path:
        return self.file

    @property
    def where(self) -> str:
        """:data:`IN_KEYRING` or :data:`IN_FILE` (where a password saved now goes)."""
        return IN_KEYRING if self.in_keyring else IN_FILE

    def save(self, account: str, password: str) -> str:
        """Store ``password``; returns where (:data:`IN_KEYRING` or :data:`IN_FILE`)."""
        return IN_KEYRING if self.set(account, password) else IN_FILE

    def load(self, account: str) -> str | None:
        return self.get(account)
