"""A database made before sign-in (schema 0009): after the upgrade everyone keeps their name,
role and state, nobody has a password, and the first start asks for the administrator's: one of
the existing admins, not whoever sits at the workstation."""

from __future__ import annotations

import uuid

import pytest

from db import migrate
from db.database import open_database
from desktop_app.core.auth import AuthService
from desktop_app.core.errors import SignInFailed, ValidationError
from desktop_app.core.people import PeopleService
from desktop_app.messages import describe_error

BEFORE_SIGN_IN = "0009_revision_image_words"
OLD_PEOPLE = [  # name, role, active
    ("Admin Redaksi", "admin", True),
    ("Redaktur Lama", "editor", True),
    ("Penulis Lama", "writer", True),
    ("Mantan Admin", "admin", False),
]


@pytest.fixture
def old_database(db_target):
    """``db_target`` with the schema and people of the version before sign-in."""
    database = open_database(db_target, migrate_schema=False, bind=False)
    try:
        migrate.upgrade(database, BEFORE_SIGN_IN)
        assert migrate.applied_migrations(database)[-1] == BEFORE_SIGN_IN
        p = database.param
        for name, role, active in OLD_PEOPLE:
            database.execute_sql(
                f"INSERT INTO person (uuid, name, email, role, active, created_at)"
                f" VALUES ({p}, {p}, '', {p}, {p}, CURRENT_TIMESTAMP)",
                [str(uuid.uuid4()), name, role, active],
            )
    finally:
        database.close()
    return db_target


def test_the_upgrade_keeps_everyones_role_and_asks_for_the_admins_password(old_database):
    database = open_database(old_database)  # runs the sign-in migration
    try:
        assert migrate.applied_migrations(database) == migrate.known_migrations()
        people = PeopleService(database).list(include_inactive=True)
        assert sorted((p.name, p.role, p.active) for p in people) == sorted(OLD_PEOPLE)
        assert not any(p.has_password for p in people)

        auth = AuthService(database)
        assert auth.needs_first_admin()
        assert [p.name for p in auth.first_admin_candidates()] == ["Admin Redaksi"]
        with pytest.raises(SignInFailed):
            auth.sign_in("Admin Redaksi", "")  # nobody has a password yet

        # the first admin is one of the admins: a writer at the workstation cannot take over
        with pytest.raises(ValidationError) as caught:
            auth.set_up_first_admin("Penulis Lama", "sandi-penulis-lama")
        assert (caught.value.code, caught.value.detail) == ("not_an_admin", "Admin Redaksi")
        assert describe_error(caught.value) == "Choose one of the database's admins: Admin Redaksi."
        with pytest.raises(ValidationError):
            auth.set_up_first_admin("Orang Baru", "sandi-orang-baru")
        assert auth.needs_first_admin()

        admin = auth.set_up_first_admin("admin redaksi", "sandi-admin-redaksi")
        assert admin.name == "Admin Redaksi"
        assert not auth.needs_first_admin()
        after = PeopleService(database).list(include_inactive=True)
        assert sorted((p.name, p.role, p.active) for p in after) == sorted(OLD_PEOPLE)
        assert [p.name for p in after if p.has_password] == ["Admin Redaksi"]

        # the others get their passwords from the admin
        editor = next(p for p in after if p.name == "Redaktur Lama")
        auth.set_password(admin, editor.id, "sandi-redaktur-lama")
        assert auth.sign_in("Redaktur Lama", "sandi-redaktur-lama").role == "editor"
    finally:
        database.close()
