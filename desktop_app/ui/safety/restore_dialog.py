"""Help ▸ Restore from Backup…: the backups of the open database with dates and article counts.

The list shows at once; each backup is then checked in the background, newest first (reading a
large archive's backups takes seconds each): its article count and state fill in when known, a
damaged one is greyed out. A backup still being checked may be chosen: restoring checks it in
full before anything is replaced.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.backups import BackupInfo
from desktop_app.core.dates import computer_datetime
from desktop_app.i18n import current_language

PATH_ROLE = Qt.ItemDataRole.UserRole


class RestoreBackupDialog(QDialog):
    """Lists backups (newest first); the chosen one is :meth:`selected_path` after ``exec()``.

    The dialog only chooses: the caller closes the database and restores, so the current
    database is kept aside by :func:`db.backup.restore_backup`.
    """

    def __init__(
        self,
        backups: list[BackupInfo],
        database_name: str,
        parent: QWidget | None = None,
        check: Callable[[Path], BackupInfo] | None = None,
    ) -> None:
        """``backups`` may be unchecked (:func:`db.backup.backup_entries`): ``check`` reads
        one, in a worker thread."""
        super().__init__(parent)
        self._check = check
        self._unchecked: list[QTreeWidgetItem] = []
        self._in_flight = False
        self._closed = False
        self.setObjectName("restoreBackupDialog")
        self.setAccessibleName(self.tr("Restore from backup"))
        self.setWindowTitle(self.tr("Restore from Backup"))
        self._chosen: Path | None = None
        intro = QLabel(
            self.tr(
                "Choose a backup of “{0}”. The database as it is now is kept beside it "
                "(“.before-restore-…”), so restoring can be undone."
            ).format(database_name),
            self,
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels([self.tr("Date"), self.tr("Articles"), self.tr("Size"), self.tr("State")])
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        locale = QLocale()
        for info in backups:
            date = computer_datetime(info.created_at, current_language())
            item = QTreeWidgetItem([date, "", locale.formattedDataSize(info.size), ""])
            item.setData(0, PATH_ROLE, str(info.path))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, str(info.path))
            self.list.addTopLevelItem(item)
            if info.checked or check is None:
                self._show_state(item, info.article_count, info.ok)
            else:
                item.setText(1, "…")
                item.setText(3, self.tr("Checking…"))
                self._unchecked.append(item)
        for column in (1, 2, 3):
            self.list.resizeColumnToContents(column)
        self.empty = QLabel(
            self.tr(
                "There are no backups yet. Redaksi makes one when it starts (once a day) and when it closes."
            ),
            self,
        )
        self.empty.setObjectName("noBackups")
        self.empty.setWordWrap(True)
        self.empty.setVisible(not backups)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.file_button = QPushButton(self.tr("Other &File…"), self)
        self.file_button.setObjectName("restoreOtherFileButton")
        self.file_button.setAccessibleName(self.tr("Restore from another backup file"))
        self.buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.restore_button.clicked.connect(self._restore_selected)
        self.file_button.clicked.connect(self._choose_file)
        self.buttons.rejected.connect(self.reject)
        self.list.itemSelectionChanged.connect(self._update)
        self.list.itemDoubleClicked.connect(lambda *_: self._restore_selected())
        self._select_newest_usable()
        self._update()
        self.resize(620, 380)
        self._check_next()

    def _show_state(self, item: QTreeWidgetItem, count: int | None, ok: bool) -> None:
        item.setText(1, "—" if count is None else QLocale().toString(count))
        item.setText(3, self.tr("Good") if ok else self.tr("Unusable"))
        if not ok:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            item.setDisabled(True)

    def _select_newest_usable(self) -> None:
        """Unless a usable row is chosen already: the newest backup not found unusable."""
        current = self.list.currentItem()
        if current is not None and not current.isDisabled():
            return
        rows = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        usable = next((item for item in rows if not item.isDisabled()), None)
        if usable is not None:
            self.list.setCurrentItem(usable)

    def _check_next(self) -> None:
        """Check the next unchecked backup in a worker thread (one at a time: they are read
        from the same disk); nothing more once the dialog is closed."""
        if not self._unchecked or self._check is None or self._closed:
            return
        from desktop_app.workers import run_in_background

        item = self._unchecked.pop(0)
        path, check = Path(item.data(0, PATH_ROLE)), self._check
        self._in_flight = True
        run_in_background(
            lambda: check(path), lambda info: self._checked(item, info), lambda exc: self._checked(item, None)
        )

    def _checked(self, item: QTreeWidgetItem, info: BackupInfo | None) -> None:
        self._in_flight = False
        if self._closed:
            return  # its rows may be gone
        if info is None:  # the check itself failed: the file cannot be read
            self._show_state(item, None, False)
        else:
            self._show_state(item, info.article_count, info.ok)
        self._select_newest_usable()
        self._update()
        self._check_next()

    def checking(self) -> bool:
        """Whether some backups are still being checked."""
        return bool(self._unchecked) or self._in_flight

    def done(self, result: int) -> None:
        self._closed = True  # no more checks
        super().done(result)

    def _update(self) -> None:
        self.restore_button.setEnabled(bool(self.list.selectedItems()))

    def _restore_selected(self) -> None:
        items = self.list.selectedItems()
        if items:
            self._chosen = Path(items[0].data(0, PATH_ROLE))
            self.accept()

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from Backup File"), "", self.tr("Redaksi databases (*.db);;All files (*)")
        )
        if name:
            self._chosen = Path(name)
            self.accept()

    def select_path(self, path: str | Path) -> None:
        """Select the row of ``path`` (for tests and keyboard users)."""
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item.data(0, PATH_ROLE) == str(path):
                self.list.setCurrentItem(item)

    def selected_path(self) -> Path | None:
        return self._chosen
