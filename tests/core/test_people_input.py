"""A person's name and e-mail address as typed or pasted: characters no database can keep
(PostgreSQL refuses NUL) are removed, and what is too long is refused in words, on both
backends (a NUL was a DataError on PostgreSQL: "unexpected error")."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import ValidationError
from desktop_app.core.people import EMAIL_MAX_LENGTH, PeopleService
from desktop_app.messages import describe_error
from tests.people_helpers import admin_of


def test_a_nul_in_a_name_or_an_e_mail_address_is_removed(database):
    people, admin = PeopleService(database), admin_of(database)
    person = people.create(admin, "Bu\x00di Santoso\x07", email="budi\x00@example.go.id")
    assert people.get(person.id).name == "Budi Santoso"
    assert people.get(person.id).email == "budi@example.go.id"
    renamed = people.update(admin, person.id, name="Budi\x00 S.")
    assert renamed.name == "Budi S."


def test_a_name_of_only_control_characters_is_refused_as_empty(database):
    with pytest.raises(ValidationError) as caught:
        PeopleService(database).create(admin_of(database), "\x00\x01")
    assert caught.value.code == "name_required"


def test_an_e_mail_address_too_long_is_refused_in_words(database):
    people, admin = PeopleService(database), admin_of(database)
    with pytest.raises(ValidationError) as caught:
        people.create(admin, "Sari", email="a" * (EMAIL_MAX_LENGTH + 1) + "@example.go.id")
    assert caught.value.code == "email_too_long"
    assert "too long" in describe_error(caught.value)
    assert [p.name for p in people.list()] == ["Admin Uji"]  # nothing stored
