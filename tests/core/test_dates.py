from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core import dates


def test_news_date_in_indonesian():
    # 07:05 UTC is 14:05 WIB on the same day.
    value = dt.datetime(2026, 11, 28, 7, 5)
    assert dates.news_date(value) == "Sabtu, 28 November 2026"
    assert dates.news_time(value) == "14.05 WIB"
    assert dates.news_datetime(value) == "Sabtu, 28 November 2026 14.05 WIB"


def test_date_changes_at_local_midnight():
    # 18:30 UTC is already the next day in Jakarta.
    assert dates.news_date(dt.datetime(2026, 11, 27, 18, 30)) == "Sabtu, 28 November 2026"


def test_english_and_numbers():
    value = dt.datetime(2026, 11, 28, 7, 5)
    assert dates.news_date(value, "en") == "Saturday, 28 November 2026"
    assert dates.news_time(value, "en") == "14:05 WIB"
    assert dates.number(12345, "id") == "12.345"
    assert dates.number(12345, "en") == "12,345"


def test_round_trip_local_to_utc():
    local = dt.datetime(2026, 12, 1, 9, 0)
    stored = dates.to_utc_naive(local)
    assert stored == dt.datetime(2026, 12, 1, 2, 0)
    assert dates.to_local(stored).replace(tzinfo=None) == local


def test_computer_time_without_zone():
    value = dt.datetime(2026, 11, 28, 14, 5)  # local wall-clock time (a backup's file time)
    assert dates.computer_datetime(value) == "Sabtu, 28 November 2026 14.05"
    assert dates.computer_datetime(value, "en") == "Saturday, 28 November 2026 14:05"


@pytest.mark.parametrize("language", ["id", "en"])
def test_long_dates_are_babels_pattern_every_day_of_two_years(language):
    from babel.dates import format_date

    from desktop_app.core.dates import _locale

    day = dt.date(2025, 1, 1)
    while day.year < 2027:
        expected = format_date(day, "EEEE, d MMMM y", locale=_locale(language))
        assert dates.news_date(day, language) == expected
        day += dt.timedelta(days=1)


@pytest.mark.parametrize("locale", ["id_ID", "en_GB"])
def test_the_written_out_names_are_babels(locale):
    from babel import Locale

    data = Locale.parse(locale)
    days, months = dates._NAMES[locale]
    assert days == tuple(data.days["format"]["wide"][i] for i in range(7))
    assert months == tuple(data.months["format"]["wide"][i] for i in range(1, 13))
