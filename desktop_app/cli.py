"""The ``redaksi`` command: the GUI by default, headless sub-commands for scripts."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence

from desktop_app import __version__

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


def _open(args: argparse.Namespace):
    from db.database import open_database

    return open_database(args.db)


def _iso(value) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def cmd_list(args: argparse.Namespace) -> int:
    from desktop_app.core.articles import ArticleService
    from desktop_app.core.models import HeadlineQuery

    database = _open(args)
    service = ArticleService(database)
    rows = service.list_headlines(HeadlineQuery(status=args.status, trash=args.trash))
    if args.json:
        print(json.dumps([
            {"id": h.id, "uuid": h.uuid, "title": h.title, "slug": h.slug, "status": h.status,
             "category": h.category, "author": h.author, "updated_at": _iso(h.updated_at)}
            for h in rows
        ], ensure_ascii=False, indent=1))
        return EXIT_OK
    for h in rows:
        print(f"{h.id:>6}  {h.status:<18} {h.updated_at:%Y-%m-%d}  {h.title}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from desktop_app.core.articles import ArticleService
    from desktop_app.core.rendering import render_markdown

    database = _open(args)
    article = ArticleService(database).get(args.id)
    if args.format == "json":
        data = {k: (_iso(v) if hasattr(v, "isoformat") else v) for k, v in asdict(article).items()}
        print(json.dumps(data, ensure_ascii=False, indent=1))
    elif args.format == "html":
        print(render_markdown(article.body))
    else:
        print(f"# {article.title}\n")
        if article.summary:
            print(f"{article.summary}\n")
        print(article.body)
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from db.search import MARK_END, MARK_START
    from desktop_app.core.articles import ArticleService
    from desktop_app.core.models import HeadlineQuery

    database = _open(args)
    rows = ArticleService(database).list_headlines(HeadlineQuery(text=args.query), 0, args.limit)
    if args.json:
        print(json.dumps([{"id": h.id, "title": h.title, "status": h.status,
                           "snippet": h.snippet.replace(MARK_START, "").replace(MARK_END, "")}
                          for h in rows], ensure_ascii=False, indent=1))
        return EXIT_OK
    for h in rows:
        snippet = h.snippet.replace(MARK_START, "[").replace(MARK_END, "]")
        print(f"{h.id:>6}  {h.title}\n        {snippet}")
    if not rows:
        print("No articles match.", file=sys.stderr)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """Integrity, foreign keys, schema version and orphans: exit 0 ok, 1 problems, 2 cannot open."""
    from db.database import DatabaseOpenError, open_database
    from desktop_app.core.backups import health_report
    from desktop_app.messages import describe_error

    try:
        database = open_database(args.db, migrate_schema=False)
    except DatabaseOpenError as exc:
        print(f"redaksi: {describe_error(exc)}", file=sys.stderr)
        return EXIT_USAGE
    report = health_report(database)
    database.close()
    print(f"backend: {report.backend}")
    print(f"schema version: {report.schema_version} (this Redaksi: {report.current_version})")
    print(f"integrity: {'ok' if not report.integrity else 'FAILED'}")
    for problem in report.integrity:
        print(f"  {problem}")
    orphans = sum(report.orphans.values())
    print(f"orphaned rows: {orphans}" + "".join(
        f"\n  {what}: {n}" for what, n in report.orphans.items() if n))
    print(f"images not used by any article: {report.unused_assets} (not a problem)")
    print("result: ok" if report.ok else f"result: {len(report.problems)} problem(s)")
    return EXIT_OK if report.ok else EXIT_ERROR


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop_app.core.backups import BackupService

    database = _open(args)
    service = BackupService(database)
    try:
        if args.list:
            for info in service.list():
                count = "?" if info.article_count is None else str(info.article_count)
                state = "ok" if info.ok else f"UNUSABLE ({info.problem})"
                print(f"{info.created_at:%Y-%m-%d %H:%M}  {count:>6} articles  {state}  "
                      f"{info.path}")
            return EXIT_OK
        path = service.create(args.out)
    finally:
        database.close()
    print(f"Backup written to {path}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """Put a backup in place of the database (never opened: it may be the broken one)."""
    from db.backup import BackupError, BackupFailure
    from db.database import default_database_path, is_postgres_url
    from desktop_app.core.backups import restore_file

    target = args.db or default_database_path()
    if is_postgres_url(target):
        raise BackupError(BackupFailure.NOT_SQLITE, "PostgreSQL")
    aside = restore_file(args.file, target)
    print(f"Restored {args.file} to {target}")
    if aside is not None:
        print(f"The previous database was kept as {aside}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_app.core.demo import fill_demo

    database = _open(args)
    count = fill_demo(database)
    print(f"Added {count} demo articles.")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.core.errors import ValidationError
    from desktop_app.core.export import export_site
    from desktop_app.core.site_settings import normalize_base_url

    try:
        normalize_base_url(args.base_url or "")
    except ValidationError:
        print("redaksi: the base URL must be an http:// or https:// address", file=sys.stderr)
        return EXIT_USAGE
    database = _open(args)
    # fork_workers: this command has started no thread (see export_site).
    result = export_site(database, args.out, base_url=args.base_url, full=args.full,
                         fork_workers=True)
    print(f"Exported {result.articles} articles to {result.out}: {len(result.written)} files "
          f"written, {result.unchanged} unchanged, {len(result.removed)} removed.")
    if not result.sitemap or not result.feeds:
        print("Note: no sitemap.xml and no Atom or RSS feed without a base URL (they must give "
              "full addresses); give --base-url or set it in Website Settings.")
    return EXIT_OK


def cmd_log(args: argparse.Namespace) -> int:
    from desktop_app.core.articles import ArticleService
    from desktop_app.core.workflow import WorkflowService

    database = _open(args)
    ArticleService(database).get(args.id)  # NotFound for an unknown article
    trail = WorkflowService(database).audit_trail(args.id)
    if args.json:
        print(json.dumps([{"when": _iso(c.created_at), "actor": c.actor, "from": c.from_status,
                           "to": c.to_status, "note": c.note, "refused": c.refused}
                          for c in trail],
                         ensure_ascii=False, indent=1))
        return EXIT_OK
    for c in trail:
        note = f"  “{c.note}”" if c.note else ""
        refused = "  (refused: someone changed the status first)" if c.refused else ""
        print(f"{c.created_at:%Y-%m-%d %H:%M}  {(c.actor or '-'):<20} "
              f"{c.from_status} -> {c.to_status}{note}{refused}")
    if not trail:
        print("No status changes yet.", file=sys.stderr)
    return EXIT_OK


def cmd_history(args: argparse.Namespace) -> int:
    from desktop_app.core.articles import ArticleService
    from desktop_app.core.revisions import RevisionService
    from desktop_app.core.text import count_words

    database = _open(args)
    ArticleService(database).get(args.id)
    service = RevisionService(database)
    if args.diff:
        old, new = args.diff
        markers = {"equal": ("", ""), "delete": ("[-", "-]"), "insert": ("{+", "+}")}
        for field in service.diff(args.id, old, new):
            if field.changed:
                print(f"== {field.field}")
                print("".join(markers[c.op][0] + c.text + markers[c.op][1]
                              for c in field.chunks))
        return EXIT_OK
    revisions = service.list(args.id)
    if args.json:
        print(json.dumps([{"number": r.number, "when": _iso(r.created_at), "author": r.author,
                           "reason": r.reason, "note": r.note, "title": r.title,
                           "words": count_words(r.body)} for r in revisions],
                         ensure_ascii=False, indent=1))
        return EXIT_OK
    for r in revisions:
        note = f"  ({r.note})" if r.note else ""
        print(f"{r.number:>4}  {r.created_at:%Y-%m-%d %H:%M}  {(r.author or '-'):<20} "
              f"{r.reason:<16} {count_words(r.body):>6} words  {r.title}{note}")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from desktop_app.app import run_gui

    return run_gui(args.db, language=args.lang)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH|URL", default=argparse.SUPPRESS,
                        help="SQLite file or postgresql:// URL (default: your data folder)")
    parser = argparse.ArgumentParser(prog="redaksi", parents=[common],
                                     description="Redaksi, the newsroom editor.")
    parser.set_defaults(handler=cmd_gui)
    parser.add_argument("--version", action="version", version=f"redaksi {__version__}")
    parser.add_argument("--lang", choices=["id", "en"], default=None,
                        help="language of the interface")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, handler: Callable[[argparse.Namespace], int], help_text: str):
        p = sub.add_parser(name, parents=[common], help=help_text)
        p.set_defaults(handler=handler)
        return p

    p = add("list", cmd_list, "list the articles")
    p.add_argument("--json", action="store_true")
    p.add_argument("--status")
    p.add_argument("--trash", action="store_true")
    p = add("show", cmd_show, "print one article")
    p.add_argument("id", type=int)
    p.add_argument("--format", choices=["markdown", "html", "json"], default="markdown")
    p = add("search", cmd_search, "full-text search")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    add("check", cmd_check, "check the database (integrity, foreign keys, schema version, "
        "orphans); exit 0 ok, 1 problems, 2 cannot open")
    p = add("backup", cmd_backup, "back the database up (into its backups folder by default)")
    p.add_argument("--out", metavar="FILE", help="write the backup to this file or folder")
    p.add_argument("--list", action="store_true", help="list the backups with their article counts")
    p = add("restore", cmd_restore, "replace the database by a backup (the current one is kept aside)")
    p.add_argument("file", metavar="FILE")
    add("demo", cmd_demo, "fill an empty database with the demo content")
    p = add("log", cmd_log, "print the audit trail (status changes) of an article")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p = add("history", cmd_history, "list the revisions of an article")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.add_argument("--diff", nargs=2, type=int, metavar=("OLD", "NEW"),
                   help="print the word-level changes from revision OLD to NEW")
    p = add("export", cmd_export, "export the published articles as a static website")
    p.add_argument("--out", metavar="DIR", required=True, help="the website folder")
    p.add_argument("--base-url", metavar="URL", default=None,
                   help="the address the site will have (http or https)")
    p.add_argument("--full", action="store_true", help="rewrite every file")
    return parser


def _is_backup_error(exc: BaseException) -> bool:
    backup = sys.modules.get("db.backup")  # only a command that imported it can raise one
    return backup is not None and isinstance(exc, backup.BackupError)


def main(argv: Sequence[str] | None = None) -> int:
    from db.database import DatabaseOpenError
    from desktop_app.core.errors import RedaksiError

    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "db"):  # --db may come before or after the sub-command
        args.db = None
    try:
        return args.handler(args)
    except (DatabaseOpenError, RedaksiError) as exc:
        from desktop_app.messages import describe_error  # loads Qt: only when needed

        print(f"redaksi: {describe_error(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        if not _is_backup_error(exc):
            raise
        from desktop_app.safety_messages import backup_failure_message

        print(f"redaksi: {backup_failure_message(exc)}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
