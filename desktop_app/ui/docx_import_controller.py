"""File ▸ Import Word Document…: a .docx chosen by the writer becomes a new draft
(:mod:`desktop_app.core.docx_import`, in a worker thread with a progress dialog), which opens;
what did not come through is shown afterwards."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.messages import describe_error
from desktop_app.ui.imports.background import BackgroundImportController
from desktop_app.workers import run_in_background

if TYPE_CHECKING:
    from desktop_app.core.docx_import import ImportOutcome


class _Progress(QObject):
    """Emitted from the worker thread; delivered on the GUI thread (queued)."""

    advanced = Signal(int, int)


class DocxImportController(BackgroundImportController):
    """Owns the action; ``open_imported(article_id)`` shows the new draft in the window."""

    #: the new draft's id, after it was stored
    imported = Signal(int)

    def create_actions(self) -> list[QAction]:
        self.action = self.make_action(
            self.tr("I&mport Word Document…"), "actionImportDocx", self.choose_and_import,
            self.tr("Make a new draft from a Word document (.docx) and its pictures"),
        )  # fmt: skip
        return [self.action]

    def choose_and_import(self) -> None:
        if not self.ready_to_import():
            return
        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import Word Document"),
            self.last_folder,
            self.tr("Word documents (*.docx *.docm);;All files (*)"),
        )
        if path:
            self.last_folder = str(Path(path).parent)
            self.import_file(path)

    def import_file(self, path: str, category: str | None = None) -> None:
        """Read ``path`` in a worker thread, store it, open the new draft."""
        if self.busy:
            return
        from desktop_app.core.docx_import import import_docx

        services = self.services()
        session = self.current_session()
        # no Cancel: the import stores everything or nothing, so it runs to the end
        label = self.tr("Importing “{0}”…").format(Path(path).name)
        self.begin(self.tr("Import Word Document"), label, name="docxImportProgress", width=420)
        progress = _Progress(self)
        progress.advanced.connect(self._advanced)

        def work() -> ImportOutcome:
            return import_docx(
                path,
                services.articles,
                services.assets,
                actor=session,
                category=category,
                progress=progress.advanced.emit,
            )

        run_in_background(work, self._succeeded, self._failed)

    def _advanced(self, done: int, total: int) -> None:
        self.show_progress(done, total, self.tr("Preparing pictures: {0} of {1}").format(done, total))

    def _succeeded(self, outcome: ImportOutcome) -> None:
        from desktop_app.docx_messages import notice_lines, summary

        self.finish()
        self.imported.emit(outcome.article.id)
        lines = notice_lines(outcome.notices)
        text = summary(outcome.article.title, outcome.images_added, outcome.images_reused)
        self._report(QMessageBox.Icon.Information, text, lines)

    def _failed(self, exc: Exception) -> None:
        self.finish()
        self._report(
            QMessageBox.Icon.Warning,
            self.tr("The document was not imported; nothing was stored."),
            [describe_error(exc)],
        )

    def _report(self, icon: QMessageBox.Icon, text: str, lines: list[str]) -> None:
        self.show_message(icon, text, name="docxImportReport", lines=lines)
