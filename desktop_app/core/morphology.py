"""Indonesian affixes, Qt-free: is a word a prefixed and/or suffixed form of a known root?

hunspell-id knows many derived forms through its affix flags, but not all of them (it has
"digelar" nowhere, nor "berkomitmen", "dikonfirmasi" or "mengakselerasi": loan words carry few
flags). :func:`derived_from_known_root` takes the affixes off a word the way Indonesian puts
them on (di-, ber-, meng-/mem-/men-/meny-, ter-, se-, ke-, peng-, per-, the bound forms antar-,
semi-, pasca-..., -kan, -i, -an, the loan suffixes -isasi, -si, -ik..., and the clitics -nya,
-lah, -kah, -pun, -ku, -mu) and accepts it when what is left is a known root of at least
:data:`MIN_ROOT` letters. The nasal of meng-/peng- replaces the root's first k, p, t or s
("menulis" ← tulis, "menyusun" ← susun, "memakai" ← pakai) except before a consonant cluster of
a loan word ("mentransformasi", "mempublikasikan"): both readings are tried.

It only says "this could be a derived form": "merubah" (me + rubah, a fox) passes here, and the
house style (:mod:`desktop_app.core.house_style`) is what says it should be "mengubah". One check
goes the other way: :func:`lacks_required_suffix` turns down a meN- form without a suffix that
the dictionary knows only with -kan or -i ("memungkin" for "memungkinkan").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

MIN_ROOT = 3

# Clitics and particles written together with the word they follow.
CLITICS = ("nya", "lah", "kah", "pun", "tah", "ku", "mu")
# Suffixes: native, then loan-word ones ("finalisasi" ← final, "independensi" ← independen,
# "sistemik" ← sistem, "politisasi" ← politis).
SUFFIXES = ("kan", "an", "i", "isasi", "isasikan", "asi", "si", "ik", "is", "if", "isme", "wan", "wati")
# Prefixes that go on as they are (a root or another prefixed form follows).
PLAIN_PREFIXES = ("di", "ke", "se", "ber", "be", "bel", "ter", "te", "per", "memper", "diper")
# Bound forms of compounds written as one word ("antarwarga", "semiprofesional").
BOUND_FORMS = (
    "antar",
    "semi",
    "pasca",
    "pra",
    "non",
    "multi",
    "swa",
    "tuna",
    "mega",
    "supra",
    "ultra",
    "inter",
    "intra",
    "sub",
    "super",
    "eks",
    "ekstra",
    "mikro",
    "makro",
    "lintas",
    "nir",
    "purna",
    "adi",
    "awa",
    "dwi",
    "tri",
    "panca",
    "catur",
    "serba",
)
# Nasal prefixes: (prefix, letters the nasal may have replaced at the root's start).
NASAL_PREFIXES = (
    ("meny", ("s",)),
    ("peny", ("s",)),
    ("meng", ("k", "")),
    ("peng", ("k", "")),
    ("menge", ("",)),  # one-syllable roots: mengebom, pengecatan
    ("penge", ("",)),
    ("mem", ("p", "")),
    ("pem", ("p", "")),
    ("men", ("t", "")),
    ("pen", ("t", "")),
    ("me", ("",)),
    ("pe", ("",)),
)
_VOWELS = frozenset("aeiou")
# meN- (and memper-) forms that may need a suffix the writer left off ("memungkin").
ACTIVE_PREFIXES = ("memper", "menge", "meny", "meng", "mem", "men", "me")
REQUIRED_SUFFIXES = ("kan", "i")
# Loan nouns in -asi take meN- alone as well ("mentransformasi", "mengimplementasi").
SUFFIX_OPTIONAL_ENDINGS = ("asi",)


def _without_clitics(word: str) -> Iterator[str]:
    yield word
    for clitic in CLITICS:
        if word.endswith(clitic) and len(word) - len(clitic) >= MIN_ROOT:
            stem = word[: -len(clitic)]
            yield stem
            for second in ("nya", "ku", "mu"):  # "-nyalah", "-kanlah"
                if stem.endswith(second) and len(stem) - len(second) >= MIN_ROOT:
                    yield stem[: -len(second)]


def _without_suffixes(word: str) -> Iterator[str]:
    yield word
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_ROOT:
            yield word[: -len(suffix)]


def _without_prefix(word: str) -> Iterator[str]:
    """What may be left after taking one prefix off ``word`` (the nasal's lost letter back)."""
    for prefix in (*PLAIN_PREFIXES, *BOUND_FORMS):
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_ROOT:
            rest = word[len(prefix) :]
            yield rest
            if prefix in BOUND_FORMS and rest.startswith("-"):
                yield rest[1:]
    for prefix, lost_letters in NASAL_PREFIXES:
        if not word.startswith(prefix) or len(word) - len(prefix) < MIN_ROOT - 1:
            continue
        rest = word[len(prefix) :]
        for lost in lost_letters:
            if lost and rest[:1] in _VOWELS:
                yield lost + rest  # menulis ← tulis, memakai ← pakai, menyusun ← susun
            elif not lost:
                yield rest  # membaca ← baca, mentransformasi ← transformasi


def candidate_roots(word: str) -> Iterator[str]:
    """Every root ``word`` may be made of, its affixes taken off (up to two prefixes, one
    suffix, clitics); ``word`` itself first. Lower-case the word first."""
    seen: set[str] = set()
    for base in _without_clitics(word):
        for stem in _without_suffixes(base):
            for root in (stem, *_prefixes_off(stem)):
                if len(root) >= MIN_ROOT and root not in seen:
                    seen.add(root)
                    yield root


def _prefixes_off(word: str) -> Iterator[str]:
    for once in _without_prefix(word):
        yield once
        yield from _without_prefix(once)


def derived_from_known_root(word: str, is_root: Callable[[str], bool]) -> bool:
    """True when ``word`` (any case) is a known root with Indonesian affixes on it, by
    ``is_root`` (a set's ``__contains__``, or a dictionary look-up)."""
    lower = word.lower()
    if not lower.isalpha():
        return False
    return any(root != lower and is_root(root) for root in candidate_roots(lower))


def lacks_required_suffix(word: str, is_word: Callable[[str], bool]) -> bool:
    """True when ``word`` is a meN- form without a suffix that the dictionary (``is_word``:
    hunspell itself, its affix rules included, not this module) does not know, while it knows
    the same form with -kan or -i: a suffix left off, not a word. "memungkin" (memungkinkan),
    "mengakibat" (mengakibatkan), "memperbaik" (memperbaiki); "membaca", "memungkinkan" and the
    loan verbs in -asi ("mentransformasi", "mengonfirmasi") are not touched."""
    lower = word.lower()
    if not lower.startswith(ACTIVE_PREFIXES) or lower.endswith(SUFFIX_OPTIONAL_ENDINGS):
        return False
    if is_word(lower):
        return False
    return any(is_word(lower + suffix) for suffix in REQUIRED_SUFFIXES)


def read_roots(dic_path: Path, encoding: str = "ISO-8859-1") -> frozenset[str]:
    """The stems of a hunspell ``.dic`` file written in lower case (proper names left out),
    hyphenated stems too ("e-mail"): the roots :func:`derived_from_known_root` builds on."""
    lines = dic_path.read_text(encoding=encoding, errors="replace").splitlines()[1:]
    roots = (line.split("/", 1)[0].strip() for line in lines)
    return frozenset(r for r in roots if r and r == r.lower())
