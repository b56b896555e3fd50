"""Screenshots of the main window at a laptop's size with each panel combination, on the demo
content, and a check that the window kept its size and shows every widget whole: what to look
at before a release.

    python bench/window_sizes.py [--size 1366x768,1280x720] [--language id,en]
                                 [--scheme light,dark] [--out DIR] [--json]
                                 [--body-font "DejaVu Sans:11"]

Every size, language and colour scheme given (comma-separated; by default all of them) is
shown in every combination. Writes one PNG per picture into ``--out`` (default
/tmp/redaksi-window-sizes; named ``<size>_<language>_<scheme>_<combination>.png``) and prints a
table per run: the combination, the window's size afterwards, the preview (shown / folded) and
the widgets found outside the window or their parent (none, when all is well); the exit code is
1 when any was found or the window grew. The dark scheme is a dark desktop's palette with
Qt's Fusion style (what a bare Windows or Linux desktop in dark mode gives). Runs offscreen by
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
# first: a dependency (spylls) installs a package named "tests" of its own
sys.path.insert(0, str(ROOT))
from tests.offscreen import OFFSCREEN_PLATFORM  # noqa: E402 - (a 1920×1080 screen, as the tests')

os.environ.setdefault("QT_QPA_PLATFORM", OFFSCREEN_PLATFORM)

#: name: (sidebar, preview wanted, review dock, find bar: "" / "find" / "replace", details shown,
#: article: "published" / "changes" / "in_review" / "" for none open)
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
    "no_article": (True, True, False, "", True, ""),
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1366x768,1280x720")
    parser.add_argument("--language", default="id,en")
    parser.add_argument("--scheme", default="light,dark")
    parser.add_argument("--out", default="/tmp/redaksi-window-sizes")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--body-font", default="", help="the body editor's font, FAMILY:POINTS")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle("Fusion")  # the same everywhere (what a bare Windows or Linux desktop shows)
    from db.database import open_database
    from desktop_app.core.demo import fill_demo

    folder = Path(tempfile.mkdtemp(prefix="redaksi-sizes-"))
    database = open_database(folder / "demo.db")
    fill_demo(database)
    database.close()
    light = app.palette()
    runs = {}
    for size in args.size.split(","):
        for language in args.language.split(","):
            for scheme in args.scheme.split(","):
                app.setPalette(dark_palette() if scheme == "dark" else light)
                name = f"{size}_{language}_{scheme}"
                runs[name] = _run(app, folder, name, size, language, args.body_font, out)
    if args.json:
        print(json.dumps(runs))
    else:
        for name, rows in runs.items():
            _print_table(name, rows)
        print(f"pictures in {out}")
    bad = [
        name
        for name, rows in runs.items()
        for row in rows.values()
        if row["problems"] or row["size"] != name.split("_")[0]
    ]
    return 1 if bad else 0


def _print_table(name: str, rows: dict) -> None:
    print(f"== {name}")
    print(f"{'combination':24} {'window':>10} {'preview':>8}  problems")
    for combination, row in rows.items():
        print(f"{combination:24} {row['size']:>10} {row['preview']:>8}  {len(row['problems'])}")
        for problem in row["problems"]:
            print(f"{'':46}{problem}")


def _run(app, folder: Path, name: str, size: str, language: str, body_font: str, out: Path) -> dict:
    """Every combination in one window of ``size`` and ``language``; a row per combination."""
    from PySide6.QtWidgets import QToolButton

    from desktop_app.app import build_main_window
    from desktop_app.core.auth import AuthService
    from desktop_app.core.demo import DEMO_PASSWORDS
    from desktop_app.workers import wait_for_workers

    width, height = (int(n) for n in size.split("x"))
    window = build_main_window(folder / "demo.db", folder / f"config-{name}", language)
    window.finish_building()
    admin = AuthService(window.services.database).sign_in("Admin Redaksi", DEMO_PASSWORDS["admin"])
    window.workflow.controller.set_person(admin, remember=False)
    if body_font:
        from PySide6.QtGui import QFont

        family, _, points = body_font.partition(":")
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
    for combination, (sidebar, preview, dock, find, details, article) in COMBINATIONS.items():
        window.editor.find_bar.close_bar()
        if article:
            window.open_article(articles[article])
        else:
            window.close_article()
        if preview != window.pane_fit.preview_wanted:  # (as the user would: View ▸ Show Preview)
            window.action_toggle_preview.setChecked(preview)
        settle()
        # then the panels: asked for with no room, the preview would have folded the sidebar
        window.action_toggle_sidebar.setChecked(sidebar)
        window.workflow.dock.setVisible(dock)
        settle()
        toggle = window.editor.findChild(QToolButton, "detailsToggle")
        if toggle is not None and toggle.isChecked() != details:
            toggle.click()
        if find == "find":
            window.action_find.trigger()
        elif find == "replace":
            window.action_replace.trigger()
        settle()
        window.grab().save(str(out / f"{name}_{combination}.png"))
        problems = outside_widgets(window)
        rows[combination] = {
            "size": f"{window.width()}x{window.height()}",
            "preview": "shown"
            if window.preview.isVisible()
            else ("folded" if window.pane_fit.folded else "off"),
            "problems": problems,
        }
    window.close()
    wait_for_workers()
    window.services.database.close()
    window.deleteLater()
    return rows


if __name__ == "__main__":
    sys.exit(main())
