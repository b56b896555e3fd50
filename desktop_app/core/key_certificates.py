"""Certificates of signing keys: an admin's signature vouching that a new key is someone's.

A person's key pair changes when an admin resets their password (the old private key cannot
be opened without the old password: :meth:`desktop_app.core.signing.SigningKeys.rekey`).
Another database that knew the old key (a laptop that exchanges review packages) must not take
a new key on the package's word: anyone can make a key and a package naming it. So the reset,
an audited act, also signs a certificate with the resetting admin's own key
(:func:`certify_key`), kept in the people's audit trail (a ``key_certified`` event whose
``new_value`` is the certificate) and carried with the key in review packages. A database that
knows that admin accepts the new key (:func:`vouching_admin`); one that does not imports the
package with the person's approvals as comments until an admin of its own confirms the key
(which certifies it there in the same way).

What a certificate signs (canonical JSON, as the audit trail's records)::

    {"format": 1, "kind": "key_certificate", "person": <the key owner's uuid>,
     "public_key": <the new key, hex>, "valid_from": <its start>, "by": <the admin's uuid>,
     "time": <when it was certified>}

and the certificate itself is that with ``by_key`` (the admin's public key) and ``signature``.
A certificate counts only when the admin is an administrator *of this database* (an active
account with a password here, not someone known only from packages), their key is one this
database already knows for them, valid at the certificate's time, the signature holds, and the
admin is not the key's owner (nobody vouches for themselves).
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterable
from typing import Any

from db.models import Person, PersonEvent, PersonKey, utcnow
from desktop_app.core import json_text
from desktop_app.core.audit import canonical_json
from desktop_app.core.models import PersonEventKind, Role
from desktop_app.core.signing import PublicKey, Signer, public_key_data

FORMAT = 1
KIND = "key_certificate"


def _time(value: _dt.datetime) -> str:
    return value.replace(tzinfo=None).isoformat(timespec="microseconds")


def _parse(value: object) -> _dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return _dt.datetime.fromisoformat(value).replace(tzinfo=None)
    except ValueError:
        return None


def certificate_payload(person_uuid: str, public_key: str, valid_from: str, by: str, time: str) -> bytes:
    """The canonical bytes a certificate's signature covers."""
    return canonical_json(
        {
            "format": FORMAT,
            "kind": KIND,
            "person": person_uuid,
            "public_key": public_key,
            "valid_from": valid_from,
            "by": by,
            "time": time,
        }
    )


def certify_key(subject: Person, key: PersonKey, signer: Signer, now: _dt.datetime | None = None) -> bool:
    """Sign a certificate for ``subject``'s ``key`` with an admin's key (``signer``: theirs, from
    their sign-in) and record it (call in the transaction that makes or accepts the key). False,
    and nothing recorded, when that key was replaced since they signed in (a certificate made
    with it would not verify)."""
    from desktop_app.core.people_rules import record_event

    own = PersonKey.get_or_none(PersonKey.id == signer.key_id)
    if own is None or own.valid_to is not None:
        return False
    now = now or utcnow()
    admin_row = Person.get_by_id(signer.person_id)
    fields = {
        "valid_from": _time(key.valid_from),
        "by": admin_row.uuid,
        "time": _time(now),
    }
    signature = signer.sign(
        certificate_payload(subject.uuid, key.public_key, fields["valid_from"], fields["by"], fields["time"])
    )
    certificate = {"public_key": key.public_key, **fields, "by_key": own.public_key, "signature": signature}
    record_event(
        PersonEventKind.KEY_CERTIFIED,
        subject,
        signer.person_id,
        new_value=json.dumps(certificate, sort_keys=True),
        when=now,
    )
    return True


def certificates(person_ids: Iterable[int]) -> dict[tuple[int, str], dict[str, Any]]:
    """``{(person id, public key): certificate}`` of the keys certified here (the newest)."""
    ids = sorted(set(person_ids))
    found: dict[tuple[int, str], dict[str, Any]] = {}
    if not ids:
        return found
    rows = (
        PersonEvent.select(PersonEvent.person, PersonEvent.new_value)
        .where((PersonEvent.action == PersonEventKind.KEY_CERTIFIED.value) & PersonEvent.person.in_(ids))
        .order_by(PersonEvent.id)
    )
    for row in rows:
        try:
            certificate = json_text.loads(row.new_value)
        except ValueError:
            continue
        if isinstance(certificate, dict) and isinstance(certificate.get("public_key"), str):
            found[(int(row.person_id or 0), certificate["public_key"])] = certificate
    return found


def vouching_admin(person_uuid: str, public_key: str, valid_from: str, certificate: object) -> Person | None:
    """The administrator of this database whose certificate vouches for ``public_key`` as
    ``person_uuid``'s (from ``valid_from``), or None when it does not count here."""
    if not isinstance(certificate, dict):
        return None
    by, by_key, signature, time = (certificate.get(k) for k in ("by", "by_key", "signature", "time"))
    if not all(isinstance(v, str) and v for v in (by, by_key, signature, time)):
        return None
    when = _parse(time)
    if when is None or by == person_uuid or certificate.get("public_key") != public_key:
        return None
    if certificate.get("valid_from") != valid_from:
        return None
    admin = Person.get_or_none(Person.uuid == by)
    if admin is None or admin.role != Role.ADMIN or not admin.active or not admin.password_hash:
        return None
    key_row = PersonKey.get_or_none((PersonKey.person == admin.id) & (PersonKey.public_key == by_key))
    if key_row is None:
        return None
    key: PublicKey = public_key_data(key_row)
    payload = certificate_payload(person_uuid, public_key, valid_from, str(by), str(time))
    if not key.valid_at(when) or not key.verifies(payload, str(signature)):
        return None
    return admin
