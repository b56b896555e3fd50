"""The website export: a complete static site, and single-article HTML."""

from __future__ import annotations

from desktop_app.core.export.build import ExportCancelled, ExportResult, export_site
from desktop_app.core.export.writer import ExportError

__all__ = ["ExportCancelled", "ExportError", "ExportResult", "export_site"]
