"""The officials directory (desktop_app/core/officials.py): editors and admins change it,
writers read it; names, titles and periods are checked (overlapping periods of one title are
refused, through aliases and acting or not) with nothing changed; the holder of a title on a day;
every change in the audit trail; the demo's handover."""

from __future__ import annotations

import datetime as _dt

import pytest

from db.models import Official, OfficialTitle, PersonEvent
from desktop_app.core.errors import PermissionDenied, ValidationError
from desktop_app.core.models import PersonEventKind
from desktop_app.core.officials import (
    MANAGE_OFFICIALS,
    OfficialDraft,
    OfficialsService,
    TitleDraft,
    split_acting,
    title_key,
)
from desktop_app.messages import describe_error
from tests.people_helpers import add_person, admin_of, signed_in

D = _dt.date
KADIS = "Kepala Dinas Komunikasi dan Informatika"
ALIASES = "Kepala Dinas Kominfo\nKadis Kominfo"
UNIT = "Pemerintah Kabupaten Solok"


@pytest.fixture
def service(database):
    return OfficialsService(database)


@pytest.fixture
def editor(database):
    admin = admin_of(database)
    return signed_in(database, add_person(database, "Redaktur Uji", "editor", admin=admin), admin=admin)


@pytest.fixture
def writer(database):
    admin = admin_of(database)
    return signed_in(database, add_person(database, "Penulis Uji", "writer", admin=admin), admin=admin)


def teta(**title) -> OfficialDraft:
    values = {
        "title": "Plt. " + KADIS,
        "unit": UNIT,
        "valid_from": D(2026, 11, 5),
        "valid_to": D(2026, 12, 1),
        "aliases": ALIASES,
    }
    values.update(title)
    return OfficialDraft("Teta Midra", [TitleDraft(**values)])


def test_an_editor_adds_an_official_and_the_trail_keeps_it(service, editor):
    saved = service.save(editor, teta())
    [title] = saved.titles
    assert (saved.name, title.title, title.acting, title.unit) == ("Teta Midra", KADIS, True, UNIT)
    assert title.display_title == "Plt. " + KADIS
    assert title.aliases == ("Kepala Dinas Kominfo", "Kadis Kominfo")
    event = PersonEvent.get(PersonEvent.action == PersonEventKind.OFFICIAL_ADDED.value)
    assert (event.person_name, event.actor_id) == ("Teta Midra", editor.person_id)
    assert "Plt. " + KADIS in event.new_value
    assert "2026-11-05" in event.new_value


def test_editing_replaces_titles_and_is_recorded(service, editor):
    saved = service.save(editor, teta())
    draft = teta(valid_to=D(2026, 12, 2))
    draft.id = saved.id
    draft.titles[0].uuid = saved.titles[0].uuid
    changed = service.save(editor, draft)
    assert changed.titles[0].valid_to == D(2026, 12, 2)
    assert changed.titles[0].uuid == saved.titles[0].uuid  # the title kept its identity
    event = PersonEvent.get(PersonEvent.action == PersonEventKind.OFFICIAL_CHANGED.value)
    assert "2026-12-01" in event.old_value
    assert "2026-12-02" in event.new_value
    service.delete(editor, saved.id)
    assert not Official.select().exists()
    assert not OfficialTitle.select().exists()
    assert (
        PersonEvent.select().where(PersonEvent.action == PersonEventKind.OFFICIAL_DELETED.value).count() == 1
    )


def test_a_writer_reads_but_cannot_change(service, editor, writer):
    saved = service.save(editor, teta())
    for attempt in (
        lambda: service.save(writer, teta(valid_from=D(2025, 1, 1), valid_to=D(2025, 2, 1))),
        lambda: service.delete(writer, saved.id),
    ):
        with pytest.raises(PermissionDenied) as caught:
            attempt()
        assert caught.value.action == MANAGE_OFFICIALS
    assert "Only an editor or an admin" in describe_error(caught.value)
    assert [o.name for o in service.officials()] == ["Teta Midra"]
    assert service.holder_of("Kepala Dinas Kominfo", D(2026, 11, 10)).name == "Teta Midra"


@pytest.mark.parametrize(
    ("draft", "code", "words"),
    [
        (OfficialDraft("  ", [TitleDraft(KADIS, D(2026, 1, 1))]), "name_required", "A name is required"),
        (
            OfficialDraft("Teta Midra", [TitleDraft(" Plt. ", D(2026, 1, 1))]),
            "official_title_required",
            "needs its text",
        ),
        (OfficialDraft("Teta Midra", [TitleDraft(KADIS, None)]), "official_date_required", "first held"),
        (
            OfficialDraft("Teta Midra", [TitleDraft(KADIS, D(2026, 2, 1), D(2026, 1, 31))]),
            "official_period_reversed",
            "ends before it begins",
        ),
    ],
)
def test_bad_input_is_refused_with_a_message(service, editor, draft, code, words):
    with pytest.raises(ValidationError) as caught:
        service.save(editor, draft)
    assert caught.value.code == code
    assert words in describe_error(caught.value)
    assert not Official.select().exists()
    assert not PersonEvent.select().where(PersonEvent.action.startswith("official")).exists()


@pytest.mark.parametrize(
    "title",
    [
        {"title": KADIS, "valid_from": D(2026, 12, 1), "valid_to": None},  # definitive, open-ended
        {
            "title": "kepala  dinas KOMINFO",
            "aliases": "",
            "valid_from": D(2026, 11, 1),
            "valid_to": D(2026, 11, 5),
        },
        {"title": "Kadis Kominfo", "aliases": "", "valid_from": D(2026, 10, 1), "valid_to": None},
    ],
)
def test_overlapping_periods_of_one_title_are_refused(service, editor, title):
    service.save(editor, teta())
    values = {"unit": UNIT, "aliases": ""}
    values.update(title)
    with pytest.raises(ValidationError) as caught:
        service.save(editor, OfficialDraft("Kepala Dinas Demo", [TitleDraft(**values)]))
    assert caught.value.code == "official_period_overlap"
    message = describe_error(caught.value)
    assert "Teta Midra" in message
    assert "Plt. " + KADIS in message
    assert "nothing was changed" in message
    assert [o.name for o in service.officials()] == ["Teta Midra"]


def test_periods_that_meet_or_differ_in_unit_are_accepted(service, editor):
    service.save(editor, teta())
    service.save(editor, OfficialDraft("Kepala Dinas Demo", [TitleDraft(KADIS, D(2026, 12, 2), unit=UNIT)]))
    service.save(
        editor, OfficialDraft("Kadis Lain", [TitleDraft(KADIS, D(2026, 11, 1), unit="Kabupaten Lain")])
    )
    assert {o.name for o in service.officials()} == {"Teta Midra", "Kepala Dinas Demo", "Kadis Lain"}


def test_one_official_cannot_hold_one_title_twice_at_once(service, editor):
    draft = OfficialDraft("Teta Midra", [TitleDraft(KADIS, D(2026, 1, 1)), TitleDraft(KADIS, D(2026, 6, 1))])
    with pytest.raises(ValidationError) as caught:
        service.save(editor, draft)
    assert (caught.value.code, caught.value.row) == ("official_period_overlap", 1)


def test_holder_of_a_title_on_a_day(service, editor):
    service.save(editor, teta())
    service.save(
        editor,
        OfficialDraft("Kepala Dinas Demo", [TitleDraft(KADIS, D(2026, 12, 2), unit=UNIT, aliases=ALIASES)]),
    )
    acting = service.holder_of("Kepala Dinas Kominfo", D(2026, 11, 10))
    assert (acting.name, acting.insert_text) == ("Teta Midra", f"Plt. {KADIS}, Teta Midra")
    assert service.holder_of("Plt. kadis kominfo", D(2026, 12, 1)).name == "Teta Midra"  # inclusive
    assert service.holder_of(KADIS, D(2026, 12, 2)).name == "Kepala Dinas Demo"
    assert service.holder_of(KADIS, D(2030, 1, 1)).name == "Kepala Dinas Demo"  # open-ended
    assert service.holder_of(KADIS, D(2026, 11, 4)) is None
    assert service.holder_of("Bupati", D(2026, 11, 10)) is None
    on_day = service.titles_on(D(2026, 11, 10))
    assert [h.name for h in on_day] == ["Teta Midra"]
    assert on_day[0].matches("kepala dinas kominfo")
    assert on_day[0].matches("teta")
    assert on_day[0].matches("plt kadis")
    assert not on_day[0].matches("bupati")


def test_title_matching_keys():
    assert title_key("  Kepala  Dinas, KOMINFO.") == "kepala dinas kominfo"
    assert split_acting("Plt. Kepala Dinas") == (True, "Kepala Dinas")
    assert split_acting("Pelaksana Tugas Sekda") == (True, "Sekda")
    assert split_acting("Pltu Manager") == (False, "Pltu Manager")


def test_the_demo_has_the_handover(demo_database):
    from db.models import utcnow
    from desktop_app.core.dates import to_local

    service = OfficialsService(demo_database)
    today = to_local(utcnow()).date()
    acting = service.holder_of("Kepala Dinas Kominfo", today - _dt.timedelta(days=10))
    assert (acting.name, acting.title.acting) == ("Teta Midra", True)
    assert acting.title.valid_from == today - _dt.timedelta(days=30)
    assert acting.title.valid_to == today - _dt.timedelta(days=4)
    new = service.holder_of("Kadis Kominfo", today)
    assert (new.name, new.title.acting, new.title.valid_to) == ("Kepala Dinas Demo", False, None)
    assert new.title.valid_from == today - _dt.timedelta(days=3)


def test_the_directory_history_names_who_and_what(service, editor):
    saved = service.save(editor, teta())
    service.delete(editor, saved.id)
    history = service.history()
    assert [(e.kind, e.person_name, e.actor_name) for e in history] == [
        ("official_deleted", "Teta Midra", "Redaktur Uji"),
        ("official_added", "Teta Midra", "Redaktur Uji"),
    ]
    assert "Plt. " + KADIS in history[0].old_value


def test_two_editors_adding_overlapping_periods_at_once_cannot_both_succeed(database, service, editor):
    """The directory's changes take turns (an advisory lock on PostgreSQL, SQLite's write lock):
    of two overlapping periods saved at the same moment, one is refused."""
    import threading

    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def add(name: str, start: _dt.date) -> None:
        barrier.wait()
        try:
            service.save(editor, OfficialDraft(name, [TitleDraft(KADIS, start, unit=UNIT)]))
            outcomes.append("saved")
        except ValidationError as exc:
            outcomes.append(exc.code)
        finally:
            database.close()  # this thread's connection

    threads = [
        threading.Thread(target=add, args=("Kepala Dinas Satu", D(2026, 11, 1))),
        threading.Thread(target=add, args=("Kepala Dinas Dua", D(2026, 11, 2))),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["official_period_overlap", "saved"]
    assert len(service.officials()) == 1
