"""Reading, checking and converting image files with Pillow (pure: no database, no Qt).

:func:`read_image_file` reads a file safely (size limit, a file that disappears mid-import);
:func:`prepare_image` checks the bytes (format allow-list, SVG refused, truncated files,
decompression bombs) and derives the web and thumbnail versions: EXIF orientation applied,
colours converted to sRGB, every piece of metadata (EXIF with GPS, XMP, ICC, comments) dropped,
longest side capped. Both raise :class:`ValidationError` with a code that
``desktop_app.messages`` translates. Safe to run in a worker thread.
"""

from __future__ import annotations

import hashlib
import io
import os
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.errors import ValidationError

if TYPE_CHECKING:  # Pillow itself is imported by the functions that decode (not at start-up)
    from PIL import Image

#: Largest file accepted (a 200-megapixel phone photo is about 30 MB).
MAX_FILE_BYTES = 40 * 1024 * 1024
#: Largest pixel count accepted; bigger images are refused as possible decompression bombs.
#: Below Pillow's own warning threshold (~89 MP) so our message is the one the user sees.
MAX_PIXELS = 80_000_000
WEB_MAX_SIDE = 1600
WEB_JPEG_QUALITY = 82
THUMBNAIL_SIDE = 320
THUMBNAIL_JPEG_QUALITY = 80

#: Pillow format -> MIME type of the formats accepted as originals. Anything else (EPS, which
#: Pillow would hand to Ghostscript, PSD, ICO...) is refused before it is decoded.
ACCEPTED_FORMATS: dict[str, str] = {
    "JPEG": "image/jpeg",
    "MPO": "image/jpeg",  # a JPEG with a second (depth/preview) frame; opened by the JPEG plugin
    "PNG": "image/png",
    "WEBP": "image/webp",
    "GIF": "image/gif",
    "BMP": "image/bmp",
    "TIFF": "image/tiff",
}
_OPEN_FORMATS = [f for f in ACCEPTED_FORMATS if f != "MPO"]
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"mif1", b"msf1", b"avif", b"avis")


@dataclass(frozen=True)
class PreparedImage:
    """An accepted image and its derived versions, ready to be stored."""

    filename: str
    sha256: str
    mime_type: str
    width: int  # as seen, after EXIF orientation
    height: int
    original: bytes
    web: bytes
    web_mime_type: str
    web_width: int
    web_height: int
    thumbnail: bytes


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_image_file(path: str | os.PathLike[str]) -> bytes:
    """The bytes of ``path``, refusing folders, missing, unreadable and oversized files."""
    path = Path(path)
    name = path.name
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise ValidationError("image_file_missing", "file", name) from exc
    except OSError as exc:
        raise ValidationError("image_file_unreadable", "file", name) from exc
    if path.is_dir():
        raise ValidationError("image_not_a_file", "file", name)
    if info.st_size > MAX_FILE_BYTES:
        raise ValidationError("image_too_large", "file", _megabytes(MAX_FILE_BYTES))
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as exc:  # removed, or its drive unplugged, after the stat
        raise ValidationError("image_file_vanished", "file", name) from exc
    except OSError as exc:
        raise ValidationError("image_file_unreadable", "file", name) from exc
    if len(data) > MAX_FILE_BYTES:  # it grew after the stat
        raise ValidationError("image_too_large", "file", _megabytes(MAX_FILE_BYTES))
    return data


def _megabytes(n: int) -> str:
    return str(n // (1024 * 1024))


def looks_like_svg(data: bytes, filename: str = "") -> bool:
    if filename.lower().endswith((".svg", ".svgz")):
        return True
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<svg"):
        return True
    return head.startswith((b"<?xml", b"<!doctype", b"<!--")) and b"<svg" in head


def _is_heif(data: bytes) -> bool:
    return data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS


def check_image_bytes(data: bytes, filename: str = "") -> None:
    """Refuse, before decoding, what must never be stored."""
    if len(data) > MAX_FILE_BYTES:
        raise ValidationError("image_too_large", "file", _megabytes(MAX_FILE_BYTES))
    if not data:
        raise ValidationError("not_an_image", "file", filename)
    if looks_like_svg(data, filename):
        raise ValidationError("image_svg_refused", "file", filename)
    if _is_heif(data):
        raise ValidationError("image_heif_unsupported", "file", filename)


def _open(data: bytes, filename: str) -> Image.Image:
    from PIL import Image, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data), formats=_OPEN_FORMATS)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ValidationError("image_too_many_pixels", "file", str(MAX_PIXELS // 1_000_000)) from exc
    except UnidentifiedImageError as exc:
        raise ValidationError("not_an_image", "file", filename) from exc
    except (OSError, SyntaxError, ValueError) as exc:  # a header Pillow recognised but cannot parse
        raise ValidationError("image_damaged", "file", filename) from exc
    width, height = image.size
    if width <= 0 or height <= 0:
        raise ValidationError("image_damaged", "file", filename)
    if width * height > MAX_PIXELS:
        raise ValidationError("image_too_many_pixels", "file", str(MAX_PIXELS // 1_000_000))
    return image


def _to_srgb(image: Image.Image) -> Image.Image:
    """Convert pixels described by an embedded ICC profile to sRGB (then the profile can go)."""
    icc = image.info.get("icc_profile")
    if not icc or image.mode not in ("RGB", "RGBA", "CMYK"):
        return image
    from PIL import ImageCms

    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        mode = "RGBA" if image.mode == "RGBA" else "RGB"
        return (
            ImageCms.profileToProfile(image, source, ImageCms.createProfile("sRGB"), outputMode=mode) or image
        )
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image


def _has_transparency(image: Image.Image) -> bool:
    if image.mode in ("RGBA", "LA"):
        lowest = image.getchannel("A").getextrema()[0]  # one band: (min, max) are numbers
        return isinstance(lowest, int | float) and lowest < 255
    return False


def _normalise_mode(image: Image.Image) -> Image.Image:
    if image.mode == "P" or "transparency" in image.info:
        image = image.convert("RGBA")
    if image.mode in ("RGBA", "LA", "PA"):
        image = image.convert("RGBA")
        return image if _has_transparency(image) else image.convert("RGB")
    if image.mode != "RGB":
        if image.mode.startswith("I;16") or image.mode == "I":
            image = image.point(lambda v: v / 256).convert("L")
        image = image.convert("RGB")
    return image


def _clean_copy(image: Image.Image) -> Image.Image:
    """Pixels only: no EXIF, GPS, XMP, ICC, comments or any other ``info`` entry."""
    from PIL import Image

    return Image.frombytes(image.mode, image.size, image.tobytes())


def _encode(image: Image.Image, quality: int) -> tuple[bytes, str]:
    out = io.BytesIO()
    if image.mode == "RGBA":
        image.save(out, "PNG", optimize=True)
        return out.getvalue(), "image/png"
    image.save(out, "JPEG", quality=quality, optimize=True, progressive=True)
    return out.getvalue(), "image/jpeg"


def _draft_for_web(image: Image.Image) -> None:
    """Let the JPEG decoder scale down by a power of two while decoding (much faster)."""
    if image.format not in ("JPEG", "MPO"):
        return
    width, height = image.size
    scale = WEB_MAX_SIDE / max(width, height)
    if scale < 0.5:
        image.draft("RGB", (int(width * scale) + 1, int(height * scale) + 1))


def prepare_image(data: bytes, filename: str = "") -> PreparedImage:
    """Check ``data`` and derive its web and thumbnail versions (raises ValidationError)."""
    from PIL import Image, ImageOps

    check_image_bytes(data, filename)
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        image = _open(data, filename)
        mime = ACCEPTED_FORMATS.get(image.format or "", "")
        if not mime:
            raise ValidationError("not_an_image", "file", filename)
        orientation = image.getexif().get(0x0112, 1)
        raw_width, raw_height = image.size
        swapped = orientation in (5, 6, 7, 8)
        width, height = (raw_height, raw_width) if swapped else (raw_width, raw_height)
        _draft_for_web(image)
        try:
            image.load()
            if getattr(image, "n_frames", 1) > 1:
                image.seek(0)
            image = ImageOps.exif_transpose(image) or image
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise ValidationError("image_too_many_pixels", "file", str(MAX_PIXELS // 1_000_000)) from exc
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            raise ValidationError("image_damaged", "file", filename) from exc
    web = _normalise_mode(_to_srgb(image))
    web.thumbnail((WEB_MAX_SIDE, WEB_MAX_SIDE), Image.Resampling.LANCZOS)
    web = _clean_copy(web)
    web_bytes, web_mime = _encode(web, WEB_JPEG_QUALITY)
    thumb = web.copy()
    thumb.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE), Image.Resampling.LANCZOS)
    thumb_bytes, _ = _encode(_clean_copy(thumb), THUMBNAIL_JPEG_QUALITY)
    return PreparedImage(
        filename=(filename or "image")[:255],
        sha256=sha256_of(data),
        mime_type=mime,
        width=width,
        height=height,
        original=data,
        web=web_bytes,
        web_mime_type=web_mime,
        web_width=web.width,
        web_height=web.height,
        thumbnail=thumb_bytes,
    )


def prepare_file(path: str | os.PathLike[str]) -> PreparedImage:
    """:func:`read_image_file` then :func:`prepare_image` (for a worker thread)."""
    return prepare_image(read_image_file(path), Path(path).name)


def extension_for(mime_type: str) -> str:
    return {
        "image/jpeg": ".jpg",
        "image/png": ".png",
        "image/webp": ".webp",
        "image/gif": ".gif",
        "image/bmp": ".bmp",
        "image/tiff": ".tif",
    }.get(mime_type, ".bin")
