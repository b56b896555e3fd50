"""The upload's words, for the window and the command line alike: why an upload could not be
done (:class:`desktop_app.core.upload.errors.UploadError`), in plain, translated sentences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.upload.errors import HostKeyChanged, HostKeyUnknown, UploadError


def _tr(text: str) -> str:
    return QCoreApplication.translate("Upload", text)


def upload_error_message(exc: UploadError) -> str:
    if isinstance(exc, HostKeyUnknown):
        if exc.kind == "certificate":
            return _tr(
                "The web host {0} has a certificate that no authority vouches for. Its "
                "fingerprint is {1}: compare it with the one your hosting provider gives, then "
                "trust it (Website Settings ▸ Upload ▸ Test Connection, or --trust-host-key)."
            ).format(f"{exc.host}:{exc.port}", exc.fingerprint)
        return _tr(
            "The web host {0} is not known yet. Its key fingerprint is {1}: compare it with the "
            "one your hosting provider gives, then trust it (Website Settings ▸ Upload ▸ Test "
            "Connection, or --trust-host-key)."
        ).format(f"{exc.host}:{exc.port}", exc.fingerprint)
    if isinstance(exc, HostKeyChanged):
        return _tr(
            "The key of the web host {0} has CHANGED (it is now {1}). Nothing was sent: someone "
            "may be between you and the server. If the host was reinstalled, ask its "
            "administrator for the new fingerprint, then remove the old key from {2}."
        ).format(f"{exc.host}:{exc.port}", exc.fingerprint, exc.known_file)
    texts = {
        "not_configured": _tr(
            "The upload is not set up yet: enter the web host in Website Settings ▸ Upload."
        ),
        "folder_missing": _tr(
            "The website folder “{0}” does not exist. Export the website first (File ▸ Export "
            "Website…) or choose its folder in Website Settings ▸ Upload."
        ),
        "not_an_export": _tr(
            "“{0}” is not an exported Redaksi website (it has no .redaksi-manifest.json). "
            "Choose the folder the website is exported to."
        ),
        "export_incomplete": _tr(
            "The export in “{0}” did not finish. Export the website again, then upload."
        ),
        "connect_failed": _tr(
            "The web host cannot be reached ({0}). Check the host name, the port and the internet connection."
        ),
        "auth_failed": _tr(
            "The web host refused the user name, password or key. Check them in Website Settings ▸ Upload."
        ),
        "no_password": _tr("No password is saved for this web host. Enter it in Website Settings ▸ Upload."),
        "key_file": _tr("The key file cannot be used ({0})."),
        "key_passphrase": _tr("The key file is protected by a passphrase: enter it as the password."),
        "tls_failed": _tr(
            "The secure connection (TLS) to the web host failed ({0}). The host must offer FTP "
            "with TLS (FTPS); Redaksi does not send passwords over plain FTP."
        ),
        "remote_folder": _tr("The folder on the web host cannot be used ({0})."),
        "connection_lost": _tr(
            "The connection to the web host was lost ({0}). No file on the server is "
            "half-written: upload again to finish."
        ),
        "remote_error": _tr("The web host refused a file ({0})."),
        "cancelled": _tr(
            "The upload was cancelled. What arrived is recorded; the next upload sends the rest."
        ),
    }
    text = texts.get(exc.code)
    if text is None:
        return str(exc)
    if exc.code == "folder_missing" and not exc.detail:
        return _tr(
            "No website folder is set. Choose the folder the website is exported to in Website "
            "Settings ▸ Upload."
        )
    return text.format(exc.detail) if "{0}" in text else text
