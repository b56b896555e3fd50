"""Website settings (the SiteSetting key/value table): one place for every key and default.

URLs are validated (http and https only); the theme folder and the logo are local paths that
are read at export time but never appear in the exported files. Only an active admin changes the
settings (a theme's templates make every page of the website; the title and address name the
office).
"""

from __future__ import annotations

import os
import re
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from peewee import Database

from db.models import SiteSetting
from desktop_app.core.colour import MIN_CONTRAST, WHITE, contrast_ratio, hex_colour, parse_colour
from desktop_app.core.errors import ValidationError
from desktop_app.core.press_releases import validate_pattern

if TYPE_CHECKING:  # (signing in loads PyNaCl: the export reads settings without it)
    from desktop_app.core.auth import SignedIn

TITLE_MAX_LENGTH = 200
DESCRIPTION_MAX_LENGTH = 500
URL_MAX_LENGTH = 500
LANGUAGES = ("id", "en")
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".gif", ".svg")


@dataclass(frozen=True)
class SiteSettings:
    """What the website export needs to know about the site."""

    title: str = "Situs Berita"
    description: str = ""
    base_url: str = ""
    logo: str = ""
    language: str = "id"
    theme: str = ""
    #: How press releases are numbered (see ``desktop_app.core.press_releases``).
    release_pattern: str = "{seq:03d}/SP/Diskominfo/{month_roman}/{year}"
    # -- branding and the footer (issue 24): shown in the header and footer of every page
    office_name: str = ""  # "Dinas Komunikasi dan Informatika"
    regency_name: str = ""  # "Kabupaten Solok"
    primary_colour: str = ""  # "#0b2e59"; "" keeps the theme's own
    address: str = ""
    telephone: str = ""
    email: str = ""
    ppid_url: str = ""  # the information officer's (PPID) page
    facebook_url: str = ""
    instagram_url: str = ""
    x_url: str = ""
    youtube_url: str = ""

    def with_base_url(self, base_url: str | None) -> SiteSettings:
        """A copy with ``base_url`` replaced (validated) when given."""
        if base_url is None:
            return self
        return replace(self, base_url=normalize_base_url(base_url))


KEYS = tuple(SiteSettings.__dataclass_fields__)
DEFAULTS = SiteSettings()


def normalize_base_url(value: str) -> str:
    """``""`` or an absolute http(s) URL ending in ``/``; anything else is refused."""
    value = (value or "").strip()
    if not value:
        return ""
    if len(value) > URL_MAX_LENGTH or any(ord(c) < 33 or c in '"<>\\^`{|}' for c in value):
        raise ValidationError("invalid_url", "base_url", value[:80])
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ValidationError("invalid_url", "base_url", value[:80])
    if parts.query or parts.fragment or parts.username or parts.password:
        raise ValidationError("invalid_url", "base_url", value[:80])
    return value if value.endswith("/") else value + "/"


def _clean_text(value: str, field: str, limit: int) -> str:
    value = (value or "").strip()
    if "\x00" in value:
        raise ValidationError("nul_character", field)
    if len(value) > limit:
        raise ValidationError("too_long", field, str(limit))
    return value


#: A logo shipped with Redaksi (the demo's emblem), named so that it is found wherever Redaksi is
#: installed: ``redaksi:demo/logo.svg`` is ``resources/demo/logo.svg``.
SHIPPED_PREFIX = "redaksi:"


def logo_file(value: str) -> Path | None:
    """The file a logo setting names (a path, or a :data:`SHIPPED_PREFIX` resource); None for
    none, or for a shipped name that leaves ``resources/``."""
    if not value:
        return None
    if value.startswith(SHIPPED_PREFIX):
        from desktop_app.core.resources import resource_path

        parts = value[len(SHIPPED_PREFIX) :].split("/")
        if any(part in ("", ".", "..") or "\\" in part for part in parts):
            return None
        return resource_path(*parts)
    return Path(value)


def _clean_path(value: str, field: str) -> str:
    value = (value or "").strip()
    if not value:
        return ""
    if "\x00" in value or len(value) > 4096:
        raise ValidationError("invalid_path", field)
    if field == "logo" and value.startswith(SHIPPED_PREFIX):
        if logo_file(value) is None or Path(value).suffix.lower() not in LOGO_SUFFIXES:
            raise ValidationError("invalid_logo", field, value)
        return value
    if not os.path.isabs(value):
        raise ValidationError("invalid_path", field, "not absolute")
    if field == "logo" and Path(value).suffix.lower() not in LOGO_SUFFIXES:
        raise ValidationError("invalid_logo", field, Path(value).suffix)
    return value


#: The branding fields that are web addresses (http or https).
LINK_FIELDS = ("ppid_url", "facebook_url", "instagram_url", "x_url", "youtube_url")
NAME_MAX_LENGTH = 150
ADDRESS_MAX_LENGTH = 300
_EMAIL = re.compile(r"[^@\s<>\"']+@[^@\s<>\"']+\.[^@\s<>\"']+")


def normalize_link(value: str, field: str) -> str:
    """``""`` or an absolute http(s) address (a footer link); anything else is refused."""
    value = (value or "").strip()
    if not value:
        return ""
    try:
        normalize_base_url(value)
    except ValidationError:
        raise ValidationError("invalid_link", field, value[:80]) from None
    return value


def normalize_colour(value: str) -> str:
    """``""`` or ``#rrggbb`` dark enough for white text on it (WCAG AA, 4.5:1); a colour too
    light is refused with its ratio, so the site stays readable (and passes axe)."""
    value = (value or "").strip()
    if not value:
        return ""
    rgb = parse_colour(value)
    if rgb is None:
        raise ValidationError("invalid_colour", "primary_colour", value[:20])
    ratio = contrast_ratio(rgb, WHITE)
    if ratio < MIN_CONTRAST:
        raise ValidationError("low_contrast", "primary_colour", f"{ratio:.1f}")
    return hex_colour(rgb)


def _clean_email(value: str) -> str:
    value = _clean_text(value, "email", NAME_MAX_LENGTH)
    if value and not _EMAIL.fullmatch(value):
        raise ValidationError("invalid_email", "email", value[:80])
    return value


def validate(settings: SiteSettings) -> SiteSettings:
    """The same settings, trimmed and checked; raises :class:`ValidationError`."""
    language = (settings.language or "id").strip().lower()
    if language not in LANGUAGES:
        raise ValidationError("invalid_language", "language", language[:20])
    return SiteSettings(
        title=_clean_text(settings.title, "title", TITLE_MAX_LENGTH) or DEFAULTS.title,
        description=_clean_text(settings.description, "description", DESCRIPTION_MAX_LENGTH),
        base_url=normalize_base_url(settings.base_url),
        logo=_clean_path(settings.logo, "logo"),
        language=language,
        theme=_clean_path(settings.theme, "theme"),
        release_pattern=validate_pattern(settings.release_pattern or DEFAULTS.release_pattern),
        office_name=_clean_text(settings.office_name, "office_name", NAME_MAX_LENGTH),
        regency_name=_clean_text(settings.regency_name, "regency_name", NAME_MAX_LENGTH),
        primary_colour=normalize_colour(settings.primary_colour),
        address=_clean_text(settings.address, "address", ADDRESS_MAX_LENGTH),
        telephone=_clean_text(settings.telephone, "telephone", 60),
        email=_clean_email(settings.email),
        **{name: normalize_link(getattr(settings, name), name) for name in LINK_FIELDS},
    )


def load_site_settings(database: Database) -> SiteSettings:
    """The stored settings; missing keys take their defaults, bad stored URLs are dropped."""
    stored = {row.key: row.value for row in SiteSetting.select().where(SiteSetting.key.in_(KEYS))}
    values = {key: stored.get(key, getattr(DEFAULTS, key)) for key in KEYS}
    try:
        values["base_url"] = normalize_base_url(values["base_url"])
    except ValidationError:
        values["base_url"] = ""
    try:
        values["release_pattern"] = validate_pattern(values["release_pattern"])
    except ValidationError:
        values["release_pattern"] = DEFAULTS.release_pattern
    settings = SiteSettings(**values)
    try:
        return validate(settings)
    except ValidationError:
        return replace(settings, logo="", theme="", language="id", primary_colour="")


def save_site_settings(database: Database, settings: SiteSettings, *, actor: SignedIn) -> SiteSettings:
    """An admin (``actor``, signed in) validates and stores every key; returns what was stored.
    Anyone else: :class:`PermissionDenied` (``ADMIN_ONLY``), nothing stored."""
    from desktop_app.core.auth import require_admin

    clean = validate(settings)
    with database.atomic():
        require_admin(actor)
        for key, value in asdict(clean).items():
            SiteSetting.insert(key=key, value=value).on_conflict(
                conflict_target=[SiteSetting.key], update={SiteSetting.value: value}
            ).execute()
    return clean
