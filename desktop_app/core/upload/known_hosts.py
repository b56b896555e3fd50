"""Which servers are trusted: SSH host keys (OpenSSH's ``known_hosts`` format) and FTPS
certificates that no authority vouches for (their SHA-256 fingerprint), both in Redaksi's own
files in its settings folder; the user's ``~/.ssh/known_hosts`` is read too (never written).

A server seen for the first time raises :class:`HostKeyUnknown` (the window asks, the command
wants ``--trust-host-key FINGERPRINT``); a key that differs from the trusted one raises
:class:`HostKeyChanged` and nothing is sent."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.secret_store import default_config_dir
from desktop_app.core.upload.errors import HostKeyChanged, HostKeyUnknown

if TYPE_CHECKING:
    import paramiko

SSH_FILE = "known_hosts"
CERTIFICATES_FILE = "known_certificates"


def host_name(host: str, port: int) -> str:
    """How ``known_hosts`` names a server: ``host``, or ``[host]:port`` off port 22."""
    return host if port == 22 else f"[{host}]:{port}"


def ssh_fingerprint(key: paramiko.PKey) -> str:
    """``SHA256:…`` as ``ssh-keygen -l`` prints it."""
    digest = hashlib.sha256(key.asbytes()).digest()
    return "SHA256:" + base64.b64encode(digest).decode("ascii").rstrip("=")


def certificate_fingerprint(der: bytes) -> str:
    digest = hashlib.sha256(der).hexdigest().upper()
    return "SHA256:" + ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def same_fingerprint(given: str, fingerprint: str) -> bool:
    def plain(text: str) -> str:
        return text.strip().removeprefix("SHA256:").replace(":", "").rstrip("=")

    return bool(given) and plain(given).lower() == plain(fingerprint).lower()


class KnownHosts:
    def __init__(self, config_dir: str | Path | None = None, user_file: Path | None = None) -> None:
        self.folder = Path(config_dir) if config_dir is not None else default_config_dir()
        self.user_file = user_file if user_file is not None else Path.home() / ".ssh" / "known_hosts"

    @property
    def ssh_file(self) -> Path:
        return self.folder / SSH_FILE

    @property
    def certificates_file(self) -> Path:
        return self.folder / CERTIFICATES_FILE

    # -- SSH --------------------------------------------------------------------------------

    def check_ssh(self, host: str, port: int, key: paramiko.PKey, accept: str = "") -> None:
        """Return when ``key`` is trusted for the server (or its fingerprint is ``accept``:
        then it is stored); raise :class:`HostKeyUnknown` / :class:`HostKeyChanged`."""
        import paramiko

        name = host_name(host, port)
        fingerprint = ssh_fingerprint(key)
        for path in (self.ssh_file, self.user_file):
            if not path.is_file():
                continue
            try:
                entries = paramiko.HostKeys(str(path)).lookup(name)
            except (OSError, UnicodeDecodeError, paramiko.SSHException):
                continue
            if entries is None:
                continue
            stored = entries.get(key.get_name())
            if stored is None:
                continue  # (another type of key: not a change, OpenSSH asks too)
            if stored == key:
                return
            raise HostKeyChanged(host, port, fingerprint, str(path))
        entry = f"{name} {key.get_name()} {key.get_base64()}"
        if same_fingerprint(accept, fingerprint):
            self.trust(entry)
            return
        raise HostKeyUnknown(host, port, fingerprint, entry, "ssh")

    def trust(self, entry: str, kind: str = "ssh") -> None:
        """Add ``entry`` (from :class:`HostKeyUnknown`) to the trusted keys or certificates."""
        path = self.ssh_file if kind == "ssh" else self.certificates_file
        self.folder.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as stream:
            stream.write(entry.strip() + "\n")

    # -- FTPS certificates -----------------------------------------------------------------

    def check_certificate(self, host: str, port: int, der: bytes, accept: str = "") -> None:
        """A certificate that no authority vouches for, trusted by its fingerprint."""
        name = f"{host}:{port}"
        fingerprint = certificate_fingerprint(der)
        try:
            lines = self.certificates_file.read_text(encoding="utf-8").splitlines()
        except OSError:
            lines = []
        known = [line.split()[1] for line in lines if len(line.split()) == 2 and line.split()[0] == name]
        if any(same_fingerprint(k, fingerprint) for k in known):
            return
        if known:
            raise HostKeyChanged(host, port, fingerprint, str(self.certificates_file))
        entry = f"{name} {fingerprint}"
        if same_fingerprint(accept, fingerprint):
            self.trust(entry, "certificate")
            return
        raise HostKeyUnknown(host, port, fingerprint, entry, "certificate")
