"""A long schema upgrade, shown while it runs (``db.migrate``'s progress callback).

Opening a database from an older Redaksi may rebuild something big once (the search index of a
large archive: a minute or more). :class:`UpgradeProgress` is the callback the window passes to
``open_database``: it shows nothing until an upgrade reports, then a progress dialog that keeps
the window alive between batches; Cancel stops the upgrade (what it finished is kept, and the
next opening goes on from there)."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from desktop_app.core.upgrades import STEP_COMPACT, MigrationCancelled


def _tr(text: str) -> str:
    return QCoreApplication.translate("UpgradeProgress", text)


def progress_text(step: str, done: int, total: int) -> str:
    if step == STEP_COMPACT:
        return _tr("Compacting the database…") if total == 0 else _tr("Compacting the database: done")
    return _tr("Updating the search index: {0} of {1} articles").format(done, total)


def cancelled_text() -> str:
    return _tr(
        "The upgrade of the database was stopped. What it finished is kept: it goes on the next "
        "time Redaksi opens this database."
    )


class UpgradeProgress:
    """Call it as ``progress(step, done, total)``; :meth:`close` when the opening is over."""

    def __init__(self, parent: QWidget | None = None, *, show_after_s: float = 0.5) -> None:
        self.parent = parent
        self.dialog: QProgressDialog | None = None
        self.show_after_s = show_after_s  # a quick upgrade shows nothing
        self._started: float | None = None

    def __call__(self, step: str, done: int, total: int) -> None:
        now = time.monotonic()
        if self._started is None:
            self._started = now
        if self.dialog is None and now - self._started < self.show_after_s:
            return
        if self.dialog is None:
            self.dialog = QProgressDialog(self.parent)
            self.dialog.setObjectName("upgradeProgress")
            self.dialog.setWindowTitle(_tr("Upgrading the database"))
            self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            self.dialog.setCancelButtonText(_tr("Stop"))
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.setMinimumDuration(0)
            self.dialog.setMinimumWidth(420)
            self.dialog.show()
        self.dialog.setLabelText(progress_text(step, done, total))
        self.dialog.setMaximum(max(total, 0))  # 0: no estimate (a busy bar)
        if total:
            self.dialog.setValue(min(done, total))
        QApplication.processEvents()  # the dialog paints, and Stop can be pressed
        if self.dialog.wasCanceled():
            raise MigrationCancelled()

    @property
    def shown(self) -> bool:
        return self.dialog is not None

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
