"""``redaksi import-docx FILE.docx [--category NAME] --user NAME``: a Word document as a new
draft, through the same core call as File ▸ Import Word Document…. Part of
``desktop_app/cli.py``, split out for size (it hands in its tools: see ``cli_workflow``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from desktop_app.cli_tools import CliTools, add_quiet, add_user, install, signed_in
from desktop_app.cli_tools import tr as _tr

EXIT_OK = 0
EXIT_ERROR = 1


def _progress(done: int, total: int) -> None:
    end = "\n" if done >= total else ""
    text = _tr("Preparing pictures: {0} of {1}").format(done, total)
    print("\r" + text, end=end, file=sys.stderr, flush=True)


def cmd_import_docx(args: argparse.Namespace) -> int:
    from desktop_app.core.docx_import import read_docx, store_document
    from desktop_app.docx_messages import notice_lines, summary

    services, actor = signed_in(args)
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
    install(tools)
    p = add(
        "import-docx",
        cmd_import_docx,
        _tr("import a Word document (.docx) as a new draft, its pictures into the media library"),
    )
    p.add_argument("file", metavar="FILE.docx", help=_tr("the Word document"))
    p.add_argument("--category", metavar="NAME", default=None, help=_tr("the draft's category"))
    add_user(p, _tr("your name"), password_help)
    add_quiet(p)
