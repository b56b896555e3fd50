"""Where the website goes: the upload settings, stored in the database beside the website's
(the ``SiteSetting`` table, ``upload.*`` keys), so that every workstation of the office and the
background publisher send to the same host. Only an admin changes them. The password is not
here (see :mod:`.secrets`)."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING

from peewee import Database

from db.models import SiteSetting
from desktop_app.core.errors import ValidationError

if TYPE_CHECKING:
    from desktop_app.core.auth import SignedIn

PROTOCOLS = ("sftp", "ftps")
DEFAULT_PORTS = {"sftp": 22, "ftps": 21}
AUTH_METHODS = ("password", "key")
_PREFIX = "upload."
_TEXT_MAX = 500


@dataclass(frozen=True)
class UploadSettings:
    protocol: str = "sftp"
    host: str = ""
    port: int = 22
    user: str = ""
    #: ``password`` or ``key`` (SFTP only: a private key file; the password is its passphrase).
    auth: str = "password"
    key_file: str = ""
    #: On the server: the folder the web server shows (``public_html``, ``/var/www/html``).
    remote_folder: str = ""
    #: On this computer: the exported website (``redaksi publish --watch`` exports there).
    site_folder: str = ""

    @property
    def configured(self) -> bool:
        return bool(self.host and self.user)

    @property
    def account(self) -> str:
        """What the password is stored under: ``sftp://user@host:22``."""
        return f"{self.protocol}://{self.user}@{self.host}:{self.port}"

    @property
    def uses_key(self) -> bool:
        return self.protocol == "sftp" and self.auth == "key"


DEFAULTS = UploadSettings()
KEYS = tuple(UploadSettings.__dataclass_fields__)


def _text(value: str, field: str) -> str:
    value = (value or "").strip()
    if "\x00" in value or any(c in value for c in "\r\n"):
        raise ValidationError("nul_character", field)
    if len(value) > _TEXT_MAX:
        raise ValidationError("too_long", field, str(_TEXT_MAX))
    return value


def validate(settings: UploadSettings) -> UploadSettings:
    """The same settings, trimmed and checked (:class:`ValidationError` otherwise)."""
    protocol = (settings.protocol or "sftp").strip().lower()
    if protocol not in PROTOCOLS:
        raise ValidationError("invalid_protocol", "protocol", protocol[:20])
    host = _text(settings.host, "host")
    if host and (any(c.isspace() or c in "/@\\" for c in host) or host.startswith("-")):
        raise ValidationError("invalid_host", "host", host[:80])
    try:
        port = int(settings.port or DEFAULT_PORTS[protocol])
    except (TypeError, ValueError):
        raise ValidationError("invalid_port", "port") from None
    if not 0 < port < 65536:
        raise ValidationError("invalid_port", "port", str(port))
    auth = settings.auth if settings.auth in AUTH_METHODS else "password"
    key_file = _text(settings.key_file, "key_file")
    if protocol != "sftp":
        auth = "password"
    if auth == "key" and not (key_file and os.path.isabs(os.path.expanduser(key_file))):
        raise ValidationError("invalid_path", "key_file")
    site_folder = _text(settings.site_folder, "site_folder")
    if site_folder and not os.path.isabs(os.path.expanduser(site_folder)):
        raise ValidationError("invalid_path", "site_folder", "not absolute")
    return UploadSettings(
        protocol=protocol,
        host=host,
        port=port,
        user=_text(settings.user, "user"),
        auth=auth,
        key_file=key_file,
        remote_folder=_text(settings.remote_folder, "remote_folder").replace("\\", "/"),
        site_folder=site_folder,
    )


def load_upload_settings(database: Database) -> UploadSettings:
    """The stored settings; missing or unreadable ones take their defaults."""
    rows = SiteSetting.select().where(SiteSetting.key.startswith(_PREFIX))
    stored = {row.key[len(_PREFIX) :]: row.value for row in rows}
    values = {key: stored.get(key, str(getattr(DEFAULTS, key))) for key in KEYS}
    try:
        return validate(UploadSettings(**values))  # type: ignore[arg-type]
    except ValidationError:
        return replace(DEFAULTS, host=values["host"].strip()[:_TEXT_MAX])


def save_upload_settings(database: Database, settings: UploadSettings, *, actor: SignedIn) -> UploadSettings:
    """An admin stores the settings; anyone else: ``PermissionDenied``, nothing stored."""
    from desktop_app.core.auth import require_admin

    clean = validate(settings)
    with database.atomic():
        require_admin(actor)
        for key, value in asdict(clean).items():
            SiteSetting.insert(key=_PREFIX + key, value=str(value)).on_conflict(
                conflict_target=[SiteSetting.key], update={SiteSetting.value: str(value)}
            ).execute()
    return clean
