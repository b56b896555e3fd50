"""The interface language: Qt translators for Redaksi's own strings and for Qt's own texts.

``install_translators(app, "id")`` loads ``resources/translations/redaksi_id.qm`` and the
Indonesian ``qtbase_id.qm`` that Redaksi ships (Qt has no Indonesian translation of its own
dialogs). For other languages Qt's own ``qtbase_<lang>.qm`` comes from Qt's translations folder.
Calling it again with another language replaces the translators installed before.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.resources import resource_path

if TYPE_CHECKING:  # Qt loads on first use: a command reads Redaksi's .qm without it
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

DEFAULT_LANGUAGE = "id"
SOURCE_LANGUAGE = "en"
TRANSLATIONS_DIR = resource_path("translations")
LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}
_LOCALES = {"id": "id_ID", "en": "en_GB"}

# Installed translators must outlive this call (Qt does not own them): kept per application.
_installed: list[QTranslator] = []
_original_locale: list[QLocale] = []  # the default locale before the first install


def normalize_language(language: str | None) -> str:
    """ "id", "id_ID", "in", None -> "id"; unknown languages fall back to the default."""
    if not language:
        return DEFAULT_LANGUAGE
    code = language.replace("-", "_").split("_")[0].lower()
    if code == "in":  # the old ISO code for Indonesian
        code = "id"
    return code if code in available_languages() else DEFAULT_LANGUAGE


def available_languages() -> list[str]:
    """Languages the interface can be shown in: English (the source) and every shipped .qm."""
    languages = {SOURCE_LANGUAGE, DEFAULT_LANGUAGE}
    if TRANSLATIONS_DIR.is_dir():
        for path in TRANSLATIONS_DIR.glob("redaksi_*.qm"):
            languages.add(path.stem.removeprefix("redaksi_"))
    return sorted(languages)


def qt_translations_dir() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def translation_files(language: str) -> list[Path]:
    """The .qm files that make up ``language`` (those that exist), app strings first."""
    language = normalize_language(language)
    if language == SOURCE_LANGUAGE:  # English source texts; the catalogue has the plurals
        plurals = TRANSLATIONS_DIR / f"redaksi_{language}.qm"
        return [plurals] if plurals.is_file() else []
    candidates = [
        TRANSLATIONS_DIR / f"redaksi_{language}.qm",
        TRANSLATIONS_DIR / f"qtbase_{language}.qm",  # ours (Indonesian)
        qt_translations_dir() / f"qtbase_{language}.qm",
    ]  # Qt's own
    found: list[Path] = []
    has_qtbase = False
    for path in candidates:
        if not path.is_file():
            continue
        if path.name.startswith("qtbase_"):
            if has_qtbase:
                continue
            has_qtbase = True
        found.append(path)
    return found


def remove_translators(app: QCoreApplication | None = None) -> None:
    from PySide6.QtCore import QCoreApplication

    app = app or QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)


def install_translators(app: QCoreApplication, language: str | None = DEFAULT_LANGUAGE) -> None:
    """Show the interface in ``language`` ("id" by default): translators and default locale."""
    from PySide6.QtCore import QLocale, QTranslator

    language = normalize_language(language)
    remove_translators(app)
    if not _original_locale:
        _original_locale.append(QLocale())
    for path in translation_files(language):
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(_LOCALES.get(language, language)))


def reset_language(app: QCoreApplication | None = None) -> None:
    """Back to Qt's untranslated texts and the default locale there was before (tests)."""
    from PySide6.QtCore import QLocale

    remove_translators(app)
    if _original_locale:
        QLocale.setDefault(_original_locale[0])


def current_language() -> str:
    """The language of the default QLocale, as Redaksi names it."""
    from PySide6.QtCore import QLocale

    return normalize_language(QLocale().name())
