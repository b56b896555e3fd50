"""File ▸ Print… (Qt's print preview and print dialog, in Indonesian), File ▸ Export as PDF…,
Article ▸ Export as Word… / OpenDocument… in the main window."""

from __future__ import annotations

import zipfile

import pytest

from tests.export.print_tools import pdf_text

EGOV = "E-Government : Konsep Dan Implementasi"


@pytest.fixture
def egov_window(make_window, demo_target):
    window = make_window(show=False)
    [headline] = [h for h in window.articles.list_headlines() if h.title == EGOV]
    window.open_article(headline.id)
    assert window.current_article_id() == headline.id
    return window


def _save_as(monkeypatch, path):
    offered = []
    monkeypatch.setattr(
        "desktop_app.ui.print_controller.QFileDialog.getSaveFileName",
        lambda _parent, _title, suggested, _filter: offered.append(suggested) or (str(path), ""),
    )
    return offered


def test_print_and_export_actions_are_in_the_menus(egov_window):
    from PySide6.QtGui import QKeySequence

    printing = egov_window.printing
    assert printing.action_print.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert printing.action_print in egov_window.file_menu.actions()
    assert printing.action_export_pdf in egov_window.file_menu.actions()
    assert printing.action_export_docx in egov_window.article_menu.actions()
    assert printing.action_export_odt in egov_window.article_menu.actions()
    assert all(action.isEnabled() for action in printing.actions)


def test_print_paints_the_sheet_through_the_preview(egov_window, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    target = tmp_path / "printed.pdf"
    shown = []

    def exec_(dialog):  # the person presses Print: Qt hands its printer to paintRequested
        shown.append(dialog.windowTitle())
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        dialog.paintRequested.emit(printer)
        return 1

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    egov_window.printing.action_print.trigger()
    assert shown == ["Print Approval Sheet"]
    text = " ".join(pdf_text(target).split())
    assert EGOV in text
    assert "Page 1 of" in text  # the window runs in English here


def test_export_pdf_docx_and_odt_of_the_open_article(egov_window, monkeypatch, tmp_path):
    import docx

    offered = _save_as(monkeypatch, tmp_path / "sheet")  # the suffix is added
    egov_window.printing.action_export_pdf.trigger()
    assert offered[0].endswith(".pdf")
    assert EGOV in " ".join(pdf_text(tmp_path / "sheet.pdf").split())
    _save_as(monkeypatch, tmp_path / "artikel.docx")
    egov_window.printing.action_export_docx.trigger()
    document = docx.Document(str(tmp_path / "artikel.docx"))
    assert document.paragraphs[0].text == EGOV
    _save_as(monkeypatch, tmp_path / "artikel.odt")
    egov_window.printing.action_export_odt.trigger()
    with zipfile.ZipFile(tmp_path / "artikel.odt") as archive:
        assert EGOV in archive.read("content.xml").decode("utf-8")


def test_an_unwritable_target_says_why_and_leaves_nothing(egov_window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: warnings.append((title, text)))
    _save_as(monkeypatch, tmp_path / "missing-folder" / "x.docx")
    assert egov_window.printing.export_docx() is None
    assert warnings
    assert warnings[0][0] == "Export as Word"
    assert "could not be written" in warnings[0][1]
    assert not (tmp_path / "missing-folder").exists()


def test_qt_print_dialogs_speak_indonesian(qapp):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QAction
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from desktop_app import i18n

    i18n.install_translators(qapp, "id")
    try:
        dialog = QPrintPreviewDialog(QPrinter())
        texts = {action.text() for action in dialog.findChildren(QAction)}
        assert {"Perbesar", "Perkecil", "Halaman berikutnya", "Cetak", "Pengaturan halaman"} <= texts
        assert "Zoom in" not in texts
        for context, source in (
            ("QPrintDialog", "Print to File (PDF)"),
            ("QPrintSettingsOutput", "Copies:"),
            ("QPageSetupWidget", "Orientation"),
            ("QPrintWidget", "Printer"),
        ):
            assert QCoreApplication.translate(context, source) != source, source
        dialog.deleteLater()
    finally:
        i18n.install_translators(qapp, "en")
