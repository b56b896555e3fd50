"""FTPS (FTP with explicit TLS, ``AUTH TLS``) with :mod:`ftplib`: the control and the data
connections encrypted (``PROT P``), the server's certificate checked against the system's
authorities, or — a self-signed one, common on small hosts — trusted by its fingerprint on
first use (:mod:`.known_hosts`)."""

from __future__ import annotations

import contextlib
import ftplib
import io
import posixpath
import ssl
from typing import TYPE_CHECKING, BinaryIO

from desktop_app.core.upload.errors import UploadCancelled, UploadError, signing_in, system_reason
from desktop_app.core.upload.known_hosts import KnownHosts
from desktop_app.core.upload.remote import OnBytes
from desktop_app.core.upload.settings import UploadSettings

if TYPE_CHECKING:
    from desktop_app.core.upload.remote import RemoteFolder

BLOCK = 64 * 1024
#: A connection that failed (rather than a refusal in FTP's words).
_FAILED = (OSError, EOFError, ftplib.Error)


def _reply_code(exc: BaseException) -> str:
    return str(exc)[:3]


def _open(settings: UploadSettings, context: ssl.SSLContext, timeout: float) -> ftplib.FTP_TLS:
    ftp = ftplib.FTP_TLS(context=context, timeout=timeout)
    try:
        ftp.connect(settings.host, settings.port, timeout=timeout)
        ftp.auth()
    except BaseException:
        ftp.close()
        raise
    return ftp


def connect_ftps(
    settings: UploadSettings,
    password: str | None,
    known_hosts: KnownHosts,
    accept_fingerprint: str = "",
    timeout: float = 30.0,
) -> RemoteFolder:
    if not password:
        raise UploadError("no_password")
    try:
        try:
            ftp = _open(settings, ssl.create_default_context(), timeout)
        except ssl.SSLCertVerificationError:
            # No authority vouches for it: trusted by its fingerprint, or asked about.
            unverified = ssl.create_default_context()
            unverified.check_hostname = False
            unverified.verify_mode = ssl.CERT_NONE
            ftp = _open(settings, unverified, timeout)
            der = ftp.sock.getpeercert(binary_form=True) if isinstance(ftp.sock, ssl.SSLSocket) else None
            try:
                known_hosts.check_certificate(settings.host, settings.port, der or b"", accept_fingerprint)
            except BaseException:
                ftp.close()
                raise
    except ssl.SSLError as exc:
        raise UploadError("tls_failed", exc.reason or str(exc)) from exc
    except ftplib.error_perm as exc:  # AUTH TLS refused: the server has no TLS
        raise UploadError("tls_failed", str(exc)) from exc
    except _FAILED as exc:
        raise UploadError("connect_failed", system_reason(exc)) from exc
    try:
        with signing_in(ftplib.error_perm, _FAILED):
            ftp.login(settings.user, password)
            ftp.prot_p()
    except BaseException:
        ftp.close()
        raise
    folder = FtpsFolder(ftp, settings.remote_folder)
    try:
        folder.make_folders("")
    except BaseException:
        folder.close()
        raise
    return folder


class FtpsFolder:
    def __init__(self, ftp: ftplib.FTP_TLS, root: str) -> None:
        self.ftp = ftp
        self.root = root.rstrip("/") or ("/" if root.startswith("/") else "")
        self._made: set[str] = set()
        self.home = ftp.pwd()  # (relative paths are relative to it)

    def _path(self, path: str) -> str:
        return posixpath.join(self.root, path) if self.root else path

    def read(self, path: str) -> bytes | None:
        buffer = io.BytesIO()
        try:
            self.ftp.retrbinary("RETR " + self._path(path), buffer.write)
        except ftplib.error_perm as exc:
            if _reply_code(exc) == "550":
                return None
            raise
        return buffer.getvalue()

    def write(self, path: str, source: BinaryIO, size: int, on_bytes: OnBytes) -> None:
        try:
            self.ftp.storbinary("STOR " + self._path(path), source, BLOCK, lambda block: on_bytes(len(block)))
        except UploadCancelled:
            # The transfer was cut short: the server's answer to it is read, so that the next
            # command (removing the piece) gets its own.
            with contextlib.suppress(ftplib.Error, OSError, EOFError):
                self.ftp.voidresp()
            raise

    def replace(self, source: str, target: str) -> None:
        try:
            self.ftp.rename(self._path(source), self._path(target))
        except ftplib.error_perm:
            # Servers that refuse to rename over a file: the old one removed first.
            self.remove(target)
            self.ftp.rename(self._path(source), self._path(target))

    def remove(self, path: str) -> None:
        try:
            self.ftp.delete(self._path(path))
        except ftplib.error_perm as exc:
            if _reply_code(exc) != "550":
                raise

    def make_folders(self, folder: str) -> None:
        if folder in self._made:
            return
        current = ""
        for part in [""] + [p for p in folder.split("/") if p]:
            current = posixpath.join(current, part) if part else ""
            if current in self._made:
                continue
            target = self._path(current)
            if target:
                try:
                    self.ftp.mkd(target)
                except ftplib.error_perm as exc:
                    if _reply_code(exc) != "550":
                        raise UploadError("remote_folder", f"{target}: {exc}") from exc
                    try:  # 550: it exists (or cannot be made: then it is not a folder we can enter)
                        self.ftp.cwd(target)
                        self.ftp.cwd(self.home)
                    except ftplib.error_perm as missing:
                        raise UploadError("remote_folder", f"{target}: {missing}") from missing
            self._made.add(current)

    def remove_folder(self, folder: str) -> bool:
        try:
            self.ftp.rmd(self._path(folder))
        except ftplib.error_perm:
            return False
        self._made.discard(folder)
        return True

    def line_lost(self, exc: BaseException) -> bool:
        """A TLS connection cut off says so with its own errors (an ``OSError`` like a server's
        refusal of a file); ftplib's plain ones are the system's (``EOFError``, resets)."""
        return isinstance(exc, ssl.SSLEOFError | ssl.SSLZeroReturnError)

    def close(self) -> None:
        try:
            self.ftp.quit()
        except _FAILED:
            self.ftp.close()
