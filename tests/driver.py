"""Drives a running Redaksi, for the tests that start it as a real process (a checkout, the
installed wheel, the PyInstaller bundle).

A test writes a JSON file naming this file (``"driver": ".../tests/driver.py"``) and starts
Redaksi with ``REDAKSI_TEST_DRIVER`` set to that JSON file; Redaksi's ``run_gui`` then loads this
file by its path and calls :func:`start` after the window's first paint (see
``desktop_app/app.py``). It is loaded by path, so it imports nothing from ``tests``. Two modes:

- ``{"text": ..., "interval_ms": ..., "status_file": ...}`` (tests/test_gui_process.py): opens a
  new article, types ``text`` into the body one key at a time (real key events through QTest),
  and writes progress to ``status_file`` (``{"article_id", "typed", "done"}``) so the test knows
  what to expect after it kills the process. ``"sign_in": {"name", "password"}`` signs that
  person in first (the window is read-only without one).
- ``{"probe": {"report_file": ..., "screenshot": ...}}`` (tests/installed/: the wheel and the
  bundle): opens the article with the longest body, waits until its spelling is checked and its
  preview rendered, writes what a person would see (menus, Qt's own texts, underlined words,
  preview text, whether the render process runs, icon sizes) to ``report_file``, saves a screenshot and quits.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPlainTextEdit, QTextBrowser


def _write(path: Path, data: dict) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data), encoding="utf-8")
    os.replace(tmp, path)


def _sign_in(window, who: dict) -> None:
    """``who`` signs in (set up as the first admin of a database nobody can sign in to yet),
    as in the sign-in dialog, which is closed if it is showing: without a person the window
    only reads."""
    controller = window.workflow.controller
    auth = controller.auth
    if auth.needs_first_admin():
        session = auth.set_up_first_admin(who["name"], who["password"])
    else:
        session = auth.sign_in(who["name"], who["password"])
    controller.set_person(session, remember=False)
    modal = QApplication.activeModalWidget()
    if modal is not None:
        modal.reject()


def start(window, spec: dict) -> QTimer:
    if "probe" in spec:
        return _start_probe(window, spec["probe"])
    from PySide6.QtTest import QTest  # typing mode only (a bundle need not carry QtTest)

    text: str = spec["text"]
    status = Path(spec["status_file"])
    timer = QTimer(window)
    timer.setInterval(int(spec.get("interval_ms", 20)))
    state = {"typed": 0, "article_id": None}

    def begin() -> None:
        if "sign_in" in spec:
            _sign_in(window, spec["sign_in"])
        window.action_new.trigger()
        state["article_id"] = window.current_article_id()
        body = window.findChild(QPlainTextEdit, "bodyEdit")
        body.setFocus()
        timer.timeout.connect(lambda: step(body))
        timer.start()

    def step(body: QPlainTextEdit) -> None:
        if state["typed"] >= len(text):
            timer.stop()
            _write(
                status,
                {
                    "article_id": state["article_id"],
                    "typed": state["typed"],
                    "done": True,
                    "cursor": window.editor.cursor_position(),
                },
            )
            return
        char = text[state["typed"]]
        if char == "\n":
            QTest.keyClick(body, Qt.Key.Key_Return)
        else:
            QTest.keyClicks(body, char)
        state["typed"] += 1
        _write(status, {"article_id": state["article_id"], "typed": state["typed"], "done": False})

    QTimer.singleShot(0, begin)
    return timer


def _underlined(body: QPlainTextEdit) -> list[str]:
    words = []
    block = body.document().firstBlock()
    while block.isValid():
        for part in block.layout().formats():
            if part.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                words.append(block.text()[part.start : part.start + part.length])
        block = block.next()
    return words


def _start_probe(window, spec: dict, timeout_ms: int = 60_000) -> QTimer:
    import desktop_app

    articles = window.services.articles
    longest = max(articles.list_headlines(), key=lambda h: len(articles.get(h.id).body))
    window.preview.inline_limit = 0  # render in the child process, as a long article does
    window.open_article(longest.id)
    body = window.findChild(QPlainTextEdit, "bodyEdit")
    preview = window.findChild(QTextBrowser, "preview")
    first_words = " ".join(articles.get(longest.id).body.split()[:3])
    timer = QTimer(window)
    timer.setInterval(50)
    waited = {"ms": 0}

    def poll() -> None:
        waited["ms"] += timer.interval()
        spelling = getattr(window.editor, "spell_controller", None)
        ready = (
            spelling is not None
            and not spelling.has_pending_work()  # every block checked, not only the first
            and _underlined(body)
            and first_words in preview.toPlainText()
        )
        if not ready and waited["ms"] < timeout_ms:
            return
        timer.stop()
        try:
            report()
        finally:  # whatever happens, the process ends: the test reads what it wrote, or fails
            window.close()
            QApplication.quit()

    def report() -> None:
        window.grab().save(spec["screenshot"])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        _write(
            Path(spec["report_file"]),
            {
                "package": desktop_app.__file__,
                "version": desktop_app.__version__,
                "title": window.windowTitle(),
                "menus": [action.text() for action in window.menuBar().actions()],
                "qt_cancel": buttons.button(QDialogButtonBox.StandardButton.Cancel).text(),
                "underlined": _underlined(body),
                "preview_has_body": first_words in preview.toPlainText(),
                "render_process": window.preview.process.started,
                "icon_sizes": [size.width() for size in window.windowIcon().availableSizes()],
            },
        )

    timer.timeout.connect(poll)
    timer.start()
    return timer
