"""TEST-ONLY: makes a running Redaksi type a script, for tests/test_gui_process.py.

Started by ``run_gui`` only when the environment variable ``REDAKSI_TEST_DRIVER`` names a JSON
file ``{"text": ..., "interval_ms": ..., "status_file": ...}``. It opens a new article, types
``text`` into the body one key at a time (real key events through QTest), and writes progress
to ``status_file`` (``{"article_id", "typed", "done"}``) so the test knows what to expect after it
kills the process. Nothing in Redaksi uses it otherwise.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit


def _write(path: Path, data: dict) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data), encoding="utf-8")
    os.replace(tmp, path)


def start_test_driver(window, spec_file: str) -> QTimer:
    spec = json.loads(Path(spec_file).read_text(encoding="utf-8"))
    text: str = spec["text"]
    status = Path(spec["status_file"])
    timer = QTimer(window)
    timer.setInterval(int(spec.get("interval_ms", 20)))
    state = {"typed": 0, "article_id": None}

    def begin() -> None:
        window.action_new.trigger()
        state["article_id"] = window.current_article_id()
        body = window.findChild(QPlainTextEdit, "bodyEdit")
        body.setFocus()
        timer.timeout.connect(lambda: step(body))
        timer.start()

    def step(body: QPlainTextEdit) -> None:
        if state["typed"] >= len(text):
            timer.stop()
            _write(status, {"article_id": state["article_id"], "typed": state["typed"],
                            "done": True, "cursor": window.editor.cursor_position()})
            return
        char = text[state["typed"]]
        if char == "\n":
            QTest.keyClick(body, Qt.Key.Key_Return)
        else:
            QTest.keyClicks(body, char)
        state["typed"] += 1
        _write(status, {"article_id": state["article_id"], "typed": state["typed"],
                        "done": False})

    QTimer.singleShot(0, begin)
    return timer
