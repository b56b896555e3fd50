"""The headline list's Qt-formatted dates and numbers equal the core's Babel ones."""

import datetime as dt

import pytest

from desktop_app.core import dates
from desktop_app.ui import locale_format


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("month", range(1, 13))
def test_short_date_matches_babel_every_month(qapp, language, month):
    value = dt.datetime(2026, month, 28, 9, 30)  # stored naive UTC
    assert locale_format.short_date(value, language) == dates.short_date(value, language)


@pytest.mark.parametrize("language", ["id", "en"])
def test_short_date_uses_the_office_time_zone(qapp, language):
    late_utc = dt.datetime(2026, 12, 31, 20, 0)  # already 1 January in Jakarta (UTC+7)
    assert locale_format.short_date(late_utc, language) == dates.short_date(late_utc, language)
    assert locale_format.short_date(late_utc, "id") == "1 Jan 2027"


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("value", [0, 7, 999, 1000, 3018, 100_000, 1_234_567])
def test_numbers_match_babel(qapp, language, value):
    assert locale_format.number(value, language) == dates.number(value, language)


def test_indonesian_number_grouping(qapp):
    assert locale_format.number(3018, "id") == "3.018"
    assert locale_format.number(3018, "en") == "3,018"
