"""The ``redaksi`` commands of WordPress publishing: ``wp-publish ID [--overwrite]`` sends a
published article to the WordPress site now (through the same queue the window's worker
uses); ``wp-send`` sends what is due in the queue once (for a scheduler: cron, a systemd
timer); ``wp-status [ID]`` lists what waits, or every send of one article. Part of
``desktop_app/cli.py``, split out for size."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

from desktop_app.cli_tools import CliTools, add_user, install
from desktop_app.cli_tools import tr as _tr
from desktop_app.cli_tools import use as _use

EXIT_OK = 0
EXIT_ERROR = 1


def _report(report, as_json: bool) -> int:
    from desktop_app.wordpress_messages import wordpress_error_text

    if as_json:
        print(
            json.dumps(
                {
                    "sent": report.sent,
                    "retrying": [{"article": a, "error": e.code} for a, e in report.retrying],
                    "failed": [
                        {"article": a, "error": e.code, "permission": e.permission} for a, e in report.failed
                    ],
                    "conflicts": report.conflicts,
                    "not_configured": report.not_configured,
                },
                indent=2,
            )
        )
    else:
        if report.not_configured:
            from desktop_app.core.wordpress.errors import WordPressError

            print(wordpress_error_text(WordPressError("not_configured")))
        for article_id in report.sent:
            print(_tr("Article {0}: sent to WordPress.").format(article_id))
        for article_id, problem in report.retrying + report.failed:
            print(_tr("Article {0}: {1}").format(article_id, wordpress_error_text(problem)))
        for article_id in report.conflicts:
            print(
                _tr(
                    "Article {0}: the post was changed on WordPress since the last send; not "
                    "overwritten (send it with: redaksi wp-publish {0} --overwrite)."
                ).format(article_id)
            )
        if not (report.sent or report.retrying or report.failed or report.conflicts or report.not_configured):
            print(_tr("Nothing waits to be sent to WordPress."))
    return EXIT_ERROR if report.failed or report.conflicts or report.not_configured else EXIT_OK


def cmd_wp_publish(args: argparse.Namespace) -> int:
    tools = _use()
    services = tools.services(args)
    signed_in = tools.sign_in(args, services.database)
    if signed_in is None:
        raise tools.sign_in_needed()
    tools.qt_language()
    from desktop_app.core.auth import current_person
    from desktop_app.core.errors import PermissionDenied
    from desktop_app.core.wordpress import outbox
    from desktop_app.core.wordpress.errors import WordPressError
    from desktop_app.core.wordpress.publish import post_link

    person = current_person(signed_in)
    if person.role not in ("editor", "admin"):
        raise PermissionDenied(person.role, "publish")
    from desktop_app.core.articles import ArticleService

    article = ArticleService(services.database).get(args.id)
    if article.status != "published" or article.published_revision is None:
        raise WordPressError("not_published", str(args.id))
    if args.overwrite:
        outbox.retry(args.id, overwrite=True)
    outbox.queue_send(args.id, "publish", person.id)
    report = outbox.process_queue(services.database, article_id=args.id, actor=signed_in)
    code = _report(report, args.json)
    if report.sent and not args.json:
        from desktop_app.core.wordpress.config import load_wordpress_settings

        link = post_link(args.id, load_wordpress_settings(services.database).url)
        if link is not None and link.link:
            print(link.link)
    return code


def cmd_wp_send(args: argparse.Namespace) -> int:
    tools = _use()
    services = tools.services(args)
    tools.qt_language()
    from desktop_app.core.wordpress import outbox

    return _report(outbox.process_queue(services.database), args.json)


def cmd_wp_status(args: argparse.Namespace) -> int:
    """What waits (or, with an article id, every send of that article), oldest first."""
    tools = _use()
    services = tools.services(args)
    tools.qt_language()
    from desktop_app.core.wordpress import outbox
    from desktop_app.wordpress_messages import send_state_text, wordpress_error_text

    if args.id is not None:
        rows = [(args.id, state) for state in outbox.history(args.id)]
    else:
        rows = [(article_id, state) for article_id, state in outbox.waiting(services.database)]
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "article": article_id,
                        "operation": s.operation,
                        "state": s.state,
                        "attempts": s.attempts,
                        "queued": s.created_at.isoformat(timespec="seconds"),
                        "next_attempt": s.next_attempt_at.isoformat(timespec="seconds"),
                        "finished": s.finished_at.isoformat(timespec="seconds") if s.finished_at else None,
                        "error": s.error.code if s.error else None,
                    }
                    for article_id, s in rows
                ],
                indent=2,
            )
        )
        return EXIT_OK
    if not rows:
        print(_tr("Nothing waits to be sent to WordPress."))
    for article_id, state in rows:
        line = _tr("Article {0}: {1} (queued {2} UTC, {3} attempt(s))").format(
            article_id,
            send_state_text(state.state, state.operation),
            state.created_at.strftime("%Y-%m-%d %H:%M"),
            state.attempts,
        )
        print(line)
        if state.error is not None and state.state != outbox.DONE:
            print("    " + wordpress_error_text(state.error))
    return EXIT_OK


def add_commands(
    add: Callable[..., argparse.ArgumentParser], as_json: str, password_help: str, tools: CliTools
) -> None:
    """``wp-publish`` and ``wp-send``."""
    install(tools)
    p = add("wp-publish", cmd_wp_publish, _tr("send a published article to the WordPress site now"))
    p.add_argument("id", type=tools.integer, metavar="ID")
    p.add_argument(
        "--overwrite",
        action="store_true",
        help=_tr("send it even if the post was changed on WordPress since the last send"),
    )
    add_user(p, _tr("an editor's name"), password_help)
    p.add_argument("--json", action="store_true", help=as_json)
    p = add("wp-send", cmd_wp_send, _tr("send what waits in the WordPress queue once (for a scheduler)"))
    p.add_argument("--json", action="store_true", help=as_json)
    p = add(
        "wp-status",
        cmd_wp_status,
        _tr("list the sends to WordPress that wait (with an article id: all of its sends)"),
    )
    p.add_argument("id", nargs="?", type=tools.integer, default=None, metavar="ID")
    p.add_argument("--json", action="store_true", help=as_json)
