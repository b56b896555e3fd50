"""The site search's index (``cari-indeks.js``) at 1,000 and 5,000 live articles: its size (as
written and gzipped, as a web server sends it) and the time to make it in a first export
(every text's opening read from the database and folded) and in one after a change (the
other articles' rows kept from the previous index).

    python bench/search_index.py [--counts 1000 5000] [--json]

Articles come from ``bench/generate.py`` (made live as in ``bench/export.py``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def bench_count(count: int, work: Path) -> dict[str, float]:
    from bench.export import make_all_live, republish_one
    from bench.generate import cached_database
    from db.database import open_database
    from desktop_app.core.export import build, export_site
    from desktop_app.core.export.search_index import INDEX_PATH

    db = work / f"{count}.db"
    shutil.copyfile(cached_database(count, progress=True), db)
    make_all_live(db)
    out = work / f"site-{count}"
    spent: list[float] = []
    original = build._Build._write_search_index

    def timed(self: build._Build) -> None:
        started = time.perf_counter()
        original(self)
        spent.append(time.perf_counter() - started)

    build._Build._write_search_index = timed  # type: ignore[method-assign]
    try:
        database = open_database(db)
        export_site(database, out, workers=1)  # every text's opening read and folded
        database.close()
        republish_one(db)
        database = open_database(db)
        export_site(database, out, workers=1)  # one changed: the other rows kept
        database.close()
    finally:
        build._Build._write_search_index = original  # type: ignore[method-assign]
    data = (out / INDEX_PATH).read_bytes()
    return {
        f"index_bytes_{count}": len(data),
        f"index_gzip_bytes_{count}": len(gzip.compress(data, 6)),
        f"bytes_per_article_{count}": round(len(data) / count, 1),
        f"index_first_s_{count}": round(spent[0], 3),
        f"index_after_change_s_{count}": round(spent[1], 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as work:
        for count in args.counts:
            figures.update(bench_count(count, Path(work)))
    if args.json:
        print(json.dumps(figures))
    else:
        for name, value in figures.items():
            print(f"{name:<28} {value:>12,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
