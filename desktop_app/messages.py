"""Translated, one-line messages for the core's and the storage layer's errors.

The core raises exceptions with codes; this is the one place that turns them into words, for the
GUI's dialogs and the CLI alike.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication

from db.database import DatabaseOpenError, OpenFailure
from desktop_app.core.errors import (
    ADMIN_ONLY,
    KEY_REPLACED,
    SESSION_ENDED,
    ConflictError,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    RedaksiError,
    SignInFailed,
    SignInWait,
    ValidationError,
    WrongPassword,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def open_failure_message(exc: DatabaseOpenError) -> str:
    texts = {
        OpenFailure.NOT_A_DATABASE: _tr("“{0}” is not a Redaksi database."),
        OpenFailure.EMPTY_FILE: _tr("“{0}” is an empty file, not a Redaksi database."),
        OpenFailure.CORRUPT: _tr(
            "“{0}” is damaged (truncated or corrupt). It was not changed; restore it from a backup."
        ),
        OpenFailure.NEWER_SCHEMA: _tr(
            "“{0}” was made by a newer version of Redaksi. Update "
            "Redaksi to open it; the file was not changed."
        ),
        OpenFailure.READ_ONLY: _tr("“{0}” is read-only. Make it writable or open a copy."),
        OpenFailure.IS_DIRECTORY: _tr("“{0}” is a folder, not a database file."),
        OpenFailure.LOCKED: _tr("“{0}” is locked by another program. Close it and try again."),
        OpenFailure.ORPHAN_WAL: _tr(
            "“{0}” is missing but its journal (-wal) file is there: "
            "the database was moved or deleted. Nothing was created."
        ),
        OpenFailure.UNREACHABLE: _tr(
            "Cannot reach the database server {0}. Check the address and the network."
        ),
        OpenFailure.MISSING_DRIVER: _tr("PostgreSQL support is not installed (install redaksi[postgres])."),
        OpenFailure.NO_FOLDER: _tr("The folder of “{0}” does not exist."),
    }
    return texts[exc.failure].format(exc.target)


def describe_error(exc: Exception) -> str:
    """A translated one-line message for any error the user should see."""
    if isinstance(exc, DatabaseOpenError):
        return open_failure_message(exc)
    if isinstance(exc, NotFound):
        texts = {
            "article": _tr("The article {0} was not found (deleted?)."),
            "revision": _tr("The revision {0} was not found."),
            "person": _tr("The person {0} was not found."),
            "image": _tr("The image {0} was not found (removed?)."),
            "comment": _tr("The comment {0} was not found (deleted?)."),
            "official": _tr("The official {0} was not found (deleted?)."),
        }
        if exc.kind in texts:
            return texts[exc.kind].format(exc.key)
        return _tr("Not found: {0} {1}.").format(exc.kind, exc.key)
    if isinstance(exc, ConflictError):
        return _tr(
            "Someone else saved this article in the meantime. Your text was kept as "
            "revision {0}; nothing was overwritten."
        ).format(exc.conflict_revision)
    if isinstance(exc, PermissionDenied | InvalidTransition):
        return workflow_message(exc)
    if isinstance(exc, SignInFailed | SignInWait):
        return sign_in_message(exc)
    wordpress = sys.modules.get("desktop_app.core.wordpress.errors")  # only a WordPress send
    if wordpress is not None and isinstance(exc, wordpress.WordPressError):
        from desktop_app.wordpress_messages import wordpress_error_text

        return wordpress_error_text(exc)
    articles = sys.modules.get("desktop_app.core.articles")  # only a save raises it
    if articles is not None and isinstance(exc, articles.FieldsNotSaved):
        return fields_not_saved_message(exc)
    if isinstance(exc, ValidationError):
        return validation_message(exc)
    packages = sys.modules.get("desktop_app.core.packages.errors")  # only review packages raise it
    if packages is not None and isinstance(exc, packages.PackageError):
        from desktop_app.package_messages import refusal_message

        return refusal_message(exc)
    docx = sys.modules.get("desktop_app.core.docx_import")  # only the Word import raises it
    if docx is not None and isinstance(exc, docx.DocxImportError):
        from desktop_app.docx_messages import import_error_message

        return import_error_message(exc)
    upload = sys.modules.get("desktop_app.core.upload.errors")  # only an upload raises it
    if upload is not None and isinstance(exc, upload.UploadError):
        from desktop_app.upload_messages import upload_error_message

        return upload_error_message(exc)
    imports = sys.modules.get("desktop_app.core.imports.errors")  # only the import readers raise it
    if imports is not None and isinstance(exc, imports.ReadError):  # the Word import's are above
        from desktop_app.import_messages import read_error_message

        return read_error_message(exc.code, exc.detail)
    from desktop_app.core.export.writer import ExportError  # not loaded for every message

    if isinstance(exc, ExportError):
        return export_message(exc)
    if isinstance(exc, RedaksiError):
        return str(exc)
    from desktop_app import safety_messages  # backups, full disks, locks, vanished files

    if isinstance(exc, safety_messages.BackupError):
        return safety_messages.backup_failure_message(exc)
    cause = safety_messages.storage_error_cause(exc)
    if cause is not None:
        return cause
    return _tr("Unexpected error: {0}").format(exc)


def workflow_message(exc: PermissionDenied | InvalidTransition) -> str:
    """Refusals of the editorial workflow (desktop_app/core/workflow.py, comments.py)."""
    from desktop_app.labels import action_label, role_label, status_label

    action = action_label(exc.action).rstrip("…")
    if isinstance(exc, PermissionDenied):
        if exc.action in ("act while deactivated", "comment while deactivated"):
            return _tr("Your account is deactivated. Ask an admin to activate it.")
        if exc.action == ADMIN_ONLY:
            return _tr("Only an admin may do this (your role: {0}). Nothing was changed.").format(
                role_label(exc.role)
            )
        if exc.action == SESSION_ENDED:
            return _tr("Your account is no longer in this database. Sign in again; nothing was changed.")
        if exc.action == "manage_officials":
            return _tr(
                "Only an editor or an admin may change the officials directory (your role: {0}). "
                "Nothing was changed."
            ).format(role_label(exc.role))
        if exc.action == KEY_REPLACED:
            return _tr(
                "Your password was changed since you signed in. Lock Redaksi (Ctrl+L) and sign in "
                "with the new password; nothing was changed."
            )
        if exc.action == "import":
            return _tr(
                "Only an editor or an admin may import articles: an import publishes without review "
                "(your role: {0}). Nothing was imported."
            ).format(role_label(exc.role))
        return _tr("Your role ({0}) may not do this: {1}.").format(role_label(exc.role), action)
    status = status_label(exc.status)
    failed = getattr(exc, "failed", None)
    if exc.reason in ("checklist", "checklist_warnings") and failed is not None:
        from desktop_app.checklist_text import refusal_text

        return refusal_text(action, failed, exc.reason == "checklist_warnings")
    texts = {
        "wrong_status": _tr("“{0}” is not possible while the article is “{1}”."),
        "note_required": _tr("“{0}” needs a note that says what should change."),
        "note_too_long": _tr("The note is too long (at most {2} characters). Nothing was changed."),
        "missing_alt_text": _tr(
            "Every image needs a description (alt text) before approval. Missing for: {2}."
        ),
        "publish_at_not_in_future": _tr("The publication time must be in the future."),
        "status_changed": _tr(
            "Someone else changed this article in the meantime; it is now “{1}”. Nothing was changed by you."
        ),
        "in_trash": _tr("The article is in the Trash. Restore it first."),
        "title_required": _tr("The article needs a title first."),
        "not_changed_since_publication": _tr("Nothing changed since the article was published."),
        "not_live": _tr(
            "“{0}” is only possible for an article that is on the website; this one is “{1}”. "
            "Nothing was changed."
        ),
        "public_note_required": _tr(
            "“{0}” needs a public note: the website shows it to readers. Nothing was changed."
        ),
        "correction_pending": _tr(
            "A correction of this article is already waiting for approval. Nothing was changed."
        ),
        "no_pending_correction": _tr("No correction of this article is waiting for approval."),
        "correction_required": _tr(
            "The article is on the website: change it through “Propose correction…”, which shows "
            "readers a public note. Nothing was changed."
        ),
        "takedown_required": _tr(
            "The article is on the website: take it off with “Take down…”, which leaves a page "
            "saying when and why. Nothing was changed."
        ),
        "release_number_taken": _tr(
            "The press-release number pattern gives “{2}”, which the register already holds. "
            "Change the pattern in Website Settings; nothing was approved."
        ),
    }
    text = texts.get(exc.reason) or _tr("This cannot be done now: {0}.")
    return text.format(action, status, getattr(exc, "detail", ""))


def sign_in_message(exc: SignInFailed | SignInWait) -> str:
    """A refused sign-in or password check (desktop_app/core/auth.py); never says which of the
    name and the password was wrong."""
    if isinstance(exc, SignInWait):
        return QCoreApplication.translate(
            "Messages", "Too many failed attempts in a row. Try again in %n second(s).", "", exc.seconds
        )
    if isinstance(exc, WrongPassword):
        return _tr("The password is not right.")
    return _tr("The name or the password is not right.")


def fields_not_saved_message(exc) -> str:
    """A save that kept the stored value of invalid fields (core.articles.FieldsNotSaved)."""
    problems = " ".join(validation_message(problem) for problem in exc.problems)
    return _tr("{0} The rest of the article was saved.").format(problems)


def validation_message(exc: ValidationError) -> str:
    if exc.code.startswith(("official_", "settings_file_")):
        from desktop_app.officials_messages import directory_message

        return directory_message(exc)
    texts = {
        "title_too_long": _tr("The title is too long (at most {0} characters)."),
        "nul_character": _tr("The text contains a NUL character, which cannot be stored."),
        "dateline_too_long": _tr("The dateline place is too long (at most {0} characters)."),
        "category_too_long": _tr("The category name is too long (at most {0} characters)."),
        "tag_too_long": _tr("A tag is too long (at most {0} characters)."),
        "not_in_trash": _tr("Only articles in the Trash can be deleted for good."),
        "database_not_empty": _tr(
            "This database already holds articles or people; demo content is only added to a new one."
        ),
        "name_required": _tr("A name is required."),
        "name_too_long": _tr("The name is too long."),
        "email_too_long": _tr("The e-mail address is too long (at most 200 characters)."),
        "unknown_role": _tr("Unknown role: {0}."),
        "last_admin": _tr("Redaksi needs at least one active admin: make someone else admin first."),
        "last_admin_password": _tr(
            "Redaksi needs an active admin who can sign in: give another admin a password first."
        ),
        "name_taken": _tr("Someone active is already called “{0}”. Choose another name."),
        # passwords and signing in (desktop_app/core/auth.py)
        "password_required": _tr("A password is required."),
        "password_too_short": _tr("The password is too short (at least {0} characters)."),
        "password_too_long": _tr("The password is too long (at most {0} characters)."),
        "first_admin_exists": _tr("This database already has an admin who can sign in. Sign in instead."),
        "not_an_admin": _tr("Choose one of the database's admins: {0}."),
        "comment_required": _tr("The comment is empty."),
        "comment_too_long": _tr("The comment is too long (at most {0} characters)."),
        "person_has_articles": _tr(
            "This person wrote articles and cannot be deleted; deactivate them instead."
        ),
        # signing keys (desktop_app/core/signing.py)
        "key_password_wrong": _tr("The password does not unlock this person's signing key."),
        "no_signing_key": _tr("This person has no signing key yet: an admin sets their password first."),
        "signing_key_exists": _tr("This person already has a signing key."),
        # images (desktop_app/core/media.py, media_images.py)
        "not_an_image": _tr("“{0}” is not an image Redaksi can use. Use a JPEG, PNG, WebP or GIF file."),
        "image_damaged": _tr(
            "The image “{0}” is damaged or incomplete (perhaps cut off while copying). Nothing was stored."
        ),
        "image_too_large": _tr("The image file is too large (more than {0} MB). Nothing was stored."),
        "image_too_many_pixels": _tr(
            "The image has too many pixels (more than {0} megapixels) and was refused. Nothing was stored."
        ),
        "image_svg_refused": _tr(
            "SVG drawings are not accepted because they can carry scripts. Save “{0}” as PNG and add that."
        ),
        "image_heif_unsupported": _tr(
            "“{0}” is a HEIC/HEIF photo, which Redaksi cannot read. "
            "Export it as JPEG first (or set the phone camera to "
            "“Most compatible”)."
        ),
        "image_file_missing": _tr("The file “{0}” does not exist."),
        "image_file_vanished": _tr(
            "The file “{0}” disappeared while it was being read (moved, "
            "deleted or its drive removed). Nothing was stored."
        ),
        "image_file_unreadable": _tr("The file “{0}” cannot be read (no permission?)."),
        "image_not_a_file": _tr("“{0}” is a folder, not an image file."),
        "image_text_too_long": _tr("The text is too long (at most {0} characters)."),
        "image_in_use": _tr(
            "This image is used in {0} article(s) and cannot be removed. Take it out of those articles first."
        ),
        # website settings (desktop_app/core/site_settings.py, checklist.py)
        "min_words_out_of_range": _tr("The minimum length must be between 0 and {0} words."),
        # press releases (desktop_app/core/press_releases.py)
        "release_pattern_no_seq": _tr("The press-release number pattern needs {seq}, the running number."),
        "release_pattern_no_year": _tr(
            "The press-release number pattern needs {year}: the running number starts again each "
            "year, so without the year the same number would come twice."
        ),
        "release_pattern_placeholder": _tr(
            "“{0}” cannot be used in the press-release number pattern. Use {seq}, {seq:03d}, "
            "{year}, {month}, {month_roman} and {day}."
        ),
        "release_pattern_format": _tr("“{0}”: only the running number takes a width, as in {seq:03d}."),
        "release_pattern_syntax": _tr("The press-release number pattern has an unmatched brace “{” or “}”."),
        "release_pattern_too_long": _tr(
            "The press-release number pattern is too long (at most {0} characters)."
        ),
        "invalid_kind": _tr("Unknown article type: {0}."),
        "release_field_too_long": _tr("A press-release field is too long (at most {0} characters)."),
        "invalid_contact_phone": _tr(
            "“{0}” is not a telephone number (digits, spaces, +, -, brackets); it was not saved."
        ),
        "invalid_contact_email": _tr("“{0}” is not an e-mail address; it was not saved."),
    }
    text = texts.get(exc.code)
    if text is None:
        return _tr("Invalid input: {0}").format(exc.code)
    if exc.code.startswith("release_pattern"):  # (the texts name placeholders in braces)
        return text.replace("{0}", exc.detail)
    return text.format(exc.detail)


def export_message(exc) -> str:
    """Why the website export stopped (desktop_app/core/export/writer.py)."""
    texts = {
        "output_not_a_folder": _tr("The chosen path is a file, not a folder."),
        "output_not_empty": _tr(
            "The folder holds files that are not a Redaksi website. Choose "
            "an empty folder or one that Redaksi exported to before."
        ),
        "output_not_writable": _tr("The folder cannot be written ({0})."),
        "duplicate_path": _tr(
            "Two pages would get the same file name ({0}); give one of the articles another slug."
        ),
        "output_has_link": _tr(
            "The website folder holds a link to another place (“{0}”). Redaksi writes nothing "
            "through links, so nothing was exported; remove the link (or put a real folder in its "
            "place) and export again."
        ),
        "cancelled": _tr("The export was cancelled; the previous website was left as it was."),
        "theme_error": _tr(
            "The website theme has an error: {0}. Correct the theme, or clear its folder in Website Settings."
        ),
        "theme_unsafe": _tr(
            "The website theme tried something a theme may not do: {0}. Themes cannot reach into "
            "Redaksi or read files outside their folder; correct the theme, or clear its folder in "
            "Website Settings."
        ),
    }
    text = texts.get(exc.code) or _tr("The export failed: {0}")
    return text.format(exc.detail or exc.code)
