"""ReText's live preview, timed the way bench/gui.py times Redaksi's (run by bench/gui.py with
the Python of ReText's own virtual environment; it imports nothing of Redaksi).

    python bench/retext_probe.py TEXT_5K TEXT_20K RUNS

Prints one JSON line:

- ``keystroke_5k_ms``: one character typed into a 5,000-word document until its preview shows
  the new HTML (ReText's fixed 500 ms pause, its converter process, ``setHtml``), median;
- ``open_20k_ms``: a 20,000-word document's conversion started until its preview shows it
  (converter process and ``setHtml``; no pause), median.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="redaksi-bench-retext-")
    text_5k = Path(sys.argv[1]).read_text(encoding="utf-8")
    text_20k = Path(sys.argv[2]).read_text(encoding="utf-8")
    runs = int(sys.argv[3])

    from PyQt6.QtCore import QEventLoop, QTimer
    from PyQt6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from ReText import globalSettings
    from ReText.tab import PreviewLive
    from ReText.window import ReTextWindow

    globalSettings.useWebEngine = False
    globalSettings.syncScroll = False
    window = ReTextWindow()
    window.createTab("")
    tab = window.currentTab
    tab.previewState = PreviewLive
    tab.updateBoxesVisibility()
    window.show()

    shown: list[float] = []
    original = tab.updatePreviewBox

    def update_preview_box() -> None:
        original()
        shown.append(time.perf_counter())

    tab.converterProcess.conversionDone.disconnect()
    tab.converterProcess.conversionDone.connect(update_preview_box)

    def wait_for_preview(count: int) -> None:
        loop = QEventLoop()
        deadline = time.perf_counter() + 30
        while len(shown) < count and time.perf_counter() < deadline:
            QTimer.singleShot(5, loop.quit)
            loop.exec()

    def settle(seconds: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    # Keystroke to visible preview, 5,000 words.
    tab.editBox.setPlainText(text_5k)
    wait_for_preview(len(shown) + 1)
    settle(0.7)
    keystroke = []
    for i in range(runs):
        cursor = tab.editBox.textCursor()
        cursor.setPosition(len(text_5k) * (i + 1) // (runs + 1))
        tab.editBox.setTextCursor(cursor)
        before = len(shown)
        started = time.perf_counter()
        tab.editBox.textCursor().insertText("k")
        wait_for_preview(before + 1)
        keystroke.append((shown[before] - started) * 1000)
        settle(0.7)

    # Opening 20,000 words: conversion started to preview shown.
    opening = []
    for i in range(runs):
        tab.editBox.blockSignals(True)
        tab.editBox.setPlainText(text_20k + f"\n\nkata {i}\n")
        tab.editBox.blockSignals(False)
        before = len(shown)
        started = time.perf_counter()
        tab.startPendingConversion()
        wait_for_preview(before + 1)
        opening.append((shown[before] - started) * 1000)
        settle(0.3)
    print(
        json.dumps(
            {"keystroke_5k_ms": statistics.median(keystroke), "open_20k_ms": statistics.median(opening)}
        ),
        flush=True,
    )
    app.quit()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
