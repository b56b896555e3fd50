"""Translations: every string of the code has a finished Indonesian translation, the shipped .qm
files match their .ts, placeholders survive translation, and Qt's own texts are Indonesian too."""

from __future__ import annotations

import re
import shutil

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox

from desktop_app import i18n
from desktop_app.i18n_tools import (
    TRANSLATIONS_DIR,
    code_strings,
    missing_translations,
    qt_tool,
    read_ts,
    ts_path,
)

PLACEHOLDER = re.compile(r"\{\w*\}|%\d|%L?n")  # %Ln: the count in local digits (3.018)


@pytest.fixture
def app(qapp):
    yield qapp
    i18n.install_translators(qapp, "en")


# Strict: a string added to the code without a finished Indonesian translation fails the build.
def test_every_source_string_has_a_finished_indonesian_translation():
    missing = missing_translations("id")
    listing = "\n".join(f"  {m.context}: {m.source!r}" for m in missing[:60])
    assert not missing, (
        f"{len(missing)} strings lack a finished Indonesian translation; run "
        f"`python -m desktop_app.i18n_tools update`, translate, then `release`:\n"
        f"{listing}"
    )


def test_every_translated_string_has_a_known_context():
    """``other.tr("...")`` is translated in the context of ``other``'s class, which no tool can
    know; use ``self.tr`` or ``QCoreApplication.translate("Context", "...")`` (a variable named
    ``window`` is taken to be the main window: ``RECEIVER_CONTEXTS``)."""
    import ast

    from desktop_app.i18n_tools import RECEIVER_CONTEXTS, source_files

    unknown = []
    for path in source_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
                and not (
                    isinstance(node.func.value, ast.Name)
                    and node.func.value.id in {"self", *RECEIVER_CONTEXTS}
                )
            ):
                unknown.append(f"{path.name}:{node.lineno}")
    assert not unknown


def test_code_strings_are_found_with_their_run_time_context():
    keys = {(s.context, s.source) for s in code_strings()}
    assert ("Messages", "A name is required.") in keys  # through the _tr() wrapper
    assert ("SpellCheckController", "Ignore “{0}”") in keys
    # cli_workflow's _tr hands its text to the commands' translator: TR_CONTEXT names it
    assert ("Cli", "result: ready") in keys


def test_a_translator_imported_from_another_module_keeps_that_modules_context():
    # cli_imports takes its _tr from cli_tools (``tr as _tr``), whose TR_CONTEXT is "Cli"
    found = {(s.context, s.source) for s in code_strings() if s.path.endswith("cli_imports.py")}
    assert ("Cli", "Importing {0} of {1}") in found
    assert ("Cli", "your name (an editor's or admin's)") in found


def test_finished_translations_keep_their_placeholders():
    for path in sorted(TRANSLATIONS_DIR.glob("*.ts")):
        for message in read_ts(path):
            if not message.finished:
                continue
            wanted = set(PLACEHOLDER.findall(message.source))
            for form in message.translation.split("|"):
                assert set(PLACEHOLDER.findall(form)) == wanted, (path.name, message.source, form)


def test_glossary_terms_are_used_for_statuses():
    shipped = {(m.context, m.source): m.translation for m in read_ts(ts_path("id")) if m.finished}
    expected = {
        "Draft": "Draf",
        "In review": "Menunggu tinjauan",
        "Changes requested": "Perlu revisi",
        "Approved": "Disetujui",
        "Published": "Terbit",
        "Archived": "Diarsipkan",
    }
    for source, term in expected.items():
        if ("Status", source) in shipped:
            assert shipped[("Status", source)] == term


def test_shipped_qm_files_hold_every_finished_translation():
    """The .qm files were rebuilt after the last translation (``i18n_tools release``)."""
    for ts_file in sorted(TRANSLATIONS_DIR.glob("*.ts")):
        qm_file = ts_file.with_suffix(".qm")
        assert qm_file.is_file(), f"{qm_file.name} missing: python -m desktop_app.i18n_tools release"
        translator = QTranslator()
        assert translator.load(str(qm_file))
        stale = []
        for m in read_ts(ts_file):
            if not m.finished:
                continue
            numerus = "%n" in m.source or "%Ln" in m.source
            got = translator.translate(m.context, m.source, m.comment or None, 1 if numerus else -1)
            if got != m.translation.split("|")[0]:
                stale.append(f"{m.context}: {m.source!r}")
        assert not stale, f"{qm_file.name} is stale (python -m desktop_app.i18n_tools release): {stale[:10]}"


def test_languages():
    assert i18n.available_languages() == ["en", "id"]
    assert i18n.normalize_language(None) == "id"
    assert i18n.normalize_language("id_ID") == "id"
    assert i18n.normalize_language("en-GB") == "en"
    assert i18n.normalize_language("xx") == "id"
    names = [p.name for p in i18n.translation_files("id")]
    assert names == ["redaksi_id.qm", "qtbase_id.qm"]
    assert [p.name for p in i18n.translation_files("en")] == ["redaksi_en.qm"]  # plurals only


def _button_texts(box: QDialogButtonBox) -> list[str]:
    return [b.text() for b in box.buttons()]


def test_qt_own_texts_in_indonesian(app):
    i18n.install_translators(app, "id")
    assert i18n.current_language() == "id"
    buttons = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(
        buttons.Ok
        | buttons.Cancel
        | buttons.Save
        | buttons.Discard
        | buttons.Close
        | buttons.Apply
        | buttons.Reset
        | buttons.Yes
        | buttons.No
        | buttons.Help
        | buttons.RestoreDefaults
    )
    texts = {t.replace("&", "") for t in _button_texts(box)}
    assert {
        "OK",
        "Batal",
        "Simpan",
        "Buang",
        "Tutup",
        "Terapkan",
        "Atur Ulang",
        "Ya",
        "Tidak",
        "Bantuan",
        "Kembalikan Bawaan",
    } <= texts
    line = QLineEdit()
    menu_texts = [
        a.text().split("\t")[0] for a in line.createStandardContextMenu().actions() if not a.isSeparator()
    ]
    assert "&Urungkan" in menu_texts
    assert "&Tempel" in menu_texts
    assert "Pilih Semua" in menu_texts
    message = QMessageBox()
    message.setDetailedText("rincian")
    assert any(b.text() == "Tampilkan Rincian..." for b in message.buttons())


def test_english_interface_keeps_qt_english(app):
    i18n.install_translators(app, "id")
    i18n.install_translators(app, "en")  # switching replaces the translators
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert _button_texts(box) == ["Cancel"]
    assert QApplication.translate("Status", "Draft") == "Draft"


def test_tools_are_available():
    assert qt_tool("lupdate").is_file()
    assert shutil.which(str(qt_tool("lrelease")))


def test_counts_in_indonesian_digits(app):
    """Counts shown with %Ln follow the interface language: 3.018 in Indonesian, 3,018 in
    English (the same grouping as Babel's in desktop_app/core/dates.py)."""
    from desktop_app.core.dates import number

    i18n.install_translators(app, "id")
    assert QApplication.translate("MainWindow", "%Ln character(s)", None, 3018) == "3.018 karakter"
    assert number(3018, "id") == "3.018"
    i18n.install_translators(app, "en")
    assert QApplication.translate("MainWindow", "%Ln character(s)", None, 3018) == "3,018 characters"
    assert QApplication.translate("MainWindow", "%Ln character(s)", None, 1) == "1 character"


def test_english_plurals(app):
    """The English interface says "1 comment" and "3 comments", never "comment(s)"."""
    i18n.install_translators(app, "en")
    try:
        assert QApplication.translate("HeadlineDelegate", "%n comment(s)", "", 1) == "1 comment"
        assert QApplication.translate("HeadlineDelegate", "%n comment(s)", "", 3) == "3 comments"
        assert QApplication.translate("MainWindow", "%Ln word(s)", None, 365) == "365 words"
    finally:
        i18n.install_translators(app, "id")
