"""The Word import's words, for the window and the command line alike: why a document could not
be imported (:class:`desktop_app.core.docx_import.DocxImportError`) and what did not come
through (its notices), in plain, translated sentences."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from desktop_app.core.docx_import import DocxImportError, ImportNotice


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocxImport", text)


def import_error_message(exc: DocxImportError) -> str:
    texts = {
        "file_missing": _tr("The file “{0}” does not exist."),
        "file_unreadable": _tr("The file “{0}” cannot be read (no permission?)."),
        "not_a_file": _tr("“{0}” is a folder, not a Word document."),
        "empty_file": _tr("The file is empty: there is nothing to import."),
        "too_large": _tr(
            "The document is larger than {0} MB and was not imported. Save a copy with smaller "
            "pictures (in Word: File ▸ Compress Pictures) and import that."
        ),
        "too_many_images": _tr(
            "The document holds more than {0} pictures and was not imported. Split it into "
            "several documents and import them one by one."
        ),
        "not_a_word_document": _tr(
            "This file is not a Word document (.docx), or it is damaged. Open it in Word or "
            "LibreOffice and save it as “Word Document (.docx)”."
        ),
        "damaged": _tr(
            "The Word document is damaged and cannot be read. Open it in Word (which can often "
            "repair it), save it again, and import the new copy."
        ),
        "encrypted": _tr(
            "The document is protected with a password. Open it in Word, remove the password "
            "(File ▸ Info ▸ Protect Document ▸ Encrypt with Password, clear the password), save "
            "it and import it again."
        ),
        "old_word_format": _tr(
            "This is a document in the old Word 97–2003 format (.doc). Open it in Word or "
            "LibreOffice and save it as “Word Document (.docx)”, then import that."
        ),
        "rtf_format": _tr(
            "This is a Rich Text (RTF) file, not a Word document. Open it in Word or LibreOffice "
            "and save it as “Word Document (.docx)”, then import that."
        ),
        "odt_format": _tr(
            "This is an OpenDocument text (.odt). Open it in LibreOffice and save it as “Word "
            "Document (.docx)”, then import that."
        ),
        "no_text": _tr("The document has no text or pictures that can be imported."),
    }
    text = texts.get(exc.code)
    if text is None:
        return _tr("The document cannot be imported ({0}).").format(exc.code)
    return text.format(exc.detail)


def notice_line(notice: ImportNotice) -> str:
    """One sentence about what did not come through as it was in the document."""
    names = ", ".join(notice.names[:10]) + ("…" if len(notice.names) > 10 else "")
    texts = {
        "comments_dropped": _tr("{0} comment(s) in the document were left out."),
        "tracked_changes_accepted": _tr(
            "The document had {0} tracked change(s): they were taken as accepted (deleted text is gone)."
        ),
        "tables_flattened": _tr(
            "{0} table(s) with merged cells or a table inside could not stay tables: each row "
            "became a paragraph, cells separated by “·”."
        ),
        "linked_images_skipped": _tr(
            "{0} picture(s) are only linked (not saved in the document) and were not imported."
        ),
        "images_damaged": _tr("{0} picture(s) are damaged and were skipped: {1}."),
        "images_unsupported": _tr(
            "{0} picture(s) are in a format Redaksi cannot use (such as EMF drawings) and were skipped: {1}."
        ),
        "images_too_large": _tr("{0} picture(s) are too large and were skipped: {1}."),
        "styles_plain": _tr("{0} Word style(s) have no equivalent; their text became plain paragraphs."),
        "unsupported_content": _tr(
            "{0} item(s) Redaksi cannot show (such as drawings or special symbols) were left out."
        ),
    }
    text = texts.get(notice.code)
    if text is None:
        return _tr("Left out: {0} ({1}).").format(notice.code, notice.count)
    return text.format(notice.count, names)


def notice_lines(notices: Iterable[ImportNotice]) -> list[str]:
    """Every notice's sentence."""
    return [notice_line(notice) for notice in notices]


def summary(title: str, images_added: int, images_reused: int) -> str:
    """The first line of the import's report."""
    text = _tr("Imported “{0}” as a new draft.").format(title or _tr("(untitled)"))
    if images_added or images_reused:
        text += " " + _tr("Pictures: {0} added to the media library, {1} already there.").format(
            images_added, images_reused
        )
    return text
