"""Every name of a status, role, action, revision reason and article field shown to people,
in one place (the core's enums name them; this turns them into words).

English source strings, translated through Qt (the Indonesian catalogue: Draf, Menunggu tinjauan,
Perlu revisi, Disetujui, Terbit, Terjadwal, Diarsipkan; Penulis, Redaktur, Admin). No widget here:
the GUI and the command line (through :mod:`desktop_app.messages`) use it alike.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication

from desktop_app.core.models import Role
from desktop_app.core.status import Status
from desktop_app.core.workflow import Action

CONTEXT = "Workflow"


def _tr(text: str, disambiguation: str | None = None) -> str:
    return QCoreApplication.translate(CONTEXT, text, disambiguation)


def status_label(status: str) -> str:
    tr = QCoreApplication.translate  # the context the sidebar uses too: one catalogue entry
    texts: dict[str, str] = {
        Status.DRAFT: tr("Status", "Draft"),
        Status.IN_REVIEW: tr("Status", "In review"),
        Status.CHANGES_REQUESTED: tr("Status", "Changes requested"),
        Status.APPROVED: tr("Status", "Approved"),
        Status.PUBLISHED: tr("Status", "Published"),
        Status.SCHEDULED: tr("Status", "Scheduled"),
        Status.ARCHIVED: tr("Status", "Archived"),
        Status.WITHDRAWN: tr("Status", "Withdrawn"),
        Status.TRASH: tr("Status", "In Trash"),
    }
    return texts.get(status, status)


def role_label(role: str) -> str:
    texts: dict[str, str] = {Role.WRITER: _tr("Writer"), Role.EDITOR: _tr("Editor"), Role.ADMIN: _tr("Admin")}
    return texts.get(role, role)


def action_label(action: str) -> str:
    """The text of an action's button."""
    texts: dict[str, str] = {
        Action.SUBMIT: _tr("Submit for review"),
        Action.RESUBMIT: _tr("Resubmit"),
        Action.REQUEST_CHANGES: _tr("Request changes…"),
        Action.APPROVE: _tr("Approve"),
        Action.PUBLISH: _tr("Publish"),
        Action.SCHEDULE: _tr("Schedule…"),
        Action.PUBLISH_CHANGES: _tr("Publish changes"),
        Action.UNPUBLISH: _tr("Unpublish"),
        Action.ARCHIVE: _tr("Archive"),
        Action.REOPEN: _tr("Reopen as draft"),
        Action.CORRECT: _tr("Propose correction…"),
        Action.APPROVE_CORRECTION: _tr("Approve correction…"),
        Action.REJECT_CORRECTION: _tr("Reject correction…"),
        Action.TAKEDOWN: _tr("Take down…"),
        "import": _tr("Imported"),  # (desktop_app/core/imports/store.py: not a workflow action)
        # the lead story (Berita Utama) of the front page, recorded in the audit trail too
        "pin_lead": _tr("Pin as lead story"),
        "unpin_lead": _tr("Unpin the lead story"),
        # sends to WordPress, recorded in the audit trail (core/wordpress/send_records.py)
        "wp_published": _tr("Published on WordPress"),
        "wp_updated": _tr("Updated on WordPress"),
        "wp_withdrawn": _tr("Taken off WordPress"),
        "wp_failed": _tr("WordPress send failed"),
    }
    return texts.get(action, action)


def action_tooltip(action: str) -> str:
    texts: dict[str, str] = {
        Action.SUBMIT: _tr("Send this article to the editors for review."),
        Action.RESUBMIT: _tr("Send the revised article back for review."),
        Action.REQUEST_CHANGES: _tr("Send the article back to the writer with a note."),
        Action.APPROVE: _tr("Approve the article for publication."),
        Action.PUBLISH: _tr("Put this version on the website."),
        Action.SCHEDULE: _tr("Publish this version automatically at a later time."),
        Action.PUBLISH_CHANGES: _tr("Replace the version on the website by the current text."),
        Action.UNPUBLISH: _tr("Take the article off the website (it stays approved)."),
        Action.ARCHIVE: _tr("Take the article off the website and archive it."),
        Action.REOPEN: _tr("Make the article a draft again."),
        Action.CORRECT: _tr(
            "Correct the published article: the website shows your public note once an editor approves it."
        ),
        Action.APPROVE_CORRECTION: _tr("Put the corrected text and its public note on the website."),
        Action.REJECT_CORRECTION: _tr("Refuse the correction; the website keeps the published text."),
        Action.TAKEDOWN: _tr(
            "Withdraw the article from the website; a page at its address says when and why."
        ),
    }
    return texts.get(action, "")


def reason_label(reason: str) -> str:
    """Why a revision was recorded."""
    texts: dict[str, str] = {
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
        "correct": _tr("Correction proposed"),
        "corrected": _tr("Correction published"),
        "not_corrected": _tr("Correction rejected"),
        "takedown": _tr("Taken down"),
        "restore": _tr("Restored"),
        "import": _tr("Imported"),
        "conflict": _tr("Conflict copy"),
        "send": _tr("Sent for review"),  # the text a review package carried (core/packages)
    }
    return texts.get(reason, reason)


def field_label(field: str) -> str:
    texts: dict[str, str] = {
        "title": _tr("Title"),
        "summary": _tr("Summary"),
        "body": _tr("Text"),
        "dateline": _tr("Dateline"),
        "official_name": _tr("Responsible official"),
        "official_title": _tr("Official's title"),
        "contact_name": _tr("Contact person"),
        "contact_title": _tr("Contact's title"),
        "contact_phone": _tr("Contact telephone"),
        "contact_email": _tr("Contact e-mail"),
        "category_name": _tr("Category"),
        "tags": _tr("Tags"),
        "slug": _tr("Address (slug)"),
        "image_words": _tr("Image descriptions (alt text, caption, credit)"),
    }
    return texts.get(field, field)


def when_text(value: _dt.datetime, language: str = "id") -> str:
    """ "28 Nov 2026 14.05 WIB": short enough for lists."""
    from desktop_app.core.dates import news_time, short_date

    return f"{short_date(value, language)} {news_time(value, language)}"


def kind_label(kind: str) -> str:
    """An article type's name ("Berita", "Siaran Pers")."""
    texts = {"news": _tr("News"), "press_release": _tr("Press release")}
    return texts.get(kind, kind)


def release_mark(number: str) -> str:
    """A press release in one short mark: "SP 001/SP/Diskominfo/XII/2026", or "Siaran Pers"
    while it has no number yet."""
    if not number:
        return kind_label("press_release")
    return QCoreApplication.translate("Workflow", "PR {0}", "a press release's number").format(number)
