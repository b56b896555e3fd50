"""Screenshots of the main window in every panel combination, for review before a release.

    python bench/screenshots.py [OUT_DIR] [--sizes 1366x768,1280x720] [--languages id,en]
                                [--schemes light,dark] [--only NAME,...]

Runs offscreen (no display needed). Each picture is the window as a user would see it on a
screen of that size, on a fresh demo database, signed in as the demo's administrator; the
file name says what is open: ``<language>-<scheme>-<size>-<combination>.png``. The last lines
list every combination where the window grew past the screen or a widget lies outside the
window (what the layout must never do); the exit code is 1 when there is any.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: The longest headline of the demo: the article every combination opens.
DEMO_ARTICLE_TITLE = "E-Government : Konsep Dan Implementasi"


def dark_palette():
    """A dark desktop's palette (what Windows, macOS or KDE give in dark mode)."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: "#202124",
        role.WindowText: "#e8eaed",
        role.Base: "#17181a",
        role.AlternateBase: "#26272b",
        role.ToolTipBase: "#303134",
        role.ToolTipText: "#e8eaed",
        role.PlaceholderText: "#9aa0a6",
        role.Text: "#e8eaed",
        role.Button: "#2b2c30",
        role.ButtonText: "#e8eaed",
        role.BrightText: "#ff6b6b",
        role.Light: "#3c3d42",
        role.Midlight: "#333438",
        role.Mid: "#2a2b2f",
        role.Dark: "#111214",
        role.Shadow: "#000000",
        role.Highlight: "#3d6fb4",
        role.HighlightedText: "#ffffff",
        role.Link: "#8ab4f8",
        role.LinkVisited: "#c58af9",
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor("#6f7378"))
    return palette


def _set_find(window, shown: bool) -> None:
    if shown:
        window.action_replace.trigger()
    else:
        window.editor.find_bar.close_bar()


def _combinations() -> dict[str, dict[str, bool]]:
    """Name → which panels are open (sidebar, preview, review, history, find, details)."""
    base = dict(sidebar=True, preview=True, review=False, history=False, find=False, details=True)
    return {
        "editor-preview": base,
        "review": {**base, "review": True},
        "history": {**base, "history": True},
        "find": {**base, "find": True},
        "everything": {**base, "review": True, "find": True},
        "details-folded": {**base, "details": False, "review": True},
        "no-preview": {**base, "preview": False, "review": True, "find": True},
        "editor-only": {**base, "sidebar": False, "preview": False},
        "no-article": {**base, "details": True},
    }


def _apply(window, panels: dict[str, bool], pump: Callable[[], None]) -> None:
    window.action_toggle_sidebar.setChecked(panels["sidebar"])
    window.action_toggle_preview.setChecked(panels["preview"])
    dock_open = panels["review"] or panels["history"]
    window.workflow.dock.setVisible(dock_open)
    if dock_open:
        window.workflow.tabs.setCurrentIndex(1 if panels["history"] else 0)
    details = window.editor.details_button
    if details.isChecked() != panels["details"]:
        details.click()
    _set_find(window, panels["find"])
    pump()


def _outside(window) -> list[str]:
    """The visible widgets of ``window`` that do not lie inside it (a clipped layout)."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QAbstractScrollArea, QWidget

    area = QRect(0, 0, window.width(), window.height())
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow() or widget.width() <= 1:
            continue
        inside_scroll = False
        parent = widget.parentWidget()
        while parent is not None and parent is not window:
            if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
                inside_scroll = True
                break
            parent = parent.parentWidget()
        if inside_scroll:
            continue
        rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        if not area.contains(rect):
            name = widget.objectName() or type(widget).__name__
            found.append(f"{name} {rect.x()},{rect.y()} {rect.width()}x{rect.height()}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(Path(tempfile.gettempdir()) / "redaksi-shots"))
    parser.add_argument("--sizes", default="1366x768,1280x720")
    parser.add_argument("--languages", default="id,en")
    parser.add_argument("--schemes", default="light,dark")
    parser.add_argument("--only", default="", help="combination names, comma-separated")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from db.database import open_database
    from desktop_app.app import build_main_window
    from desktop_app.core.auth import AuthService
    from desktop_app.core.demo import DEMO_PASSWORDS, fill_demo
    from desktop_app.workers import wait_for_workers

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")  # what Windows and a bare Linux desktop look like, the same everywhere
    light = app.palette()
    work = Path(tempfile.mkdtemp(prefix="redaksi-shots-"))
    database = work / "demo.db"
    demo = open_database(database)
    fill_demo(demo)
    demo.close()

    def pump() -> None:
        for _ in range(30):
            app.processEvents()

    only = {name for name in args.only.split(",") if name}
    problems = []
    for language in args.languages.split(","):
        for scheme in args.schemes.split(","):
            app.setPalette(dark_palette() if scheme == "dark" else light)
            for size in args.sizes.split(","):
                width, height = (int(part) for part in size.split("x"))
                for name, panels in _combinations().items():
                    if only and name not in only:
                        continue
                    config = work / f"config-{language}-{scheme}-{size}-{name}"
                    window = build_main_window(database, config, language)
                    admin = AuthService(window.services.database).sign_in(
                        "Admin Redaksi", DEMO_PASSWORDS["admin"]
                    )
                    window.workflow.controller.set_person(admin, remember=False)
                    window.resize(width, height)
                    window.show()
                    pump()
                    if name != "no-article":
                        window.open_article(_demo_article_id(window))
                    pump()
                    _apply(window, panels, pump)
                    pump()
                    path = out / f"{language}-{scheme}-{size}-{name}.png"
                    window.grab().save(str(path))
                    print(path, f"{window.width()}x{window.height()}")
                    grew = window.width() > width or window.height() > height
                    outside = _outside(window)
                    if grew or outside:
                        problems.append(
                            f"{path.name}: window {window.width()}x{window.height()}"
                            + (f"; outside: {', '.join(outside[:5])}" if outside else "")
                        )
                    window.close()
                    wait_for_workers()
                    window.services.database.close()
                    window.deleteLater()
                    pump()
    for line in problems:
        print("PROBLEM", line)
    return 1 if problems else 0


def _demo_article_id(window) -> int:
    model = window.sidebar.model
    for row in range(model.rowCount()):
        headline = model.headline(row)
        if headline is not None and headline.title == DEMO_ARTICLE_TITLE:
            return headline.id
    raise SystemExit(f"the demo has no article titled {DEMO_ARTICLE_TITLE!r}")


if __name__ == "__main__":
    raise SystemExit(main())
