"""The Preferences dialog: editor font (proportional or monospace) and size, preview, spell
checking of words in capitals, language, autosave delay."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFontComboBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.settings import LANGUAGES, Preferences
from desktop_app.ui.fonts import chosen_family, default_editor_font

LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}


class PreferencesDialog(QDialog):
    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._original = prefs

        self.monospace_check = QCheckBox(self.tr("&Monospace font (every character equally wide)"), self)
        self.monospace_check.setObjectName("editorMonospace")
        self.monospace_check.setToolTip(
            self.tr("Off: a proportional font, as in a word processor. On: the Markdown marks line up.")
        )
        self.monospace_check.setChecked(prefs.editor_monospace)
        self.font_combo = QFontComboBox(self)
        self.font_combo.setObjectName("editorFont")
        self.font_combo.setAccessibleName(self.tr("Editor font"))
        self._font_chosen = False  # a family chosen, or the default (which follows the system)
        self._show_fonts(prefs.editor_monospace, chosen_family(prefs))
        self.monospace_check.toggled.connect(lambda monospace: self._show_fonts(monospace, ""))
        self.font_combo.currentFontChanged.connect(lambda _font: setattr(self, "_font_chosen", True))
        self.size_spin = QSpinBox(self)
        self.size_spin.setObjectName("editorFontSize")
        self.size_spin.setAccessibleName(self.tr("Editor font size"))
        self.size_spin.setRange(6, 72)
        self.size_spin.setSuffix(self.tr(" pt"))
        self.size_spin.setValue(prefs.editor_font_size)
        self.preview_check = QCheckBox(self.tr("Show the preview beside the editor"), self)
        self.preview_check.setObjectName("previewVisible")
        self.preview_check.setChecked(prefs.preview_visible)
        self.skip_uppercase_check = QCheckBox(
            self.tr("Spell checking skips words in capitals (PPKM, BUMDES)"), self
        )
        self.skip_uppercase_check.setObjectName("spellSkipUppercase")
        self.skip_uppercase_check.setChecked(prefs.spell_skip_uppercase)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("language")
        self.language_combo.setAccessibleName(self.tr("Language"))
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(prefs.language)))
        self.autosave_spin = QDoubleSpinBox(self)
        self.autosave_spin.setObjectName("autosaveDelay")
        self.autosave_spin.setAccessibleName(self.tr("Autosave delay"))
        self.autosave_spin.setRange(0.5, 60.0)
        self.autosave_spin.setSingleStep(0.5)
        self.autosave_spin.setDecimals(1)
        self.autosave_spin.setSuffix(self.tr(" s"))
        self.autosave_spin.setValue(prefs.autosave_delay_ms / 1000)

        self.lock_spin = QSpinBox(self)
        self.lock_spin.setObjectName("lockAfterMinutes")
        self.lock_spin.setAccessibleName(self.tr("Lock after idle minutes"))
        self.lock_spin.setRange(0, 24 * 60)
        self.lock_spin.setSpecialValueText(self.tr("never"))
        self.lock_spin.setSuffix(self.tr(" min"))
        self.lock_spin.setValue(prefs.lock_after_minutes)

        note = QLabel(self.tr("A new language is used the next time Redaksi starts."), self)
        note.setWordWrap(True)
        note.setProperty("muted", True)
        form = QFormLayout()
        form.addRow("", self.monospace_check)
        form.addRow(self.tr("Editor &font:"), self.font_combo)
        form.addRow(self.tr("Font &size:"), self.size_spin)
        form.addRow("", self.preview_check)
        form.addRow("", self.skip_uppercase_check)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow("", note)
        form.addRow(self.tr("&Autosave after a pause of:"), self.autosave_spin)
        form.addRow(self.tr("Lock after idle minutes (0 = never):"), self.lock_spin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _show_fonts(self, monospace: bool, family: str) -> None:
        """The font list (only fixed-pitch fonts for monospace) showing ``family``, or the
        default font when it is ""."""
        filters = QFontComboBox.FontFilter
        blocked = self.font_combo.blockSignals(True)
        self.font_combo.setFontFilters(filters.MonospacedFonts if monospace else filters.AllFonts)
        self.font_combo.setCurrentFont(QFont(family) if family else default_editor_font(monospace))
        self.font_combo.blockSignals(blocked)
        self._font_chosen = bool(family)

    def preferences(self) -> Preferences:
        monospace = self.monospace_check.isChecked()
        family = self.font_combo.currentFont().family() if self._font_chosen else ""
        return replace(
            self._original,
            editor_font_family=family,
            editor_monospace=monospace,
            editor_font_size=self.size_spin.value(),
            preview_visible=self.preview_check.isChecked(),
            language=self.language_combo.currentData(),
            autosave_delay_ms=round(self.autosave_spin.value() * 1000),
            lock_after_minutes=self.lock_spin.value(),
            spell_skip_uppercase=self.skip_uppercase_check.isChecked(),
        )
