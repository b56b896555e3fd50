"""File ▸ Save Copy As…: the open article, as the editor holds it, into a Markdown file with
front matter (``desktop_app/core/markdown_file.py``). Always there; offered by the save banner
when the database cannot take the text (its file gone or replaced, the server unreachable)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.core.markdown_file import save_article_copy
from desktop_app.core.text import make_slug

log = logging.getLogger(__name__)


def suggested_copy_path(window) -> Path:
    """Documents/<slug>.md (the home folder when there is no Documents folder)."""
    changes = window.editor.changes()
    name = make_slug(changes.slug or changes.title) or window.tr("article")
    folder = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home()
    )
    if not folder.is_dir():
        folder = Path.home()
    return folder / f"{name}.md"


def save_copy_as(window, path: str | Path | None = None) -> Path | None:
    """Ask where (unless ``path`` is given) and write the open article there; the written file,
    or None (cancelled, nothing open, or it could not be written: then said in a dialog)."""
    article = window.current_article()
    if article is None:
        return None
    changes = window.editor.changes()
    if path is None:
        name, _ = QFileDialog.getSaveFileName(
            window,
            window.tr("Save Copy As"),
            str(suggested_copy_path(window)),
            window.tr("Markdown files (*.md);;All files (*)"),
        )
        if not name:
            return None
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".md")
    path = Path(path)
    try:
        written = save_article_copy(path, changes, article)
    except OSError as exc:
        log.warning("could not save a copy as %s: %s", path, exc)
        QMessageBox.critical(
            window,
            window.tr("Redaksi"),
            window.tr(
                "Could not write “{0}” (disk full, no permission, or the folder is gone?). Your "
                "text is still in the editor; choose another place."
            ).format(path),
        )
        return None
    window.statusBar().showMessage(
        window.tr("A copy of the article was saved as “{0}”.").format(written), 10_000
    )
    return written
