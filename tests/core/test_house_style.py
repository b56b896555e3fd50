"""Indonesian house style (Qt-free): every named rule with a positive and a negative example,
the list of non-standard forms, the seed article's five errors, the office's own rules."""

from __future__ import annotations

import json

import pytest

from desktop_app.core.errors import ValidationError
from desktop_app.core.house_style import (
    OFFICE_RULE_ID,
    OWN_WORDS_RULE_ID,
    WORDS_RULE_ID,
    HouseStyleChecker,
    OfficeStyleRules,
    read_pairs,
    shipped_rule_book,
)
from desktop_app.core.resources import resource_path
from desktop_app.core.spelling import SpellChecker
from tests.conftest import SEEDS_DIR


@pytest.fixture(scope="module")
def spell() -> SpellChecker:
    checker = SpellChecker(("id", "en"))
    assert checker.load().available
    return checker


@pytest.fixture(scope="module")
def style(spell) -> HouseStyleChecker:
    return HouseStyleChecker(spell)


def fixes(style: HouseStyleChecker, text: str) -> list[tuple[str, str, str]]:
    """(text found, suggestion, rule id) of each finding."""
    return [(f.text, f.suggestion, f.rule.id) for f in style.findings(text)]


# Each named rule: (rule id, text with the error, what is found, its fix, text without the error)
NAMED = [
    (
        "sekadar",
        "lebih luas dari sekedar teknologi",
        "sekedar",
        "sekadar",
        "lebih luas dari sekadar teknologi",
    ),
    ("mengubah", "untuk merubah pola hubungan", "merubah", "mengubah", "untuk mengubah pola; seekor rubah"),
    (
        "di-prefix-apart",
        "yang di rumuskan oleh Bank Dunia",
        "di rumuskan",
        "dirumuskan",
        "rapat di rumah bupati",
    ),
    (
        "di-prefix-apart",
        "harus di implementasikan segera",
        "di implementasikan",
        "diimplementasikan",
        "di kebijakan itu",
    ),
    (
        "di-preposition-together",
        "rapat dilaksanakan dirumah bupati",
        "dirumah",
        "di rumah",
        "hasilnya dirumuskan",
    ),
    ("di-preposition-together", "berada diatas meja", "diatas", "di atas", "masalah itu diatasi"),
    (
        "repeated-word",
        "stakeholder sehingga sehingga sangat",
        "sehingga sehingga",
        "sehingga",
        "hal-hal yang sama",
    ),
    (
        "reduplication-dash",
        "Perubahan –perubahan tersebut",
        "Perubahan –perubahan",
        "Perubahan-perubahan",
        "Solok – Padang",
    ),
    ("reduplication-dash", "hal - hal teknis", "hal - hal", "hal-hal", "awalan di- ditulis serangkai"),
    (
        "title-capital",
        "dibuka oleh bupati Solok",
        "bupati",
        "Bupati",
        "ia terpilih menjadi bupati tahun lalu",
    ),
    (
        "title-capital",
        "sambutan wakil bupati Solok",
        "wakil bupati",
        "Wakil Bupati",
        "Bupati Solok membuka acara",
    ),
]


@pytest.mark.parametrize(
    ("rule", "wrong", "found", "fix", "right"), NAMED, ids=[f"{n[0]}-{i}" for i, n in enumerate(NAMED)]
)
def test_each_named_rule_finds_the_error_and_leaves_the_right_form(style, rule, wrong, found, fix, right):
    assert (found, fix, rule) in fixes(style, wrong)
    assert [f for f in fixes(style, right) if f[2] == rule] == []


def test_every_named_rule_has_a_reason_and_an_example_that_it_finds(style):
    book = shipped_rule_book()
    kinds = {r.kind for r in book.all_rules}
    assert {
        "word",
        "di_prefix_apart",
        "di_preposition_together",
        "repeated_word",
        "reduplication_dash",
        "title_capital",
    } <= kinds
    for rule in book.all_rules:
        assert all((rule.wrong, rule.right, rule.reason_en, rule.reason_id)), rule
        assert all((rule.example_wrong, rule.example_right)), rule
        if rule.id not in (WORDS_RULE_ID, OWN_WORDS_RULE_ID) or rule.wrong in rule.example_wrong.split():
            assert any(f.rule.id == rule.id for f in style.findings(rule.example_wrong)), rule
            assert not [f for f in style.findings(rule.example_right) if f.rule.id == rule.id], rule


def _listed(book) -> list:
    return [r for r in book.all_rules if r.id in (WORDS_RULE_ID, OWN_WORDS_RULE_ID)]


def test_the_published_list_has_over_300_pairs_with_its_source_and_licence():
    book = shipped_rule_book()
    published = [r for r in book.all_rules if r.id == WORDS_RULE_ID]
    assert len(published) >= 300
    folder = resource_path("house_style")
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "Daftar_kosakata_bahasa_Indonesia_yang_sering_salah_dieja" in readme
    assert "a41e28ceba0a49648b860e85280abaf0c77ad628" in readme
    assert "MIT" in (folder / "published" / "LICENSE-spaCy.txt").read_text(encoding="utf-8")
    # the reason names the list; the office's own compilation says it is Redaksi's
    assert "Wikipedia" in published[0].reason("id")
    own = [r for r in book.all_rules if r.id == OWN_WORDS_RULE_ID]
    assert own
    assert all("Redaksi" in r.reason("id") for r in own)


def test_the_review_of_the_published_list_matches_the_file():
    book = shipped_rule_book()
    data = json.loads(book.source.read_text(encoding="utf-8"))["published_list"]
    pairs = dict((w.lower(), r) for w, r in read_pairs(book.source.parent / data["file"]))
    assert len(pairs) == 490  # the source's spelling section, copied whole
    assert set(book.skipped) <= set(pairs), "a skipped pair that the list does not have"
    assert {w.lower() for w in data["corrections"]} <= set(pairs)
    for wrong in book.skipped:
        assert wrong not in book.words or book.words[wrong].id != WORDS_RULE_ID, wrong
    assert book.words["tradisionil"].right == "tradisional"  # the source's "tradisionial"
    assert "kokoh" not in book.words
    assert "sop" not in book.words


def test_every_pair_of_the_lists_is_found_and_no_correct_word_is_marked(style, spell):
    """Over the whole list: the wrong form is found with the right one as the fix; the right
    form is known to the spell checker and is no finding; and the wrong form is no word of
    the Indonesian dictionary (hunspell-id) unless KBBI marks that word non-standard (the
    reviewed ``dictionary_variants``)."""
    book = shipped_rule_book()
    listed = _listed(book)
    assert len({r.wrong.lower() for r in listed}) == len(listed)
    hunspell_id = SpellChecker(("id",), use_supplements=False, use_morphology=False)
    hunspell_id.load()
    known_variants = set()
    for rule in listed:
        assert rule.wrong.lower() != rule.right.lower(), rule
        found = style.findings(f"Kata {rule.wrong} di sini.")
        assert [(f.text, f.suggestion) for f in found] == [(rule.wrong, rule.right)], rule
        assert not style.findings(f"Kata {rule.right}."), rule
        assert spell.misspelled(rule.right) == [], rule
        if hunspell_id.is_correct(rule.wrong):
            assert rule.wrong.lower() in book.dictionary_variants, rule
            known_variants.add(rule.wrong.lower())
    assert known_variants == set(book.dictionary_variants)  # no stale entry in the review


def test_case_and_clitics_are_kept_in_the_fix(style):
    assert fixes(style, "Sekedar contoh")[0][1] == "Sekadar"
    assert fixes(style, "SEKEDAR CONTOH")[0][1] == "SEKADAR"
    assert fixes(style, "Realitanya berbeda")[0][:2] == ("Realitanya", "Realitasnya")
    assert fixes(style, "rapat bulan nopember")[0][1] == "November"
    assert fixes(style, "kegiatan olah  raga pagi")[0][:2] == ("olah  raga", "olahraga")


def test_markdown_links_and_code_are_not_checked(style):
    text = "Lihat [sekadar](https://contoh.id/sekedar) dan `merubah` di <b>sini</b>."
    assert fixes(style, text) == []


def test_the_five_errors_of_the_seed_article_are_found(style):
    text = (SEEDS_DIR / "000_5fb118053777d729.txt").read_text(encoding="utf-8")
    article = text[text.index("E-Government : Konsep") :]
    found = {(f.text, f.suggestion) for line in article.splitlines() for f in style.findings(line)}
    assert {
        ("sekedar", "sekadar"),
        ("merubah", "mengubah"),
        ("sehingga sehingga", "sehingga"),
        ("di rumuskan", "dirumuskan"),
        ("Perubahan –perubahan", "Perubahan-perubahan"),
    } <= found
    # and nothing that is right: every other finding is a real non-standard form
    assert found - {
        ("sekedar", "sekadar"),
        ("merubah", "mengubah"),
        ("sehingga sehingga", "sehingga"),
        ("di rumuskan", "dirumuskan"),
        ("Perubahan –perubahan", "Perubahan-perubahan"),
    } == {("Realitanya", "Realitasnya"), ("kapanpun", "kapan pun"), ("dimanapun", "di mana pun")}


def test_the_dictionary_tells_prefix_from_preposition(style):
    common_places = (
        "rumah kantor jalan desa kota sekolah lapangan acara wilayah daerah gedung aula pasar lokasi"
    )
    for noun in common_places.split():
        assert fixes(style, f"rapat di {noun} itu") == [], noun
    for verb in ["buat", "laksanakan", "sampaikan", "bahas", "resmikan", "sosialisasikan"]:
        assert fixes(style, f"yang di {verb} kemarin") == [(f"di {verb}", f"di{verb}", "di-prefix-apart")], (
            verb
        )
    for word in ["dibuat", "dilaksanakan", "diatasi", "didalami", "ditempatkan", "dijalankan", "diakhiri"]:
        assert fixes(style, word) == [], word
    assert HouseStyleChecker(None).findings("yang di rumuskan") == []  # no dictionary: no guess


def test_office_rules_are_stored_and_applied(database, spell):
    rules = OfficeStyleRules(database)
    assert rules.rules() == []
    rules.add("Kab.", "Kabupaten", "Ditulis lengkap dalam berita.")
    rules.add("  medsos ", "media sosial")
    rules.add("medsos", "media sosial", "Tanpa singkatan.")  # replaced, not doubled
    assert [(r.wrong, r.right, r.reason_id) for r in rules.rules()] == [
        ("Kab.", "Kabupaten", "Ditulis lengkap dalam berita."),
        ("medsos", "media sosial", "Tanpa singkatan."),
    ]
    checker = rules.checker(spell)
    found = checker.findings("Dinas Kominfo Kab. Solok aktif di Medsos.")
    assert [(f.text, f.suggestion, f.rule.id) for f in found] == [
        ("Kab.", "Kabupaten", OFFICE_RULE_ID),
        ("Medsos", "Media sosial", OFFICE_RULE_ID),
    ]
    assert found[1].reason("id") == "Tanpa singkatan."
    # another workstation (a new checker on the same database) has them too; removing works
    assert rules.remove("Kab.")
    assert not rules.remove("Kab.")
    assert [f.text for f in OfficeStyleRules(database).checker(spell).findings("Kab. Solok")] == []
    for wrong, right in [("", "x"), ("kata", ""), ("x" * 101, "y"), ("...", "titik")]:
        with pytest.raises(ValidationError):
            rules.add(wrong, right)


def test_an_office_rule_for_a_word_of_the_list_wins(spell):
    from desktop_app.core.house_style import Rule

    office = Rule(
        OFFICE_RULE_ID, "word", "analisa", "kajian", "Kami menulis “kajian”.", "Kami menulis “kajian”."
    )
    checker = HouseStyleChecker(spell, office_rules=[office])
    assert fixes(checker, "analisa data") == [("analisa", "kajian", OFFICE_RULE_ID)]
    assert fixes(HouseStyleChecker(spell), "analisa data") == [("analisa", "analisis", WORDS_RULE_ID)]


def _demo_texts() -> list[str]:
    texts: list[str] = []

    def walk(value) -> None:
        if isinstance(value, str):
            texts.extend(value.splitlines())
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in sorted(resource_path("demo").rglob("*.json")):
        walk(json.loads(path.read_text(encoding="utf-8")))
    return texts


def test_on_the_demo_the_seed_and_real_news_only_real_errors_are_found(style):
    """The whole list run over the demo content, the seed and the news corpus of
    bench/spell.py: every finding is a real non-standard form."""
    from pathlib import Path

    news = Path(__file__).resolve().parents[2] / "bench" / "data" / "news_id_csui.txt"
    lines = _demo_texts()
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        lines += path.read_text(encoding="utf-8").splitlines()
    lines += news.read_text(encoding="utf-8").splitlines()
    found = {(f.text, f.suggestion) for line in lines for f in style.findings(line)}
    assert found == {
        ("sekedar", "sekadar"),
        ("merubah", "mengubah"),
        ("sehingga sehingga", "sehingga"),
        ("di rumuskan", "dirumuskan"),
        ("Perubahan –perubahan", "Perubahan-perubahan"),
        ("Realitanya", "Realitasnya"),
        ("kapanpun", "kapan pun"),
        ("dimanapun", "di mana pun"),
        ("Bekerjasama", "Bekerja sama"),
        ("Idul Fitri", "Idulfitri"),  # a demo press release
        ("ibukota", "ibu kota"),  # the news corpus
        ("hektar", "hektare"),
        ("jamrud", "zamrud"),
        ("Jamrud", "Zamrud"),
    }
