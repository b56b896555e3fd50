"""File ▸ Import ▸ From WordPress Export (WXR)… / From WordPress Site… / From Markdown Folder…
and File ▸ Export ▸ To Markdown Folder…: the file, site or folder chosen, the work in a worker
thread with a progress dialog that can cancel (between posts: what was stored stays), the report
shown after."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
)

from desktop_app.messages import describe_error
from desktop_app.ui.imports.background import BackgroundImportController
from desktop_app.workers import run_in_background

if TYPE_CHECKING:
    from desktop_app.services import Services


class _Progress(QObject):
    """Emitted from the worker thread; delivered on the GUI thread (queued)."""

    advanced = Signal(int, int, str)


def submenu(menu: QMenu, name: str, title: str, before: QAction | None = None) -> QMenu:
    """The submenu ``name`` of ``menu``, made (titled ``title``, placed before ``before``, else
    last) when it is not there yet: other features add their own entries to File ▸ Import and
    File ▸ Export."""
    found = menu.findChild(QMenu, name)
    if found is not None:
        return found
    sub = QMenu(title, menu)
    sub.setObjectName(name)
    if before is not None:
        menu.insertMenu(before, sub)
    else:
        menu.addMenu(sub)
    return sub


_PAGE_ITEM = re.compile(rb"<wp:post_type>\s*(?:<!\[CDATA\[)?page(?:\]\]>)?\s*</wp:post_type>")
#: Files larger than this are not searched for pages before the import (the question is skipped).
PAGE_SCAN_BYTES = 100 * 1024 * 1024


def count_pages(path: str) -> int:
    """How many pages a WXR file holds, by a quick look at its bytes (0 when it cannot tell)."""
    try:
        file = Path(path)
        if file.stat().st_size > PAGE_SCAN_BYTES:
            return 0
        return len(_PAGE_ITEM.findall(file.read_bytes()))
    except OSError:
        return 0


class ImportsController(BackgroundImportController):
    """Owns the three actions; ``imported`` is emitted when articles were added or changed."""

    imported = Signal()

    def create_actions(self) -> list[QAction]:
        self.action_wxr = self.make_action(
            self.tr("From &WordPress Export (WXR)…"), "actionImportWxr", self.choose_wxr,
            self.tr("Import the posts of a WordPress export file into the archive"),
        )  # fmt: skip
        self.action_site = self.make_action(
            self.tr("From WordPress &Site…"), "actionImportWordPressSite", self.choose_site,
            self.tr("Import the published posts of a WordPress site, read from the site itself"),
        )  # fmt: skip
        self.action_folder = self.make_action(
            self.tr("From &Markdown Folder…"), "actionImportFolder", self.choose_import_folder,
            self.tr("Import a Hugo, Jekyll or Pelican content folder into the archive"),
        )  # fmt: skip
        self.action_export_folder = self.make_action(
            self.tr("To &Markdown Folder…"), "actionExportFolder", self.choose_export_folder,
            self.tr("Write every article, with its pictures, to a Hugo-style Markdown folder"),
        )  # fmt: skip
        return [self.action_wxr, self.action_site, self.action_folder, self.action_export_folder]

    def add_to(self, file_menu: QMenu, after: QAction | None = None) -> None:
        """File ▸ Import and File ▸ Export (made when missing) right after ``after``."""
        actions = file_menu.actions()
        before = actions[actions.index(after) + 1] if after in actions and actions[-1] is not after else None
        imports = submenu(file_menu, "menuImport", self.tr("Import"), before)  # (i, m, p, o, r, t: taken)
        imports.addAction(self.action_wxr)
        imports.addAction(self.action_site)
        imports.addAction(self.action_folder)
        exports = submenu(file_menu, "menuExport", self.tr("E&xport"), before)
        exports.addAction(self.action_export_folder)

    # -- choosing ------------------------------------------------------------------------------

    def choose_wxr(self) -> None:
        if not self.ready_to_import():
            return
        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import WordPress Export"),
            self.last_folder,
            self.tr("WordPress export files (*.xml *.wxr);;All files (*)"),
        )
        if path:
            self.last_folder = str(Path(path).parent)
            pages = count_pages(path)
            include = False
            if pages:
                answer = QMessageBox.question(
                    self.window,
                    self.tr("Import WordPress Export"),
                    self.tr(
                        "Besides its posts, the file holds {0} page(s) (such as a profile or contact "
                        "page). Import the pages as articles too?"
                    ).format(pages),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No,
                )
                include = answer == QMessageBox.StandardButton.Yes
            self.import_wxr(path, include_pages=include)

    def choose_site(self) -> None:
        if not self.ready_to_import():
            return
        from desktop_app.core.wordpress.config import load_wordpress_settings

        known = load_wordpress_settings(self.services().database).url
        url, accepted = QInputDialog.getText(
            self.window,
            self.tr("Import from WordPress Site"),
            self.tr(
                "The address of the WordPress site whose published posts become articles (only "
                "what is new or changed since an earlier import is stored again):"
            ),
            QLineEdit.EchoMode.Normal,
            known or "https://",
        )
        if accepted and url.strip() and url.strip() != "https://":
            self.import_site(url.strip())

    def choose_import_folder(self) -> None:
        if not self.ready_to_import():
            return
        path = QFileDialog.getExistingDirectory(
            self.window, self.tr("Import Markdown Folder"), self.last_folder
        )
        if path:
            self.last_folder = path
            self.import_folder(path)

    def choose_export_folder(self) -> None:
        if self.busy:
            return
        path = QFileDialog.getExistingDirectory(
            self.window, self.tr("Export to Markdown Folder"), self.last_folder
        )
        if path:
            self.last_folder = path
            self.export_folder(path)

    # -- the work ------------------------------------------------------------------------------

    def import_wxr(self, path: str, *, include_pages: bool = False, fetch_image: Any = "web") -> None:
        """Read the WXR file and import its posts in a worker thread; the report after."""
        from desktop_app.core.imports.fetch import web_fetcher
        from desktop_app.core.imports.store import import_posts
        from desktop_app.core.imports.wxr import read_wxr

        fetch = web_fetcher() if fetch_image == "web" else fetch_image
        title = self.tr("Import WordPress Export")

        def work(services: Services, session: Any, progress: _Progress) -> tuple[Any, str]:
            from desktop_app.import_messages import kinds_line

            found = read_wxr(path, include_pages=include_pages)
            report = import_posts(
                found.posts,
                actor=session,
                fetch_image=fetch,
                progress=progress.advanced.emit,
                cancelled=self.cancel_requested.is_set,
                database=services.database,
            )
            report.merge_reader(found.skipped, found.notes)
            return report, kinds_line(found.kinds)

        self._start(title, self.tr("Reading “{0}”…").format(Path(path).name), work, self._imported)

    def import_site(self, url: str, fetch_image: Any = "web") -> None:
        """Read the site's published posts page by page and import them in a worker thread."""
        from desktop_app.core.imports.fetch import web_fetcher
        from desktop_app.core.imports.wordpress_site import import_site

        fetch = web_fetcher() if fetch_image == "web" else fetch_image

        def work(services: Services, session: Any, progress: _Progress) -> tuple[Any, str]:
            report = import_site(
                url,
                actor=session,
                fetch_image=fetch,
                progress=progress.advanced.emit,
                cancelled=self.cancel_requested.is_set,
                database=services.database,
            )
            return report, ""

        self._start(
            self.tr("Import from WordPress Site"), self.tr("Reading “{0}”…").format(url), work, self._imported
        )

    def import_folder(self, path: str) -> None:
        from desktop_app.core.imports.folders import folder_fetcher, read_folder
        from desktop_app.core.imports.store import import_posts

        def work(services: Services, session: Any, progress: _Progress) -> tuple[Any, str]:
            found = read_folder(path)
            report = import_posts(
                found.posts,
                actor=session,
                fetch_image=folder_fetcher(found),
                progress=progress.advanced.emit,
                cancelled=self.cancel_requested.is_set,
                database=services.database,
            )
            report.merge_reader(found.skipped, found.notes)
            return report, ""

        self._start(
            self.tr("Import Markdown Folder"), self.tr("Reading “{0}”…").format(path), work, self._imported
        )

    def export_folder(self, path: str, layout: str = "hugo") -> None:
        from desktop_app.core.imports.folder_export import export_articles

        def work(services: Services, session: Any, progress: _Progress) -> Any:
            return export_articles(
                services.database,
                path,
                layout=layout,
                progress=progress.advanced.emit,
                cancelled=self.cancel_requested.is_set,
            )

        self._start(self.tr("Export to Markdown Folder"), self.tr("Writing…"), work, self._exported)

    def _start(self, title: str, label: str, work: Callable[..., Any], done: Callable[[Any], None]) -> None:
        if self.busy:
            return
        services = self.services()
        session = self.current_session()
        dialog = self.begin(title, label, name="importProgress", width=460, cancel_text=self.tr("Cancel"))
        dialog.canceled.connect(self._cancel)
        progress = _Progress(self)
        progress.advanced.connect(self._advanced)
        run_in_background(lambda: work(services, session, progress), done, self._failed)

    def _cancel(self) -> None:
        self.cancel_requested.set()
        if self.progress_dialog is not None:
            self.progress_dialog.setLabelText(self.tr("Stopping after the current article…"))

    def _advanced(self, done: int, total: int, title: str) -> None:
        if not self.cancel_requested.is_set():
            self.show_progress(done, total, self.tr("{0} of {1}: {2}").format(done + 1, total, title[:80]))

    def _imported(self, result: tuple[Any, str]) -> None:
        from desktop_app.ui.imports.report_dialog import ImportReportDialog

        report, header = result
        self.finish()
        if report.added or report.updated:
            self.imported.emit()
        dialog = ImportReportDialog(self.current_title, report, self.window, header)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_report = dialog
        dialog.open()

    def _exported(self, report: Any) -> None:
        from desktop_app.import_messages import export_summary

        self.finish()
        self._message(QMessageBox.Icon.Information, export_summary(report))

    def _failed(self, exc: Exception) -> None:
        self.finish()
        wordpress = sys.modules.get("desktop_app.core.wordpress.errors")  # (a site import's)
        if wordpress is not None and isinstance(exc, wordpress.WordPressError):
            from desktop_app.wordpress_messages import wordpress_error_text

            self._message(QMessageBox.Icon.Warning, wordpress_error_text(exc, reading=True))
            return
        self._message(QMessageBox.Icon.Warning, describe_error(exc))

    def _message(self, icon: QMessageBox.Icon, text: str) -> None:
        self.show_message(icon, text, name="importMessage")
