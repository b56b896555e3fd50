"""Adding images to the open article: file dialog, drop, paste → import → ImageDialog → insert.

The main window makes one :class:`MediaController` and connects the editor's
``image_files_dropped(list)`` and ``image_pasted(bytes)`` to :meth:`import_files` and
:meth:`import_pasted`. Decoding and resizing run in a worker (``desktop_app.workers``); storing
and the dialogs happen on the GUI thread, one image after another.

The editor is used through a small interface: ``insert_at_cursor(text)``, ``body_text()`` and
``cursor_position()``; when it also has ``set_featured_image_id(id | None)`` (and
``changes().featured_image_id``) the image dialog offers "use as featured image".
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from desktop_app.core.errors import RedaksiError
from desktop_app.core.media import (
    AssetData,
    AssetImageProvider,
    AssetService,
    ImportResult,
    as_block,
    markdown_for,
)
from desktop_app.core.media_images import PreparedImage, prepare_file, prepare_image
from desktop_app.messages import describe_error
from desktop_app.ui.media.image_dialog import ImageDialog
from desktop_app.ui.media.library_dialog import MediaLibraryDialog

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff")


def _run_in_background(
    fn: Callable[[], Any], on_success: Callable[[Any], None], on_failure: Callable[[Exception], None]
) -> None:
    try:
        from desktop_app.workers import run_in_background
    except ImportError:  # pragma: no cover - the helper is part of the main window's package
        try:
            result = fn()
        except Exception as exc:  # noqa: BLE001 - handed to the failure callback
            on_failure(exc)
        else:
            on_success(result)
        return
    run_in_background(fn, on_success, on_failure)


def _qt_position(text: str, index: int) -> int:
    """A Python string index as a QTextDocument position (UTF-16 code units)."""
    return len(text[:index].encode("utf-16-le")) // 2


def _python_index(text: str, position: int) -> int:
    """A QTextDocument position as a Python string index."""
    units = 0
    for i, char in enumerate(text):
        if units >= position:
            return i
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


def _restore_cursor() -> None:
    while QGuiApplication.overrideCursor() is not None:
        QGuiApplication.restoreOverrideCursor()


class MediaController(QObject):
    """Imports images for the editor and opens the media library."""

    #: an image's Markdown was inserted into the editor (uuid)
    image_inserted = Signal(str)
    #: the featured image was chosen in the image dialog (asset id or None)
    featured_image_changed = Signal(object)
    #: an image was added, described or removed: the preview should reload its images
    images_changed = Signal()
    #: a short status-bar message
    status_message = Signal(str)
    #: every queued import finished
    idle = Signal()

    def __init__(self, assets: AssetService, editor: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mediaController")
        self.assets = assets
        self.editor = editor
        self._window = parent
        self._queue: deque[tuple[str, Any, int | None]] = deque()
        self._busy = False
        self._target: int | None = None  # the article the image being prepared is for
        self._last_folder = str(Path.home())
        self.provider: AssetImageProvider = assets.preview_provider()

    # -- entry points ----------------------------------------------------------------------

    def choose_and_insert(self) -> None:
        """Article > Insert image…: pick one or more files."""
        paths, _ = QFileDialog.getOpenFileNames(
            self._window,
            self.tr("Insert image"),
            self._last_folder,
            self.tr("Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;All files (*)"),
        )
        if paths:
            self._last_folder = str(Path(paths[0]).parent)
            self.import_files(paths)

    def import_files(self, paths: list) -> None:
        """Images dropped on (or chosen for) the editor, imported one after another."""
        for path in paths:
            self._queue.append(("path", str(path), self._article_id()))
        self._next()

    def import_pasted(self, data: bytes) -> None:
        """An image pasted from the clipboard (PNG bytes)."""
        self._queue.append(("bytes", bytes(data), self._article_id()))
        self._next()

    def show_library(self) -> None:
        dialog = MediaLibraryDialog(self.assets, can_insert=self._article_open(), parent=self._window)
        dialog.insert_requested.connect(lambda asset: self._insert_from_library(asset, dialog))
        dialog.exec()
        dialog.deleteLater()
        self.sync_alt_texts()
        self.provider.invalidate()
        self.images_changed.emit()

    def edit_image_at_cursor(self) -> None:
        """Article ▸ Image Properties…: describe the image whose Markdown holds the cursor."""
        if not self._article_open():
            return
        text = self.editor.body_text()
        found = self.assets.image_at(text, _python_index(text, self.editor.cursor_position()))
        if found is None:
            QMessageBox.information(
                self._window,
                self.tr("Image properties"),
                self.tr(
                    "Put the cursor on an image (a line like ![…](asset:…)) to change its alt "
                    "text, caption or credit."
                ),
            )
            return
        asset = found[0]
        can_feature = hasattr(self.editor, "set_featured_image_id")
        dialog = ImageDialog(
            self.assets,
            asset,
            featured=self._featured_id() == asset.id,
            can_feature=can_feature,
            parent=self._window,
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        featured = dialog.featured
        dialog.deleteLater()
        if not accepted:
            return
        if can_feature and featured != (self._featured_id() == asset.id):
            self._set_featured(asset.id if featured else None)
        self.sync_alt_texts()
        self.provider.invalidate()
        self.images_changed.emit()

    def sync_alt_texts(self) -> None:
        """Bring the alt texts in the open article's Markdown in line with the library (one
        undo step), so what the website shows is what was typed in the image dialog."""
        body_edit = getattr(self.editor, "body_edit", None)
        if body_edit is None or not self._article_open():
            return
        text = self.editor.body_text()
        edits = self.assets.alt_text_edits(text)
        if not edits:
            return
        cursor = QTextCursor(body_edit.document())
        cursor.beginEditBlock()
        for start, end, markdown in reversed(edits):
            cursor.setPosition(_qt_position(text, start))
            cursor.setPosition(_qt_position(text, end), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(markdown)
        cursor.endEditBlock()

    def _set_featured(self, asset_id: int | None) -> None:
        self.editor.set_featured_image_id(asset_id)
        self.featured_image_changed.emit(asset_id)

    def _insert_from_library(self, asset: AssetData, dialog: MediaLibraryDialog) -> None:
        if self._describe_and_insert(ImportResult(asset, created=False), dialog):
            dialog.accept()

    def _article_id(self) -> int | None:
        article = getattr(self.editor, "article", None)
        current = article() if callable(article) else None
        return getattr(current, "id", None)

    def _article_open(self) -> bool:
        if self.editor is None:
            return False
        article = getattr(self.editor, "article", None)
        return article() is not None if callable(article) else True

    @property
    def busy(self) -> bool:
        return self._busy or bool(self._queue)

    # -- the import queue ------------------------------------------------------------------

    def _next(self) -> None:
        if self._busy:
            return
        if not self._queue:
            _restore_cursor()
            self.idle.emit()
            return
        self._busy = True
        kind, payload, self._target = self._queue.popleft()
        if QGuiApplication.overrideCursor() is None:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        if kind == "path":
            name = Path(payload).name
            self.status_message.emit(self.tr("Preparing image “{0}”…").format(name))
            _run_in_background(lambda: prepare_file(payload), self._prepared, self._failed)
        else:
            self.status_message.emit(self.tr("Preparing the pasted image…"))
            name = self.tr("pasted-image.png")
            _run_in_background(lambda: prepare_image(payload, name), self._prepared, self._failed)

    def _done_one(self) -> None:
        self._busy = False
        self._next()

    def _failed(self, exc: Exception) -> None:
        _restore_cursor()
        self.status_message.emit("")
        QMessageBox.warning(self._window, self.tr("Image not added"), describe_error(exc))
        self._done_one()

    def _prepared(self, prepared: PreparedImage) -> None:
        _restore_cursor()
        try:
            result = self.assets.add_prepared(prepared)
        except Exception as exc:  # noqa: BLE001 - refused, or a database error: say so, go on
            self._failed(exc)
            return
        if self._target != self._article_id():  # the writer went to another article meanwhile
            self.status_message.emit(
                self.tr(
                    "“{0}” was stored in the media library; its article is no longer open, so it "
                    "was not inserted."
                ).format(result.asset.filename)
            )
        else:
            self.status_message.emit(
                self.tr("Image added.")
                if result.created
                else self.tr("This image was already in the database; the stored copy is used.")
            )
            self._describe_and_insert(result, self._window)
        self._done_one()

    # -- describing and inserting ----------------------------------------------------------

    def _featured_id(self) -> int | None:
        changes = getattr(self.editor, "changes", None)
        try:
            return changes().featured_image_id if callable(changes) else None
        except Exception:  # noqa: BLE001 - no article open
            return None

    def _describe_and_insert(self, result: ImportResult, parent: QWidget | None) -> bool:
        asset = result.asset
        can_feature = hasattr(self.editor, "set_featured_image_id")
        dialog = ImageDialog(
            self.assets,
            asset,
            inserting=True,
            featured=self._featured_id() == asset.id,
            can_feature=can_feature,
            parent=parent,
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        asset, featured = dialog.asset, dialog.featured
        dialog.deleteLater()
        if not accepted:
            self._forget_if_unused(result)
            return False
        self.provider.invalidate()
        self.images_changed.emit()
        self.insert_asset(asset)
        if can_feature and featured != (self._featured_id() == asset.id):
            self._set_featured(asset.id if featured else None)
        return True

    def _forget_if_unused(self, result: ImportResult) -> None:
        """Cancelled right after import: do not leave a new, unused image behind."""
        if result.created and not self.assets.usage(result.asset.id):
            with contextlib.suppress(RedaksiError):
                self.assets.remove(result.asset.id)
            self.status_message.emit(self.tr("Image not added."))

    def insert_asset(self, asset: AssetData) -> None:
        """Insert the asset's Markdown at the editor's cursor, as a paragraph of its own."""
        if self.editor is None:
            return
        text = self.editor.body_text()
        position = self.editor.cursor_position()
        self.editor.insert_at_cursor(as_block(markdown_for(asset), text[:position], text[position:]))
        self.image_inserted.emit(asset.uuid)
