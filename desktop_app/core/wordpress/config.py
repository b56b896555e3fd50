"""Which WordPress site Redaksi publishes to, as whom, and what "Test connection" found.

The site address and the user name are website settings (in the database: every workstation
sends to the same site). The application password is a secret of this computer: in the system
keyring (python ``keyring``) where one works, otherwise in a file only the user may read in
Redaksi's settings folder, which :attr:`PasswordStore.in_keyring` tells so the window can warn.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from peewee import Database

from db.models import SiteSetting
from desktop_app.core.secret_store import SecretStore
from desktop_app.core.wordpress.client import WordPressClient, normalize_site_url
from desktop_app.core.wordpress.errors import WordPressError

if TYPE_CHECKING:
    from desktop_app.core.auth import SignedIn

URL_KEY = "wordpress_url"
USER_KEY = "wordpress_user"
KEYRING_SERVICE = "Redaksi WordPress"
PASSWORD_FILE = "wordpress-passwords.json"
USER_MAX_LENGTH = 200
PASSWORD_MAX_LENGTH = 200


@dataclass(frozen=True)
class WordPressSettings:
    url: str = ""  # "" while WordPress is not set up
    user: str = ""

    @property
    def configured(self) -> bool:
        return bool(self.url and self.user)


def load_wordpress_settings(database: Database) -> WordPressSettings:
    rows = {r.key: r.value for r in SiteSetting.select().where(SiteSetting.key.in_((URL_KEY, USER_KEY)))}
    url = rows.get(URL_KEY, "")
    try:
        url = normalize_site_url(url) if url else ""
    except WordPressError:
        url = ""
    return WordPressSettings(url=url, user=rows.get(USER_KEY, "").strip())


def save_wordpress_settings(
    database: Database, settings: WordPressSettings, *, actor: SignedIn
) -> WordPressSettings:
    """An admin stores the site and the user (``""`` for both: WordPress switched off).
    ``WordPressError("bad_url")`` for an address that is not http(s)."""
    from desktop_app.core.auth import require_admin
    from desktop_app.core.errors import ValidationError

    url = normalize_site_url(settings.url) if settings.url.strip() else ""
    user = settings.user.strip()
    if len(user) > USER_MAX_LENGTH or any(ord(c) < 32 for c in user):
        raise ValidationError("invalid_user", "wordpress_user")
    with database.atomic():
        require_admin(actor)
        for key, value in ((URL_KEY, url), (USER_KEY, user)):
            SiteSetting.insert(key=key, value=value).on_conflict(
                conflict_target=[SiteSetting.key], update={SiteSetting.value: value}
            ).execute()
    return WordPressSettings(url, user)


class PasswordStore(SecretStore):
    """Application passwords of this computer, by site and user
    (:mod:`desktop_app.core.secret_store`)."""

    def __init__(self, config_dir: Path | None = None, *, use_keyring: bool = True) -> None:
        super().__init__(KEYRING_SERVICE, PASSWORD_FILE, config_dir, use_keyring=use_keyring)

    @staticmethod
    def _name(site: str, user: str) -> str:
        return f"{user}@{site}"

    def get(self, site: str, user: str) -> str:  # type: ignore[override]
        return super().get(self._name(site, user)) or ""

    def set(self, site: str, user: str, password: str) -> bool:  # type: ignore[override]
        """Keep ``password`` (``""``: forget it); True when it went to the keyring."""
        password = password.strip()
        if len(password) > PASSWORD_MAX_LENGTH or any(ord(c) < 32 for c in password):
            from desktop_app.core.errors import ValidationError

            raise ValidationError("invalid_password", "wordpress_password")
        return super().set(self._name(site, user), password)


def client_for(database: Database, store: PasswordStore | None = None) -> WordPressClient:
    """A client for the configured site; ``WordPressError("not_configured")`` when WordPress
    is not set up (or this computer has no password for it)."""
    settings = load_wordpress_settings(database)
    if not settings.configured:
        raise WordPressError("not_configured")
    password = (store or PasswordStore()).get(settings.url, settings.user)
    if not password:
        raise WordPressError("not_configured", "no application password on this computer")
    return WordPressClient(settings.url, settings.user, password)


@dataclass(frozen=True)
class ConnectionReport:
    """What "Test connection" found."""

    site_name: str
    site_url: str
    user_name: str
    roles: tuple[str, ...]
    may_publish: bool
    may_upload: bool
    may_create_terms: bool


def check_connection(client: WordPressClient) -> ConnectionReport:
    """Read the site's name and the user's role and capabilities; raises
    :class:`WordPressError` (``not_wordpress``, ``no_rest_api``, ``auth_failed``, ...)."""
    root = client.get("/")
    if not isinstance(root.data, dict):
        raise WordPressError("not_wordpress", client.site_url)
    me = client.get("/wp/v2/users/me", {"context": "edit"})
    if not isinstance(me.data, dict) or "id" not in me.data:
        raise WordPressError("bad_answer", "users/me")
    capabilities = me.data.get("capabilities") or {}
    if not isinstance(capabilities, dict):
        capabilities = {}
    roles = me.data.get("roles") or []
    return ConnectionReport(
        site_name=str(root.data.get("name", "")),
        site_url=str(root.data.get("home") or root.data.get("url") or client.site_url),
        user_name=str(me.data.get("name", client.user)),
        roles=tuple(str(r) for r in roles) if isinstance(roles, list) else (),
        may_publish=bool(capabilities.get("publish_posts")),
        may_upload=bool(capabilities.get("upload_files")),
        may_create_terms=bool(capabilities.get("manage_categories")),
    )
