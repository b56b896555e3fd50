"""The ``redaksi`` commands of the officials directory and the settings file:
``officials [list] [--date YYYY-MM-DD] [--json]`` prints the directory (or who held which title
on a day); ``settings export FILE`` writes the website settings, the checklist's levels and the
directory as one JSON file; ``settings import FILE --user NAME`` (an admin) applies one, all or
nothing. Part of ``desktop_app/cli.py``, split out for size."""

from __future__ import annotations

import argparse
import datetime as _dt
import json
from collections.abc import Callable

from desktop_app.cli_tools import CliTools, add_user, install
from desktop_app.cli_tools import tr as _tr
from desktop_app.cli_tools import use as _use
from desktop_app.core import json_text

EXIT_OK = 0


def _day(text: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_tr("not a date (YYYY-MM-DD): {0}").format(text)) from None


def cmd_officials(args: argparse.Namespace) -> int:
    """The directory, by name, each title with its period; with ``--date``, who held which title
    on that day (as the editor's completer lists them)."""
    tools = _use()
    services = tools.services(args)
    from desktop_app.core.officials import OfficialsService

    service = OfficialsService(services.database)
    if args.what == "history":
        return _print_history(service, args.json)
    if args.date is not None:
        holdings = service.titles_on(args.date)
        if args.json:
            rows = [
                {
                    "title": h.display_title,
                    "unit": h.title.unit,
                    "name": h.name,
                    "acting": h.title.acting,
                    "official": h.official_uuid,
                }
                for h in holdings
            ]
            print(json.dumps({"date": args.date.isoformat(), "holders": rows}, ensure_ascii=False, indent=2))
            return EXIT_OK
        tools.qt_language()
        from desktop_app.officials_messages import day_text

        if not holdings:
            print(_tr("Nobody in the officials directory held a title on {0}.").format(day_text(args.date)))
        for h in holdings:
            unit = f" ({h.title.unit})" if h.title.unit else ""
            print(f"{h.display_title}{unit} — {h.name}")
        return EXIT_OK
    officials = service.officials()
    if args.json:
        from desktop_app.core.settings_transfer import settings_document

        print(json.dumps(settings_document(services.database)["officials"], ensure_ascii=False, indent=2))
        return EXIT_OK
    tools.qt_language()
    from desktop_app.officials_messages import period_text

    if not officials:
        print(_tr("The officials directory is empty."))
    for official in officials:
        print(official.name)
        for title in official.titles:
            unit = f" ({title.unit})" if title.unit else ""
            print(f"    {title.display_title}{unit}: {period_text(title.valid_from, title.valid_to)}")
    return EXIT_OK


def _print_history(service, as_json: bool) -> int:
    """The directory's audit trail, newest first."""
    events = service.history()
    if as_json:
        rows = [
            {
                "when": event.created_at.isoformat(timespec="seconds"),
                "action": event.kind,
                "official": event.person_name,
                "actor": event.actor_name,
                "before": event.old_value,
                "after": event.new_value,
            }
            for event in events
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    _use().qt_language()
    from desktop_app.labels import when_text

    kinds = {
        "official_added": _tr("added"),
        "official_changed": _tr("changed"),
        "official_deleted": _tr("removed"),
        "settings_imported": _tr("settings file imported"),
    }
    from desktop_app.i18n import current_language

    language = current_language()
    for event in events:
        what = kinds.get(event.kind, event.kind)
        subject = event.person_name
        if event.kind == "settings_imported":
            try:
                subject = str(json_text.loads(event.new_value).get("file", ""))
            except ValueError:
                subject = ""
        print(f"{when_text(event.created_at, language)}  {event.actor_name}: {what} {subject}".rstrip())
        for line in (event.new_value or event.old_value).splitlines()[1:]:
            print(f"    {line}")
    return EXIT_OK


def cmd_settings(args: argparse.Namespace) -> int:
    tools = _use()
    services = tools.services(args)
    from desktop_app.core import settings_transfer

    if args.what == "export":
        document = settings_transfer.export_settings(services.database, args.file)
        print(
            _tr("Wrote the website settings and {0} official(s) to {1}.").format(
                len(document["officials"]), args.file
            )
        )
        return EXIT_OK
    signed_in = tools.sign_in(args, services.database, admin=True)
    if signed_in is None:
        raise tools.sign_in_needed()
    summary = settings_transfer.import_settings(services.database, signed_in, args.file)
    print(
        _tr(
            "Imported {0} website setting(s), {1} checklist setting(s); officials: {2} added, {3} updated."
        ).format(
            summary.site_keys, summary.checklist_keys, summary.officials_added, summary.officials_updated
        )
    )
    return EXIT_OK


def add_commands(
    add: Callable[..., argparse.ArgumentParser], as_json: str, password_help: str, tools: CliTools
) -> None:
    """``officials`` and ``settings`` (``add(name, handler, help)`` makes one)."""
    install(tools)
    p = add(
        "officials", cmd_officials, _tr("print the officials directory (with --date: who held which title)")
    )
    p.add_argument(
        "what",
        nargs="?",
        choices=["list", "history"],
        default="list",
        help=_tr("list (the default), or history: the directory's audit trail"),
    )
    p.add_argument(
        "--date", type=_day, default=None, metavar="YYYY-MM-DD", help=_tr("the holders on this day")
    )
    p.add_argument("--json", action="store_true", help=as_json)
    p = add(
        "settings",
        cmd_settings,
        _tr("export or import the website settings with the officials directory (one JSON file)"),
    )
    p.add_argument("what", choices=["export", "import"])
    p.add_argument("file", metavar="FILE")
    add_user(p, _tr("an administrator's name (for import)"), password_help)
