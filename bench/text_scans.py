"""How the text scans run on every keystroke grow with a paragraph's length, on paragraphs
written to be hard for them (one long run of word characters, Chinese text without spaces,
marks that never close).

    python bench/text_scans.py [--length N] [--json]

For each scan and paragraph: the milliseconds at ``N`` and at ``4 N`` characters, and their
ratio. A scan that reads the paragraph a bounded number of times grows ~4x; one that reads it
again from every position grows ~16x (at 16,000 characters that was over a second, for every key
typed into the paragraph). Baseline in the same run: ``str.split`` of the same paragraphs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.core import house_style, spelling, text  # noqa: E402
from desktop_app.ui.markdown_highlighter import _INLINE_RULES  # noqa: E402

#: Each paragraph is one of these repeated to the length measured.
UNITS = {
    "word_run": "x",
    "chinese": "中",
    "accented": "é",
    "dotted": "a.b",
    "hyphens": "-",
    "underscores": "_",
    "angle_brackets": "<",
    "link_targets": "](",
    "images": "![",
    "brackets": "[",
    "stars": "**a ",
    "emphasis": " *a",
    "strikes": "~~a ",
    "scheme_like": "http",
    "email_like": "x@",
    "prose": "Pemerintah Kabupaten Solok meresmikan layanan internet desa. ",
}


def scans() -> dict[str, Callable[[str], object]]:
    style = house_style.HouseStyleChecker()
    found: dict[str, Callable[[str], object]] = {
        "spelling_words": spelling.words_in,
        "house_style": style.findings,
        "word_count": text.count_words,
    }
    for name, rule in _INLINE_RULES:
        found[f"highlight_{name}"] = lambda line, rule=rule: list(rule.finditer(line))
    found["baseline_split"] = str.split
    return found


def timed(scan: Callable[[str], object], paragraph: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        scan(paragraph)
        best = min(best, time.perf_counter() - started)
    return best * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--length", type=int, default=4000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    figures: dict[str, float] = {}
    for scan_name, scan in scans().items():
        for unit_name, unit in UNITS.items():
            short = (unit * (args.length // len(unit) + 1))[: args.length]
            long = (unit * (4 * args.length // len(unit) + 1))[: 4 * args.length]
            if scan_name == "house_style":
                short, long = short + str(id(short)), long + str(id(long))  # past its cache
            at_short, at_long = timed(scan, short), timed(scan, long)
            figures[f"{scan_name}.{unit_name}.ms_at_{args.length}"] = at_short
            figures[f"{scan_name}.{unit_name}.ms_at_{4 * args.length}"] = at_long
            figures[f"{scan_name}.{unit_name}.growth"] = at_long / max(at_short, 1e-3)
    growths = {k: v for k, v in figures.items() if k.endswith(".growth") and "baseline" not in k}
    worst = max(growths, key=lambda k: figures[k.replace(".growth", f".ms_at_{4 * args.length}")])
    figures["worst_ms_at_4x"] = figures[worst.replace(".growth", f".ms_at_{4 * args.length}")]
    figures["worst_growth"] = max(growths.values())
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    short, long = f"ms@{args.length}", f"ms@{4 * args.length}"
    print(f"{'scan.paragraph':42} {short:>10} {long:>10} {'growth':>7}")
    for key in sorted(k for k in figures if k.endswith(".growth")):
        base = key[: -len(".growth")]
        print(
            f"{base:42} {figures[f'{base}.ms_at_{args.length}']:10.2f}"
            f" {figures[f'{base}.ms_at_{4 * args.length}']:10.2f} {figures[key]:7.1f}"
        )
    slowest = worst[: -len(".growth")]
    print(f"slowest scan at {4 * args.length} characters: {slowest}, {figures['worst_ms_at_4x']:.1f} ms")
    print(
        f"largest growth for 4x the length: {figures['worst_growth']:.1f}x"
        " (read once: ~4x; from every position: ~16x)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
