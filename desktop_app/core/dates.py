"""Dates, times and numbers for people: the one source of truth (Babel), UI and export alike.

Timestamps are stored as naive UTC. The office's time zone defaults to Asia/Jakarta (WIB).
News style in Indonesian: "Sabtu, 28 November 2026" and 24-hour times "14.05 WIB".
"""

from __future__ import annotations

import datetime as _dt
import functools
from zoneinfo import ZoneInfo

# Babel is imported by the functions that format (~25 ms with its first locale): importing this
# module for time zones costs nothing at start-up, and long dates need none (see ``_NAMES``).

DEFAULT_TIMEZONE = "Asia/Jakarta"
_ZONE_ABBREVIATIONS = {
    "Asia/Jakarta": "WIB",
    "Asia/Pontianak": "WIB",
    "Asia/Makassar": "WITA",
    "Asia/Jayapura": "WIT",
}


def to_local(value: _dt.datetime, timezone: str = DEFAULT_TIMEZONE) -> _dt.datetime:
    """A stored (naive UTC) timestamp in the office's time zone."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=_dt.UTC)
    return value.astimezone(ZoneInfo(timezone))


def to_utc_naive(value: _dt.datetime, timezone: str = DEFAULT_TIMEZONE) -> _dt.datetime:
    """A local wall-clock time (naive = office time zone) as stored naive UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=ZoneInfo(timezone))
    return value.astimezone(_dt.UTC).replace(tzinfo=None)


def _locale(language: str) -> str:
    return "id_ID" if language.startswith("id") else "en_GB"


#: Babel's wide weekday (Monday first) and month names of the languages Redaksi speaks,
#: written out: loading Babel and a locale's data took ~12 ms of every export and of the first
#: date a window shows (``tests/core/test_dates.py`` checks them against Babel, day by day).
_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "id_ID": (
        ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
        ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
         "Oktober", "November", "Desember"),
    ),
    "en_GB": (
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        ("January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"),
    ),
}  # fmt: skip


@functools.cache
def _date_names(locale: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Babel's wide weekday (Monday first) and month names for ``locale``."""
    known = _NAMES.get(locale)
    if known is not None:
        return known
    from babel import Locale

    data = Locale.parse(locale)
    days, months = data.days["format"]["wide"], data.months["format"]["wide"]
    return tuple(days[i] for i in range(7)), tuple(months[i] for i in range(1, 13))


def _long_date(day: _dt.date, language: str) -> str:
    """Babel's ``EEEE, d MMMM y`` from its own names, without parsing the pattern each time
    (an export formats thousands of dates; ``tests/core/test_dates.py`` checks they agree)."""
    days, months = _date_names(_locale(language))
    return f"{days[day.weekday()]}, {day.day} {months[day.month - 1]} {day.year}"


def news_date(value: _dt.datetime | _dt.date, language: str = "id", timezone: str = DEFAULT_TIMEZONE) -> str:
    """ "Sabtu, 28 November 2026" (or "Saturday, 28 November 2026")."""
    if isinstance(value, _dt.datetime):
        value = to_local(value, timezone).date()
    return _long_date(value, language)


def plain_date(value: _dt.datetime | _dt.date, language: str = "id", timezone: str = DEFAULT_TIMEZONE) -> str:
    """ "5 Desember 2026" (or "5 December 2026"): a date inside a sentence, as in "Ralat, 5
    Desember 2026: …"."""
    if isinstance(value, _dt.datetime):
        value = to_local(value, timezone).date()
    months = _date_names(_locale(language))[1]
    return f"{value.day} {months[value.month - 1]} {value.year}"


def short_date(value: _dt.datetime, language: str = "id", timezone: str = DEFAULT_TIMEZONE) -> str:
    """ "28 Nov 2026", for lists."""
    from babel.dates import format_date

    return format_date(to_local(value, timezone).date(), "d MMM y", locale=_locale(language))


def zone_abbreviation(timezone: str = DEFAULT_TIMEZONE) -> str:
    return _ZONE_ABBREVIATIONS.get(timezone, timezone)


def news_time(value: _dt.datetime, language: str = "id", timezone: str = DEFAULT_TIMEZONE) -> str:
    """ "14.05 WIB" in Indonesian, "14:05 WIB" in English (24-hour clock in both; digits
    only, so no locale data is loaded: the window's first saved time shows without it)."""
    local = to_local(value, timezone)
    clock = f"{local:%H.%M}" if language.startswith("id") else f"{local:%H:%M}"
    return f"{clock} {zone_abbreviation(timezone)}"


def news_datetime(value: _dt.datetime, language: str = "id", timezone: str = DEFAULT_TIMEZONE) -> str:
    """ "Sabtu, 28 November 2026 14.05 WIB"."""
    return f"{news_date(value, language, timezone)} {news_time(value, language, timezone)}"


def computer_datetime(value: _dt.datetime, language: str = "id") -> str:
    """A wall-clock time of this computer (a backup file's time), without a time zone:
    "Sabtu, 28 November 2026 14.05" ("Saturday, 28 November 2026 14:05")."""
    clock = f"{value:%H.%M}" if language.startswith("id") else f"{value:%H:%M}"
    return f"{_long_date(value.date(), language)} {clock}"


def number(value: float, language: str = "id") -> str:
    """ "12.345" in Indonesian, "12,345" in English."""
    from babel.numbers import format_decimal

    return format_decimal(value, locale=_locale(language))
