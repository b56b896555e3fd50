"""Shown when the database fails to open at start: explains, never touches the broken file, and
offers the newest good backup, another file, or quit."""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.backups import BackupInfo
from desktop_app.core.dates import computer_datetime
from desktop_app.i18n import current_language


class StartupChoice(enum.Enum):
    QUIT = "quit"
    RESTORE_BACKUP = "restore_backup"
    OTHER_FILE = "other_file"


class StartupFailureDialog(QDialog):
    def __init__(
        self, message: str, target: str, newest_backup: BackupInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("startupFailureDialog")
        self.setAccessibleName(self.tr("The database could not be opened"))
        self.setWindowTitle(self.tr("Redaksi: database not opened"))
        self.choice = StartupChoice.QUIT
        self.other_file: Path | None = None
        self.backup = newest_backup
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48))
        self.message = QLabel(message, self)
        self.message.setObjectName("startupFailureMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("What went wrong"))
        untouched = QLabel(
            self.tr("Redaksi did not change this file. You can keep it for later or for someone to look at."),
            self,
        )
        untouched.setWordWrap(True)
        if newest_backup is not None:
            when = computer_datetime(newest_backup.created_at, current_language())
            count = newest_backup.article_count or 0
            offer = self.tr(
                "The newest good backup is from {0}, with {1} articles. Restoring it "
                "keeps the damaged file beside it."
            ).format(when, count)
        else:
            offer = self.tr("There is no good backup of this database.")
        self.offer = QLabel(offer, self)
        self.offer.setObjectName("startupBackupOffer")
        self.offer.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restore Newest Backup"), self)
        self.restore_button.setObjectName("restoreNewestBackupButton")
        self.restore_button.setAccessibleName(self.tr("Restore the newest good backup"))
        self.restore_button.setEnabled(newest_backup is not None)
        self.restore_button.setDefault(newest_backup is not None)
        self.open_button = QPushButton(self.tr("&Open Another File…"), self)
        self.open_button.setObjectName("openOtherDatabaseButton")
        self.open_button.setAccessibleName(self.tr("Open another database file"))
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        self.quit_button.setObjectName("quitButton")
        self.quit_button.setAccessibleName(self.tr("Quit Redaksi"))
        self.target_label = QLabel(target, self)
        self.target_label.setObjectName("startupFailureTarget")
        self.target_label.setEnabled(False)
        self.target_label.setWordWrap(True)
        texts = QVBoxLayout()
        for widget in (self.message, untouched, self.offer, self.target_label):
            texts.addWidget(widget)
        top = QHBoxLayout()
        top.addWidget(icon, 0)
        top.addLayout(texts, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        self.restore_button.clicked.connect(self._restore)
        self.open_button.clicked.connect(self._open_other)
        self.quit_button.clicked.connect(self.reject)
        self.resize(560, self.sizeHint().height())

    def _restore(self) -> None:
        self.choice = StartupChoice.RESTORE_BACKUP
        self.accept()

    def choose_other_file(self, path: str | Path) -> None:
        self.other_file = Path(path)
        self.choice = StartupChoice.OTHER_FILE
        self.accept()

    def _open_other(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Database"), "", self.tr("Redaksi databases (*.db);;All files (*)")
        )
        if name:
            self.choose_other_file(name)

    def reject(self) -> None:  # Esc, the window's close button and Quit
        self.choice = StartupChoice.QUIT
        super().reject()
