"""The website settings, the checklist's levels and the officials directory as one JSON file,
to carry an office's set-up to another database (a second workstation, a new server).

The file::

    {"format": "redaksi-settings", "version": 1, "exported_at": "2026-12-05T06:30:00Z",
     "site": {"title": ..., "description": ..., "base_url": ..., "language": ..., ...},
     "checklist": {"checklist.title": "required", ..., "checklist.min_words": "150"},
     "officials": [{"uuid": ..., "name": ..., "titles": [{"uuid": ..., "title": ...,
                    "unit": ..., "acting": false, "valid_from": "2026-11-05",
                    "valid_to": null, "aliases": ["Kepala Dinas Kominfo"]}]}]}

``site`` holds every key of :class:`~desktop_app.core.site_settings.SiteSettings` but the local
paths (:data:`LOCAL_KEYS`: the logo and the theme folder name files of one computer; an import
keeps the database's own). Keys the file lacks keep their value; keys this version does not know
are ignored (a newer format version is refused).

An import is an admin's (it changes the site settings): the whole file is read and checked first
(format, version, every value, every official, and the directory it would make: no overlapping
periods), then applied in one transaction; any problem raises and nothing is changed. Officials
are matched by uuid (updated) or added; officials the file does not name stay.
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peewee import Database

from db.models import Official, SiteSetting, utcnow
from desktop_app.core import json_text
from desktop_app.core.checklist import Check, Level, load_checklist_settings
from desktop_app.core.errors import ValidationError
from desktop_app.core.models import PersonEventKind
from desktop_app.core.officials import (
    OfficialData,
    OfficialDraft,
    TitleDraft,
    check_directory,
    clean_official,
    describe,
    load_directory,
    lock_directory,
    record_official_event,
    write_official,
)
from desktop_app.core.site_settings import KEYS, SiteSettings, load_site_settings, validate

if TYPE_CHECKING:
    from desktop_app.core.auth import SignedIn

FORMAT = "redaksi-settings"
VERSION = 1
#: Site settings that name files of one computer: neither exported nor imported.
LOCAL_KEYS = frozenset({"logo", "theme"})
#: A settings file larger than this is refused unread.
MAX_FILE_BYTES = 10 * 1024 * 1024
_CHECKLIST_PREFIX = "checklist."
_MIN_WORDS_KEY = _CHECKLIST_PREFIX + "min_words"


def site_keys() -> tuple[str, ...]:
    """The site settings a file carries (read from :class:`SiteSettings`: a key added there is
    carried too)."""
    return tuple(key for key in KEYS if key not in LOCAL_KEYS)


def _official_json(official: OfficialData) -> dict[str, Any]:
    return {
        "uuid": official.uuid,
        "name": official.name,
        "titles": [
            {
                "uuid": title.uuid,
                "title": title.title,
                "unit": title.unit,
                "acting": title.acting,
                "valid_from": title.valid_from.isoformat(),
                "valid_to": title.valid_to.isoformat() if title.valid_to else None,
                "aliases": list(title.aliases),
            }
            for title in official.titles
        ],
    }


def settings_document(database: Database, *, now: _dt.datetime | None = None) -> dict[str, Any]:
    """What :func:`export_settings` writes."""
    site = asdict(load_site_settings(database))
    checklist = load_checklist_settings(database)
    levels = {_CHECKLIST_PREFIX + check.value: checklist.level(check).value for check in Check}
    levels[_MIN_WORDS_KEY] = str(checklist.min_words)
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": (now or utcnow()).replace(microsecond=0).isoformat() + "Z",
        "site": {key: site[key] for key in site_keys()},
        "checklist": levels,
        "officials": [_official_json(official) for official in load_directory()],
    }


def export_settings(database: Database, path: str | Path) -> dict[str, Any]:
    """Write the settings file to ``path`` (replaced whole: written aside, then moved)."""
    document = settings_document(database)
    target = Path(path)
    temporary = target.with_name(target.name + ".part")
    temporary.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    temporary.replace(target)
    return document


# -- reading a file ------------------------------------------------------------------------------


def _invalid(where: str) -> ValidationError:
    return ValidationError("settings_file_invalid", "file", where)


@dataclass(frozen=True)
class SettingsFile:
    """A settings file, read and checked: what an import would store."""

    site: dict[str, str]
    checklist: dict[str, str]
    officials: tuple[OfficialData, ...]


@dataclass(frozen=True)
class ImportSummary:
    site_keys: int
    checklist_keys: int
    officials_added: int
    officials_updated: int


def _text(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise _invalid(where)
    return value


def _date(value: object, where: str) -> _dt.date | None:
    if value is None:
        return None
    try:
        return _dt.date.fromisoformat(_text(value, where))
    except ValueError:
        raise _invalid(where) from None


def _official(item: object, index: int) -> OfficialData:
    where = f"officials[{index}]"
    if not isinstance(item, dict) or not isinstance(item.get("titles", []), list):
        raise _invalid(where)
    titles = []
    for row, title in enumerate(item.get("titles", [])):
        at = f"{where}.titles[{row}]"
        if not isinstance(title, dict):
            raise _invalid(at)
        aliases = title.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise _invalid(at + ".aliases")
        if not isinstance(title.get("acting", False), bool):
            raise _invalid(at + ".acting")
        titles.append(
            TitleDraft(
                title=_text(title.get("title", ""), at + ".title"),
                unit=_text(title.get("unit", ""), at + ".unit"),
                acting=bool(title.get("acting", False)),
                valid_from=_date(title.get("valid_from"), at + ".valid_from"),
                valid_to=_date(title.get("valid_to"), at + ".valid_to"),
                aliases=aliases,
                uuid=_text(title.get("uuid", ""), at + ".uuid")[:36],
            )
        )
    draft = OfficialDraft(
        _text(item.get("name", ""), where + ".name"),
        titles,
        uuid=_text(item.get("uuid", ""), where + ".uuid")[:36],
    )
    return clean_official(draft)


def _checklist(values: object) -> dict[str, str]:
    if not isinstance(values, dict):
        raise _invalid("checklist")
    known = {_CHECKLIST_PREFIX + check.value for check in Check}
    levels = {level.value for level in Level}
    clean: dict[str, str] = {}
    for key, value in values.items():
        if key == _MIN_WORDS_KEY:
            if not isinstance(value, str | int) or not str(value).isdigit() or int(value) > 10_000:
                raise _invalid(f"checklist.{key}")
            clean[key] = str(int(value))
        elif key in known:
            if value not in levels:
                raise _invalid(f"checklist.{key}")
            clean[key] = value
    return clean


def parse_settings(document: object, current: SiteSettings) -> SettingsFile:
    """Check a settings document (already parsed JSON) against this version; ``current``: the
    database's settings, which keys the file lacks keep."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValidationError("settings_file_wrong_format", "file")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValidationError("settings_file_wrong_format", "file")
    if version > VERSION:
        raise ValidationError("settings_file_newer", "file", str(version))
    site_values = document.get("site", {})
    if not isinstance(site_values, dict):
        raise _invalid("site")
    site: dict[str, str] = {}
    for key in site_keys():
        if key in site_values:
            site[key] = _text(site_values[key], f"site.{key}")
    try:
        checked = validate(replace(current, **site))
    except ValidationError as exc:
        raise _invalid(f"site.{exc.field}") from None
    site = {key: getattr(checked, key) for key in site}
    checklist = _checklist(document.get("checklist", {}))
    officials_json = document.get("officials", [])
    if not isinstance(officials_json, list):
        raise _invalid("officials")
    officials = tuple(_official(item, index) for index, item in enumerate(officials_json))
    return SettingsFile(site, checklist, officials)


def read_settings_file(path: str | Path, current: SiteSettings) -> SettingsFile:
    """Read and check the file at ``path`` (raises ``settings_file_*`` or a directory error)."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ValidationError("settings_file_unreadable", "file", exc.strerror or str(exc)) from None
    if len(raw) > MAX_FILE_BYTES:
        raise ValidationError("settings_file_wrong_format", "file")
    try:
        document = json_text.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        raise ValidationError("settings_file_not_json", "file") from None
    return parse_settings(document, current)


def _merged(existing: list[OfficialData], incoming: tuple[OfficialData, ...]) -> list[OfficialData]:
    by_uuid = {official.uuid: official for official in incoming if official.uuid}
    kept = [by_uuid.pop(o.uuid, o) for o in existing]
    return kept + [o for o in incoming if not o.uuid or o.uuid in by_uuid]


def import_settings(database: Database, actor: SignedIn, path: str | Path) -> ImportSummary:
    """An admin applies the settings file at ``path`` (see the module's text): everything or,
    on any problem, nothing. Raises :class:`PermissionDenied` (``ADMIN_ONLY``) for anyone else,
    :class:`ValidationError` (``settings_file_*``, ``official_*``) for a bad file."""
    from desktop_app.core.auth import require_admin

    require_admin(actor)
    parsed = read_settings_file(path, load_site_settings(database))
    with database.atomic():
        admin = require_admin(actor)
        lock_directory()
        existing = load_directory()
        check_directory(_merged(existing, parsed.officials))
        for key, value in {**parsed.site, **parsed.checklist}.items():
            SiteSetting.insert(key=key, value=value).on_conflict(
                conflict_target=[SiteSetting.key], update={SiteSetting.value: value}
            ).execute()
        stored = {official.uuid: official for official in existing}
        added = updated = 0
        for official in parsed.officials:
            before = stored.get(official.uuid) if official.uuid else None
            row = write_official(official, Official.get(Official.uuid == before.uuid) if before else None)
            after = next(o for o in load_directory() if o.id == row.id)
            if before is None:
                added += 1
                record_official_event(
                    PersonEventKind.OFFICIAL_ADDED, after.name, admin.id, new=describe(after)
                )
            elif describe(before) != describe(after):
                updated += 1
                record_official_event(
                    PersonEventKind.OFFICIAL_CHANGED,
                    after.name,
                    admin.id,
                    old=describe(before),
                    new=describe(after),
                )
        summary = ImportSummary(len(parsed.site), len(parsed.checklist), added, updated)
        record_official_event(
            PersonEventKind.SETTINGS_IMPORTED,
            "",
            admin.id,
            new=json.dumps({"file": Path(path).name, **asdict(summary)}, ensure_ascii=False),
        )
    return summary
