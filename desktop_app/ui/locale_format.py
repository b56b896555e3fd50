"""Short dates and numbers for the headline list, formatted by Qt's own CLDR data.

The rest of Redaksi formats dates and numbers with Babel (:mod:`desktop_app.core.dates`), but
importing Babel and loading a locale takes ~25 ms, and the headline list needs its first dates
before the window can paint. Qt already holds the same CLDR patterns for Indonesian and British
English; ``tests/ui/test_locale_format.py`` checks both give the same text, month by month.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QDate, QLocale

from desktop_app.core.dates import DEFAULT_TIMEZONE, to_local

_LOCALES: dict[str, QLocale] = {}


def _locale(language: str) -> QLocale:
    key = "id" if language.startswith("id") else "en"
    locale = _LOCALES.get(key)
    if locale is None:
        locale = (
            QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
            if key == "id"
            else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        )
        _LOCALES[key] = locale
    return locale


def short_date(value: _dt.datetime, language: str = "id", timezone: str = DEFAULT_TIMEZONE) -> str:
    """ "28 Nov 2026": :func:`desktop_app.core.dates.short_date`, without loading Babel."""
    day = to_local(value, timezone).date()
    return _locale(language).toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def number(value: int, language: str = "id") -> str:
    """ "12.345" / "12,345": :func:`desktop_app.core.dates.number` for whole numbers."""
    return _locale(language).toString(int(value))
