"""Share images (``og:image``): what WhatsApp, Facebook and X show beside a shared link.

Every article gets one of 1200×630 pixels, a JPEG of at most :data:`MAX_BYTES`: its photo
cropped to that shape, or, without a photo, a card drawn with Pillow (the office's colour and
logo, the category, the headline wrapped, the office's name and address). The other pages share
a card of the site itself. A card's file name is a hash of everything drawn on it
(``bagikan/<hash>.jpg``), so it is drawn once and kept by later exports for as long as it is
used, like the rest of the export. Share images need the site's base URL (``og:image`` must be
an absolute address): without one none is made and the export says so.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from desktop_app.core.colour import WHITE, mix
from desktop_app.core.export.branding import Logo, font, primary_rgb
from desktop_app.core.export.site import SiteArticle, SiteImage
from desktop_app.core.files import write_atomically
from desktop_app.core.site_settings import SiteSettings

if TYPE_CHECKING:
    from PIL import Image

WIDTH, HEIGHT = 1200, 630
MAX_BYTES = 300_000
FOLDER = "bagikan"
#: Bumped when the drawing changes, so cards are drawn again.
CARD_VERSION = 1
GOLD = (242, 183, 5)
MARGIN = 64


@dataclass(frozen=True)
class ShareCard:
    """One share image: where it goes and how it is made (``photo`` or the words drawn)."""

    path: str
    alt: str
    photo: SiteImage | None = None
    title: str = ""
    label: str = ""

    @property
    def width(self) -> int:
        return WIDTH

    @property
    def height(self) -> int:
        return HEIGHT


def _hash(*parts: object) -> str:
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:20]


def _branding(settings: SiteSettings, logo_path: str) -> tuple[object, ...]:
    return (
        CARD_VERSION,
        settings.title,
        settings.office_name,
        settings.regency_name,
        settings.primary_colour,
        settings.base_url,
        logo_path,
    )


def branding_key(settings: SiteSettings, logo_path: str) -> str:
    """What a drawn card shows of the office (see :func:`article_card_path`), as one text."""
    return repr(_branding(settings, logo_path))


def _branded_hash(branding: str, *parts: str) -> str:
    """``_hash(_branding(...), *parts)``, the branding's text given (made once an export)."""
    return hashlib.sha256(f"({', '.join([branding, *map(repr, parts)])})".encode()).hexdigest()[:20]


def _photo(article: SiteArticle) -> SiteImage | None:
    image = article.image
    if image is not None and image.path.rsplit(".", 1)[-1] in ("jpg", "png", "webp", "gif"):
        return image
    return None


def article_card_path(article: SiteArticle, branding: str) -> str:
    """Where the article's share image goes (``article_card(...).path``), found without making
    the card: an export asks it of every article, and keeps most cards as they are.
    ``branding``: :func:`branding_key`."""
    photo = _photo(article)
    if photo is not None:
        return f"{FOLDER}/{_hash(CARD_VERSION, 'photo', photo.path)}.jpg"
    label = article.category.name if article.category else ""
    return f"{FOLDER}/{_branded_hash(branding, article.title, label)}.jpg"


def article_card(
    article: SiteArticle, settings: SiteSettings, logo_path: str, alt_for_card: str
) -> ShareCard:
    """The share image of an article: its photo, or a card with its headline."""
    path = article_card_path(article, branding_key(settings, logo_path))
    photo = _photo(article)
    if photo is not None:
        return ShareCard(path=path, alt=photo.alt or article.title, photo=photo)
    label = article.category.name if article.category else ""
    return ShareCard(path=path, alt=alt_for_card, title=article.title, label=label)


def site_card(settings: SiteSettings, logo_path: str, alt: str) -> ShareCard:
    """The share image of the site's other pages (lists, search): its name and description."""
    title = settings.description or settings.title
    path = f"{FOLDER}/{_hash(_branding(settings, logo_path), 'site', title)}.jpg"
    return ShareCard(path=path, alt=alt, title=title, label="")


#: Cards of this computer's earlier exports, by their file name (a hash of everything drawn on
#: them): a full export into an empty folder, or the next office site on this computer, links
#: (or copies) them instead of drawing again (~16 ms each). Held by no exported site and unused
#: for this many days, a card is removed.
CACHE_DAYS = 60


def cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("Redaksi", appauthor=False)) / "share-cards"


#: A cached card's file name: ``<card name>.<sha256 of its bytes>.jpg``, so that a site links
#: it with its digest known (reading and hashing thousands of ~90 KB cards cost a full export
#: ~0.4 s of CPU). Cards cached before carry no digest (``<card name>.jpg``): hashed when used.
_CACHED_NAME = re.compile(r"([0-9a-f]{20})(?:\.([0-9a-f]{64}))?\.jpg")


@dataclass(frozen=True)
class CachedCard:
    path: str
    sha256: str | None  # (None: a card cached before its digest was in its name)


class CardCache:
    """The cards this computer's earlier exports drew, found by one listing of the cache."""

    def __init__(self, wanted: Iterable[ShareCard]) -> None:
        """Only the ``wanted`` cards are looked for (a re-export after one change wants one or
        two of the thousands a cache holds)."""
        names = {card.path.rsplit("/", 1)[-1].removesuffix(".jpg") for card in wanted}
        self.cards: dict[str, CachedCard] = {}
        folder = cache_dir()
        try:
            entries = os.listdir(folder)
        except OSError:
            return
        for entry in entries:
            if entry[:20] not in names:
                continue
            found = _CACHED_NAME.fullmatch(entry)
            if found and (found[2] or found[1] not in self.cards):
                self.cards[found[1]] = CachedCard(os.path.join(folder, entry), found[2])

    def find(self, card: ShareCard) -> CachedCard | None:
        """The card's JPEG in the cache, or None. A site links it (see
        :meth:`SiteWriter.copy_in`): a card some exported site still holds stays in the cache
        (it takes no room of its own), see :func:`prune_cache`. Safe to call from threads."""
        cached = self.cards.get(card.path.rsplit("/", 1)[-1].removesuffix(".jpg"))
        if cached is None:
            return None
        try:
            if os.stat(cached.path).st_nlink <= 1:
                # Marked as used (no site holds it to keep it: see prune_cache). A card a
                # site holds is left as it is: its time is that site's file's time too.
                os.utime(cached.path)
        except OSError:
            return None
        return cached


def keep(card: ShareCard, data: bytes) -> CachedCard | None:
    """Put a drawn card in the cache (written whole, then renamed); where it is, or None when
    it could not be (that only costs the next export a drawing)."""
    folder = cache_dir()
    sha = hashlib.sha256(data).hexdigest()
    target = folder / f"{card.path.rsplit('/', 1)[-1].removesuffix('.jpg')}.{sha}.jpg"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomically(target, data)
    except OSError:
        return None
    return CachedCard(str(target), sha)


#: The cache's last pruning (its modification time): see :func:`prune_cache_daily`.
PRUNED_MARK = ".pruned"


def prune_cache_daily() -> int:
    """:func:`prune_cache` at most once a day (an export that drew a card calls it; looking at
    thousands of cached cards on each such export cost more than drawing one)."""
    mark = cache_dir() / PRUNED_MARK
    try:
        if time.time() - mark.stat().st_mtime < 86_400:
            return 0
    except OSError:
        pass
    removed = prune_cache()
    with contextlib.suppress(OSError):  # (then it prunes again on the next export, that is all)
        mark.touch()
    return removed


def prune_cache(now: float | None = None) -> int:
    """Remove the cached cards no exported site on this computer holds (a hard link to the
    same file) and none was drawn or copied for :data:`CACHE_DAYS`; how many."""
    limit = (now if now is not None else time.time()) - CACHE_DAYS * 86_400
    removed = 0
    try:
        entries = list(os.scandir(cache_dir()))
    except OSError:
        return 0
    for entry in entries:
        try:
            if not entry.is_file() or entry.name == PRUNED_MARK:
                continue
            facts = os.stat(entry.path) if os.name == "nt" else entry.stat()  # (st_nlink)
            if facts.st_nlink <= 1 and facts.st_mtime < limit:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
    return removed


def draw(card: ShareCard, settings: SiteSettings, logo: Logo | None) -> bytes:
    """The JPEG bytes of ``card`` (safe to call from several threads: the drawing, which
    shares fonts and the background, takes turns; decoding and encoding do not)."""
    if card.photo is not None:
        return _jpeg(_cropped(card.photo.data))
    with _DRAWING:
        image = _drawn(card, settings, logo)
    return _jpeg(image)


_DRAWING = threading.Lock()


def _cropped(data: bytes) -> Image.Image:
    from PIL import Image, ImageOps

    with Image.open(io.BytesIO(data)) as source:
        source.draft("RGB", (WIDTH, HEIGHT))  # (a JPEG decodes at a smaller scale: faster)
        picture = source.convert("RGB")
    return ImageOps.fit(picture, (WIDTH, HEIGHT), Image.Resampling.LANCZOS, centering=(0.5, 0.4))


def _jpeg(image: Image.Image) -> bytes:
    """A JPEG under MAX_BYTES: quality 85 first, lower only when the picture is very busy."""
    data = b""
    for quality in (85, 78, 70, 60, 50, 40):
        out = io.BytesIO()
        image.save(out, "JPEG", quality=quality, optimize=True, progressive=True)
        data = out.getvalue()
        if len(data) <= MAX_BYTES:
            break
    return data


def _wrap(draw: Any, text: str, face: Any, width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        attempt = f"{line} {word}".strip()
        if line and draw.textlength(attempt, font=face) > width:
            lines.append(line)
            line = word
        else:
            line = attempt
    if line:
        lines.append(line)
    return lines


def _fit_title(draw: Any, title: str, width: int, lines_max: int) -> tuple[Any, list[str], int]:
    """The largest size (64 px down to 40) at which the title fits; cut with "…" at the smallest."""
    for size in (64, 58, 52, 46, 40):
        face = font(size)
        lines = _wrap(draw, title, face, width)
        if len(lines) <= lines_max:
            return face, lines, size
    lines = lines[:lines_max]
    while lines[-1] and draw.textlength(lines[-1] + " …", font=face) > width:
        lines[-1] = lines[-1].rsplit(" ", 1)[0] if " " in lines[-1] else lines[-1][:-1]
    lines[-1] += " …"
    return face, lines, 40


def _drawn(card: ShareCard, settings: SiteSettings, logo: Logo | None) -> Image.Image:
    from PIL import ImageDraw

    canvas = _background(settings, logo).copy()
    pen = ImageDraw.Draw(canvas, "RGBA")
    # the words: the category in gold, the headline
    top = 220
    if card.label:
        pen.text((MARGIN, top), card.label.upper(), font=font(28), fill=GOLD)
        top += 52
    face, lines, size = _fit_title(pen, card.title, WIDTH - 2 * MARGIN, 4)
    for line in lines:
        pen.text((MARGIN, top), line, font=face, fill="white")
        top += round(size * 1.2)
    return canvas


_BACKGROUNDS: dict[tuple[object, ...], Image.Image] = {}


def _background(settings: SiteSettings, logo: Logo | None) -> Image.Image:
    """What every card of a site shares (the colour, the pattern, the office, the address),
    drawn once per export and copied for each card."""
    key = _branding(settings, logo.image.path if logo else "")
    found = _BACKGROUNDS.get(key)
    if found is None:
        _BACKGROUNDS.clear()  # (one site at a time)
        found = _BACKGROUNDS[key] = _draw_background(settings, logo)
    return found


def _draw_background(settings: SiteSettings, logo: Logo | None) -> Image.Image:
    from PIL import Image, ImageDraw

    primary = primary_rgb(settings)
    canvas = Image.new("RGB", (WIDTH, HEIGHT), primary)
    pen = ImageDraw.Draw(canvas, "RGBA")
    # a quiet pattern: a lighter wedge at the right and thin diagonal lines
    light = mix(primary, WHITE, 0.1)
    pen.polygon([(780, 0), (WIDTH, 0), (WIDTH, HEIGHT), (560, HEIGHT)], fill=light)
    for x in range(-HEIGHT, WIDTH, 28):
        pen.line([(x, HEIGHT), (x + HEIGHT, 0)], fill=(255, 255, 255, 10), width=2)
    pen.ellipse([(940, -140), (1340, 260)], outline=(255, 255, 255, 38), width=18)
    pen.rectangle([(0, HEIGHT - 14), (WIDTH, HEIGHT)], fill=GOLD)
    # the office: logo, regency, name
    left = MARGIN
    if logo is not None:
        badge = 112
        pen.ellipse([(MARGIN, 48), (MARGIN + badge, 48 + badge)], fill=(255, 255, 255))
        with Image.open(io.BytesIO(logo.png)) as mark_file:
            mark = mark_file.convert("RGBA")
        mark.thumbnail((badge - 26, badge - 26), Image.Resampling.LANCZOS)
        canvas.paste(mark, (MARGIN + (badge - mark.width) // 2, 48 + (badge - mark.height) // 2), mark)
        left = MARGIN + badge + 24
    office = settings.office_name or settings.title
    if settings.regency_name:
        pen.text((left, 68), settings.regency_name.upper(), font=font(24), fill=(255, 255, 255, 215))
        pen.text((left, 100), office, font=font(32), fill="white")
    else:
        pen.text((left, 84), office, font=font(34), fill="white")
    # where it is from
    host = urlsplit(settings.base_url).hostname or ""
    if host:
        pen.text((MARGIN, HEIGHT - 66), host, font=font(24, bold=False), fill=(255, 255, 255, 225))
    return canvas
