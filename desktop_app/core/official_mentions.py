"""Officials named with a title in an article's text, compared with the officials directory on
the article's day: the checklist's title check (``Check.OFFICIALS``).

A mention is a directory title (or one of its aliases, with or without "Plt." before it) and a
directory official's name in the same sentence, the nearest name with no other title between
("Kepala Dinas Kominfo Budi Santoso", "Budi Santoso, Kepala Dinas Kominfo"). It is a finding
when the named official did not hold that title on the day (the finding names who did), or held
it as acting and "Plt." is missing, or held it definitively and "Plt." is written.

:class:`MentionScanner` is built from the directory (its titles and aliases, its names, grouped
by their first word) and scans a text in one pass over its words: about 20 ms for a 20,000-word
article against 200 officials, 30 ms with reading the directory (``bench/officials_check.py``).
"""

from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.core.officials import Holding, OfficialData, holdings, title_key

#: The farthest a name may be from its title (characters between them) to count as named with it.
MAX_GAP = 80
#: Words after which a full stop does not end a sentence ("Plt. Kepala Dinas", "Kab. Solok").
ABBREVIATIONS = frozenset(
    {
        "plt",
        "pj",
        "pjs",
        "kab",
        "kec",
        "kel",
        "prov",
        "dr",
        "drs",
        "dra",
        "ir",
        "hj",
        "sos",
        "si",
        "kom",
        "pd",
        "sh",
        "se",
        "mm",
        "mh",
        "mt",
        "ak",
        "jl",
        "tgl",
        "bpk",
        "sdr",
        "yth",
    }
)
# From the first mark of a run only: tried inside a long run ("?????...") it read the run's
# rest again from every mark.
_SENTENCE_END = re.compile(r"(?<![.!?])[.!?]+[\"”’)]*\s+|\n[ \t]*\n")
_LAST_WORD = re.compile(r"\w*$")
_WORD = re.compile(r"\w+")
_ACTING_BEFORE = re.compile(r"(?:plt\.?|pelaksana[\W_]+tugas)[\W_]+$", re.IGNORECASE)


@dataclass(frozen=True)
class TitleMismatch:
    """One finding: on ``day`` the text names ``named`` with ``written_title`` (as written, "Plt."
    aside). ``problem``: ``not_holder`` (``holder``: who held it, "" when nobody did),
    ``acting_missing`` or ``acting_extra``. ``start``: where the title is in the text."""

    day: _dt.date
    written_title: str
    named: str
    problem: str
    holder: str = ""
    holder_acting: bool = False
    start: int = 0


@dataclass(frozen=True)
class Found:
    """A title or a name found in a text (``acting``: "Plt." written before a title)."""

    start: int
    end: int
    text: str
    acting: bool = False


def _phrase_pattern(text: str) -> str:
    """``text``'s words with any spacing or punctuation between them."""
    return r"[\W_]+".join(re.escape(word) for word in title_key(text).split())


class PhraseFinder:
    """Finds any of many phrases (titles, names) in a text, as whole words, in any case and
    spacing. The text's words are looked up by their first word; only the phrases that begin
    with it are tried there (one pass over the words, whatever the number of phrases)."""

    def __init__(self, phrases: Iterable[str]) -> None:
        by_first: dict[str, set[str]] = {}
        for phrase in phrases:
            key = title_key(phrase)
            if key:
                by_first.setdefault(key.split()[0], set()).add(_phrase_pattern(phrase))
        self._patterns = {
            first: re.compile(
                "(?:" + "|".join(sorted(patterns, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE
            )
            for first, patterns in by_first.items()
        }

    def __bool__(self) -> bool:
        return bool(self._patterns)

    def find(self, text: str) -> list[Found]:
        found: list[Found] = []
        end = 0
        patterns = self._patterns
        for word in _WORD.finditer(text):
            start = word.start()
            if start < end:
                continue
            pattern = patterns.get(word.group().casefold())
            if pattern is None:
                continue
            match = pattern.match(text, start)
            if match is not None:
                end = match.end()
                found.append(Found(start, end, match.group()))
        return found


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Where each sentence of ``text`` begins and ends (a full stop after an abbreviation, a
    single letter or a number does not end one; a blank line, as between paragraphs, does)."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if text[match.start()] != "\n":
            last = _LAST_WORD.search(text, max(0, match.start() - 40), match.start())
            word = last.group() if last is not None else ""
            if word.casefold() in ABBREVIATIONS or len(word) == 1 or word.isdigit():
                continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


class MentionScanner:
    """The directory's titles and names, ready to scan texts (see the module's text)."""

    def __init__(self, officials: Iterable[OfficialData]) -> None:
        self.holdings: list[Holding] = holdings(officials)
        self.by_key: dict[str, list[Holding]] = {}
        for holding in self.holdings:
            for key in holding.title.keys:
                self.by_key.setdefault(key, []).append(holding)
        self.names = {title_key(h.name): h.name for h in self.holdings}
        self._titles = PhraseFinder(self.by_key)
        self._names = PhraseFinder(self.names)

    def titles_in(self, text: str) -> list[Found]:
        """The directory's titles in ``text``, each with whether "Plt." is written before it."""
        return [
            Found(
                f.start, f.end, f.text, _ACTING_BEFORE.search(text, max(0, f.start - 24), f.start) is not None
            )
            for f in self._titles.find(text)
        ]

    def mismatches(self, text: str, day: _dt.date) -> list[TitleMismatch]:
        """The findings in ``text`` for an article of ``day``, in the order of the text."""
        if not self._titles or not self._names or not text:
            return []
        titles = self.titles_in(text)
        if not titles:
            return []
        names = [
            n for n in self._names.find(text) if not any(t.start < n.end and n.start < t.end for t in titles)
        ]
        if not names:
            return []
        starts = [name.start for name in names]
        spans = sentence_spans(text)
        found: list[TitleMismatch] = []
        sentence = 0
        for index, title in enumerate(titles):
            while spans[sentence][1] <= title.start and sentence < len(spans) - 1:
                sentence += 1
            low, high = spans[sentence]
            # the title's neighbours: no other title between it and the name
            left = max(low, titles[index - 1].end if index else low)
            right = min(high, titles[index + 1].start if index + 1 < len(titles) else high)
            first = bisect_left(starts, left)
            near = [n for n in names[first : bisect_left(starts, right)] if n.end <= right]
            if not near:
                continue
            name = min(near, key=lambda n: max(title.start - n.end, n.start - title.end))
            if max(title.start - name.end, name.start - title.end) > MAX_GAP:
                continue
            finding = self._judge(title, self.names[title_key(name.text)], day)
            if finding is not None:
                found.append(finding)
        return found

    def _judge(self, title: Found, named: str, day: _dt.date) -> TitleMismatch | None:
        written = title.text
        candidates = self.by_key.get(title_key(written), [])
        holders = [h for h in candidates if h.title.valid_on(day)]
        mine = [h for h in holders if title_key(h.name) == title_key(named)]
        if mine:
            acting = mine[0].title.acting
            if acting == title.acting:
                return None
            problem = "acting_missing" if acting else "acting_extra"
            return TitleMismatch(day, written, named, problem, named, acting, title.start)
        holder = holders[0] if holders else None
        return TitleMismatch(
            day,
            written,
            named,
            "not_holder",
            holder.name if holder else "",
            holder.title.acting if holder else False,
            title.start,
        )


def find_mismatches(
    officials: Iterable[OfficialData], texts: Iterable[str], day: _dt.date
) -> list[TitleMismatch]:
    """The findings in each of ``texts`` (title, lead, body) against ``officials``."""
    scanner = MentionScanner(officials)
    return [finding for text in texts for finding in scanner.mismatches(text, day)]
