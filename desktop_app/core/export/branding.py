"""The office's logo on the website, and the icons made from it.

The logo file named in Site Settings is never copied as it is: an SVG goes through
:func:`desktop_app.core.svg_sanitize.sanitize_svg` (an allow-list), a PNG/JPEG/WebP/GIF through
the media library's checks (:func:`desktop_app.core.media_images.prepare_image`: decompression
bombs refused, metadata dropped) and is written again as a PNG of at most
:data:`LOGO_MAX_SIDE` pixels. From it, Pillow makes ``favicon.ico`` (16, 32 and 48 px) and
``apple-touch-icon.png`` (180 px, on white: iOS does not keep transparency); without a logo,
both show the office's initials on its colour, so the browser tab still shows something of it.

A logo is made once on a computer and kept in its cache folder (``site-logos``) under the
digest of the file: each export reads it back instead of sanitizing, decoding and drawing it
again (~50 ms, and Pillow's import, of every re-export).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core import json_text
from desktop_app.core.colour import parse_colour
from desktop_app.core.errors import ValidationError
from desktop_app.core.export.site import SiteImage, image_from_bytes
from desktop_app.core.site_settings import SiteSettings, logo_file

if TYPE_CHECKING:
    from PIL import Image

LOGO_MAX_SIDE = 512
#: Bumped when a logo is made differently, so that the kept ones are made again.
LOGO_VERSION = 1
#: The biggest logo file read (a wrong file is not loaded whole).
LOGO_MAX_BYTES = 8 * 1024 * 1024
FAVICON_PATH = "favicon.ico"
TOUCH_ICON_PATH = "apple-touch-icon.png"
TOUCH_ICON_SIDE = 180
ICON_PATHS = (FAVICON_PATH, TOUCH_ICON_PATH)
DEFAULT_COLOUR = (11, 46, 89)  # the default theme's --navy
FONT_NAMES = ("DejaVuSans-Bold.ttf", "DejaVuSans.ttf")
FONT_FOLDERS = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/local/share/fonts",
    "C:/Windows/Fonts",
    "/Library/Fonts",
)


@dataclass(frozen=True)
class Logo:
    """The logo as the website shows it (``image``) and as Pillow draws with it (``png``)."""

    image: SiteImage
    png: bytes  # RGBA, at most LOGO_MAX_SIDE pixels on its longest side


def load_logo(settings: SiteSettings) -> Logo | None:
    """The settings' logo, made safe; None without one or when it cannot be used (a missing
    file, a damaged or hostile image: the site is exported without a logo)."""
    path = logo_file(settings.logo)
    if path is None:
        return None
    try:
        with open(path, "rb") as file:
            data = file.read(LOGO_MAX_BYTES + 1)
    except OSError:
        return None
    if len(data) > LOGO_MAX_BYTES:
        return None
    return logo_from_bytes(data, path.name, settings.title)


@dataclass(frozen=True)
class _MadeLogo:
    web: bytes  # what the site shows: the sanitized SVG, or a PNG
    mime: str
    png: bytes
    size: tuple[int, int]  # the PNG's


@lru_cache(maxsize=4)
def logo_from_bytes(data: bytes, filename: str, alt: str) -> Logo | None:
    key = hashlib.sha256(f"{LOGO_VERSION}:{LOGO_MAX_SIDE}:{filename.lower()}:".encode() + data).hexdigest()
    made = _kept_logo(key)
    if made is None:
        made = _make_logo(data, filename)
        if made is None:
            return None
        _keep_logo(key, made)
    image = image_from_bytes("logo", made.web, made.mime, alt=alt)
    if image is None:
        return None
    return Logo(image=_sized(image, made.size), png=made.png)


def _make_logo(data: bytes, filename: str) -> _MadeLogo | None:
    """The logo made safe (see the module text), or None when it cannot be."""
    from desktop_app.core.media_images import looks_like_svg, prepare_image
    from desktop_app.core.svg_sanitize import UnsafeSvg, sanitize_svg

    if looks_like_svg(data, filename):
        try:
            web = sanitize_svg(data)
            png = rasterise_svg(web, LOGO_MAX_SIDE)
        except (UnsafeSvg, ValueError):
            return None
        mime = "image/svg+xml"
    else:
        try:
            prepared = prepare_image(data, filename)
        except ValidationError:
            return None
        web = png = _png(_open(prepared.web).convert("RGBA"), LOGO_MAX_SIDE)
        mime = "image/png"
    return _MadeLogo(web, mime, png, _open(png).size)


def _logo_cache() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("Redaksi", appauthor=False)) / "site-logos"


def _kept_logo(key: str) -> _MadeLogo | None:
    """The logo of digest ``key`` as an earlier export made it, or None."""
    folder = _logo_cache()
    try:
        facts = json_text.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
        png = (folder / f"{key}.png").read_bytes()
        web = png if facts["mime"] == "image/png" else (folder / f"{key}.svg").read_bytes()
        return _MadeLogo(web, facts["mime"], png, (int(facts["width"]), int(facts["height"])))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _keep_logo(key: str, made: _MadeLogo) -> None:
    """Keep a made logo (each file written whole, its facts last, so that a logo cut short is
    not found). Not kept: the next export makes it again, that is all."""
    from desktop_app.core.files import write_atomically

    folder = _logo_cache()
    files = {f"{key}.png": made.png}
    if made.mime != "image/png":
        files[f"{key}.svg"] = made.web
    facts = {"mime": made.mime, "width": made.size[0], "height": made.size[1]}
    files[f"{key}.json"] = json.dumps(facts).encode("utf-8")
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        for name, content in files.items():
            write_atomically(folder / name, content)


def _sized(image: SiteImage, size: tuple[int, int]) -> SiteImage:
    from dataclasses import replace

    return replace(image, width=size[0], height=size[1])


def rasterise_svg(svg: bytes, side: int) -> bytes:
    """A PNG of a (sanitized) SVG whose longest side is ``side`` pixels (resvg: no system
    libraries, no network)."""
    import resvg_py

    text = svg.decode("utf-8")
    first = bytes(resvg_py.svg_to_bytes(svg_string=text, skip_system_fonts=False))
    width, height = _open(first).size
    if not width or not height:
        raise ValueError("empty drawing")
    zoom = side / max(width, height)
    return bytes(resvg_py.svg_to_bytes(svg_string=text, zoom=zoom))


def _open(data: bytes) -> Image.Image:
    from PIL import Image

    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def _png(image: Image.Image, side: int) -> bytes:
    from PIL import Image

    image = image.copy()
    image.thumbnail((side, side), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def find_font(bold: bool = True) -> str | None:
    """A TrueType font for generated images (DejaVu: Debian's ``fonts-dejavu-core``), or None
    (Pillow's own small font is used then)."""
    names = FONT_NAMES if bold else FONT_NAMES[::-1]
    for folder in FONT_FOLDERS:
        for name in names:
            path = Path(folder) / name
            if path.is_file():
                return str(path)
    return None


@lru_cache(maxsize=32)
def font(size: int, bold: bool = True) -> Any:
    """DejaVu (see :func:`find_font`) at ``size`` pixels, or Pillow's own font."""
    from PIL import ImageFont

    path = find_font(bold)
    if path is None:
        return ImageFont.load_default(size)
    return ImageFont.truetype(path, size)


def primary_rgb(settings: SiteSettings) -> tuple[int, int, int]:
    return parse_colour(settings.primary_colour) or DEFAULT_COLOUR


def initials(settings: SiteSettings) -> str:
    """Up to two capitals from the office's name ("Dinas Kominfo" -> "DK")."""
    words = [w for w in (settings.office_name or settings.title).split() if w[:1].isalnum()]
    return "".join(w[0] for w in words[:2]).upper() or "R"


def _square(settings: SiteSettings, logo: Logo | None, side: int, background: tuple[int, ...]) -> Image.Image:
    """The logo centred on a square (with a margin), or the initials on the office's colour."""
    from PIL import Image, ImageDraw

    if logo is not None:
        canvas = Image.new("RGBA", (side, side), background)
        mark = _open(logo.png).convert("RGBA")
        inner = round(side * 0.84)
        mark.thumbnail((inner, inner), Image.Resampling.LANCZOS)
        canvas.alpha_composite(mark, ((side - mark.width) // 2, (side - mark.height) // 2))
        return canvas
    canvas = Image.new("RGBA", (side, side), (*primary_rgb(settings), 255))
    draw = ImageDraw.Draw(canvas)
    text = initials(settings)
    draw.text((side / 2, side / 2), text, font=font(round(side * 0.46)), fill="white", anchor="mm")
    return canvas


def icon_files(settings: SiteSettings, logo: Logo | None) -> dict[str, bytes]:
    """``{path: bytes}`` of the favicon and the Apple touch icon."""
    big = _square(settings, logo, 256, (0, 0, 0, 0))
    ico = io.BytesIO()
    big.save(ico, "ICO", sizes=[(16, 16), (32, 32), (48, 48)])
    touch = _square(settings, logo, TOUCH_ICON_SIDE, (255, 255, 255, 255)).convert("RGB")
    png = io.BytesIO()
    touch.save(png, "PNG", optimize=True)
    return {FAVICON_PATH: ico.getvalue(), TOUCH_ICON_PATH: png.getvalue()}
