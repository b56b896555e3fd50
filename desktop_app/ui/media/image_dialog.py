"""The image dialog: alt text, caption, credit and "use as featured image" for one image."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import RedaksiError
from desktop_app.core.media import DEFAULT_CREDIT, AssetData, AssetService
from desktop_app.messages import describe_error

THUMBNAIL_SIZE = 240


def format_bytes(n: int) -> str:
    """``2.1 MB``, ``83 KB``, ``512 bytes`` (units are the same in English and Indonesian)."""
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{round(n / 1024)} KB"
    return f"{n} B"


def pixmap_from_bytes(data: bytes | None) -> QPixmap:
    pixmap = QPixmap()
    if data:
        pixmap.loadFromData(data)
    return pixmap


class ImageDialog(QDialog):
    """Describe an image; on OK the texts are saved through :class:`AssetService`.

    ``inserting`` changes the OK button to "Insert". ``featured`` is the checkbox's start value;
    ``can_feature`` false hides it (the media library edits images outside an article).
    """

    def __init__(
        self,
        assets: AssetService,
        asset: AssetData,
        *,
        inserting: bool = False,
        featured: bool = False,
        can_feature: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.assets = assets
        self.asset = asset
        self.setObjectName("imageDialog")
        self.setWindowTitle(self.tr("Insert image") if inserting else self.tr("Image properties"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(640)
        self._create_widgets(featured, can_feature)
        self._create_layout(inserting)
        self._update_alt_hint()

    # -- building --------------------------------------------------------------------------

    def _create_widgets(self, featured: bool, can_feature: bool) -> None:
        asset = self.asset
        self.thumbnail_label = QLabel(self)
        self.thumbnail_label.setObjectName("imageThumbnail")
        self.thumbnail_label.setAccessibleName(self.tr("Image preview"))
        self.thumbnail_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail_label.setFixedSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE)
        pixmap = pixmap_from_bytes(self.assets.thumbnail_bytes(asset.uuid))
        if not pixmap.isNull():
            self.thumbnail_label.setPixmap(
                pixmap.scaled(
                    THUMBNAIL_SIZE,
                    THUMBNAIL_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

        self.info_label = QLabel(self)
        self.info_label.setObjectName("imageInfo")
        self.info_label.setAccessibleName(self.tr("Image details"))
        self.info_label.setWordWrap(True)
        self.info_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info_label.setText(
            self.tr(
                "{name}\n{width} × {height} px, {size} original\n"
                "Website version: {web_width} × {web_height} px, {web_size}; location (GPS) and "
                "camera data removed"
            ).format(
                name=asset.filename,
                width=asset.width,
                height=asset.height,
                size=format_bytes(asset.bytes),
                web_width=asset.web_width,
                web_height=asset.web_height,
                web_size=format_bytes(asset.web_bytes),
            )
        )

        self.alt_edit = QLineEdit(asset.alt_text, self)
        self.alt_edit.setObjectName("imageAltText")
        self.alt_edit.setAccessibleName(self.tr("Alt text"))
        self.alt_edit.setPlaceholderText(self.tr("What the photo shows, for people who cannot see it"))
        self.alt_edit.textChanged.connect(self._update_alt_hint)
        self.alt_hint = QLabel(self)
        self.alt_hint.setObjectName("imageAltHint")
        self.alt_hint.setWordWrap(True)

        self.caption_edit = QPlainTextEdit(asset.caption, self)
        self.caption_edit.setObjectName("imageCaption")
        self.caption_edit.setAccessibleName(self.tr("Caption"))
        self.caption_edit.setPlaceholderText(self.tr("Shown under the image: who, what, where"))
        self.caption_edit.setTabChangesFocus(True)
        self.caption_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4)

        self.credit_edit = QLineEdit(asset.credit, self)
        self.credit_edit.setObjectName("imageCredit")
        self.credit_edit.setAccessibleName(self.tr("Credit"))
        self.credit_edit.setPlaceholderText(self.tr("Photographer, or {0}").format(DEFAULT_CREDIT))
        completer = QCompleter(self.assets.known_credits(), self.credit_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.credit_edit.setCompleter(completer)
        self.office_credit_button = QCheckBox(self.tr("Office photo ({0})").format(DEFAULT_CREDIT), self)
        self.office_credit_button.setObjectName("imageOfficeCredit")
        self.office_credit_button.setAccessibleName(self.office_credit_button.text())
        self.office_credit_button.setChecked(asset.credit == DEFAULT_CREDIT)
        self.office_credit_button.toggled.connect(self._office_credit_toggled)
        self.credit_edit.textEdited.connect(
            lambda text: self.office_credit_button.setChecked(text.strip() == DEFAULT_CREDIT)
        )

        self.featured_check = QCheckBox(self.tr("Use as the article's featured image"), self)
        self.featured_check.setObjectName("imageFeatured")
        self.featured_check.setAccessibleName(self.featured_check.text())
        self.featured_check.setChecked(featured)
        self.featured_check.setVisible(can_feature)

    def _create_layout(self, inserting: bool) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        alt_label = QLabel(self.tr("&Alt text:"), self)
        alt_label.setBuddy(self.alt_edit)
        form.addRow(alt_label, self.alt_edit)
        form.addRow("", self.alt_hint)
        caption_label = QLabel(self.tr("&Caption:"), self)
        caption_label.setBuddy(self.caption_edit)
        form.addRow(caption_label, self.caption_edit)
        credit_label = QLabel(self.tr("C&redit:"), self)
        credit_label.setBuddy(self.credit_edit)
        form.addRow(credit_label, self.credit_edit)
        form.addRow("", self.office_credit_button)
        form.addRow("", self.featured_check)

        right = QVBoxLayout()
        right.addWidget(self.info_label)
        right.addLayout(form)
        right.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.thumbnail_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(right, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("imageDialogButtons")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Insert") if inserting else self.tr("&Save"))
        ok.setObjectName("imageDialogOk")
        ok.setAccessibleName(ok.text().replace("&", ""))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.buttons)
        self.alt_edit.setFocus()

    # -- behaviour -------------------------------------------------------------------------

    def _office_credit_toggled(self, checked: bool) -> None:
        if checked:
            self.credit_edit.setText(DEFAULT_CREDIT)
        elif self.credit_edit.text().strip() == DEFAULT_CREDIT:
            self.credit_edit.clear()

    def _update_alt_hint(self) -> None:
        if self.alt_edit.text().strip():
            self.alt_hint.setText(
                self.tr("Screen readers read this aloud; the website shows it when the image cannot load.")
            )
            self.alt_hint.setStyleSheet("")
        else:
            self.alt_hint.setText(
                self.tr(
                    "⚠ Alt text is required before the article can be "
                    "approved. Describe what the photo shows."
                )
            )
            dark = self.palette().window().color().lightness() < 128
            self.alt_hint.setStyleSheet(f"color: {'#ff8a80' if dark else '#b3261e'}; font-weight: bold;")
        self.alt_hint.setAccessibleName(self.alt_hint.text())

    @property
    def featured(self) -> bool:
        return not self.featured_check.isHidden() and self.featured_check.isChecked()

    def accept(self) -> None:  # Qt override: save, and stay open on an error
        try:
            self.asset = self.assets.update_metadata(
                self.asset.id,
                alt_text=self.alt_edit.text(),
                caption=self.caption_edit.toPlainText(),
                credit=self.credit_edit.text(),
            )
        except RedaksiError as exc:
            QMessageBox.warning(self, self.windowTitle(), describe_error(exc))
            return
        super().accept()
