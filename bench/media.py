"""Photos: time to import a 12-megapixel phone JPEG and make its web versions; database growth.

    python bench/media.py [--photos N] [--json]

Each photo is a 4000x3000 JPEG made with Pillow (photo-like detail, EXIF orientation and GPS),
different per run so that deduplication does not short-cut the import. Figures:

- ``prepare_ms``: checks + decode + orientation + sRGB + resize to 1600 px + JPEG encode of the
  web version and the thumbnail (median), beside the baseline ``decode_ms`` (Pillow decoding
  the same JPEG at full size, nothing else) and their ratio;
- ``import_ms``: ``AssetService.import_bytes`` end to end, including the database write (median);
- ``db_growth_per_photo_kb`` beside ``original_kb`` and ``web_kb``/``thumbnail_kb``: how much the
  SQLite file grows per photo (original + web + thumbnail + row).
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw, ImageFilter  # noqa: E402

from db.database import open_database  # noqa: E402
from desktop_app.core.media import AssetService  # noqa: E402
from desktop_app.core.media_images import prepare_image  # noqa: E402

WIDTH, HEIGHT = 4000, 3000


def _base_photo() -> Image.Image:
    """A photo-like 12 MP picture: smooth gradients, shapes and fine grain."""
    small = Image.linear_gradient("L").resize((WIDTH // 8, HEIGHT // 8))
    image = Image.merge("RGB", (small, small.rotate(90), small.transpose(Image.Transpose.FLIP_LEFT_RIGHT)))
    draw = ImageDraw.Draw(image)
    for i in range(40):
        x, y = (i * 97) % (WIDTH // 8), (i * 53) % (HEIGHT // 8)
        draw.ellipse((x, y, x + 40, y + 25), fill=((i * 40) % 255, (i * 70) % 255, (i * 110) % 255))
    image = image.resize((WIDTH, HEIGHT), Image.Resampling.BICUBIC).filter(ImageFilter.SMOOTH)
    grain = Image.effect_noise((WIDTH, HEIGHT), 24).convert("RGB")
    return Image.blend(image, grain, 0.12)


def phone_photos(count: int) -> list[bytes]:
    from tests.media_samples import phone_exif

    base = _base_photo()
    photos = []
    for i in range(count):
        image = base.copy()
        image.putpixel((i, 0), (i % 256, 0, 0))
        out = io.BytesIO()
        image.save(out, "JPEG", quality=92, exif=phone_exif(6).tobytes())
        photos.append(out.getvalue())
    return photos


def _file_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def run(count: int) -> dict[str, float]:
    photos = phone_photos(count)
    decode_ms, prepare_ms, import_ms = [], [], []
    for data in photos:
        start = time.perf_counter()
        Image.open(io.BytesIO(data)).load()
        decode_ms.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        prepared = prepare_image(data, "IMG.jpg")
        prepare_ms.append((time.perf_counter() - start) * 1000)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        database = open_database(path)
        service = AssetService(database)
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        before = _file_size(path)
        for data in photos:
            start = time.perf_counter()
            service.import_bytes(data, "IMG.jpg")
            import_ms.append((time.perf_counter() - start) * 1000)
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        growth = (_file_size(path) - before) / count
        database.close()
    decode = statistics.median(decode_ms)
    prepare = statistics.median(prepare_ms)
    return {
        "photos": count,
        "megapixels": WIDTH * HEIGHT / 1e6,
        "original_kb": round(statistics.mean(len(p) for p in photos) / 1024, 1),
        "web_kb": round(len(prepared.web) / 1024, 1),
        "thumbnail_kb": round(len(prepared.thumbnail) / 1024, 1),
        "decode_ms": round(decode, 1),
        "prepare_ms": round(prepare, 1),
        "prepare_vs_decode_ratio": round(prepare / decode, 2),
        "import_ms": round(statistics.median(import_ms), 1),
        "db_growth_per_photo_kb": round(growth / 1024, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    figures = run(max(1, args.photos))
    if args.json:
        print(json.dumps(figures))
        return 0
    rows = [
        (
            "photo",
            f"{figures['megapixels']:.0f} MP JPEG, {figures['original_kb']:.0f} KB "
            f"(median of {figures['photos']})",
        ),
        ("baseline: Pillow full decode", f"{figures['decode_ms']:.0f} ms"),
        (
            "prepare (checks, web 1600 px, thumbnail)",
            f"{figures['prepare_ms']:.0f} ms  ({figures['prepare_vs_decode_ratio']:.2f}x baseline)",
        ),
        ("import_bytes end to end (with DB write)", f"{figures['import_ms']:.0f} ms"),
        ("web version", f"{figures['web_kb']:.0f} KB"),
        ("thumbnail", f"{figures['thumbnail_kb']:.0f} KB"),
        ("database growth per photo", f"{figures['db_growth_per_photo_kb']:.0f} KB"),
    ]
    width = max(len(r[0]) for r in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
