"""The ``redaksi`` command: the GUI by default, headless sub-commands for scripts.

The sub-commands speak the interface language (``--lang``, else the one chosen in Preferences,
else Indonesian) through Qt's translators, like the window, argparse's own words ("usage:",
"invalid choice"...) included; ``--json`` output and the status codes in listings stay the same
in every language, for scripts.

Every error is one translated line on stderr and a non-zero exit (1: the command failed, 2: the
command line or the database cannot be used), never a traceback; ``--debug`` adds the traceback
of an unexpected one.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from desktop_app import __version__
from desktop_app.child_entry import run_child

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # Ctrl+C, as shells report it
_KEY_MIN, _KEY_MAX = -(2**63), 2**63 - 1  # a 64-bit integer: the widest key either backend has


class _Language:
    """A command's language: Redaksi's own ``.qm`` read without Qt (``_tr``); Qt's translators
    are installed only when a message of the window's modules is needed (:func:`_qt_language`)."""

    def __init__(self, language: str | None) -> None:
        from desktop_app import i18n
        from desktop_app.qm_catalog import Catalogs

        self.language = i18n.normalize_language(language)
        self.catalogs = Catalogs.load([i18n.TRANSLATIONS_DIR / f"redaksi_{self.language}.qm"])
        self.app: QCoreApplication | None = None
        self.made_app = False

    def install_qt(self) -> None:
        if self.app is not None:
            return
        from PySide6.QtCore import QCoreApplication

        from desktop_app import i18n

        existing = QCoreApplication.instance()
        app = existing if existing is not None else QCoreApplication(["redaksi"])
        self.app, self.made_app = app, existing is None
        i18n.install_translators(app, self.language)

    def close(self) -> None:
        app, self.app = self.app, None
        if app is None:
            return
        from desktop_app import i18n

        i18n.reset_language(app)
        if self.made_app:
            app.shutdown()


#: The running command's language (none while the window runs: it installs its own).
_languages: list[_Language] = []


def _tr(text: str) -> str:
    """``text`` in the commands' language (see :func:`_commands_language`); outside a command
    as Qt's translators have it, or as it is while Qt is not loaded (starting the window, which
    prints nothing from here, loads it later)."""
    if _languages:
        return _languages[-1].catalogs.translate("Cli", text)
    if "PySide6.QtCore" not in sys.modules:
        return text
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Cli", text)


def _qt_language() -> None:
    """Before a command uses the window's words (error descriptions, labels): Qt and its
    translators in the command's language (loaded then, not for every command)."""
    if _languages:
        _languages[-1].install_qt()


class MissingDatabase(Exception):
    """A command that reads a database was given a file that does not exist (it would have
    made an empty one)."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


def _must_exist(target) -> None:
    """Raise :class:`MissingDatabase` for a database file that is not there (in a folder that is:
    a missing folder, or a journal left without its file, have their own messages)."""
    from pathlib import Path

    from db.database import is_postgres_url

    if target is None or is_postgres_url(str(target)):
        return
    path = Path(target).expanduser()
    if not path.exists() and path.parent.is_dir() and not Path(f"{path}-wal").exists():
        raise MissingDatabase(str(target))


def _migration_progress(step: str, done: int, total: int) -> None:
    """How far a long schema upgrade is, on stderr (Ctrl+C stops it; the next start goes on)."""
    from db.migrate import STEP_COMPACT

    if step == STEP_COMPACT:
        text = _tr("Compacting the database…") if total == 0 else _tr("Compacting the database: done")
    else:
        text = _tr("Updating the search index: {0} of {1} articles").format(done, total)
    end = "\n" if total and done >= total else ""
    print("\r" + text, end=end, file=sys.stderr, flush=True)


def _open(args: argparse.Namespace, *, create: bool = False):
    from db.database import default_database_path, open_database

    if not create:
        _must_exist(args.db or default_database_path())
    return open_database(args.db, progress=_migration_progress)


def _services(args: argparse.Namespace):
    """The core services (:class:`desktop_app.services.Services`) on the ``--db`` database."""
    from db.database import default_database_path
    from desktop_app.services import make_services

    return make_services(_open(args), args.db or default_database_path())


PASSWORD_VARIABLE = "REDAKSI_PASSWORD"


class SignInNeeded(Exception):
    """A command that changes something was given no ``--user``."""


def _password(name: str) -> str:
    """From ``REDAKSI_PASSWORD`` (scripts), else asked on the terminal without echo."""
    import getpass

    password = os.environ.get(PASSWORD_VARIABLE)
    if password is not None:
        return password
    return getpass.getpass(_tr("Password of {0}: ").format(name))


def _sign_in(args: argparse.Namespace, database, *, admin: bool = False):
    """The ``--user`` signed in with their password (``SignedIn``), or None when the database
    has nobody who can sign in yet (a new one, or one from before sign-in: its first start sets
    up the administrator). Raises ``SignInNeeded`` without ``--user``, ``SignInFailed`` /
    ``SignInWait`` for a wrong name or password, ``PermissionDenied`` (``admin``) for a
    non-admin."""
    from desktop_app.core.auth import AuthService, require_admin

    auth = AuthService(database)
    if auth.needs_first_admin():
        return None
    name = getattr(args, "user", None)
    if not name:
        raise SignInNeeded()
    signed_in = auth.sign_in(name, _password(name))
    if admin:
        require_admin(signed_in)
    return signed_in


def _iso(value) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def cmd_list(args: argparse.Namespace) -> int:
    from desktop_app.core.models import HeadlineQuery
    from desktop_app.core.status import STORED_STATUSES

    if args.status is not None and args.status not in STORED_STATUSES:
        statuses = ", ".join(STORED_STATUSES)
        message = _tr("Unknown status “{0}”. The statuses are: {1}.").format(args.status, statuses)
        print(f"redaksi: {message}", file=sys.stderr)
        return EXIT_USAGE
    rows = _services(args).articles.list_headlines(HeadlineQuery(status=args.status, trash=args.trash))
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": h.id,
                        "uuid": h.uuid,
                        "title": h.title,
                        "slug": h.slug,
                        "status": h.status,
                        "category": h.category,
                        "author": h.author,
                        "updated_at": _iso(h.updated_at),
                    }
                    for h in rows
                ],
                ensure_ascii=False,
                indent=1,
            )
        )
        return EXIT_OK
    for h in rows:
        print(f"{h.id:>6}  {h.status:<18} {h.updated_at:%Y-%m-%d}  {h.title}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from desktop_app.core.rendering import render_markdown

    article = _services(args).articles.get(args.id)
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
    from desktop_app.core.models import HeadlineQuery

    if not args.query.strip():
        print("redaksi: " + _tr("Give the words to search for."), file=sys.stderr)
        return EXIT_USAGE
    rows = _services(args).articles.list_headlines(HeadlineQuery(text=args.query), 0, args.limit)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": h.id,
                        "title": h.title,
                        "status": h.status,
                        "snippet": h.snippet.replace(MARK_START, "").replace(MARK_END, ""),
                    }
                    for h in rows
                ],
                ensure_ascii=False,
                indent=1,
            )
        )
        return EXIT_OK
    for h in rows:
        snippet = h.snippet.replace(MARK_START, "[").replace(MARK_END, "]")
        print(f"{h.id:>6}  {h.title}\n        {snippet}")
    if not rows:
        print(_tr("No articles match."), file=sys.stderr)
    return EXIT_OK


def _skip_uppercase() -> bool:
    """The Preference "skip words in capitals" (on unless switched off in the window)."""
    from desktop_app.settings import Preferences, saved_preferences

    prefs = saved_preferences()
    return (prefs or Preferences()).spell_skip_uppercase


def cmd_lint(args: argparse.Namespace) -> int:
    """Spelling and house-style findings of an article: exit 0 none, 1 some."""
    from desktop_app.core.lint import KIND_SPELLING, article_findings

    services = _services(args)
    article = services.articles.get(args.id)
    spell = services.office_dictionary.checker(skip_uppercase=_skip_uppercase())
    style = services.office_style_rules.checker(spell)
    language = _languages[-1].language if _languages else "id"  # (the reasons' language)
    findings = article_findings(
        article.title, article.summary or "", article.body, spell, style, language=language
    )
    if args.json:
        print(json.dumps([f.as_dict() for f in findings], ensure_ascii=False, indent=1))
        return EXIT_ERROR if findings else EXIT_OK
    fields = {"title": _tr("title"), "summary": _tr("summary"), "body": _tr("body")}
    for f in findings:
        kind = _tr("spelling") if f.kind == KIND_SPELLING else _tr("house style")
        fix = f" → {f.suggestion}" if f.suggestion else ""
        why = f" ({f.reason})" if f.reason else ""
        print(f"{fields[f.field]}:{f.line}:{f.column}  {kind} [{f.rule}]  {f.word}{fix}{why}")
    if findings:
        print(_tr("{0} finding(s)").format(len(findings)), file=sys.stderr)
    else:
        print(_tr("No spelling or house-style findings."), file=sys.stderr)
    return EXIT_ERROR if findings else EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """Integrity, foreign keys, schema version and orphans: exit 0 ok, 1 problems, 2 cannot open."""
    from db.database import DatabaseOpenError, default_database_path, open_database
    from desktop_app.core.backups import health_report

    try:
        _must_exist(args.db or default_database_path())
        database = open_database(args.db, migrate_schema=False)
    except (DatabaseOpenError, MissingDatabase) as exc:
        print(f"redaksi: {_error_message(exc)}", file=sys.stderr)
        return EXIT_USAGE
    try:
        try:
            report = health_report(database, full=args.full)
        except Exception as exc:
            if not _is_damage(exc):
                raise
            return _damaged_report(database, exc)
    finally:
        database.close()
    print(_tr("database: {0}").format(report.backend))
    print(
        _tr("schema version: {0} (this Redaksi: {1})").format(report.schema_version, report.current_version)
    )
    print(_tr("integrity: {0}").format(_tr("ok") if not report.integrity else _tr("FAILED")))
    for problem in report.integrity:
        print(f"  {problem}")
    orphans = sum(report.orphans.values())
    labels = {
        "article bodies": _tr("article bodies"),
        "article tags": _tr("article tags"),
        "revisions": _tr("revisions"),
        "comments": _tr("comments"),
        "status changes": _tr("status changes"),
    }
    print(
        _tr("orphaned rows: {0}").format(orphans)
        + "".join(f"\n  {labels.get(what, what)}: {n}" for what, n in report.orphans.items() if n)
    )
    print(_tr("images not used by any article: {0} (not a problem)").format(report.unused_assets))
    print(_tr("result: ok") if report.ok else _tr("result: {0} problem(s)").format(len(report.problems)))
    return EXIT_OK if report.ok else EXIT_ERROR


def _is_damage(exc: BaseException) -> bool:
    """SQLite found damaged pages ("database disk image is malformed"...): a DatabaseError, not
    one of its OperationalErrors (a lock, a full disk), from peewee or straight from sqlite3."""
    import sqlite3

    import peewee

    if isinstance(exc, peewee.OperationalError | sqlite3.OperationalError):
        return False
    return isinstance(exc, peewee.DatabaseError | sqlite3.DatabaseError)


def _damaged_report(database, exc: BaseException) -> int:
    """``check``'s report for a file whose pages SQLite cannot read: integrity FAILED, with
    SQLite's own words."""
    from db.database import backend_of, integrity_problems

    try:
        problems = integrity_problems(database) or [str(exc)]
    except Exception as again:
        if not _is_damage(again):
            raise
        problems = [str(again)]
    print(_tr("database: {0}").format(backend_of(database)))
    print(_tr("integrity: {0}").format(_tr("FAILED")))
    for problem in problems:
        print(f"  {problem}")
    print(_tr("result: {0} problem(s)").format(len(problems)))
    return EXIT_ERROR


def cmd_backup(args: argparse.Namespace) -> int:
    services = _services(args)
    service = services.backups
    try:
        if not args.list:
            _sign_in_unless_damaged(args, services.database)
        if args.list:
            for info in service.list():
                count = "?" if info.article_count is None else str(info.article_count)
                state = _tr("ok") if info.ok else _tr("UNUSABLE ({0})").format(info.problem)
                print(
                    f"{info.created_at:%Y-%m-%d %H:%M}  "
                    + _tr("{0} articles").format(f"{count:>6}")
                    + f"  {state}  {info.path}"
                )
            return EXIT_OK
        path = service.create(args.out)
    finally:
        services.database.close()
    print(_tr("Backup written to {0}").format(path))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """Put a backup in place of the database (never opened: it may be the broken one)."""
    from db.backup import BackupError, BackupFailure
    from db.database import default_database_path, is_postgres_url
    from desktop_app.core.backups import restore_file

    target = args.db or default_database_path()
    if is_postgres_url(target):
        raise BackupError(BackupFailure.NOT_SQLITE, "PostgreSQL")
    _admin_of_the_database_to_replace(args, target)
    aside = restore_file(args.file, target)
    print(_tr("Restored {0} to {1}").format(args.file, target))
    if aside is not None:
        print(_tr("The previous database was kept as {0}").format(aside))
    return EXIT_OK


def _sign_in_unless_damaged(args: argparse.Namespace, database) -> None:
    """Backups: ``--user`` signs in, unless the database cannot be read (a backup of a damaged
    database is how it is rescued; whoever can read its file can copy it anyway)."""
    import peewee

    try:
        from desktop_app.core.auth import AuthService

        AuthService(database).needs_first_admin()
    except peewee.DatabaseError:
        return
    _sign_in(args, database)


def _admin_of_the_database_to_replace(args: argparse.Namespace, target: object) -> None:
    """Restoring replaces the whole database: an admin of it signs in, when it can be read
    (a missing or damaged one is what a restore repairs)."""
    from pathlib import Path

    import peewee

    from db.database import open_database

    if not Path(str(target)).expanduser().exists():
        return
    try:
        database = open_database(str(target))
    except Exception:  # noqa: BLE001 - unreadable: nobody could sign in to it; the restore repairs it
        return
    try:
        try:
            from desktop_app.core.auth import AuthService

            AuthService(database).needs_first_admin()
        except peewee.DatabaseError:
            return
        _sign_in(args, database, admin=True)
    finally:
        database.close()


def cmd_demo(args: argparse.Namespace) -> int:
    from db.database import default_database_path
    from desktop_app.core.demo import fill_demo

    if args.db is None:  # the default database, as the window makes it on a new machine
        default_database_path().parent.mkdir(parents=True, exist_ok=True)
    database = _open(args, create=True)
    try:
        count = fill_demo(database)
    finally:
        database.close()
    print(_tr("Added {0} demo articles.").format(count))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.core.errors import ValidationError
    from desktop_app.core.site_settings import normalize_base_url

    try:
        normalize_base_url(args.base_url or "")
    except ValidationError:
        print("redaksi: " + _tr("the base URL must be an http:// or https:// address"), file=sys.stderr)
        return EXIT_USAGE
    result = _services(args).site_export.export(args.out, base_url=args.base_url, full=args.full)
    print(
        _tr("Exported {0} articles to {1}: {2} files written, {3} unchanged, {4} removed.").format(
            result.articles, result.out, len(result.written), result.unchanged, len(result.removed)
        )
    )
    if result.ignored:
        print(
            "redaksi: "
            + _tr(
                "warning: the previous export's file list (.redaksi-manifest.json) named {0} "
                "path(s) outside the output folder, such as “{1}”; they were ignored and nothing "
                "there was touched (was the list edited?)."
            ).format(len(result.ignored), result.ignored[0]),
            file=sys.stderr,
        )
    if not result.sitemap or not result.feeds:
        print(
            _tr(
                "Note: no sitemap.xml and no Atom or RSS feed without a base URL (they must "
                "give full addresses); give --base-url or set it in Website Settings."
            )
        )
    if not result.share_images:
        print(
            _tr(
                "Note: no share images and no Share buttons without a base URL (a shared link "
                "needs a full address)."
            )
        )
    return EXIT_OK


def cmd_log(args: argparse.Namespace) -> int:
    services = _services(args)
    services.articles.get(args.id)  # NotFound for an unknown article
    trail = services.workflow.audit_trail(args.id)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "when": _iso(c.created_at),
                        "actor": c.actor,
                        "from": c.from_status,
                        "to": c.to_status,
                        "note": c.note,
                        "refused": c.refused,
                    }
                    for c in trail
                ],
                ensure_ascii=False,
                indent=1,
            )
        )
        return EXIT_OK
    for c in trail:
        note = f"  “{c.note}”" if c.note else ""
        refused = "  " + _tr("(refused: someone changed the status first)") if c.refused else ""
        print(
            f"{c.created_at:%Y-%m-%d %H:%M}  {(c.actor or '-'):<20} "
            f"{c.from_status} -> {c.to_status}{note}{refused}"
        )
    if not trail:
        print(_tr("No status changes yet."), file=sys.stderr)
    return EXIT_OK


def _problem_text(code: str) -> str:
    """A record's problem (``desktop_app.core.audit``) in words."""
    texts = {
        "record_changed": _tr("the record was changed after it was written (it no longer matches its hash)"),
        "signature_mismatch": _tr("the signature does not match the record"),
        "unknown_key": _tr("it was signed with a key that is not on record"),
        "wrong_signer": _tr("it was signed with someone else's key"),
        "key_not_valid_then": _tr("it was signed with a key that was not valid at that time"),
        "text_changed": _tr("the text was changed after it was signed (the revision no longer matches)"),
        "revision_missing": _tr("the revision it signed is missing"),
    }
    return texts.get(code, code)


def _break_text(gap) -> str:
    """Where a chain is broken (``desktop_app.core.audit.ChainBreak``), in words."""
    chain = _tr("status changes") if gap.table == "status_change" else _tr("role changes")
    where = (
        _tr("Chain of {0} broken at record {1} (position {2}, after record {3}):")
        if gap.previous_id is not None
        else _tr("Chain of {0} broken at record {1} (position {2}, the first):")
    ).format(chain, gap.record_id, gap.position, gap.previous_id)
    others = ", ".join(str(i) for i in gap.others)
    if gap.kind == "inserted":
        why = _tr("record(s) {0} before it do not belong in the chain (inserted?).").format(others)
    elif gap.kind == "reordered":
        why = _tr("its predecessor, record {0}, comes after it (reordered?).").format(others)
    else:
        why = _tr("the record before it is missing (deleted?), or one of the two was changed.")
    return f"{where} {why}"


def cmd_verify(args: argparse.Namespace) -> int:
    """The audit trail's signatures and hash chains: exit 0 when everything signed is valid and
    the chains are whole, 1 otherwise."""
    from db.models import Person
    from desktop_app.core.audit import verify_trail

    _qt_language()
    from desktop_app.labels import action_label

    services = _services(args)
    try:
        report = verify_trail()
        names = {p.id: p.name for p in Person.select(Person.id, Person.name)}
    finally:
        services.database.close()
    if args.json:
        print(
            json.dumps(
                {
                    "ok": report.ok,
                    "counts": {v: report.count(v) for v in ("valid", "invalid", "unsigned")},
                    "records": [
                        {
                            "table": r.table,
                            "id": r.id,
                            "article_id": r.article_id,
                            "action": r.action,
                            "actor_id": r.actor_id,
                            "when": _iso(r.created_at),
                            "status": r.verdict,
                            "problems": list(r.problems),
                            "notes": list(r.notes),
                        }
                        for r in report.records
                    ],
                    "chains": {
                        c.table: {
                            "records": c.records,
                            "head": c.head,
                            "breaks": [
                                {
                                    "position": b.position,
                                    "record_id": b.record_id,
                                    "previous_id": b.previous_id,
                                    "kind": b.kind,
                                    "others": list(b.others),
                                }
                                for b in c.breaks
                            ],
                        }
                        for c in report.chains
                    },
                },
                ensure_ascii=False,
                indent=1,
            )
        )
        return EXIT_OK if report.ok else EXIT_ERROR
    verdicts = {"valid": _tr("valid"), "invalid": _tr("INVALID"), "unsigned": _tr("unsigned")}
    for r in report.records:
        who = names.get(r.actor_id, "-") if r.actor_id is not None else "-"
        when = f"{r.created_at:%Y-%m-%d %H:%M}" if r.created_at else "-"
        if r.table == "status_change":
            what = action_label(r.action).rstrip("…") if r.action else _tr("status change")
            article = str(r.article_id) if r.article_id is not None else _tr("deleted")
            line = _tr("Status change {0} (article {1}, {2}, {3}, {4}): {5}").format(
                r.id, article, what, when, who, verdicts[r.verdict]
            )
        else:
            line = _tr("Role change {0} ({1}, {2}): {3}").format(r.id, when, who, verdicts[r.verdict])
        if r.problems:
            line += " — " + "; ".join(_problem_text(p) for p in r.problems)
        print(line)
    for gap in report.breaks:
        print(_break_text(gap))
    print(
        _tr("{0} valid, {1} invalid, {2} unsigned.").format(
            report.count("valid"), report.count("invalid"), report.count("unsigned")
        )
    )
    for chain in report.chains:
        label = _tr("status changes") if chain.table == "status_change" else _tr("role changes")
        print(_tr("Chain of {0}: {1} record(s), head {2}").format(label, chain.records, chain.head))
    problems = report.count("invalid") + len(report.breaks)
    print(_tr("result: ok") if report.ok else _tr("result: {0} problem(s)").format(problems))
    return EXIT_OK if report.ok else EXIT_ERROR


def cmd_history(args: argparse.Namespace) -> int:
    from desktop_app.core.text import count_words

    services = _services(args)
    services.articles.get(args.id)
    service = services.revisions
    if args.diff:
        old, new = args.diff
        for number in (old, new):
            if not _KEY_MIN <= number <= _KEY_MAX:
                from desktop_app.core.errors import NotFound

                raise NotFound("revision", f"{args.id}#{number}")
        markers = {"equal": ("", ""), "delete": ("[-", "-]"), "insert": ("{+", "+}")}
        for field in service.diff(args.id, old, new):
            if field.changed:
                print(f"== {field.field}")
                print("".join(markers[c.op][0] + c.text + markers[c.op][1] for c in field.chunks))
        return EXIT_OK
    revisions = service.list(args.id)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "number": r.number,
                        "when": _iso(r.created_at),
                        "author": r.author,
                        "reason": r.reason,
                        "note": r.note,
                        "title": r.title,
                        "words": count_words(r.body),
                    }
                    for r in revisions
                ],
                ensure_ascii=False,
                indent=1,
            )
        )
        return EXIT_OK
    for r in revisions:
        note = f"  ({r.note})" if r.note else ""
        words = _tr("{0} words").format(f"{count_words(r.body):>6}")
        print(
            f"{r.number:>4}  {r.created_at:%Y-%m-%d %H:%M}  {(r.author or '-'):<20} "
            f"{r.reason:<16} {words}  {r.title}{note}"
        )
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from desktop_app.app import run_gui

    return run_gui(args.db, language=args.lang)


class _Parser(argparse.ArgumentParser):
    """argparse, but a mistake on the command line is one translated line (and exit 2)."""

    def error(self, message: str):  # type: ignore[override]
        hint = _tr("see “{0} --help”").format(self.prog)
        self.exit(EXIT_USAGE, f"{self.prog}: {message} ({hint})\n")


def _integer(text: str) -> int:
    """An id or a number on the command line: a whole number, any size (too large for any key
    is "not found", not a traceback)."""
    try:
        return int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(_tr("“{0}” is not a whole number").format(text)) from None


def _positive_integer(text: str) -> int:
    number = _integer(text)
    if number < 1:
        raise argparse.ArgumentTypeError(_tr("“{0}” is not a number greater than zero").format(text))
    return number


def _argparse_words() -> dict[str, str]:
    """argparse's own words (Python's English: its ``_()`` and ``ngettext()``) in the
    commands' language."""
    return {
        "usage: ": _tr("usage: "),
        "positional arguments": _tr("positional arguments"),
        "options": _tr("options"),
        "show this help message and exit": _tr("show this help message and exit"),
        "argument %(argument_name)s: %(message)s": _tr("argument %(argument_name)s: %(message)s"),
        "invalid choice: %(value)r (choose from %(choices)s)": _tr(
            "invalid choice: %(value)r (choose from %(choices)s)"
        ),
        "invalid %(type)s value: %(value)r": _tr("invalid %(type)s value: %(value)r"),
        "unrecognized arguments: %s": _tr("unrecognized arguments: %s"),
        "the following arguments are required: %s": _tr("the following arguments are required: %s"),
        "one of the arguments %s is required": _tr("one of the arguments %s is required"),
        "not allowed with argument %s": _tr("not allowed with argument %s"),
        "ignored explicit argument %r": _tr("ignored explicit argument %r"),
        "expected one argument": _tr("expected one argument"),
        "expected at most one argument": _tr("expected at most one argument"),
        "expected at least one argument": _tr("expected at least one argument"),
        "expected %s argument": _tr("expected %s argument"),
        "expected %s arguments": _tr("expected %s arguments"),
        "ambiguous option: %(option)s could match %(matches)s": _tr(
            "ambiguous option: %(option)s could match %(matches)s"
        ),
        "unexpected option string: %s": _tr("unexpected option string: %s"),
        "unknown parser %(parser_name)r (choices: %(choices)s)": _tr(
            "unknown parser %(parser_name)r (choices: %(choices)s)"
        ),
    }


@contextmanager
def _argparse_translated() -> Iterator[None]:
    """argparse looks its words up through its module's ``_`` and ``ngettext`` (gettext's,
    which has no Indonesian): these answer from :func:`_argparse_words` meanwhile."""
    words = _argparse_words()
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]

    def translate(text: str) -> str:
        return words.get(text, text)

    def translate_n(singular: str, plural: str, n: int) -> str:
        return translate(singular if n == 1 else plural)

    argparse._, argparse.ngettext = translate, translate_n  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def build_parser() -> argparse.ArgumentParser:
    from desktop_app.core.status import STORED_STATUSES

    common = _Parser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH|URL",
        default=argparse.SUPPRESS,
        help=_tr("SQLite file or postgresql:// URL (default: your data folder)"),
    )
    common.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help=_tr("on an unexpected error, print its details (a traceback) too"),
    )
    parser = _Parser(prog="redaksi", parents=[common], description=_tr("Redaksi, the newsroom editor."))
    parser.set_defaults(handler=cmd_gui)
    parser.add_argument(
        "--version",
        action="version",
        version=f"redaksi {__version__}",
        help=_tr("print the version of Redaksi and exit"),
    )
    parser.add_argument(
        "--lang", choices=["id", "en"], default=None, help=_tr("language of the window and of these commands")
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, handler: Callable[[argparse.Namespace], int], help_text: str):
        p = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    as_json = _tr("print JSON (the same in every language)")
    password_help = _tr("(the password is asked, or read from REDAKSI_PASSWORD)")
    user_help = _tr("your name: making a backup signs you in") + " " + password_help
    p = add("list", cmd_list, _tr("list the articles"))
    p.add_argument("--json", action="store_true", help=as_json)
    p.add_argument(
        "--status",
        metavar="STATUS",
        help=_tr("only articles with this status: {0}").format(", ".join(STORED_STATUSES)),
    )
    p.add_argument("--trash", action="store_true", help=_tr("the articles in the Trash"))
    p = add("show", cmd_show, _tr("print one article"))
    p.add_argument("id", type=_integer, help=_tr("the article's number (see “list”)"))
    p.add_argument("--format", choices=["markdown", "html", "json"], default="markdown")
    p = add(
        "lint",
        cmd_lint,
        _tr("print the spelling and house-style findings of an article; exit 0 none, 1 some"),
    )
    p.add_argument("id", type=_integer, help=_tr("the article's number (see “list”)"))
    p.add_argument("--json", action="store_true", help=as_json)
    p = add("search", cmd_search, _tr("full-text search"))
    p.add_argument("query")
    p.add_argument("--limit", type=_positive_integer, default=50, help=_tr("at most this many results"))
    p.add_argument("--json", action="store_true", help=as_json)
    p = add(
        "check",
        cmd_check,
        _tr(
            "check the database (integrity, foreign keys, schema version, "
            "orphans); exit 0 ok, 1 problems, 2 cannot open"
        ),
    )
    p.add_argument(
        "--full",
        action="store_true",
        help=_tr("SQLite's full integrity_check (also compares every index with its table; slower)"),
    )
    p = add("backup", cmd_backup, _tr("back the database up (into its backups folder by default)"))
    p.add_argument("--out", metavar="FILE", help=_tr("write the backup to this file or folder"))
    p.add_argument("--list", action="store_true", help=_tr("list the backups with their article counts"))
    p.add_argument("--user", metavar="NAME", help=user_help)
    p = add("restore", cmd_restore, _tr("replace the database by a backup (the current one is kept aside)"))
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--user",
        metavar="NAME",
        help=_tr("an administrator's name (restoring replaces everything)") + " " + password_help,
    )
    add("demo", cmd_demo, _tr("fill an empty database with the demo content"))
    p = add("log", cmd_log, _tr("print the audit trail (status changes) of an article"))
    p.add_argument("id", type=_integer, help=_tr("the article's number (see “list”)"))
    p.add_argument("--json", action="store_true", help=as_json)
    p = add(
        "verify",
        cmd_verify,
        _tr(
            "verify the audit trail offline (signatures, approved texts, hash chains); "
            "exit 0 all valid, 1 problems"
        ),
    )
    p.add_argument("--json", action="store_true", help=as_json)
    p = add("history", cmd_history, _tr("list the revisions of an article"))
    p.add_argument("id", type=_integer, help=_tr("the article's number (see “list”)"))
    p.add_argument("--json", action="store_true", help=as_json)
    p.add_argument(
        "--diff",
        nargs=2,
        type=_integer,
        metavar=("OLD", "NEW"),
        help=_tr("print the word-level changes from revision OLD to NEW"),
    )
    p = add("export", cmd_export, _tr("export the published articles as a static website"))
    p.add_argument("--out", metavar="DIR", required=True, help=_tr("the website folder"))
    p.add_argument(
        "--base-url", metavar="URL", default=None, help=_tr("the address the site will have (http or https)")
    )
    p.add_argument("--full", action="store_true", help=_tr("rewrite every file"))
    from desktop_app.cli_tools import CliTools
    from desktop_app.cli_workflow import add_commands

    tools = CliTools(_services, _sign_in, SignInNeeded, _integer, _qt_language, _tr)
    add_commands(add, as_json, password_help, tools)
    from desktop_app import cli_print

    cli_print.add_commands(add, tools)
    from desktop_app.cli_import import add_command as add_import_command

    add_import_command(add, password_help, tools)
    from desktop_app import cli_corrections

    cli_corrections.add_commands(add, as_json, password_help, tools)
    from desktop_app import cli_officials

    cli_officials.add_commands(add, as_json, password_help, tools)
    from desktop_app import cli_wordpress

    cli_wordpress.add_commands(add, as_json, password_help, tools)
    from desktop_app.cli_register import add_command as add_register_command

    add_register_command(add, tools)
    from desktop_app import cli_upload

    cli_upload.add_commands(add, as_json, tools, sub.choices["publish"])
    from desktop_app import cli_imports

    cli_imports.add_commands(add, password_help, tools)
    from desktop_app import cli_packages

    cli_packages.add_commands(add, as_json, password_help, tools)
    return parser


def _command_and_language(argv: Sequence[str]) -> tuple[str | None, str | None]:
    """The sub-command (None: the window) and the ``--lang`` value, as argparse will read
    them (``-h`` counts as a command: it prints the help)."""
    command = language = None
    words = iter(argv)
    for word in words:
        if word in ("--db", "--lang"):
            value = next(words, None)
            language = value if word == "--lang" else language
        elif word.startswith("--lang="):
            language = word.partition("=")[2]
        elif word in ("-h", "--help") or not word.startswith("-"):
            command = word
            break
    return command, language


@contextmanager
def _log_only_when_debugging(debug: bool) -> Iterator[None]:
    """Warnings that Redaksi logs (a storage problem's raw words...) go to stderr with
    ``--debug``; otherwise the error's one translated line is all a command prints."""
    import logging

    root = logging.getLogger()
    handler = logging.StreamHandler() if debug else logging.NullHandler()
    root.addHandler(handler)
    try:
        yield
    finally:
        root.removeHandler(handler)


@contextmanager
def _commands_language(argv: Sequence[str]) -> Iterator[None]:
    """Sub-commands speak ``--lang``, else the language chosen in Preferences, else
    Indonesian. The window (no sub-command) installs its own translators: nothing here then."""
    command, language = _command_and_language(argv)
    if command is None:
        yield
        return
    from desktop_app.settings import saved_language

    state = _Language(language or saved_language())
    _languages.append(state)
    try:
        with _argparse_translated(), _log_only_when_debugging("--debug" in argv):
            yield
    finally:
        _languages.remove(state)
        state.close()


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    child = run_child(argv)  # Redaksi's own helper process (hidden argument): before anything
    if child is not None:
        return child
    try:
        with _commands_language(argv):
            return _run(build_parser().parse_args(argv), debug="--debug" in argv)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED


def main_window(argv: Sequence[str] | None = None) -> int:
    """``redaksi-app``: the window alone, for a launcher without a console (the Windows Start
    menu, a ``.desktop`` file) where nothing printed would be seen. It takes ``--db``, ``--lang``
    and a database file to open (``redaksi-app FILE.db``, as a file manager passes it); anything
    else is ignored rather than refused."""
    argv = list(sys.argv[1:] if argv is None else argv)
    child = run_child(argv)  # the render worker of a windowed bundle is this program too
    if child is not None:
        return child
    parser = argparse.ArgumentParser(prog="redaksi-app", add_help=False)
    parser.add_argument("--db", default=None)
    parser.add_argument("--lang", default=None)
    parser.add_argument("file", nargs="?", default=None)
    args, _ignored = parser.parse_known_args(argv)
    from desktop_app.app import run_gui

    return run_gui(args.file or args.db, language=args.lang if args.lang in ("id", "en") else None)


def _run(args: argparse.Namespace, *, debug: bool = False) -> int:
    """Run the command; any error is one translated line on stderr and exit 1 (with
    ``--debug``, an unexpected one's traceback too)."""
    if not hasattr(args, "db"):  # --db may come before or after the sub-command
        args.db = None
    try:
        return args.handler(args)
    except BrokenPipeError:  # the reader went away (redaksi list | head)
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - any error: one line, never a traceback
        message = _error_message(exc)
        if debug:
            traceback.print_exc()
        elif _unexpected(exc):
            message += " " + _tr("(run it again with --debug for the details)")
        print(f"redaksi: {message}", file=sys.stderr)
        return EXIT_ERROR


def _unexpected(exc: BaseException) -> bool:
    """Not one of the errors Redaksi reports on purpose (whose message says it all)."""
    from db.database import DatabaseOpenError
    from desktop_app.core.errors import RedaksiError

    expected = isinstance(exc, DatabaseOpenError | RedaksiError | MissingDatabase | SignInNeeded)
    return not expected and not _is_backup_error(exc)


def _is_backup_error(exc: BaseException) -> bool:
    backup = sys.modules.get("db.backup")  # only a command that imported it can raise one
    return backup is not None and isinstance(exc, backup.BackupError)


def _error_message(exc: BaseException) -> str:
    """``exc`` in the commands' language, on one line."""
    if isinstance(exc, SignInNeeded):
        text = _tr(
            "This command changes the database: give your name with --user NAME (the password "
            "is asked, or read from REDAKSI_PASSWORD)."
        )
    elif isinstance(exc, MissingDatabase):
        text = _tr(
            "The database “{0}” does not exist; nothing was created. Check the path, or make a "
            "new database in the window (File ▸ New Database…)."
        ).format(exc.path)
    else:
        _qt_language()  # (Qt's words: loaded only when needed)
        from desktop_app.messages import describe_error

        try:
            text = describe_error(exc) if isinstance(exc, Exception) else str(exc)
        except Exception:  # noqa: BLE001 - a message must never fail the message
            text = f"{type(exc).__name__}: {exc}"
    return " ".join(text.split())


if __name__ == "__main__":
    sys.exit(main())
