"""Test-only: one Redaksi window in its own process, driven line by line from stdin, for the
presence tests (tests/faults/test_presence_windows.py).

``python -m tests.faults.presence_window_app TARGET CONFIG_DIR PERSON_NAME`` builds the window as
``redaksi --db TARGET`` does (Indonesian), signs PERSON_NAME in (with the tests' password), prints ``ready``
and then answers each command with one JSON line (the window's state):

``state``; ``open ID``; ``take`` (Take Over on the banner, answering the question with yes);
``shot PATH`` (the window at 1366×768, as a PNG); ``quit``.

The heartbeats run on the window's own timer (``REDAKSI_PRESENCE_EXPIRY_S`` shortens them).
"""

from __future__ import annotations

import json
import os
import queue
import sys
import threading


def main(target: str, config_dir: str, person_name: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from desktop_app.app import build_main_window
    from desktop_app.ui.headline_model import EditingRole
    from tests.people_helpers import TEST_PASSWORD

    app = QApplication(sys.argv[:1])
    window = build_main_window(target, config_dir, "id")
    window.resize(1366, 768)
    window.show()
    controller = window.workflow.controller
    controller.set_person(controller.auth.sign_in(person_name, TEST_PASSWORD), remember=False)
    window.close_article()  # whatever the settings reopened: the test opens what it wants
    window.presence.ask = lambda _title, _text: True
    body = window.findChild(QPlainTextEdit, "bodyEdit")
    commands: queue.Queue[str] = queue.Queue()

    def read() -> None:
        for line in sys.stdin:
            commands.put(line.strip())
        commands.put("quit")

    def state() -> dict[str, object]:
        model = window.sidebar.model
        marks = {}
        for row in range(model.rowCount()):
            presence = model.data(model.index(row, 0), EditingRole)
            if presence is not None:
                marks[str(presence.article_id)] = presence.person_name
        presence = window.presence
        return {
            "article": window.current_article_id(),
            "presence": str(presence.state),
            "session": presence.service.session_id,
            "banner": window.presence_banner.text() if window.presence_banner.isVisible() else "",
            "read_only": body.isReadOnly(),
            "body": body.toPlainText(),
            "marks": marks,
        }

    def run(command: str) -> None:
        name, _, argument = command.partition(" ")
        if name == "open":
            window.open_article(int(argument))
        elif name == "take":
            window.presence_banner.take_over_button.click()
        elif name == "shot":  # after a heartbeat: the sidebar's marks are up to date
            loop = QEventLoop()
            window.presence.beat_finished.connect(loop.quit)
            window.presence.beat()
            loop.exec()
            window.presence.beat_finished.disconnect(loop.quit)
            window.resize(1366, 768)
            app.processEvents()
            window.grab().save(argument)
        elif name == "quit":
            window.close()
            app.quit()
            return
        print(json.dumps(state()), flush=True)

    def poll() -> None:
        while not commands.empty():
            run(commands.get())

    threading.Thread(target=read, daemon=True).start()
    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    print("ready", flush=True)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3]))
