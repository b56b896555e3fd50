"""Test-only: the real Redaksi main window in its own process, typing into its body editor.

``python -m tests.faults.kill_app DB CONFIG_DIR ACK_FILE ARTICLE_ID`` builds the window exactly as
``redaksi --db DB`` does (``desktop_app.app.build_main_window``), opens the article, and types
:data:`SCRIPT` into ``bodyEdit`` key by key, continuing where the saved text ends. Autosave (the
window's own controller, with a short delay) saves while it types; after every save that returned
it appends ``VERSION SHA256 LENGTH`` to ACK_FILE and fsyncs it: that is the acknowledged save the
fault test checks after SIGKILL.
"""

from __future__ import annotations

import hashlib
import os
import sys

SCRIPT = "".join(
    f"Paragraf {n}: Dinas Kominfo menggelar rapat koordinasi ke-{n} tentang keterbukaan "
    f"informasi publik, diikuti {n % 40 + 10} peserta dari perangkat daerah.\n\n"
    for n in range(1, 400)
)
AUTOSAVE_DELAY_MS = 100
KEYS_PER_TICK = 4


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def main(db: str, config_dir: str, ack_path: str, article_id: int) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from desktop_app.app import build_main_window
    from tests.ui.window_fixtures import sign_in_admin

    app = QApplication(sys.argv[:1])
    window = build_main_window(db, config_dir, "en")
    sign_in_admin(window)
    # Each run is killed: a presence it held would block the next run (the same admin) for two
    # minutes, as after a real crash until Take Over. Here no run holds one.
    window.presence.set_person(None)
    window.show()
    window.autosave.set_delay(AUTOSAVE_DELAY_MS)
    if not window.open_article(article_id):
        print("cannot open the article", flush=True)
        return 3
    body = window.findChild(QPlainTextEdit, "bodyEdit")
    typed = body.toPlainText()
    if not SCRIPT.startswith(typed):
        print("the saved text is not what was typed", flush=True)
        return 4
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    ack = open(ack_path, "a", encoding="utf-8")  # noqa: SIM115 - lives as long as the process

    def acknowledge(data, reason: str) -> None:
        if data.id == article_id:
            ack.write(f"{data.version} {sha(data.body)} {len(data.body)}\n")
            ack.flush()
            os.fsync(ack.fileno())

    window.autosave.saved.connect(acknowledge)
    position = len(typed)

    def type_some() -> None:
        nonlocal position
        chunk = SCRIPT[position : position + KEYS_PER_TICK]
        if not chunk:
            return
        for char in chunk:  # key presses, as a person types (Enter for a new line)
            if char == "\n":
                QTest.keyClick(body, Qt.Key.Key_Return)
            else:
                QTest.keyClicks(body, char)
        position += len(chunk)

    timer = QTimer()
    timer.timeout.connect(type_some)
    timer.start(2)
    print("typing", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])))
