"""Screenshots of the main window at a laptop's size with each panel combination, on the demo
content, and a check that the window kept its size and shows every widget whole.

    python bench/window_sizes.py [--size 1280x720] [--language id|en] [--out DIR] [--json]
                                 [--body-font "DejaVu Sans:11"]

Writes one PNG per combination into ``--out`` (default /tmp/redaksi-window-sizes) and prints a
table: the combination, the window's size afterwards, the preview (shown / folded) and the
widgets found outside the window or their parent (none, when all is well). Runs offscreen by
default; under ``xvfb-run`` the pictures use the X server's fonts.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: name: (sidebar, preview wanted, review dock, find bar: "" / "find" / "replace", details shown,
#: article: "published" / "changes" / "in_review")
COMBINATIONS = {
    "plain": (True, True, False, "", True, "published"),
    "review": (True, True, True, "", True, "published"),
    "review_find": (True, True, True, "find", True, "published"),
    "review_replace_folded": (True, True, True, "replace", False, "published"),
    "replace": (True, True, False, "replace", True, "published"),
    "no_sidebar_review": (False, True, True, "", True, "published"),
    "changes_review": (True, True, True, "find", True, "changes"),
    "changes": (True, True, False, "", True, "changes"),
    "no_preview": (True, False, False, "", True, "published"),
    "in_review_review": (True, True, True, "", True, "in_review"),
}


def outside_widgets(window) -> list[str]:
    """Visible widgets not wholly inside the window, or inside their parent (a scroll area's
    content only has to be inside its viewport's parent, the scroll area)."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QAbstractScrollArea, QWidget

    found = []
    window_rect = window.rect()
    for widget in window.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisibleTo(window):
            continue
        parent = widget.parentWidget()
        in_viewport = any(
            isinstance(a, QAbstractScrollArea) and a.viewport().isAncestorOf(widget)
            for a in _ancestors(widget, window)
        )
        if in_viewport:
            continue
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not window_rect.contains(rect):
            found.append(f"{_name(widget)} {rect.getRect()} outside the window")
        elif parent is not None and parent is not window and not parent.rect().contains(widget.geometry()):
            found.append(f"{_name(widget)} {widget.geometry().getRect()} outside {_name(parent)}")
    return found


def _ancestors(widget, window):
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        yield parent
        parent = parent.parentWidget()


def _name(widget) -> str:
    return f"{type(widget).__name__}#{widget.objectName() or '?'}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1280x720")
    parser.add_argument("--language", default="id")
    parser.add_argument("--out", default="/tmp/redaksi-window-sizes")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--body-font", default="", help="the body editor's font, FAMILY:POINTS")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication, QToolButton

    app = QApplication.instance() or QApplication(sys.argv)
    from db.database import open_database
    from desktop_app.app import build_main_window
    from desktop_app.core.demo import fill_demo
    from desktop_app.workers import wait_for_workers

    folder = Path(tempfile.mkdtemp(prefix="redaksi-sizes-"))
    database = open_database(folder / "demo.db")
    fill_demo(database)
    database.close()
    window = build_main_window(folder / "demo.db", folder / "config", args.language)
    window.finish_building()
    from tests.people_helpers import admin_of  # (the demo's admin, signed in as in the tests)

    window.workflow.controller.set_person(admin_of(window.services.database), remember=False)
    if args.body_font:
        from PySide6.QtGui import QFont

        family, _, points = args.body_font.partition(":")
        window.editor.body_edit.setFont(QFont(family, int(points or 11)))
    window.resize(width, height)
    window.move(0, 0)
    window.show()

    def settle() -> None:
        from PySide6.QtTest import QTest

        for _ in range(30):
            app.processEvents()
        wait_for_workers()
        QTest.qWait(400)  # (the preview renders after a pause)

    settle()
    headlines = [window.sidebar.model.headline(i) for i in range(window.sidebar.model.rowCount())]
    articles = {
        "published": next(h.id for h in headlines if h.status == "published"),
        "changes": next(h.id for h in headlines if h.status == "changes_requested"),
        "in_review": next(h.id for h in headlines if h.status == "in_review"),
    }
    rows = {}
    for name, (sidebar, preview, dock, find, details, article) in COMBINATIONS.items():
        window.editor.find_bar.close_bar()
        window.open_article(articles[article])
        window.action_toggle_sidebar.setChecked(sidebar)
        window.workflow.dock.setVisible(dock)
        settle()
        if preview != window.pane_fit.preview_wanted:  # (as the user would: View ▸ Show Preview)
            window.action_toggle_preview.setChecked(preview)
        toggle = window.editor.findChild(QToolButton, "detailsToggle")
        if toggle is not None and toggle.isChecked() != details:
            toggle.click()
        if find == "find":
            window.action_find.trigger()
        elif find == "replace":
            window.action_replace.trigger()
        settle()
        window.grab().save(str(out / f"{args.size}_{args.language}_{name}.png"))
        problems = outside_widgets(window)
        rows[name] = {
            "size": f"{window.width()}x{window.height()}",
            "preview": "shown"
            if window.preview.isVisible()
            else ("folded" if window.pane_fit.folded else "off"),
            "problems": problems,
        }
    window.close()
    wait_for_workers()
    if args.json:
        print(json.dumps(rows))
        return
    print(f"{'combination':24} {'window':>10} {'preview':>8}  problems")
    for name, row in rows.items():
        print(f"{name:24} {row['size']:>10} {row['preview']:>8}  {len(row['problems'])}")
        for problem in row["problems"]:
            print(f"{'':46}{problem}")
    print(f"pictures in {out}")


if __name__ == "__main__":
    main()
