"""Memory soak: does Redaksi's window keep growing while someone works in it for minutes?

    python bench/soak.py [--seconds 300] [--warmup 60] [--articles 1000] [--json]

Offscreen, on a copy of a generated archive (bench/generate.py), the admin signed in, it types
one key per tick into the open article (autosave and preview running), switches to another
article every 5 s, searches every 10 s and exports the website every 60 s (from 30 s on, so that
the first export, which loads the export's modules and templates once, falls in the warm-up),
for ``--seconds``.
The resident memory (RSS) is sampled every second; the figure is its growth from the end of the
warm-up to the end (the median of the last ten samples against the median of ten after the
warm-up, so one sample's noise does not count). The baseline in the same run is a bare
QPlainTextEdit typed into the same way for the same time, in a fresh process too. Goal: growth
≤ 5 MB (issue 21).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.gui import rss_mb  # noqa: E402 - after the path and the platform are set

GOAL_MB = 5.0
TICK_MS = 50


def _run(app, seconds: int, tick) -> list[float]:
    """``tick()`` every :data:`TICK_MS` and the RSS sampled every second, for ``seconds``."""
    from PySide6.QtCore import QTimer

    samples: list[float] = []

    def sample() -> None:
        samples.append(rss_mb())
        if len(samples) >= seconds:
            app.quit()

    typing = QTimer()
    typing.timeout.connect(tick)
    typing.start(TICK_MS)
    sampler = QTimer()
    sampler.timeout.connect(sample)
    sampler.start(1000)
    app.exec()
    typing.stop()
    sampler.stop()
    return samples


def _growth(samples: list[float], warmup_s: int) -> float:
    after = samples[warmup_s : warmup_s + 10]
    last = samples[-10:]
    return statistics.median(last) - statistics.median(after)


def soak_redaksi(seconds: int, warmup: int, articles: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    try:
        from bench import generate
    except ModuleNotFoundError:
        import generate  # type: ignore[no-redef]
    from desktop_app.app import build_main_window
    from desktop_app.core.models import HeadlineQuery
    from tests.ui.window_fixtures import sign_in_admin

    app = QApplication.instance() or QApplication(sys.argv[:1])
    work = Path(tempfile.mkdtemp(prefix="redaksi-soak-"))
    db = work / "soak.db"
    shutil.copyfile(generate.cached_database(articles), db)
    window = build_main_window(str(db), work / "config", "id")
    window.resize(1366, 768)
    window.show()
    sign_in_admin(window)
    window.presence.set_person(None)  # (one window: nothing to share)
    ids = [h.id for h in window.articles.list_headlines(HeadlineQuery(), 0, 200)]
    body = window.editor.body_edit
    state = {"tick": 0, "article": 0}
    words = ("pemerintah ", "daerah ", "pelayanan ", "publik ", "masyarakat ")
    queries = ("pem", "rapat koordinasi", "pelayanan", "s", "transformasi digital")
    site = work / "situs"

    def open_next() -> None:
        state["article"] = (state["article"] + 1) % len(ids)
        window.open_article(ids[state["article"]])
        body.setFocus()

    def tick() -> None:
        state["tick"] += 1
        n = state["tick"]
        body.insertPlainText(words[n % len(words)][n % 3 : n % 3 + 1] or " ")
        if n % (5000 // TICK_MS) == 0:
            open_next()
        if n % (10000 // TICK_MS) == 0:
            window.sidebar.search_edit.setText(queries[(n // 200) % len(queries)])
        if n % (10000 // TICK_MS) == 100:
            window.sidebar.search_edit.setText("")
        if n % (60000 // TICK_MS) == 30000 // TICK_MS:  # at 30 s, 90 s...: once in the warm-up
            window.services.site_export.export(site, base_url="https://kominfo.example.go.id")

    open_next()
    samples = _run(app, seconds, tick)
    window.flush()
    window.close()
    shutil.rmtree(work, ignore_errors=True)
    return {"growth_mb": _growth(samples, warmup), "rss_end_mb": samples[-1], "ticks": state["tick"]}


def soak_bare(seconds: int, warmup: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    edit = QPlainTextEdit(window)
    window.setCentralWidget(edit)
    window.resize(1366, 768)
    window.show()
    count = {"n": 0}

    def tick() -> None:
        count["n"] += 1
        edit.insertPlainText("a")
        if count["n"] % (5000 // TICK_MS) == 0:
            edit.setPlainText("")  # a new article

    samples = _run(app, seconds, tick)
    return {"growth_mb": _growth(samples, warmup), "rss_end_mb": samples[-1], "ticks": count["n"]}


def _in_child(kind: str, args: argparse.Namespace) -> dict[str, float]:
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        kind,
        "--seconds",
        str(args.seconds),
        "--warmup",
        str(args.warmup),
        "--articles",
        str(args.articles),
    ]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=300)
    parser.add_argument("--warmup", type=int, default=60)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", choices=["redaksi", "bare"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.warmup + 20 > args.seconds:
        parser.error("--seconds must be at least --warmup + 20")
    if args.child == "redaksi":
        print(json.dumps(soak_redaksi(args.seconds, args.warmup, args.articles)))
        return 0
    if args.child == "bare":
        print(json.dumps(soak_bare(args.seconds, args.warmup)))
        return 0
    redaksi = _in_child("redaksi", args)
    bare = _in_child("bare", args)
    figures = {
        "soak_seconds": args.seconds,
        "redaksi_rss_growth_mb": round(redaksi["growth_mb"], 2),
        "redaksi_rss_end_mb": round(redaksi["rss_end_mb"], 1),
        "bare_rss_growth_mb": round(bare["growth_mb"], 2),
        "bare_rss_end_mb": round(bare["rss_end_mb"], 1),
        "redaksi_ticks": redaksi["ticks"],
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"memory soak, {args.seconds} s (growth after the first {args.warmup} s):")
    for label, key in (("Redaksi  ", "redaksi"), ("bare edit", "bare")):
        growth, end = figures[f"{key}_rss_growth_mb"], figures[f"{key}_rss_end_mb"]
        print(f"  {label} RSS growth {growth:7.2f} MB (ends at {end} MB)")
    met = "met" if figures["redaksi_rss_growth_mb"] <= GOAL_MB else "NOT met"
    print(f"  goal: growth <= {GOAL_MB} MB: {met}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
