"""The ``redaksi`` commands of public corrections and takedowns (see
:mod:`desktop_app.core.corrections`): ``correct ID --note``, ``approve-correction ID``,
``reject-correction ID --note`` and ``takedown ID --note``, each signed in with ``--user``, the
same core call as the window's buttons; ``corrections ID`` lists an article's corrections and
takedowns. Part of ``desktop_app/cli.py``, split out for size."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from desktop_app.cli_tools import add_user, install
from desktop_app.cli_tools import tr as _tr
from desktop_app.cli_tools import use as _use
from desktop_app.cli_workflow import EXIT_OK, act


def _always(action: str) -> Callable[[str], str]:
    """``action`` whatever the article's status (the workflow says whether it may be taken)."""
    return lambda _status: action


def cmd_corrections(args: argparse.Namespace) -> int:
    """An article's corrections and takedowns, newest first."""
    from desktop_app.labels import when_text

    _use().qt_language()
    services = _use().services(args)
    article = services.articles.get(args.id)
    corrections = services.corrections.corrections(article.id)
    takedowns = services.corrections.takedowns(article.id)
    if args.json:

        def iso(value) -> str | None:
            return value.isoformat(timespec="seconds") if value else None

        data = {
            "article": article.id,
            "corrections": [
                {
                    "uuid": c.uuid,
                    "state": c.state,
                    "note": c.note,
                    "proposed_by": c.proposed_by,
                    "proposed_at": iso(c.proposed_at),
                    "decided_by": c.decided_by,
                    "decided_at": iso(c.decided_at),
                    "decision_note": c.decision_note,
                    "published_revision": c.published_revision,
                }
                for c in corrections
            ],
            "takedowns": [
                {
                    "uuid": t.uuid,
                    "note": t.note,
                    "slug": t.slug,
                    "withdrawn_at": iso(t.withdrawn_at),
                    "by": t.actor,
                }
                for t in takedowns
            ],
        }
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return EXIT_OK
    states = {"pending": _tr("pending"), "approved": _tr("approved"), "rejected": _tr("rejected")}
    print(f"{article.id}  {article.title or _tr('(untitled)')}")
    if not corrections and not takedowns:
        print("  " + _tr("no corrections or takedowns"))
    for c in corrections:
        when = when_text(c.decided_at or c.proposed_at)
        who = c.decided_by or c.proposed_by or "—"
        print(
            "  "
            + _tr("correction, {0} ({1}, {2}): {3}").format(states.get(c.state, c.state), when, who, c.note)
        )
        if c.decision_note and c.state == "rejected":
            print("    " + _tr("why: {0}").format(c.decision_note))
    for t in takedowns:
        print(
            "  " + _tr("taken down {0} by {1}: {2}").format(when_text(t.withdrawn_at), t.actor or "—", t.note)
        )
    return EXIT_OK


def add_commands(
    add: Callable[..., argparse.ArgumentParser], as_json: str, password_help: str, tools: Any
) -> None:
    """The correction and takedown sub-commands (``add(name, handler, help)`` makes one)."""
    install(tools)
    integer = tools.integer
    commands = (
        (
            "correct",
            "correct",
            _tr("propose a public correction of a published article (its edited text)"),
            True,
        ),
        (
            "approve-correction",
            "approve_correction",
            _tr("put a proposed correction and its public note on the website (after the checklist)"),
            False,
        ),
        ("reject-correction", "reject_correction", _tr("refuse a proposed correction, with a note"), True),
        (
            "takedown",
            "takedown",
            _tr("withdraw a published article from the website, with a public note"),
            True,
        ),
    )
    notes = {
        "correct": _tr("the public note readers see above the article (required)"),
        "reject_correction": _tr("why, for the writer (required)"),
        "takedown": _tr("the public reason on the withdrawal page (required)"),
    }
    for name, action, help_text, needs_note in commands:
        p = add(name, act(_always(action)), help_text)
        p.add_argument("id", type=integer, help=_tr("the article's number (see “list”)"))
        add_user(p, _tr("your name"), password_help)
        if needs_note:
            p.add_argument("--note", metavar="TEXT", required=True, help=notes[action])
        if action in ("correct", "approve_correction"):
            p.add_argument(
                "--accept-warnings",
                action="store_true",
                help=_tr("go on despite the checklist's warnings (required items still block)"),
            )
    p = add("corrections", cmd_corrections, _tr("list an article's public corrections and takedowns"))
    p.add_argument("id", type=integer, help=_tr("the article's number (see “list”)"))
    p.add_argument("--json", action="store_true", help=as_json)
