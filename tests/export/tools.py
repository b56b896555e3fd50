"""Where the real web-checking tools are: vnu.jar (npm ``vnu-jar``), axe-core (npm), Java and
Chromium. ``.ci/run`` installs the npm packages into ``$REDAKSI_TOOLS_DIR`` and sets
``REDAKSI_REQUIRE_TOOLS=1`` so that CI fails instead of skipping when one is missing."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# Resolved at import, before the tests point HOME at a temporary folder.
_CANDIDATES = [
    os.environ.get("REDAKSI_TOOLS_DIR", ""),
    str(Path.home() / ".cache" / "redaksi-tools"),
    "/tmp/redaksi-tools",
]
REQUIRED = os.environ.get("REDAKSI_REQUIRE_TOOLS") == "1"


def _node_file(*parts: str) -> Path | None:
    for base in _CANDIDATES:
        if base and (path := Path(base, "node_modules", *parts)).is_file():
            return path
    return None


VNU_JAR = _node_file("vnu-jar", "build", "dist", "vnu.jar")
AXE_JS = _node_file("axe-core", "axe.min.js")
JAVA = shutil.which("java")
CHROMIUM = next(
    (
        p
        for p in (shutil.which("chromium"), shutil.which("chromium-browser"), "/usr/bin/chromium")
        if p and Path(p).exists()
    ),
    None,
)


def need(**tools: object) -> None:
    """Skip (or fail in CI) when a tool is missing, naming it and how to get it."""
    missing = [name for name, value in tools.items() if not value]
    if missing:
        message = (
            f"missing {', '.join(missing)}: run `npm install --prefix "
            f"~/.cache/redaksi-tools vnu-jar axe-core` and install java and chromium"
        )
        if REQUIRED:
            pytest.fail(message)
        pytest.skip(message)


RICH_BODY = """Paragraf pembuka dengan **tebal**, *miring* dan [tautan](https://kominfo.go.id).

![Suasana rapat](asset:{uuid})

## Agenda rapat

1. Pembukaan
2. Laporan kegiatan[^1]

| Bidang | Jumlah |
|:-------|-------:|
| SPBE   | 12     |

> Kutipan kepala dinas.

```python
print("halo")
```

[^1]: Catatan kaki.
"""


def export_demo_with_photo(database, out: Path, photo_size: tuple[int, int], extra_body: str = "") -> Path:
    """The demo database (without its drawings) plus "Rapat Koordinasi SPBE": a richly formatted
    article (:data:`RICH_BODY` and ``extra_body``) with a featured photo of ``photo_size``,
    published and exported to ``out`` with a base URL."""
    import io

    from PIL import Image

    from db.models import Asset
    from desktop_app.core.articles import ArticleService
    from desktop_app.core.demo import fill_demo
    from desktop_app.core.export import export_site
    from desktop_app.core.models import ArticleChanges
    from tests.core.export_helpers import publish_snapshot

    fill_demo(database, photos=False)  # (the front page: cards with this photo and without one)
    buffer = io.BytesIO()
    Image.new("RGB", photo_size, (20, 60, 140)).save(buffer, "JPEG")
    data = buffer.getvalue()
    width, height = photo_size
    asset = Asset.create(
        sha256=f"{width:08x}{height:08x}".ljust(64, "e"),
        filename="rapat.jpg",
        mime_type="image/jpeg",
        width=width,
        height=height,
        bytes=len(data),
        original=data,
        web=data,
        web_mime_type="image/jpeg",
        web_width=width,
        web_height=height,
        alt_text="Suasana rapat",
        caption="Rapat koordinasi",
        credit="Humas",
    )
    article = ArticleService(database).create(
        ArticleChanges(
            title="Rapat Koordinasi SPBE",
            body=RICH_BODY.format(uuid=asset.uuid) + extra_body,
            summary="Ringkasan rapat.",
            category="Berita",
            tags=["SPBE"],
            featured_image_id=asset.id,
            dateline="AROSUKA",
        )
    )
    publish_snapshot(article.id, featured_image=asset.id)
    export_site(database, out, base_url="https://kominfo.example.go.id")
    return out
