"""What the UI and the CLI use of the website export, on one open database."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from peewee import Database

from desktop_app.core.export.build import ExportResult, Progress, export_site
from desktop_app.core.site_settings import SiteSettings, load_site_settings, save_site_settings

if TYPE_CHECKING:
    from desktop_app.core.auth import SignedIn


class SiteExportService:
    def __init__(self, database: Database, remove_folder: Callable[[Path], None] | None = None) -> None:
        """``remove_folder``: how an export removes the previous site once the new one is in
        place (default: at once, before the export returns)."""
        self.db = database
        self.remove_folder = remove_folder

    def settings(self) -> SiteSettings:
        return load_site_settings(self.db)

    def save_settings(self, settings: SiteSettings, actor: SignedIn) -> SiteSettings:
        """An admin stores the settings (:func:`save_site_settings`)."""
        return save_site_settings(self.db, settings, actor=actor)

    def export(
        self,
        out: str | Path,
        *,
        base_url: str | None = None,
        full: bool = False,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ExportResult:
        """:func:`export_site`, then the memory it freed given back to the system (the
        window stays open for hours and exports again and again: see :mod:`core.memory`)."""
        from desktop_app.core.memory import release_free_memory

        try:
            return export_site(
                self.db,
                out,
                base_url=base_url,
                full=full,
                progress=progress,
                cancelled=cancelled,
                remove_folder=self.remove_folder,
            )
        finally:
            release_free_memory()

    def article_html(self, article_id: int, base_url: str | None = None) -> str:
        """The "Copy as HTML" fragment."""
        from desktop_app.core.export.single import article_fragment  # (the export needs none)

        return article_fragment(self.db, article_id, base_url)

    def save_article_html(self, article_id: int, path: str | Path) -> Path:
        """Write the standalone page of one article to ``path`` (atomically)."""
        from desktop_app.core.export.single import article_standalone

        target = Path(path)
        text = article_standalone(self.db, article_id)
        handle, temp = tempfile.mkstemp(prefix=".redaksi-", suffix=".html", dir=target.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(text)
            os.chmod(temp, 0o644)
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        return target
