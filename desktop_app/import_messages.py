"""The words of the WordPress and Markdown-folder imports and of the folder export, for the
window and the command line alike: why a file or folder cannot be read, and the report of what
an import did (``desktop_app.core.imports.report``), in plain, translated sentences."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from desktop_app.core.imports.report import ExportReport, ImageProblem, ImportReport, ReportLine

#: At most this many lines of one kind are listed (the rest are counted).
LIST_LIMIT = 200


def _tr(text: str) -> str:
    return QCoreApplication.translate("Imports", text)


def read_error_message(code: str, detail: str = "") -> str:
    """Why a WXR file (``WxrError``) or a folder (``FolderError``) cannot be read."""
    texts = {
        "file_missing": _tr("The file “{0}” does not exist."),
        "file_unreadable": _tr("The file “{0}” cannot be read (no permission?)."),
        "too_large": _tr("The file is larger than {0} MB and was not read."),
        "not_wxr": _tr(
            "“{0}” is not a WordPress export file. In WordPress, use Tools ▸ Export ▸ All content "
            "and import the .xml file it saves."
        ),
        "damaged": _tr(
            "The WordPress export file is damaged or cut off (near line {0}); nothing was imported. "
            "Export it again from WordPress."
        ),
        "unsafe_xml": _tr(
            "The file declares XML entities or a document type, which a WordPress export never "
            "does; it was refused unread (it could be an attack on the program)."
        ),
        "folder_missing": _tr("The folder “{0}” does not exist."),
        "not_a_folder": _tr("“{0}” is not a folder."),
        "no_posts": _tr("The folder “{0}” holds no Markdown files (.md) to import."),
        "unknown_format": _tr("Unknown folder layout “{0}”: choose hugo, jekyll or pelican."),
    }
    text = texts.get(code)
    if text is None:
        return code + (f": {detail}" if detail else "")
    return text.format(detail)


def kind_label(kind: str) -> str:
    """A WordPress item kind (``wp:post_type``, or a status left out) in words."""
    texts = {
        "post": _tr("posts"),
        "page": _tr("pages"),
        "attachment": _tr("attachments"),
        "nav_menu_item": _tr("menu items"),
        "revision": _tr("revisions"),
        "wp_block": _tr("reusable blocks"),
        "custom_css": _tr("custom CSS"),
        "trash": _tr("in WordPress's trash"),
        "auto-draft": _tr("automatic drafts"),
        "inherit": _tr("revisions"),
    }
    return texts.get(kind, kind)


def skip_reason(line: ReportLine) -> str:
    texts = {
        "no_source_key": _tr("it has no identity in its source"),
        "too_large": _tr("its text is too large ({0} characters; an article holds at most 2,000,000)"),
        "deleted_in_redaksi": _tr("its article was deleted in Redaksi"),
        "in_trash": _tr("its article is in the Trash"),
        "edited_in_redaksi": _tr("its article was changed in Redaksi since the last import: kept as it is"),
        "failed": _tr("it could not be stored ({0})"),
        "own_article": _tr("it is an article of this database (exported from here): left as it is"),
        "not_a_post": _tr("not a post ({0})"),
        "unreadable": _tr("its metadata cannot be read ({0})"),
        "outside_folder": _tr("it is outside the folder"),
    }
    detail = kind_label(line.detail) if line.code == "not_a_post" else line.detail
    text = texts.get(line.code, line.code + " {0}")
    return text.format(detail)


def note_text(line: ReportLine) -> str:
    texts = {
        "title_shortened": _tr("the title was shortened to {0} characters"),
        "untitled": _tr("it had no title: one was made from its address"),
        "body_shortened": _tr("the text was shortened"),
        "shortcodes_removed": _tr("WordPress shortcodes removed: {0}"),
        "gallery_dropped": _tr("{0} gallery(ies) whose pictures are not in the file were left out"),
        "tables_flattened": _tr("{0} table(s) with merged cells became paragraphs"),
        "password_protected": _tr("protected by a password in WordPress: imported as a draft"),
        "private": _tr("private in WordPress: imported as a draft"),
        "pending_review": _tr("waiting for review in WordPress: imported as a draft"),
        "name_shortened": _tr("a category, tag or author name was shortened"),
    }
    text = texts.get(line.code, line.code + " {0}")
    return text.format(line.detail)


def image_problem_text(problem: ImageProblem) -> str:
    texts = {
        "unreachable": _tr("could not be fetched ({0})"),
        "refused": _tr("refused: the path leads outside the folder"),
        "not_fetched": _tr("not fetched (pictures were not asked for)"),
        "not_an_image": _tr("not a picture"),
        "image_damaged": _tr("the picture is damaged"),
        "image_too_large": _tr("the picture is larger than {0}"),
        "image_too_many_pixels": _tr("the picture has more than {0} million pixels"),
        "image_svg_refused": _tr("SVG drawings are not accepted"),
        "image_heif_unsupported": _tr("HEIC/HEIF photos are not supported: convert it to JPEG"),
    }
    if problem.code == "refused" and problem.detail == "not_in_folder":
        return _tr("not in the folder (a web address): kept as a link")
    text = texts.get(problem.code, problem.code + " {0}")
    return text.format(problem.detail)


def summary(report: ImportReport) -> str:
    text = _tr("{0} added, {1} updated, {2} unchanged, {3} skipped.").format(
        len(report.added), len(report.updated), len(report.unchanged), len(report.skipped)
    )
    text += " " + _tr(
        "Pictures: {0} added to the media library, {1} already there, {2} kept as links."
    ).format(report.images_added, report.images_reused, len(report.image_problems))
    if report.cancelled:
        text += " " + _tr("The import was cancelled: what is listed was stored, the rest was not read.")
    return text


def _limited(lines: list[str]) -> list[str]:
    if len(lines) <= LIST_LIMIT:
        return lines
    return lines[:LIST_LIMIT] + [_tr("… and {0} more").format(len(lines) - LIST_LIMIT)]


def _name(line: ReportLine) -> str:
    return f"“{line.title}” ({line.origin})" if line.title else line.origin


def report_sections(report: ImportReport) -> list[tuple[str, list[str]]]:
    """(heading, lines) for each part of the report that holds something: what needs a look
    first (skipped posts, pictures kept as links, posts imported with changes), then what was
    added, updated or unchanged."""
    sections: list[tuple[str, list[str]]] = []
    if report.skipped:
        # the posts first (a reason to look), then what is not a post at all, by kind
        by_kind = sorted(report.skipped, key=lambda line: (line.code == "not_a_post", line.detail))
        sections.append((_tr("Skipped"), [f"{_name(line)}: {skip_reason(line)}" for line in by_kind]))
    if report.image_problems:
        lines = [
            f"{image_problem_text(problem)}: {problem.url} ({problem.origin})"
            for problem in sorted(report.image_problems, key=lambda p: (p.code, p.detail))
        ]
        sections.append((_tr("Pictures kept as links"), lines))
    if report.notes:
        sections.append(
            (_tr("Imported with changes"), [f"{_name(line)}: {note_text(line)}" for line in report.notes])
        )
    if report.added:
        sections.append((_tr("Added"), [_name(line) for line in report.added]))
    if report.updated:
        sections.append((_tr("Updated"), [_name(line) for line in report.updated]))
    if report.unchanged:
        sections.append((_tr("Unchanged since the last import"), [_name(line) for line in report.unchanged]))
    return [(heading, _limited(lines)) for heading, lines in sections]


def section_counts(report: ImportReport) -> list[int]:
    """How many lines each of :func:`report_sections` has in all (before the list limit)."""
    counts = [len(report.skipped), len(report.image_problems), len(report.notes)]
    counts += [len(report.added), len(report.updated), len(report.unchanged)]
    return [count for count in counts if count]


def report_lines(report: ImportReport) -> Iterable[str]:
    """The report as lines of text (the command line's)."""
    yield summary(report)
    for (heading, lines), count in zip(report_sections(report), section_counts(report), strict=True):
        yield ""
        yield f"{heading} ({count}):"
        for line in lines:
            yield "  - " + line


def export_summary(report: ExportReport) -> str:
    text = _tr("{0} article(s) and {1} picture(s) written to “{2}”.").format(
        report.articles, report.images, report.folder
    )
    if report.cancelled:
        text += " " + _tr("The export was cancelled: the articles listed were written.")
    return text


def kinds_line(kinds: dict[str, int]) -> str:
    """What a WXR file held, by kind ("posts: 51, pages: 21, …")."""
    order = ["post", "page", "attachment", "nav_menu_item", "revision"]
    ranked = sorted(
        kinds.items(), key=lambda item: (order.index(item[0]) if item[0] in order else 99, item[0])
    )
    return _tr("The file holds: {0}.").format(
        ", ".join(f"{kind_label(kind)}: {count}" for kind, count in ranked)
    )
