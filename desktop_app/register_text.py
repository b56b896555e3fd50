"""The press-release register as a table of words (``desktop_app/core/press_releases.py``
gives the rows): its column names, statuses and dates in the interface's language, one place
for the register window and ``redaksi register`` alike."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.dates import to_local
from desktop_app.core.press_releases import DELETED, RegisterRow
from desktop_app.labels import status_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("Register", text)


def register_header() -> list[str]:
    return [_tr("Number"), _tr("Title"), _tr("Numbered on"), _tr("Status"), _tr("Approved by")]


def register_status(status: str) -> str:
    """The article's status now; "Deleted" when it is gone (the number stays in the register)."""
    return _tr("Deleted") if status == DELETED else status_label(status)


def register_cells(row: RegisterRow) -> list[str]:
    """One row as text: the date as ``YYYY-MM-DD HH:MM`` in the office's time (a spreadsheet
    sorts it; the register window shows the same)."""
    when = to_local(row.assigned_at).strftime("%Y-%m-%d %H:%M")
    return [row.number, row.title, when, register_status(row.status), row.approver or "—"]


def register_table(rows: list[RegisterRow]) -> list[list[str]]:
    return [register_cells(row) for row in rows]


def sheet_name(year: int | None) -> str:
    """The spreadsheet's sheet: "Siaran Pers 2026" (or of every year)."""
    if year is None:
        return _tr("Press releases")
    return _tr("Press releases {0}").format(year)
