"""The ``redaksi`` commands of the last mile: ``upload [--dry-run]`` sends the exported website
to the office's web host (the settings of Website Settings ▸ Upload; only what changed);
``publish --watch [--once]`` exports and uploads whenever a scheduled article's time comes;
``autopublish on|off|status`` registers that with the system's scheduler. Part of
``desktop_app/cli.py``, split out for size."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from typing import Any

from desktop_app.cli_tools import CliTools, install
from desktop_app.cli_tools import tr as _tr
from desktop_app.cli_tools import use as _use

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
PASSWORD_VARIABLE = "REDAKSI_UPLOAD_PASSWORD"


def _size(count: int) -> str:
    if count >= 1024 * 1024:
        return f"{count / (1024 * 1024):.1f} MB"
    if count >= 1024:
        return f"{count / 1024:.0f} KB"
    return f"{count} B"


def _uploads(args: argparse.Namespace) -> tuple[Any, Any]:
    from desktop_app.core.upload.service import UploadService

    services = _use().services(args)
    return services, UploadService(services.database)


def _password(uploads: Any, settings: Any, *, ask: bool) -> str | None:
    """``REDAKSI_UPLOAD_PASSWORD``, else the saved one, else asked on a terminal (``ask``)."""
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is not None:
        return password
    saved = uploads.saved_password(settings)
    # (a key file mostly has no passphrase: one it needs is said by the error, not asked first)
    if saved is not None or not ask or settings.uses_key or not sys.stdin.isatty():
        return saved
    return getpass.getpass(_tr("Password of {0}: ").format(settings.account))


def _progress_printer() -> Callable[[int, int, int, int, str], None] | None:
    if not sys.stderr.isatty():
        return None

    def show(files_done: int, files_total: int, bytes_done: int, bytes_total: int, _path: str) -> None:
        text = _tr("{0} of {1} files, {2} of {3}").format(
            files_done, files_total, _size(bytes_done), _size(bytes_total)
        )
        print("\r" + text.ljust(60), end="", file=sys.stderr, flush=True)

    return show


def _print_result(result: Any, settings: Any, as_json: bool) -> None:
    if as_json:
        document = {
            "dry_run": result.dry_run,
            "first": result.first,
            "sent": result.sent,
            "deleted": result.deleted,
            "unchanged": result.unchanged,
            "bytes": result.bytes_sent,
        }
        print(json.dumps(document, ensure_ascii=False, indent=1))
        return
    where = f"{settings.account}/{settings.remote_folder}".rstrip("/")
    if result.dry_run:
        for path in result.sent:
            print(_tr("send    {0}").format(path))
        for path in result.deleted:
            print(_tr("remove  {0}").format(path))
        print(
            _tr("Would send {0} file(s) ({1}) to {2} and remove {3}; {4} unchanged.").format(
                len(result.sent), _size(result.bytes_sent), where, len(result.deleted), result.unchanged
            )
        )
        return
    print(
        _tr("Uploaded to {0}: {1} file(s) sent ({2}), {3} unchanged, {4} removed.").format(
            where, len(result.sent), _size(result.bytes_sent), result.unchanged, len(result.deleted)
        )
    )


def cmd_upload(args: argparse.Namespace) -> int:
    _use().qt_language()  # (the error messages are the window's)
    _services, uploads = _uploads(args)
    settings = uploads.settings()
    password = None
    if settings.configured:
        password = _password(uploads, settings, ask=True)
    printer = None if args.json else _progress_printer()
    try:
        result = uploads.upload(
            args.site,
            dry_run=args.dry_run,
            full=args.full,
            progress=printer,
            accept_fingerprint=args.trust_host_key or "",
            password=password,
        )
    finally:
        if printer is not None:
            print(file=sys.stderr)
    _print_result(result, settings, args.json)
    return EXIT_OK


def cmd_watch(args: argparse.Namespace) -> int:
    """``publish --watch``: pass after pass (``--once``: one), each reported on one line."""
    from db.models import utcnow
    from desktop_app.core.dates import to_local
    from desktop_app.core.upload.watch import publish_pass, watch
    from desktop_app.messages import describe_error

    _use().qt_language()
    services, uploads = _uploads(args)
    settings = uploads.settings()
    password = _password(uploads, settings, ask=False) if settings.configured else None

    def when(moment: Any) -> str:
        return to_local(moment).strftime("%Y-%m-%d %H:%M")

    def report(outcome: Any, problem: Exception | None, upcoming: Any) -> None:
        stamp = when(utcnow())
        if problem is not None:
            print(f"{stamp}  redaksi: {describe_error(problem)}", file=sys.stderr, flush=True)
        elif outcome is not None and outcome.upload is None:
            print(stamp + "  " + _tr("nothing new to upload"), flush=True)
        elif outcome is not None:
            print(
                stamp
                + "  "
                + _tr("uploaded {0} file(s), removed {1}").format(
                    len(outcome.upload.sent), len(outcome.upload.deleted)
                ),
                flush=True,
            )
        if upcoming is not None and not args.once:
            print(stamp + "  " + _tr("next scheduled article: {0}").format(when(upcoming)), flush=True)

    if args.once:
        outcome = publish_pass(services.database, uploads, folder=args.site, password=password)
        report(outcome, None, None)
        return EXIT_OK
    print(_tr("Watching for scheduled articles; Ctrl+C stops."), flush=True)
    watch(
        services.database,
        uploads,
        folder=args.site,
        password=password,
        interval=args.interval,
        report=report,
    )
    return EXIT_OK


def _publish_or_watch(publish: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        if args.watch:
            return cmd_watch(args)
        if args.id is None:
            print("redaksi: " + _tr("give the article's number, or --watch"), file=sys.stderr)
            return EXIT_USAGE
        return publish(args)

    return run


def cmd_autopublish(args: argparse.Namespace) -> int:
    from db.database import default_database_path
    from desktop_app.core.upload import scheduler

    if args.state == "status":
        enabled = scheduler.is_enabled()
        print(
            _tr("Publishing in the background: on") if enabled else _tr("Publishing in the background: off")
        )
        return EXIT_OK
    if args.state == "off":
        scheduler.disable()
        print(_tr("Publishing in the background is off."))
        return EXIT_OK
    target = str(args.db or default_database_path())
    if "://" not in target:
        target = os.path.abspath(target)
    registration = scheduler.enable(target, args.every)
    if registration.done:
        print(
            _tr(
                "Publishing in the background is on: every {0} minutes, scheduled articles are "
                "exported and uploaded."
            ).format(args.every)
        )
        return EXIT_OK
    print(_tr("To finish, run:"))
    for line in registration.manual:
        print("  " + line)
    return EXIT_OK if registration.system != "none" else EXIT_ERROR


def add_commands(
    add: Callable[..., argparse.ArgumentParser],
    as_json: str,
    tools: CliTools,
    publish: argparse.ArgumentParser,
) -> None:
    """``upload`` and ``autopublish``, and ``--watch`` on the workflow's ``publish``."""
    install(tools)
    site_help = _tr("the exported website folder (default: the one in Website Settings ▸ Upload)")
    p = add("upload", cmd_upload, _tr("send the exported website to the web host (only what changed)"))
    p.add_argument("--dry-run", action="store_true", help=_tr("only list what would be sent and removed"))
    p.add_argument("--full", action="store_true", help=_tr("send every file again"))
    p.add_argument("--site", metavar="DIR", default=None, help=site_help)
    p.add_argument(
        "--trust-host-key",
        metavar="SHA256:…",
        default=None,
        help=_tr("trust a web host seen for the first time when its fingerprint is this one"),
    )
    p.add_argument("--json", action="store_true", help=as_json)
    publish.add_argument(
        "--watch",
        action="store_true",
        help=_tr("export and upload the website whenever a scheduled article's time comes"),
    )
    publish.add_argument("--once", action="store_true", help=_tr("with --watch: one pass, then exit"))
    publish.add_argument(
        "--interval",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help=_tr("with --watch: look at least this often"),
    )
    publish.add_argument("--site", metavar="DIR", default=None, help=site_help)
    publish.set_defaults(handler=_publish_or_watch(publish.get_default("handler")))
    p = add(
        "autopublish",
        cmd_autopublish,
        _tr("keep publishing in the background (a systemd user timer, or Windows' Task Scheduler)"),
    )
    p.add_argument("state", choices=["on", "off", "status"])
    p.add_argument(
        "--every", type=int, default=5, metavar="MINUTES", help=_tr("how often to look (default 5 minutes)")
    )
