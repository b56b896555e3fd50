"""``redaksi register [--year YYYY] [--csv] [--ods FILE]``: the register of press-release
numbers (every number ever given, with the title, the date it was given, the article's status
now and who approved it) as a plain table, as CSV on standard output, or as an OpenDocument
spreadsheet. Part of ``desktop_app/cli.py``, split out for size."""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Callable
from typing import Any

from desktop_app.cli_tools import install
from desktop_app.cli_tools import tr as _tr
from desktop_app.cli_tools import use as _use

EXIT_OK = 0
EXIT_ERROR = 1


def _plain_table(header: list[str], rows: list[list[str]]) -> str:
    """Columns padded to their widest cell (a title's line breaks as spaces)."""
    cells = [[" ".join(cell.split()) for cell in row] for row in [header, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def cmd_register(args: argparse.Namespace) -> int:
    from desktop_app.core.spreadsheet import write_csv, write_ods
    from desktop_app.register_text import register_header, register_table, sheet_name

    _use().qt_language()
    services = _use().services(args)
    rows = services.press_releases.register(args.year)
    header, table = register_header(), register_table(rows)
    if args.ods:
        try:
            write_ods(args.ods, header, table, sheet_name(args.year))
        except OSError as exc:
            print(
                "redaksi: " + _tr("cannot write {0}: {1}").format(args.ods, exc.strerror or exc),
                file=sys.stderr,
            )
            return EXIT_ERROR
        print(_tr("{0} number(s) written to {1}").format(len(rows), args.ods))
        return EXIT_OK
    if args.csv:
        if isinstance(sys.stdout, io.TextIOWrapper):
            sys.stdout.reconfigure(newline="")  # (the CSV writer ends its lines itself)
        write_csv(sys.stdout, header, table)
        return EXIT_OK
    if not rows:
        print(_tr("No press release has a number yet."))
        return EXIT_OK
    print(_plain_table(header, table))
    return EXIT_OK


def add_command(add: Callable[..., argparse.ArgumentParser], tools: Any) -> None:
    install(tools)
    p = add(
        "register",
        cmd_register,
        _tr("print the register of press-release numbers (every number given, never reused)"),
    )
    p.add_argument(
        "--year", type=tools.integer, metavar="YYYY", default=None, help=_tr("only this year's numbers")
    )
    output = p.add_mutually_exclusive_group()
    output.add_argument(
        "--csv", action="store_true", help=_tr("print CSV (UTF-8, a header row) for a spreadsheet")
    )
    output.add_argument("--ods", metavar="FILE", help=_tr("write an OpenDocument spreadsheet (.ods) to FILE"))
