"""Spell checking (Qt-free): the shipped dictionaries, the office word list, what is skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.errors import ValidationError
from desktop_app.core.resources import resource_path
from desktop_app.core.spelling import (
    OfficeDictionary,
    SpellChecker,
    find_dictionary,
    mask_markup,
    words_in,
)
from tests.conftest import SEEDS_DIR

# The seed article's own names that no dictionary has: an office adds them once (the name of
# an official). Agencies, acronyms and terms such as Diskominfo, SPBE, Sertijab or
# "akuntabilitas" are in Redaksi's supplement (resources/dictionaries/id_ID_redaksi.txt), regencies
# such as Indragiri (Hilir) in its list of names (id_ID_names.txt).
SEED_OFFICE_WORDS = ["Midra"]
# What is still flagged after that is a real finding: non-standard spellings by KBBI
# (bekerja sama, realitas, di mana pun, memungkinkan, mengubah, sekadar).
SEED_REAL_FINDINGS = {"Bekerjasama", "Realitanya", "dimanapun", "memungkin", "merubah", "sekedar"}


def seed_text() -> str:
    """The ten headlines and the E-Government article (the tests' copy of the seed file)."""
    return (SEEDS_DIR / "000_5fb118053777d729.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def checker() -> SpellChecker:
    spell = SpellChecker(("id", "en"))
    assert spell.load().available
    return spell


def test_dictionaries_and_their_licences_are_shipped():
    folder = resource_path("dictionaries")
    for stem in ("id_ID", "en_US"):
        assert (folder / f"{stem}.aff").is_file()
        assert (folder / f"{stem}.dic").is_file()
        assert (folder / f"{stem}.LICENSE.txt").is_file()
        assert find_dictionary(stem[:2]) == folder / stem
    assert "LGPL" in (folder / "id_ID.LICENSE.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lihat [laman](https://solokkab.go.id/berita) dan `kode_ini`, <b>tebal</b>, "
            "www.kominfo.go.id, humas@solokkab.go.id, tahun 2021, COVID19 & Rp5.000 **benar**",
            ["Lihat", "laman", "dan", "tebal", "tahun", "benar"],
        ),
        # A URL's scheme and an e-mail's name begin where their run of characters begins; a
        # link target may hold one pair of parentheses.
        (
            "ABChttps://a.id/x kata, (nama.saya+humas@solokkab.go.id) lagi, foo.www.kominfo.go.id "
            "juga <<b>> [peta](https://id.wikipedia.org/wiki/Solok_(kota)) <a title=x> &amp; &#39;",
            ["ABC", "kata", "lagi", "foo", "juga", "peta"],
        ),
    ],
)
def test_words_skip_urls_markdown_numbers_and_codes(text, expected):
    assert [w for _s, _n, w in words_in(text)] == expected
    for start, length, word in words_in(text):
        assert text[start : start + length] == word  # offsets stay those of the text
    assert len(mask_markup(text)) == len(text)


def test_a_paragraph_that_is_one_long_run_is_checked_word_by_word():
    # Chinese text, a long code: one run of word characters (each try of the e-mail
    # alternative used to read to its end).
    for run in ("中" * 20_000, "x" * 20_000, "a.b" * 7_000, "_" * 20_000):
        masked = mask_markup(run + " humas@solokkab.go.id kata")
        assert masked.startswith(run)
        assert masked[len(run) :].strip() == "kata"


def test_seed_article_has_no_false_alarms_once_the_office_list_has_its_words(checker, database):
    text = seed_text()
    office = OfficeDictionary(database)
    office.add_many(SEED_OFFICE_WORDS)
    spell = office.checker()
    spell.load()
    flagged = set(spell.misspelled_words(text))
    assert flagged <= SEED_REAL_FINDINGS, flagged - SEED_REAL_FINDINGS
    without_office = set(checker.misspelled_words(text))
    assert set(SEED_OFFICE_WORDS) <= without_office
    hunspell_only = SpellChecker(("id", "en"), use_supplements=False)
    assert {"SPBE", "Diskominfo", "akuntabilitas"} <= set(hunspell_only.misspelled_words(text))


def test_made_up_misspelling_is_flagged_where_it_is(checker):
    text = "Dinas Kominfo mendukung pemerintahh daerah dalam pelayanan publik."
    start = text.index("pemerintahh")
    assert (start, len("pemerintahh")) in checker.misspelled(text)
    assert checker.misspelled_words(text) == ["pemerintahh"]


@pytest.mark.parametrize(
    ("typo", "right"),
    [
        ("pemerintahh", "pemerintah"),
        ("kebijakn", "kebijakan"),
        ("masyarakt", "masyarakat"),
        ("goverment", "government"),
        ("Pelayann", "Pelayanan"),
    ],
)
def test_suggestions_contain_the_right_word(checker, typo, right):
    suggestions = checker.suggestions(typo)
    assert right in suggestions
    assert len(suggestions) <= 8
    assert checker.suggestions(typo) == suggestions  # cached


def test_indonesian_clitics_english_words_and_hyphens(checker):
    assert checker.misspelled("teknologinya, kapanpun, organisasinya, websitenya") == []
    assert checker.misspelled("e-government dan hal-hal yang berbau internet") == []
    text = "kerja-kerjaa"
    assert checker.misspelled(text) == [(6, 6)]  # only the wrong part of a hyphenated word
    only_id = SpellChecker(("id",))
    assert only_id.misspelled_words("government") == ["government"]


def test_office_words_case_rules():
    spell = SpellChecker(("id",), office_words=["Arosuka", "SPBE", "diskominfo"])
    assert spell.is_correct("Arosuka")
    assert spell.is_correct("AROSUKA")
    assert not spell.is_correct("arosuka")  # a name written with a capital stays a name
    assert spell.is_correct("SPBE")
    assert not spell.is_correct("spbe")
    assert spell.is_correct("diskominfo")
    assert spell.is_correct("Diskominfo")


def test_acronyms_can_be_ignored_up_to_a_length():
    strict = SpellChecker(("id",), use_supplements=False)
    relaxed = SpellChecker(("id",), ignore_acronyms_up_to=4, use_supplements=False)
    assert strict.misspelled_words("Rapat SPBE dan DPRD") == ["SPBE", "DPRD"]
    assert relaxed.misspelled_words("Rapat SPBE dan DPRD serta BAPPEDA") == ["BAPPEDA"]


def test_supplement_knows_government_news_words():
    text = "Diskominfo dan DPRD membahas akuntabilitas SPBE bersama Sekda dan Bappeda."
    assert SpellChecker(("id",)).misspelled(text) == []
    assert SpellChecker(("id",), use_supplements=False).misspelled_words(text) == [
        "Diskominfo",
        "DPRD",
        "akuntabilitas",
        "SPBE",
        "Sekda",
        "Bappeda",
    ]
    assert SpellChecker(("id",)).misspelled_words("spbe diskominfo") == ["spbe", "diskominfo"]


def test_ignore_accepts_a_word_for_the_session(checker):
    spell = SpellChecker(("id",))
    assert spell.misspelled_words("kata Arosukaa") == ["Arosukaa"]
    spell.ignore("Arosukaa")
    assert spell.misspelled("kata Arosukaa") == []


def test_rechecking_after_an_edit_only_looks_up_the_new_word(checker):
    spell = SpellChecker(("id", "en"))
    spell.load()
    paragraph = (
        "Pemerintah daerah meningkatkan pelayanan publik melalui aplikasi "
        "dan jaringan internet di seluruh kecamatan."
    )
    first = spell.misspelled(paragraph)
    assert spell.cached_misspelled(paragraph) == first
    edited = paragraph.replace("seluruh", "semua wilayahh")
    assert spell.cached_misspelled(edited) is None
    assert spell.unchecked_words(edited) == 2
    assert spell.misspelled_words(edited) == ["wilayahh"]


def test_known_answers_need_no_look_up_and_skip_the_word_being_typed():
    spell = SpellChecker(("id", "en"))
    spell.load()
    spell.misspelled("Pemerintah daerah kabupatenn")  # these three words are now known
    text = "Pemerintah daerah kabupatenn Tigotangguu baru"
    found, complete = spell.misspelled_known(text)
    assert found == [(18, 10)]  # what is known; "Tigotangguu" and "baru" need a look-up
    assert not complete
    assert spell.cached_misspelled(text) is None  # nothing was looked up
    typing = "Pemerintah daerah kabupatenn"
    assert spell.misspelled_known(typing, typing_at=len(typing)) == ([], True)
    assert spell.misspelled_known(typing, typing_at=len(typing) - 3) == ([(18, 10)], True)
    assert spell.misspelled(text) == [(18, 10), (29, 11)]
    assert spell.misspelled_known(text) == ([(18, 10), (29, 11)], True)


def test_missing_dictionary_says_so_once_and_stays_quiet(tmp_path: Path):
    spell = SpellChecker(("xx",), dictionary_dirs=[tmp_path])
    status = spell.load()
    assert not status.available
    assert status.missing == ("xx",)
    assert spell.misspelled("anything at all, qqqq") == []
    assert spell.is_correct("qqqq")
    assert spell.take_notice() == status
    assert spell.take_notice() is None
    partial = SpellChecker(("id", "xx"))
    assert partial.load().languages == ("id",)
    assert partial.take_notice().missing == ("xx",)
    assert partial.misspelled_words("pemerintahh") == ["pemerintahh"]


def test_office_dictionary_in_the_database(database):
    office = OfficeDictionary(database)
    assert office.words() == []
    assert office.add("  Arosuka, ") == "Arosuka"
    office.add("Arosuka")  # twice is harmless
    office.add("SPBE")
    assert office.words() == ["Arosuka", "SPBE"]
    assert office.contains("SPBE")
    assert office.checker(("id",)).is_correct("Arosuka")
    assert office.remove("SPBE")
    assert not office.remove("SPBE")
    assert office.words() == ["Arosuka"]
    with pytest.raises(ValidationError):
        office.add("two words")
    with pytest.raises(ValidationError):
        office.add("   ")
    with pytest.raises(ValidationError):
        office.add("x" * 101)


def test_the_verdict_caches_can_be_shared_by_two_threads():
    """The GUI thread reads the caches while the look-up worker fills them. Reading moves the
    entry to the end: another thread evicting it in between made the move fail (KeyError)."""
    import threading

    from desktop_app.core.spelling import _LRU

    class Interleaved(_LRU):
        """The first move of an entry lets another thread fill the cache meanwhile."""

        armed = False
        other: threading.Thread | None = None

        def move_to_end(self, key, last=True):
            if self.armed and self.other is None:
                self.other = threading.Thread(target=lambda: (self.put("c", 3), self.put("d", 4)))
                self.other.start()
                self.other.join(timeout=0.3)  # it evicts "a" and "b", unless it must wait
            super().move_to_end(key, last)

    cache = Interleaved(2)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.armed = True
    assert cache.get_item("a") == 1
    cache.other.join()
    assert list(cache) == ["c", "d"]
