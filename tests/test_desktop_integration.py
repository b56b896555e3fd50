"""Desktop integration: the icon files and their source, the freedesktop .desktop file and the
AppStream metainfo (checked by ``desktop-file-validate`` and ``appstreamcli`` when they are
installed: Debian's desktop-file-utils and appstream; with ``REDAKSI_REQUIRE_TOOLS=1``, as in
CI, a missing tool fails instead of skipping), the icon on the application and its window, the
platform's standard shortcuts and the menu roles macOS moves into the application menu."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from desktop_app import APP_ID, __version__
from desktop_app.core.resources import resource_path
from tests.ui import window_fixtures

ROOT = Path(__file__).resolve().parents[1]
REQUIRED = os.environ.get("REDAKSI_REQUIRE_TOOLS") == "1"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# The main window as the GUI tests in tests/ui build it (the composition root on a temporary
# database and settings folder).
config_dir = window_fixtures.config_dir
make_window = window_fixtures.make_window


def tool(name: str, package: str) -> str:
    """The path of a command-line tool; skips (fails in CI) when it is not installed."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed: apt-get install {package}"
        if REQUIRED:
            pytest.fail(message)
        pytest.skip(message)
    return path


def icons_script():
    """``packaging/icons.py`` (a script, not a package), imported."""
    spec = importlib.util.spec_from_file_location("redaksi_icons", ROOT / "packaging" / "icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def png(size: int) -> Path:
    return resource_path("icons", "hicolor", f"{size}x{size}", "apps", f"{APP_ID}.png")


def desktop_file() -> Path:
    return resource_path("desktop", f"{APP_ID}.desktop")


def metainfo_file() -> Path:
    return resource_path("desktop", f"{APP_ID}.metainfo.xml")


def desktop_entry() -> dict[str, str]:
    """The keys of the [Desktop Entry] group (the format is not quite INI: no configparser)."""
    lines = desktop_file().read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    entry = {}
    for line in lines[1:]:
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            entry[key] = value
    return entry


# -- the icon files ------------------------------------------------------------------------


def test_app_id_is_reverse_dns_and_lowercase():
    """Lowercase: appstreamcli's pedantic check, and tools that lowercase ids."""
    parts = APP_ID.split(".")
    assert len(parts) >= 3
    assert APP_ID.lower() == APP_ID
    assert all(part and part.replace("_", "").isalnum() for part in parts)


def test_pngs_at_every_size():
    assert icons_script().PNG_SIZES == PNG_SIZES
    for size in PNG_SIZES:
        with Image.open(png(size)) as image:
            assert image.format == "PNG"
            assert image.size == (size, size), png(size)
            assert image.mode == "RGBA"
            assert image.getpixel((0, 0))[3] == 0  # a rounded tile: transparent corners
            assert image.getpixel((size // 2, size // 2))[3] == 255


def test_ico_holds_16_to_256_px():
    path = resource_path("icons", "redaksi.ico")
    with Image.open(path) as image:
        assert image.format == "ICO"
        assert sorted(image.info["sizes"]) == [(s, s) for s in ICO_SIZES]
        for size in ICO_SIZES:
            image.size = (size, size)
            image.load()
            assert image.size == (size, size)
            assert image.getpixel((size // 2, size // 2))[3] == 255  # drawn, not blank


def test_icns_holds_16_to_1024_px():
    with Image.open(resource_path("icons", "redaksi.icns")) as image:
        assert image.format == "ICNS"
        pixels = {width * scale for width, _height, scale in image.info["sizes"]}
        assert {32, 64, 128, 256, 512, 1024} <= pixels


def test_svg_source_is_valid_and_the_files_are_up_to_date(qapp):
    """Every PNG, the .ico and the scalable copy are what ``packaging/icons.py`` makes of the
    SVG now: an edited SVG without regenerated files fails here."""
    from PySide6.QtSvg import QSvgRenderer

    source = resource_path("icons", "redaksi.svg")
    renderer = QSvgRenderer(str(source))
    assert renderer.isValid()
    assert renderer.viewBox().width() == renderer.viewBox().height() == 256
    assert icons_script().differences() == []


def test_icons_script_writes_every_file(qapp, tmp_path):
    script = icons_script()
    written = script.write_all(tmp_path)
    assert {p.relative_to(tmp_path).as_posix() for p in written} == {
        *(f"hicolor/{s}x{s}/apps/{APP_ID}.png" for s in PNG_SIZES),
        f"hicolor/scalable/apps/{APP_ID}.svg",
        "redaksi.ico",
        "redaksi.icns",
    }
    assert script.differences(tmp_path) == []
    png_path = script.png_path(32, tmp_path)
    Image.new("RGBA", (32, 32)).save(png_path)  # blank: out of date
    assert script.differences(tmp_path) == [f"{png_path}: differs from redaksi.svg"]


def test_license_is_the_plain_gpl_3_text():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.lstrip().startswith("GNU GENERAL PUBLIC LICENSE")
    assert "Version 3, 29 June 2007" in text.splitlines()[1]
    assert text == resource_path("dictionaries", "GPL-3.0.txt").read_text(encoding="utf-8")


# -- the .desktop file and the AppStream metainfo -------------------------------------------


def test_desktop_file_validates():
    validate = tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([validate, str(desktop_file())], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # no warnings, no hints


def test_desktop_file_names_redaksi_in_both_languages():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Redaksi"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == "redaksi-app %f"  # the GUI launcher: no console window
    assert entry["TryExec"] == "redaksi-app"
    assert entry["Terminal"] == "false"
    assert entry["StartupWMClass"] == "Redaksi"  # QApplication.applicationName: X11's class
    assert "Office" in entry["Categories"].split(";")
    assert "application/vnd.sqlite3" in entry["MimeType"].split(";")
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert entry.get(f"{key}[id]"), key
        assert entry[key], key
    assert "berita" in entry["Keywords[id]"].split(";")


def test_metainfo_validates():
    appstreamcli = tool("appstreamcli", "appstream")
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", "--pedantic", str(metainfo_file())],
        capture_output=True,
        text=True,
    )
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    # Errors and warnings fail; infos may remain (appstream 0.16 does not know <developer>,
    # which 1.0 asks for instead of the deprecated <developer_name>).
    assert not [line for line in report.splitlines() if line.lstrip().startswith(("E:", "W:"))]


def test_metainfo_and_desktop_file_install_together(tmp_path):
    """Installed as a package installs them, the metainfo finds its launchable .desktop file."""
    appstreamcli = tool("appstreamcli", "appstream")
    share = tmp_path / "usr" / "share"
    for folder, source in (("applications", desktop_file()), ("metainfo", metainfo_file())):
        (share / folder).mkdir(parents=True)
        shutil.copy(source, share / folder / source.name)
    shutil.copytree(resource_path("icons", "hicolor"), share / "icons" / "hicolor")
    result = subprocess.run(
        [appstreamcli, "validate-tree", "--no-net", "--pedantic", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    assert not [line for line in report.splitlines() if line.lstrip().startswith(("E:", "W:"))]


def test_metainfo_describes_this_release():
    root = ET.parse(metainfo_file()).getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == "Redaksi"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.findtext("metadata_license") in ("CC0-1.0", "FSFAP")
    launchable = root.find("launchable")
    assert (launchable.get("type"), launchable.text) == ("desktop-id", f"{APP_ID}.desktop")
    assert {b.text for b in root.iterfind("provides/binary")} >= {"redaksi"}
    assert root.find("content_rating").get("type") == "oars-1.1"
    releases = [r.get("version") for r in root.iterfind("releases/release")]
    assert releases[0] == __version__, "add a <release> for the new version"
    languages = {e.get(XML_LANG) for e in root.iter() if e.get(XML_LANG)}
    assert languages == {"id"}
    summaries = {e.get(XML_LANG): e.text for e in root.iterfind("summary")}
    assert summaries.keys() == {None, "id"}
    description = root.find("description")
    english = [p for p in description.iter("p") if p.get(XML_LANG) is None]
    indonesian = [p for p in description.iter("p") if p.get(XML_LANG) == "id"]
    assert len(english) == len(indonesian) > 0


# -- the icon on the application and its window ---------------------------------------------


def _sizes(icon) -> set[int]:
    return {size.width() for size in icon.availableSizes()}


def test_window_carries_redaksis_icon(make_window):
    window = make_window(show=False)
    icon = window.windowIcon()
    assert not icon.isNull()
    assert _sizes(icon) == set(PNG_SIZES)
    assert icon.pixmap(32, 32).size().width() == 32  # the file is read when first drawn


def test_application_icon_and_desktop_file_name(qapp):
    from PySide6.QtGui import QGuiApplication

    from desktop_app.app import _set_application_icon

    icon, name = qapp.windowIcon(), QGuiApplication.desktopFileName()
    try:
        _set_application_icon(qapp)
        assert QGuiApplication.desktopFileName() == APP_ID
        assert _sizes(qapp.windowIcon()) == set(PNG_SIZES)
    finally:
        qapp.setWindowIcon(icon)
        QGuiApplication.setDesktopFileName(name)


def test_icon_entries_are_decoded_only_when_drawn(qapp, monkeypatch, tmp_path):
    """Start-up lists the folder and decodes no image (Qt reads a PNG's first bytes to know its
    format): a PNG cut short breaks nothing until it is drawn."""
    from desktop_app.ui import window_layout

    apps = tmp_path / "icons" / "hicolor" / "48x48" / "apps"
    apps.mkdir(parents=True)
    (apps / f"{APP_ID}.png").write_bytes(png(48).read_bytes()[:40])  # signature and header
    (tmp_path / "icons" / "hicolor" / "scalable" / "apps").mkdir(parents=True)
    monkeypatch.setattr(window_layout, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    icon = window_layout.application_icon()
    assert _sizes(icon) == {48}
    assert icon.pixmap(48, 48).isNull()


# -- standard shortcuts and menu roles ------------------------------------------------------

STANDARD_KEYS = {
    "action_new": "New",
    "action_save": "Save",
    "action_open_database": "Open",
    "action_preferences": "Preferences",
    "action_quit": "Quit",
    "action_undo": "Undo",
    "action_redo": "Redo",
    "action_find": "Find",
    "action_replace": "Replace",
    "action_bold": "Bold",
    "action_italic": "Italic",
    "action_distraction_free": "FullScreen",
}
#: The key of a standard action where the platform binds none to it.
FALLBACKS = {
    "action_replace": "Ctrl+Alt+F" if sys.platform == "darwin" else "Ctrl+H",
    "action_distraction_free": "F11",
}
OWN_KEYS = {
    "action_search_articles": "Ctrl+Shift+F",
    "action_link": "Ctrl+K",
    "action_heading": "Ctrl+Shift+H",
    "action_quote": "Ctrl+Shift+Q",
    "action_bullets": "Ctrl+Shift+L",
    "action_code": "Ctrl+Shift+K",
    "action_toggle_sidebar": "Ctrl+Shift+B",
    "action_toggle_preview": "Ctrl+Shift+P",
    "action_duplicate": "Ctrl+Shift+D",
    "action_insert_image": "Ctrl+Shift+I",
}


def _texts(sequences) -> list[str]:
    return [sequence.toString() for sequence in sequences]


def test_standard_actions_use_the_platforms_keys(make_window):
    from PySide6.QtGui import QKeySequence

    window = make_window(show=False)
    for attribute, key in STANDARD_KEYS.items():
        expected = _texts(QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, key)))
        if not expected and attribute in FALLBACKS:
            expected = [FALLBACKS[attribute]]
        assert _texts(getattr(window, attribute).shortcuts()) == expected, attribute
    for attribute, key in OWN_KEYS.items():
        assert _texts(getattr(window, attribute).shortcuts()) == [key], attribute
    # The Delete key alone (not the Ctrl+D that Linux's Delete also has, meant for line edits)
    assert _texts(window.action_trash.shortcuts()) == [
        QKeySequence(QKeySequence.StandardKey.Delete).toString()
    ]
    redo = _texts(window.action_redo.shortcuts())
    assert "Ctrl+Shift+Z" in redo  # every platform; Windows' scheme (offscreen's) has Ctrl+Y too


def test_menu_roles_for_the_macos_application_menu(make_window):
    from PySide6.QtGui import QAction

    window = make_window(show=False)
    role = QAction.MenuRole
    assert window.action_quit.menuRole() == role.QuitRole
    assert window.action_about.menuRole() == role.AboutRole
    assert window.action_about_qt.menuRole() == role.AboutQtRole
    assert window.action_preferences.menuRole() == role.PreferencesRole


def test_own_keys_win_over_a_standard_keys_extra_binding(qtbot):
    """KDE binds Full Screen to Ctrl+Shift+F as well, Redaksi's Search Articles: the standard
    action gives that key up, whichever action is made first (here with this platform's first
    Full Screen key standing in for it)."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QMainWindow

    from desktop_app.ui.window_layout import ActionFactory

    full_screen = QKeySequence.StandardKey.FullScreen
    bindings = _texts(QKeySequence.keyBindings(full_screen))
    if not bindings:
        pytest.skip("no Full Screen key on this platform")
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = ActionFactory(window)
    standard = actions.create("standard first", shortcut=full_screen)
    own = actions.create("own", shortcut=bindings[0])
    assert _texts(standard.shortcuts()) == bindings[1:]
    assert _texts(own.shortcuts()) == [bindings[0]]
    later = actions.create("standard later", shortcut=full_screen)
    assert _texts(later.shortcuts()) == bindings[1:]


def test_fallback_key_only_where_the_platform_binds_none(qtbot):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QMainWindow

    from desktop_app.ui.window_layout import ActionFactory

    key = QKeySequence.StandardKey
    unbound = next(
        (
            k
            for k in (key.Preferences, key.Quit, key.Replace, key.FullScreen)
            if not QKeySequence.keyBindings(k)
        ),
        None,
    )
    if unbound is None:
        pytest.skip("this platform binds every one of these keys")
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = ActionFactory(window)
    assert _texts(actions.create("a", shortcut=unbound, fallback="Ctrl+Alt+J").shortcuts()) == ["Ctrl+Alt+J"]
    assert _texts(actions.create("b", shortcut=key.Find, fallback="Ctrl+Alt+K").shortcuts()) == _texts(
        QKeySequence.keyBindings(key.Find)
    )
