"""The report shown after an import: the summary, then each part in a list that folds open
(skipped posts with the reason, pictures kept as links, posts imported with changes, then those
added, updated or unchanged), and a button that copies the whole report as text."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.imports.report import ImportReport

#: Sections that hold more lines than this start folded.
OPEN_UP_TO = 30


class ImportReportDialog(QDialog):
    def __init__(
        self, title: str, report: ImportReport, parent: QWidget | None = None, header: str = ""
    ) -> None:
        from desktop_app.import_messages import report_lines, report_sections, section_counts, summary

        super().__init__(parent)
        self.setObjectName("importReportDialog")
        self.setWindowTitle(title)
        self.resize(900, 600)
        self.text = "\n".join(([header] if header else []) + list(report_lines(report)))
        layout = QVBoxLayout(self)
        self.summary = QLabel("\n".join(filter(None, [header, summary(report)])))
        self.summary.setObjectName("importReportSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.details = QTreeWidget()
        self.details.setObjectName("importReportDetails")
        self.details.setAccessibleName(self.tr("Import report"))
        self.details.setHeaderHidden(True)
        self.details.setUniformRowHeights(True)
        for (heading, lines), count in zip(report_sections(report), section_counts(report), strict=True):
            section = QTreeWidgetItem([self.tr("{0} ({1})").format(heading, count)])
            font = section.font(0)
            font.setBold(True)
            section.setFont(0, font)
            for line in lines:
                item = QTreeWidgetItem([line])
                item.setToolTip(0, line)
                section.addChild(item)
            self.details.addTopLevelItem(section)
            section.setExpanded(len(lines) <= OPEN_UP_TO)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy Report"))
        self.copy_button.setObjectName("importReportCopy")
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def details_text(self) -> str:
        """Every line of the list, folded or not (tests read it)."""
        lines = []
        for index in range(self.details.topLevelItemCount()):
            section = self.details.topLevelItem(index)
            if section is None:
                continue
            lines.append(section.text(0))
            children = (section.child(n) for n in range(section.childCount()))
            lines.extend("  " + child.text(0) for child in children if child is not None)
        return "\n".join(lines)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text)
