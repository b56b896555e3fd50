"""Rich paste of a long Word text: how long the window stops answering.

    python bench/paste.py [--megabytes 5] [--json]

Builds Word-like clipboard HTML of the given size (``tests/data/html/word_clipboard.html``'s
body repeated), then pastes it into the body editor of a bare ``MarkdownTextEdit`` (offscreen)
while a 10 ms timer ticks on the GUI thread. Figures:

- ``convert_s``: :func:`html_to_markdown` alone, in this process (what a paste would block for
  if it converted on the GUI thread);
- ``paste_total_s``: from the paste to the Markdown in the editor (child process included);
- ``max_stall_ms``: the longest gap between two timer ticks during that paste (goal: well
  under 100 ms: the window keeps answering);
- ``markdown_chars``: the size of the Markdown inserted.
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


def word_html(megabytes: float) -> str:
    source = (ROOT / "tests" / "data" / "html" / "word_clipboard.html").read_text(encoding="utf-8")
    start, end = source.index("<!--StartFragment-->"), source.index("<!--EndFragment-->")
    body = source[start:end]
    repeat = int(megabytes * 1_000_000) // len(body) + 1
    return source[:start] + body * repeat + source[end:]


def measure(megabytes: float) -> dict[str, float]:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.core.html_markdown import html_to_markdown
    from desktop_app.ui.editor_widgets import MarkdownTextEdit

    app = QApplication.instance() or QApplication([])
    html = word_html(megabytes)
    started = time.perf_counter()
    html_to_markdown(html)
    convert = time.perf_counter() - started

    editor = MarkdownTextEdit()
    editor.show()
    finished: list[bool] = []
    editor.paste_finished.connect(finished.append)
    clock = QElapsedTimer()
    gaps: list[int] = []
    last = [0]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    clock.start()
    started = time.perf_counter()
    editor.paste_html(html)
    while not finished:
        app.processEvents()
        time.sleep(0.002)
    total = time.perf_counter() - started
    timer.stop()
    return {
        "html_megabytes": round(len(html) / 1_000_000, 2),
        "convert_s": round(convert, 2),
        "paste_total_s": round(total, 2),
        "max_stall_ms": max(gaps) if gaps else 0,
        "markdown_chars": len(editor.toPlainText()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = measure(args.megabytes)
    if args.json:
        print(json.dumps(figures))
        return
    for name, value in figures.items():
        print(f"{name:<16} {value}")


if __name__ == "__main__":
    main()
