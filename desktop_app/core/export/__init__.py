"""The website export: a complete static site, and single-article HTML.

The package's names are loaded on first use (PEP 562): a module that needs only a small part
(``paths``, as the window does to name a single article's file) does not load Jinja2 and the
whole export with it — that was ~40 ms of every start before the first paint.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.core.export.build import ExportCancelled, ExportResult, export_site
    from desktop_app.core.export.writer import ExportError

__all__ = ["ExportCancelled", "ExportError", "ExportResult", "export_site"]

_HOMES = {
    "ExportCancelled": "desktop_app.core.export.build",
    "ExportResult": "desktop_app.core.export.build",
    "export_site": "desktop_app.core.export.build",
    "ExportError": "desktop_app.core.export.writer",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
