"""The ``redaksi`` commands that put one article on paper or in a document: ``print ID --pdf
FILE`` writes its approval sheet (the same as File ▸ Export as PDF…), ``export-article ID
--docx FILE`` / ``--odt FILE`` the article as a Word or OpenDocument file. Headless: Qt draws
the pages on its offscreen platform, no display needed. Part of ``desktop_app/cli.py``, split
out for size."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.cli_tools import install
from desktop_app.cli_tools import tr as _tr
from desktop_app.cli_tools import use as _use

EXIT_OK = 0
EXIT_USAGE = 2

#: The QGuiApplication made for a command (kept referenced while the process lives).
_app: Any = None


class NeedsGui(Exception):
    """Qt's application object in this process cannot draw (a plain QCoreApplication)."""


def _gui() -> str:
    """A QGuiApplication on the offscreen platform (unless one exists), the commands' language
    installed in it; returns that language."""
    global _app
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    existing = QCoreApplication.instance()
    if existing is None:
        _app = QGuiApplication(["redaksi", "-platform", "offscreen"])
    elif not isinstance(existing, QGuiApplication):
        raise NeedsGui()
    _use().qt_language()
    from desktop_app import i18n

    return i18n.current_language()


def _sheet(args: argparse.Namespace):
    from desktop_app.core.approval_sheet import build_sheet

    services = _use().services(args)
    return build_sheet(services.database, args.id)


def _check_folder(path: str) -> str | None:
    folder = Path(path).expanduser().resolve().parent
    if not folder.is_dir():
        return _tr("The folder “{0}” does not exist.").format(folder)
    return None


def _fail(message: str) -> int:
    import sys

    print(f"redaksi: {message}", file=sys.stderr)
    return 1


def cmd_print(args: argparse.Namespace) -> int:
    """The approval sheet of one article as a PDF file."""
    from desktop_app.ui.approval_sheet import ApprovalSheetRenderer, write_pdf_atomically

    problem = _check_folder(args.pdf)
    if problem:
        return _fail(problem)
    try:
        language = _gui()
    except NeedsGui:
        return _fail(_tr("Printing needs Qt's graphical part, which cannot start here."))
    sheet = _sheet(args)
    try:
        pages = write_pdf_atomically(ApprovalSheetRenderer(sheet, language), args.pdf)
    except OSError as exc:
        return _fail(_tr("The file could not be written: {0}").format(exc.strerror or exc))
    print(
        _tr(
            "Wrote the approval sheet of article {0} (revision {1}, SHA-256 {2}, {3} page(s)) to {4}."
        ).format(sheet.article_id, sheet.revision, sheet.short_hash, pages, args.pdf)
    )
    return EXIT_OK


def cmd_export_article(args: argparse.Namespace) -> int:
    """The article as a Word (.docx) or OpenDocument (.odt) file."""
    from desktop_app.core.docx_export import sheet_docx
    from desktop_app.core.files import write_atomically

    target = args.docx or args.odt
    problem = _check_folder(target)
    if problem:
        return _fail(problem)
    try:
        if args.docx:
            from desktop_app.core.approval_sheet import build_sheet

            sheet = build_sheet(_use().services(args).database, args.id)
            write_atomically(args.docx, sheet_docx(sheet))
        else:
            from desktop_app.ui.approval_sheet import ApprovalSheetRenderer

            try:
                language = _gui()
            except NeedsGui:
                return _fail(_tr("Printing needs Qt's graphical part, which cannot start here."))
            sheet = _sheet(args)
            ApprovalSheetRenderer(sheet, language).write_odt(args.odt)
    except OSError as exc:
        return _fail(_tr("The file could not be written: {0}").format(exc.strerror or exc))
    print(_tr("Wrote article {0} (revision {1}) to {2}.").format(sheet.article_id, sheet.revision, target))
    return EXIT_OK


def add_commands(add: Callable[..., argparse.ArgumentParser], tools: Any) -> None:
    """``print`` and ``export-article`` (``add(name, handler, help)`` makes one)."""
    install(tools)
    p = add(
        "print",
        cmd_print,
        _tr("write an article's approval sheet (to sign; with its QR code) as a PDF file"),
    )
    p.add_argument("id", type=tools.integer, help=_tr("the article's number (see “list”)"))
    p.add_argument("--pdf", metavar="FILE", required=True, help=_tr("the PDF file to write"))
    p = add("export-article", cmd_export_article, _tr("write an article as a Word or OpenDocument file"))
    p.add_argument("id", type=tools.integer, help=_tr("the article's number (see “list”)"))
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--docx", metavar="FILE", help=_tr("write a Word document (.docx)"))
    target.add_argument("--odt", metavar="FILE", help=_tr("write an OpenDocument text (.odt)"))
