"""``redaksi pack ARTICLE_ID... --out FILE.redaksi`` and ``redaksi unpack FILE.redaksi``: review
packages carried between offline machines (``desktop_app/core/packages/``). ``unpack`` prints
what the package brings, then imports it in one transaction (``--dry-run``: only the preview);
``packages`` lists this database's id, its partners and the packages sent and imported. Part of
``desktop_app/cli.py``, split out for size."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from desktop_app.cli_tools import add_user, install
from desktop_app.cli_tools import tr as _tr
from desktop_app.cli_tools import use as _use

EXIT_OK = 0
EXIT_ERROR = 1


def _signed_in(args: argparse.Namespace, services: Any) -> Any:
    from desktop_app.core.packages import PackageError, Problem

    actor = _use().sign_in(args, services.database)
    if actor is None:
        raise PackageError(Problem.NOT_SIGNED_IN)
    return actor


def cmd_pack(args: argparse.Namespace) -> int:
    from desktop_app.core.packages import pack

    _use().qt_language()
    services = _use().services(args)
    actor = _signed_in(args, services)
    out = args.out if str(args.out).endswith(".redaksi") else f"{args.out}.redaksi"
    recipient = None if args.to in (None, "new") else args.to
    result = pack(args.ids, actor, out, recipient=recipient, new_recipient=args.to == "new")
    print(
        _tr("{0} article(s), {1} revision(s), {2} comment(s) and {3} image(s) written to {4}").format(
            result.articles, result.revisions, result.comments, result.images, result.path
        )
    )
    print(_tr("package {0}, for {1}").format(result.package, result.recipient or _tr("a new partner")))
    return EXIT_OK


def _preview_json(plan: Any) -> dict[str, Any]:
    incoming = plan.incoming
    return {
        "package": incoming.package,
        "sender": incoming.sender_name,
        "from_database": incoming.from_database,
        "created_at": incoming.created_at.isoformat(timespec="seconds"),
        "first_contact": incoming.first_contact,
        "already_imported": plan.already_imported.isoformat(timespec="seconds")
        if plan.already_imported
        else None,
        "articles": [
            {
                "uuid": a.uuid,
                "title": a.title,
                "outcome": a.outcome.value,
                "status_before": a.status_before,
                "status_after": a.status_after,
                "revisions": len(a.new_revisions),
                "comments": len(a.new_comments),
                "accepted": [r.action for r in a.accepted],
                "refused": [{"action": r.action, "reason": r.reason} for r in a.refused],
            }
            for a in plan.articles
        ],
        "new_people": [{"name": p.get("name"), "role": p.get("role")} for p in plan.new_people],
        "new_images": len(plan.new_images),
        "key_changes": [
            {
                "person": c.person_uuid,
                "name": c.name,
                "public_key": c.public_key,
                "confirmed_by": c.confirmed_by or None,
            }
            for c in plan.key_changes
        ],
    }


def _print_preview(plan: Any) -> None:
    from desktop_app.labels import action_label, status_label
    from desktop_app.package_messages import outcome_label, reason_text

    incoming = plan.incoming
    print(
        _tr("Package {0} from {1}, made {2}").format(
            incoming.package, incoming.sender_name, incoming.created_at.isoformat(sep=" ", timespec="minutes")
        )
    )
    if incoming.first_contact:
        print(
            _tr("First package from this database: its sender's key {0}… is trusted from now on.").format(
                incoming.sender_key[:16]
            )
        )
    for article in plan.articles:
        line = f"  {article.title or _tr('(untitled)')}: {outcome_label(article.outcome)}"
        if article.status_after != article.status_before:
            before = status_label(article.status_before) if article.status_before else "—"
            line += f"; {before} → {status_label(article.status_after)}"
        print(line)
        extra = []
        if article.new_revisions:
            extra.append(_tr("{0} revision(s)").format(len(article.new_revisions)))
        if article.new_comments:
            extra.append(_tr("{0} comment(s)").format(len(article.new_comments)))
        for record in article.accepted:
            extra.append(_tr("{0} by {1}: accepted").format(action_label(record.action), record.actor))
        for record in article.refused:
            extra.append(
                _tr("{0} by {1}: NOT accepted ({2})").format(
                    action_label(record.action), record.actor, reason_text(record.reason)
                )
            )
        if extra:
            print("    " + "; ".join(extra))
    for person in plan.new_people:
        print(_tr("  new person: {0} ({1})").format(person.get("name", ""), person.get("role", "")))
    from desktop_app.package_messages import key_change_text

    for change in plan.key_changes:
        print(key_change_text(change))
        if not change.confirmed:
            print(_tr("  (an administrator confirms it with: --confirm-key {0})").format(change.person_uuid))


def cmd_unpack(args: argparse.Namespace) -> int:
    from desktop_app.core.packages import import_package, make_plan, read_package
    from desktop_app.package_messages import record_refused_comment

    _use().qt_language()
    services = _use().services(args)
    incoming = read_package(args.file)
    # confirming a key is an administrator's act: signed in first, so the preview names them
    actor = _signed_in(args, services) if args.confirm_key else None
    plan = make_plan(incoming, args.confirm_key or (), actor.name if actor is not None else "")
    if args.json:
        print(json.dumps(_preview_json(plan), ensure_ascii=False, indent=1))
    else:
        _print_preview(plan)
    if plan.already_imported is not None:
        print(
            _tr("This package was imported on {0}: nothing to do.").format(
                plan.already_imported.isoformat(sep=" ", timespec="minutes")
            ),
            file=sys.stderr,
        )
        return EXIT_OK
    if args.dry_run:
        return EXIT_OK
    actor = actor or _signed_in(args, services)
    result = import_package(
        incoming, actor, wording=record_refused_comment, confirm_keys=args.confirm_key or ()
    )
    print(
        _tr(
            "Imported: {0} new, {1} updated, {2} kept, {3} conflict(s), {4} comment(s), "
            "{5} approval(s) accepted, {6} record(s) not accepted."
        ).format(
            result.new,
            result.taken,
            result.kept,
            result.conflicts,
            result.comments,
            result.approvals_accepted,
            result.records_refused,
        ),
        file=sys.stderr if args.json else sys.stdout,
    )
    return EXIT_OK


def cmd_packages(args: argparse.Namespace) -> int:
    from desktop_app.core.packages import state

    services = _use().services(args)
    if args.new_id:
        _use().sign_in(args, services.database, admin=True)
        print(_tr("This database's new id: {0}").format(state.renew_database_id()))
        return EXIT_OK
    events = state.events()
    if args.json:
        print(
            json.dumps(
                {
                    "database": state.database_id(),
                    "partners": [{"id": p.uuid, "name": p.name} for p in state.partners()],
                    "events": [
                        {
                            "package": e.package,
                            "direction": e.direction,
                            "partner": e.partner,
                            "by": e.actor,
                            "at": e.created_at.isoformat(timespec="seconds"),
                            "summary": e.summary,
                        }
                        for e in events
                    ],
                },
                ensure_ascii=False,
                indent=1,
            )
        )
        return EXIT_OK
    print(_tr("This database: {0}").format(state.database_id()))
    for partner in state.partners():
        print(
            _tr("Partner {0} ({1}), last heard from {2}").format(
                partner.uuid, partner.name, partner.last_seen.isoformat(sep=" ", timespec="minutes")
            )
        )
    for event in events:
        direction = _tr("sent") if event.direction == state.SENT else _tr("imported")
        titles = ", ".join(event.summary.get("titles", []))
        print(
            f"{event.created_at.isoformat(sep=' ', timespec='minutes')}  {direction:<10} {event.package}  "
            f"{event.actor or ''}  {titles}"
        )
    return EXIT_OK


def add_commands(
    add: Callable[..., argparse.ArgumentParser], as_json: str, password_help: str, tools: Any
) -> None:
    install(tools)
    p = add("pack", cmd_pack, _tr("write articles into a review package for an offline machine"))
    p.add_argument(
        "ids", type=tools.integer, nargs="+", metavar="ARTICLE_ID", help=_tr("the articles' numbers")
    )
    p.add_argument("--out", metavar="FILE.redaksi", required=True, help=_tr("the package file to write"))
    p.add_argument(
        "--to",
        metavar="DATABASE_ID",
        default=None,
        help=_tr("the partner database it is for (see “packages”); “new” for one not heard from yet"),
    )
    add_user(p, _tr("your name: the package is signed by you"), password_help)
    p = add("unpack", cmd_unpack, _tr("show what a review package brings, then import it"))
    p.add_argument("file", metavar="FILE.redaksi")
    p.add_argument("--dry-run", action="store_true", help=_tr("only show what it would change"))
    p.add_argument(
        "--confirm-key",
        action="append",
        metavar="PERSON_UUID",
        help=_tr(
            "(an administrator) accept the new signing key the package brings for this person, "
            "after comparing its first characters with them"
        ),
    )
    p.add_argument("--json", action="store_true", help=as_json)
    add_user(p, _tr("your name: importing signs you in"), password_help)
    p = add(
        "packages",
        cmd_packages,
        _tr("list this database's id, its partners and the packages sent and imported"),
    )
    p.add_argument("--json", action="store_true", help=as_json)
    p.add_argument(
        "--new-id",
        action="store_true",
        help=_tr("give this database a new id (a copy of another database's file); needs an administrator"),
    )
    add_user(p, _tr("an administrator's name (for --new-id)"), password_help)
