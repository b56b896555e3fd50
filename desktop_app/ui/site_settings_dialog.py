"""File ▸ Site Settings…: title, description, base URL, logo, language and theme folder of the
exported website (stored in the database, validated by the core). Only an admin changes them:
anyone else reads them (and the core refuses a change)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.checklist_text import check_label, level_label
from desktop_app.core.auth import SignedIn, require_admin
from desktop_app.core.checklist import (
    MIN_WORDS_LIMIT,
    Check,
    ChecklistSettings,
    Level,
    load_checklist_settings,
    save_checklist_settings,
)
from desktop_app.core.errors import RedaksiError, ValidationError
from desktop_app.core.export.service import SiteExportService
from desktop_app.core.press_releases import example_number
from desktop_app.core.site_settings import SiteSettings
from desktop_app.messages import describe_error
from desktop_app.ui.form_fields import named_line, with_browse
from desktop_app.ui.site_branding_tab import SiteBrandingTab


class SiteSettingsDialog(QDialog):
    def __init__(
        self, service: SiteExportService, parent: QWidget | None = None, session: SignedIn | None = None
    ) -> None:
        """``session``: who is signed in; anyone but an admin sees the settings read-only."""
        super().__init__(parent)
        self.service = service
        self.session = session
        self.setObjectName("siteSettingsDialog")
        self.setWindowTitle(self.tr("Website Settings"))
        self.setMinimumWidth(520)
        current = service.settings()

        self.title_edit = named_line(self, "siteTitle", self.tr("Site title"), current.title)
        self.description_edit = QPlainTextEdit(current.description, self)
        self.description_edit.setObjectName("siteDescription")
        self.description_edit.setAccessibleName(self.tr("Site description"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(70)
        self.base_url_edit = named_line(self, "siteBaseUrl", self.tr("Base URL"), current.base_url)
        self.base_url_edit.setPlaceholderText("https://kominfo.example.go.id/")
        self.logo_edit = named_line(self, "siteLogo", self.tr("Logo file"), current.logo)
        self.theme_edit = named_line(self, "siteTheme", self.tr("Theme folder"), current.theme)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("siteLanguage")
        self.language_combo.setAccessibleName(self.tr("Language of the website"))
        self.language_combo.addItem(self.tr("Indonesian"), "id")
        self.language_combo.addItem(self.tr("English"), "en")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current.language)))

        # How press releases are numbered, with the number it gives today (or what is wrong).
        self.release_pattern_edit = named_line(
            self, "siteReleasePattern", self.tr("Press-release number pattern"), current.release_pattern
        )
        self.release_pattern_edit.setToolTip(
            self.tr(
                "{seq:03d}: the running number (restarts each year), {year}, {month}, "
                "{month_roman} (XII), {day}"
            )
        )
        self.release_example = QLabel(self)
        self.release_example.setObjectName("siteReleaseExample")
        self.release_example.setWordWrap(True)
        self.release_pattern_edit.textChanged.connect(self._show_release_example)
        self._show_release_example(current.release_pattern)
        release_box = QWidget(self)
        release_column = QVBoxLayout(release_box)
        release_column.setContentsMargins(0, 0, 0, 0)
        release_column.setSpacing(2)
        release_column.addWidget(self.release_pattern_edit)
        release_column.addWidget(self.release_example)
        release_box.setFocusProxy(self.release_pattern_edit)

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Description:"), self.description_edit)
        form.addRow(self.tr("&Base URL:"), self.base_url_edit)
        form.addRow(self.tr("&Logo:"), with_browse(self, self.logo_edit, self._browse_logo))
        form.addRow(self.tr("L&anguage:"), self.language_combo)
        theme_row = with_browse(self, self.theme_edit, self._browse_theme)
        form.addRow(self.tr("T&heme folder:"), theme_row)
        form.addRow(self.tr("Press-release &number:"), release_box)
        self.editable = _is_admin(session)
        website = QWidget(self)
        website.setLayout(form)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("siteSettingsTabs")
        self.tabs.addTab(website, self.tr("Website"))
        self.tabs.addTab(self._checklist_tab(), self.tr("Checklist"))
        from desktop_app.core.upload.service import UploadService
        from desktop_app.ui.upload.settings_page import UploadSettingsPage

        self.upload_page = UploadSettingsPage(UploadService(service.db), self.editable, self)
        self.tabs.addTab(self.upload_page, self.tr("Upload"))
        from desktop_app.ui.wordpress.settings_page import WordPressSettingsPage

        self.wordpress_page = WordPressSettingsPage(service.db, session, self)
        self.tabs.addTab(self.wordpress_page, self.tr("WordPress"))
        self.branding = SiteBrandingTab(current, self)  # (issue 24: header, colour, footer)
        self.tabs.insertTab(1, self.branding, self.tr("Branding"))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("siteSettingsError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        note = self.tr("A theme folder may hold templates and a style.css that replace Redaksi's own.")
        if not self.editable:
            note = self.tr("Only an admin changes the website settings; you can read them here.")
            for edit in (
                self.title_edit,
                self.base_url_edit,
                self.logo_edit,
                self.theme_edit,
                self.release_pattern_edit,
            ):
                edit.setReadOnly(True)
            self.description_edit.setReadOnly(True)
            self.branding.set_read_only()
            self.language_combo.setEnabled(False)
            for combo in self.level_combos.values():
                combo.setEnabled(False)
            self.min_words_spin.setEnabled(False)
            for button in self.findChildren(QPushButton):
                if button.parent() is not buttons:
                    button.setEnabled(False)
            buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        from desktop_app.ui.officials.settings_file import SettingsFileButtons

        self.settings_file = SettingsFileButtons(
            self, buttons, service.db, session, self.error_label, can_import=self.editable
        )
        note_label = QLabel(note, self)
        note_label.setObjectName("siteSettingsNote")
        note_label.setWordWrap(True)
        layout.addWidget(note_label)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _checklist_tab(self) -> QWidget:
        """Each item of the publishing checklist: required, warning or off; the minimum length."""
        current = load_checklist_settings(self.service.db)
        tab = QWidget(self)
        form = QFormLayout(tab)
        intro = QLabel(
            self.tr(
                "Checked when an article is submitted, approved, scheduled or published. "
                "Required: the action is refused until it is done. Warning: asked once."
            ),
            tab,
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.level_combos: dict[Check, QComboBox] = {}
        for check in Check:
            combo = QComboBox(tab)
            combo.setObjectName(f"checklistLevel_{check.value}")
            combo.setAccessibleName(check_label(check))
            for level in Level:
                combo.addItem(level_label(level), level.value)
            combo.setCurrentIndex(max(0, combo.findData(current.level(check).value)))
            self.level_combos[check] = combo
            form.addRow(check_label(check) + ":", combo)
        self.min_words_spin = QSpinBox(tab)
        self.min_words_spin.setObjectName("checklistMinWords")
        self.min_words_spin.setAccessibleName(self.tr("Minimum number of words"))
        self.min_words_spin.setRange(0, MIN_WORDS_LIMIT)
        self.min_words_spin.setValue(current.min_words)
        self.min_words_spin.setSuffix(self.tr(" words"))
        form.addRow(self.tr("Minimum length:"), self.min_words_spin)
        return tab

    def checklist_settings(self) -> ChecklistSettings:
        return ChecklistSettings(
            {check: Level(combo.currentData()) for check, combo in self.level_combos.items()},
            self.min_words_spin.value(),
        )

    def _browse_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Logo"),
            self.logo_edit.text(),
            self.tr("Images (*.png *.jpg *.jpeg *.webp *.gif *.svg)"),
        )
        if path:
            self.logo_edit.setText(path)

    def _browse_theme(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Theme Folder"), self.theme_edit.text())
        if folder:
            self.theme_edit.setText(folder)

    def settings(self) -> SiteSettings:
        return SiteSettings(
            title=self.title_edit.text(),
            description=self.description_edit.toPlainText(),
            base_url=self.base_url_edit.text(),
            logo=self.logo_edit.text(),
            language=self.language_combo.currentData(),
            theme=self.theme_edit.text(),
            release_pattern=self.release_pattern_edit.text(),
            **self.branding.values(),
        )

    def _show_release_example(self, pattern: str) -> None:
        """ "Example: 001/SP/Diskominfo/XII/2026", or why the pattern cannot be used."""
        try:
            example = example_number(pattern)
        except ValidationError as exc:
            self.release_example.setText(describe_error(exc))
            self.release_example.setStyleSheet("color: #b3261e;")
        else:
            self.release_example.setText(self.tr("Example: {0}").format(example))
            self.release_example.setStyleSheet("color: palette(placeholder-text);")

    def save(self) -> None:
        if problem := self.upload_page.problem():
            self.tabs.setCurrentWidget(self.upload_page)
            self.error_label.setText(problem)
            return
        try:
            if self.session is None:
                self.error_label.setText(
                    self.tr("Only an admin changes the website settings. Sign in first.")
                )
                return
            self.service.save_settings(self.settings(), self.session)
            save_checklist_settings(self.service.db, self.checklist_settings(), actor=self.session)
            self.upload_page.save(self.session)
            self.wordpress_page.save()
        except ValidationError as exc:
            self.error_label.setText(self.describe(exc))
            return
        except RedaksiError as exc:
            self.error_label.setText(describe_error(exc))
            return
        self.accept()

    def describe(self, exc: ValidationError) -> str:
        texts = {
            "invalid_url": self.tr(
                "The base URL must be an http:// or https:// address, "
                "for example https://kominfo.example.go.id/."
            ),
            "invalid_path": self.tr("Choose the file or folder with Browse… (a full path)."),
            "invalid_logo": self.tr("The logo must be a PNG, JPEG, WebP, GIF or SVG image."),
            "too_long": self.tr("The text is too long (at most {0} characters).").format(exc.detail),
            "nul_character": self.tr("The text contains a NUL character."),
            "invalid_language": self.tr("Choose Indonesian or English."),
        }
        return texts.get(exc.code) or self.branding.describe(exc) or describe_error(exc)


def _is_admin(session: SignedIn | None) -> bool:
    """Whether the signed-in person is an admin now (the core checks again when saving)."""
    if session is None:
        return False
    try:
        return require_admin(session) is not None
    except RedaksiError:
        return False
