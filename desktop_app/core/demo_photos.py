"""Pictures for the demo's articles, drawn with Pillow: flat illustrations of a government
newsroom's usual scenes (a staff meeting, a visit, a handover ceremony, a digital-government
dashboard, a service counter, a health campaign) in the office's colours, marked "Ilustrasi".
Nothing is fetched from the network and no real person is shown; each drawing is the same
bytes every time (no randomness), so the demo's images are deduplicated like any other.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

WIDTH, HEIGHT = 1600, 900
NAVY = (11, 46, 89)
GOLD = (242, 183, 5)
RED = (200, 32, 40)
WHITE = (255, 255, 255)
SKIN = [(224, 172, 125), (198, 140, 96), (170, 115, 78), (236, 192, 150)]
SHIRTS = [(255, 255, 255), (58, 96, 150), (120, 82, 40), (40, 110, 90), (150, 60, 60)]


@dataclass(frozen=True)
class Scene:
    """One drawing and the words that go with it in the media library."""

    draw: Callable[[Any, Any], None]
    wall: tuple[int, int, int]
    alt: str
    caption: str


def _person(pen: Any, x: float, floor: float, scale: float, n: int, seated: bool = False) -> None:
    """A figure: a head and a rounded body, standing or seated behind something."""
    skin, shirt = SKIN[n % len(SKIN)], SHIRTS[n % len(SHIRTS)]
    body_h = (170 if seated else 300) * scale
    w = 110 * scale
    top = floor - body_h
    pen.rounded_rectangle(
        [x - w / 2, top, x + w / 2, floor], radius=45 * scale, fill=shirt, outline=(0, 0, 0, 40), width=2
    )
    if not seated:  # the uniform's dark trousers and a collar line
        pen.rectangle(
            [x - w / 2 + 8 * scale, floor - 110 * scale, x + w / 2 - 8 * scale, floor], fill=(38, 44, 56)
        )
    pen.polygon(
        [(x - 18 * scale, top + 4), (x, top + 34 * scale), (x + 18 * scale, top + 4)], fill=(30, 45, 70)
    )
    r = 38 * scale
    pen.ellipse([x - r, top - 2 * r + 6, x + r, top + 6], fill=skin)
    pen.chord(
        [x - r, top - 2 * r + 2, x + r, top - 2 * r + 2 + 1.4 * r], 180, 360, fill=(30, 28, 30)
    )  # hair / peci


def _emblem(pen: Any, cx: float, cy: float, r: float) -> None:
    pen.ellipse([cx - r, cy - r, cx + r, cy + r], fill=GOLD)
    pen.ellipse([cx - r * 0.8, cy - r * 0.8, cx + r * 0.8, cy + r * 0.8], fill=NAVY)
    pen.polygon(
        [(cx, cy - r * 0.55), (cx + r * 0.5, cy + r * 0.35), (cx - r * 0.5, cy + r * 0.35)], fill=GOLD
    )


def _flag(pen: Any, x: float, top: float, floor: float) -> None:
    pen.rectangle([x - 5, top, x + 5, floor], fill=(190, 190, 200))
    pen.rectangle([x + 5, top + 10, x + 185, top + 70], fill=RED)
    pen.rectangle([x + 5, top + 70, x + 185, top + 130], fill=WHITE)


def _meeting(image: Any, pen: Any) -> None:
    floor = 760
    pen.rectangle([300, 120, 1300, 470], fill=(245, 247, 250))  # the screen
    for i, h in enumerate((120, 190, 150, 240, 210)):
        pen.rectangle([420 + i * 150, 420 - h, 500 + i * 150, 420], fill=(GOLD if i == 3 else (90, 130, 190)))
    pen.line([(380, 420), (1220, 420)], fill=(120, 130, 140), width=4)
    _emblem(pen, 180, 210, 70)
    for n, x in enumerate((330, 560, 800, 1040, 1270)):
        _person(pen, x, floor - 40, 1.05, n, seated=True)
    pen.rounded_rectangle([150, floor - 60, 1450, floor + 40], radius=18, fill=(120, 78, 44))  # the table
    pen.rectangle([150, floor + 40, 1450, HEIGHT], fill=(92, 58, 32))
    for x in (380, 820, 1260):
        pen.rectangle([x, floor - 95, x + 120, floor - 62], fill=WHITE)  # papers and name plates


def _visit(image: Any, pen: Any) -> None:
    floor = 820
    pen.rectangle([200, 110, 1400, 330], fill=NAVY)  # the banner
    pen.rectangle([200, 310, 1400, 330], fill=GOLD)
    _emblem(pen, 300, 220, 70)
    for i in range(5):
        pen.rectangle([420, 170 + i * 28, 1250 - i * 90, 184 + i * 28], fill=(255, 255, 255, 200 - i * 25))
    for n, x in enumerate((260, 430, 600, 1000, 1170, 1340)):
        _person(pen, x, floor, 1.25, n + 1)
    pen.ellipse([760, 560, 840, 610], fill=SKIN[0])  # two hands meeting in the middle
    pen.rectangle([680, 570, 770, 600], fill=SHIRTS[1])
    pen.rectangle([830, 570, 920, 600], fill=SHIRTS[0])


def _ceremony(image: Any, pen: Any) -> None:
    floor = 800
    pen.rectangle([0, floor, WIDTH, HEIGHT], fill=(150, 30, 36))  # the carpet
    _flag(pen, 1240, 140, floor)
    _emblem(pen, 480, 210, 90)
    _person(pen, 800, 640, 1.2, 0)
    pen.polygon([(660, 560), (940, 560), (900, floor), (700, floor)], fill=(110, 70, 40))  # the lectern
    pen.rectangle([760, 610, 840, 650], fill=GOLD)
    pen.line([(800, 560), (770, 470)], fill=(40, 40, 40), width=6)  # the microphone
    pen.ellipse([758, 452, 782, 476], fill=(40, 40, 40))
    for n, x in enumerate((220, 380, 1420)):
        _person(pen, x, floor, 1.0, n + 2)


def _dashboard(image: Any, pen: Any) -> None:
    nodes = [(250, 200), (420, 120), (560, 260), (1150, 150), (1350, 270), (1250, 420), (300, 450)]
    for a in nodes:
        for b in nodes:
            if a < b and abs(a[0] - b[0]) < 450:
                pen.line([a, b], fill=(255, 255, 255, 70), width=3)
    for x, y in nodes:
        pen.ellipse([x - 16, y - 16, x + 16, y + 16], fill=GOLD)
    pen.rounded_rectangle([470, 220, 1130, 640], radius=22, fill=(30, 34, 44))  # the laptop
    pen.rectangle([500, 250, 1100, 610], fill=(245, 247, 250))
    pen.polygon([(380, 640), (1220, 640), (1300, 700), (300, 700)], fill=(60, 66, 80))
    pen.rectangle([500, 250, 1100, 300], fill=NAVY)
    for i, w in enumerate((300, 220, 260)):
        pen.rounded_rectangle([530, 330 + i * 60, 530 + w, 360 + i * 60], radius=8, fill=(200, 210, 225))
    pen.pieslice([870, 330, 1070, 530], 0, 250, fill=(40, 110, 90))
    pen.pieslice([870, 330, 1070, 530], 250, 360, fill=GOLD)


def _counter(image: Any, pen: Any) -> None:
    floor = 820
    pen.rounded_rectangle([1080, 110, 1460, 330], radius=16, fill=(30, 34, 44))  # the queue display
    pen.rectangle([1110, 140, 1430, 300], fill=(12, 16, 22))
    for i in range(3):  # digits as bars, a display not a photograph
        pen.rounded_rectangle([1140 + i * 100, 170, 1210 + i * 100, 270], radius=10, fill=(255, 90, 70))
    _emblem(pen, 220, 200, 70)
    for n, x in enumerate((420, 700, 980)):
        _person(pen, x, 520, 1.0, n, seated=True)  # the officers behind the counter
    pen.rectangle([120, 520, 1480, 640], fill=(235, 238, 242))
    pen.rectangle([120, 640, 1480, floor], fill=(190, 198, 210))
    for x in (380, 660, 940):
        pen.rectangle([x, 470, x + 90, 520], fill=(60, 66, 80))  # monitors
    for n, x in enumerate((300, 560, 1250)):
        _person(pen, x, HEIGHT + 140, 1.25, n + 3)  # citizens waiting, seen from behind


def _health(image: Any, pen: Any) -> None:
    pen.rounded_rectangle([620, 160, 980, 520], radius=40, fill=WHITE)
    pen.rectangle([760, 200, 840, 480], fill=RED)
    pen.rectangle([660, 300, 940, 380], fill=RED)
    for n, x in enumerate((300, 1300)):
        _person(pen, x, 820, 1.3, n + 1)
    for x in (300, 1300):  # the masks
        pen.rounded_rectangle([x - 40, 392, x + 40, 428], radius=12, fill=(120, 200, 220))
    pen.rounded_rectangle([1060, 560, 1110, 780], radius=20, fill=(230, 240, 250))  # a swab tube
    pen.rectangle([1060, 560, 1110, 600], fill=(40, 110, 90))


SCENES: dict[str, Scene] = {
    "rapat": Scene(
        _meeting, (214, 224, 236), "Ilustrasi rapat staf di ruang rapat dinas", "Ilustrasi rapat staf"
    ),
    "kunjungan": Scene(
        _visit, (222, 230, 240), "Ilustrasi kunjungan tamu dan jabat tangan", "Ilustrasi kunjungan"
    ),
    "sertijab": Scene(
        _ceremony,
        (226, 220, 210),
        "Ilustrasi upacara serah terima jabatan di podium",
        "Ilustrasi serah terima jabatan",
    ),
    "spbe": Scene(
        _dashboard,
        (22, 64, 112),
        "Ilustrasi laptop dengan dasbor layanan digital",
        "Ilustrasi pemerintahan digital",
    ),
    "pelayanan": Scene(
        _counter,
        (220, 232, 228),
        "Ilustrasi loket pelayanan publik dengan layar antrean",
        "Ilustrasi loket pelayanan",
    ),
    "kesehatan": Scene(
        _health,
        (210, 236, 232),
        "Ilustrasi petugas kesehatan dan tabung uji usap",
        "Ilustrasi layanan kesehatan",
    ),
}
CREDIT = "Ilustrasi: Redaksi (gambar demo)"


@lru_cache(maxsize=len(SCENES))
def draw_scene(name: str) -> bytes:
    """The JPEG of the scene ``name`` (1600×900), marked as an illustration."""
    from PIL import Image, ImageDraw

    from desktop_app.core.export.branding import font

    scene = SCENES[name]
    image = Image.new("RGB", (WIDTH, HEIGHT), scene.wall)
    pen = ImageDraw.Draw(image, "RGBA")
    shade = tuple(max(0, c - 22) for c in scene.wall)
    pen.rectangle([0, 0, WIDTH, 60], fill=shade)  # a cornice
    for x in range(0, WIDTH, 200):  # the wall's panels
        pen.line([(x, 60), (x, HEIGHT)], fill=(*shade, 90), width=3)
    scene.draw(image, pen)
    pen.rectangle([0, HEIGHT - 12, WIDTH, HEIGHT], fill=GOLD)
    label = "ILUSTRASI"
    face = font(26)
    width = pen.textlength(label, font=face)
    pen.rounded_rectangle([WIDTH - width - 64, 24, WIDTH - 24, 74], radius=8, fill=(*NAVY, 230))
    pen.text((WIDTH - width - 44, 49), label, font=face, fill=WHITE, anchor="lm")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=86, optimize=True)
    return out.getvalue()
