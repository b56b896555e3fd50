"""The audit trail as evidence: signed records in hash chains, and their verification.

**Records.** Every status change (``status_change``) and every role change (``role_change``) is
appended through :func:`record_status_change` / :func:`record_role_change`. Given a
:class:`~desktop_app.core.signing.Signer` (the acting person's unlocked key) the record carries an
Ed25519 signature over :func:`status_payload` / :func:`role_payload`; without one it is
*unsigned*, as every record made before signatures existed.

**Canonical bytes.** Everything hashed or signed is canonical JSON (:func:`canonical_json`):
keys sorted, no spaces, ASCII only (``\\uXXXX`` escapes), UTF-8; datetimes as naive UTC ISO 8601
with microseconds. What a status change signs (format 1)::

    {"format": 1, "kind": "status_change", "record": <record uuid>, "article": <article uuid>,
     "revision": <revision number>, "content_sha256": <content_digest of that revision>,
     "action": <workflow action>, "from": <status>, "to": <status>, "person": <actor's id>,
     "time": <created_at>, "note": <note>}

``content_sha256`` is the SHA-256 of the canonical JSON of the revision's fields named in
:data:`CONTENT_FIELDS` (the exact text and metadata the person acted on: title, summary, body,
dateline, slug, category, tags, featured image, the images' words). A role change signs
``{"format": 1, "kind": "role_change", "record", "person": <subject's uuid>, "from", "to",
"actor": <actor's id>, "time"}``.

**Chains.** Each table is one hash chain in the order of its ids (two chains: status changes,
role changes). A record's ``prev_hash`` is the ``record_hash`` of the record before it
(:data:`GENESIS_HASH` for the first) and its ``record_hash`` is the SHA-256 of its canonical
content (:data:`STATUS_CHANGE_HASHED` / :data:`ROLE_CHANGE_HASHED`, ``prev_hash`` included).
So a record changed in SQL no longer matches its hash, and one deleted, inserted or moved breaks
the link of the record after it. A record is appended under a lock (PostgreSQL: a transaction
advisory lock, :data:`CHAIN_LOCK_KEY`; SQLite: writers take turns, every transaction begins
IMMEDIATE), so two writers never fork the chain; ids are drawn after the lock, so id order is
chain order.

What this proves: a row edited, deleted, inserted or reordered by someone who does not recompute
the hashes after it, a text changed after it was signed, and a signature not made with the
signer's key of that time. Someone with write access to the database who rewrites the chain
from some point on is found only by comparing the chain's head (``redaksi verify`` prints it)
with a copy kept elsewhere.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal, TypeVar

from peewee import PostgresqlDatabase

from db.models import (
    Article,
    Person,
    PersonKey,
    Revision,
    RoleChange,
    StatusChange,
    database_proxy,
    new_uuid,
    utcnow,
)
from desktop_app.core import json_text
from desktop_app.core.errors import KEY_REPLACED, NotFound, PermissionDenied
from desktop_app.core.signing import PublicKey, Signer, SigningKeys

SIGNATURE_FORMAT = 1
GENESIS_HASH = "0" * 64
#: The PostgreSQL advisory lock taken to append to a chain (any constant of Redaksi's own).
CHAIN_LOCK_KEY = 0x5265_6461_6B73_6902

#: The revision fields a signature covers, frozen for format 1 (a new article field needs a new
#: format, or to be added as :data:`LATER_CONTENT_FIELDS` are: ``tests/core/test_signing.py``
#: checks that the two cover them all).
FORMAT_1_CONTENT_FIELDS: tuple[str, ...] = (
    "title",
    "summary",
    "body",
    "dateline",
    "slug",
    "category_name",
    "tags",
    "featured_image",
    "image_words",
)
#: Fields added to revisions since format 1 (a press release's official and contact, migration
#: 0015): covered when they hold something. Every revision made before they existed has them
#: empty, so its digest, and every signature over it, stays what it was; a value given, changed
#: or taken away changes the digest as any other field does.
LATER_CONTENT_FIELDS: tuple[str, ...] = (
    "official_name",
    "official_title",
    "contact_name",
    "contact_title",
    "contact_phone",
    "contact_email",
)
CONTENT_FIELDS: tuple[str, ...] = FORMAT_1_CONTENT_FIELDS + LATER_CONTENT_FIELDS
#: The columns a record's hash covers (with ``prev_hash``); not the ids: ``article_id`` becomes
#: NULL when an article is deleted for good (``article_uuid`` still names it).
STATUS_CHANGE_HASHED: tuple[str, ...] = (
    "uuid",
    "article_uuid",
    "from_status",
    "to_status",
    "actor_id",
    "note",
    "created_at",
    "refused",
    "action",
    "revision",
    "content_sha256",
    "signer_key",
    "signature",
    "prev_hash",
)
ROLE_CHANGE_HASHED: tuple[str, ...] = (
    "uuid",
    "person_uuid",
    "from_role",
    "to_role",
    "actor_id",
    "created_at",
    "signer_key",
    "signature",
    "prev_hash",
)

Verdict = Literal["valid", "invalid", "unsigned"]
VALID: Verdict = "valid"
INVALID: Verdict = "invalid"
UNSIGNED: Verdict = "unsigned"

# Problem codes of a record (the CLI turns them into words).
RECORD_CHANGED = "record_changed"  # the row no longer matches its hash
SIGNATURE_MISMATCH = "signature_mismatch"  # the signature does not match the record
UNKNOWN_KEY = "unknown_key"
WRONG_SIGNER = "wrong_signer"  # the key is not the actor's
KEY_NOT_VALID = "key_not_valid_then"  # the key's period does not hold the record's time
TEXT_CHANGED = "text_changed"  # the revision's text no longer matches what was signed
REVISION_MISSING = "revision_missing"
# A note, not a problem: the article was deleted for good, its text cannot be checked.
ARTICLE_DELETED = "article_deleted"

# Kinds of chain breaks.
BREAK_MISSING = "missing"  # the record before it is not in the chain (deleted?), or it was changed
BREAK_INSERTED = "inserted"  # records before it do not belong in the chain (inserted?)
BREAK_REORDERED = "reordered"  # its predecessor comes after it


def canonical_json(value: object) -> bytes:
    """``value`` as canonical JSON bytes (sorted keys, no spaces, ASCII)."""
    return json.dumps(
        _plain(value), sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False
    ).encode("ascii")


def _plain(value: object) -> object:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, _dt.datetime):
        return value.replace(tzinfo=None).isoformat(timespec="microseconds")
    return value


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_OWN = object()


def content_digest(revision: Revision, featured_image: object = _OWN) -> str:
    """SHA-256 of a revision's :data:`CONTENT_FIELDS` (its exact text and metadata; the
    :data:`LATER_CONTENT_FIELDS` only when they hold something). ``featured_image``: the
    image's number in the database that signed it, for a record imported from there."""
    fields = {name: getattr(revision, name) for name in FORMAT_1_CONTENT_FIELDS}
    if featured_image is not _OWN:
        fields["featured_image"] = featured_image
    fields.update((name, value) for name in LATER_CONTENT_FIELDS if (value := getattr(revision, name)))
    return sha256_hex(canonical_json(fields))


def _values(row: StatusChange | RoleChange, names: tuple[str, ...]) -> dict[str, object]:
    return {name: getattr(row, name) for name in names}


def record_hash(row: StatusChange | RoleChange) -> str:
    """The hash a record should carry (its canonical content and ``prev_hash``; an imported
    status change's ``signed_as`` too)."""
    names = STATUS_CHANGE_HASHED if isinstance(row, StatusChange) else ROLE_CHANGE_HASHED
    values = _values(row, names)
    if isinstance(row, StatusChange) and row.signed_as:
        values["signed_as"] = row.signed_as
    return sha256_hex(canonical_json({"table": row._meta.table_name, **values}))


def signed_values(row: StatusChange) -> dict[str, object]:
    """The actor's and the revision's numbers a status change was signed with: here, its own;
    for a record imported from a review package, those of the database that signed it
    (``signed_as``, which also names the featured image's number there: ``featured_image``)."""
    values: dict[str, object] = {"person": row.actor_id, "revision": row.revision}
    if row.signed_as:
        try:
            origin = json_text.loads(row.signed_as)
        except ValueError:
            origin = {}
        if isinstance(origin, dict):
            values.update((k, origin[k]) for k in ("person", "revision", "featured_image") if k in origin)
    return values


def status_payload(row: StatusChange) -> bytes:
    """The canonical bytes a status change's signature covers."""
    signed = signed_values(row)
    return canonical_json(
        {
            "format": SIGNATURE_FORMAT,
            "kind": "status_change",
            "record": row.uuid,
            "article": row.article_uuid,
            "revision": signed["revision"],
            "content_sha256": row.content_sha256,
            "action": row.action,
            "from": row.from_status,
            "to": row.to_status,
            "person": signed["person"],
            "time": row.created_at,
            "note": row.note,
        }
    )


def role_payload(row: RoleChange) -> bytes:
    """The canonical bytes a role change's signature covers."""
    return canonical_json(
        {
            "format": SIGNATURE_FORMAT,
            "kind": "role_change",
            "record": row.uuid,
            "person": row.person_uuid,
            "from": row.from_role,
            "to": row.to_role,
            "actor": row.actor_id,
            "time": row.created_at,
        }
    )


def _lock_chain() -> None:
    """Until the transaction ends, be the only writer appending to the chains. Call inside a
    transaction (SQLite: already the only writer)."""
    database = database_proxy.obj
    if isinstance(database, PostgresqlDatabase):
        database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (CHAIN_LOCK_KEY,))


def _tail(model: type[StatusChange] | type[RoleChange]) -> str:
    last = model.select(model.record_hash).order_by(model.id.desc()).first()
    return str(last.record_hash) if last is not None else GENESIS_HASH


def _check_signer(signer: Signer | None, actor_id: int | None) -> None:
    """A record is signed by its actor, with their current key: a key whose period ended (an
    admin reset the password since the actor signed in) is refused with
    :class:`PermissionDenied` (``KEY_REPLACED``: sign in again), before anything is written."""
    if signer is None:
        return
    if signer.person_id != actor_id:
        raise ValueError("a record is signed by its actor")
    key = PersonKey.get_or_none(PersonKey.id == signer.key_id)
    if key is None or key.valid_to is not None:
        actor = Person.get_or_none(Person.id == actor_id)
        raise PermissionDenied(actor.role if actor is not None else "", KEY_REPLACED)


def record_status_change(
    article_id: int,
    from_status: str,
    to_status: str,
    actor_id: int | None,
    *,
    action: str = "",
    revision: int | None = None,
    note: str = "",
    now: _dt.datetime | None = None,
    refused: bool = False,
    signer: Signer | None = None,
) -> StatusChange:
    """Append a status change to the chain, signed by ``signer`` (the actor's key) if given.
    ``revision``: the number of the revision the action recorded (what the signature covers)."""
    _check_signer(signer, actor_id)
    article = Article.get_or_none(Article.id == article_id)
    if article is None:
        raise NotFound("article", article_id)
    content = ""
    if revision is not None:
        row = Revision.get_or_none((Revision.article == article_id) & (Revision.number == revision))
        if row is None:
            raise NotFound("revision", f"{article_id}#{revision}")
        content = content_digest(row)
    record = StatusChange(
        uuid=new_uuid(),
        article=article_id,
        article_uuid=article.uuid,
        from_status=from_status,
        to_status=to_status,
        actor=actor_id,
        note=note,
        created_at=now or utcnow(),
        refused=refused,
        action=action,
        revision=revision,
        content_sha256=content,
    )
    return _sign_and_append(record, status_payload, signer)


def record_role_change(
    person: Person,
    from_role: str,
    to_role: str,
    actor_id: int | None,
    *,
    now: _dt.datetime | None = None,
    signer: Signer | None = None,
) -> RoleChange:
    """Append a role change to its chain (call inside the transaction that changes the role)."""
    _check_signer(signer, actor_id)
    record = RoleChange(
        uuid=new_uuid(),
        person=person.id,
        person_uuid=person.uuid,
        from_role=from_role,
        to_role=to_role,
        actor=actor_id,
        created_at=now or utcnow(),
    )
    return _sign_and_append(record, role_payload, signer)


_Record = TypeVar("_Record", StatusChange, RoleChange)


def _sign_and_append(record: _Record, payload: Callable[[_Record], bytes], signer: Signer | None) -> _Record:
    """Sign ``record`` (when ``signer`` is given) and append it to its table's chain."""
    if signer is not None:
        record.signer_key = signer.key_id
        record.signature = signer.sign(payload(record))
    with database_proxy.atomic():
        _lock_chain()
        record.prev_hash = _tail(type(record))
        record.record_hash = record_hash(record)
        record.save(force_insert=True)
    return record


def append_imported(record: StatusChange) -> StatusChange:
    """Append a status change signed elsewhere (a review package's), with its signature as it
    came, to this database's chain. Call inside the import's transaction."""
    with database_proxy.atomic():
        _lock_chain()
        record.prev_hash = _tail(StatusChange)
        record.record_hash = record_hash(record)
        record.save(force_insert=True)
    return record


# -- verification ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordCheck:
    """One record's verdict: ``valid`` (signed, and everything matches), ``invalid`` (see
    ``problems``) or ``unsigned`` (no signature, and the row matches its hash)."""

    table: str
    id: int
    verdict: Verdict
    problems: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    article_id: int | None = None
    action: str = ""
    actor_id: int | None = None
    created_at: _dt.datetime | None = None


@dataclass(frozen=True)
class ChainBreak:
    """Where a chain's link does not hold: at record ``record_id`` (``position``, from 1, in
    id order), which follows ``previous_id`` in the table."""

    table: str
    position: int
    record_id: int
    previous_id: int | None
    kind: str
    #: ``inserted``: the ids of the records that do not belong; ``reordered``: the predecessor.
    others: tuple[int, ...] = ()


@dataclass(frozen=True)
class ChainState:
    table: str
    records: int
    head: str
    breaks: tuple[ChainBreak, ...]


@dataclass(frozen=True)
class TrailReport:
    records: list[RecordCheck]
    chains: list[ChainState] = field(default_factory=list)

    @property
    def breaks(self) -> list[ChainBreak]:
        return [b for chain in self.chains for b in chain.breaks]

    @property
    def ok(self) -> bool:
        return not self.breaks and all(r.verdict != INVALID for r in self.records)

    def count(self, verdict: Verdict) -> int:
        return sum(1 for r in self.records if r.verdict == verdict)


class _Verifier:
    def __init__(self) -> None:
        self.keys: dict[int, PublicKey] = SigningKeys(database_proxy.obj).keys()
        self.articles: dict[str, int] = {}

    def _article_id(self, uuid: str) -> int | None:
        if uuid not in self.articles:
            row = Article.select(Article.id).where(Article.uuid == uuid).first() if uuid else None
            self.articles[uuid] = row.id if row is not None else 0
        return self.articles[uuid] or None

    def _signature(self, payload: bytes, row: StatusChange | RoleChange, problems: list[str]) -> None:
        key = self.keys.get(row.signer_key) if row.signer_key is not None else None
        if key is None:
            problems.append(UNKNOWN_KEY)
            return
        if key.person_id != row.actor_id:
            problems.append(WRONG_SIGNER)
        if not key.valid_at(row.created_at):
            problems.append(KEY_NOT_VALID)
        if not key.verifies(payload, row.signature):
            problems.append(SIGNATURE_MISMATCH)

    def status_change(self, row: StatusChange) -> RecordCheck:
        problems: list[str] = []
        notes: list[str] = []
        if record_hash(row) != row.record_hash:
            problems.append(RECORD_CHANGED)
        if row.signature:
            self._signature(status_payload(row), row, problems)
        article_id = self._article_id(row.article_uuid)
        if row.revision is not None and row.content_sha256:
            if article_id is None:
                notes.append(ARTICLE_DELETED)
            else:
                revision = Revision.get_or_none(
                    (Revision.article == article_id) & (Revision.number == row.revision)
                )
                if revision is None:
                    problems.append(REVISION_MISSING)
                elif _signed_digest(revision, row) != row.content_sha256:
                    problems.append(TEXT_CHANGED)
        verdict = INVALID if problems else (VALID if row.signature else UNSIGNED)
        return RecordCheck(
            "status_change",
            row.id,
            verdict,
            tuple(problems),
            tuple(notes),
            article_id if article_id is not None else row.article_id,
            row.action,
            row.actor_id,
            row.created_at,
        )

    def role_change(self, row: RoleChange) -> RecordCheck:
        problems: list[str] = []
        if record_hash(row) != row.record_hash:
            problems.append(RECORD_CHANGED)
        if row.signature:
            self._signature(role_payload(row), row, problems)
        verdict = INVALID if problems else (VALID if row.signature else UNSIGNED)
        return RecordCheck(
            "role_change",
            row.id,
            verdict,
            tuple(problems),
            action="role",
            actor_id=row.actor_id,
            created_at=row.created_at,
        )


def _signed_digest(revision: Revision, row: StatusChange) -> str:
    signed = signed_values(row)
    if "featured_image" in signed:
        return content_digest(revision, signed["featured_image"])
    return content_digest(revision)


def check_chain(table: str, rows: Iterable[tuple[int, str, str]]) -> ChainState:
    """The links of one chain: ``rows`` are (id, prev_hash, record_hash) in id order."""
    links = list(rows)
    where = {record: index for index, (_, _, record) in enumerate(links)}
    breaks: list[ChainBreak] = []
    expected = GENESIS_HASH
    for index, (record_id, prev, record) in enumerate(links):
        if prev != expected:
            previous_id = links[index - 1][0] if index else None
            found = where.get(prev)
            kind: str
            others: tuple[int, ...]
            if found is not None and found > index:
                kind, others = BREAK_REORDERED, (links[found][0],)
            elif (found is not None and found < index - 1) or (prev == GENESIS_HASH and index > 0):
                start = found + 1 if found is not None else 0
                kind, others = BREAK_INSERTED, tuple(r for r, _, _ in links[start:index])
            else:
                kind, others = BREAK_MISSING, ()
            breaks.append(ChainBreak(table, index + 1, record_id, previous_id, kind, others))
        expected = record
    return ChainState(table, len(links), expected, tuple(breaks))


def verify_trail() -> TrailReport:
    """Every record of both chains checked (signatures, hashes, the signed texts) and the
    chains' links; nothing is changed."""
    verifier = _Verifier()
    records: list[RecordCheck] = []
    chains: list[ChainState] = []
    for model in (StatusChange, RoleChange):
        links: list[tuple[int, str, str]] = []
        for row in model.select().order_by(model.id):
            if isinstance(row, StatusChange):
                records.append(verifier.status_change(row))
            else:
                records.append(verifier.role_change(row))
            links.append((row.id, row.prev_hash, row.record_hash))
        chains.append(check_chain(model._meta.table_name, links))
    return TrailReport(records, chains)


def verification_of(article_id: int) -> dict[int, Verdict]:
    """``{status change id: verdict}`` of one article's records (the History panel's marks)."""
    verifier = _Verifier()
    rows = StatusChange.select().where(StatusChange.article == article_id).order_by(StatusChange.id)
    return {row.id: verifier.status_change(row).verdict for row in rows}
