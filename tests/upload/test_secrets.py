"""The upload password: in the keyring when one is available, else in a file only the user
may read (and the caller is told which)."""

from __future__ import annotations

import stat

import keyring
from keyring.backend import KeyringBackend

from desktop_app.core.upload.secrets import IN_FILE, IN_KEYRING, PasswordStore


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.stored = {}

    def get_password(self, service, username):
        return self.stored.get((service, username))

    def set_password(self, service, username, password):
        self.stored[(service, username)] = password

    def delete_password(self, service, username):
        self.stored.pop((service, username), None)


def test_without_a_keyring_the_password_goes_to_a_private_file(tmp_path):
    store = PasswordStore(tmp_path)
    assert store.where == IN_FILE
    assert store.save("sftp://u@h:22", "rahasia") == IN_FILE
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert PasswordStore(tmp_path).load("sftp://u@h:22") == "rahasia"
    store.forget("sftp://u@h:22")
    assert store.load("sftp://u@h:22") is None


def test_with_a_keyring_the_password_goes_there_and_not_to_the_file(tmp_path, monkeypatch):
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        store = PasswordStore(tmp_path)
        assert store.where == IN_KEYRING
        assert store.save("ftps://u@h:21", "rahasia") == IN_KEYRING
        assert backend.stored == {("Redaksi upload", "ftps://u@h:21"): "rahasia"}
        assert not store.path.exists()
        assert store.load("ftps://u@h:21") == "rahasia"
    finally:
        keyring.set_keyring(previous)
