"""The queue of sends to WordPress: rows of ``wp_outbox``, written in the transaction of the
workflow action that asks for them (so nothing is lost between the two), sent by a worker that
retries with backoff. The queue is in the database: it survives a restart and is shared by
every workstation (a worker claims a row before it sends it).

Importing this module opens no connection; only :func:`process_queue` talks to the network.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from peewee import Database

from db.models import Article, WpOutbox, WpPost, utcnow
from desktop_app.core.wordpress.errors import WordPressError

if TYPE_CHECKING:
    from desktop_app.core.auth import SignedIn

PUBLISH = "publish"
UNPUBLISH = "unpublish"
PENDING = "pending"
DONE = "done"
FAILED = "failed"  # needs a person: a refused password, a missing permission, bad input
CONFLICT = "conflict"  # the post was changed on WordPress since the last send
SUPERSEDED = "superseded"  # a later send of the same article replaced it before it went
#: Workflow actions and the send they queue.
ACTION_SENDS = {
    "publish": PUBLISH,
    "schedule": PUBLISH,
    "publish_changes": PUBLISH,
    "approve_correction": PUBLISH,
    "unpublish": UNPUBLISH,
    "takedown": UNPUBLISH,
}
#: How long a worker holds a row it is sending (another workstation's worker leaves it alone).
CLAIM = _dt.timedelta(minutes=5)
FIRST_RETRY = _dt.timedelta(seconds=30)
LONGEST_RETRY = _dt.timedelta(hours=1)


def backoff(attempts: int) -> _dt.timedelta:
    """30 s, 1 min, 2 min, ... at most an hour between tries."""
    delay: _dt.timedelta = FIRST_RETRY * (2 ** min(max(attempts - 1, 0), 12))
    return min(delay, LONGEST_RETRY)


def queue_after_action(article_id: int, action: str, person_id: int | None, now: _dt.datetime) -> bool:
    """Called by the workflow inside its transaction: queue the send ``action`` needs when a
    WordPress site is set up. Returns whether a send was queued."""
    from desktop_app.core.wordpress.config import load_wordpress_settings

    operation = ACTION_SENDS.get(action)
    if operation is None:
        return False
    if not load_wordpress_settings(WpOutbox._meta.database).configured:
        return False
    if operation == UNPUBLISH and not WpPost.select().where(WpPost.article == article_id).exists():
        # never sent: nothing on the site to take back, and a send still waiting must not go
        WpOutbox.update(state=SUPERSEDED, finished_at=now).where(
            (WpOutbox.article == article_id) & WpOutbox.state.in_((PENDING, FAILED, CONFLICT))
        ).execute()
        return False
    return queue_send(article_id, operation, person_id, now)


def queue_send(
    article_id: int, operation: str, person_id: int | None, now: _dt.datetime | None = None
) -> bool:
    """Queue ``operation`` for the article; a send of it still waiting is replaced (the newest
    state of the article is what goes)."""
    now = now or utcnow()
    row = Article.get_or_none(Article.id == article_id)
    if row is None:
        return False
    WpOutbox.update(state=SUPERSEDED, finished_at=now).where(
        (WpOutbox.article == article_id) & WpOutbox.state.in_((PENDING, FAILED, CONFLICT))
    ).execute()
    WpOutbox.create(
        article=article_id,
        article_uuid=row.uuid,
        operation=operation,
        state=PENDING,
        next_attempt_at=now,
        requested_by=person_id,
        created_at=now,
    )
    return True


@dataclass(frozen=True)
class SendState:
    """What the article shows about its latest send."""

    outbox_id: int
    operation: str
    state: str
    attempts: int
    next_attempt_at: _dt.datetime
    error: WordPressError | None
    created_at: _dt.datetime
    finished_at: _dt.datetime | None
    post_link: str = ""


def encode_error(problem: WordPressError) -> str:
    return "\t".join((problem.code, problem.permission, str(problem.status), problem.detail[:2000]))


def decode_error(text: str) -> WordPressError | None:
    if not text:
        return None
    code, permission, status, detail = ([*text.split("\t", 3), "", "", ""])[:4]
    return WordPressError(code, detail, status=int(status) if status.isdigit() else 0, permission=permission)


def _state(row: WpOutbox, link: str = "") -> SendState:
    return SendState(
        row.id,
        row.operation,
        row.state,
        row.attempts,
        row.next_attempt_at,
        decode_error(row.last_error),
        row.created_at,
        row.finished_at,
        link,
    )


def send_states(article_ids: Iterable[int]) -> dict[int, SendState]:
    """``{article id: its latest send}`` for the articles that have one."""
    ids = sorted(set(article_ids))
    found: dict[int, SendState] = {}
    links = {r.article_id: r.link for r in WpPost.select().where(WpPost.article.in_(ids))} if ids else {}
    for start in range(0, len(ids), 400):
        rows = (
            WpOutbox.select()
            .where(WpOutbox.article.in_(ids[start : start + 400]) & (WpOutbox.state != SUPERSEDED))
            .order_by(WpOutbox.id)
        )
        for row in rows:
            if row.article_id is not None:
                found[row.article_id] = _state(row, links.get(row.article_id, ""))
    return found


def waiting_count() -> int:
    """Sends still to go (pending) or needing a person (failed, conflict)."""
    return WpOutbox.select().where(WpOutbox.state.in_((PENDING, FAILED, CONFLICT))).count()


def waiting(database: Database) -> list[tuple[int, SendState]]:
    """The sends still to go or needing a person, oldest first, with their article ids."""
    rows = (
        WpOutbox.select()
        .where(WpOutbox.state.in_((PENDING, FAILED, CONFLICT)) & WpOutbox.article.is_null(False))
        .order_by(WpOutbox.id)
    )
    return [(int(row.article_id or 0), _state(row)) for row in rows]


def history(article_id: int) -> list[SendState]:
    """Every send of the article, oldest first (the website part of its audit trail)."""
    rows = WpOutbox.select().where(WpOutbox.article == article_id).order_by(WpOutbox.id)
    return [_state(row) for row in rows]


def retry(article_id: int, *, overwrite: bool = False, now: _dt.datetime | None = None) -> bool:
    """Try the article's failed (or conflicting) send again now. ``overwrite``: the post's
    changes on WordPress are replaced by the next send."""
    now = now or utcnow()
    if overwrite:
        WpPost.update(modified_gmt="").where(WpPost.article == article_id).execute()
    return bool(
        WpOutbox.update(state=PENDING, next_attempt_at=now, finished_at=None)
        .where((WpOutbox.article == article_id) & WpOutbox.state.in_((FAILED, CONFLICT, PENDING)))
        .execute()
    )


@dataclass
class QueueReport:
    sent: list[int] = field(default_factory=list)  # article ids
    retrying: list[tuple[int, WordPressError]] = field(default_factory=list)
    failed: list[tuple[int, WordPressError]] = field(default_factory=list)
    conflicts: list[int] = field(default_factory=list)
    not_configured: bool = False


#: ``progress(done, total)``; raising stops after the current send.
Progress = Callable[[int, int], None]


def _claim(row_id: int, now: _dt.datetime) -> bool:
    return bool(
        WpOutbox.update(next_attempt_at=now + CLAIM)
        .where((WpOutbox.id == row_id) & (WpOutbox.state == PENDING) & (WpOutbox.next_attempt_at <= now))
        .execute()
    )


def process_queue(
    database: Database,
    *,
    client: object | None = None,
    now: _dt.datetime | None = None,
    article_id: int | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    actor: SignedIn | None = None,
) -> QueueReport:
    """Send what is due once (``article_id``: only that article's sends, due or not). Each
    post published, updated or withdrawn, and each send that failed for good, is recorded in
    the audit trail (:mod:`~desktop_app.core.wordpress.send_records`), signed by ``actor``
    (the person whose Redaksi sends) when given."""
    from desktop_app.core.wordpress import send_records
    from desktop_app.core.wordpress.client import WordPressClient
    from desktop_app.core.wordpress.config import client_for
    from desktop_app.core.wordpress.publish import SendResult, post_link, publish_article, unpublish_article

    report = QueueReport()
    now = now or utcnow()
    query = WpOutbox.select(WpOutbox.id).where(WpOutbox.state == PENDING)
    if article_id is not None:
        WpOutbox.update(next_attempt_at=now).where(
            (WpOutbox.article == article_id) & (WpOutbox.state == PENDING)
        ).execute()
        query = query.where(WpOutbox.article == article_id)
    else:
        query = query.where(WpOutbox.next_attempt_at <= now)
    due = [row.id for row in query.order_by(WpOutbox.id)]
    if not due:
        return report
    if client is None:
        try:
            client = client_for(database)
        except WordPressError:
            report.not_configured = True
            return report
    assert isinstance(client, WordPressClient)
    for done, row_id in enumerate(due):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(done, len(due))
        if not _claim(row_id, now):
            continue  # another worker has it
        row = WpOutbox.get_by_id(row_id)
        target = row.article_id
        sent: SendResult | None = None
        try:
            if target is None:
                raise WordPressError("not_published", row.article_uuid)
            if row.operation == PUBLISH:
                sent = publish_article(database, client, target, now=now)
            else:
                sent = unpublish_article(database, client, target)
        except WordPressError as problem:
            attempts = row.attempts + 1
            if problem.transient:
                state, retry_at = PENDING, now + backoff(attempts)
                report.retrying.append((target or 0, problem))
            elif problem.code == "conflict":
                state, retry_at = CONFLICT, now
                report.conflicts.append(target or 0)
            else:
                state, retry_at = FAILED, now
                report.failed.append((target or 0, problem))
            with database.atomic():
                WpOutbox.update(
                    state=state, attempts=attempts, next_attempt_at=retry_at, last_error=encode_error(problem)
                ).where(WpOutbox.id == row_id).execute()
                if state != PENDING and target is not None:  # it waits for a person now
                    known = post_link(target, client.site_url)
                    send_records.record_send(
                        target,
                        send_records.FAILED,
                        send_records.SendNote(
                            client.site_url,
                            known.post_id if known else None,
                            problem=problem.code,
                            permission=problem.permission,
                        ),
                        revision=_attempted_revision(target, row.operation),
                        actor=actor,
                        requested_by=row.requested_by_id,
                    )
            if problem.transient and problem.code in ("offline", "timeout"):
                # the site is unreachable: the other sends wait for the next round
                WpOutbox.update(next_attempt_at=retry_at).where(
                    WpOutbox.id.in_(due) & (WpOutbox.state == PENDING) & (WpOutbox.next_attempt_at <= now)
                ).execute()
                break
            continue
        with database.atomic():
            WpOutbox.update(state=DONE, attempts=row.attempts + 1, finished_at=utcnow(), last_error="").where(
                WpOutbox.id == row_id
            ).execute()
            if sent is not None and target is not None:
                if row.operation == PUBLISH:
                    action = send_records.PUBLISHED if sent.created else send_records.UPDATED
                else:
                    action = send_records.WITHDRAWN
                known = post_link(target, client.site_url)
                send_records.record_send(
                    target,
                    action,
                    send_records.SendNote(client.site_url, sent.post_id, sent.link),
                    revision=known.sent_revision if known is not None else None,
                    actor=actor,
                    requested_by=row.requested_by_id,
                )
        report.sent.append(target or 0)
    if progress is not None:
        progress(len(due), len(due))
    return report


def _attempted_revision(article_id: int, operation: str) -> int | None:
    """The revision a failed send was to put on the site (publish), or the one on it now."""
    if operation == PUBLISH:
        row = Article.get_or_none(Article.id == article_id)
        return row.published_revision if row is not None else None
    known = WpPost.select(WpPost.sent_revision).where(WpPost.article == article_id).first()
    return known.sent_revision if known is not None else None
