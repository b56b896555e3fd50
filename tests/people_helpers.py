"""People for tests: the database's admin signed in, and people made by them through the core
(changing people needs a signed-in admin: desktop_app/core/people.py)."""

from __future__ import annotations

from desktop_app.core.auth import AuthService, SignedIn
from desktop_app.core.demo import DEMO_PASSWORDS
from desktop_app.core.errors import ValidationError
from desktop_app.core.people import PeopleService

#: The password the tests' admins get (any password that follows the rules).
TEST_PASSWORD = "kata-sandi-uji"
DEMO_ADMIN = "Admin Redaksi"


_test_admins: set[str] = set()  # the uuids of admins given TEST_PASSWORD by admin_of


def admin_of(database, name: str = "Admin Uji") -> SignedIn:
    """The database's admin, signed in: set up as its first admin (``name``, with
    :data:`TEST_PASSWORD`) when it has none yet, else the one set up so before, else the demo's."""
    auth = AuthService(database)
    if auth.needs_first_admin():
        # (admins from before sign-in: one of them becomes the first to sign in)
        candidates = auth.first_admin_candidates()
        try:
            admin = auth.set_up_first_admin(candidates[0].name if candidates else name, TEST_PASSWORD)
        except ValidationError as exc:  # another test process set it up just now
            if exc.code != "first_admin_exists":
                raise
        else:
            _test_admins.add(admin.uuid)
            return admin
    people = PeopleService(database).list()
    for person in sorted(people, key=lambda p: p.name != name):
        if person.uuid in _test_admins and person.role == "admin":
            return auth.sign_in(person.name, TEST_PASSWORD)
    if any(person.name == name and person.role == "admin" for person in people):
        return auth.sign_in(name, TEST_PASSWORD)  # (set up so by another test process)
    return auth.sign_in(DEMO_ADMIN, DEMO_PASSWORDS["admin"])


def add_person(database, name: str, role: str = "writer", *, admin: SignedIn | None = None):
    """A new person (PersonData) made by ``admin`` (by default :func:`admin_of` the database)."""
    return PeopleService(database).create(admin or admin_of(database), name, role)


def signed_in(database, person, *, admin: SignedIn | None = None) -> SignedIn:
    """``person`` (a PersonData) signed in: an admin gives them :data:`TEST_PASSWORD` first."""
    auth = AuthService(database)
    auth.set_password(admin or admin_of(database), person.id, TEST_PASSWORD)
    return auth.sign_in(person.name, TEST_PASSWORD)


_sessions: dict[str, SignedIn] = {}


def as_person(person) -> SignedIn:
    """``person`` (a PersonData of the database the models are bound to) signed in, as the
    services that act for someone need: given :data:`TEST_PASSWORD` by the database's admin the
    first time (the same session after that)."""
    from db.models import database_proxy

    if person.uuid not in _sessions:
        _sessions[person.uuid] = signed_in(database_proxy.obj, person)
    return _sessions[person.uuid]
