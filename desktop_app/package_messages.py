"""The words of review packages (``desktop_app/core/packages/``), translated: why a package is
refused, what the preview says of each article, and the comment that stands in for an audit
record not accepted here. For the windows and the CLI alike."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.packages import Outcome, PackageError, Problem, RecordPlan, container, plan
from desktop_app.core.packages.keys import KeyChange


def _tr(text: str) -> str:
    return QCoreApplication.translate("Packages", text)


def _size(limit: int) -> str:
    return f"{limit // (1024 * 1024)} MB"


def refusal_message(exc: PackageError) -> str:
    """Why a package was refused (nothing was written), in one or two sentences."""
    nothing = _tr("Nothing was imported.")
    texts = {
        Problem.UNREADABLE: _tr("The file cannot be read: {0}."),
        Problem.NOT_A_PACKAGE: _tr(
            "This file is not a complete Redaksi review package (it may have been cut short while "
            "it was copied or sent). Ask for the package again."
        ),
        Problem.DAMAGED: _tr("The package is damaged: “{0}” cannot be read. Ask for the package again."),
        Problem.TOO_BIG: _tr(
            "The package is refused: “{0}” is larger than a review package may be (at most {1} "
            "per part, {2} in all). It may be a malicious file."
        ),
        Problem.TOO_MANY_PARTS: _tr(
            "The package is refused: it holds {0} files, more than the {1} a review package may hold."
        ),
        Problem.BAD_NAME: _tr(
            "The package is refused: it holds a file named “{0}”, which could point outside its "
            "folder. It may be a malicious file."
        ),
        Problem.DUPLICATE_NAME: _tr("The package is refused: it holds the file “{0}” twice."),
        Problem.NEWER_FORMAT: _tr(
            "This package was made by a newer version of Redaksi (package format {0}). Update "
            "Redaksi to import it."
        ),
        Problem.PART_MISSING: _tr(
            "The package was changed after it was signed: “{0}” is missing from it. Ask the sender "
            "to send it again."
        ),
        Problem.PART_ADDED: _tr(
            "The package was changed after it was signed: “{0}” was added to it. Ask the sender to "
            "send it again."
        ),
        Problem.PART_CHANGED: _tr(
            "The package was changed after it was signed: “{0}” is not what the sender packed. Ask "
            "the sender to send it again."
        ),
        Problem.BAD_SIGNATURE: _tr(
            "The package was changed after it was signed, or its signature is not the sender's. "
            "Ask the sender to send it again."
        ),
        Problem.UNKNOWN_KEY: _tr(
            "The package is signed with a key this database does not know for {0}, and not even "
            "one the package names as theirs. Do not trust this file."
        ),
        Problem.WRONG_DATABASE: _tr(
            "This package was made for another database, not this one. Open the database it was "
            "sent to, or ask the sender to send it to this one."
        ),
        Problem.OWN_PACKAGE: _tr(
            "This package was made from this very database: there is nothing to import. (If this "
            "database is a copy of the sender's file, an administrator gives it its own id with "
            "“redaksi packages --new-id”.)"
        ),
        Problem.NO_ARTICLES: _tr("Choose at least one article to send."),
        Problem.NOT_SIGNED_IN: _tr("Sign in to send or import review packages."),
    }
    text = texts[exc.problem]
    if exc.problem == Problem.TOO_BIG:
        text = text.format(exc.detail, _size(container.MAX_PART_BYTES), _size(container.MAX_TOTAL_BYTES))
    elif exc.problem == Problem.TOO_MANY_PARTS:
        text = text.format(exc.detail, container.MAX_PARTS)
    else:
        text = text.format(exc.detail)
    if exc.problem in (Problem.NO_ARTICLES, Problem.NOT_SIGNED_IN):
        return text
    return f"{text} {nothing}"


def outcome_label(outcome: Outcome) -> str:
    return {
        Outcome.NEW: _tr("New here"),
        Outcome.TAKEN: _tr("Updated (changed only there)"),
        Outcome.KEPT: _tr("Kept (changed only here)"),
        Outcome.CONFLICT: _tr("Conflict: both sides changed it"),
        Outcome.SAME: _tr("No change to the text"),
    }[outcome]


def reason_text(reason: str) -> str:
    return {
        plan.BAD_SIGNATURE: _tr("its signature does not match"),
        plan.UNKNOWN_KEY: _tr("it is signed with a key this database does not know"),
        plan.NOT_ALLOWED: _tr("that person's role here does not allow it"),
        plan.TEXT_CHANGED: _tr("the text it signed is not the text in the package"),
        plan.UNSIGNED: _tr("it is not signed"),
        plan.KEY_UNCONFIRMED: _tr(
            "it is signed with a new key of theirs that no administrator here has confirmed"
        ),
    }.get(reason, reason)


def key_change_text(change: KeyChange) -> str:
    """What the preview and ``redaksi unpack`` say of a new key of someone known here."""
    if change.confirmed:
        return _tr(
            "{0}'s signing key has changed (their password was reset). {1}, an administrator of this "
            "database, vouched for the new key: it is accepted."
        ).format(change.name, change.confirmed_by)
    return _tr(
        "{0}'s signing key has changed (was their password reset?), and no administrator of this "
        "database has confirmed the new key: what {0} approved or published comes in as comments, "
        "and no status moves. An administrator must confirm the new key: compare its first "
        "characters, {1}, with {0} by telephone, then confirm it while importing. Later packages "
        "from {0} are then accepted."
    ).format(change.name, change.fingerprint)


def record_refused_comment(record: RecordPlan) -> str:
    """The comment that stands in for an audit record not accepted here."""
    from desktop_app.labels import action_label

    return _tr(
        "A review package brought “{0}” by {1}, which was not accepted here: {2}. The article's "
        "status was not changed."
    ).format(
        action_label(record.action).rstrip("…") if record.action else "?",
        record.actor or "?",
        reason_text(record.reason),
    )
