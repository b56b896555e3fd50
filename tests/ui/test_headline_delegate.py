"""The headline row's status badge: text as well as colour, and "Scheduled" for an embargo."""

from __future__ import annotations

import datetime as dt

from desktop_app.core.models import Headline
from desktop_app.core.status import STATUS_COLOURS
from desktop_app.core.workflow import display_status
from desktop_app.labels import status_label


def _headline(status: str, publish_at: dt.datetime | None) -> Headline:
    now = dt.datetime(2026, 11, 28, 7, 0)
    return Headline(1, "u", "Judul", "judul", status, None, None, now, now, publish_at, None, 10)


def test_embargoed_article_shows_scheduled(qapp):
    future = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(days=1)
    headline = _headline("published", future)
    status = display_status(headline.status, headline.publish_at)
    assert status == "scheduled"
    assert status_label(status) == "Scheduled"
    assert STATUS_COLOURS["scheduled"] != STATUS_COLOURS["published"]


def test_every_status_has_a_label_and_a_colour(qapp):
    for status in (
        "draft",
        "in_review",
        "changes_requested",
        "approved",
        "published",
        "scheduled",
        "archived",
        "trash",
    ):
        assert status in STATUS_COLOURS
        assert status_label(status)
        assert status_label(status) != status


def test_one_is_dark_judges_the_colour_behind(qapp):
    from PySide6.QtGui import QColor, QPalette

    from desktop_app.ui.palette import chip_colours, is_dark

    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    assert is_dark(palette)
    assert not is_dark(palette, QPalette.ColorRole.Base)
    assert [c.name() for c in chip_colours("in_review", palette)] == ["#5c4a10", "#f1f3f4"]
    palette.setColor(QPalette.ColorRole.Window, QColor("#f8f9fa"))
    assert [c.name() for c in chip_colours("in_review", palette)] == ["#fdefc3", "#202124"]
