"""One Status: the strings stored in the database, the statuses only shown, one colour table."""

from __future__ import annotations

import re

from desktop_app.core.models import Role
from desktop_app.core.status import STATUS_COLOURS, STORED_STATUSES, Status, status_colours
from desktop_app.core.workflow import RULES


def test_stored_statuses_are_the_database_strings():
    assert [s.value for s in STORED_STATUSES] == [
        "draft",
        "in_review",
        "changes_requested",
        "approved",
        "published",
        "withdrawn",
        "archived",
    ]
    assert set(Status) - set(STORED_STATUSES) == {Status.SCHEDULED, Status.TRASH}
    assert Status.IN_REVIEW == "in_review"
    assert f"{Status.IN_REVIEW}" == "in_review"


def test_the_workflow_moves_between_stored_statuses_only():
    for rule in RULES.values():
        assert rule.to_status in STORED_STATUSES
        assert set(rule.from_statuses) <= set(STORED_STATUSES)
        assert set(rule.roles) <= set(Role)


def test_every_status_has_its_colours():
    hex_colour = re.compile(r"#[0-9a-f]{6}")
    assert set(STATUS_COLOURS) == set(Status)
    for colours in STATUS_COLOURS.values():
        assert all(hex_colour.fullmatch(c) for c in (colours.badge, colours.light, colours.dark))
    assert status_colours("no such status") == STATUS_COLOURS[Status.DRAFT]


def test_roles_are_the_database_strings():
    assert [r.value for r in Role] == ["writer", "editor", "admin"]
