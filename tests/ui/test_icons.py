"""Redaksi's own icons (resources/icons/actions, desktop_app/ui/icons.py), the toolbar that shows
them and the dialog buttons that show none."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QProxyStyle, QStyle, QToolButton

from desktop_app.ui.icons import UnknownIconError, icon, icon_colour, icon_names, icon_path
from tests.ui.window_fixtures import open_new_article

ROOT = Path(__file__).resolve().parents[2]


def _stroke_colour(image: QImage) -> QColor:
    """The colour of the most opaque pixel: a stroke's, not its anti-aliased edge's."""
    best = QColor(0, 0, 0, 0)
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() > best.alpha():
                best = colour
    return best


def _pixels_near(image: QImage, colour: QColor, within: int = 40) -> int:
    """How many pixels of ``image`` are (nearly) ``colour``: the strokes drawn in it."""
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            count += pixel.alpha() == 255 and _distance(pixel, colour) <= within
    return count


def _distance(one: QColor, other: QColor) -> int:
    return max(abs(one.red() - other.red()), abs(one.green() - other.green()), abs(one.blue() - other.blue()))


def _dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#ffd54a"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#ffd54a"),
        (QPalette.ColorRole.Button, "#303134"),
        (QPalette.ColorRole.ButtonText, "#ffd54a"),
    ):
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#80868b"))
    return palette


@pytest.fixture
def no_icon_theme(qapp):
    """A machine with no icon theme at all (Windows, a bare Linux desktop)."""
    paths, name, fallback = QIcon.themeSearchPaths(), QIcon.themeName(), QIcon.fallbackThemeName()
    QIcon.setThemeSearchPaths([])
    QIcon.setThemeName("")
    QIcon.setFallbackThemeName("")
    yield
    QIcon.setThemeSearchPaths(paths)
    QIcon.setThemeName(name)
    QIcon.setFallbackThemeName(fallback)


@pytest.fixture
def dark_palette(qapp):
    """The application in a dark theme (the light palette again afterwards)."""
    light = QPalette(qapp.palette())
    qapp.setPalette(_dark_palette())
    yield qapp.palette()
    qapp.setPalette(light)


# -- the icons shipped -------------------------------------------------------------------------


def _names_in_the_code() -> set[str]:
    """Every icon name written in Redaksi's code: ``icon("name")``, ``icon="name"``, the
    ``(action, "name")`` pairs and the actions' positional icon argument
    (``a(self.tr("&Bold"), None, key.Bold, "bold")``)."""
    patterns = [
        r"\bicon\(\s*\"([a-z0-9-]+)\"",
        r"\bicon=\"([a-z0-9-]+)\"",
        r"\(\s*[\w.]+_action\w*,\s*\"([a-z0-9-]+)\"\)",
        r"\(\s*[\w.]+\.action_\w+,\s*\"([a-z0-9-]+)\"\)",
        r"self\.tr\(\"[^\"]+\"\),\s*(?:[\w.]+|None),\s*(?:[\w.]+|\"[^\"]*\"|None|QKeySequence\([\w.]+\)),"
        r"\s*\"([a-z0-9-]+)\"",
    ]
    names: set[str] = set()
    for path in (ROOT / "desktop_app").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for pattern in patterns:
            names.update(re.findall(pattern, text))
    return names


def test_every_icon_named_in_the_code_ships_in_resources():
    names = _names_in_the_code()
    assert {"bold", "save", "file-plus", "trash-2", "globe", "lock"} <= names  # (the scan finds them)
    assert sorted(name for name in names if not icon_path(name).is_file()) == []


def test_the_icons_ship_with_their_licence_and_source():
    folder = icon_path("save").parent
    assert "ISC License" in (folder / "LICENSE.txt").read_text(encoding="utf-8")
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "Lucide" in readme
    assert "1.33.0" in readme
    for name in icon_names():
        assert 'stroke="currentColor"' in icon_path(name).read_text(encoding="utf-8"), name


def test_an_unknown_icon_name_is_refused(qapp):
    with pytest.raises(UnknownIconError):
        icon("no-such-icon")


def test_every_icon_draws_something(qapp):
    for name in icon_names():
        assert icon(name).pixmap(QSize(16, 16)).size() == QSize(16, 16), name
        pixmap = icon(name).pixmap(QSize(32, 32))
        assert _stroke_colour(pixmap.toImage()).alpha() == 255, name


def test_icons_render_at_the_device_pixel_ratio_asked_for(qapp):
    pixmap = icon("save").pixmap(QSize(20, 20), 2.0)
    assert pixmap.devicePixelRatio() == 2.0
    assert pixmap.size() == QSize(40, 40)  # sharp on a high-density screen, not scaled up


# -- colours -----------------------------------------------------------------------------------


def test_icons_are_drawn_in_the_palettes_text_colour(qapp):
    text = qapp.palette().color(QPalette.ColorRole.WindowText)
    assert _stroke_colour(icon("bold").pixmap(32, 32).toImage()).rgb() == text.rgb()


def test_icon_colour_follows_a_dark_palette(qapp):
    light = _stroke_colour(icon("bold").pixmap(32, 32).toImage())
    assert light.lightness() < 100  # dark strokes on a light theme
    previous = QPalette(qapp.palette())
    qapp.setPalette(_dark_palette())
    try:
        dark = _stroke_colour(icon("bold").pixmap(32, 32).toImage())
    finally:
        qapp.setPalette(previous)
    assert dark.rgb() == QColor("#ffd54a").rgb()  # light strokes on a dark one


def test_an_empty_states_icon_is_drawn_in_the_muted_placeholder_colour(dark_palette):
    muted = dark_palette.color(QPalette.ColorRole.PlaceholderText)
    assert muted.rgb() != dark_palette.color(QPalette.ColorRole.WindowText).rgb()
    image = icon("inbox", QPalette.ColorRole.PlaceholderText).pixmap(48, 48).toImage()
    assert _stroke_colour(image).rgb() == muted.rgb()


def test_a_disabled_icon_is_drawn_in_the_disabled_text_colour(dark_palette):
    disabled = icon("bold").pixmap(QSize(32, 32), QIcon.Mode.Disabled).toImage()
    assert _stroke_colour(disabled).rgb() == QColor("#80868b").rgb()


# -- the window --------------------------------------------------------------------------------


def _has_label(button: QToolButton) -> bool:
    """Whether ``button`` shows its name beside its icon (a low-priority action's does not)."""
    icon_alone = button.iconSize().width() + button.fontMetrics().horizontalAdvance(button.text())
    return button.sizeHint().width() > icon_alone


def _toolbar_actions(window) -> list[QAction]:
    return [a for a in window.toolbar.actions() if not a.isSeparator() and a.isVisible()]


def test_every_toolbar_action_shows_an_icon_without_an_icon_theme(make_window, no_icon_theme):
    window = make_window()
    open_new_article(window)
    actions = _toolbar_actions(window)
    assert len(actions) >= 9
    for action in actions:
        assert not action.icon().isNull(), action.text()
        assert action.icon().name() in icon_names(), action.text()
        button = window.toolbar.widgetForAction(action)
        image = button.grab().toImage()
        label = button.fontMetrics().horizontalAdvance(action.iconText()) if _has_label(button) else 0
        image = image.copy(0, 0, image.width() - label, image.height())  # the icon's end of it
        colour = icon_colour(QIcon.Mode.Normal if action.isEnabled() else QIcon.Mode.Disabled)
        background = image.pixelColor(1, image.height() // 2)
        within = int(0.4 * _distance(colour, background))
        assert within > 10, action.text()  # (the icon's colour stands out from the button's)
        assert _pixels_near(image, colour, within) >= 5, action.text()  # its strokes are painted


def test_menu_actions_show_the_bundled_icons(make_window, no_icon_theme):
    window = make_window()
    window.finish_building()
    for action in (
        window.action_save_copy,
        window.action_open_database,
        window.action_preferences,
        window.action_undo,
        window.action_find,
        window.action_trash,
        window.action_media_library,
        window.export.action_export,
        window.workflow.toggle_action,
    ):
        assert action.icon().name() in icon_names(), action.text()


def test_main_actions_keep_their_label_formatting_buttons_show_the_icon_alone(make_window):
    window = make_window()
    for action in (window.action_new, window.action_save, window.action_toggle_preview):
        assert _has_label(window.toolbar.widgetForAction(action)), action.text()
    for action in (window.action_bold, window.action_heading, window.action_link, window.action_insert_image):
        assert not _has_label(window.toolbar.widgetForAction(action)), action.text()
    bold = window.action_bold.shortcut().toString(window.action_bold.shortcut().SequenceFormat.NativeText)
    assert window.action_bold.toolTip() == f"Bold ({bold})"
    assert window.action_heading.toolTip() == "Heading (Ctrl+Shift+H)"
    assert window.action_link.toolTip() == "Insert Link (Ctrl+K)"
    assert window.action_toggle_preview.toolTip() == "Show Preview (Ctrl+Shift+P)"


def test_the_toolbar_follows_a_palette_change(make_window):
    """Switched to a dark theme with the window open, the icons are drawn again, light."""
    window = make_window()
    open_new_article(window)
    bold = window.toolbar.widgetForAction(window.action_bold)
    assert _pixels_near(bold.grab().toImage(), QColor("#ffd54a")) == 0
    previous = QPalette(QApplication.palette())
    QApplication.setPalette(_dark_palette())
    try:
        assert _pixels_near(bold.grab().toImage(), QColor("#ffd54a"), within=10) >= 10
    finally:
        QApplication.setPalette(previous)


def test_the_toolbar_fits_a_1280_pixel_window_in_indonesian(indonesian_window, qtbot):
    """Indonesian labels are longer: every toolbar button is on show (none folded into the
    toolbar's » menu) and the window did not grow."""
    window = indonesian_window
    window.finish_building()
    window.resize(1280, 690)
    qtbot.waitUntil(lambda: window.width() == 1280)
    assert window.toolbar.sizeHint().width() < 1280 // 2
    for action in _toolbar_actions(window):
        button = window.toolbar.widgetForAction(action)
        assert button.isVisible(), action.text()
        assert window.toolbar.rect().contains(button.geometry()), action.text()
    assert window.width() == 1280


# -- dialog buttons ------------------------------------------------------------------------------


class _DesktopWithButtonIcons(QProxyStyle):
    """A desktop that puts icons on dialog buttons (GNOME's and KDE's platform themes do)."""

    def styleHint(self, hint, option=None, widget=None, return_data=None):  # noqa: N802
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, return_data)


def _button_icons(style: QStyle) -> list[bool]:
    box = QDialogButtonBox()
    box.setStyle(style)
    box.setStandardButtons(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    icons = [not button.icon().isNull() for button in box.buttons()]
    box.deleteLater()
    return icons


def test_dialog_buttons_have_no_icons_even_where_the_desktop_adds_them(qapp):
    from desktop_app.ui.app_style import RedaksiStyle

    desktop = _DesktopWithButtonIcons("fusion")
    assert _button_icons(desktop) == [True, True]  # (the desktop's own)
    redaksi = RedaksiStyle(_DesktopWithButtonIcons("fusion"))
    assert _button_icons(redaksi) == [False, False]


def test_the_app_style_keeps_message_boxes_working(qapp, qtbot):
    from desktop_app.ui.app_style import RedaksiStyle, install_style

    previous = qapp.style().name()
    install_style()
    try:
        assert isinstance(qapp.style(), RedaksiStyle)
        install_style()  # (twice: still one proxy)
        assert not isinstance(qapp.style().baseStyle(), RedaksiStyle)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Redaksi",
            "Save the changes?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard,
        )
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        assert all(button.icon().isNull() for button in box.findChildren(QToolButton) + box.buttons())
        assert not box.iconPixmap().isNull()  # the question mark stays
        box.button(QMessageBox.StandardButton.Discard).click()
        assert box.result() == QMessageBox.StandardButton.Discard
    finally:
        qapp.setStyle(previous)


def test_the_headline_lists_context_menu_shows_the_same_icons(make_window):
    from PySide6.QtCore import QTimer

    window = make_window()
    open_new_article(window)
    sidebar = window.sidebar
    assert sidebar.model.rowCount() > 0
    shown: list[list[tuple[str, str]]] = []

    def record_and_close() -> None:
        menu = QApplication.activePopupWidget()
        try:
            shown.append([(a.text(), a.icon().name()) for a in menu.actions() if not a.isSeparator()])
        finally:
            menu.close()  # (the menu's own event loop ends: the test goes on)

    QTimer.singleShot(0, record_and_close)
    sidebar._show_context_menu(sidebar.view.visualRect(sidebar.model.index(0, 0)).center())
    assert shown == [[("New Article", "file-plus"), ("Duplicate", "copy"), ("Move to Trash", "trash-2")]]
