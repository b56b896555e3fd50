"""Redaksi's ``.qm`` files read without Qt answer as Qt's translators do (the commands speak
the window's words without loading Qt)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest

from desktop_app.i18n import TRANSLATIONS_DIR
from desktop_app.i18n_tools import read_ts
from desktop_app.qm_catalog import Catalogs, QmCatalog, QmFormatError, elf_hash


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_message_is_translated_as_qt_translates_it(language):
    from PySide6.QtCore import QTranslator

    qm = TRANSLATIONS_DIR / f"redaksi_{language}.qm"
    translator = QTranslator()
    assert translator.load(str(qm))
    catalog = QmCatalog.load(qm)
    messages = read_ts(qm.with_suffix(".ts"))
    assert messages
    asked = 0
    for message in messages:
        for disambiguation in {message.comment or None, None, "something else"}:
            qt = translator.translate(message.context, message.source, disambiguation) or None
            assert catalog.translate(message.context, message.source, disambiguation) == qt, message
            asked += 1
        assert catalog.translate(message.context + "X", message.source) is None
    assert asked >= len(messages) * 2


def test_words_unknown_to_the_file_stay_as_they_are():
    catalogs = Catalogs.load([TRANSLATIONS_DIR / "redaksi_id.qm"])
    assert catalogs.translate("Cli", "list the articles") == "daftar artikel"
    assert catalogs.translate("Cli", "no such message ✓") == "no such message ✓"
    assert Catalogs.load([TRANSLATIONS_DIR / "missing.qm"]).translate("Cli", "x") == "x"


def test_not_a_qm_file(tmp_path):
    with pytest.raises(QmFormatError):
        QmCatalog(b"not a qm file at all")


def test_elf_hash_is_qts():
    # Qt's elfHash (qtranslator.cpp): 0 is made 1; the top nibble folds back in.
    assert elf_hash(b"") == 1
    assert elf_hash(b"a") == 0x61
    assert elf_hash(b"ab") == (0x61 << 4) + 0x62
    assert all(elf_hash(bytes([n]) * 40) < 0x10000000 for n in range(1, 256))


def test_the_saved_language_is_read_without_qt(tmp_path):
    from desktop_app.settings import Settings, saved_language

    settings = Settings(tmp_path)
    settings.set_preferences(replace(settings.preferences(), language="en"))
    settings.sync()
    code = (
        "import sys\n"
        "from desktop_app.settings import saved_language\n"
        f"print(saved_language({str(tmp_path)!r}), 'PySide6.QtCore' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["en", "False"]
    assert saved_language(tmp_path) == "en"


def test_an_unusual_preferences_file_is_read_by_qt(tmp_path):
    from desktop_app.settings import saved_language

    (tmp_path / "preferences.ini").write_text('[preferences]\nlanguage="en"\n', encoding="utf-8")
    assert saved_language(tmp_path) == "en"  # QSettings unquotes it
    (tmp_path / "preferences.ini").write_text("[preferences]\nlanguage=fr\n", encoding="utf-8")
    assert saved_language(tmp_path) == "id"
    (tmp_path / "preferences.ini").write_text("[preferences]\neditor_font_size=14\n", encoding="utf-8")
    assert saved_language(tmp_path) == "id"
