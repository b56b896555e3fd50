"""Test images made with Pillow at test time (no binaries in the repository)."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image, ImageCms, ImageDraw

#: Where the phone photo says it was taken: Jakarta (Lat 6°12'30.5" S, Lon 106°49'12" E).
GPS_LATITUDE = (6.0, 12.0, 30.5)
GPS_LONGITUDE = (106.0, 49.0, 12.0)
XMP_PACKET = (
    b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" '
    b'exif:GPSLatitude="6,12.5S"/></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
)


def phone_exif(orientation: int = 6) -> Image.Exif:
    """EXIF like a phone writes it: camera, orientation and a GPS IFD (0x8825)."""
    exif = Image.Exif()
    exif[0x010F] = "Samsung"  # Make
    exif[0x0110] = "Galaxy A54 5G"  # Model
    exif[0x0112] = orientation  # Orientation: 6 = rotate 90° clockwise to view
    exif[0x0131] = "A546EXXU1AWF1"  # Software
    gps = exif.get_ifd(0x8825)
    gps[0x0001] = "S"
    gps[0x0002] = GPS_LATITUDE
    gps[0x0003] = "E"
    gps[0x0004] = GPS_LONGITUDE
    gps[0x0006] = 12.0  # altitude
    return exif


def phone_jpeg(
    width: int = 800, height: int = 600, orientation: int = 6, quality: int = 90, noise: bool = False
) -> bytes:
    """A JPEG stored sideways as a phone stores it: left half red, right half blue, with
    EXIF (orientation, GPS), XMP, an ICC profile and a comment."""
    image = Image.new("RGB", (width, height), (30, 60, 200))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width // 2, height), fill=(210, 30, 30))
    draw.ellipse((width // 3, height // 3, width // 2, height // 2), fill=(250, 220, 40))
    if noise:  # photo-like detail, so the JPEG has a realistic size
        image = Image.blend(image, Image.effect_noise((width, height), 60).convert("RGB"), 0.35)
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    image.save(
        out,
        "JPEG",
        quality=quality,
        exif=phone_exif(orientation).tobytes(),
        xmp=XMP_PACKET,
        icc_profile=icc,
        comment=b"taken at the governor's office",
    )
    return out.getvalue()


def png_bytes(width: int = 64, height: int = 48, color=(0, 128, 0), alpha: int | None = None) -> bytes:
    mode = "RGB" if alpha is None else "RGBA"
    fill = color if alpha is None else (*color, alpha)
    out = io.BytesIO()
    Image.new(mode, (width, height), fill).save(out, "PNG")
    return out.getvalue()


def bomb_png(width: int = 40000, height: int = 40000) -> bytes:
    """A tiny PNG whose header claims huge pixel dimensions (a decompression bomb)."""
    data = bytearray(png_bytes(8, 8))
    # IHDR data starts at byte 16: width, height (big endian), then bit depth etc.; CRC after.
    data[16:24] = struct.pack(">II", width, height)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    return bytes(data)


SVG_WITH_SCRIPT = (
    b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" '
    b'width="10" height="10"><script>alert(1)</script></svg>'
)
