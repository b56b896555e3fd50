"""What the import controllers share (File ▸ Import Word Document… and File ▸ Import ▸ …): the
services, window and session they work with, the check before an import starts, the busy state
that turns their actions off, the progress dialog of the work running in a worker thread, and the
message box shown after. The texts are the controllers' own (each translates in its context)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

if TYPE_CHECKING:
    from desktop_app.services import Services


class BackgroundImportController(QObject):
    """Subclasses make their actions in :meth:`create_actions`."""

    def __init__(
        self,
        services: Callable[[], Services],
        window: QWidget,
        current_session: Callable[[], Any],
        before_import: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(window)
        self.services = services
        self.window = window
        self.current_session = current_session
        self.before_import = before_import  # saves the open article; False: stay
        self.last_folder = ""
        self.busy = False
        self.progress_dialog: QProgressDialog | None = None
        self.last_report: QWidget | None = None
        self.current_title = ""  # the running (or last) work's, for its dialogs
        self.cancel_requested = threading.Event()  # Cancel pressed (work that can stop checks it)
        self.actions: list[QAction] = self.create_actions()

    def create_actions(self) -> list[QAction]:
        """The controller's actions: off while it is busy."""
        raise NotImplementedError

    def make_action(self, text: str, name: str, slot: Callable[[], None], tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def ready_to_import(self) -> bool:
        """Nothing running, and the open article saved (or nothing to save)."""
        return not self.busy and self.before_import()

    def begin(
        self, title: str, label: str, *, name: str, width: int, cancel_text: str = ""
    ) -> QProgressDialog:
        """Busy, the actions off, and a window-modal progress dialog (shown after 0.3 s), with a
        Cancel button only when ``cancel_text`` is given; ``title`` is the current title."""
        self.busy = True
        self.current_title = title
        self.cancel_requested.clear()
        for action in self.actions:
            action.setEnabled(False)
        dialog = QProgressDialog(label, cancel_text, 0, 0, self.window)
        dialog.setObjectName(name)
        dialog.setWindowTitle(title)
        dialog.setMinimumWidth(width)
        if not cancel_text:
            dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress_dialog = dialog
        return dialog

    def show_progress(self, done: int, total: int, label: str) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setMaximum(total)
            self.progress_dialog.setValue(done)
            self.progress_dialog.setLabelText(label)

    def finish(self) -> None:
        """Not busy any more: the actions on, the progress dialog gone."""
        self.busy = False
        for action in self.actions:
            action.setEnabled(True)
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def show_message(
        self, icon: QMessageBox.Icon, text: str, *, name: str, lines: Sequence[str] = ()
    ) -> None:
        """A message box titled as the work (not waited for: tests and the window go on),
        ``lines`` as a list below."""
        box = QMessageBox(icon, self.current_title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName(name)
        if lines:
            box.setInformativeText("\n".join("• " + line for line in lines))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_report = box
        box.open()
