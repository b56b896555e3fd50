"""The PDF tools of the printing tests: ``pdftotext``, ``pdftoppm``, ``pdfinfo`` (Debian's
poppler-utils) and ``zbarimg`` (zbar-tools). ``.ci/run`` installs them and sets
``REDAKSI_REQUIRE_TOOLS=1``: then a missing one fails the test instead of skipping it."""

from __future__ import annotations

import os
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

REQUIRED = os.environ.get("REDAKSI_REQUIRE_TOOLS") == "1"
TOOLS = {name: shutil.which(name) for name in ("pdftotext", "pdftoppm", "pdfinfo", "pdfimages", "zbarimg")}


def need(*names: str) -> None:
    """Skip (or fail in CI) when one of the tools is missing."""
    missing = [name for name in names if not TOOLS.get(name)]
    if missing:
        message = f"missing {', '.join(missing)}: apt-get install poppler-utils zbar-tools"
        if REQUIRED:
            pytest.fail(message)
        pytest.skip(message)


def pdf_text(path: Path, page: int | None = None) -> str:
    need("pdftotext")
    pages = ["-f", str(page), "-l", str(page)] if page else []
    result = subprocess.run(
        [TOOLS["pdftotext"], "-layout", *pages, str(path), "-"], capture_output=True, text=True, check=True
    )
    return unicodedata.normalize("NFKC", result.stdout)  # (ligatures: "ﬃ" is "ffi")


def page_png(path: Path, page: int, dpi: int, name: str) -> Path:
    """``page`` of the PDF at ``path`` as a PNG beside it (pdftoppm at ``dpi``), named ``name``."""
    need("pdftoppm")
    prefix = path.with_name(name)
    subprocess.run(
        [TOOLS["pdftoppm"], "-r", str(dpi), "-f", str(page), "-l", str(page), "-png", "-singlefile"]
        + [str(path), str(prefix)],
        check=True,
    )
    return prefix.with_name(f"{name}.png")


def red_share(path: Path, page: int) -> float:
    """The share of the page's pixels that are clearly red (the diagonal DRAF mark is)."""
    from PIL import Image

    with Image.open(page_png(path, page, 30, f"{path.stem}-red-{page}")) as image:
        data = image.convert("RGB").tobytes()
    pixels = [data[i : i + 3] for i in range(0, len(data), 3)]
    return sum(1 for r, g, b in pixels if r > 200 and g < 215 and r - g > 25 and r - b > 25) / len(pixels)


def pdf_pages(path: Path) -> int:
    need("pdfinfo")
    info = subprocess.run([TOOLS["pdfinfo"], str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def qr_codes(path: Path, page: int = 1) -> list[str]:
    """The QR codes zbarimg reads on ``page`` of the PDF (rendered at 150 dpi by pdftoppm)."""
    need("zbarimg")
    picture = page_png(path, page, 150, path.stem)
    result = subprocess.run(
        [TOOLS["zbarimg"], "-q", "--raw", str(picture)], capture_output=True, text=True, check=False
    )
    return [line for line in result.stdout.splitlines() if line]
