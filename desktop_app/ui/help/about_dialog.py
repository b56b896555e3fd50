"""Help ▸ About Redaksi: the version, the licence (readable in full), where the data is, the
database in use (a server URL without its password), the Qt, PySide6 and Python versions, and
a button that copies all of it for a support request."""

from __future__ import annotations

from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import Qt, QTimer, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.about import LICENCE_URL, Installation, installation, licence_text
from desktop_app.ui.window_layout import application_icon

if TYPE_CHECKING:
    from pathlib import Path

    from desktop_app.services import Services
    from desktop_app.settings import Settings


class LicenceDialog(QDialog):
    """The GNU General Public License, version 3, in full."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("licenceDialog")
        self.setWindowTitle(self.tr("Licence: GNU General Public License, version 3"))
        self.resize(680, 600)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("licenceText")
        self.text.setAccessibleName(self.tr("Licence text"))
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        text = licence_text()
        self.text.setPlainText(
            text or self.tr("The licence text is missing from this installation: see {0}").format(LICENCE_URL)
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)


def _value_field(value: str, parent: QWidget) -> QLineEdit:
    """A value to read, select and copy: a path is never cut at a slash nor wrapped."""
    field = QLineEdit(value, parent)
    field.setReadOnly(True)
    field.setFrame(False)
    field.setCursorPosition(0)
    field.setToolTip(value)
    field.setStyleSheet("QLineEdit { background: transparent; }")
    return field


class AboutDialog(QDialog):
    """What this Redaksi is and what it has open."""

    def __init__(
        self, services: Services, settings: Settings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Redaksi"))
        self.info: Installation = installation(services.database, services.target)
        self.settings_folder: Path | None = settings.config_dir if settings is not None else None
        self.backups_folder: Path | None = services.backups.folder if services.backups.supported else None

        icon = QLabel(self)
        icon.setPixmap(application_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"<h2>Redaksi {self.info.version}</h2>", self)
        title.setObjectName("aboutTitle")
        blurb = QLabel(
            self.tr(
                "The newsroom editor for a regional government communications office: write, "
                "review, approve and publish news, offline."
            ),
            self,
        )
        blurb.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(blurb)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(heading, 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.rows: list[tuple[str, str]] = []  # what Copy Details copies

        def row(label: str, value: str, name: str, extra: QWidget | None = None) -> QWidget:
            field: QWidget
            if extra is self.licence_button:  # words: wrapped
                field = QLabel(value, self)
                field.setWordWrap(True)
                field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            else:
                field = _value_field(value, self)
            field.setObjectName(name)
            field.setAccessibleName(label)
            if extra is None:
                form.addRow(label + ":", field)
            else:
                box = QHBoxLayout()
                box.addWidget(field, 1)
                box.addWidget(extra, 0, Qt.AlignmentFlag.AlignTop)
                form.addRow(label + ":", box)
            self.rows.append((label, value))
            return field

        self.licence_button = QPushButton(self.tr("&Read…"), self)
        self.licence_button.setObjectName("aboutReadLicence")
        self.licence_button.setToolTip(self.tr("Read the full text of the licence"))
        self.licence_button.clicked.connect(self.show_licence)
        row(self.tr("Version"), self.info.version, "aboutVersion")
        row(
            self.tr("Licence"),
            self.tr("GNU General Public License, version 3 or later ({0})").format(self.info.licence),
            "aboutLicence",
            self.licence_button,
        )
        self.folder_button = QPushButton(self.tr("&Open"), self)
        self.folder_button.setObjectName("aboutOpenDataFolder")
        self.folder_button.setToolTip(self.tr("Open the data folder in the file manager"))
        self.folder_button.clicked.connect(lambda: self.open_folder(self.info.data_folder))
        self.folder_button.setEnabled(self.info.data_folder.is_dir())  # not made until it is used
        row(self.tr("Data folder"), str(self.info.data_folder), "aboutDataFolder", self.folder_button)
        if self.info.backend == "sqlite":
            row(self.tr("Database"), self.tr("SQLite file {0}").format(self.info.database), "aboutDatabase")
        else:
            row(
                self.tr("Database"),
                self.tr("PostgreSQL server {0}").format(self.info.database),
                "aboutDatabase",
            )
        if self.backups_folder is not None:
            row(self.tr("Backups"), str(self.backups_folder), "aboutBackups")
        if self.settings_folder is not None:
            row(self.tr("Settings folder"), str(self.settings_folder), "aboutSettings")
        row(self.tr("Qt and PySide6"), f"Qt {qVersion()}, PySide6 {PySide6.__version__}", "aboutQt")
        row(self.tr("Python"), self.info.python, "aboutPython")
        row(self.tr("System"), self.info.system, "aboutSystem")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.copy_button = buttons.addButton(self.tr("&Copy Details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setObjectName("aboutCopy")
        self.copy_button.setToolTip(self.tr("Copy these details, to paste into a support request"))
        self.copy_button.clicked.connect(self.copy_details)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)

    def details_text(self) -> str:
        """The details as plain text, one per line."""
        return "\n".join(
            [f"Redaksi {self.info.version}"] + [f"{label}: {value}" for label, value in self.rows]
        )

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
        self.copy_button.setText(self.tr("Copied"))
        QTimer.singleShot(2000, self, lambda: self.copy_button.setText(self.tr("&Copy Details")))

    def show_licence(self) -> None:
        LicenceDialog(self).exec()

    def open_folder(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
