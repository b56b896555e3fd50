"""A dialog that runs work in the background (an export, an upload): while it runs, its Close
button, the window's close box and Esc cancel the work instead of closing over it."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog


class RunningDialog(QDialog):
    """Subclasses set ``_running`` and implement :meth:`cancel`."""

    _running = False

    def cancel(self) -> None:
        raise NotImplementedError

    def _close_or_cancel(self) -> None:
        if self._running:
            self.cancel()
        else:
            self.reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._running:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:  # Qt override (Esc)
        if self._running:
            self.cancel()
            return
        super().reject()
