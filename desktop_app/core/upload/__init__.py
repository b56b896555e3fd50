"""The last mile: the exported website sent to the office's web host.

- :mod:`.settings`: where to (protocol, host, port, user, remote folder), in the database;
- :mod:`.secrets`: the password, in the system's keyring (or a private file);
- :mod:`.sftp`, :mod:`.ftps`: the two ways to the host, behind :class:`.remote.RemoteFolder`;
- :mod:`.sync`: only the files that changed (SHA-256 against a manifest kept on the server),
  each written to a temporary name and renamed, deletions last;
- :mod:`.service`: what the window and the ``redaksi upload`` command call;
- :mod:`.watch` and :mod:`.scheduler`: ``redaksi publish --watch`` and the system scheduler.

Nothing here imports Qt.
"""
