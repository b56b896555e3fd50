"""Spell checking of Indonesian (and English) text, Qt-free.

The hunspell dictionaries are shipped in ``resources/dictionaries`` (Indonesian from Debian's
hunspell-id, LGPL-3; American English from hunspell-en-us, SCOWL licence) and read by spylls, a
pure-Python hunspell, so nothing needs to be installed on Windows or macOS. A word is correct
when any enabled dictionary, Redaksi's supplement of government news words
(``resources/dictionaries/id_ID_redaksi.txt``: Diskominfo, SPBE, DPRD, akuntabilitas...), the
office's shared word list (:class:`OfficeDictionary`, kept in the database) or the session's
"ignore" list accepts it.

Checking is cheap to repeat: verdicts are cached per word (LRU) and per paragraph, so re-checking
an edited article only looks at the words that changed. URLs, e-mail addresses, Markdown syntax
(link targets, inline code, HTML tags), numbers and words containing digits are never checked.
"""

from __future__ import annotations

import difflib
import enum
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, TypeVar

from peewee import Database

from db.models import DictionaryWord, Person
from desktop_app.core.errors import ValidationError
from desktop_app.core.morphology import derived_from_known_root, lacks_required_suffix, read_roots
from desktop_app.core.resources import resource_path
from desktop_app.core.text import LINK_TARGET

if TYPE_CHECKING:
    from spylls.hunspell import Dictionary  # spylls ships no types: Any

DEFAULT_LANGUAGES = ("id", "en")
DICTIONARY_FILES = {"id": "id_ID", "en": "en_US"}
# Redaksi's own word lists beside a dictionary: government news words hunspell-id lacks, and
# the names of days, months, provinces, regencies, institutions and their acronyms.
SUPPLEMENT_FILES = {"id": ("id_ID_redaksi.txt", "id_ID_names.txt")}
SYSTEM_DICTIONARY_DIRS = (
    Path("/usr/share/hunspell"),
    Path("/usr/share/myspell/dicts"),
    Path("/usr/share/myspell"),
)
WORD_MAX_LENGTH = 100
WORD_CACHE_SIZE = 50_000
PARAGRAPH_CACHE_SIZE = 5_000
SUGGESTION_CACHE_SIZE = 500
SUGGESTION_LIMIT = 8
SUGGESTION_SECONDS = 0.6

# Indonesian clitics and particles written together with their word: "teknologinya", "kapanpun".
_ID_CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")
_HYPHEN_CLITICS = frozenset(("nya", "ku", "mu"))

# Regions never checked (replaced by spaces before words are found, so offsets stay right).
# Every alternative scans a stretch of text at most a bounded number of times (a lookbehind
# starts the URL and e-mail alternatives only where their run of characters starts): with
# ``[\w.+-]+@`` tried at every position, one paragraph written as a single run of word
# characters (Chinese text, a long code or address) took ~1.2 s at 16,000 characters, on each
# keystroke in it.
_SKIP = re.compile(
    rf"""(?xm)
      ^[ \t]*(?:```|~~~).*$                          # code fence lines
    | ^[ \t]*\[[^\]\n]+\]:[ \t]*\S+.*$              # reference link definitions
    | `[^`\n]*`                                      # inline code
    | <[^<>\n]*>                                     # HTML tags and <autolinks>
    | \]{LINK_TARGET}                                 # link and image targets
    | (?<![a-z0-9+.-])[a-z][a-z0-9+.-]*://\S+        # URLs
    | \bwww\.\S+
    | (?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+       # e-mail addresses
    | &[a-zA-Z]+;|&\#\d+;                             # HTML entities
    """
)
_TOKEN = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_DIGIT = re.compile(r"\d")


# Dictionaries read once per process and shared by every checker (they are only read; the one
# setting changed while suggesting is changed under this lock).
_DICTIONARIES: dict[Path, Dictionary] = {}
_LOCK = threading.RLock()


def load_dictionary(stem: Path) -> Dictionary:
    """The spylls dictionary at ``stem`` (.aff/.dic), read once per process."""
    with _LOCK:
        if stem not in _DICTIONARIES:
            from spylls.hunspell import Dictionary

            _DICTIONARIES[stem] = Dictionary.from_files(str(stem))
        return _DICTIONARIES[stem]


_ROOTS: dict[Path, frozenset[str]] = {}


def load_roots(dic_path: Path) -> frozenset[str]:
    """The lower-case stems of the ``.dic`` file at ``dic_path``, read once per process."""
    with _LOCK:
        if dic_path not in _ROOTS:
            _ROOTS[dic_path] = read_roots(dic_path)
        return _ROOTS[dic_path]


_K = TypeVar("_K")
_V = TypeVar("_V")


class _Missing(enum.Enum):
    MISSING = enum.auto()


_MISSING: Final = _Missing.MISSING


class _LRU(OrderedDict[_K, _V]):
    """Least recently used entries go first. Shared by the GUI thread and the look-up worker:
    reading moves an entry, so every read and write holds the cache's lock (without it, one
    thread's read could move an entry that the other had just evicted: KeyError)."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size
        self._guard = threading.Lock()

    def get_item(self, key: _K) -> _V | _Missing:
        with self._guard:
            value = super().get(key, _MISSING)
            if value is not _MISSING:
                self.move_to_end(key)
            return value

    def put(self, key: _K, value: _V) -> None:
        with self._guard:
            self[key] = value
            self.move_to_end(key)
            if len(self) > self.size:
                self.popitem(last=False)

    def clear(self) -> None:
        with self._guard:
            super().clear()


def find_dictionary(language: str, extra_dirs: Sequence[Path] = ()) -> Path | None:
    """The path stem (without .aff/.dic) of ``language``'s dictionary: shipped first, then the
    system's hunspell folders."""
    name = DICTIONARY_FILES.get(language, language)
    for folder in (*extra_dirs, resource_path("dictionaries"), *SYSTEM_DICTIONARY_DIRS):
        stem = Path(folder) / name
        if stem.with_suffix(".aff").is_file() and stem.with_suffix(".dic").is_file():
            return stem
    return None


def read_word_list(path: Path) -> list[str]:
    """The words of a plain word list (one per line; "#" starts a comment line)."""
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def mask_markup(text: str) -> str:
    """``text`` with what is never checked (code, links' targets, tags, URLs, e-mail addresses,
    entities) replaced by spaces: offsets stay those of ``text``."""
    return _SKIP.sub(lambda m: " " * len(m.group()), text)


def words_in(text: str) -> list[tuple[int, int, str]]:
    """(start, length, word) for every checkable word of ``text`` (one paragraph or more)."""
    masked = mask_markup(text)
    out: list[tuple[int, int, str]] = []
    for m in _TOKEN.finditer(masked):
        word = m.group()
        if _DIGIT.search(word):
            continue
        out.append((m.start(), len(word), word))
    return out


@dataclass(frozen=True)
class SpellStatus:
    """What the UI may tell the user about spell checking (once)."""

    languages: tuple[str, ...]  # languages whose dictionary is loaded
    missing: tuple[str, ...]  # enabled languages without a dictionary

    @property
    def available(self) -> bool:
        return bool(self.languages)


class SpellChecker:
    """Checks words against hunspell dictionaries, the office list and the ignore list."""

    def __init__(
        self,
        languages: Iterable[str] = DEFAULT_LANGUAGES,
        *,
        office_words: Iterable[str] = (),
        dictionary_dirs: Sequence[Path] = (),
        ignore_acronyms_up_to: int = 0,
        use_supplements: bool = True,
        skip_uppercase: bool = False,
        names: Iterable[str] = (),
        use_morphology: bool = True,
    ) -> None:
        self.languages = tuple(languages)
        self.dictionary_dirs = tuple(Path(d) for d in dictionary_dirs)
        self.ignore_acronyms_up_to = ignore_acronyms_up_to
        self.use_supplements = use_supplements
        #: Words written in capitals only ("BUMDES", "PPKM") are not checked (a Preference).
        self.skip_uppercase = skip_uppercase
        #: Affixed forms of known roots are accepted (see :mod:`desktop_app.core.morphology`).
        self.use_morphology = use_morphology
        self._supplement: set[str] = set()
        self._names: set[str] = set()  # the people of the database (the officials directory)
        self._roots: frozenset[str] = frozenset()
        self._extra_roots: frozenset[str] = frozenset()  # lower-case office and supplement words
        self._dictionaries: dict[str, Dictionary] | None = None
        self._missing: tuple[str, ...] = ()
        self._lock = _LOCK
        self._office: set[str] = set()
        self._office_lower: set[str] = set()  # entries written in lower case match any case
        self._office_folded: set[str] = set()  # every entry, case-folded (for ALL-CAPS words)
        self._ignored: set[str] = set()
        self._word_cache: _LRU[str, bool] = _LRU(WORD_CACHE_SIZE)
        self._paragraph_cache: _LRU[str, tuple[tuple[int, int], ...]] = _LRU(PARAGRAPH_CACHE_SIZE)
        self._suggestion_cache: _LRU[tuple[str, int], tuple[str, ...]] = _LRU(SUGGESTION_CACHE_SIZE)
        self._notice_given = False
        self.set_names(names)
        self.set_office_words(office_words)

    # -- dictionaries ----------------------------------------------------------------------

    def load(self) -> SpellStatus:
        """Read the dictionaries (about a second for both the first time in a process; safe to
        call from a worker thread)."""
        with self._lock:
            if self._dictionaries is None:
                loaded: dict[str, Dictionary] = {}
                missing: list[str] = []
                for language in self.languages:
                    stem = find_dictionary(language, self.dictionary_dirs)
                    try:
                        loaded[language] = load_dictionary(stem) if stem else None
                    except Exception:  # noqa: BLE001 - a damaged dictionary counts as missing
                        loaded[language] = None
                    if loaded[language] is None:
                        del loaded[language]
                        missing.append(language)
                if self.use_supplements:
                    for language in loaded:
                        for name in SUPPLEMENT_FILES.get(language, ()):
                            self._supplement.update(read_word_list(resource_path("dictionaries", name)))
                    self.set_office_words(self._office)
                stem = find_dictionary("id", self.dictionary_dirs) if "id" in loaded else None
                if stem is not None and self.use_morphology:
                    self._roots = load_roots(stem.with_suffix(".dic"))
                self._dictionaries = loaded
                self._missing = tuple(missing)
        return self.status()

    @property
    def loaded(self) -> bool:
        return self._dictionaries is not None

    def status(self) -> SpellStatus:
        if self._dictionaries is None:
            return SpellStatus(self.languages, ())
        return SpellStatus(tuple(self._dictionaries), self._missing)

    @property
    def available(self) -> bool:
        return self.load().available

    def take_notice(self) -> SpellStatus | None:
        """The status once, when a dictionary is missing (for a one-time message); else None."""
        status = self.load()
        if self._notice_given or not status.missing:
            return None
        self._notice_given = True
        return status

    # -- office list and ignored words -----------------------------------------------------

    def set_office_words(self, words: Iterable[str]) -> None:
        self._office = {w for w in words if w}
        accepted = self._office | self._supplement | self._names
        self._accepted = accepted
        self._office_lower = {w for w in accepted if w == w.lower()}
        self._office_folded = {w.casefold() for w in accepted}
        self._extra_roots = frozenset(self._office_lower)
        self._paragraph_cache.clear()

    def set_names(self, names: Iterable[str]) -> None:
        """Accept the words of these names as written (the people of the database: the
        officials directory); "Teta Midra" accepts "Teta" and "Midra", not "teta"."""
        words = {w for name in names for _s, _n, w in words_in(name)}
        self._names = {w for w in words if len(w) > 1 and w[:1].isupper()}
        if hasattr(self, "_office"):
            self.set_office_words(self._office)

    def set_skip_uppercase(self, skip: bool) -> None:
        """Switch the skipping of words in capitals on or off (the Preference)."""
        if skip != self.skip_uppercase:
            self.skip_uppercase = skip
            self._paragraph_cache.clear()

    def add_office_word(self, word: str) -> None:
        self.set_office_words(self._office | {word})

    def remove_office_word(self, word: str) -> None:
        self.set_office_words(self._office - {word})

    def ignore(self, word: str) -> None:
        """Accept ``word`` for the rest of this session (not stored)."""
        self._ignored.add(word)
        self._paragraph_cache.clear()

    @property
    def office_words(self) -> frozenset[str]:
        return frozenset(self._office)

    def _accepted_by_lists(self, word: str) -> bool:
        if word in self._accepted or word in self._ignored:
            return True
        if word.lower() in self._office_lower:
            return True
        return word.isupper() and word.casefold() in self._office_folded

    # -- checking --------------------------------------------------------------------------

    def _in_dictionaries(self, word: str, lookup: bool = True) -> bool | None:
        """Whether a dictionary has ``word``; None when unknown and ``lookup`` is false."""
        verdict = self._word_cache.get_item(word)
        if verdict is _MISSING:
            if not lookup:
                return None
            verdict = self._lookup(word)
            self._word_cache.put(word, verdict)
        return verdict

    def _lookup(self, word: str) -> bool:
        dictionaries = self._dictionaries or {}
        for dictionary in dictionaries.values():
            if dictionary.lookup(word):
                return True
        if "id" in dictionaries:  # "teknologinya", "kapanpun", also on loanwords: "websitenya"
            lower = word.lower()
            for clitic in _ID_CLITICS:
                stem = word[: -len(clitic)]
                if (
                    lower.endswith(clitic)
                    and len(stem) >= 3
                    and any(d.lookup(stem) for d in dictionaries.values())
                ):
                    return True
        # "dikonfirmasi", "berkomitmen", "antarwarga"; "Pemeringkat" at a sentence's start too
        if self._roots and (word == word.lower() or word == word.capitalize()):
            lower = word.lower()

            def hunspell_has(form: str) -> bool:
                return any(d.lookup(form) for d in dictionaries.values())

            if lacks_required_suffix(lower, hunspell_has):  # "memungkin" for "memungkinkan"
                return False
            return derived_from_known_root(lower, self._roots.__contains__)
        return False

    def _is_root(self, root: str) -> bool:
        return root in self._roots or root in self._extra_roots

    def is_dictionary_word(self, word: str) -> bool:
        """Whether a dictionary has ``word`` itself (hunspell, its affix rules included), or
        it is a root of the Indonesian dictionary; not the lists, not the affix handling."""
        self.load()
        if word.lower() in self._roots:
            return True
        with self._lock:
            return any(d.lookup(word) for d in (self._dictionaries or {}).values())

    def is_derived(self, word: str) -> bool:
        """True when ``word`` is a known root with Indonesian affixes on it (dictionaries
        loaded; see :mod:`desktop_app.core.morphology`)."""
        self.load()
        return bool(self._roots) and derived_from_known_root(word, self._is_root)

    def is_correct(self, word: str) -> bool:
        """True when ``word`` is accepted (always True when no dictionary is available)."""
        return not self.load().available or bool(self._verdict(word, lookup=True))

    def _verdict(self, word: str, lookup: bool) -> bool | None:
        """:meth:`is_correct` once the dictionaries are loaded and available, or None when
        that needs a look-up and ``lookup`` is false."""
        if len(word) < 2 or self._accepted_by_lists(word):
            return True
        if word.isupper() and (self.skip_uppercase or len(word) <= self.ignore_acronyms_up_to):
            return True
        if self.skip_uppercase and any(c.isupper() for c in word[1:]):
            return True  # capitals inside: an acronym or a code ("PPh", "idA", "MedcoEnergi")
        known = self._in_dictionaries(word, lookup)
        if known:
            return True
        if (  # affixes on an office or supplement word ("disosialisasikan"): not cached
            known is False
            and self._extra_roots
            and word[:1].islower()
            and derived_from_known_root(word, self._extra_roots.__contains__)
        ):
            return True
        if "-" in word:  # "e-government", "hal-hal": each part on its own
            parts = [self._part_verdict(i, part, lookup) for i, part in enumerate(word.split("-")) if part]
            if all(parts):
                return True
            return None if None in parts or known is None else False
        return known

    def _part_verdict(self, index: int, part: str, lookup: bool) -> bool | None:
        """:meth:`_verdict` of one part of a hyphenated word; a clitic after an acronym, a
        number or a name is written with a hyphen ("PPh-nya", "SMS-mu"), and is right."""
        if index > 0 and part.lower() in _HYPHEN_CLITICS:
            return True
        return self._verdict(part, lookup)

    def misspelled(self, text: str) -> list[tuple[int, int]]:
        """(start, length) of each misspelt word in ``text``; [] when no dictionary is there."""
        cached = self._paragraph_cache.get_item(text)
        if cached is not _MISSING:
            return list(cached)
        if not self.load().available:
            return []
        found, _complete = self._check(text, lookup=True)
        return found

    def misspelled_known(self, text: str, typing_at: int | None = None) -> tuple[list[tuple[int, int]], bool]:
        """:meth:`misspelled` without any dictionary look-up (one word can take hunspell
        10-20 ms): words not looked up yet are left unmarked. Returns the ranges and whether
        the answer is complete (then it is also what :meth:`misspelled` returns).

        ``typing_at``: the cursor's offset in ``text``; the word that ends there is being typed
        and is neither marked nor counted as missing."""
        cached = self._paragraph_cache.get_item(text)
        if cached is not _MISSING:
            return [r for r in cached if typing_at is None or r[0] + r[1] != typing_at], True
        if not self.load().available:
            return [], True
        return self._check(text, lookup=False, typing_at=typing_at)

    def _check(
        self, text: str, lookup: bool, typing_at: int | None = None
    ) -> tuple[list[tuple[int, int]], bool]:
        found: list[tuple[int, int]] = []
        complete = True
        cacheable = True
        for start, length, word in words_in(text):
            if typing_at is not None and start < typing_at == start + length:
                cacheable = False
                continue
            verdict = self._verdict(word, lookup)
            if verdict:
                continue
            if verdict is None:
                complete = False
                continue
            if "-" in word and not self._in_dictionaries(word, lookup):
                offset = 0  # mark only the wrong parts of a hyphenated word
                for i, part in enumerate(word.split("-")):
                    if part and self._part_verdict(i, part, lookup) is False:
                        found.append((start + offset, len(part)))
                    offset += len(part) + 1
            else:
                found.append((start, length))
        if complete and cacheable:
            self._paragraph_cache.put(text, tuple(found))
        return found, complete

    def cached_misspelled(self, text: str) -> list[tuple[int, int]] | None:
        """The result for ``text`` if it was checked before (no work at all), else None."""
        cached = self._paragraph_cache.get_item(text)
        return None if cached is _MISSING else list(cached)

    def unchecked_words(self, text: str) -> int:
        """How many words of ``text`` would need a dictionary lookup (0: checking is instant)."""
        return sum(
            1
            for _s, _n, word in words_in(text)
            if word not in self._word_cache and not self._accepted_by_lists(word)
        )

    def warm(self, text: str, deadline: float) -> bool:
        """Look up the unchecked words of ``text`` until ``time.perf_counter()`` passes
        ``deadline`` (work in slices); True when all are done and ``misspelled(text)`` is quick."""
        if not self.load().available:
            return True
        for _s, _n, word in words_in(text):
            if time.perf_counter() > deadline:
                return False
            if not self._accepted_by_lists(word):
                self._in_dictionaries(word)
                if "-" in word:
                    for part in word.split("-"):
                        if part and not self._accepted_by_lists(part):
                            self._in_dictionaries(part)
        return True

    def misspelled_words(self, text: str) -> list[str]:
        return [text[s : s + n] for s, n in self.misspelled(text)]

    # -- suggestions -----------------------------------------------------------------------

    def suggestions(
        self, word: str, limit: int = SUGGESTION_LIMIT, seconds: float = SUGGESTION_SECONDS
    ) -> list[str]:
        """Replacements for ``word``, most similar first, at most ``limit``; cached.

        Quick edits (a letter missing, extra, swapped, wrong) are tried in every dictionary
        first; hunspell's slow n-gram search runs only when they find nothing, for about
        ``seconds`` per dictionary."""
        key = (word, limit)
        cached = self._suggestion_cache.get_item(key)
        if cached is not _MISSING:
            return list(cached)
        self.load()
        found = self._collect(word, limit, seconds, ngrams=False)
        if not found:
            found = self._collect(word, limit, seconds, ngrams=True)
        found += [
            w
            for w in difflib.get_close_matches(word, sorted(self._office), n=3, cutoff=0.75)
            if w not in found
        ]
        target = word.casefold()
        found.sort(key=lambda w: -difflib.SequenceMatcher(None, target, w.casefold()).ratio())
        result = [w for w in found if w != word][:limit]
        self._suggestion_cache.put(key, tuple(result))
        return result

    def _collect(self, word: str, limit: int, seconds: float, *, ngrams: bool) -> list[str]:
        found: list[str] = []
        with self._lock:
            for dictionary in (self._dictionaries or {}).values():
                aff = dictionary.aff
                saved = aff.MAXNGRAMSUGS
                if not ngrams:
                    aff.MAXNGRAMSUGS = 0
                deadline = time.perf_counter() + seconds
                try:
                    for suggestion in dictionary.suggest(word):
                        if suggestion not in found:
                            found.append(suggestion)
                        if len(found) >= limit or time.perf_counter() > deadline:
                            break
                finally:
                    aff.MAXNGRAMSUGS = saved
        return found


class OfficeDictionary:
    """The office's shared word list (names of officials, places, acronyms), in the database."""

    def __init__(self, database: Database) -> None:
        self.db = database

    @staticmethod
    def clean(word: str) -> str:
        word = word.strip().strip(".,;:!?\"'“”‘’()[]{}")
        if not word or any(c.isspace() for c in word):
            raise ValidationError("word_invalid", "word", word)
        if len(word) > WORD_MAX_LENGTH:
            raise ValidationError("word_too_long", "word", word)
        return word

    def words(self) -> list[str]:
        return [row.word for row in DictionaryWord.select(DictionaryWord.word).order_by(DictionaryWord.word)]

    def contains(self, word: str) -> bool:
        return DictionaryWord.get_or_none(DictionaryWord.word == word) is not None

    def add(self, word: str) -> str:
        """Add ``word`` (kept as written); adding a word twice is harmless. Returns the word."""
        word = self.clean(word)
        with self.db.atomic():
            if DictionaryWord.get_or_none(DictionaryWord.word == word) is None:
                DictionaryWord.create(word=word)
        return word

    def add_many(self, words: Iterable[str]) -> list[str]:
        return [self.add(w) for w in words]

    def remove(self, word: str) -> bool:
        with self.db.atomic():
            removed: int = DictionaryWord.delete().where(DictionaryWord.word == word).execute()
            return removed > 0

    def people_names(self) -> list[str]:
        """The names of the people of the database (the office's directory): accepted as
        written ("Teta Midra")."""
        return [row.name for row in Person.select(Person.name).order_by(Person.name)]

    def checker(self, languages: Iterable[str] = DEFAULT_LANGUAGES, **options: Any) -> SpellChecker:
        """A :class:`SpellChecker` that knows this office's words and its people's names."""
        options.setdefault("names", self.people_names())
        return SpellChecker(languages, office_words=self.words(), **options)
