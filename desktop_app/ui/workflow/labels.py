"""Every name of a status, role, action and revision reason shown to people, in one place.

English source strings, translated through Qt (the Indonesian catalogue: Draf, Menunggu tinjauan,
Perlu revisi, Disetujui, Terbit, Terjadwal, Diarsipkan; Penulis, Redaktur, Admin).
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

CONTEXT = "Workflow"


def _tr(text: str, disambiguation: str | None = None) -> str:
    return QCoreApplication.translate(CONTEXT, text, disambiguation)


def status_label(status: str) -> str:
    tr = QCoreApplication.translate  # the context the sidebar uses too: one catalogue entry
    texts = {
        "draft": tr("Status", "Draft"),
        "in_review": tr("Status", "In review"),
        "changes_requested": tr("Status", "Changes requested"),
        "approved": tr("Status", "Approved"),
        "published": tr("Status", "Published"),
        "scheduled": tr("Status", "Scheduled"),
        "archived": tr("Status", "Archived"),
    }
    return texts.get(status, status)


def role_label(role: str) -> str:
    texts = {"writer": _tr("Writer"), "editor": _tr("Editor"), "admin": _tr("Admin")}
    return texts.get(role, role)


def action_label(action: str) -> str:
    """The text of an action's button."""
    texts = {
        "submit": _tr("Submit for review"),
        "resubmit": _tr("Resubmit"),
        "request_changes": _tr("Request changes…"),
        "approve": _tr("Approve"),
        "publish": _tr("Publish"),
        "schedule": _tr("Schedule…"),
        "publish_changes": _tr("Publish changes"),
        "unpublish": _tr("Unpublish"),
        "archive": _tr("Archive"),
        "reopen": _tr("Reopen as draft"),
    }
    return texts.get(action, action)


def action_tooltip(action: str) -> str:
    texts = {
        "submit": _tr("Send this article to the editors for review."),
        "resubmit": _tr("Send the revised article back for review."),
        "request_changes": _tr("Send the article back to the writer with a note."),
        "approve": _tr("Approve the article for publication."),
        "publish": _tr("Put this version on the website."),
        "schedule": _tr("Publish this version automatically at a later time."),
        "publish_changes": _tr("Replace the version on the website by the current text."),
        "unpublish": _tr("Take the article off the website (it stays approved)."),
        "archive": _tr("Take the article off the website and archive it."),
        "reopen": _tr("Make the article a draft again."),
    }
    return texts.get(action, "")


def reason_label(reason: str) -> str:
    """Why a revision was recorded."""
    texts = {
        "create": _tr("Created"),
        "autosave": _tr("Autosave"),
        "save": _tr("Saved"),
        "submit": _tr("Submitted"),
        "resubmit": _tr("Resubmitted"),
        "request_changes": _tr("Changes requested"),
        "approve": _tr("Approved"),
        "publish": _tr("Published"),
        "schedule": _tr("Scheduled"),
        "publish_changes": _tr("Changes published"),
        "unpublish": _tr("Unpublished"),
        "archive": _tr("Archived"),
        "reopen": _tr("Reopened"),
        "restore": _tr("Restored"),
        "import": _tr("Imported"),
        "conflict": _tr("Conflict copy"),
    }
    return texts.get(reason, reason)


def field_label(field: str) -> str:
    texts = {
        "title": _tr("Title"),
        "summary": _tr("Summary"),
        "body": _tr("Text"),
        "dateline": _tr("Dateline"),
        "category_name": _tr("Category"),
        "tags": _tr("Tags"),
        "slug": _tr("Address (slug)"),
    }
    return texts.get(field, field)


#: (light background, dark background) per status; the text always names the status too.
_COLOURS = {
    "draft": ("#e8eaed", "#3c4043"),
    "in_review": ("#fdefc3", "#5c4a10"),
    "changes_requested": ("#fbd9d3", "#5e2219"),
    "approved": ("#d3ecdc", "#1f4a2f"),
    "published": ("#cfe3fb", "#173b63"),
    "scheduled": ("#e3dcf7", "#3b2d66"),
    "archived": ("#ececec", "#404040"),
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def status_colours(status: str, palette: QPalette) -> tuple[QColor, QColor]:
    """(background, text) of a status chip for this palette."""
    light, dark = _COLOURS.get(status, _COLOURS["draft"])
    if is_dark(palette):
        return QColor(dark), QColor("#f1f3f4")
    return QColor(light), QColor("#202124")


def when_text(value: _dt.datetime, language: str = "id") -> str:
    """ "28 Nov 2026 14.05 WIB": short enough for lists."""
    from desktop_app.core.dates import news_time, short_date

    return f"{short_date(value, language)} {news_time(value, language)}"
