"""Officials named with a title in an article's text, compared with the officials directory on
the article's day: the checklist's title check (``Check.OFFICIALS``).

A mention is a directory title (or one of its aliases, with or without "Plt." before it) and a
directory official's name in the same sentence, the nearest name with no other title between
("Kepala Dinas Kominfo Budi Santoso", "Budi Santoso, Kepala Dinas Kominfo"). It is a finding
when the named official did not hold that title on the day (the finding names who did), or held
it as acting and "Plt." is missing, or held it definitively and "Plt." is written.

:class:`MentionScanner` is built once from the directory (two regular expressions: every title
and alias, every name) and scans a text in one pass of each; a 20,000-word article takes a few
milliseconds (``bench/officials_check.py``).
"""

from __future__ import annotations

import datetime as _dt
import re
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
_SENTENCE_END = re.compile(r"(\w*)([.!?]+)[\"”’)]*\s+|\n[ \t]*\n")


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


def _phrase_pattern(text: str) -> str:
    """``text``'s words with any spacing or punctuation between them."""
    return r"[\W_]+".join(re.escape(word) for word in title_key(text).split())


def _alternation(texts: Iterable[str]) -> str:
    patterns = sorted({_phrase_pattern(text) for text in texts if title_key(text)}, key=len, reverse=True)
    return "|".join(patterns)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Where each sentence of ``text`` begins and ends (a full stop after an abbreviation, a
    single letter or a number does not end one; a blank line, as between paragraphs, does)."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        word = match.group(1)
        if match.group(2) and (word.casefold() in ABBREVIATIONS or len(word) == 1 or word.isdigit()):
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
        titles = _alternation(key for key in self.by_key)
        names = _alternation(self.names)
        flags = re.IGNORECASE
        self._titles = (
            re.compile(rf"(?<!\w)(?:(plt\.?|pelaksana[\W_]+tugas)[\W_]+)?({titles})(?!\w)", flags)
            if titles
            else None
        )
        self._names = re.compile(rf"(?<!\w)(?:{names})(?!\w)", flags) if names else None

    def mismatches(self, text: str, day: _dt.date) -> list[TitleMismatch]:
        """The findings in ``text`` for an article of ``day``, in the order of the text."""
        if self._titles is None or self._names is None or not text:
            return []
        titles = list(self._titles.finditer(text))
        if not titles:
            return []
        names = list(self._names.finditer(text))
        if not names:
            return []
        spans = sentence_spans(text)
        found: list[TitleMismatch] = []
        sentence = 0
        for index, title in enumerate(titles):
            while spans[sentence][1] <= title.start() and sentence < len(spans) - 1:
                sentence += 1
            low, high = spans[sentence]
            # the title's neighbours: no other title between it and the name
            left = max(low, titles[index - 1].end() if index else low)
            right = min(high, titles[index + 1].start() if index + 1 < len(titles) else high)
            near = [
                name
                for name in names
                if left <= name.start()
                and name.end() <= right
                and not (name.start() < title.end() and title.start() < name.end())
            ]
            if not near:
                continue
            name = min(near, key=lambda m: max(title.start() - m.end(), m.start() - title.end()))
            if max(title.start() - name.end(), name.start() - title.end()) > MAX_GAP:
                continue
            finding = self._judge(title, self.names[title_key(name.group(0))], day)
            if finding is not None:
                found.append(finding)
        return found

    def _judge(self, title: re.Match[str], named: str, day: _dt.date) -> TitleMismatch | None:
        written = title.group(2)
        acting_written = title.group(1) is not None
        candidates = self.by_key.get(title_key(written), [])
        holders = [h for h in candidates if h.title.valid_on(day)]
        mine = [h for h in holders if title_key(h.name) == title_key(named)]
        if mine:
            acting = mine[0].title.acting
            if acting == acting_written:
                return None
            problem = "acting_missing" if acting else "acting_extra"
            return TitleMismatch(day, written, named, problem, named, acting, title.start())
        holder = holders[0] if holders else None
        return TitleMismatch(
            day,
            written,
            named,
            "not_holder",
            holder.name if holder else "",
            holder.title.acting if holder else False,
            title.start(),
        )


def find_mismatches(
    officials: Iterable[OfficialData], texts: Iterable[str], day: _dt.date
) -> list[TitleMismatch]:
    """The findings in each of ``texts`` (title, lead, body) against ``officials``."""
    scanner = MentionScanner(officials)
    return [finding for text in texts for finding in scanner.mismatches(text, day)]
