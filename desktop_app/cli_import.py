"""``redaksi import-docx FILE.docx [--category NAME] --user NAME``: a Word document as a new
draft, through the same core call as File ▸ Import Word Document…. Part of
``desktop_app/cli.py``, split out for size (it hands in its tools: see ``cli_workflow``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from desktop_app.cli_workflow import CliTools

EXIT_OK = 0
EXIT_ERROR = 1
#: The translation context of the strings given to :func:`_tr` (``desktop_app.cli``'s;
#: ``i18n_tools`` reads it).
TR_CONTEXT = "Cli"

_tools: CliTools | None = None


def _tr(text: str) -> str:
    """``text`` in the commands' language (``desktop_app.cli._tr``, handed in)."""
    return _tools.translate(text) if _tools is not None else text


def _use() -> CliTools:
    assert _tools is not None, "add_command() first"
    return _tools


def _progress(done: int, total: int) -> None:
    end = "\n" if done >= total else ""
    text = _tr("Preparing pictures: {0} of {1}").format(done, total)
    print("\r" + text, end=end, file=sys.stderr, flush=True)


def cmd_import_docx(args: argparse.Namespace) -> int:
    from desktop_app.core.docx_import import read_docx, store_document
    from desktop_app.docx_messages import notice_lines, summary

    tools = _use()
    tools.qt_language()
    services = tools.services(args)
    actor = tools.sign_in(args, services.database)
    if actor is None:
        raise tools.sign_in_needed()
    category = (args.category or "").strip() or None
    if category is not None and category not in services.articles.categories():
        known = ", ".join(services.articles.categories()) or _tr("(none yet)")
        message = _tr("Unknown category “{0}”. The categories are: {1}.").format(category, known)
        print(f"redaksi: {message}", file=sys.stderr)
        return EXIT_ERROR
    quiet = args.quiet or not sys.stderr.isatty()
    document = read_docx(args.file, progress=None if quiet else _progress)
    outcome = store_document(document, services.articles, services.assets, actor=actor, category=category)
    print(summary(outcome.article.title, outcome.images_added, outcome.images_reused))
    print(_tr("Article number: {0}").format(outcome.article.id))
    for line in notice_lines(outcome.notices):
        print("  - " + line)
    return EXIT_OK


def add_command(add: Callable[..., argparse.ArgumentParser], password_help: str, tools: CliTools) -> None:
    """The ``import-docx`` sub-command (``add(name, handler, help)`` makes one)."""
    global _tools
    _tools = tools
    p = add(
        "import-docx",
        cmd_import_docx,
        _tr("import a Word document (.docx) as a new draft, its pictures into the media library"),
    )
    p.add_argument("file", metavar="FILE.docx", help=_tr("the Word document"))
    p.add_argument("--category", metavar="NAME", default=None, help=_tr("the draft's category"))
    p.add_argument("--user", metavar="NAME", help=_tr("your name") + " " + password_help)
    p.add_argument("--quiet", action="store_true", help=_tr("print no progress on a terminal"))
