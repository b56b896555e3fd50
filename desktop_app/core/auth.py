"""Signing in: passwords, the signed-in person, and the checks of who may change what.

Passwords
    Kept only as a salted, slow hash: :func:`hashlib.scrypt` with the parameters named below
    (:data:`SCRYPT_N`, :data:`SCRYPT_R`, :data:`SCRYPT_P`, a :data:`SALT_BYTES` random salt, a
    :data:`KEY_BYTES` key), stored self-describing as ``scrypt$n$r$p$<salt>$<key>`` (standard
    base64), so a stored hash keeps verifying after the parameters are raised (the next sign-in
    then stores the password under the new ones). Compared with :func:`hmac.compare_digest`.
    A password is never logged, never kept in settings, never part of an audit row or of an
    error. The rules (:func:`check_password_rules`): not empty, at least
    :data:`PASSWORD_MIN_LENGTH` and at most :data:`PASSWORD_MAX_LENGTH` characters; Unicode
    NFKC, so the same password typed on another keyboard or input method matches.

The signed-in person
    A :class:`SignedIn` is made only by :class:`AuthService` (signing in, setting up the first
    admin): its constructor checks a seal that only this module makes, so no code can turn a
    free person id into one, nor change the role of one it holds (:func:`dataclasses.replace`
    fails too). It says *who* signed in; what they may do is read from the database at every
    action (:func:`current_person`, :func:`require_admin`), so a role taken away or an account
    deactivated counts at once, in every window. A SignedIn is valid only in the process that
    made it (the seal's key is made at start-up) and only on the database it was made on (the
    person's uuid is checked with the id). It carries the person's signing key, opened with the
    password they signed in with (:class:`~desktop_app.core.signing.Signer`): what they approve,
    publish or unpublish and the roles an admin changes are signed with it. Signing in makes the
    person's first key; an admin's password reset makes a new one (the old one keeps verifying
    what it signed); changing one's own password encrypts the same key again.

Throttling
    :data:`THROTTLE_FAILURES` failed attempts in a row under one name (signing in, or the
    person's password on the lock screen) make that name wait :data:`THROTTLE_WAIT`: within the
    wait every attempt is refused with the seconds left (:class:`SignInWait`), without looking
    at the password (a right one too); after it, each further failure waits again, until an
    attempt succeeds. The count is kept in the database (``sign_in_throttle``), so every window
    and process on it sees the same count, and an attempt is counted before its password is
    checked, so attempts made in parallel cannot slip past it.

Audit
    Sign-ins (succeeded and failed), the first admin, passwords set, reset and changed are rows
    of the people's audit trail (``person_event``, :mod:`desktop_app.core.people_rules`).
"""

from __future__ import annotations

import base64
import binascii
import datetime as _dt
import hashlib
import hmac
import json
import math
import secrets
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from peewee import Database

from db.models import Person, PersonKey, SignInThrottle, utcnow
from desktop_app.core.errors import (
    ACTING_WHILE_INACTIVE,
    ADMIN_ONLY,
    SESSION_ENDED,
    NotFound,
    PermissionDenied,
    SignInFailed,
    SignInWait,
    ValidationError,
    WrongPassword,
)
from desktop_app.core.models import PersonData, PersonEventKind, Role
from desktop_app.core.people_rules import (
    active_people_named,
    clean_name,
    lock_people,
    name_digest,
    person_data,
    record_event,
)
from desktop_app.core.signing import KEY_EXISTS, NO_KEY, WRONG_PASSWORD, Signer, SigningKeys

# -- passwords --------------------------------------------------------------------------------

HASH_SCHEME = "scrypt"
#: scrypt's cost: 2**15 blocks of 128·r bytes (32 MiB); about 0.1 s on an office PC.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
KEY_BYTES = 32
PASSWORD_MIN_LENGTH = 8
PASSWORD_MAX_LENGTH = 128
#: A sign-in longer than this fails without being hashed (no password is that long).
SIGN_IN_INPUT_LIMIT = 1024
# What a stored hash may ask for: a row edited in SQL must not make a check take gigabytes.
_MAX_N = 2**20
_MAX_R = 32
_MAX_P = 16


def check_password_rules(password: str) -> str:
    """``password`` as it is hashed (NFKC). Raises :class:`ValidationError` with the field
    ``password`` and the code ``password_required`` (empty or only spaces),
    ``password_too_short`` or ``password_too_long`` (the limit in ``detail``)."""
    if not password or not password.strip():
        raise ValidationError("password_required", "password")
    password = unicodedata.normalize("NFKC", password)
    if len(password) > PASSWORD_MAX_LENGTH:
        raise ValidationError("password_too_long", "password", str(PASSWORD_MAX_LENGTH))
    if len(password) < PASSWORD_MIN_LENGTH:
        raise ValidationError("password_too_short", "password", str(PASSWORD_MIN_LENGTH))
    return password


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    # OpenSSL refuses more than 32 MiB unless told: scrypt needs 128·r·(n + p + 2) bytes.
    memory = 128 * r * (n + p + 2) + 2**20
    return hashlib.scrypt(
        password.encode("utf-8", "surrogatepass"), salt=salt, n=n, r=r, p=p, dklen=length, maxmem=memory
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str) -> str:
    """The stored form of ``password`` (after :func:`check_password_rules`, which it applies):
    ``scrypt$n$r$p$salt$key`` with a new random salt."""
    password = check_password_rules(password)
    salt = secrets.token_bytes(SALT_BYTES)
    key = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, KEY_BYTES)
    return "$".join((HASH_SCHEME, str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P), _b64(salt), _b64(key)))


@dataclass(frozen=True)
class HashParameters:
    """What a stored hash says of itself."""

    n: int
    r: int
    p: int
    salt: bytes
    key: bytes


def parse_hash(stored: str) -> HashParameters | None:
    """The parts of a stored hash; ``None`` for ``""`` (no password) and anything that is not a
    hash this module could have made."""
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != HASH_SCHEME:
        return None
    try:
        n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
        salt = base64.b64decode(parts[4], validate=True)
        key = base64.b64decode(parts[5], validate=True)
    except (ValueError, binascii.Error):
        return None
    if not (1 < n <= _MAX_N and n & (n - 1) == 0 and 0 < r <= _MAX_R and 0 < p <= _MAX_P):
        return None
    if len(salt) < 8 or not 16 <= len(key) <= 64:
        return None
    return HashParameters(n, r, p, salt, key)


def password_matches(password: str, stored: str) -> bool:
    """Whether ``password`` is the one ``stored`` was made from (constant-time comparison);
    ``False`` for no password (``""``) or a damaged hash."""
    parsed = parse_hash(stored)
    if parsed is None:
        return False
    password = unicodedata.normalize("NFKC", password)
    candidate = _scrypt(password, parsed.salt, parsed.n, parsed.r, parsed.p, len(parsed.key))
    return hmac.compare_digest(candidate, parsed.key)


def needs_rehash(stored: str) -> bool:
    """Whether ``stored`` was made with other parameters than today's."""
    parsed = parse_hash(stored)
    return parsed is None or (parsed.n, parsed.r, parsed.p, len(parsed.salt), len(parsed.key)) != (
        SCRYPT_N,
        SCRYPT_R,
        SCRYPT_P,
        SALT_BYTES,
        KEY_BYTES,
    )


@cache
def _decoy_hash() -> str:
    """Checked when nobody with a password has the name typed: a failed sign-in takes as long
    whether the name exists or not."""
    return hash_password(secrets.token_urlsafe(24))


# -- the signed-in person ---------------------------------------------------------------------

_SEAL_KEY = secrets.token_bytes(32)  # this process's: a SignedIn is valid where it was made


def _seal_of(person_id: int, uuid: str, name: str, role: str) -> bytes:
    message = json.dumps([person_id, uuid, name, role], ensure_ascii=False).encode("utf-8")
    return hmac.new(_SEAL_KEY, message, hashlib.sha256).digest()


@dataclass(frozen=True)
class SignedIn:
    """The person signed in: made only by :class:`AuthService` when they signed in, and handed
    to every service that acts for them (never a free person id).

    ``name`` and ``role`` are as they were at sign-in, to show; what the person may do is read
    from the database at each action. Constructing one anywhere else raises :class:`TypeError`.
    """

    person_id: int
    uuid: str
    name: str
    role: str
    signer: Signer = field(repr=False, compare=False)
    _seal: bytes = field(default=b"", repr=False, compare=False)

    def __post_init__(self) -> None:
        _check_seal(self)

    @property
    def is_admin(self) -> bool:
        """Whether they were an admin at sign-in (to show; :func:`require_admin` decides)."""
        return self.role == Role.ADMIN


def _check_seal(signed_in: object) -> SignedIn:
    if not isinstance(signed_in, SignedIn):
        raise TypeError(f"a SignedIn made by AuthService is needed, not {type(signed_in).__name__}")
    seal = _seal_of(signed_in.person_id, signed_in.uuid, signed_in.name, signed_in.role)
    if not isinstance(signed_in._seal, bytes) or not hmac.compare_digest(signed_in._seal, seal):
        raise TypeError("a SignedIn is made only by AuthService (signing in), never from a person id")
    if not isinstance(signed_in.signer, Signer) or signed_in.signer.person_id != signed_in.person_id:
        raise TypeError("a SignedIn carries its own person's signing key")
    return signed_in


def _session(row: Person, signer: Signer) -> SignedIn:
    return SignedIn(
        row.id, row.uuid, row.name, row.role, signer, _seal_of(row.id, row.uuid, row.name, row.role)
    )


def _current_row(signed_in: SignedIn) -> Person:
    signed_in = _check_seal(signed_in)
    row = Person.get_or_none((Person.id == signed_in.person_id) & (Person.uuid == signed_in.uuid))
    if row is None:
        raise PermissionDenied(signed_in.role, SESSION_ENDED)
    if not row.active:
        raise PermissionDenied(row.role, ACTING_WHILE_INACTIVE)
    return row


def current_person(signed_in: SignedIn) -> PersonData:
    """The signed-in person as the database says now. Raises :class:`TypeError` for anything
    :class:`AuthService` did not make, :class:`PermissionDenied` (``SESSION_ENDED``) when the
    person is no longer in this database, (``ACTING_WHILE_INACTIVE``) when deactivated."""
    return person_data(_current_row(signed_in))


def require_admin(signed_in: SignedIn) -> PersonData:
    """:func:`current_person`, who must be an admin now: else :class:`PermissionDenied`
    (``ADMIN_ONLY``). Services call it inside the transaction of the change it allows."""
    row = _current_row(signed_in)
    if row.role != Role.ADMIN:
        raise PermissionDenied(row.role, ADMIN_ONLY)
    return person_data(row)


# -- the service --------------------------------------------------------------------------------

THROTTLE_FAILURES = 5
THROTTLE_WAIT = _dt.timedelta(seconds=30)


class AuthService:
    """Signing in and passwords on one database.

    ``clock`` gives the time (naive UTC) for throttling and the audit trail; tests pass their
    own instead of sleeping.
    """

    def __init__(self, database: Database, *, clock: Callable[[], _dt.datetime] = utcnow) -> None:
        self.db = database
        self.clock = clock

    # -- the first administrator ------------------------------------------------------------

    def needs_first_admin(self) -> bool:
        """Whether no active admin has a password, so nobody could manage people: a new
        database, or one from before sign-in. The first start then asks for
        :meth:`set_up_first_admin`."""
        return not (
            Person.select()
            .where((Person.active == True) & (Person.role == Role.ADMIN) & (Person.password_hash != ""))  # noqa: E712 - SQL
            .exists()
        )

    def first_admin_candidates(self) -> list[PersonData]:
        """The active admins without a password (a database from before sign-in): the first
        admin must be one of them. Empty: any name (a new person, or an existing one who then
        becomes admin)."""
        query = (
            Person.select()
            .where((Person.active == True) & (Person.role == Role.ADMIN) & (Person.password_hash == ""))  # noqa: E712 - SQL
            .order_by(Person.name)
        )
        return [person_data(row) for row in query]

    def set_up_first_admin(self, name: str, password: str) -> SignedIn:
        """Give the database its first administrator with a password, and sign them in.

        Only while :meth:`needs_first_admin` (else ``ValidationError("first_admin_exists")``).
        When the database has admins without a password (:meth:`first_admin_candidates`),
        ``name`` must be one of theirs (else ``not_an_admin``, their names in ``detail``): the
        existing people keep their roles. Otherwise an active person of that name becomes the
        admin, or a new admin of that name is made. Password rules as
        :func:`check_password_rules`; name rules as people's.
        """
        name = clean_name(name)
        stored = hash_password(password)  # (slow: before the transaction)
        now = self.clock()
        with self.db.atomic():
            lock_people()
            if not self.needs_first_admin():
                raise ValidationError("first_admin_exists", "name")
            candidates = self.first_admin_candidates()
            named = active_people_named(name)
            if candidates:
                admins = [row for row in named if row.role == Role.ADMIN]
                if not admins:
                    raise ValidationError("not_an_admin", "name", ", ".join(p.name for p in candidates))
                row = admins[0]
            elif named:
                row = named[0]  # no active admin at all: this person becomes the admin
                record_event(
                    PersonEventKind.ROLE_CHANGED,
                    row,
                    row.id,
                    old_value=row.role,
                    new_value=Role.ADMIN.value,
                    when=now,
                )
            else:
                row = Person.create(name=name, role=Role.ADMIN.value, created_at=now)
                record_event(PersonEventKind.CREATED, row, row.id, new_value=Role.ADMIN.value, when=now)
            Person.update(role=Role.ADMIN.value, password_hash=stored).where(Person.id == row.id).execute()
            row = Person.get_by_id(row.id)
            record_event(PersonEventKind.FIRST_ADMIN, row, row.id, when=now)
            SignInThrottle.delete().where(SignInThrottle.name_key == name_digest(row.name)).execute()
            signer = self._signer(row, password)
        return _session(row, signer)

    # -- signing in ---------------------------------------------------------------------------

    def sign_in(self, name: str, password: str) -> SignedIn:
        """The person of ``name`` (matched as typed: case and spacing aside) whose password this
        is. Raises :class:`SignInFailed` (whatever was wrong: the name, the password, no
        password yet, deactivated) or :class:`SignInWait` (see the module's Throttling)."""
        now = self.clock()
        digest = name_digest(name)
        self._count_attempt(digest, now)
        candidates = [row for row in active_people_named(name) if row.password_hash]
        matched: Person | None = None
        if len(password) <= SIGN_IN_INPUT_LIMIT:
            matched = next((row for row in candidates if password_matches(password, row.password_hash)), None)
            if not candidates:
                password_matches(password, _decoy_hash())
        rehashed = hash_password(password) if matched and needs_rehash(matched.password_hash) else ""
        with self.db.atomic():
            lock_people()
            if matched is None:
                named = active_people_named(name)
                subject = named[0] if len(named) == 1 else None
                record_event(PersonEventKind.SIGN_IN_FAILED, subject, None, when=now)
            else:
                SignInThrottle.delete().where(SignInThrottle.name_key == digest).execute()
                if rehashed:
                    Person.update(password_hash=rehashed).where(Person.id == matched.id).execute()
                record_event(PersonEventKind.SIGNED_IN, matched, matched.id, when=now)
        if matched is None:
            raise SignInFailed()
        return _session(matched, self._signer(matched, password))

    def _signer(self, row: Person, password: str) -> Signer:
        """The person's signing key opened with ``password`` (right: checked against the stored
        hash first). A person without a key gets their first; a key the password does not open
        (its password was set outside Redaksi, or a reset was cut off before the new key) is
        replaced by a new one: its period ends, and what it signed stays verifiable."""
        keys = SigningKeys(self.db)
        try:
            return keys.unlock(row.id, password)
        except ValidationError as exc:
            if exc.code == WRONG_PASSWORD:
                return keys.rekey(row.id, password, now=self.clock())
            if exc.code != NO_KEY:
                raise
        try:
            return keys.make_key(row.id, password, now=self.clock())
        except ValidationError as exc:
            if exc.code != KEY_EXISTS:
                raise
            # another window signed the same person in at the same instant and made the key
            return keys.unlock(row.id, password)

    def verify_password(self, signed_in: SignedIn, password: str) -> None:
        """Check the signed-in person's password again (the lock screen): returns when right;
        raises :class:`WrongPassword`, :class:`SignInWait` (the same count as signing in under
        their name), or :class:`PermissionDenied` when the account was deactivated or removed
        meanwhile."""
        row = _current_row(signed_in)
        now = self.clock()
        digest = name_digest(row.name)
        self._count_attempt(digest, now)
        right = False
        if len(password) <= SIGN_IN_INPUT_LIMIT:
            right = password_matches(password, row.password_hash or _decoy_hash()) and bool(row.password_hash)
        with self.db.atomic():
            lock_people()
            if right:
                SignInThrottle.delete().where(SignInThrottle.name_key == digest).execute()
            else:
                record_event(PersonEventKind.PASSWORD_CHECK_FAILED, row, row.id, when=now)
        if not right:
            raise WrongPassword()

    def unlock(self, signed_in: SignedIn, password: str) -> SignedIn:
        """The lock screen: :meth:`verify_password`, then the person signed in anew with that
        password (their signing key opened again: after an admin reset their password, the new
        one opens the new key)."""
        self.verify_password(signed_in, password)
        row = _current_row(signed_in)
        return _session(row, self._signer(row, password))

    def _count_attempt(self, digest: str, now: _dt.datetime) -> None:
        """Refuse while the name must wait; else count this attempt as a failure until it
        succeeds (a success removes the count)."""
        with self.db.atomic():
            lock_people()
            row = SignInThrottle.get_or_none(SignInThrottle.name_key == digest)
            if row is None:
                SignInThrottle.create(name_key=digest, failures=1, last_failure_at=now)
                return
            if row.failures >= THROTTLE_FAILURES and row.last_failure_at is not None:
                left = (row.last_failure_at + THROTTLE_WAIT - now).total_seconds()
                if left > 0:
                    raise SignInWait(max(1, math.ceil(left)))
            SignInThrottle.update(failures=row.failures + 1, last_failure_at=now).where(
                SignInThrottle.name_key == digest
            ).execute()

    # -- passwords ---------------------------------------------------------------------------

    def change_own_password(self, signed_in: SignedIn, old_password: str, new_password: str) -> SignedIn:
        """The signed-in person replaces their password: ``old_password`` as
        :meth:`verify_password` (:class:`WrongPassword`, :class:`SignInWait`), the new one by
        :func:`check_password_rules` (checked first: a bad new password costs no attempt).
        Their signing key is encrypted again under the new password (the same key). Returns the
        person signed in anew: use it from now on."""
        check_password_rules(new_password)
        self.verify_password(signed_in, old_password)
        stored = hash_password(new_password)
        keys = SigningKeys(self.db)
        with self.db.atomic():
            lock_people()
            row = _current_row(signed_in)
            Person.update(password_hash=stored).where(Person.id == row.id).execute()
            record_event(PersonEventKind.PASSWORD_CHANGED, row, row.id, when=self.clock())
            try:
                signer = keys.change_password_key(row.id, old_password, new_password)
            except ValidationError as exc:
                if exc.code not in (NO_KEY, WRONG_PASSWORD):
                    raise
                signer = keys.rekey(row.id, new_password, now=self.clock())
        return _session(row, signer)

    def set_password(self, actor: SignedIn, person_id: int, new_password: str) -> None:
        """An admin gives ``person_id`` a password, or replaces a forgotten one (their own too);
        the person's sign-in wait, if any, ends. :class:`PermissionDenied` (``ADMIN_ONLY``) for
        anyone else, :class:`NotFound` for an unknown person, password rules as
        :func:`check_password_rules`."""
        require_admin(actor)
        stored = hash_password(new_password)
        with self.db.atomic():
            lock_people()
            admin = require_admin(actor)
            row = Person.get_or_none(Person.id == person_id)
            if row is None:
                raise NotFound("person", person_id)
            kind = PersonEventKind.PASSWORD_RESET if row.password_hash else PersonEventKind.PASSWORD_SET
            Person.update(password_hash=stored).where(Person.id == row.id).execute()
            SignInThrottle.delete().where(SignInThrottle.name_key == name_digest(row.name)).execute()
            record_event(kind, row, admin.id, when=self.clock())
            # The old private key cannot be opened without the old password: a new key pair (the
            # old one keeps its public half and verifies what it signed; a session signed in
            # with the old password can no longer sign: see audit's signer check).
            signer = SigningKeys(self.db).rekey(row.id, new_password, now=self.clock())
            # The admin vouches for the new key with their own (another database that knew the
            # old one accepts it from a review package on that word: core/key_certificates.py).
            from desktop_app.core.key_certificates import certify_key

            certify_key(row, PersonKey.get_by_id(signer.key_id), actor.signer, now=self.clock())
