"""Review packages: pack and unpack 200 articles with 50 photos between two databases.

    python bench/packages.py [--articles N] [--photos N] [--json]

The writer's database gets ``--articles`` drafts of about 600 words with five revisions and two
comments each; ``--photos`` of them show a 2000x1500 JPEG (each photo used by one article and
by the next, so the package holds every photo once). Figures:

- ``pack_s``: ``pack`` of every article into one file, end to end; ``package_mb`` its size;
- ``read_s``: ``read_package`` (container, signature, every part's hash) and ``plan_s``
  (``make_plan``: the preview) on the editor's empty database;
- ``import_s``: ``import_package`` (the images' web versions made first, then one transaction);
- ``reimport_s``: the same package again (nothing to do).
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw  # noqa: E402

from desktop_app.core import checklist, signing  # noqa: E402

PARAGRAPH = (
    "Pemerintah Kabupaten Solok melalui Dinas Komunikasi dan Informatika menggelar rapat "
    "koordinasi bersama para camat dan wali nagari untuk membahas percepatan layanan publik "
    "berbasis digital di seluruh kecamatan, termasuk jaringan internet di kantor wali nagari. "
)


def _photo(i: int) -> bytes:
    image = Image.new("RGB", (2000, 1500), (40 + i % 200, 90, 140))
    draw = ImageDraw.Draw(image)
    for k in range(60):
        draw.ellipse(
            (k * 31 % 2000, k * 17 % 1500, k * 31 % 2000 + 120, k * 17 % 1500 + 80),
            fill=(k * 4 % 255, i % 255, 200),
        )
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def _timed(work):
    start = time.perf_counter()
    result = work()
    return result, time.perf_counter() - start


def run(articles: int, photos: int) -> dict[str, float]:
    from db.models import Revision
    from desktop_app.core.comments import CommentService
    from desktop_app.core.media import AssetService
    from desktop_app.core.packages import import_package, make_plan, pack, read_package
    from tests.packages.helpers import office

    # (the bench measures packages, not the password hashing of its two sign-ins)
    signing.KDF_OPSLIMIT = signing.nacl.pwhash.argon2id.OPSLIMIT_MIN
    signing.KDF_MEMLIMIT = signing.nacl.pwhash.argon2id.MEMLIMIT_MIN
    checklist.DEFAULT_LEVELS = {check: checklist.Level.OFF for check in checklist.Check}
    folder = Path(tempfile.mkdtemp(prefix="redaksi-bench-packages-"))
    writer = office(str(folder / "penulis.db"), "Rina Penulis", "writer")
    editor = office(str(folder / "redaktur.db"), "Budi Redaktur", "editor")
    with writer.use():
        assets = AssetService(writer.database)
        uuids = [assets.import_bytes(_photo(i), f"foto-{i}.jpg").asset.uuid for i in range(photos)]
        comments = CommentService(writer.database)
        ids = []
        for n in range(articles):
            body = "\n\n".join(PARAGRAPH * 2 for _ in range(10))
            if uuids:
                body += f"\n\n![Foto {n}](asset:{uuids[n % len(uuids)]})"
            article_id = writer.write(f"Berita nomor {n}: rapat koordinasi layanan publik", body)
            for k in range(4):
                writer.edit(article_id, body + f"\n\nTambahan {k}.")
            comments.add(article_id, writer.person, "Mohon periksa angka.")
            comments.add(article_id, writer.person, "Judul terlalu panjang?")
            ids.append(article_id)
        revisions = Revision.select().count()
        result, pack_s = _timed(lambda: pack(ids, writer.person, folder / "semua.redaksi"))
    with editor.use():
        incoming, read_s = _timed(lambda: read_package(result.path))
        _plan, plan_s = _timed(lambda: make_plan(incoming))
        _done, import_s = _timed(lambda: import_package(incoming, editor.person))
        _again, reimport_s = _timed(lambda: import_package(read_package(result.path), editor.person))
    return {
        "articles": articles,
        "photos": photos,
        "revisions": revisions,
        "pack_s": round(pack_s, 2),
        "package_mb": round(result.path.stat().st_size / 1e6, 1),
        "read_s": round(read_s, 2),
        "plan_s": round(plan_s, 2),
        "import_s": round(import_s, 2),
        "reimport_s": round(reimport_s, 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--photos", type=int, default=50)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = run(args.articles, args.photos)
    if args.json:
        print(json.dumps(figures))
        return 0
    for name, value in figures.items():
        print(f"{name:<12} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
