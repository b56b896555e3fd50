"""A real SFTP server on 127.0.0.1 for the upload tests: asyncssh's server, in a thread of its
own, on a free port, with its own host key, serving a temporary folder (chroot) to one user
who signs in with a password or a key. ``break_after`` makes it drop the connection once that
many bytes of file data have been written (a connection broken halfway); ``writes`` counts
the files opened for writing."""

from __future__ import annotations

import asyncio
import socket
import threading
from dataclasses import dataclass, field
from pathlib import Path

import asyncssh

USER = "kominfo"
PASSWORD = "rahasia-2026"


@dataclass
class ServerState:
    root: Path
    break_after: int | None = None
    written_bytes: int = 0
    opened_for_writing: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)

    def reset_counts(self) -> None:
        self.written_bytes = 0
        self.opened_for_writing.clear()
        self.renamed.clear()


class _Server(asyncssh.SSHServer):
    def __init__(self, authorized_keys: list[asyncssh.SSHKey]) -> None:
        self.authorized_keys = authorized_keys

    def begin_auth(self, username: str) -> bool:
        return True

    def password_auth_supported(self) -> bool:
        return True

    def validate_password(self, username: str, password: str) -> bool:
        return username == USER and password == PASSWORD

    def public_key_auth_supported(self) -> bool:
        return True

    def validate_public_key(self, username: str, key: asyncssh.SSHKey) -> bool:
        return username == USER and any(
            key.public_data == known.public_data for known in self.authorized_keys
        )


def _sftp_factory(state: ServerState):
    class CountingSFTP(asyncssh.SFTPServer):
        def __init__(self, chan):
            super().__init__(chan, chroot=str(state.root).encode())

        def open(self, path, pflags, attrs):
            if pflags & asyncssh.FXF_WRITE:
                state.opened_for_writing.append(path.decode())
            return super().open(path, pflags, attrs)

        def write(self, file_obj, offset, data):
            state.written_bytes += len(data)
            if state.break_after is not None and state.written_bytes > state.break_after:
                state.break_after = None
                # The line goes dead mid-file: the socket is shut at once, so the failure
                # status raised below never reaches the client (``abort()`` alone closes the
                # transport on the loop's next turn, after that status was already sent).
                self.connection.get_extra_info("socket").shutdown(socket.SHUT_RDWR)
                self.connection.abort()
                raise asyncssh.SFTPFailure("connection lost")
            return super().write(file_obj, offset, data)

        def posix_rename(self, oldpath, newpath):
            state.renamed.append((oldpath.decode(), newpath.decode()))
            return super().posix_rename(oldpath, newpath)

    return CountingSFTP


class SftpTestServer:
    def __init__(self, root: Path, key_folder: Path) -> None:
        self.state = ServerState(root)
        self.host_key = asyncssh.generate_private_key("ssh-ed25519")
        self.client_key_path = key_folder / "id_ed25519"
        client_key = asyncssh.generate_private_key("ssh-ed25519")
        client_key.write_private_key(str(self.client_key_path), format_name="openssh")
        self.authorized = [client_key]
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.port = 0
        self._acceptor = None

    def start(self) -> None:
        self.thread.start()
        future = asyncio.run_coroutine_threadsafe(self._listen(), self.loop)
        self._acceptor = future.result(timeout=30)
        self.port = self._acceptor.sockets[0].getsockname()[1]

    async def _listen(self):
        return await asyncssh.listen(
            "127.0.0.1",
            0,
            server_host_keys=[self.host_key],
            server_factory=lambda: _Server(self.authorized),
            sftp_factory=_sftp_factory(self.state),
            allow_scp=False,
        )

    def stop(self) -> None:
        async def close() -> None:
            self._acceptor.close()
            await self._acceptor.wait_closed()

        asyncio.run_coroutine_threadsafe(close(), self.loop).result(timeout=30)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=30)
        self.loop.close()

    def host_key_line(self, host: str = "127.0.0.1") -> str:
        """The server's key as a ``known_hosts`` line."""
        public = self.host_key.export_public_key("openssh").decode().split()
        return f"[{host}]:{self.port} {public[0]} {public[1]}"
