"""Spell checking that trusts correct Indonesian: affixed forms of known roots, the shipped
names, words in capitals, the database's people; and real errors are still caught."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.core.morphology import candidate_roots
from desktop_app.core.spelling import OfficeDictionary, SpellChecker

# Wrongly flagged before (issue 19): news text, a list of standard words, the seed and demo.
_CASES = json.loads((Path(__file__).parents[1] / "data" / "spelling_cases.json").read_text("utf-8"))
ACCEPTED = _CASES["accepted"]
# Made-up misspellings (the typo tests of test_spelling.py and the benchmark's): still caught.
TYPOS = _CASES["typos"]
DAYS_AND_MONTHS = _CASES["days_and_months"]


@pytest.fixture(scope="module")
def spell() -> SpellChecker:
    checker = SpellChecker(("id", "en"))
    checker.load()
    return checker


@pytest.mark.parametrize("word", ACCEPTED)
def test_correct_indonesian_the_issue_lists_is_accepted(spell, word):
    assert spell.is_correct(word)


@pytest.mark.parametrize("word", TYPOS)
def test_typos_are_still_caught(spell, word):
    assert not spell.is_correct(word)


def test_days_months_provinces_and_institutions_are_known(spell):
    text = " ".join(DAYS_AND_MONTHS) + " Sumatera Barat Riau Papua Pegunungan DPR BNI PPh PT OJK Kemendagri"
    assert spell.misspelled_words(text) == []


@pytest.mark.parametrize(
    ("word", "root"),
    [
        ("dirumuskan", "rumus"),
        ("berkomitmen", "komitmen"),
        ("mengakselerasi", "akselerasi"),
        ("menulis", "tulis"),
        ("memakai", "pakai"),
        ("menyusun", "susun"),
        ("mentransformasi", "transformasi"),
        ("keberlanjutan", "lanjut"),
        ("antarwarga", "warga"),
        ("finalisasi", "final"),
        ("sistemik", "sistem"),
        ("diapresiasinya", "apresiasi"),
    ],
)
def test_affixes_come_off_the_way_indonesian_puts_them_on(word, root):
    assert root in set(candidate_roots(word))


def test_words_in_capitals_are_skipped_when_asked():
    strict = SpellChecker(("id",))
    relaxed = SpellChecker(("id",), skip_uppercase=True)
    assert strict.misspelled_words("Rapat PPKMX dan BUMDESX") == ["PPKMX", "BUMDESX"]
    assert relaxed.misspelled_words("Rapat PPKMX dan BUMDESX") == []
    assert relaxed.misspelled_words("Rapat Ppkmx") == ["Ppkmx"]  # only capitals only
    relaxed.set_skip_uppercase(False)
    assert relaxed.misspelled_words("Rapat PPKMX") == ["PPKMX"]


def test_the_people_of_the_database_are_accepted_by_name(database):
    from db.models import Person

    Person.create(name="Teta Midra", role="writer")
    spell = OfficeDictionary(database).checker(("id",))
    assert spell.misspelled_words("Kepala dinas Teta Midra hadir.") == []
    assert spell.misspelled_words("midra") == ["midra"]  # a name keeps its capital


def test_affixes_on_an_office_word_are_accepted_and_do_not_hide_real_errors():
    spell = SpellChecker(("id",), office_words=["sertijab"])
    assert spell.misspelled_words("acara disertijabkan") == []
    # "rumuskan" is a right word, and "di rumuskan" is still found (by the house style)
    from desktop_app.core.house_style import HouseStyleChecker

    assert spell.misspelled_words("yang di rumuskan") == []
    assert [f.suggestion for f in HouseStyleChecker(spell).findings("yang di rumuskan")] == ["dirumuskan"]


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("memungkin", "memungkinkan"),
        ("mengakibat", "mengakibatkan"),
        ("menyebab", "menyebabkan"),
        ("memperbaik", "memperbaiki"),
    ],
)
def test_a_men_form_without_the_suffix_it_needs_is_flagged(spell, wrong, right):
    assert spell.misspelled_words(f"hal ini {wrong} kita") == [wrong]
    assert spell.misspelled_words(f"hal ini {right} kita") == []


def test_the_suffix_check_keeps_the_right_forms(spell):
    right = (
        "memungkinkan dimungkinkan kemungkinan membaca menulis mentransformasi mengakselerasi "
        "mengonfirmasi mengimplementasikan mengapresiasi berkomitmen dikonfirmasi"
    )
    assert spell.misspelled_words(right) == []


def test_a_capitalised_word_at_a_sentence_start_gets_the_affix_handling(spell):
    assert spell.misspelled_words("Pemeringkat itu menegaskan. Dikonfirmasi kemarin.") == []
    assert spell.misspelled_words("Pelayann dan Memungkin") == ["Pelayann", "Memungkin"]


def test_capitals_inside_a_word_and_a_clitic_after_a_hyphen():
    relaxed = SpellChecker(("id",), skip_uppercase=True)
    strict = SpellChecker(("id",))
    text = "PPh-nya dan SKPx-nya naik, peringkat idA dari MedcoEnergi"
    assert relaxed.misspelled_words(text) == []
    # "PPh" is in the shipped names list; "-nya" after a hyphen is right
    assert strict.misspelled_words(text) == ["SKPx", "idA", "MedcoEnergi"]
    assert relaxed.misspelled_words("Rapat Ppkmx") == ["Ppkmx"]  # one capital, first: checked
    assert relaxed.misspelled_words("rumahh-nya") == ["rumahh"]
