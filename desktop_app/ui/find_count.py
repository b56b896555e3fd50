"""How many matches the find bar's search has, and which of them is selected ("3 of 12").

The count never holds the window up, whatever the size of the article:

* it walks the document paragraph by paragraph (as ``QTextDocument.find`` matches: within a
  paragraph), without copying the whole text (``toPlainText`` of a 5 MB body alone takes
  ~100 ms);
* a long document is counted in slices of a few milliseconds, one per turn of the event loop,
  so typing goes on meanwhile; a change of the text or the search starts it again;
* it stops at :data:`MATCH_CAP` matches (the bar then says "1000+").
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRegularExpression, QTimer, Signal
from PySide6.QtGui import QTextBlock, QTextDocument

#: Matches counted at most; beyond it the total is shown as "1000+".
MATCH_CAP = 1000
#: A document up to this many characters is counted at once (well under a millisecond).
COUNT_AT_ONCE = 200_000
#: The longest slice of a long count on the GUI thread (s).
SLICE_SECONDS = 0.006


@dataclass(frozen=True)
class MatchCount:
    #: Matches found (at most :data:`MATCH_CAP`).
    total: int
    #: There are more than ``total``.
    more: bool
    #: 1-based number of the match that starts where the selection starts; 0 when none does
    #: (or it lies beyond the cap).
    current: int


class MatchCounter(QObject):
    """Counts the non-empty matches of a regular expression in a document; ``counted``
    (a :class:`MatchCount`) follows :meth:`start`, at once for a short document."""

    counted = Signal(object)

    def __init__(self, parent: QObject | None = None, cap: int = MATCH_CAP) -> None:
        super().__init__(parent)
        self.cap = cap
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)
        self._block: QTextBlock | None = None
        self._regex = QRegularExpression()
        self._selected = -1
        self._found = 0
        self._current = 0

    def start(self, document: QTextDocument, regex: QRegularExpression, selected_start: int = -1) -> None:
        """Count ``regex`` in ``document``; ``selected_start``: where the selected match begins
        (-1: nothing is selected)."""
        self.cancel()
        self._block = document.firstBlock()
        self._regex = regex
        self._selected = selected_start
        self._found = 0
        self._current = 0
        if document.characterCount() <= COUNT_AT_ONCE:
            self._walk(deadline=None)
        else:
            self._timer.start()

    def cancel(self) -> None:
        """Forget a count under way (call it before the document changes: its paragraphs are
        walked by reference)."""
        self._timer.stop()
        self._block = None

    def running(self) -> bool:
        return self._block is not None

    def _slice(self) -> None:
        if self._block is not None:
            self._walk(deadline=time.perf_counter() + SLICE_SECONDS)

    def _walk(self, deadline: float | None) -> None:
        block = self._block
        regex, cap, selected = self._regex, self.cap, self._selected
        while block is not None and block.isValid():
            text = block.text()
            if text:
                start = block.position()
                matches = regex.globalMatch(text)
                while matches.hasNext():
                    match = matches.next()
                    if match.capturedLength() == 0:
                        continue  # an empty match (of ^, say) cannot be found or replaced
                    if self._found == cap:
                        self._finish(more=True)
                        return
                    self._found += 1
                    if start + match.capturedStart() == selected:
                        self._current = self._found
            block = block.next()
            if deadline is not None and time.perf_counter() > deadline:
                self._block = block
                self._timer.start()
                return
        self._finish(more=False)

    def _finish(self, more: bool) -> None:
        self._block = None
        self.counted.emit(MatchCount(self._found, more, self._current))
