"""Translated messages for backups, restore and failed saves (the data-safety texts).

Kept beside :mod:`desktop_app.messages`, whose ``describe_error`` hands these exceptions here.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from db.backup import BackupError, BackupFailure
from desktop_app.core.save_problems import SaveProblem, classify_save_error, error_details

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SafetyMessages", text)


def backup_failure_message(exc: BackupError) -> str:
    texts = {
        BackupFailure.NOT_SQLITE: _tr(
            "Backups of a PostgreSQL database are made on the server "
            "(pg_dump); Redaksi backs up SQLite files only."
        ),
        BackupFailure.MISSING: _tr("The backup “{0}” does not exist."),
        BackupFailure.NOT_A_BACKUP: _tr("“{0}” is not a Redaksi backup. Nothing was changed."),
        BackupFailure.DAMAGED: _tr(
            "The backup “{0}” is damaged and cannot be restored. Nothing was changed; choose another backup."
        ),
        BackupFailure.SOURCE_DAMAGED: _tr(
            "The database is damaged, so no backup “{0}” was made (the good backups are kept). "
            "Restore the newest good backup, or run “redaksi check” for SQLite's findings."
        ),
        BackupFailure.NEWER_SCHEMA: _tr(
            "The backup “{0}” was made by a newer version of Redaksi. Update Redaksi to restore it."
        ),
        BackupFailure.IN_USE: _tr(
            "“{0}” is open in another Redaksi window or program. Close it there first; nothing was changed."
        ),
        BackupFailure.WRITE_FAILED: _tr(
            "Could not write “{0}” (disk full, no permission?). Nothing was changed."
        ),
    }
    return texts[exc.failure].format(exc.target)


def save_problem_message(problem: SaveProblem) -> str:
    """One line for the banner above the editor; the text always stays in the editor."""
    texts = {
        SaveProblem.DISK_FULL: _tr(
            "Not saved: the disk is full. Your text is still here; free some space and press Retry."
        ),
        SaveProblem.IO_ERROR: _tr(
            "Not saved: the disk reported an error (drive removed or "
            "failing?). Your text is still here; press Retry."
        ),
        SaveProblem.READ_ONLY: _tr(
            "Not saved: the database has become read-only. Your text is "
            "still here; make the file writable and press Retry."
        ),
        SaveProblem.LOCKED: _tr(
            "Not saved yet: another program has kept the database locked "
            "for a while. Your text is still here; Redaksi retries."
        ),
        SaveProblem.FILE_MISSING: _tr(
            "Not saved: the database file was deleted or moved while "
            "open. Your text is still here; put the file back and press "
            "Retry, or save a copy elsewhere."
        ),
        SaveProblem.FILE_REPLACED: _tr(
            "Not saved: another file has taken the place of the database file while it was open "
            "(a sync program, or a backup copied over it?). Nothing was written to either file; "
            "your text is still here. Save it into the file now at that place, or save a copy "
            "elsewhere."
        ),
        SaveProblem.DAMAGED: _tr(
            "Not saved: the database file is damaged. Your text is still here; save a copy "
            "elsewhere, then restore the newest good backup."
        ),
        SaveProblem.CONNECTION_LOST: _tr(
            "Not saved: the connection to the database server was lost. Your text is still here; "
            "press Retry, or save a copy elsewhere."
        ),
        SaveProblem.OTHER: _tr(
            "Not saved because of an unexpected error. Your text is still here; press Retry."
        ),
    }
    return texts[problem]


def save_problem_cause(problem: SaveProblem) -> str | None:
    """The cause alone, for ``describe_error`` (the banner adds that the text is kept)."""
    texts = {
        SaveProblem.DISK_FULL: _tr("The disk is full; free some space."),
        SaveProblem.IO_ERROR: _tr("The disk reported a read/write error (drive removed or failing?)."),
        SaveProblem.READ_ONLY: _tr("The database file has become read-only; make it writable again."),
        SaveProblem.LOCKED: _tr("Another program has kept the database locked for a while."),
        SaveProblem.FILE_MISSING: _tr(
            "The database file was deleted or moved while open; put it back where it was."
        ),
        SaveProblem.FILE_REPLACED: _tr(
            "Another file has taken the place of the database file while it was open (a sync "
            "program, or a backup copied over it?); nothing was written to either file."
        ),
        SaveProblem.DAMAGED: _tr(
            "The database file is damaged; restore the newest good backup (Help ▸ Restore from Backup…)."
        ),
        SaveProblem.CONNECTION_LOST: _tr("The connection to the database server was lost."),
    }
    return texts.get(problem)


def save_error_message(exc: BaseException, database=None) -> str:
    return save_problem_message(classify_save_error(exc, database))


def storage_error_cause(exc: BaseException) -> str | None:
    """For ``describe_error``: a precise, translated cause for a storage failure, or None.

    Only translated words: SQLite's own ("… (cannot rollback - no transaction is active)") go
    to the log, and to a Details view through :func:`error_details`."""
    from db.models import database_proxy

    problem = classify_save_error(exc, database_proxy.obj)
    cause = save_problem_cause(problem)
    if cause is not None:
        log.warning("storage problem %s: %s", problem.value, error_details(exc))
    return cause
