"""Opening the web host of the settings: SFTP (:mod:`.sftp`) or FTPS (:mod:`.ftps`)."""

from __future__ import annotations

from desktop_app.core.upload.known_hosts import KnownHosts
from desktop_app.core.upload.remote import RemoteFolder
from desktop_app.core.upload.settings import UploadSettings

TIMEOUT_SECONDS = 30.0


def connect(
    settings: UploadSettings,
    password: str | None,
    known_hosts: KnownHosts | None = None,
    *,
    accept_fingerprint: str = "",
    timeout: float = TIMEOUT_SECONDS,
) -> RemoteFolder:
    """Sign in to the host of ``settings`` and open its remote folder (made if missing)."""
    known = known_hosts or KnownHosts()
    if settings.protocol == "ftps":
        from desktop_app.core.upload.ftps import connect_ftps

        return connect_ftps(settings, password, known, accept_fingerprint, timeout)
    from desktop_app.core.upload.sftp import connect_sftp

    return connect_sftp(settings, password, known, accept_fingerprint, timeout)
