"""``redaksi import-wxr FILE [--pages]``, ``redaksi wp-import URL``, ``redaksi import-folder
DIR`` and ``redaksi export-folder DIR [--ids …] [--format hugo|jekyll|pelican]``: a WordPress
export file, a WordPress site or a Markdown folder into the archive, and the archive out to a
Markdown folder, through the same core calls as File ▸ Import and File ▸ Export. Part of
``desktop_app/cli.py``, split out for size (it hands in its tools: see ``cli_workflow``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop_app.cli_tools import CliTools, add_quiet, add_user, install, signed_in
from desktop_app.cli_tools import tr as _tr
from desktop_app.cli_tools import use as _use

if TYPE_CHECKING:
    from desktop_app.core.imports.errors import ReadError

EXIT_OK = 0
EXIT_ERROR = 1


def _progress(quiet: bool) -> Callable[[int, int, str], None] | None:
    if quiet or not sys.stderr.isatty():
        return None

    def show(done: int, total: int, title: str) -> None:
        text = _tr("Importing {0} of {1}").format(done + 1, total) if total else str(done + 1)
        print("\r" + text + " " * 10, end="", file=sys.stderr, flush=True)

    return show


def _reported(report, quiet: bool) -> int:
    """The import's report printed (after the progress line, ended)."""
    from desktop_app.import_messages import report_lines

    if not quiet and sys.stderr.isatty():
        print(file=sys.stderr)
    for line in report_lines(report):
        print(line)
    return EXIT_OK


def _stored(found, services, actor, fetch_image, quiet: bool) -> int:
    """The posts read (of a WXR file or a folder) stored, with what the reader left out, and
    the report printed."""
    from desktop_app.core.imports.store import import_posts

    report = import_posts(
        found.posts,
        actor=actor,
        fetch_image=fetch_image,
        progress=_progress(quiet),
        database=services.database,
    )
    report.merge_reader(found.skipped, found.notes)
    return _reported(report, quiet)


def _unreadable(exc: ReadError) -> int:
    from desktop_app.import_messages import read_error_message

    print("redaksi: " + read_error_message(exc.code, exc.detail), file=sys.stderr)
    return EXIT_ERROR


def cmd_import_wxr(args: argparse.Namespace) -> int:
    from desktop_app.core.imports.fetch import web_fetcher
    from desktop_app.core.imports.wxr import WxrError, read_wxr
    from desktop_app.import_messages import kinds_line

    services, actor = signed_in(args)
    try:
        found = read_wxr(args.file, include_pages=args.pages)
    except WxrError as exc:
        return _unreadable(exc)
    print(kinds_line(found.kinds))
    return _stored(found, services, actor, None if args.no_images else web_fetcher(), args.quiet)


def cmd_wp_import(args: argparse.Namespace) -> int:
    from desktop_app.core.imports.fetch import web_fetcher
    from desktop_app.core.imports.wordpress_site import import_site
    from desktop_app.core.wordpress.errors import WordPressError
    from desktop_app.wordpress_messages import wordpress_error_text

    services, actor = signed_in(args)
    try:
        report = import_site(
            args.url,
            actor=actor,
            fetch_image=None if args.no_images else web_fetcher(),
            progress=_progress(args.quiet),
            database=services.database,
        )
    except WordPressError as exc:
        print("redaksi: " + wordpress_error_text(exc, reading=True), file=sys.stderr)
        return EXIT_ERROR
    return _reported(report, args.quiet)


def cmd_import_folder(args: argparse.Namespace) -> int:
    from desktop_app.core.imports.folders import FolderError, folder_fetcher, read_folder

    services, actor = signed_in(args)
    try:
        found = read_folder(args.folder)
    except FolderError as exc:
        return _unreadable(exc)
    return _stored(found, services, actor, folder_fetcher(found), args.quiet)


def cmd_export_folder(args: argparse.Namespace) -> int:
    from desktop_app.core.imports.folder_export import export_articles
    from desktop_app.core.imports.folders import FolderError
    from desktop_app.import_messages import export_summary

    tools = _use()
    tools.qt_language()
    services = tools.services(args)
    try:
        report = export_articles(services.database, args.folder, ids=args.ids or None, layout=args.format)
    except FolderError as exc:
        return _unreadable(exc)
    print(export_summary(report))
    return EXIT_OK


def _importer_options(p: argparse.ArgumentParser, password_help: str, *, images: bool = False) -> None:
    """Who imports (an editor or admin), ``--quiet``, and for a WordPress source ``--no-images``."""
    if images:
        p.add_argument(
            "--no-images",
            action="store_true",
            help=_tr("do not fetch the pictures from the web: keep them as links"),
        )
    add_user(p, _tr("your name (an editor's or admin's)"), password_help)
    add_quiet(p)


def add_commands(add: Callable[..., argparse.ArgumentParser], password_help: str, tools: CliTools) -> None:
    """The ``import-wxr``, ``wp-import``, ``import-folder`` and ``export-folder`` sub-commands."""
    install(tools)
    p = add(
        "import-wxr",
        cmd_import_wxr,
        _tr(
            "import a WordPress export file (WXR): its posts become articles, "
            "its pictures go to the media library"
        ),
    )
    p.add_argument("file", metavar="FILE.xml", help=_tr("the file WordPress saved (Tools ▸ Export)"))
    p.add_argument(
        "--pages", action="store_true", help=_tr("import the site's pages too, not only its posts")
    )
    _importer_options(p, password_help, images=True)
    p = add(
        "wp-import",
        cmd_wp_import,
        _tr(
            "import the published posts of a WordPress site, read from the site itself "
            "(again: only what is new or changed)"
        ),
    )
    p.add_argument("url", metavar="URL", help=_tr("the site's address, e.g. https://kominfo.example.go.id"))
    _importer_options(p, password_help, images=True)
    p = add(
        "import-folder",
        cmd_import_folder,
        _tr("import a Markdown folder (Hugo, Jekyll, Pelican): its files become articles"),
    )
    p.add_argument("folder", metavar="DIR", help=_tr("the site's folder or its content folder"))
    _importer_options(p, password_help)
    p = add(
        "export-folder",
        cmd_export_folder,
        _tr("write the articles to a Markdown folder (Hugo, Jekyll or Pelican), pictures beside them"),
    )
    p.add_argument("folder", metavar="DIR", help=_tr("the folder to write into (made when missing)"))
    p.add_argument(
        "--ids", metavar="ID", nargs="+", type=tools.integer, help=_tr("only these articles (default: all)")
    )
    p.add_argument(
        "--format",
        choices=("hugo", "jekyll", "pelican"),
        default="hugo",
        help=_tr("the folder's layout (default: hugo)"),
    )
