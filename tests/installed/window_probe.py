"""Run by an *installed* Redaksi's interpreter (not the checkout's): builds the main window
offscreen in Indonesian on a demo database, opens the article with a body, waits for its spelling
to be checked and prints what a person would see, as one JSON object.

It imports nothing from ``tests`` (that package is not installed): the JSON is checked by
tests/installed/test_wheel.py. Usage: ``python window_probe.py DATABASE CONFIG_DIR PNG``.
"""

from __future__ import annotations

import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(db_path: str, config_dir: str, png: str) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QTextCharFormat
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    import desktop_app
    from desktop_app.app import build_main_window
    from desktop_app.core.articles import ArticleService

    app = QApplication(["redaksi"])
    window = build_main_window(db_path, config_dir, "id")
    window.resize(1280, 800)
    window.show()
    service = ArticleService(window.services.database)
    article = max(service.list_headlines(), key=lambda h: len(service.get(h.id).body))
    window.open_article(article.id)
    body = window.findChild(QPlainTextEdit, "bodyEdit")

    def underlined() -> list[str]:
        words = []
        block = body.document().firstBlock()
        while block.isValid():
            for part in block.layout().formats():
                if part.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                    words.append(block.text()[part.start:part.start + part.length])
            block = block.next()
        return words

    deadline = time.monotonic() + 60
    while not underlined() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(20):
        app.processEvents()
    window.grab().save(png)
    print(json.dumps({
        "package": desktop_app.__file__,
        "version": desktop_app.__version__,
        "menus": [action.text() for action in window.menuBar().actions()],
        "qt_cancel": QCoreApplication.translate("QPlatformTheme", "Cancel"),
        "underlined": underlined(),
        "icon_sizes": [s.width() for s in window.windowIcon().availableSizes()],
    }))
    window.services.database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
