"""A safe copy of an uploaded SVG (the website's logo): an allow-list, not a block-list.

The file is parsed with defusedxml (no entities, no DTD tricks, no external loads) and written
out again with only the drawing elements and presentation attributes below. Everything else is
dropped: ``<script>``, ``<foreignObject>``, ``<style>`` sheets, animation, event handlers
(``on*``), links out (``href``/``xlink:href`` other than ``#fragment``), ``url(...)`` references
to anything but a fragment, and ``data:``/``javascript:`` values of any kind. Nothing from the
original survives as text that a browser would run.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from defusedxml import ElementTree as SafeET

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
#: The biggest SVG accepted (a logo is a few kilobytes to a few hundred).
MAX_SVG_BYTES = 2 * 1024 * 1024

ELEMENTS = frozenset(
    {
        "svg",
        "g",
        "defs",
        "title",
        "desc",
        "symbol",
        "use",
        "path",
        "rect",
        "circle",
        "ellipse",
        "line",
        "polyline",
        "polygon",
        "text",
        "tspan",
        "linearGradient",
        "radialGradient",
        "stop",
        "clipPath",
        "mask",
        "pattern",
    }
)
ATTRIBUTES = frozenset(
    {
        "id",
        "class",
        "viewBox",
        "preserveAspectRatio",
        "width",
        "height",
        "x",
        "y",
        "x1",
        "y1",
        "x2",
        "y2",
        "cx",
        "cy",
        "r",
        "rx",
        "ry",
        "fx",
        "fy",
        "d",
        "points",
        "transform",
        "fill",
        "fill-opacity",
        "fill-rule",
        "stroke",
        "stroke-width",
        "stroke-opacity",
        "stroke-linecap",
        "stroke-linejoin",
        "stroke-miterlimit",
        "stroke-dasharray",
        "stroke-dashoffset",
        "opacity",
        "clip-path",
        "clip-rule",
        "mask",
        "color",
        "display",
        "visibility",
        "offset",
        "stop-color",
        "stop-opacity",
        "gradientUnits",
        "gradientTransform",
        "spreadMethod",
        "patternUnits",
        "patternContentUnits",
        "patternTransform",
        "clipPathUnits",
        "maskUnits",
        "maskContentUnits",
        "font-family",
        "font-size",
        "font-weight",
        "font-style",
        "text-anchor",
        "dominant-baseline",
        "letter-spacing",
        "dx",
        "dy",
        "style",
        "href",
    }
)
#: ``style`` declarations kept (the presentation attributes, written as CSS).
STYLE_PROPERTIES = ATTRIBUTES - {"id", "class", "viewBox", "d", "points", "transform", "href", "style"}
_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)", re.IGNORECASE)
_DANGER = re.compile(r"javascript:|vbscript:|data:|expression\s*\(|@import|\\", re.IGNORECASE)


class UnsafeSvg(ValueError):
    """The file is not an SVG drawing we can keep."""


def _local(name: str) -> tuple[str, str]:
    """``(namespace, local name)`` of an ElementTree tag or attribute name."""
    if name.startswith("{"):
        namespace, _, local = name[1:].partition("}")
        return namespace, local
    return "", name


def _safe_value(value: str) -> bool:
    if _DANGER.search(value):
        return False
    return all(target.startswith("#") for _, target in _URL.findall(value))


def _clean_style(value: str) -> str:
    kept = []
    for declaration in value.split(";"):
        name, colon, text = declaration.partition(":")
        name, text = name.strip().lower(), text.strip()
        if colon and name in STYLE_PROPERTIES and text and _safe_value(text):
            kept.append(f"{name}:{text}")
    return ";".join(kept)


def _clean_attributes(element: ET.Element) -> dict[str, str]:
    kept: dict[str, str] = {}
    for name, value in element.attrib.items():
        namespace, local = _local(name)
        if (
            namespace not in ("", XLINK)
            or local not in ATTRIBUTES
            or (namespace == XLINK and local != "href")
        ):
            continue
        if local == "href":
            if value.strip().startswith("#") and _safe_value(value):
                kept["href"] = value.strip()  # (SVG 2's plain href; xlink: is not needed)
            continue
        if local == "style":
            style = _clean_style(value)
            if style:
                kept["style"] = style
            continue
        if _safe_value(value):
            kept[local] = value
    return kept


def _copy(element: ET.Element) -> ET.Element | None:
    namespace, local = _local(element.tag) if isinstance(element.tag, str) else ("", "")
    if namespace != SVG or local not in ELEMENTS:
        return None
    copy = ET.Element(local, _clean_attributes(element))
    copy.text = element.text if local in ("text", "tspan", "title", "desc") else None
    for child in element:
        kept = _copy(child)
        if kept is not None:
            kept.tail = child.tail if local in ("text", "tspan") else None
            copy.append(kept)
    return copy


def sanitize_svg(data: bytes) -> bytes:
    """A clean copy of the SVG in ``data`` (raises :class:`UnsafeSvg` when there is none)."""
    if len(data) > MAX_SVG_BYTES:
        raise UnsafeSvg("too large")
    try:
        root = SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except Exception as exc:
        raise UnsafeSvg(f"not readable as SVG: {exc}") from exc
    if _local(root.tag) != (SVG, "svg"):
        raise UnsafeSvg("the root element is not <svg>")
    try:  # copying and writing the tree recurse once per level
        clean = _copy(root)
        assert clean is not None  # the root was checked above
        clean.set("xmlns", SVG)
        if not len(clean):
            raise UnsafeSvg("nothing drawn")
        return bytes(ET.tostring(clean, encoding="utf-8", xml_declaration=False))
    except RecursionError:
        raise UnsafeSvg("elements nested too deeply") from None
