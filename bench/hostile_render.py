"""Rendering paragraphs written to be hard for markdown2's reading of links, beside markdown2 as
it is (the baseline, in the same run).

    python bench/hostile_render.py [--length N] [--json]

For each paragraph shape: the milliseconds Redaksi's renderer (``rendering.render_body``, its
sanitizer included) and markdown2's own converter take at ``N`` and ``4 N`` characters, and their
growth. A render that reads the paragraph a bounded number of times grows ~4x; markdown2 read
the rest of the paragraph again for every unclosed link target (``[a](`` repeated: 4.5 s at 16,000 characters,
on the window's thread when such an article is published). ``prose`` is ordinary news text.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: Each paragraph is one of these repeated to the length measured.
UNITS = {
    "open_link_targets": "[a](",
    "open_targets_after_text": "kata [tautan](",
    "angle_targets": "[a](<",
    "open_brackets": "kata [",
    "open_images": "kata ![",
    "footnote_marks": "[^",
    "closed_links": "[a](http://b.id) ",
    "prose": "Pemerintah Kabupaten Solok meresmikan layanan internet desa. ",
}


def converters() -> dict[str, Callable[[str], object]]:
    import markdown2

    from desktop_app.core.rendering import EXTRAS, FOOTNOTE_TITLE, render_body

    def stock(text: str) -> object:
        return markdown2.Markdown(
            extras=dict(EXTRAS), safe_mode="escape", footnote_title=FOOTNOTE_TITLE
        ).convert(text)

    return {"redaksi": render_body, "markdown2": stock}


def best_ms(function: Callable[[str], object], paragraph: str, limit_s: float = 20.0) -> float:
    """The best of up to three runs (one when a run is slow)."""
    times = []
    for _ in range(3):
        started = time.perf_counter()
        function(paragraph)
        times.append(time.perf_counter() - started)
        if sum(times) > limit_s / 4:
            break
    return min(times) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--length", type=int, default=4000, help="characters (and 4x that)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    figures: dict[str, float] = {}
    for shape, unit in UNITS.items():
        for name, function in converters().items():
            short, long = ((unit * (n // len(unit) + 1))[:n] for n in (args.length, 4 * args.length))
            figures[f"{shape}_{name}_ms"] = best_ms(function, short)
            figures[f"{shape}_{name}_4x_ms"] = best_ms(function, long)
            figures[f"{shape}_{name}_growth"] = (
                figures[f"{shape}_{name}_4x_ms"] / figures[f"{shape}_{name}_ms"]
            )
        figures[f"{shape}_4x_ratio_vs_markdown2"] = (
            figures[f"{shape}_redaksi_4x_ms"] / figures[f"{shape}_markdown2_4x_ms"]
        )
    if args.json:
        print(json.dumps({k: round(v, 3) for k, v in figures.items()}))
        return 0
    n = args.length
    print(f"{'paragraph':<26}{'renderer':<11}{f'{n:,} ch ms':>12}{f'{4 * n:,} ch ms':>13}{'growth':>8}")
    for shape in UNITS:
        for name in ("redaksi", "markdown2"):
            print(
                f"{shape:<26}{name:<11}{figures[f'{shape}_{name}_ms']:>12.1f}"
                f"{figures[f'{shape}_{name}_4x_ms']:>13.1f}{figures[f'{shape}_{name}_growth']:>7.1f}x"
            )
        print(f"{'':<26}{'ratio':<11}{'':>12}{figures[f'{shape}_4x_ratio_vs_markdown2']:>12.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
