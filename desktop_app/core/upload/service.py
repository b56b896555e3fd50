"""What the window and the commands use of the upload, on one open database."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from peewee import Database

from desktop_app.core.upload.connection import connect
from desktop_app.core.upload.errors import HostKeyUnknown, UploadError
from desktop_app.core.upload.known_hosts import KnownHosts
from desktop_app.core.upload.remote import RemoteFolder
from desktop_app.core.upload.secrets import PasswordStore
from desktop_app.core.upload.settings import UploadSettings, load_upload_settings, save_upload_settings
from desktop_app.core.upload.sync import (
    REMOTE_MANIFEST,
    UploadProgress,
    UploadResult,
    parse_manifest,
    upload_site,
)

if TYPE_CHECKING:
    from desktop_app.core.auth import SignedIn


@dataclass(frozen=True)
class ConnectionReport:
    """What "Test connection" found: signed in, the remote folder there (made if missing),
    and how many files an earlier upload left listed in the server's manifest (None: none)."""

    files_on_server: int | None


class UploadService:
    def __init__(self, database: Database, config_dir: str | Path | None = None) -> None:
        """``config_dir``: where the trusted server keys and (without a keyring) the password
        are kept (default: Redaksi's settings folder)."""
        self.db = database
        self.passwords = PasswordStore(config_dir)
        self.known_hosts = KnownHosts(config_dir)

    def settings(self) -> UploadSettings:
        return load_upload_settings(self.db)

    def save_settings(self, settings: UploadSettings, actor: SignedIn) -> UploadSettings:
        return save_upload_settings(self.db, settings, actor=actor)

    def saved_password(self, settings: UploadSettings | None = None) -> str | None:
        return self.passwords.load((settings or self.settings()).account)

    def remember_password(self, settings: UploadSettings, password: str) -> str:
        """Stores it for this user on this computer; returns where (``keyring`` or ``file``)."""
        return self.passwords.save(settings.account, password)

    def forget_password(self, settings: UploadSettings) -> None:
        self.passwords.forget(settings.account)

    def trust(self, unknown: HostKeyUnknown) -> None:
        """The user confirmed the fingerprint of a server seen for the first time."""
        self.known_hosts.trust(unknown.entry, unknown.kind)

    def connect(
        self,
        settings: UploadSettings | None = None,
        password: str | None = None,
        *,
        accept_fingerprint: str = "",
    ) -> RemoteFolder:
        settings = settings or self.settings()
        if not settings.configured:
            raise UploadError("not_configured")
        if password is None:
            password = self.saved_password(settings)
        return connect(settings, password, self.known_hosts, accept_fingerprint=accept_fingerprint)

    def test_connection(
        self, settings: UploadSettings, password: str | None = None, accept_fingerprint: str = ""
    ) -> ConnectionReport:
        remote = self.connect(settings, password, accept_fingerprint=accept_fingerprint)
        try:
            manifest = parse_manifest(remote.read(REMOTE_MANIFEST))
        finally:
            remote.close()
        return ConnectionReport(None if manifest is None else len(manifest["files"]))

    def site_folder(self, folder: str | Path | None = None, settings: UploadSettings | None = None) -> Path:
        chosen = folder or (settings or self.settings()).site_folder
        if not chosen:
            raise UploadError("folder_missing", "")
        return Path(chosen).expanduser()

    def upload(
        self,
        folder: str | Path | None = None,
        *,
        dry_run: bool = False,
        full: bool = False,
        progress: UploadProgress | None = None,
        cancelled: Callable[[], bool] | None = None,
        accept_fingerprint: str = "",
        settings: UploadSettings | None = None,
        password: str | None = None,
    ) -> UploadResult:
        """Send the exported site (``folder``, else the settings' website folder)."""
        from desktop_app.core.upload.sync import site_files

        local_folder = self.site_folder(folder, settings)
        local = site_files(local_folder)  # (a wrong folder is said before connecting)
        remote = self.connect(settings, password, accept_fingerprint=accept_fingerprint)
        try:
            return upload_site(
                local_folder,
                remote,
                dry_run=dry_run,
                full=full,
                progress=progress,
                cancelled=cancelled,
                local=local,
            )
        finally:
            with contextlib.suppress(Exception):  # (a connection already broken)
                remote.close()
