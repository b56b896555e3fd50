"""What the ``redaksi`` command modules (``cli_workflow``, ``cli_imports``, ``cli_upload``, …)
share of ``desktop_app/cli.py``: its tools, handed in once (``cli.py`` imports the modules, so
they cannot import it), the commands' words in their language, and the arguments many commands
take (``--user``, ``--quiet``).

A module takes ``from desktop_app.cli_tools import tr as _tr``; ``i18n_tools`` finds its
strings through that import, in the context named here."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

#: The translation context of the strings given to :func:`tr` (``desktop_app.cli``'s;
#: ``i18n_tools`` reads it).
TR_CONTEXT = "Cli"


@dataclass(frozen=True)
class CliTools:
    """What the command modules use of ``desktop_app/cli.py``."""

    services: Callable[[argparse.Namespace], Any]  # the core services on --db
    sign_in: Callable[..., Any]  # the --user signed in (None: nobody can sign in yet)
    sign_in_needed: type[Exception]
    integer: Callable[[str], int]
    #: Qt's translators in the command's language: before the window's words (the checklist's
    #: texts, labels, error descriptions) are used.
    qt_language: Callable[[], None]
    translate: Callable[[str], str]  # the commands' own words in their language


_tools: CliTools | None = None


def install(tools: CliTools) -> None:
    """The tools of ``desktop_app/cli.py`` (each module's ``add_commands`` hands them in)."""
    global _tools
    _tools = tools


def use() -> CliTools:
    assert _tools is not None, "add_commands() first"
    return _tools


def tr(text: str) -> str:
    """``text`` in the commands' language (``desktop_app.cli._tr``, handed in); as it is before
    the tools are."""
    return _tools.translate(text) if _tools is not None else text


def signed_in(args: argparse.Namespace) -> tuple[Any, Any]:
    """(services, the person signed in with ``--user``) for a command that acts, Qt's words in
    the command's language; nobody signed in raises the tools' ``sign_in_needed``."""
    tools = use()
    tools.qt_language()
    services = tools.services(args)
    actor = tools.sign_in(args, services.database)
    if actor is None:
        raise tools.sign_in_needed()
    return services, actor


def add_user(parser: argparse.ArgumentParser, who: str, password_help: str) -> None:
    """``--user NAME``: ``who`` is asked for (translated), then how the password is given."""
    parser.add_argument("--user", metavar="NAME", help=who + " " + password_help)


def add_quiet(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--quiet", action="store_true", help=tr("print no progress on a terminal"))
