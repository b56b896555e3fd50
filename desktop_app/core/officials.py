"""The officials directory: people outside the staff whom articles name with a title (Bupati,
Sekda, Kepala Dinas, camat...), each title with the period it was held.

A title (:class:`TitleData`) has a unit ("Pemerintah Kabupaten Solok"), an acting flag (shown as
"Plt." before it), a first and a last day (inclusive; no last day: held until now) and aliases,
the other ways articles write it ("Kepala Dinas Kominfo", "Kadis Kominfo"). Titles are matched
as people type them (:func:`title_key`: case, spaces and punctuation aside; a leading "Plt." is
the acting flag, not part of the title).

Rules (:func:`check_directory`): a name and a title text are required; a period does not end
before it begins; two periods of one title (same unit, and the title or an alias in common) do
not overlap, whoever holds them, acting or not (a period without an end runs for ever).

Anyone may read the directory; editors and admins change it (the role read from the database
at each change: :data:`MANAGE_OFFICIALS` otherwise). Each change is a row of the people's audit
trail (``person_event``, kinds ``official_*``) with the entry before and after.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from peewee import Database, PostgresqlDatabase

from db.models import Official, OfficialTitle, PersonEvent, database_proxy, utcnow
from desktop_app.core.errors import NotFound, PermissionDenied, ValidationError
from desktop_app.core.models import PersonEventData, PersonEventKind, Role
from desktop_app.core.people_rules import person_events
from desktop_app.core.text import storable_text

if TYPE_CHECKING:  # (signing in loads PyNaCl: reading the directory does without it)
    from desktop_app.core.auth import SignedIn

NAME_MAX_LENGTH = 200
TITLE_MAX_LENGTH = 300
UNIT_MAX_LENGTH = 300
ALIASES_MAX_LENGTH = 2000
#: :attr:`PermissionDenied.action` when a writer tries to change the directory.
MANAGE_OFFICIALS = "manage_officials"
#: The PostgreSQL advisory lock that makes changes of the directory take turns (so two editors
#: cannot add overlapping periods at the same moment). A constant of Redaksi's own.
OFFICIALS_LOCK_KEY = 0x5265_6461_6B73_6903
#: How "acting" is written before a title.
ACTING_PREFIX = "Plt."
_ACTING = re.compile(r"^\s*(?:plt\.?|pelaksana\s+tugas)(?:\s+|$)", re.IGNORECASE)
_WORDS = re.compile(r"\w+")
#: The office's time zone: an article's day is its day there.
OFFICE_TIMEZONE = "Asia/Jakarta"


def title_key(text: str) -> str:
    """``text`` as titles and names are matched: Unicode-normalised, case-folded, its words
    only (punctuation and runs of spaces aside)."""
    return " ".join(_WORDS.findall(unicodedata.normalize("NFKC", text).casefold()))


def split_acting(title: str) -> tuple[bool, str]:
    """``(acting, title)``: a leading "Plt." (or "Pelaksana Tugas") taken off ``title``."""
    match = _ACTING.match(title)
    if match is None:
        return False, title.strip()
    return True, title[match.end() :].strip()


def display_title(title: str, acting: bool) -> str:
    """ "Plt. Kepala Dinas Komunikasi dan Informatika" for an acting holder."""
    return f"{ACTING_PREFIX} {title}" if acting else title


@dataclass(frozen=True)
class TitleData:
    """A title an official held (see the module's text)."""

    id: int | None
    uuid: str
    title: str
    unit: str
    acting: bool
    valid_from: _dt.date
    valid_to: _dt.date | None
    aliases: tuple[str, ...] = ()

    @property
    def display_title(self) -> str:
        return display_title(self.title, self.acting)

    def valid_on(self, day: _dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    @cached_property
    def keys(self) -> frozenset[str]:
        """The matching keys of the title and its aliases."""
        return frozenset(key for key in map(title_key, (self.title, *self.aliases)) if key)

    def overlaps(self, other: TitleData) -> bool:
        """Whether the two periods share a day and the titles are the same one (same unit; the
        title or an alias in common)."""
        if title_key(self.unit) != title_key(other.unit) or not self.keys & other.keys:
            return False
        end, other_end = self.valid_to or _dt.date.max, other.valid_to or _dt.date.max
        return self.valid_from <= other_end and other.valid_from <= end


@dataclass(frozen=True)
class OfficialData:
    id: int | None
    uuid: str
    name: str
    titles: tuple[TitleData, ...] = ()


@dataclass(frozen=True)
class Holding:
    """One official holding one title: what the completer lists and the check compares."""

    name: str
    official_id: int | None
    official_uuid: str
    title: TitleData

    @property
    def display_title(self) -> str:
        return self.title.display_title

    @property
    def insert_text(self) -> str:
        """What the editor inserts: "Plt. Kepala Dinas Komunikasi dan Informatika, Teta Midra"."""
        return f"{self.display_title}, {self.name}"

    def matches(self, query: str) -> bool:
        """Whether every word of ``query`` begins a word of the title, an alias, the unit or the
        name ("Kepala Dinas Kominfo" finds the title whose alias it is; "plt" an acting one)."""
        texts = (self.title.title, *self.title.aliases, self.title.unit, self.name)
        words = {word for text in texts for word in title_key(text).split()}
        if self.title.acting:
            words.add("plt")
        return all(any(word.startswith(part) for word in words) for part in title_key(query).split())


# -- input -----------------------------------------------------------------------------------


@dataclass
class TitleDraft:
    """A title as typed (in the dialog, or read from a file): :func:`clean_title` checks it."""

    title: str
    valid_from: _dt.date | None
    valid_to: _dt.date | None = None
    unit: str = ""
    acting: bool = False
    aliases: str | Sequence[str] = ""
    uuid: str = ""


@dataclass
class OfficialDraft:
    """An official as typed, with all their titles (a save replaces the titles)."""

    name: str
    titles: Sequence[TitleDraft] = field(default_factory=list)
    id: int | None = None
    uuid: str = ""


class DirectoryError(ValidationError):
    """Bad input for the directory. ``row``: the index of the title concerned in the draft
    (-1: the official's name); ``official``: the draft's name; for ``official_period_overlap``
    ``other`` is the :class:`Holding` it overlaps."""

    def __init__(
        self,
        code: str,
        field: str = "",
        detail: str = "",
        *,
        row: int = -1,
        official: str = "",
        other: Holding | None = None,
    ) -> None:
        super().__init__(code, field, detail)
        self.row = row
        self.official = official
        self.other = other


def _aliases(aliases: str | Sequence[str]) -> tuple[str, ...]:
    lines = aliases.splitlines() if isinstance(aliases, str) else [str(a) for a in aliases]
    seen: dict[str, str] = {}
    for line in lines:
        alias = " ".join(storable_text(line).split())
        if alias and title_key(alias) and title_key(alias) not in seen:
            seen[title_key(alias)] = alias
    return tuple(seen.values())


def _text(value: str, limit: int, code: str, field: str, row: int, official: str) -> str:
    value = " ".join(storable_text(value or "").split())
    if len(value) > limit:
        raise DirectoryError(code, field, str(limit), row=row, official=official)
    return value


def clean_title(draft: TitleDraft, row: int = 0, official: str = "") -> TitleData:
    """``draft`` trimmed and checked: ``official_title_required``, ``official_title_too_long``,
    ``official_date_required``, ``official_period_reversed``, ``official_aliases_too_long``."""
    acting, title = split_acting(
        _text(draft.title, TITLE_MAX_LENGTH, "official_title_too_long", "title", row, official)
    )
    if not title_key(title):
        raise DirectoryError("official_title_required", "title", row=row, official=official)
    unit = _text(draft.unit, UNIT_MAX_LENGTH, "official_unit_too_long", "unit", row, official)
    if not isinstance(draft.valid_from, _dt.date):
        raise DirectoryError("official_date_required", "valid_from", title, row=row, official=official)
    if draft.valid_to is not None and draft.valid_to < draft.valid_from:
        raise DirectoryError("official_period_reversed", "valid_to", title, row=row, official=official)
    aliases = _aliases(draft.aliases)
    if sum(len(alias) + 1 for alias in aliases) > ALIASES_MAX_LENGTH:
        raise DirectoryError(
            "official_aliases_too_long", "aliases", str(ALIASES_MAX_LENGTH), row=row, official=official
        )
    key = title_key(title)
    aliases = tuple(alias for alias in aliases if title_key(alias) != key)
    return TitleData(
        None, draft.uuid, title, unit, acting or draft.acting, draft.valid_from, draft.valid_to, aliases
    )


def clean_official(draft: OfficialDraft) -> OfficialData:
    """``draft`` trimmed and checked (the name: ``name_required``, ``name_too_long``; each
    title: :func:`clean_title`; its own titles may not overlap)."""
    name = " ".join(storable_text(draft.name or "").split())
    if not name:
        raise DirectoryError("name_required", "name")
    if len(name) > NAME_MAX_LENGTH:
        raise DirectoryError("name_too_long", "name", official=name)
    titles = tuple(clean_title(title, row, name) for row, title in enumerate(draft.titles))
    official = OfficialData(draft.id, draft.uuid, name, titles)
    check_directory([official])
    return official


def check_directory(officials: Iterable[OfficialData]) -> None:
    """Raise ``official_period_overlap`` when two periods of one title overlap anywhere in
    ``officials`` (the first such pair; ``row`` and ``official`` name the later one)."""
    holdings = [
        (row, Holding(official.name, official.id, official.uuid, title))
        for official in officials
        for row, title in enumerate(official.titles)
    ]
    by_unit: dict[str, list[tuple[int, Holding]]] = {}
    for item in holdings:
        by_unit.setdefault(title_key(item[1].title.unit), []).append(item)
    for items in by_unit.values():
        for index, (row, holding) in enumerate(items):
            for _other_row, other in items[:index]:
                if holding.title.overlaps(other.title):
                    raise DirectoryError(
                        "official_period_overlap",
                        "valid_from",
                        f"{holding.title.title}: {other.name}",
                        row=row,
                        official=holding.name,
                        other=other,
                    )


# -- reading -----------------------------------------------------------------------------------


def _title_data(row: OfficialTitle) -> TitleData:
    return TitleData(
        row.id,
        row.uuid,
        row.title,
        row.unit,
        bool(row.acting),
        _as_date(row.valid_from),
        _as_date(row.valid_to) if row.valid_to is not None else None,
        tuple(line for line in row.aliases.splitlines() if line.strip()),
    )


def _as_date(value: object) -> _dt.date:
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    return _dt.date.fromisoformat(str(value)[:10])


def load_directory() -> list[OfficialData]:
    """Every official with their titles (oldest period first), by name. Two queries."""
    titles: dict[int, list[TitleData]] = {}
    for row in OfficialTitle.select().order_by(OfficialTitle.valid_from, OfficialTitle.id):
        titles.setdefault(row.official_id, []).append(_title_data(row))
    officials = Official.select().order_by(Official.name, Official.id)
    return [OfficialData(row.id, row.uuid, row.name, tuple(titles.get(row.id, ()))) for row in officials]


def holdings(officials: Iterable[OfficialData]) -> list[Holding]:
    return [
        Holding(official.name, official.id, official.uuid, title)
        for official in officials
        for title in official.titles
    ]


def article_day(
    published_at: _dt.datetime | None, publish_at: _dt.datetime | None, today: _dt.date | None = None
) -> _dt.date:
    """The day an article speaks of its officials: published (or scheduled), in the office's
    time zone; else today there."""
    from desktop_app.core.dates import to_local

    when = published_at or publish_at
    if when is not None:
        return to_local(when, OFFICE_TIMEZONE).date()
    return today or to_local(utcnow(), OFFICE_TIMEZONE).date()


def describe(official: OfficialData) -> str:
    """The entry as the audit trail keeps it: the name, then a line per title."""
    lines = [official.name]
    for title in official.titles:
        end = title.valid_to.isoformat() if title.valid_to else "…"
        unit = f" ({title.unit})" if title.unit else ""
        lines.append(f"{title.display_title}{unit}: {title.valid_from.isoformat()} – {end}")
    return "\n".join(lines)


# -- the service ---------------------------------------------------------------------------------


def lock_directory() -> None:
    """Until the transaction ends, be the only writer of the directory (PostgreSQL: an advisory
    lock; SQLite writers take turns already). Call inside a transaction."""
    database = database_proxy.obj
    if isinstance(database, PostgresqlDatabase):
        database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (OFFICIALS_LOCK_KEY,))


def require_editor(actor: SignedIn) -> int:
    """The id of ``actor`` (a SignedIn), an active editor or admin now; else
    :class:`PermissionDenied` (:data:`MANAGE_OFFICIALS`)."""
    from desktop_app.core.auth import current_person

    person = current_person(actor)
    if person.role not in (Role.EDITOR, Role.ADMIN):
        raise PermissionDenied(person.role, MANAGE_OFFICIALS)
    return person.id


def record_official_event(
    kind: PersonEventKind, name: str, actor_id: int | None, *, old: str = "", new: str = ""
) -> None:
    PersonEvent.create(
        person=None, person_name=name[:200], actor=actor_id, action=kind.value, old_value=old, new_value=new
    )


def write_official(official: OfficialData, existing: Official | None) -> Official:
    """Store ``official`` (checked) over ``existing`` (None: a new row); its titles replace the
    stored ones, keeping the uuid of a title that keeps its uuid."""
    if existing is None:
        fields = {"name": official.name}
        if official.uuid:
            fields["uuid"] = official.uuid
        row = Official.create(**fields)
    else:
        row = existing
        if row.name != official.name:
            Official.update(name=official.name).where(Official.id == row.id).execute()
    kept = {title.uuid for title in official.titles if title.uuid}
    stale = OfficialTitle.delete().where(OfficialTitle.official == row.id)
    if kept:
        stale = stale.where(OfficialTitle.uuid.not_in(list(kept)))
    stale.execute()
    stored = {t.uuid: t for t in OfficialTitle.select().where(OfficialTitle.official == row.id)}
    for title in official.titles:
        values = {
            "title": title.title,
            "unit": title.unit,
            "acting": title.acting,
            "valid_from": title.valid_from,
            "valid_to": title.valid_to,
            "aliases": "\n".join(title.aliases),
        }
        if title.uuid and title.uuid in stored:
            OfficialTitle.update(**values).where(OfficialTitle.id == stored[title.uuid].id).execute()
        elif title.uuid and not OfficialTitle.select().where(OfficialTitle.uuid == title.uuid).exists():
            OfficialTitle.create(official=row.id, uuid=title.uuid, **values)
        else:
            OfficialTitle.create(official=row.id, **values)
    return row


class OfficialsService:
    def __init__(self, database: Database) -> None:
        self.db = database

    # reading (anyone)

    def officials(self) -> list[OfficialData]:
        return load_directory()

    def get(self, official_id: int) -> OfficialData:
        for official in load_directory():
            if official.id == official_id:
                return official
        raise NotFound("official", official_id)

    def titles_on(self, day: _dt.date) -> list[Holding]:
        """Who held which title on ``day``, by title: what the editor's completer lists."""
        found = [h for h in holdings(load_directory()) if h.title.valid_on(day)]
        return sorted(found, key=lambda h: (title_key(h.title.title), title_key(h.title.unit), h.name))

    def holders_of(self, title_text: str, day: _dt.date) -> list[Holding]:
        """Who held the title written ``title_text`` (the title or an alias; "Plt." aside) on
        ``day``: usually one, or none; one per unit when several units have the title."""
        key = title_key(split_acting(title_text)[1])
        return [h for h in self.titles_on(day) if key in h.title.keys]

    def holder_of(self, title_text: str, day: _dt.date) -> Holding | None:
        """The first of :meth:`holders_of` (None when nobody held it that day)."""
        found = self.holders_of(title_text, day)
        return found[0] if found else None

    # changing (editors and admins)

    def save(self, actor: SignedIn, draft: OfficialDraft) -> OfficialData:
        """Add (``draft.id`` None) or change an official with all their titles, in one
        transaction. Raises :class:`PermissionDenied` for a writer, :class:`DirectoryError`
        (see :func:`clean_official`, :func:`check_directory`: nothing is changed),
        :class:`NotFound`."""
        official = clean_official(draft)
        with self.db.atomic():
            lock_directory()
            actor_id = require_editor(actor)
            existing = None
            if draft.id is not None:
                existing = Official.get_or_none(Official.id == draft.id)
                if existing is None:
                    raise NotFound("official", draft.id)
            others = [o for o in load_directory() if existing is None or o.id != existing.id]
            check_directory([*others, official])
            before = next((o for o in load_directory() if existing and o.id == existing.id), None)
            row = write_official(official, existing)
            saved = self.get(row.id)
            if before is None:
                record_official_event(
                    PersonEventKind.OFFICIAL_ADDED, saved.name, actor_id, new=describe(saved)
                )
            elif describe(before) != describe(saved):
                record_official_event(
                    PersonEventKind.OFFICIAL_CHANGED,
                    saved.name,
                    actor_id,
                    old=describe(before),
                    new=describe(saved),
                )
            return saved

    def delete(self, actor: SignedIn, official_id: int) -> None:
        """Remove an official and their titles (the audit trail keeps the entry)."""
        with self.db.atomic():
            lock_directory()
            actor_id = require_editor(actor)
            before = self.get(official_id)
            Official.delete().where(Official.id == official_id).execute()
            record_official_event(
                PersonEventKind.OFFICIAL_DELETED, before.name, actor_id, old=describe(before)
            )

    def history(self, *, limit: int = 500) -> list[PersonEventData]:
        """The directory's changes (and settings files imported), newest first, from the
        people's audit trail: who, when, the entry before and after."""
        kinds = [
            PersonEventKind.OFFICIAL_ADDED,
            PersonEventKind.OFFICIAL_CHANGED,
            PersonEventKind.OFFICIAL_DELETED,
            PersonEventKind.SETTINGS_IMPORTED,
        ]
        return person_events(kinds=kinds, limit=limit)


# -- the demo ------------------------------------------------------------------------------------


def fill_demo_officials(
    database: Database, actor: SignedIn, now: _dt.datetime, data: list[dict[str, Any]]
) -> int:
    """Add the demo's officials (``data``: the ``officials`` list of ``demo.json``; each
    title's days relative to ``now``, the day the demo is made, in the office's time zone).
    Returns how many."""
    from desktop_app.core.dates import to_local

    today = to_local(now, OFFICE_TIMEZONE).date()
    service = OfficialsService(database)

    def day(days_ago: int | None) -> _dt.date | None:
        return None if days_ago is None else today - _dt.timedelta(days=days_ago)

    for item in data:
        titles = [
            TitleDraft(
                title=t["title"],
                unit=t.get("unit", ""),
                acting=bool(t.get("acting", False)),
                valid_from=day(t["from_days_ago"]),
                valid_to=day(t.get("to_days_ago")),
                aliases=t.get("aliases", []),
            )
            for t in item["titles"]
        ]
        service.save(actor, OfficialDraft(item["name"], titles))
    return len(data)
