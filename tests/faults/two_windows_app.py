"""Test-only: one of two Redaksi windows, each in its own process, editing the same article.

``python -m tests.faults.two_windows_app TARGET CONFIG_DIR ARTICLE_ID LABEL REPORT`` builds the
window as ``redaksi --db TARGET`` does, opens the article, prints ``ready`` and waits for one
line on stdin (the starting shot, given to both windows at once). Then it types :func:`script`
(LABEL's own sentences) at the end of the body key by key while autosave (short delay) saves in
the background. When the other window's save wins, the window reports a conflict; like an editor
who chooses "Keep Mine", it saves its text over the newer version (the other text stays in the
history). At the end it saves (Ctrl+S; Keep Mine again if the other window saved meanwhile) and
writes REPORT (JSON): every text it saved, the conflicts and failures it showed, its final text.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

AUTOSAVE_DELAY_MS = 60
KEYS_PER_TICK = 3


def script(label: str) -> str:
    return "".join(f"\n\n{label} menulis kalimat ke-{n} tentang rapat koordinasi." for n in range(1, 25))


def main(target: str, config_dir: str, article_id: int, label: str, report: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from desktop_app.app import build_main_window
    from tests.ui.window_fixtures import sign_in_admin

    app = QApplication(sys.argv[:1])
    window = build_main_window(target, config_dir, "en")
    sign_in_admin(window)
    # Both windows are the same admin's; neither holds a presence, so both edit the article at
    # once (as two windows did before presence, or two that open it in the same instant): the
    # race that saves must survive.
    window.presence.set_person(None)
    window.show()
    window.autosave.set_delay(AUTOSAVE_DELAY_MS)
    if not window.open_article(article_id):
        print("cannot open the article", flush=True)
        return 3
    body = window.findChild(QPlainTextEdit, "bodyEdit")
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    state: dict[str, list[str]] = {"saved": [], "conflicts": [], "failures": []}

    def saved(_data: object, _reason: str) -> None:
        state["saved"].append(window.autosave.article.body)

    def conflict(message: str) -> None:
        state["conflicts"].append(message)  # the core kept the text it tried as a conflict revision
        QTimer.singleShot(0, window.autosave.keep_mine)

    window.autosave.saved.connect(saved)
    window.autosave.conflict.connect(conflict)
    window.autosave.save_failed.connect(state["failures"].append)
    text = script(label)
    position = 0
    print("ready", flush=True)
    sys.stdin.readline()

    def finish() -> None:
        # The other window may still be saving: Keep Mine until this text is the saved version.
        for _ in range(50):
            if window.autosave.keep_mine() if window.autosave.in_conflict else window.autosave.save("save"):
                break
        Path(report).write_text(
            json.dumps({**state, "final": body.toPlainText(), "dirty": window.autosave.dirty}),
            encoding="utf-8",
        )
        app.quit()

    def type_some() -> None:
        nonlocal position
        chunk = text[position : position + KEYS_PER_TICK]
        if not chunk:
            timer.stop()
            QTimer.singleShot(300, finish)
            return
        body.moveCursor(QTextCursor.MoveOperation.End)
        for char in chunk:
            if char == "\n":
                QTest.keyClick(body, Qt.Key.Key_Return)
            else:
                QTest.keyClicks(body, char)
        position += len(chunk)

    timer = QTimer()
    timer.timeout.connect(type_some)
    timer.start(5)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]))
