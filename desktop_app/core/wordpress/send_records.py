"""Sends to WordPress in the audit trail: a post published, updated, withdrawn (set back to
draft) or a send that failed and needs a person is an act of publication the office accounts
for, so each is a status change record (:func:`desktop_app.core.audit.record_status_change`)
like an approval: signed by the person whose Redaksi sent it, in the same hash chain, verified
by ``redaksi verify`` and shown in the article's history.

A record keeps the article's status (``from`` = ``to``) and names the revision that was sent,
so its signature covers the exact text on the site. Its ``note`` is a small JSON object (signed
with the rest): ``{"site": <site URL>, "post": <WordPress post id>, "link": <the post's
address>}``, and for a failure ``"problem"`` (the error's code) and ``"permission"`` (a
WordPress right the site's user lacks), the post only when there is one already.
:func:`describe_note` reads it back.

A send made without a signed-in person (``redaksi wp-send``, which signs nobody in) is
recorded unsigned in the name of whoever asked for it (the person who published); so is one
whose sender's key was replaced meanwhile (an admin reset their password): the send happened,
and its record must not be lost.
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from db.models import Article, StatusChange
from desktop_app.core import json_text
from desktop_app.core.errors import PermissionDenied

if TYPE_CHECKING:
    from desktop_app.core.auth import SignedIn

PUBLISHED = "wp_published"  # a new post
UPDATED = "wp_updated"  # the article's post replaced by the newest published text
WITHDRAWN = "wp_withdrawn"  # the post taken off the site: set back to draft (unpublished, taken down)
FAILED = "wp_failed"  # refused by the site, or changed there: it waits for a person
ACTIONS = (PUBLISHED, UPDATED, WITHDRAWN, FAILED)


@dataclass(frozen=True)
class SendNote:
    """What a send record's note says."""

    site: str
    post_id: int | None
    link: str = ""
    problem: str = ""
    permission: str = ""  # a refusal's missing WordPress right (``WordPressError.permission``)


def encode_note(note: SendNote) -> str:
    fields: dict[str, object] = {"site": note.site}
    if note.post_id is not None:
        fields["post"] = note.post_id
    if note.link:
        fields["link"] = note.link
    if note.problem:
        fields["problem"] = note.problem
    if note.permission:
        fields["permission"] = note.permission
    return json.dumps(fields, sort_keys=True, ensure_ascii=False)


def describe_note(note: str) -> SendNote | None:
    """A send record's note read back (None: not one)."""
    try:
        fields = json_text.loads(note)
    except ValueError:
        return None
    if not isinstance(fields, dict) or not isinstance(fields.get("site"), str):
        return None
    post = fields.get("post")
    return SendNote(
        fields["site"],
        post if isinstance(post, int) else None,
        str(fields.get("link") or ""),
        str(fields.get("problem") or ""),
        str(fields.get("permission") or ""),
    )


def record_send(
    article_id: int,
    action: str,
    note: SendNote,
    *,
    revision: int | None,
    actor: SignedIn | None,
    requested_by: int | None,
    now: _dt.datetime | None = None,
) -> StatusChange | None:
    """Append the send's record (None when the article is gone meanwhile)."""
    from desktop_app.core.audit import record_status_change

    if action not in ACTIONS:
        raise ValueError(action)
    article = Article.get_or_none(Article.id == article_id)
    if article is None:
        return None
    status = str(article.status)
    person_id = actor.person_id if actor is not None else requested_by
    signer = actor.signer if actor is not None else None
    text = encode_note(note)
    try:
        return record_status_change(
            article_id,
            status,
            status,
            person_id,
            action=action,
            revision=revision,
            note=text,
            now=now,
            signer=signer,
        )
    except PermissionDenied:  # their key was replaced since they signed in: the send happened
        if signer is None:
            raise
        return record_status_change(
            article_id, status, status, person_id, action=action, revision=revision, note=text, now=now
        )
