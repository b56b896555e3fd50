"""The report shown after an import: the summary, then each part (added, updated, skipped with
the reason, imported with changes, pictures kept as links, unchanged) in a list that can be
read, searched and copied."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop_app.core.imports.report import ImportReport


class ImportReportDialog(QDialog):
    def __init__(
        self, title: str, report: ImportReport, parent: QWidget | None = None, header: str = ""
    ) -> None:
        from desktop_app.import_messages import report_sections, summary

        super().__init__(parent)
        self.setObjectName("importReportDialog")
        self.setWindowTitle(title)
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        self.summary = QLabel((header + "\n" if header else "") + summary(report))
        self.summary.setObjectName("importReportSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.details = QPlainTextEdit()
        self.details.setObjectName("importReportDetails")
        self.details.setAccessibleName(self.tr("Import report"))
        self.details.setReadOnly(True)
        parts = []
        for heading, lines in report_sections(report):
            parts.append(f"{heading} ({len(lines)})")
            parts.extend("  • " + line for line in lines)
            parts.append("")
        self.details.setPlainText("\n".join(parts))
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
