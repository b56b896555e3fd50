"""Only an admin changes people (desktop_app/core/people.py), enforced in the core whatever the
window shows: a writer calling the people service to make themselves editor is refused; names
of active people differ; an admin who can sign in remains; every change is in the audit trail."""

from __future__ import annotations

import pytest

from db.models import Person
from desktop_app.core.auth import AuthService
from desktop_app.core.errors import ADMIN_ONLY, PermissionDenied, ValidationError
from desktop_app.core.models import PersonEventKind
from desktop_app.core.people import PeopleService
from desktop_app.messages import describe_error

PASSWORDS = {"admin": "sandi-kepala-dinas", "editor": "sandi-redaktur-1", "writer": "sandi-penulis-1"}


@pytest.fixture
def auth(database):
    return AuthService(database)


@pytest.fixture
def people(database):
    return PeopleService(database)


@pytest.fixture
def team(auth, people):
    """``{role: SignedIn}``: an admin, an editor and a writer, each signed in with a password."""
    admin = auth.set_up_first_admin("Kepala Dinas", PASSWORDS["admin"])
    for name, role in (("Budi Redaktur", "editor"), ("Sari Penulis", "writer")):
        person = people.create(admin, name, role)
        auth.set_password(admin, person.id, PASSWORDS[role])
    return {
        "admin": admin,
        "editor": auth.sign_in("Budi Redaktur", PASSWORDS["editor"]),
        "writer": auth.sign_in("Sari Penulis", PASSWORDS["writer"]),
    }


def test_a_writer_cannot_make_themselves_editor(people, team):
    writer = team["writer"]
    with pytest.raises(PermissionDenied) as caught:
        people.update(writer, writer.person_id, role="editor")
    assert (caught.value.role, caught.value.action) == ("writer", ADMIN_ONLY)
    assert (
        describe_error(caught.value) == "Only an admin may do this (your role: Writer). Nothing was changed."
    )
    assert people.get(writer.person_id).role == "writer"


@pytest.mark.parametrize("role", ["writer", "editor"])
def test_only_an_admin_changes_people(people, team, role):
    actor = team[role]
    editor = team["editor"].person_id
    attempts = {
        "create": lambda: people.create(actor, "Orang Baru", "admin"),
        "promote": lambda: people.update(actor, actor.person_id, role="admin"),
        "demote": lambda: people.update(actor, team["admin"].person_id, role="writer"),
        "rename": lambda: people.update(actor, editor, name="Nama Lain"),
        "deactivate": lambda: people.update(actor, team["admin"].person_id, active=False),
        "delete": lambda: people.delete(actor, team["admin"].person_id),
        "history": lambda: people.history(actor),
        "bad input": lambda: people.create(actor, "", "superuser"),  # refused as not admin first
    }
    for what, attempt in attempts.items():
        with pytest.raises(PermissionDenied, match=ADMIN_ONLY) as caught:
            attempt()
        assert caught.value.role == role, what
    assert sorted((p.name, p.role, p.active) for p in people.list(include_inactive=True)) == [
        ("Budi Redaktur", "editor", True),
        ("Kepala Dinas", "admin", True),
        ("Sari Penulis", "writer", True),
    ]
    assert {e.kind for e in people.history(team["admin"])} <= {
        "created",
        "first_admin",
        "password_set",
        "key_certified",  # (the admin vouched for the key each password gave)
        "signed_in",
    }


def test_an_admin_manages_people_and_every_change_is_recorded(people, team):
    admin, writer = team["admin"], team["writer"]
    people.update(admin, writer.person_id, role="editor", name="Sari W.")
    people.update(admin, writer.person_id, active=False)
    people.update(admin, writer.person_id, active=True)
    history = people.history(admin, writer.person_id)
    changes = [(e.kind, e.old_value, e.new_value, e.actor_name) for e in reversed(history)]
    assert changes[-4:] == [
        (PersonEventKind.RENAMED, "Sari Penulis", "Sari W.", "Kepala Dinas"),
        (PersonEventKind.ROLE_CHANGED, "writer", "editor", "Kepala Dinas"),
        (PersonEventKind.DEACTIVATED, "", "", "Kepala Dinas"),
        (PersonEventKind.ACTIVATED, "", "", "Kepala Dinas"),
    ]
    assert history[0].person_name == "Sari W."
    oldest_first = [e.kind for e in reversed(people.history(admin))]
    assert oldest_first[:2] == [PersonEventKind.CREATED, PersonEventKind.FIRST_ADMIN]


def test_a_name_active_people_have_is_refused(people, team):
    admin = team["admin"]
    for name in ("Sari Penulis", "  sari   penulis ", "SARI PENULIS"):
        with pytest.raises(ValidationError) as caught:
            people.create(admin, name, "writer")
        assert caught.value.code == "name_taken"
    assert (
        describe_error(caught.value)
        == "Someone active is already called “SARI PENULIS”. Choose another name."
    )
    with pytest.raises(ValidationError) as caught:
        people.update(admin, team["editor"].person_id, name="sari penulis")
    assert caught.value.code == "name_taken"

    # a deactivated person's name may be given again; bringing them back then is refused
    people.update(admin, team["writer"].person_id, active=False)
    again = people.create(admin, "Sari Penulis", "writer")
    with pytest.raises(ValidationError) as caught:
        people.update(admin, team["writer"].person_id, active=True)
    assert caught.value.code == "name_taken"
    assert people.get(again.id).active


def test_the_last_admin_is_neither_demoted_nor_deactivated_nor_deleted(auth, people, team):
    admin = team["admin"]
    for attempt in (
        lambda: people.update(admin, admin.person_id, role="editor"),
        lambda: people.update(admin, admin.person_id, active=False),
        lambda: people.delete(admin, admin.person_id),
    ):
        with pytest.raises(ValidationError) as caught:
            attempt()
        assert caught.value.code in ("last_admin", "person_has_articles")
    assert not auth.needs_first_admin()

    # another admin without a password would leave nobody able to sign in as admin
    second = people.create(admin, "Admin Kedua", "admin")
    with pytest.raises(ValidationError) as caught:
        people.update(admin, admin.person_id, role="editor")
    assert caught.value.code == "last_admin_password"
    assert "password" in describe_error(caught.value)
    auth.set_password(admin, second.id, "sandi-admin-kedua")
    people.update(admin, admin.person_id, role="editor")
    assert not auth.needs_first_admin()
    with pytest.raises(PermissionDenied):  # no longer an admin, whatever the SignedIn says
        people.update(admin, admin.person_id, role="admin")


def test_deleting_someone_who_never_did_anything(database, auth, people, team):
    admin = team["admin"]
    mistake = people.create(admin, "Salah Ketik", "writer")
    people.delete(admin, mistake.id)
    assert Person.get_or_none(Person.id == mistake.id) is None
    deleted = people.history(admin)[0]
    assert (deleted.kind, deleted.old_value, deleted.person_id) == ("deleted", "Salah Ketik", None)
    # someone who changed other people's accounts keeps their name on that work
    second = people.create(admin, "Admin Kedua", "admin")
    auth.set_password(admin, second.id, "sandi-admin-kedua")
    other = auth.sign_in("Admin Kedua", "sandi-admin-kedua")
    people.update(other, team["writer"].person_id, role="editor")
    with pytest.raises(ValidationError) as caught:
        people.delete(admin, second.id)
    assert caught.value.code == "person_has_articles"
