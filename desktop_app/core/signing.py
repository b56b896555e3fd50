"""People's signing keys: an Ed25519 key pair each, the private key encrypted with their password.

Each person has at most one *current* key (``PersonKey.valid_to`` NULL); it keeps its private
key encrypted with :class:`nacl.secret.SecretBox` under a key derived from the person's password
by Argon2id (:data:`KDF_OPSLIMIT`, :data:`KDF_MEMLIMIT`, a random salt of
:data:`nacl.pwhash.argon2id.SALTBYTES` bytes stored beside it). The derivation's name and
parameters are stored with every key (``PersonKey.kdf``), so they can be raised later without
locking anyone out.

* :meth:`SigningKeys.make_key`: a person's first key (at account creation or first sign-in).
* :meth:`SigningKeys.unlock`: the password opens the current key and gives a :class:`Signer`,
  the object the services take to sign what a person does. A wrong password is a
  ``ValidationError("key_password_wrong")``.
* :meth:`SigningKeys.change_password_key`: the person changed their own password: the same key,
  encrypted again under the new one.
* :meth:`SigningKeys.rekey`: an admin reset the password (the old one is not known, so the old
  private key cannot be opened): a new key pair; the old key's period ends now and it keeps
  only its public key, so everything it signed stays verifiable.

Who may call these is the caller's business (the sign-in service: a person for their own
password, an admin for a reset).
"""

from __future__ import annotations

import datetime as _dt
import secrets
from dataclasses import dataclass, field

import nacl.exceptions
import nacl.pwhash.argon2id
import nacl.secret
import nacl.signing
from peewee import Database

from db.models import Person, PersonKey, utcnow
from desktop_app.core.errors import NotFound, ValidationError

#: The password-based key derivation of the private keys (libsodium's "interactive" cost:
#: about a tenth of a second and 64 MiB, paid once at sign-in).
KDF_NAME = "argon2id"
KDF_OPSLIMIT = nacl.pwhash.argon2id.OPSLIMIT_INTERACTIVE
KDF_MEMLIMIT = nacl.pwhash.argon2id.MEMLIMIT_INTERACTIVE
SALT_BYTES = nacl.pwhash.argon2id.SALTBYTES

WRONG_PASSWORD = "key_password_wrong"
NO_KEY = "no_signing_key"
KEY_EXISTS = "signing_key_exists"
EMPTY_PASSWORD = "password_required"


@dataclass(frozen=True)
class Signer:
    """A person's unlocked signing key: made only by :meth:`SigningKeys.unlock` (or
    :meth:`SigningKeys.make_key`), held by whoever acts for that person."""

    person_id: int
    key_id: int
    _key: nacl.signing.SigningKey = field(repr=False)

    def sign(self, message: bytes) -> str:
        """The Ed25519 signature of ``message``, in hex."""
        return bytes(self._key.sign(message).signature).hex()

    @property
    def public_key(self) -> str:
        return bytes(self._key.verify_key).hex()


@dataclass(frozen=True)
class PublicKey:
    """A key as the verifier sees it: whose, valid when."""

    id: int
    person_id: int
    public_key: str
    valid_from: _dt.datetime
    valid_to: _dt.datetime | None

    def valid_at(self, when: _dt.datetime) -> bool:
        return self.valid_from <= when and (self.valid_to is None or when < self.valid_to)

    def verifies(self, message: bytes, signature: str) -> bool:
        try:
            nacl.signing.VerifyKey(bytes.fromhex(self.public_key)).verify(message, bytes.fromhex(signature))
        except (nacl.exceptions.BadSignatureError, ValueError, TypeError):
            return False
        return True


def _kdf_text() -> str:
    return f"{KDF_NAME}:{KDF_OPSLIMIT}:{KDF_MEMLIMIT}"


#: What a stored key may ask of the derivation: a row edited in SQL must not make unlocking take
#: gigabytes or minutes.
_MAX_OPSLIMIT = 64
_MAX_MEMLIMIT = 2**30


def _derive(password: str, salt: bytes, kdf: str) -> bytes:
    name, ops, mem = kdf.split(":")
    if name != KDF_NAME:
        raise ValueError(f"unknown key derivation {name!r}")
    if not 0 < int(ops) <= _MAX_OPSLIMIT or not 0 < int(mem) <= _MAX_MEMLIMIT:
        raise ValueError(f"key derivation cost out of bounds: {kdf!r}")
    return nacl.pwhash.argon2id.kdf(
        nacl.secret.SecretBox.KEY_SIZE, password.encode("utf-8"), salt, opslimit=int(ops), memlimit=int(mem)
    )


def _encrypt(key: nacl.signing.SigningKey, password: str) -> tuple[str, str, str]:
    """(encrypted private key, salt, kdf), all text."""
    salt = secrets.token_bytes(SALT_BYTES)
    kdf = _kdf_text()
    box = nacl.secret.SecretBox(_derive(password, salt, kdf))
    return bytes(box.encrypt(bytes(key))).hex(), salt.hex(), kdf


def _check_password(password: str) -> None:
    if not password:
        raise ValidationError(EMPTY_PASSWORD, "password")


def public_key_data(row: PersonKey) -> PublicKey:
    return PublicKey(row.id, row.person_id, row.public_key, row.valid_from, row.valid_to)


class SigningKeys:
    def __init__(self, database: Database) -> None:
        self.db = database

    def _current(self, person_id: int) -> PersonKey | None:
        row: PersonKey | None = (
            PersonKey.select()
            .where((PersonKey.person == person_id) & PersonKey.valid_to.is_null(True))
            .order_by(PersonKey.id.desc())
            .first()
        )
        return row

    def has_key(self, person_id: int) -> bool:
        return self._current(person_id) is not None

    def make_key(self, person_id: int, password: str, *, now: _dt.datetime | None = None) -> Signer:
        """The person's first key pair (refused when they have one: see :meth:`rekey`)."""
        _check_password(password)
        if Person.get_or_none(Person.id == person_id) is None:
            raise NotFound("person", person_id)
        with self.db.atomic():
            if self._current(person_id) is not None:
                raise ValidationError(KEY_EXISTS, "person")
            return self._add(person_id, password, now or utcnow())

    def _add(self, person_id: int, password: str, now: _dt.datetime) -> Signer:
        key = nacl.signing.SigningKey.generate()
        encrypted, salt, kdf = _encrypt(key, password)
        row = PersonKey.create(
            person=person_id,
            public_key=bytes(key.verify_key).hex(),
            valid_from=now,
            encrypted_private_key=encrypted,
            salt=salt,
            kdf=kdf,
        )
        return Signer(person_id, row.id, key)

    def unlock(self, person_id: int, password: str) -> Signer:
        """The person's current key, opened with their password."""
        row = self._current(person_id)
        if row is None:
            raise ValidationError(NO_KEY, "person")
        try:
            box = nacl.secret.SecretBox(_derive(password, bytes.fromhex(row.salt), row.kdf))
            seed = box.decrypt(bytes.fromhex(row.encrypted_private_key))
        except (nacl.exceptions.CryptoError, ValueError):  # (wrong, or the stored key is damaged)
            raise ValidationError(WRONG_PASSWORD, "password") from None
        key = nacl.signing.SigningKey(seed)
        if bytes(key.verify_key).hex() != row.public_key:  # the stored halves do not belong together
            raise ValidationError(WRONG_PASSWORD, "password")
        return Signer(person_id, row.id, key)

    def change_password_key(self, person_id: int, old_password: str, new_password: str) -> Signer:
        """The same key, encrypted again under the person's new password."""
        _check_password(new_password)
        signer = self.unlock(person_id, old_password)
        encrypted, salt, kdf = _encrypt(signer._key, new_password)
        with self.db.atomic():
            PersonKey.update(encrypted_private_key=encrypted, salt=salt, kdf=kdf).where(
                PersonKey.id == signer.key_id
            ).execute()
        return signer

    def rekey(self, person_id: int, new_password: str, *, now: _dt.datetime | None = None) -> Signer:
        """After a password reset: a new key pair; the current one's period ends now and its
        private key is wiped (its public key stays, to verify what it signed)."""
        _check_password(new_password)
        if Person.get_or_none(Person.id == person_id) is None:
            raise NotFound("person", person_id)
        now = now or utcnow()
        with self.db.atomic():
            PersonKey.update(valid_to=now, encrypted_private_key="", salt="").where(
                (PersonKey.person == person_id) & PersonKey.valid_to.is_null(True)
            ).execute()
            return self._add(person_id, new_password, now)

    def keys(self) -> dict[int, PublicKey]:
        """Every key ever made, by id (what :mod:`desktop_app.core.audit` verifies with)."""
        return {row.id: public_key_data(row) for row in PersonKey.select()}
