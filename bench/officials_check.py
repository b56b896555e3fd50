"""The checklist's officials check (``desktop_app/core/official_mentions.py``) on a long article.

    python bench/officials_check.py [--words N] [--officials N] [--json]

The article: ``--words`` (20,000 by default) words of the seed article's vocabulary in
paragraphs of about 100 words, with an official named with a title every 150 words or so (some
right, some with the wrong name or a missing "Plt."); the directory: ``--officials`` officials
(200 by default: a Bupati, kepala dinas and camat, each title with two periods and two other
spellings), stored in a temporary SQLite database. The same text every run. Figures (median of
the runs, milliseconds):

- ``load_directory_ms``: reading the directory from the database (two queries);
- ``build_scanner_ms``: compiling the titles' and names' patterns;
- ``scan_ms``: finding every mention in the article and judging it;
- ``check_ms``: the three together, what the checklist adds to each check of the article
  (it runs off the GUI thread after each autosave);
- ``findings``: how many mentions it reports (a sanity figure).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.core.official_mentions import MentionScanner  # noqa: E402
from desktop_app.core.officials import (  # noqa: E402
    OfficialDraft,
    TitleDraft,
    load_directory,
    write_official,
)

RUNS = 7
DAY = _dt.date(2026, 11, 10)
UNITS = ["Pendidikan", "Kesehatan", "Kominfo", "Pertanian", "Perhubungan", "Sosial", "Pariwisata", "Koperasi"]
FIRST = ["Budi", "Teta", "Rina", "Andi", "Siti", "Hendra", "Yusri", "Desi", "Fauzan", "Mira"]
LAST = ["Santoso", "Midra", "Putri", "Saputra", "Wahyuni", "Gusti", "Rahman", "Lestari", "Hakim", "Syafri"]


def directory_drafts(count: int) -> list[OfficialDraft]:
    """``count`` officials: one title each (every other one acting), over distinct units."""
    drafts = []
    for index in range(count):
        name = f"{FIRST[index % 10]} {LAST[(index // 10) % 10]} {index // 100 or ''}".strip()
        unit = f"Unit {index // 2}"
        kind = UNITS[index % len(UNITS)]
        acting = index % 2 == 0
        start, end = (
            (DAY - _dt.timedelta(days=40), DAY + _dt.timedelta(days=5))
            if acting
            else (DAY + _dt.timedelta(days=6), None)
        )
        drafts.append(
            OfficialDraft(
                name,
                [
                    TitleDraft(
                        f"Kepala Dinas {kind} {index // 2}",
                        start,
                        end,
                        unit=unit,
                        acting=acting,
                        aliases=[f"Kadis {kind} {index // 2}", f"Kepala Dinas {kind[:4]} {index // 2}"],
                    )
                ],
            )
        )
    return drafts


def article(words: int, drafts: list[OfficialDraft]) -> str:
    vocabulary = (ROOT / "tests" / "data" / "seeds").glob("*")
    text = " ".join(p.read_text(encoding="utf-8", errors="ignore") for p in sorted(vocabulary) if p.is_file())
    pool = [w for w in text.split() if w.isalpha()] or ["berita"]
    rng = random.Random(23)
    out: list[str] = []
    paragraph: list[str] = []
    while len(out) < words:
        if len(out) % 150 == 0:
            official = rng.choice(drafts)
            other = rng.choice(drafts)
            title = official.titles[0]
            written = rng.choice([title.title, *title.aliases])
            name = other.name if rng.random() < 0.3 else official.name
            prefix = "Plt. " if title.acting and rng.random() < 0.7 else ""
            mention = f"{prefix}{written} {name}".split()
            paragraph += mention
            out += mention
        word = rng.choice(pool)
        paragraph.append(word)
        out.append(word)
        if len(paragraph) >= 100:
            paragraph[-1] += "."
            out.append("\n\n")
            paragraph = []
    return " ".join(out)


def measure(words: int, officials: int) -> dict[str, float]:
    from db.database import open_database

    drafts = directory_drafts(officials)
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "bench.db")
        from desktop_app.core.officials import clean_official

        with database.atomic():
            for draft in drafts:
                write_official(clean_official(draft), None)
        text = article(words, drafts)
        loads, builds, scans, totals = [], [], [], []
        findings = 0
        for _ in range(RUNS):
            t0 = time.perf_counter()
            directory = load_directory()
            t1 = time.perf_counter()
            scanner = MentionScanner(directory)
            t2 = time.perf_counter()
            findings = len(scanner.mismatches(text, DAY))
            t3 = time.perf_counter()
            loads.append(t1 - t0)
            builds.append(t2 - t1)
            scans.append(t3 - t2)
            totals.append(t3 - t0)
        database.close()
    ms = lambda values: round(statistics.median(values) * 1000, 2)  # noqa: E731
    return {
        "words": words,
        "officials": officials,
        "load_directory_ms": ms(loads),
        "build_scanner_ms": ms(builds),
        "scan_ms": ms(scans),
        "check_ms": ms(totals),
        "findings": findings,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--officials", type=int, default=200)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = measure(args.words, args.officials)
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:>20}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
