"""Indonesian house style beyond spelling, Qt-free: non-standard forms and the checks of EYD.

The rules are data, in ``resources/house_style/id_ID.json`` (each rule: the wrong form, the right
one, a reason in English and Indonesian, an example), with a published list of commonly misspelt
words beside it (``resources/house_style/published/``: Indonesian Wikipedia's list as spaCy
ships it, reviewed: pairs whose "wrong" form is a word of its own are skipped, the source's typos
corrected; see that folder's README), and the office's own rules are rows of the
database (:class:`OfficeStyleRules`, table ``style_rule``, migration 0014). A
:class:`HouseStyleChecker` finds, in one paragraph:

- non-standard words and phrases ("sekedar" → "sekadar", "merubah" → "mengubah", "olah raga" →
  "olahraga"), with a clitic kept ("realitanya" → "realitasnya"), the case of the text kept;
- "di" as a prefix written apart from its verb ("di rumuskan" → "dirumuskan"): the dictionary
  (through the spell checker) knows "dirumuskan"; "di rumah" stays, "dirumah" is no word;
- "di" as a preposition written together with a place, position or time ("dirumah" → "di rumah");
- a word written twice in a row ("sehingga sehingga");
- spaces or a dash in a repeated word ("Perubahan –perubahan" → "Perubahan-perubahan");
- a title before a name in lower case ("bupati Solok" → "Bupati Solok").

Markdown syntax, links, code and addresses are skipped as the spell checker skips them.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from peewee import Database

from db.models import StyleRule
from desktop_app.core import json_text
from desktop_app.core.errors import ValidationError
from desktop_app.core.resources import resource_path
from desktop_app.core.spelling import mask_markup

RULES_FILE = ("house_style", "id_ID.json")
OFFICE_RULE_ID = "office"
WORDS_RULE_ID = "non-standard-word"  # the published list
OWN_WORDS_RULE_ID = "non-standard-word-redaksi"  # Redaksi's own compilation
RULE_TEXT_MAX = 100
REASON_MAX = 300
PARAGRAPH_CACHE_SIZE = 5_000

_CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_REPEATED = re.compile(r"(?<![\w-])([^\W\d_]{2,})(\s+)(\1)(?![\w-])", re.IGNORECASE)
# "Perubahan –perubahan", "hal - hal", "sayur–sayur": a dash or spaces inside a repeated word
_DASHED = re.compile(r"(?<![\w-])([^\W\d_]{2,})(\s*[-–—]\s*)([^\W\d_]{2,})(?![\w-])")
_DI_APART = re.compile(r"(?<![\w-])([Dd]i)(\s+)([a-z][^\W\d_]{2,})(?![\w-])")


class Dictionary(Protocol):
    """What the house style asks the spell checker (:class:`~desktop_app.core.spelling.SpellChecker`)."""

    def is_dictionary_word(self, word: str) -> bool: ...

    def is_derived(self, word: str) -> bool: ...


@dataclass(frozen=True)
class Rule:
    """One rule: ``wrong`` → ``right``, why (English and Indonesian) and an example."""

    id: str
    kind: str
    wrong: str
    right: str
    reason_en: str
    reason_id: str
    example_wrong: str = ""
    example_right: str = ""

    def reason(self, language: str) -> str:
        return self.reason_id if language == "id" else self.reason_en


@dataclass(frozen=True)
class StyleFinding:
    """A house-style finding in a paragraph: ``text[start:start+length]`` should be
    ``suggestion``, because of ``rule``."""

    start: int
    length: int
    text: str
    suggestion: str
    rule: Rule

    @property
    def end(self) -> int:
        return self.start + self.length

    def reason(self, language: str) -> str:
        return self.rule.reason(language).replace("{right}", self.suggestion)


@dataclass
class RuleBook:
    """The shipped rules, read from :data:`RULES_FILE`."""

    named: dict[str, Rule]  # by kind for the checks, by wrong form for the word rules
    words: dict[str, Rule]  # lower-case wrong form (one word) -> rule
    phrases: dict[str, Rule]  # lower-case wrong phrase (several words) -> rule
    place_words: frozenset[str]
    titles: tuple[str, ...]
    apart_ok: frozenset[str] = frozenset()
    source: Path | None = None
    all_rules: list[Rule] = field(default_factory=list)
    #: wrong forms the spelling dictionary has as words though KBBI marks them non-standard
    dictionary_variants: frozenset[str] = frozenset()
    #: the published list's pairs Redaksi does not use: lower-case wrong form -> why
    skipped: dict[str, str] = field(default_factory=dict)


def _rule(entry: dict[str, Any], **overrides: str) -> Rule:
    reason = entry.get("reason", {})
    example = entry.get("example", {})
    values = {
        "id": entry.get("id", ""),
        "kind": entry.get("kind", "word"),
        "wrong": entry.get("wrong", ""),
        "right": entry.get("right", ""),
        "reason_en": reason.get("en", ""),
        "reason_id": reason.get("id", reason.get("en", "")),
        "example_wrong": example.get("wrong", ""),
        "example_right": example.get("right", ""),
    }
    values.update(overrides)
    return Rule(**values)


def read_rule_book(path: Path) -> RuleBook:
    """The rules of the JSON file at ``path`` (see ``resources/house_style/id_ID.json``)."""
    data = json_text.loads(path.read_text(encoding="utf-8"))
    named: dict[str, Rule] = {}
    words: dict[str, Rule] = {}
    phrases: dict[str, Rule] = {}
    all_rules: list[Rule] = []
    for entry in data.get("rules", []):
        rule = _rule(entry)
        all_rules.append(rule)
        if rule.kind == "word":
            (phrases if " " in rule.wrong else words)[rule.wrong.lower()] = rule
        else:
            named[rule.kind] = rule
    published = data.get("published_list", {})
    skipped = {w.lower(): why for w, why in published.get("skip", {}).items()}
    if published.get("file"):
        corrections = {w.lower(): right for w, right in published.get("corrections", {}).items()}
        for wrong, right in read_pairs(path.parent / published["file"]):
            if wrong.lower() in skipped:
                continue
            right = corrections.get(wrong.lower(), right)
            rule = _rule(published, id=WORDS_RULE_ID, kind="word", wrong=wrong, right=right)
            all_rules.append(rule)
            (phrases if " " in wrong else words).setdefault(wrong.lower(), rule)
    listed = data.get("words", {})
    for wrong, right in listed.get("pairs", []):
        if wrong.lower() in words or wrong.lower() in phrases:
            continue  # the published list has it
        rule = _rule(listed, id=OWN_WORDS_RULE_ID, kind="word", wrong=wrong, right=right)
        all_rules.append(rule)
        (phrases if " " in wrong else words)[wrong.lower()] = rule
    return RuleBook(
        named=named,
        words=words,
        phrases=phrases,
        place_words=frozenset(w.lower() for w in data.get("place_words", [])),
        titles=tuple(t.lower() for t in data.get("titles", [])),
        apart_ok=frozenset(w.lower() for w in data.get("apart_ok", [])),
        source=path,
        all_rules=all_rules,
        dictionary_variants=frozenset(w.lower() for w in data.get("dictionary_variants", [])),
        skipped=skipped,
    )


def read_pairs(path: Path) -> list[tuple[str, str]]:
    """The (wrong, right) pairs of a tab-separated list ("#" starts a comment line)."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        wrong, _tab, right = line.partition("\t")
        if wrong.strip() and right.strip():
            pairs.append((wrong.strip(), right.strip()))
    return pairs


@cache
def shipped_rule_book() -> RuleBook:
    """Redaksi's rules (read once per process)."""
    return read_rule_book(resource_path(*RULES_FILE))


def _like(original: str, replacement: str) -> str:
    """``replacement`` in the case of ``original``: "Sekedar" → "Sekadar", "SEKEDAR" → "SEKADAR"
    (a replacement with its own capitals, a month, stays as it is unless the text is in capitals)."""
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern for every phrase (longest first), any spacing between its words; a phrase
    that ends in a full stop or other sign ("Kab.") ends there."""
    parts = sorted({p for p in phrases if p.strip()}, key=len, reverse=True)
    if not parts:
        return None
    alternatives = (
        "\\s+".join(re.escape(word) for word in p.split()) + (r"(?![\w-])" if p[-1:].isalnum() else "")
        for p in parts
    )
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")", re.IGNORECASE)


class HouseStyleChecker:
    """Finds house-style findings in a paragraph; answers are cached per paragraph."""

    def __init__(
        self,
        dictionary: Dictionary | None = None,
        *,
        office_rules: Iterable[Rule] = (),
        rule_book: RuleBook | None = None,
    ) -> None:
        self.dictionary = dictionary
        self.book = rule_book or shipped_rule_book()
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[StyleFinding, ...]] = {}
        self._titles = _phrase_pattern(self.book.titles)
        self.set_office_rules(office_rules)

    # -- the office's rules ----------------------------------------------------------------

    def set_office_rules(self, rules: Iterable[Rule]) -> None:
        self._office_rules = list(rules)
        single = {r.wrong.lower(): r for r in self._office_rules if _WORD.fullmatch(r.wrong)}
        self._office_words = single
        self._office_phrases = {  # several words, or with a full stop ("Kab.")
            " ".join(r.wrong.lower().split()): r for r in self._office_rules if r.wrong.lower() not in single
        }
        self._phrases = {**self.book.phrases, **self._office_phrases}
        self._phrase_re = _phrase_pattern(self._phrases)
        self.clear_cache()

    @property
    def office_rules(self) -> list[Rule]:
        return list(self._office_rules)

    def clear_cache(self) -> None:
        with self._lock:
            self._cache.clear()

    # -- checking --------------------------------------------------------------------------

    def findings(self, text: str) -> list[StyleFinding]:
        """The findings of one paragraph (or more), in order, never overlapping."""
        with self._lock:
            cached = self._cache.get(text)
        if cached is not None:
            return list(cached)
        masked = mask_markup(text)
        found: list[StyleFinding] = []
        found += self._phrase_findings(masked, text)
        found += self._word_findings(masked, text)
        found += self._repeated(masked, text)
        found += self._dashed(masked, text)
        found += self._di_apart(masked, text)
        found += self._titles_in(masked, text)
        result = _without_overlaps(found)
        with self._lock:
            if len(self._cache) >= PARAGRAPH_CACHE_SIZE:
                self._cache.clear()
            self._cache[text] = tuple(result)
        return result

    def ranges(self, text: str) -> list[tuple[int, int]]:
        return [(f.start, f.length) for f in self.findings(text)]

    def _phrase_findings(self, masked: str, text: str) -> list[StyleFinding]:
        if self._phrase_re is None:
            return []
        out = []
        for m in self._phrase_re.finditer(masked):
            rule = self._phrases.get(" ".join(m.group().lower().split()))
            if rule is not None:
                original = text[m.start() : m.end()]
                out.append(
                    StyleFinding(m.start(), len(original), original, _like(original, rule.right), rule)
                )
        return out

    def _word_rule(self, lower: str) -> tuple[Rule, str] | None:
        """The rule for a word and the clitic to keep on its fix ("realitanya")."""
        for table in (self._office_words, self.book.words):
            if lower in table:
                return table[lower], ""
        for clitic in _CLITICS:
            if lower.endswith(clitic) and len(lower) > len(clitic) + 2:
                stem = lower[: -len(clitic)]
                for table in (self._office_words, self.book.words):
                    if stem in table and " " not in table[stem].right:
                        return table[stem], clitic
        return None

    def _word_findings(self, masked: str, text: str) -> list[StyleFinding]:
        out = []
        for m in _WORD.finditer(masked):
            word = m.group()
            lower = word.lower()
            found = self._word_rule(lower)
            if found is not None:
                rule, clitic = found
                out.append(StyleFinding(m.start(), len(word), word, _like(word, rule.right + clitic), rule))
                continue
            together = self._di_together(word)
            if together is not None:
                out.append(
                    StyleFinding(m.start(), len(word), word, together, self._named("di_preposition_together"))
                )
        return out

    def _named(self, kind: str) -> Rule:
        rule = self.book.named.get(kind)
        return rule if rule is not None else Rule(kind, kind, "", "", kind, kind)

    def _di_together(self, word: str) -> str | None:
        """ "dirumah" → "di rumah": "di" and a place, position or time written as one word."""
        if len(word) < 5 or word[:2].lower() != "di" or not word[2:].islower():
            return None
        rest = word[2:]
        if rest in self.book.place_words:
            return word[:2] + " " + rest
        return None

    def _repeated(self, masked: str, text: str) -> list[StyleFinding]:
        rule = self._named("repeated_word")
        out = []
        for m in _REPEATED.finditer(masked):
            original = text[m.start() : m.end()]
            out.append(StyleFinding(m.start(), len(original), original, m.group(1), rule))
        return out

    def _dashed(self, masked: str, text: str) -> list[StyleFinding]:
        rule = self._named("reduplication_dash")
        out = []
        for m in _DASHED.finditer(masked):
            first, joint, second = m.group(1), m.group(2), m.group(3)
            if joint == "-":
                continue  # "hal-hal": right
            a, b = first.lower(), second.lower()
            if not (a == b or (min(len(a), len(b)) >= 3 and (a.endswith(b) or b.startswith(a)))):
                continue  # "Solok – Padang"; "di- ditulis" (the prefix named before a word)
            original = text[m.start() : m.end()]
            out.append(StyleFinding(m.start(), len(original), original, f"{first}-{second}", rule))
        return out

    def _di_apart(self, masked: str, text: str) -> list[StyleFinding]:
        """ "di rumuskan" → "dirumuskan": the dictionary knows "di" + the next word as a word,
        and the next word is no place, position or time ("di rumah", "di atas" stay)."""
        if self.dictionary is None:
            return []
        rule = self._named("di_prefix_apart")
        out = []
        for m in _DI_APART.finditer(masked):
            verb = m.group(3)
            if verb in self.book.place_words or verb in self.book.apart_ok or self._word_rule(verb):
                continue
            joined = m.group(1) + verb
            if self._known_passive(joined.lower(), verb):
                original = text[m.start() : m.end()]
                out.append(StyleFinding(m.start(), len(original), original, joined, rule))
        return out

    def _known_passive(self, joined: str, verb: str) -> bool:
        """Whether "di" + ``verb`` is a passive verb. A verb ending in -an must end in -kan on a
        known (or derived) base ("rumuskan", "implementasikan"): a noun in -an or ke-...-an
        ("kebijakan", "pertemuan") after "di" is a place ("di kebijakan" is no "dikebijakan",
        whatever the dictionary's affix rules allow). Otherwise the dictionary must know it."""
        dictionary = self.dictionary
        assert dictionary is not None
        if verb.endswith("an"):
            base = verb[:-3]
            derived_base = not verb.startswith("ke") and dictionary.is_derived(base)  # ke-...-an: a noun
            return (
                verb.endswith("kan")
                and len(base) >= 3
                and (dictionary.is_dictionary_word(base) or derived_base)
                and (dictionary.is_dictionary_word(joined) or dictionary.is_derived(joined))
            )
        return dictionary.is_dictionary_word(joined)

    def _titles_in(self, masked: str, text: str) -> list[StyleFinding]:
        """ "bupati Solok" → "Bupati Solok": a title in lower case, then a capitalised word."""
        if self._titles is None:
            return []
        rule = self._named("title_capital")
        out = []
        for m in self._titles.finditer(masked):
            title = m.group()
            if not title[:1].islower():
                continue
            after = masked[m.end() :]
            name = re.match(r"\s+([^\W\d_][\w.-]*)", after)
            if name is None or not name.group(1)[:1].isupper():
                continue
            fixed = " ".join(w[:1].upper() + w[1:] for w in text[m.start() : m.end()].split())
            out.append(StyleFinding(m.start(), m.end() - m.start(), text[m.start() : m.end()], fixed, rule))
        return out


def _without_overlaps(found: Sequence[StyleFinding]) -> list[StyleFinding]:
    """Sorted by position; of two findings that overlap the earlier (then the longer) stays."""
    out: list[StyleFinding] = []
    for finding in sorted(found, key=lambda f: (f.start, -f.length)):
        if out and finding.start < out[-1].end:
            continue
        out.append(finding)
    return out


class OfficeStyleRules:
    """The office's own house-style rules ("Kab." → "Kabupaten"), in the database."""

    def __init__(self, database: Database) -> None:
        self.db = database

    @staticmethod
    def clean(wrong: str, right: str, reason: str = "") -> tuple[str, str, str]:
        wrong = " ".join(wrong.split())
        right = " ".join(right.split())
        reason = " ".join(reason.split())
        if not wrong or not _WORD.search(wrong):
            raise ValidationError("rule_wrong_missing", "wrong", wrong)
        if not right:
            raise ValidationError("rule_right_missing", "right", right)
        if wrong.lower() == right.lower() and wrong == right:
            raise ValidationError("rule_same", "right", right)
        if len(wrong) > RULE_TEXT_MAX or len(right) > RULE_TEXT_MAX or len(reason) > REASON_MAX:
            raise ValidationError("rule_too_long", "wrong", wrong)
        return wrong, right, reason

    def rules(self) -> list[Rule]:
        rows = StyleRule.select().order_by(StyleRule.wrong)
        return [self._as_rule(row) for row in rows]

    @staticmethod
    def _as_rule(row: StyleRule) -> Rule:
        return Rule(OFFICE_RULE_ID, "word", row.wrong, row.right, row.reason, row.reason)

    def add(self, wrong: str, right: str, reason: str = "") -> Rule:
        """Add or replace the rule for ``wrong`` (matched in any case). Returns it."""
        wrong, right, reason = self.clean(wrong, right, reason)
        with self.db.atomic():
            row = StyleRule.get_or_none(StyleRule.wrong == wrong)
            if row is None:
                row = StyleRule.create(wrong=wrong, right=right, reason=reason)
            else:
                row.right, row.reason = right, reason
                row.save()
        return self._as_rule(row)

    def remove(self, wrong: str) -> bool:
        with self.db.atomic():
            removed: int = StyleRule.delete().where(StyleRule.wrong == wrong).execute()
            return removed > 0

    def checker(self, dictionary: Dictionary | None = None) -> HouseStyleChecker:
        """A :class:`HouseStyleChecker` with the shipped rules and this office's."""
        return HouseStyleChecker(dictionary, office_rules=self.rules())
