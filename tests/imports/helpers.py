"""Shared pieces of the import tests: the sample files, and a fake web server for images."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

DATA = Path(__file__).resolve().parent.parent / "data" / "wxr"
THEME_TEST_DATA = DATA / "themeunittestdata.wordpress.xml"
KOMINFO_SAMPLE = DATA / "kominfo_sample.wxr.xml"


def png(colour: tuple[int, int, int], size: tuple[int, int] = (64, 48)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


class FakeWeb:
    """``fetch_image`` for the tests: the addresses it knows give pictures (or damaged bytes),
    every other address is unreachable, as an office's old server would be."""

    def __init__(self, pictures: dict[str, bytes]) -> None:
        self.pictures = pictures
        self.asked: list[str] = []

    def __call__(self, url: str) -> bytes:
        self.asked.append(url)
        if url not in self.pictures:
            raise OSError(f"unreachable: {url}")
        return self.pictures[url]


UPLOADS = "https://diskominfo.contohkab.go.id/wp-content/uploads/2024/03/"


def kominfo_web() -> FakeWeb:
    return FakeWeb(
        {
            UPLOADS + "jembatan.jpg": png((200, 30, 30)),
            UPLOADS + "warga-1.jpg": png((30, 200, 30)),
            UPLOADS + "warga-2.jpg": b"\x89PNG\r\n\x1a\n damaged",
        }
    )
