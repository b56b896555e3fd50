"""WordPress imports: how long converting a post's HTML takes by size (the reason posts over
``MAX_BODY_CHARS`` are refused), how fast a 20 MB post is refused, and the whole theme test data
(72 posts and pages, no picture reachable) read and stored into a fresh database.

    python bench/imports.py [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PARAGRAPH = (
    "<p>Bupati <strong>meresmikan</strong> jembatan baru di <a href='https://x.go.id/a'>Desa Sukamaju</a>"
    " pada hari ini, disaksikan warga dan perangkat desa. </p>\n"
)


def _seconds(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("HOME", tempfile.mkdtemp())
    from db.database import open_database
    from desktop_app.core.auth import AuthService
    from desktop_app.core.html_markdown import html_to_markdown
    from desktop_app.core.imports.posts import ImportedPost
    from desktop_app.core.imports.store import import_posts
    from desktop_app.core.imports.wxr import read_wxr

    figures: dict[str, float] = {}
    for megabytes in (0.1, 0.5, 1.0, 2.0):
        html = PARAGRAPH * int(megabytes * 1_000_000 / len(PARAGRAPH))
        figures[f"convert_{megabytes}mb_s"] = round(_seconds(lambda html=html: html_to_markdown(html)), 3)
    database = open_database(Path(tempfile.mkdtemp()) / "bench.db")
    admin = AuthService(database).set_up_first_admin("Admin Bench", "kata-sandi-bench")
    big = ImportedPost(
        "wp:bench#1",
        "Besar",
        "published",
        dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
        html="<p>" + "a" * 20_000_000,
    )
    figures["refuse_20mb_s"] = round(_seconds(lambda: import_posts([big], actor=admin, fetch_image=None)), 3)
    data = ROOT / "tests/data/wxr/themeunittestdata.wordpress.xml"
    found = None

    def read() -> None:
        nonlocal found
        found = read_wxr(data, include_pages=True)

    figures["theme_data_read_s"] = round(_seconds(read), 3)
    figures["theme_data_store_s"] = round(
        _seconds(lambda: import_posts(found.posts, actor=admin, fetch_image=None)), 3
    )
    figures["theme_data_again_s"] = round(
        _seconds(lambda: import_posts(found.posts, actor=admin, fetch_image=None)), 3
    )
    database.close()
    if args.json:
        print(json.dumps(figures))
    else:
        for name, value in figures.items():
            print(f"{name:24} {value:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
