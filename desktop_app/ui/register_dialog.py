"""Records ▸ Press Release Register…: every press-release number given (never reused, also
after a deletion), by year, with the title, the date it was given, the article's status now and
who approved it; saved as CSV or as an OpenDocument spreadsheet for the office's files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.press_releases import PressReleaseService, RegisterRow
from desktop_app.core.spreadsheet import write_csv, write_ods
from desktop_app.register_text import register_cells, register_header, sheet_name


class RegisterDialog(QDialog):
    """The register in a table; the year chosen above it (the newest by default)."""

    def __init__(self, press_releases: PressReleaseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = press_releases
        self.rows: list[RegisterRow] = []
        self.setObjectName("registerDialog")
        self.setWindowTitle(self.tr("Press Release Register"))
        self.resize(900, 480)

        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("registerYear")
        self.year_combo.setAccessibleName(self.tr("Year"))
        self.year_combo.addItem(self.tr("All years"), None)
        for year in press_releases.years():
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(1 if self.year_combo.count() > 1 else 0)
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year_combo)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("registerCount")
        self.count_label.setProperty("muted", True)

        self.table = QTableWidget(0, len(register_header()), self)
        self.table.setObjectName("registerTable")
        self.table.setAccessibleName(self.tr("Press-release numbers"))
        self.table.setHorizontalHeaderLabels(register_header())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(
            self.tr("No press release has a number yet. A press release is numbered when it is approved."),
            self,
        )
        self.empty_label.setObjectName("registerEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.csv_button = QPushButton(self.tr("Save as &CSV…"), self)
        self.csv_button.setObjectName("registerSaveCsv")
        self.ods_button = QPushButton(self.tr("Save as &Spreadsheet (ODS)…"), self)
        self.ods_button.setObjectName("registerSaveOds")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.csv_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.ods_button, QDialogButtonBox.ButtonRole.ActionRole)

        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year_combo)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)

        self.year_combo.currentIndexChanged.connect(self.refresh)
        self.csv_button.clicked.connect(lambda: self.save_csv())
        self.ods_button.clicked.connect(lambda: self.save_ods())
        self.refresh()

    def year(self) -> int | None:
        return self.year_combo.currentData()

    def refresh(self) -> None:
        self.rows = self.service.register(self.year())
        self.table.setRowCount(len(self.rows))
        for line, row in enumerate(self.rows):
            for column, text in enumerate(register_cells(row)):
                item = QTableWidgetItem(" ".join(text.split()))
                item.setToolTip(text)
                self.table.setItem(line, column, item)
        self.count_label.setText(self.tr("%n number(s)", "", len(self.rows)))
        empty = not self.rows
        self.table.setVisible(not empty)
        self.empty_label.setVisible(empty)
        self.csv_button.setEnabled(not empty)
        self.ods_button.setEnabled(not empty)

    def _default_name(self, suffix: str) -> str:
        year = self.year()
        name = self.tr("press-release-register") + (f"-{year}" if year else "")
        return str(Path.home() / f"{name}.{suffix}")

    def save_csv(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save as CSV"), self._default_name("csv"), self.tr("CSV files (*.csv)")
            )
        if not path:
            return False
        table = [register_cells(row) for row in self.rows]
        try:
            with open(path, "w", encoding="utf-8", newline="") as stream:
                write_csv(stream, register_header(), table)
        except OSError as exc:
            return self._failed(path, exc)
        return True

    def save_ods(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save as Spreadsheet"),
                self._default_name("ods"),
                self.tr("OpenDocument spreadsheets (*.ods)"),
            )
        if not path:
            return False
        table = [register_cells(row) for row in self.rows]
        try:
            write_ods(path, register_header(), table, sheet_name(self.year()))
        except OSError as exc:
            return self._failed(path, exc)
        return True

    def _failed(self, path: str, exc: OSError) -> bool:
        QMessageBox.warning(
            self,
            self.windowTitle(),
            self.tr("“{0}” could not be written: {1}").format(path, exc.strerror or exc),
        )
        return False
