"""Colours of the website's theme: parsing ``#rrggbb``, mixing, and WCAG contrast ratios."""

from __future__ import annotations

import re

_HEX = re.compile(r"#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")
#: WCAG 2 AA for normal text: white text on the primary colour (the header, the menu, buttons)
#: and the primary colour as text on white (headings) must reach it.
MIN_CONTRAST = 4.5
WHITE = (255, 255, 255)
BLACK = (0, 0, 0)

RGB = tuple[int, int, int]


def parse_colour(text: str) -> RGB | None:
    """``(r, g, b)`` of ``#1a2b3c``, ``1a2b3c`` or ``#abc``; None for anything else."""
    found = _HEX.fullmatch(text.strip())
    if not found:
        return None
    digits = found.group(1)
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def hex_colour(rgb: RGB) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def mix(colour: RGB, other: RGB, amount: float) -> RGB:
    """``colour`` moved ``amount`` (0..1) of the way towards ``other``."""
    r, g, b = (round(a + (o - a) * amount) for a, o in zip(colour, other, strict=True))
    return r, g, b


def _luminance(rgb: RGB) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: RGB, b: RGB) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def theme_colours(primary: RGB) -> dict[str, str]:
    """The theme's custom properties made from one primary colour: the header (primary), its
    darker top bar and footer, and the menu row between them (darker still than the header, so
    white text keeps at least the primary's contrast)."""
    return {
        "--navy": hex_colour(primary),
        "--navy-mid": hex_colour(mix(primary, BLACK, 0.14)),
        "--navy-dark": hex_colour(mix(primary, BLACK, 0.38)),
    }
