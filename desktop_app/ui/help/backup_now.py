"""File ▸ Back Up Now: a backup of the open database made at once, in a worker thread.

The same backup as the automatic ones (:class:`desktop_app.core.backups.BackupService`: SQLite's
online backup API into the ``backups`` folder beside the database, then the folder's rotation),
after the editor's text is saved, so the backup holds what is on screen. The status bar says
where the backup is; a failure (disk full, a folder that cannot be written) is a translated
message. A PostgreSQL database is backed up on its server: the message says how.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from desktop_app.messages import describe_error

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

#: How long the status bar shows where the backup went (ms).
MESSAGE_MS = 30_000


class BackupNow(QObject):
    """Makes backups of ``window``'s database on request; one at a time."""

    succeeded = Signal(object)  # the new backup's Path
    failed = Signal(str)  # the message shown

    def __init__(self, window: Any, action: QAction) -> None:  # the MainWindow (which imports this)
        super().__init__(window)
        self.window = window
        self.action = action
        self.running = False
        self.unsaved = False

    def start(self) -> bool:
        """Begin a backup; False when none was started (one is running, or the database is
        not one Redaksi can back up: said in a message)."""
        window = self.window
        if self.running:
            return False
        service = window.services.backups
        if not service.supported:
            self._refuse(
                self.tr(
                    "This database is on a PostgreSQL server: Redaksi cannot back it up from here. "
                    "Ask the server's administrator to make a backup there (for example with "
                    "pg_dump), or to confirm that the server's regular backups are running."
                )
            )
            return False
        # the backup is to hold what is on screen; when that cannot be saved (the reason is in
        # the banner), what is saved is backed up all the same
        self.unsaved = not window.flush()
        self.running = True
        self.action.setEnabled(False)
        window.statusBar().showMessage(self.tr("Backing up the database…"))
        database = window.services.database

        def work() -> Path:
            try:
                return service.create()
            finally:
                database.close()  # this worker thread's own connection

        from desktop_app.workers import run_in_background

        run_in_background(work, self._done, self._failed)
        return True

    def _finish(self) -> bool:
        """Back on the GUI thread; False when the window is gone meanwhile."""
        self.running = False
        try:
            self.action.setEnabled(True)
            return not getattr(self.window, "_retired", False)
        except RuntimeError:  # deleted with its window
            return False

    def _done(self, path: Path) -> None:
        if not self._finish():
            return
        message = self.tr("Backup made: {0}").format(str(path))
        if self.unsaved:
            message += " " + self.tr(
                "The latest changes of the open article are not in it: they could not be saved."
            )
        self.window.statusBar().showMessage(message, MESSAGE_MS)
        self.succeeded.emit(Path(path))

    def _failed(self, exc: Exception) -> None:
        if not self._finish():
            return
        self.window.statusBar().clearMessage()
        message = self.tr("No backup was made. {0}").format(describe_error(exc))
        QMessageBox.warning(self.window, self.tr("Back Up Now"), message)
        self.failed.emit(message)

    def _refuse(self, message: str) -> None:
        QMessageBox.information(self.window, self.tr("Back Up Now"), message)
        self.failed.emit(message)
