"""The ``redaksi`` commands of the editorial workflow: ``check-article ID`` prints the
publishing checklist; ``submit``, ``approve`` and ``publish ID --user NAME`` move an article
through the same core call, and so the same checklist, as the window's buttons. Part of
``desktop_app/cli.py``, split out for size."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from desktop_app.cli_tools import CliTools, add_user, install
from desktop_app.cli_tools import tr as _tr
from desktop_app.cli_tools import use as _use

EXIT_OK = 0
EXIT_ERROR = 1
#: Exit status of a workflow command that stopped at warnings (not accepted).
EXIT_WARNINGS = 3


def _checklist_json(checklist) -> dict[str, object]:
    from desktop_app.checklist_text import result_text

    return {
        "article": checklist.article_id,
        "blocking": [r.check.value for r in checklist.blocking],
        "warnings": [r.check.value for r in checklist.warnings],
        "items": [
            {
                "check": r.check.value,
                "level": r.level.value,
                "outcome": r.outcome.value,
                "problem": r.problem,
                "count": r.count,
                "limit": r.limit,
                "words": list(r.words),
                "text": result_text(r),
            }
            for r in checklist.results
        ],
    }


def cmd_check_article(args: argparse.Namespace) -> int:
    """The checklist of one article: exit 0 when nothing blocks (warnings are printed), 1 when a
    required item fails."""
    from desktop_app.checklist_text import result_text
    from desktop_app.core.checklist import Outcome, check_article

    _use().qt_language()
    services = _use().services(args)
    article = services.articles.get(args.id)
    checklist = check_article(services.database, article, action=args.action)
    if args.json:
        print(json.dumps(_checklist_json(checklist), ensure_ascii=False, indent=1))
    else:
        marks = {
            Outcome.PASSED: _tr("ok"),
            Outcome.WARNING: _tr("warning"),
            Outcome.BLOCKING: _tr("MISSING"),
            Outcome.SKIPPED: _tr("skipped"),
        }
        print(f"{article.id}  {article.title or _tr('(untitled)')}")
        width = max(len(mark) for mark in marks.values())
        for result in checklist.results:
            print(f"  {marks[result.outcome]:<{width}}  {result_text(result)}")
        if checklist.blocking:
            print(_tr("result: {0} required item(s) missing").format(len(checklist.blocking)))
        elif checklist.warnings:
            print(_tr("result: {0} warning(s) to accept").format(len(checklist.warnings)))
        else:
            print(_tr("result: ready"))
    return EXIT_ERROR if checklist.blocking else EXIT_OK


def act(action_of: Callable[[str], str]) -> Callable[[argparse.Namespace], int]:
    """The command that signs in and takes the workflow action ``action_of(status)`` on the
    article ``args.id`` (with ``args.note`` and ``--accept-warnings`` when the command has them);
    the correction and takedown commands (``cli_corrections``) use it too."""

    def run(args: argparse.Namespace) -> int:
        from desktop_app.core.checklist import ChecklistWarnings
        from desktop_app.labels import action_label, status_label
        from desktop_app.messages import describe_error

        _use().qt_language()
        services = _use().services(args)
        article = services.articles.get(args.id)
        actor = _use().sign_in(args, services.database)
        if actor is None:
            raise _use().sign_in_needed()
        action = action_of(article.status)
        try:
            moved = services.workflow.perform(
                article.id,
                action,
                actor,
                note=getattr(args, "note", "") or "",
                expected_status=article.status,
                warnings_accepted=getattr(args, "accept_warnings", False),
            )
        except ChecklistWarnings as exc:
            print(f"redaksi: {describe_error(exc)}", file=sys.stderr)
            print(_tr("Run it again with --accept-warnings to go on."), file=sys.stderr)
            return EXIT_WARNINGS
        print(
            _tr("{0}: “{1}” is now {2}.").format(
                action_label(action).rstrip("…"), moved.title, status_label(moved.status)
            )
        )
        return EXIT_OK

    return run


def add_commands(
    add: Callable[..., argparse.ArgumentParser], as_json: str, password_help: str, tools: CliTools
) -> None:
    """The workflow's sub-commands (``add(name, handler, help)`` makes one)."""
    install(tools)
    _integer = tools.integer
    p = add(
        "check-article",
        cmd_check_article,
        _tr(
            "print an article's checklist before publishing; exit 0 when nothing required is "
            "missing, 1 when something is"
        ),
    )
    p.add_argument("id", type=_integer, help=_tr("the article's number (see “list”)"))
    p.add_argument("--json", action="store_true", help=as_json)
    p.add_argument(
        "--action",
        choices=["submit", "resubmit", "approve", "schedule", "publish", "publish_changes"],
        default=None,
        help=_tr("check as for this action (the open comments count from approval on)"),
    )
    commands = (
        ("submit", lambda status: "resubmit" if status == "changes_requested" else "submit"),
        ("approve", lambda _status: "approve"),
        ("publish", lambda status: "publish_changes" if status == "published" else "publish"),
    )
    helps = {
        "submit": _tr("send an article for review (after the checklist)"),
        "approve": _tr("approve an article in review (after the checklist)"),
        "publish": _tr("publish an approved article on the website (after the checklist)"),
    }
    for name, action_of in commands:
        p = add(name, act(action_of), helps[name])
        # (publish --watch takes none: see cli_upload)
        p.add_argument(
            "id",
            type=_integer,
            nargs="?" if name == "publish" else None,
            help=_tr("the article's number (see “list”)"),
        )
        add_user(p, _tr("your name"), password_help)
        p.add_argument(
            "--accept-warnings",
            action="store_true",
            help=_tr("go on despite the checklist's warnings (required items still block)"),
        )
