"""The media library: every stored image, where it is used, adding photos ("Add photo…") and
removal of unused ones. With no images yet it says what the library is for and offers to add
one."""

from __future__ import annotations

from collections import deque
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import RedaksiError, ValidationError
from desktop_app.core.media import AssetData, AssetService, AssetUsage
from desktop_app.core.media_images import PreparedImage, prepare_file
from desktop_app.messages import describe_error
from desktop_app.ui.empty_state import EmptyPanel
from desktop_app.ui.media.image_dialog import ImageDialog, format_bytes, pixmap_from_bytes
from desktop_app.workers import run_in_background

ICON_SIZE = 72
PREVIEW_SIZE = 240
ASSET_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MediaLibraryDialog(QDialog):
    """Lists images with thumbnail, pixel size, bytes and use. ``insert_requested(asset)`` is
    emitted when the user asks to put the selected image into the open article."""

    insert_requested = Signal(object)
    # the photos chosen with "Add photo…" are all in (or refused): their ids
    photos_added = Signal(list)

    COLUMNS = ("image", "description", "size", "bytes", "used")

    def __init__(
        self, assets: AssetService, *, can_insert: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.assets = assets
        self._to_add: deque[str] = deque()
        self._added: list[int] = []
        self._last_folder = str(Path.home())
        self.setObjectName("mediaLibraryDialog")
        self.setWindowTitle(self.tr("Media library"))
        self.setAccessibleName(self.windowTitle())
        self.resize(980, 600)
        self._create_widgets(can_insert)
        self._create_layout()
        self.reload()

    def _create_widgets(self, can_insert: bool) -> None:
        self._can_insert = can_insert
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("mediaTable")
        self.table.setAccessibleName(self.tr("Images"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Image"),
                self.tr("Alt text and file"),
                self.tr("Pixels"),
                self.tr("Size"),
                self.tr("Used in"),
            ]
        )
        self.table.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(ICON_SIZE + 8)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(0, ICON_SIZE + 12)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())

        self.details = QLabel(self)
        self.details.setObjectName("mediaDetails")
        self.details.setAccessibleName(self.tr("Where the image is used"))
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setMinimumWidth(240)

        self.preview = QLabel(self)
        self.preview.setObjectName("mediaPreview")
        self.preview.setAccessibleName(self.tr("Selected image"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedHeight(PREVIEW_SIZE)

        self.summary = QLabel(self)
        self.summary.setObjectName("mediaSummary")

        self.edit_button = self._button("mediaEditButton", self.tr("&Properties…"), self.edit_selected)
        self.insert_button = self._button(
            "mediaInsertButton", self.tr("&Insert into article"), self._insert_selected
        )
        self.insert_button.setVisible(can_insert)
        self.remove_button = self._button("mediaRemoveButton", self.tr("&Remove…"), self.remove_selected)
        self.remove_button.setToolTip(self.tr("Only images that no article uses can be removed."))
        self.remove_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.add_button = self._button("mediaAddButton", self.tr("&Add photo…"), self.choose_photos)
        self.add_button.setToolTip(
            self.tr("Add photos to the library from files (JPEG, PNG, WebP, …), ready for any article")
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.empty_panel = EmptyPanel(self, object_name="mediaEmpty", scale=1.4)
        self.empty_panel.set_content(
            self.tr("No photos yet"),
            self.tr(
                "The media library keeps the photos of every article, each with its alt text, "
                "caption and credit, ready to be used again."
            ),
            self.tr("Add photo…"),
            self.tr("You can also drag a photo onto the article text, or paste one."),
        )
        self.empty_panel.action_requested.connect(self.choose_photos)

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def _create_layout(self) -> None:
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.preview)
        side_layout.addWidget(self.details, 1)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(splitter)
        self.stack.addWidget(self.empty_panel)
        self._splitter = splitter
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.summary, 1)
        for button in (self.insert_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(row)

    # -- data ------------------------------------------------------------------------------

    def reload(self) -> None:
        selected = self.selected_asset()
        self._assets = self.assets.list()
        counts = self.assets.usage_counts()
        self.table.setRowCount(len(self._assets))
        total = 0
        for row, asset in enumerate(self._assets):
            total += asset.bytes + asset.web_bytes + asset.thumbnail_bytes
            self._fill_row(row, asset, counts.get(asset.id, 0))
        if len(self._assets) == 1:
            self.summary.setText(self.tr("1 image, {0} in the database").format(format_bytes(total)))
        else:
            self.summary.setText(
                self.tr("{0} images, {1} in the database").format(len(self._assets), format_bytes(total))
            )
        if selected is not None:
            self.select_asset(selected.id)
        elif self._assets:
            self.table.selectRow(0)
        self._selection_changed()
        self.stack.setCurrentWidget(self._splitter if self._assets else self.empty_panel)
        for button in (self.edit_button, self.insert_button, self.remove_button):
            button.setVisible(bool(self._assets) and (button is not self.insert_button or self._can_insert))
        self.summary.setVisible(bool(self._assets))

    def showing_empty_state(self) -> bool:
        return self.stack.currentWidget() is self.empty_panel

    def _fill_row(self, row: int, asset: AssetData, used: int) -> None:
        image = QTableWidgetItem()
        image.setIcon(QIcon(pixmap_from_bytes(self.assets.thumbnail_bytes(asset.uuid))))
        image.setData(ASSET_ID_ROLE, asset.id)
        image.setData(Qt.ItemDataRole.AccessibleTextRole, asset.alt_text or asset.filename)
        alt = asset.alt_text or self.tr("⚠ no alt text")
        description = QTableWidgetItem(f"{alt}\n{asset.filename}")
        if asset.caption:
            description.setToolTip(asset.caption)
        size = QTableWidgetItem(self.tr("{0} × {1}").format(asset.width, asset.height))
        size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        size_bytes = QTableWidgetItem(
            self.tr("{0}\nweb {1}").format(format_bytes(asset.bytes), format_bytes(asset.web_bytes))
        )
        size_bytes.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if used == 0:
            used_text = self.tr("not used")
        elif used == 1:
            used_text = self.tr("1 article")
        else:
            used_text = self.tr("{0} articles").format(used)
        used_item = QTableWidgetItem(used_text)
        used_item.setData(ASSET_ID_ROLE, used)
        for column, item in enumerate((image, description, size, size_bytes, used_item)):
            self.table.setItem(row, column, item)

    def selected_asset(self) -> AssetData | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or not getattr(self, "_assets", None):
            return None
        row = rows[0].row()
        return self._assets[row] if row < len(self._assets) else None

    def select_asset(self, asset_id: int) -> None:
        for row, asset in enumerate(self._assets):
            if asset.id == asset_id:
                self.table.selectRow(row)
                return

    def _describe_usage(self, uses: list[AssetUsage]) -> str:
        if not uses:
            return self.tr("Not used in any article. It can be removed.")
        lines = [self.tr("Used in:")]
        for use in uses:
            where = []
            if use.in_body:
                where.append(self.tr("in the text"))
            if use.featured:
                where.append(self.tr("featured image"))
            if use.in_published_version and not use.in_body:
                where.append(self.tr("published version"))
            if use.in_trash:
                where.append(self.tr("in the Trash"))
            lines.append(f"• {use.title or self.tr('(untitled)')} ({', '.join(where)})")
        return "\n".join(lines)

    def _selection_changed(self) -> None:
        asset = self.selected_asset()
        for button in (self.edit_button, self.insert_button, self.remove_button):
            button.setEnabled(asset is not None)
        if asset is None:
            self.details.setText(
                self.tr("No image selected.")
                if self._assets
                else self.tr(
                    "No images yet. Add one with Article ▸ Insert Image…, or drag a photo onto "
                    "the article text."
                )
            )
            self.preview.clear()
            return
        pixmap = pixmap_from_bytes(self.assets.thumbnail_bytes(asset.uuid))
        if not pixmap.isNull():
            pixmap = pixmap.scaled(
                PREVIEW_SIZE,
                PREVIEW_SIZE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.preview.setPixmap(pixmap)
        caption = "\n".join(part for part in (asset.caption, asset.credit) if part)
        text = f"{asset.filename}\n{caption}\n\n" if caption else f"{asset.filename}\n\n"
        self.details.setText(text + self._describe_usage(self.assets.usage(asset.id)))

    # -- adding photos ---------------------------------------------------------------------

    def choose_photos(self) -> None:
        """Add photo…: pick image files; each is prepared (decoded, resized, stripped of its
        location) in the background and stored as the editor's imports store them."""
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photo"),
            self._last_folder,
            self.tr("Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;All files (*)"),
        )
        if paths:
            self._last_folder = str(Path(paths[0]).parent)
            self.add_photos(paths)

    def add_photos(self, paths: list[str]) -> None:
        """Store the images at ``paths`` in the library, one after another."""
        start = not self._to_add
        self._to_add.extend(str(p) for p in paths)
        if start:
            self._added = []
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self.add_button.setEnabled(False)
            self._add_next()

    @property
    def busy(self) -> bool:
        return bool(self._to_add)

    def _add_next(self) -> None:
        if not self._to_add:
            self._adding_done()
            return
        path = self._to_add[0]
        self.summary.setText(self.tr("Adding “{0}”…").format(Path(path).name))
        self.summary.setVisible(True)
        run_in_background(lambda: prepare_file(path), self._prepared, self._refused)

    def _prepared(self, prepared: PreparedImage) -> None:
        try:
            result = self.assets.add_prepared(prepared)
        except Exception as exc:  # noqa: BLE001 - refused, or a database error: say so, go on
            self._refused(exc)
            return
        self._added.append(result.asset.id)
        self._to_add.popleft()
        self._add_next()

    def _refused(self, exc: Exception) -> None:
        path = self._to_add.popleft() if self._to_add else ""
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(self, self.tr("Photo not added"), f"{Path(path).name}: {describe_error(exc)}")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._add_next()

    def _adding_done(self) -> None:
        QGuiApplication.restoreOverrideCursor()
        self.add_button.setEnabled(True)
        added = list(dict.fromkeys(self._added))
        self.table.clearSelection()
        self.reload()
        if added:
            self.select_asset(added[-1])
        self.photos_added.emit(added)
        if len(added) == 1:
            self.edit_selected()  # describe it now: alt text, caption, credit

    # -- actions ---------------------------------------------------------------------------

    def edit_selected(self) -> None:
        asset = self.selected_asset()
        if asset is None:
            return
        dialog = ImageDialog(self.assets, asset, can_feature=False, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def _insert_selected(self) -> None:
        asset = self.selected_asset()
        if asset is not None:
            self.insert_requested.emit(asset)

    def remove_selected(self) -> None:
        asset = self.selected_asset()
        if asset is None:
            return
        uses = self.assets.usage(asset.id)
        if uses:
            QMessageBox.information(
                self,
                self.tr("Image in use"),
                describe_error(ValidationError("image_in_use", "image", str(len(uses))))
                + "\n\n"
                + self._describe_usage(uses),
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove image"),
            self.tr("Remove “{0}” from the database? This cannot be undone.").format(asset.filename),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.assets.remove(asset.id)
        except RedaksiError as exc:  # became used in the meantime (another workstation)
            QMessageBox.information(self, self.tr("Image in use"), describe_error(exc))
        self.table.clearSelection()
        self.reload()
