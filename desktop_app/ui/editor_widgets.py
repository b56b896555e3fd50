"""The widgets inside the article editor: the Markdown body and the tag completer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QCompleter, QPlainTextEdit

from desktop_app.ui.scroll_bar import SteadyScrollBar

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff"})


class MarkdownTextEdit(QPlainTextEdit):
    """The body editor: plain text, image drops and pastes become signals, not text."""

    image_files_dropped = Signal(list)
    image_pasted = Signal(bytes)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBar(SteadyScrollBar(Qt.Orientation.Vertical, self))

    @staticmethod
    def _image_paths(source: QMimeData) -> list[str]:
        if not source.hasUrls():
            return []
        paths = [url.toLocalFile() for url in source.urls() if url.isLocalFile()]
        return [p for p in paths if Path(p).suffix.lower() in IMAGE_SUFFIXES]

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt override
        return bool(self._image_paths(source)) or source.hasImage() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        paths = self._image_paths(source)
        if paths:
            self.image_files_dropped.emit(paths)
            return
        if source.hasImage() and not source.hasText():
            image = QImage(source.imageData())
            if not image.isNull():
                data = QByteArray()
                buffer = QBuffer(data)
                buffer.open(QIODevice.OpenModeFlag.WriteOnly)
                image.save(buffer, "PNG")
                self.image_pasted.emit(bytes(data.data()))
            return
        # Plain text only: pasting from a web page or a word processor must not bring markup.
        if source.hasText():
            self.textCursor().insertText(source.text())
            self.ensureCursorVisible()
            return
        super().insertFromMimeData(source)


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt override
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index) -> str:  # noqa: N802 - Qt override
        current = self.widget().text() if self.widget() else ""
        head = current.rsplit(",", 1)[0] + ", " if "," in current else ""
        return head + str(index.data())
