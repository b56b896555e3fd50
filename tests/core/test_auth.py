"""Signing in (desktop_app/core/auth.py): passwords kept only as salted scrypt hashes, one error
for a wrong name or password, five failures in a row wait 30 s (a clock of the test's: no
sleeping), the first administrator, and a signed-in person that only the sign-in makes."""

from __future__ import annotations

import base64
import dataclasses
import datetime as _dt
import hashlib
import logging

import pytest

from db.models import Person, PersonEvent, SignInThrottle
from desktop_app.core import auth as auth_module
from desktop_app.core.auth import (
    PASSWORD_MAX_LENGTH,
    PASSWORD_MIN_LENGTH,
    SALT_BYTES,
    SCRYPT_N,
    SCRYPT_P,
    SCRYPT_R,
    THROTTLE_FAILURES,
    AuthService,
    SignedIn,
    check_password_rules,
    current_person,
    hash_password,
    needs_rehash,
    parse_hash,
    password_matches,
)
from desktop_app.core.errors import (
    ADMIN_ONLY,
    PermissionDenied,
    SignInFailed,
    SignInWait,
    ValidationError,
    WrongPassword,
)
from desktop_app.core.models import PersonEventKind
from desktop_app.core.people import PeopleService
from desktop_app.messages import describe_error

ADMIN = "Kepala Dinas"
ADMIN_PASSWORD = "kominfo-solok-2026"
WRITER_PASSWORD = "tulis-berita-setiap-hari"


class Clock:
    """The time the service sees (naive UTC); the test moves it."""

    def __init__(self) -> None:
        self.now = _dt.datetime(2026, 12, 4, 8, 0, 0)

    def __call__(self) -> _dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += _dt.timedelta(seconds=seconds)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def auth(database, clock):
    return AuthService(database, clock=clock)


@pytest.fixture
def admin(auth):
    return auth.set_up_first_admin(ADMIN, ADMIN_PASSWORD)


@pytest.fixture
def writer(database, auth, admin):
    person = PeopleService(database).create(admin, "Sari Penulis", "writer")
    auth.set_password(admin, person.id, WRITER_PASSWORD)
    return person


def _events(kind=None):
    query = PersonEvent.select().order_by(PersonEvent.id)
    if kind is not None:
        query = query.where(PersonEvent.action == kind)
    return list(query)


# -- passwords ----------------------------------------------------------------------------------


@pytest.mark.real_password_cost
def test_a_password_is_kept_as_a_salted_scrypt_hash_that_names_its_parameters():
    assert SCRYPT_N in (2**14, 2**15)
    assert (SCRYPT_R, SCRYPT_P) == (8, 1)
    stored = hash_password("rahasia-kantor")
    scheme, n, r, p, salt, key = stored.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", SCRYPT_N, SCRYPT_R, SCRYPT_P)
    salt, key = base64.b64decode(salt), base64.b64decode(key)
    assert (len(salt), len(key)) == (SALT_BYTES, 32)
    assert key == hashlib.scrypt(
        b"rahasia-kantor", salt=salt, n=SCRYPT_N, r=8, p=1, dklen=32, maxmem=2**26
    ), "plain scrypt with the parameters it names"
    assert "rahasia" not in stored
    assert hash_password("rahasia-kantor") != stored, "a new salt each time"
    assert password_matches("rahasia-kantor", stored)
    assert not password_matches("rahasia-kantoR", stored)
    assert not password_matches("", stored)
    assert not needs_rehash(stored)


def test_a_hash_made_with_other_parameters_still_verifies_and_asks_to_be_redone():
    salt = b"0123456789abcdef"
    key = hashlib.scrypt(b"sandi-lama-sekali", salt=salt, n=2**12, r=8, p=1, dklen=32)
    old = f"scrypt${2**12}$8$1${base64.b64encode(salt).decode()}${base64.b64encode(key).decode()}"
    assert password_matches("sandi-lama-sekali", old)
    assert needs_rehash(old)


@pytest.mark.parametrize(
    "stored",
    [
        "",  # no password yet
        "sandi-tanpa-hash",
        "bcrypt$12$8$1$AAAA$AAAA",
        "scrypt$1000$8$1$MDEyMzQ1Njc4OWFiY2RlZg==$" + "A" * 44,  # n not a power of two
        f"scrypt${2**30}$8$1$MDEyMzQ1Njc4OWFiY2RlZg==$" + "A" * 44,  # would take gigabytes
        "scrypt$16384$8$1$not base64!$" + "A" * 44,
    ],
)
def test_no_password_or_a_damaged_hash_never_matches(stored):
    assert parse_hash(stored) is None
    assert not password_matches("apa-saja-boleh", stored)


def test_password_rules_are_refused_in_words():
    cases = {
        "": "password_required",
        "        ": "password_required",
        "a" * (PASSWORD_MIN_LENGTH - 1): "password_too_short",
        "a" * 200: "password_too_long",
    }
    for password, code in cases.items():
        with pytest.raises(ValidationError) as caught:
            check_password_rules(password)
        assert (caught.value.code, caught.value.field) == (code, "password")
    with pytest.raises(ValidationError) as caught:
        hash_password("a" * 200)
    assert describe_error(caught.value) == "The password is too long (at most 128 characters)."
    assert check_password_rules("a" * PASSWORD_MAX_LENGTH) == "a" * PASSWORD_MAX_LENGTH
    assert check_password_rules("a" * PASSWORD_MIN_LENGTH)
    # the same password typed with another Unicode form (a composed or decomposed é) matches
    assert password_matches("caf\u0065\u0301-kominfo", hash_password("caf\u00e9-kominfo"))


def test_the_200_character_password_message_is_indonesian(qapp):
    from desktop_app import i18n

    i18n.install_translators(qapp, "id")
    with pytest.raises(ValidationError) as caught:
        check_password_rules("k" * 200)
    message = describe_error(caught.value)
    assert "128" in message
    assert "sandi" in message.lower()
    assert "password" not in message.lower()


# -- the first administrator ------------------------------------------------------------------


def test_a_new_database_asks_for_its_first_admin_once(database, auth):
    assert auth.needs_first_admin()
    assert auth.first_admin_candidates() == []
    with pytest.raises(ValidationError) as caught:
        auth.set_up_first_admin(ADMIN, "pendek")
    assert caught.value.code == "password_too_short"
    assert Person.select().count() == 0, "nothing made"

    admin = auth.set_up_first_admin(ADMIN, ADMIN_PASSWORD)
    assert (admin.name, admin.role, admin.is_admin) == (ADMIN, "admin", True)
    assert not auth.needs_first_admin()
    assert PeopleService(database).get(admin.person_id).has_password
    assert [e.action for e in _events()] == ["created", "first_admin"]
    with pytest.raises(ValidationError) as caught:
        auth.set_up_first_admin("Orang Lain", "kata-sandi-lain")
    assert caught.value.code == "first_admin_exists"
    assert auth.sign_in(ADMIN, ADMIN_PASSWORD).person_id == admin.person_id


def test_with_nobody_admin_an_existing_person_becomes_the_first_admin(database, auth):
    budi = Person.create(name="Budi", role="editor")
    admin = auth.set_up_first_admin("budi", ADMIN_PASSWORD)
    assert admin.person_id == budi.id
    assert Person.get_by_id(budi.id).role == "admin"
    [change] = _events(PersonEventKind.ROLE_CHANGED)
    assert (change.old_value, change.new_value) == ("editor", "admin")


# -- signing in ---------------------------------------------------------------------------------


def test_signing_in_matches_the_name_as_typed_and_is_recorded(auth, admin, writer):
    signed_in = auth.sign_in("  sari   PENULIS ", WRITER_PASSWORD)
    assert (signed_in.person_id, signed_in.name, signed_in.role) == (writer.id, "Sari Penulis", "writer")
    assert signed_in.uuid == writer.uuid
    [event] = _events(PersonEventKind.SIGNED_IN)
    assert (event.person_id, event.actor_id) == (writer.id, writer.id)


def test_a_wrong_password_and_an_unknown_name_fail_alike(database, auth, admin, writer):
    failures = []
    for name, password in (
        ("Sari Penulis", "bukan-sandinya"),
        ("Orang Tak Dikenal", WRITER_PASSWORD),
        ("Sari Penulis", ""),
    ):
        with pytest.raises(SignInFailed) as caught:
            auth.sign_in(name, password)
        assert type(caught.value) is SignInFailed
        failures.append((str(caught.value), describe_error(caught.value)))
    assert len(set(failures)) == 1, "the error never says which part was wrong"
    assert failures[0][1] == "The name or the password is not right."
    recorded = _events(PersonEventKind.SIGN_IN_FAILED)
    assert [e.person_id for e in recorded] == [writer.id, None, writer.id]
    assert all(e.old_value == e.new_value == "" for e in recorded)


def test_nobody_signs_in_without_a_password_or_while_deactivated(database, auth, admin, writer):
    people = PeopleService(database)
    nopass = people.create(admin, "Belum Bersandi", "editor")
    with pytest.raises(SignInFailed):
        auth.sign_in("Belum Bersandi", "")
    people.update(admin, writer.id, active=False)
    with pytest.raises(SignInFailed):
        auth.sign_in("Sari Penulis", WRITER_PASSWORD)
    assert not people.get(nopass.id).has_password


def test_five_failures_in_a_row_wait_thirty_seconds_even_for_the_right_password(
    database, auth, clock, writer
):
    for _ in range(THROTTLE_FAILURES):
        with pytest.raises(SignInFailed):
            auth.sign_in("Sari Penulis", "salah-lagi-salah")
        clock.advance(1)
    with pytest.raises(SignInWait) as caught:
        auth.sign_in("Sari Penulis", WRITER_PASSWORD)
    assert caught.value.seconds == 29
    assert describe_error(caught.value).startswith("Too many failed attempts in a row. Try again in 29 ")

    # another window (another service on the same database) sees the same count: it is stored
    other_window = AuthService(database, clock=clock)
    clock.advance(9)
    with pytest.raises(SignInWait) as caught:
        other_window.sign_in("sari penulis", WRITER_PASSWORD)
    assert caught.value.seconds == 20
    [row] = SignInThrottle.select()
    assert row.failures == THROTTLE_FAILURES, "refused attempts are not counted"
    assert "sari" not in row.name_key.lower(), "the name is kept as a hash"

    clock.advance(20)  # the wait is over: one more failure waits again
    with pytest.raises(SignInFailed):
        auth.sign_in("Sari Penulis", "salah-lagi-salah")
    with pytest.raises(SignInWait) as caught:
        auth.sign_in("Sari Penulis", WRITER_PASSWORD)
    assert caught.value.seconds == 30

    clock.advance(30)
    assert auth.sign_in("Sari Penulis", WRITER_PASSWORD).person_id == writer.id
    assert SignInThrottle.select().count() == 0, "a success starts the count again"
    for _ in range(THROTTLE_FAILURES - 1):
        with pytest.raises(SignInFailed):
            auth.sign_in("Sari Penulis", "salah-lagi-salah")
    assert auth.sign_in("Sari Penulis", WRITER_PASSWORD).person_id == writer.id


def test_an_unknown_name_is_throttled_like_a_known_one(auth, clock, admin):
    for _ in range(THROTTLE_FAILURES):
        with pytest.raises(SignInFailed):
            auth.sign_in("Tidak Ada", "apa-saja-boleh")
    with pytest.raises(SignInWait):
        auth.sign_in("Tidak Ada", "apa-saja-boleh")
    assert auth.sign_in(ADMIN, ADMIN_PASSWORD).role == "admin", "other names do not wait"


def test_an_admin_setting_a_password_ends_the_wait(auth, admin, writer):
    for _ in range(THROTTLE_FAILURES):
        with pytest.raises(SignInFailed):
            auth.sign_in("Sari Penulis", "salah-lagi-salah")
    auth.set_password(admin, writer.id, "sandi-baru-dari-admin")
    assert auth.sign_in("Sari Penulis", "sandi-baru-dari-admin").person_id == writer.id


# -- the lock screen and one's own password ---------------------------------------------------


def test_the_lock_screen_checks_the_password_and_counts_failures(auth, clock, writer):
    signed_in = auth.sign_in("Sari Penulis", WRITER_PASSWORD)
    assert auth.verify_password(signed_in, WRITER_PASSWORD) is None
    for _ in range(THROTTLE_FAILURES):
        with pytest.raises(WrongPassword) as caught:
            auth.verify_password(signed_in, "bukan-sandinya")
    assert describe_error(caught.value) == "The password is not right."
    with pytest.raises(SignInWait):
        auth.verify_password(signed_in, WRITER_PASSWORD)
    with pytest.raises(SignInWait):
        auth.sign_in("Sari Penulis", WRITER_PASSWORD)  # the same count as signing in
    clock.advance(30)
    auth.verify_password(signed_in, WRITER_PASSWORD)
    assert len(_events(PersonEventKind.PASSWORD_CHECK_FAILED)) == THROTTLE_FAILURES


def test_a_person_changes_their_own_password(auth, writer):
    signed_in = auth.sign_in("Sari Penulis", WRITER_PASSWORD)
    with pytest.raises(WrongPassword):
        auth.change_own_password(signed_in, "bukan-sandinya", "sandi-baru-sari")
    with pytest.raises(ValidationError) as caught:
        auth.change_own_password(signed_in, WRITER_PASSWORD, "x" * 200)
    assert caught.value.code == "password_too_long"
    assert SignInThrottle.get().failures == 1, "a refused new password costs no attempt"
    auth.change_own_password(signed_in, WRITER_PASSWORD, "sandi-baru-sari")
    with pytest.raises(SignInFailed):
        auth.sign_in("Sari Penulis", WRITER_PASSWORD)
    assert auth.sign_in("Sari Penulis", "sandi-baru-sari").person_id == writer.id
    [event] = _events(PersonEventKind.PASSWORD_CHANGED)
    assert (event.person_id, event.actor_id) == (writer.id, writer.id)


def test_only_an_admin_sets_or_resets_passwords(database, auth, admin, writer):
    signed_in = auth.sign_in("Sari Penulis", WRITER_PASSWORD)
    with pytest.raises(PermissionDenied) as caught:
        auth.set_password(signed_in, admin.person_id, "sandi-curian-123")
    assert (caught.value.action, caught.value.role) == (ADMIN_ONLY, "writer")
    assert auth.sign_in(ADMIN, ADMIN_PASSWORD)
    kinds = [(e.action, e.person_id, e.actor_id) for e in _events() if e.action.startswith("password_")]
    assert kinds == [("password_set", writer.id, admin.person_id)]
    auth.set_password(admin, writer.id, "sandi-setelah-lupa")
    # the reset, then the admin's certificate for the new key (core/key_certificates.py)
    assert [(e.action, e.person_id, e.actor_id) for e in _events()[-2:]] == [
        ("password_reset", writer.id, admin.person_id),
        ("key_certified", writer.id, admin.person_id),
    ]


@pytest.mark.real_password_cost
def test_passwords_are_never_logged_nor_stored(database, auth, caplog):
    caplog.set_level(logging.DEBUG)
    admin = auth.set_up_first_admin(ADMIN, ADMIN_PASSWORD)
    with pytest.raises(SignInFailed):
        auth.sign_in(ADMIN, "coba-coba-salah")
    auth.change_own_password(admin, ADMIN_PASSWORD, "sandi-kedua-kepala")
    for secret in (ADMIN_PASSWORD, "coba-coba-salah", "sandi-kedua-kepala"):
        assert secret not in caplog.text
        for row in database.execute_sql("SELECT * FROM person_event").fetchall():
            assert secret not in " ".join(map(str, row))
        assert secret not in Person.get_by_id(admin.person_id).password_hash


# -- the signed-in person -----------------------------------------------------------------------


def test_a_signed_in_person_cannot_be_forged(database, auth, admin, writer):
    people = PeopleService(database)
    signed_in = auth.sign_in("Sari Penulis", WRITER_PASSWORD)
    for forged in (
        lambda: SignedIn(writer.id, writer.uuid, writer.name, "admin"),
        lambda: SignedIn(admin.person_id, admin.uuid, admin.name, "admin", b"\0" * 32),
        lambda: dataclasses.replace(signed_in, role="admin"),
        lambda: dataclasses.replace(signed_in, person_id=admin.person_id),
    ):
        with pytest.raises(TypeError):
            forged()
    tampered = dataclasses.replace(signed_in)  # a true copy is still valid...
    object.__setattr__(tampered, "person_id", admin.person_id)  # ...until changed behind its back
    for actor in (tampered, admin.person_id, people.get(admin.person_id), None):
        with pytest.raises(TypeError):
            people.create(actor, "Penyusup", "admin")
        with pytest.raises(TypeError):
            current_person(actor)
    assert "Penyusup" not in [p.name for p in people.list()]
    assert "_seal" not in repr(signed_in)


def test_what_a_signed_in_person_may_do_is_read_from_the_database(database, auth, admin, writer):
    people = PeopleService(database)
    second = people.create(admin, "Admin Kedua", "admin")
    auth.set_password(admin, second.id, "sandi-admin-kedua")
    other = auth.sign_in("Admin Kedua", "sandi-admin-kedua")
    people.update(admin, second.id, role="editor")
    assert other.role == "admin", "as at sign-in"
    with pytest.raises(PermissionDenied) as caught:
        people.create(other, "Orang Baru", "writer")
    assert (caught.value.role, caught.value.action) == ("editor", ADMIN_ONLY)

    nobody = people.create(admin, "Sebentar Saja", "writer")
    auth.set_password(admin, nobody.id, "sandi-sebentar")
    gone = auth.sign_in("Sebentar Saja", "sandi-sebentar")
    people.delete(admin, nobody.id)
    with pytest.raises(PermissionDenied) as caught:
        current_person(gone)
    assert caught.value.action == "session_ended"
    assert "no longer" in describe_error(caught.value)


def test_the_seal_key_is_this_processes_own():
    assert len(auth_module._SEAL_KEY) == 32
