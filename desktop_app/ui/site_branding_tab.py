"""Site Settings ▸ Branding: the office's and regency's names, the header colour (checked for
contrast as it is typed) and the footer's address, telephone, e-mail, PPID and social links."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.colour import MIN_CONTRAST, WHITE, contrast_ratio, parse_colour
from desktop_app.core.errors import ValidationError
from desktop_app.core.site_settings import LINK_FIELDS, SiteSettings


class SiteBrandingTab(QWidget):
    """The branding fields of :class:`SiteSettings`; :meth:`values` gives them back by name."""

    def __init__(self, current: SiteSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("siteBrandingTab")
        self.office_edit = self._line("siteOfficeName", self.tr("Office name"), current.office_name)
        self.office_edit.setPlaceholderText(self.tr("e.g. Dinas Komunikasi dan Informatika"))
        self.regency_edit = self._line("siteRegencyName", self.tr("Regency or city"), current.regency_name)
        self.regency_edit.setPlaceholderText(self.tr("e.g. Kabupaten Solok"))
        self.colour_edit = self._line("sitePrimaryColour", self.tr("Header colour"), current.primary_colour)
        self.colour_edit.setPlaceholderText("#0b2e59")
        self.colour_button = QPushButton(self.tr("Choose…"), self)
        self.colour_button.setObjectName("sitePrimaryColourButton")
        self.colour_button.setAccessibleName(self.tr("Choose the header colour"))
        self.colour_button.clicked.connect(self._choose_colour)
        self.colour_note = QLabel(self)
        self.colour_note.setObjectName("sitePrimaryColourNote")
        self.colour_note.setWordWrap(True)
        self.colour_edit.textChanged.connect(self._show_contrast)
        self.address_edit = QPlainTextEdit(current.address, self)
        self.address_edit.setObjectName("siteAddress")
        self.address_edit.setAccessibleName(self.tr("Office address"))
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(60)
        self.telephone_edit = self._line("siteTelephone", self.tr("Telephone"), current.telephone)
        self.email_edit = self._line("siteEmail", self.tr("E-mail"), current.email)
        self.links = {
            "ppid_url": self._line("sitePpidUrl", self.tr("PPID page"), current.ppid_url),
            "facebook_url": self._line("siteFacebookUrl", "Facebook", current.facebook_url),
            "instagram_url": self._line("siteInstagramUrl", "Instagram", current.instagram_url),
            "x_url": self._line("siteXUrl", "X", current.x_url),
            "youtube_url": self._line("siteYoutubeUrl", "YouTube", current.youtube_url),
        }
        assert set(self.links) == set(LINK_FIELDS)
        for edit in self.links.values():
            edit.setPlaceholderText("https://")

        colour_box = QWidget(self)  # the field and its button, the contrast under them
        column = QVBoxLayout(colour_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.addWidget(self.colour_edit, 1)
        row.addWidget(self.colour_button)
        column.addLayout(row)
        column.addWidget(self.colour_note)
        colour_box.setFocusProxy(self.colour_edit)

        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        intro = QLabel(
            self.tr(
                "Shown in the header and footer of every page of the website. The logo (Website tab) "
                "also makes the browser's icon."
            ),
            self,
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        form.addRow(self.tr("&Office:"), self.office_edit)
        form.addRow(self.tr("&Regency or city:"), self.regency_edit)
        form.addRow(self.tr("Header &colour:"), colour_box)
        form.addRow(self.tr("A&ddress:"), self.address_edit)
        form.addRow(self.tr("&Telephone:"), self.telephone_edit)
        form.addRow(self.tr("&E-mail:"), self.email_edit)
        form.addRow(self.tr("&PPID page:"), self.links["ppid_url"])
        form.addRow("Facebook:", self.links["facebook_url"])
        form.addRow("Instagram:", self.links["instagram_url"])
        form.addRow("X:", self.links["x_url"])
        form.addRow("YouTube:", self.links["youtube_url"])
        self._show_contrast(self.colour_edit.text())

    def _line(self, name: str, accessible: str, text: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    def values(self) -> dict[str, str]:
        """The branding fields by their :class:`SiteSettings` name."""
        return {
            "office_name": self.office_edit.text(),
            "regency_name": self.regency_edit.text(),
            "primary_colour": self.colour_edit.text(),
            "address": self.address_edit.toPlainText(),
            "telephone": self.telephone_edit.text(),
            "email": self.email_edit.text(),
            **{name: edit.text() for name, edit in self.links.items()},
        }

    def set_read_only(self) -> None:
        for edit in (
            self.office_edit,
            self.regency_edit,
            self.colour_edit,
            self.telephone_edit,
            self.email_edit,
        ):
            edit.setReadOnly(True)
        for edit in self.links.values():
            edit.setReadOnly(True)
        self.address_edit.setReadOnly(True)
        self.colour_button.setEnabled(False)

    def _choose_colour(self) -> None:
        start = QColor(self.colour_edit.text().strip() or "#0b2e59")
        colour = QColorDialog.getColor(start, self, self.tr("Header Colour"))
        if colour.isValid():
            self.colour_edit.setText(colour.name())

    def _show_contrast(self, text: str) -> None:
        """How readable white text on the colour is (WCAG AA asks 4.5:1)."""
        if not text.strip():
            self.colour_note.setText(self.tr("Empty: the theme's own dark blue."))
            self.colour_note.setStyleSheet("color: palette(placeholder-text);")
            return
        rgb = parse_colour(text)
        if rgb is None:
            self.colour_note.setText(self.tr("Write the colour as #rrggbb, e.g. #0b2e59."))
            self.colour_note.setStyleSheet("color: #b3261e;")
            return
        ratio = contrast_ratio(rgb, WHITE)
        if ratio < MIN_CONTRAST:
            self.colour_note.setText(
                self.tr(
                    "Too light: white text on it has a contrast of {0}:1; at least {1}:1 is needed."
                ).format(f"{ratio:.1f}", f"{MIN_CONTRAST:g}")
            )
            self.colour_note.setStyleSheet("color: #b3261e;")
        else:
            self.colour_note.setText(
                self.tr("Contrast with white text: {0}:1 (readable).").format(f"{ratio:.1f}")
            )
            self.colour_note.setStyleSheet("color: palette(placeholder-text);")

    def describe(self, exc: ValidationError) -> str:
        """The words for the branding fields' validation errors ("" for other errors)."""
        texts = {
            "invalid_link": self.tr("A link must be an http:// or https:// address."),
            "invalid_colour": self.tr("Write the colour as #rrggbb, e.g. #0b2e59."),
            "low_contrast": self.tr(
                "The header colour is too light: white text on it has a contrast of {0}:1; "
                "at least 4.5:1 is needed."
            ).format(exc.detail),
            "invalid_email": self.tr("The e-mail address is not valid."),
        }
        return texts.get(exc.code, "")
