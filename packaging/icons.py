"""Regenerate Redaksi's icon files from their source, ``resources/icons/redaksi.svg``.

    python packaging/icons.py           # write the PNGs and the .ico
    python packaging/icons.py --check   # exit 1 when a written file differs from the SVG

Writes, under ``resources/icons/``:

* ``hicolor/<N>x<N>/apps/<APP_ID>.png`` for N in 16, 24, 32, 48, 64, 128, 256 and 512
  (the freedesktop icon-theme layout: copy ``hicolor/`` into ``/usr/share/icons/``);
* ``hicolor/scalable/apps/<APP_ID>.svg``, a copy of the source;
* ``redaksi.ico``, 16 to 256 px, for Windows (PyInstaller's ``icon=``);
* ``redaksi.icns``, 16 to 1024 px, for macOS (the same, in the .app bundle).

The SVG is drawn with Qt's own SVG renderer (QtSvg, in PySide6-Essentials) and the files are
written with Pillow, so the output is the same on every machine with the same Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from PIL import Image, ImageChops  # noqa: E402

from desktop_app import APP_ID  # noqa: E402

ICONS_DIR = ROOT / "resources" / "icons"
SOURCE = ICONS_DIR / "redaksi.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_NAME = "redaksi.ico"
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
ICNS_NAME = "redaksi.icns"


def png_path(size: int, icons_dir: Path = ICONS_DIR) -> Path:
    return icons_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def svg_copy_path(icons_dir: Path = ICONS_DIR) -> Path:
    return icons_dir / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


def render(size: int, source: Path = SOURCE) -> Image.Image:
    """The SVG drawn at ``size`` × ``size`` px, as an RGBA Pillow image."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:  # QPainter needs one; no window is shown
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render.app = QGuiApplication([sys.argv[0]])  # kept alive for the next sizes
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    data = bytes(image.constBits())[: image.sizeInBytes()]
    return Image.frombuffer("RGBA", (size, size), data, "raw", "RGBA", image.bytesPerLine(), 1).copy()


def write_all(icons_dir: Path = ICONS_DIR, source: Path = SOURCE) -> list[Path]:
    """Write every PNG, the SVG copy and the .ico; the paths written."""
    images = {size: render(size, source) for size in {*PNG_SIZES, *ICNS_SIZES}}
    written = []
    for size in PNG_SIZES:
        image = images[size]
        path = png_path(size, icons_dir)
        path.parent.mkdir(parents=True, exist_ok=True)
        image.save(path, format="PNG", optimize=True)
        written.append(path)
    svg = svg_copy_path(icons_dir)
    svg.parent.mkdir(parents=True, exist_ok=True)
    svg.write_bytes(source.read_bytes())
    written.append(svg)
    ico = icons_dir / ICO_NAME
    largest = images[max(ICO_SIZES)]
    largest.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    written.append(ico)
    icns = icons_dir / ICNS_NAME  # Pillow makes the 2x entries from these
    images[max(ICNS_SIZES)].save(icns, format="ICNS", append_images=[images[s] for s in ICNS_SIZES[:-1]])
    written.append(icns)
    return written


def differences(icons_dir: Path = ICONS_DIR, source: Path = SOURCE, tolerance: int = 8) -> list[str]:
    """What is missing or out of date: a PNG whose pixels differ from a fresh rendering by more
    than ``tolerance`` (0–255, anti-aliasing may vary a little between Qt versions), an SVG
    copy that is not the source, an .ico without every size, an .icns without 1024 px."""
    problems = []
    for size in PNG_SIZES:
        path = png_path(size, icons_dir)
        if not path.is_file():
            problems.append(f"{path}: missing")
            continue
        with Image.open(path) as stored:
            stored = stored.convert("RGBA")
            if stored.size != (size, size):
                problems.append(f"{path}: {stored.size}, not {size}x{size}")
                continue
            delta = ImageChops.difference(stored, render(size, source)).getextrema()
            if max(high for _low, high in delta) > tolerance:
                problems.append(f"{path}: differs from {source.name}")
    svg = svg_copy_path(icons_dir)
    if not svg.is_file() or svg.read_bytes() != source.read_bytes():
        problems.append(f"{svg}: not a copy of {source.name}")
    ico = icons_dir / ICO_NAME
    if not ico.is_file():
        problems.append(f"{ico}: missing")
    else:
        with Image.open(ico) as image:
            sizes = {width for width, _height in image.info.get("sizes", set())}
        if sizes != set(ICO_SIZES):
            problems.append(f"{ico}: holds {sorted(sizes)}, not {list(ICO_SIZES)}")
    icns = icons_dir / ICNS_NAME
    if not icns.is_file():
        problems.append(f"{icns}: missing")
    else:
        with Image.open(icns) as image:
            largest = max(width * scale for width, _height, scale in image.info["sizes"])
        if largest != max(ICNS_SIZES):
            problems.append(f"{icns}: largest {largest} px, not {max(ICNS_SIZES)}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 when a file is missing or out of date"
    )
    args = parser.parse_args(argv)
    if args.check:
        problems = differences()
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    for path in write_all():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
