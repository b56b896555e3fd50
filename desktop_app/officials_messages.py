"""The words of the officials directory (``desktop_app/core/officials.py``), translated: its
refusals, the checklist's findings about titles (``core/official_mentions.py``) and the
settings file's problems (``core/settings_transfer.py``), for the windows and the CLI alike."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication

from desktop_app.core.errors import ValidationError


def _tr(text: str) -> str:
    return QCoreApplication.translate("Officials", text)


def day_text(day: _dt.date, language: str | None = None) -> str:
    """ "10 November 2026" in the interface's language."""
    from babel.dates import format_date

    if language is None:
        from desktop_app.i18n import current_language

        language = current_language()
    return format_date(day, "d MMMM y", locale="id_ID" if language.startswith("id") else "en_GB")


def period_text(valid_from: _dt.date, valid_to: _dt.date | None, language: str | None = None) -> str:
    """ "5 November 2026 – 1 December 2026", or "since 5 November 2026"."""
    if valid_to is None:
        return _tr("since {0}").format(day_text(valid_from, language))
    return f"{day_text(valid_from, language)} – {day_text(valid_to, language)}"


def directory_message(exc: ValidationError) -> str:
    """A refused change of the directory or a refused settings file, in one sentence."""
    other = getattr(exc, "other", None)
    if exc.code == "official_period_overlap" and other is not None:
        return _tr(
            "“{0}” overlaps a period already in the directory: {1} is {2} ({3}). "
            "Periods of one title may not overlap, acting or not; nothing was changed."
        ).format(
            exc.detail.split(":")[0],
            other.name,
            other.display_title,
            period_text(other.title.valid_from, other.title.valid_to),
        )
    texts = {
        "official_title_required": _tr(
            "Each title needs its text (e.g. “Kepala Dinas Komunikasi dan Informatika”)."
        ),
        "official_title_too_long": _tr("A title is too long (at most {0} characters)."),
        "official_unit_too_long": _tr("A unit is too long (at most {0} characters)."),
        "official_aliases_too_long": _tr("The other spellings are too long (at most {0} characters in all)."),
        "official_date_required": _tr("The title “{0}” needs the day it was first held."),
        "official_period_reversed": _tr("The period of “{0}” ends before it begins."),
        "official_period_overlap": _tr("Two periods of one title overlap: {0}. Nothing was changed."),
        "settings_file_unreadable": _tr("The file cannot be read: {0}. Nothing was changed."),
        "settings_file_not_json": _tr(
            "The file is not a Redaksi settings file (not JSON). Nothing was changed."
        ),
        "settings_file_wrong_format": _tr("The file is not a Redaksi settings file. Nothing was changed."),
        "settings_file_newer": _tr(
            "The file was made by a newer version of Redaksi (format version {0}). Update Redaksi to "
            "import it; nothing was changed."
        ),
        "settings_file_invalid": _tr("The settings file has an invalid value: {0}. Nothing was changed."),
    }
    text = texts.get(exc.code) or _tr("Invalid input: {0}")
    return text.format(exc.detail or exc.code)


def mismatch_text(found, language: str | None = None) -> str:
    """One finding of the checklist's title check (a ``TitleMismatch``)."""
    day = day_text(found.day, language)
    if found.problem == "acting_missing":
        return _tr("On {0}, {1} was acting: write “Plt. {2}”").format(day, found.named, found.written_title)
    if found.problem == "acting_extra":
        return _tr("On {0}, {1} was no longer acting: write “{2}” without “Plt.”").format(
            day, found.named, found.written_title
        )
    if found.holder:
        title = f"Plt. {found.written_title}" if found.holder_acting else found.written_title
        return _tr("On {0}, {1} was {2}, not {3}").format(day, title, found.holder, found.named)
    return _tr("On {0}, the officials directory has nobody as {1} (not {2})").format(
        day, found.written_title, found.named
    )
