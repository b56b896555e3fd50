"""The import controllers' shared busy state and progress dialog: the Word import's dialog has no
Cancel (it stores all or nothing), the other imports' has one; while busy every action of the
controller is off, nothing new starts, and the actions come back when the work is done."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from desktop_app.ui.docx_import_controller import DocxImportController
from desktop_app.ui.imports.controller import ImportsController


def _buttons(dialog) -> list[str]:
    return [button.text() for button in dialog.findChildren(QPushButton) if not button.isHidden()]


def test_busy_turns_the_actions_off_and_finish_turns_them_on(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    saved = []
    docx = DocxImportController(lambda: None, window, lambda: None, lambda: saved.append(1) or True)
    dialog = docx.begin("Import Word Document", "Importing…", name="docxImportProgress", width=420)
    dialog.show()
    assert docx.busy
    assert not docx.action.isEnabled()
    assert _buttons(dialog) == []
    assert not docx.ready_to_import()
    assert saved == []
    docx.show_progress(3, 10, "Preparing pictures: 3 of 10")
    assert (dialog.value(), dialog.maximum(), dialog.labelText()) == (3, 10, "Preparing pictures: 3 of 10")
    docx.finish()
    assert not docx.busy
    assert docx.action.isEnabled()
    assert docx.progress_dialog is None
    assert docx.ready_to_import()
    assert saved == [1]

    imports = ImportsController(lambda: None, window, lambda: None, lambda: False)
    dialog = imports.begin("Import", "Reading…", name="importProgress", width=460, cancel_text="Cancel")
    dialog.show()
    assert [action.isEnabled() for action in imports.actions] == [False] * 4
    assert _buttons(dialog) == ["Cancel"]
    imports.finish()
    assert [action.isEnabled() for action in imports.actions] == [True] * 4
    assert not imports.ready_to_import()  # the open article could not be saved: stay


def test_the_message_after_the_work_bears_its_title_and_lists_its_lines(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    docx = DocxImportController(lambda: None, window, lambda: None)
    docx.begin("Import Word Document", "Importing…", name="docxImportProgress", width=420)
    docx.finish()
    docx.show_message(QMessageBox.Icon.Warning, "Not imported.", name="docxImportReport", lines=["a", "b"])
    box = docx.last_report
    assert isinstance(box, QMessageBox)
    assert box.objectName() == "docxImportReport"
    assert (box.windowTitle(), box.text(), box.informativeText()) == (
        "Import Word Document",
        "Not imported.",
        "• a\n• b",
    )
    box.close()
