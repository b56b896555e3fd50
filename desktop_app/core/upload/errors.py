"""Why an upload could not be done; ``code`` names it, the UI and the commands translate it
(``desktop_app/upload_messages.py``)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from desktop_app.core.errors import RedaksiError


class UploadError(RedaksiError):
    """``code``: ``not_configured``, ``folder_missing``, ``not_an_export``,
    ``export_incomplete``, ``connect_failed``, ``auth_failed``, ``no_password``,
    ``key_file``, ``key_passphrase``, ``tls_failed``, ``remote_folder``, ``connection_lost``,
    ``remote_error``, ``cancelled``; ``detail`` what the system said."""

    def __init__(self, code: str, detail: str = "") -> None:
        self.code = code
        self.detail = detail
        super().__init__(code + (f": {detail}" if detail else ""))


def system_reason(exc: BaseException) -> str:
    """What the system said of a failure, for an error's ``detail``: an OSError's words (without
    its number), else the exception's text, else its kind."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


@contextlib.contextmanager
def signing_in(
    refused: type[BaseException] | tuple[type[BaseException], ...],
    failed: type[BaseException] | tuple[type[BaseException], ...],
) -> Iterator[None]:
    """Signing in to a web host, whatever the protocol: its refusal of the user, password or key
    (``refused``) is ``auth_failed``; a connection that fails meanwhile (``failed``) is
    ``connect_failed`` with what the system said."""
    try:
        yield
    except refused as exc:
        raise UploadError("auth_failed") from exc
    except failed as exc:
        raise UploadError("connect_failed", system_reason(exc)) from exc


class UploadCancelled(UploadError):
    def __init__(self) -> None:
        super().__init__("cancelled")


class HostKeyUnknown(UploadError):
    """The server is not known yet (first use): its key (SFTP) or certificate (FTPS) must be
    confirmed by its ``fingerprint`` before anything is sent. ``entry`` is what is stored when
    it is trusted (see :mod:`.known_hosts`)."""

    def __init__(self, host: str, port: int, fingerprint: str, entry: str, kind: str = "ssh") -> None:
        self.host = host
        self.port = port
        self.fingerprint = fingerprint
        self.entry = entry
        self.kind = kind
        super().__init__("host_key_unknown", f"{host}:{port} {fingerprint}")


class HostKeyChanged(UploadError):
    """The server's key (or certificate) is not the one trusted before: refused. Either the
    server was reinstalled, or someone is in between; ``known_file`` is where the old one is."""

    def __init__(self, host: str, port: int, fingerprint: str, known_file: str) -> None:
        self.host = host
        self.port = port
        self.fingerprint = fingerprint
        self.known_file = known_file
        super().__init__("host_key_changed", f"{host}:{port} {fingerprint}")
