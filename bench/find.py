"""The find bar's match count on a long article: the longest slice the GUI thread spends on it
(what typing can wait for) and the whole count, beside copying the text once.

    python bench/find.py [--megabytes N] [--json]

Figures (ms), per search (a common letter: the cap is reached at once; a word; no match: the
whole text is walked):

- ``<search>_longest_slice_ms``: the longest piece of the count between two turns of the event
  loop;
- ``<search>_total_ms``: from the start of the count to its result;
- ``to_plain_text_ms``: the baseline, ``QTextDocument.toPlainText()`` of the same text (what a
  count over one copy of the text would block the window for before it even started), and the
  ratio of the longest slice to it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRegularExpression  # noqa: E402
from PySide6.QtGui import QTextDocument  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.ui import find_count  # noqa: E402

PARAGRAPH = (
    "Pemerintah Kabupaten Solok melaksanakan rapat koordinasi dinas kominfo tentang e-government. " * 5
)
SEARCHES = {"letter": "a", "word": "kominfo", "no_match": "zzqx"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    text = "\n\n".join([PARAGRAPH] * int(args.megabytes * 1_000_000 / (len(PARAGRAPH) + 2)))
    document = QTextDocument(text)
    figures: dict[str, float] = {}
    start = time.perf_counter()
    document.toPlainText()
    figures["to_plain_text_ms"] = (time.perf_counter() - start) * 1000

    slices: list[float] = []
    walk = find_count.MatchCounter._walk

    def timed(counter, deadline):
        began = time.perf_counter()
        walk(counter, deadline)
        slices.append((time.perf_counter() - began) * 1000)

    find_count.MatchCounter._walk = timed  # type: ignore[method-assign]
    counter = find_count.MatchCounter()
    for name, pattern in SEARCHES.items():
        slices.clear()
        regex = QRegularExpression(pattern, QRegularExpression.PatternOption.CaseInsensitiveOption)
        start = time.perf_counter()
        counter.start(document, regex)
        while counter.running():
            app.processEvents()
        figures[f"{name}_total_ms"] = (time.perf_counter() - start) * 1000
        figures[f"{name}_longest_slice_ms"] = max(slices)
    longest = max(v for k, v in figures.items() if k.endswith("_longest_slice_ms"))
    figures["longest_slice_to_plain_text_ratio"] = longest / figures["to_plain_text_ms"]
    if args.json:
        print(json.dumps({k: round(v, 2) for k, v in figures.items()}))
        return
    print(f"find count on {len(text) / 1e6:.1f} MB ({document.blockCount()} paragraphs)")
    for key, value in figures.items():
        print(f"  {key:36} {value:9.2f}")


if __name__ == "__main__":
    main()
