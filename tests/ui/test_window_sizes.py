"""The main window at a laptop's size: every combination of its panels fits 1280×720 and
1366×768 without the window growing, every widget shows whole, the editor keeps ~60 characters a
line (the preview folds first), panels give their room back when they close, and a state saved
on a bigger screen is clamped to the screen."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from desktop_app.ui.pane_fit import EDITOR_CHARACTERS, PREVIEW_FOLD_WIDTH, PREVIEW_UNFOLD_WIDTH
from tests.ui.window_fixtures import restart

SIZES = [(1280, 720), (1366, 768)]


def settle(qtbot) -> None:
    from desktop_app.workers import wait_for_workers

    for _ in range(3):
        QApplication.processEvents()
        wait_for_workers()
        qtbot.wait(1)
    QApplication.processEvents()


def _in_scroll_content(widget: QWidget, window: QWidget) -> bool:
    """Inside a scroll area's viewport (content that may scroll out of sight)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        viewport = parent.viewport() if isinstance(parent, QAbstractScrollArea) else None
        if viewport is not None and viewport.isAncestorOf(widget):
            return True
        parent = parent.parentWidget()
    return False


def _squeezed(widget: QWidget) -> bool:
    """Laid out narrower than it can be (a row that does not fit squeezes its widgets)."""
    policy = widget.sizePolicy().horizontalPolicy()
    if policy == QSizePolicy.Policy.Ignored or widget.parentWidget().layout() is None:
        return False
    least = widget.minimumWidth() or widget.minimumSizeHint().width()
    return widget.width() < least


def _in_layout(widget: QWidget) -> bool:
    """Whether ``widget`` is placed by its parent's layout (or one nested in it): an overlay
    placed by hand over the page (the empty preview's hint) is meant to be over a sibling."""
    layouts = [widget.parentWidget().layout()]
    while layouts:
        layout = layouts.pop()
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item.widget() is widget:
                return True
            if item.layout() is not None:
                layouts.append(item.layout())
    return False


def _overlapping(widget: QWidget, seen: list[QWidget]) -> QWidget | None:
    """A sibling laid out in the same layout that ``widget`` overlaps."""
    for other in seen:
        if other.parentWidget() is widget.parentWidget() and other.geometry().intersects(widget.geometry()):
            return other
    return None


def clipped_widgets(window: QWidget) -> list[str]:
    """Every visible widget of ``window`` that is not wholly inside the window, not wholly
    inside its parent (a row too wide for its pane), squeezed below its minimum, or over a
    sibling of its layout; a scroll area's content is left out."""
    found = []
    laid_out: list[QWidget] = []
    for widget in window.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisibleTo(window) or _in_scroll_content(widget, window):
            continue
        parent = widget.parentWidget()
        name = f"{type(widget).__name__}#{widget.objectName()}"
        if parent is not None and parent is not window and parent.layout() is not None and _in_layout(widget):
            if _squeezed(widget):
                least = widget.minimumSizeHint().width()
                found.append(f"{name} squeezed to {widget.width()} (at least {least})")
            other = _overlapping(widget, laid_out)
            if other is not None:
                found.append(f"{name} over {type(other).__name__}#{other.objectName()}")
            laid_out.append(widget)
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not window.rect().contains(rect):
            found.append(f"{name} at {rect.getRect()} outside the window {window.rect().getRect()}")
            continue
        if parent is not None and parent is not window and not parent.rect().contains(widget.geometry()):
            found.append(f"{name} at {widget.geometry().getRect()} outside its parent {parent.objectName()}")
    return found


def characters_per_line(body) -> float:
    """How many characters of the body's own text fit on one of its lines (the text's average
    character width, measured)."""
    text = body.toPlainText().replace("\n", " ")[:2000] or "x" * 100
    average = body.fontMetrics().horizontalAdvance(text) / len(text)
    usable = body.viewport().width() - 2 * body.document().documentMargin()
    return usable / average


def article_ids(window) -> dict[str, int]:
    model = window.sidebar.model
    headlines = [model.headline(row) for row in range(model.rowCount())]
    return {
        "published": next(h.id for h in headlines if h.status == "published"),
        "changes": next(h.id for h in headlines if h.status == "changes_requested"),
    }


@pytest.fixture
def demo_window(qtbot, demo_target, make_window):
    """The demo in Indonesian (its words are the longer), its admin signed in."""
    from desktop_app import i18n

    window = make_window(language="id")
    yield window
    i18n.install_translators(QApplication.instance(), "en")


def set_combination(qtbot, window, ids, sidebar, dock, find, details, article) -> None:
    window.editor.find_bar.close_bar()
    window.open_article(ids[article])
    window.action_toggle_sidebar.setChecked(sidebar)
    window.workflow.dock.setVisible(dock)
    toggle = window.editor.findChild(QToolButton, "detailsToggle")
    if toggle.isChecked() != details:
        toggle.click()
    if find == "find":
        window.action_find.trigger()
    elif find == "replace":
        window.action_replace.trigger()
    settle(qtbot)


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_panel_combination_fits_without_growing_the_window(qtbot, demo_window, width, height):
    window = demo_window
    window.resize(width, height)
    settle(qtbot)
    assert (window.width(), window.height()) == (width, height)
    ids = article_ids(window)
    body = window.editor.body_edit
    combinations = itertools.product(
        (True, False),  # sidebar
        (False, True),  # review and history dock
        ("", "find", "replace"),  # find bar
        (True, False),  # article details shown / folded
        ("published", "changes"),  # the header's "Online since …" / the change-request banner
    )
    for combination in combinations:
        set_combination(qtbot, window, ids, *combination)
        sidebar, dock, find, details, article = combination
        label = f"{width}x{height} {combination}"
        assert (window.width(), window.height()) == (width, height), label
        assert window.sidebar.isVisible() == sidebar, label
        assert window.workflow.dock.isVisible() == dock, label
        assert not window.workflow.dock.isFloating(), label
        assert window.editor.find_bar.isVisible() == bool(find), label
        assert window.workflow.header.isVisible(), label
        assert window.workflow.checklist.isVisible(), label
        assert window.workflow.change_banner.isVisible() == (article == "changes"), label
        assert clipped_widgets(window) == [], label
        assert characters_per_line(body) >= EDITOR_CHARACTERS - 2, label
        # the preview shows wide enough to read, or it folded (its toggle unchecked)
        if window.preview.isVisible():
            assert window.preview.width() >= PREVIEW_FOLD_WIDTH, label
            assert window.action_toggle_preview.isChecked(), label
        else:
            assert window.pane_fit.folded, label
            assert not window.action_toggle_preview.isChecked(), label


def test_the_preview_folds_for_the_dock_and_comes_back_when_it_closes(qtbot, demo_window):
    window = demo_window
    window.resize(1280, 720)
    window.open_article(article_ids(window)["published"])
    settle(qtbot)
    assert window.preview.isVisible()
    window.workflow.toggle_action.trigger()  # View ▸ Review and History
    settle(qtbot)
    assert window.width() == 1280
    assert window.workflow.dock.isVisible()
    assert window.preview.isHidden()
    assert window.pane_fit.folded
    assert not window.action_toggle_preview.isChecked()
    window.workflow.toggle_action.trigger()  # closed again: the room goes back to the preview
    settle(qtbot)
    assert window.width() == 1280
    assert window.preview.isVisible()
    assert window.action_toggle_preview.isChecked()
    assert window.preview.width() >= PREVIEW_UNFOLD_WIDTH
    splitter = window.splitter
    shown = [w for w in (splitter.widget(i) for i in range(splitter.count())) if w.isVisible()]
    handles = splitter.handleWidth() * (len(shown) - 1)
    assert sum(w.width() for w in shown) + handles == splitter.width()  # nothing left unused


def test_a_hidden_sidebar_gives_its_room_back(qtbot, demo_window):
    window = demo_window
    window.resize(1280, 720)
    window.open_article(article_ids(window)["published"])
    settle(qtbot)
    centre = window.splitter.widget(1)
    before = centre.width() + window.preview.width()
    sidebar = window.sidebar.width()
    window.action_toggle_sidebar.setChecked(False)
    settle(qtbot)
    assert centre.width() + window.preview.width() == before + sidebar + window.splitter.handleWidth()
    window.action_toggle_sidebar.setChecked(True)
    settle(qtbot)
    assert window.sidebar.isVisible()
    assert window.width() == 1280


def test_a_sidebar_shown_again_beside_the_dock_gets_its_width_back(qtbot, demo_window):
    """Hidden and shown again while the dock is open, the sidebar came back at its minimum and
    stayed so after the dock closed; it gets the width it had, from the editor's spare room."""
    window = demo_window
    window.resize(1280, 720)
    window.open_article(article_ids(window)["published"])
    settle(qtbot)
    width = window.sidebar.width()
    assert width > window.sidebar.minimumWidth()
    window.workflow.dock.show()
    settle(qtbot)
    window.action_toggle_sidebar.setChecked(False)
    settle(qtbot)
    window.action_toggle_sidebar.setChecked(True)
    settle(qtbot)
    assert window.sidebar.width() == width
    window.workflow.dock.hide()
    settle(qtbot)
    assert window.sidebar.width() == width
    assert window.preview.isVisible()
    assert clipped_widgets(window) == []


def open_beside_the_dock(qtbot, window) -> None:
    """The published article at 1280×720 with the Review and History dock open: no room for
    the preview, which folds."""
    window.resize(1280, 720)
    window.open_article(article_ids(window)["published"])
    settle(qtbot)
    window.workflow.dock.show()
    settle(qtbot)
    assert window.preview.isHidden()
    assert window.pane_fit.folded


def test_asking_for_the_preview_where_there_is_no_room_folds_the_sidebar(qtbot, demo_window):
    window = demo_window
    open_beside_the_dock(qtbot, window)
    window.action_toggle_preview.trigger()  # the user asks for it
    settle(qtbot)
    assert window.preview.isVisible()
    assert window.preview.width() >= PREVIEW_FOLD_WIDTH
    assert window.sidebar.isHidden()
    assert not window.action_toggle_sidebar.isChecked()
    assert window.width() == 1280
    assert characters_per_line(window.editor.body_edit) >= EDITOR_CHARACTERS - 2
    window.action_toggle_preview.trigger()  # and hides it: it stays hidden
    window.workflow.dock.hide()
    settle(qtbot)
    assert window.preview.isHidden()
    assert not window.pane_fit.folded


def test_a_larger_editor_font_folds_the_preview_sooner(qtbot, demo_window):
    window = demo_window
    window.resize(1366, 768)
    window.open_article(article_ids(window)["published"])
    settle(qtbot)
    centre = window.splitter.widget(1)
    before = centre.minimumWidth()
    font = window.editor.body_edit.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    window.editor.body_edit.setFont(font)
    settle(qtbot)
    assert centre.minimumWidth() > before
    assert window.width() == 1366
    assert characters_per_line(window.editor.body_edit) >= EDITOR_CHARACTERS - 2


def make_narrowest(qtbot, window) -> None:
    """The centre as narrow as it gets: a small body font (so ~60 characters take little
    room), the dock open and the window at its minimum width."""
    font = window.editor.body_edit.font()
    font.setPointSizeF(6)
    window.editor.body_edit.setFont(font)
    window.workflow.dock.show()
    settle(qtbot)
    window.resize(window.minimumSizeHint().width(), 720)
    settle(qtbot)


def test_the_header_elides_its_text_and_moves_buttons_into_more(qtbot, demo_window):
    window = demo_window
    window.resize(1280, 720)
    window.open_article(article_ids(window)["published"])
    window.workflow.dock.show()
    settle(qtbot)
    header = window.workflow.header
    detail = header.detail
    assert detail.full_text().startswith("Tayang sejak")
    wide_buttons = header.overflow_names()
    make_narrowest(qtbot, window)
    assert window.width() <= 1280
    assert detail.isVisible()
    assert detail.is_elided()
    assert detail.toolTip() == detail.full_text()
    assert detail.shown_text().endswith("…")
    assert len(header.overflow_names()) > len(wide_buttons)
    more = header.findChild(QToolButton, "headerMoreButton")
    assert more.isVisible()
    in_menu = [action.text() for action in more.menu().actions()]
    moved = [header.findChild(QWidget, name).text() for name in header.overflow_names()]
    assert in_menu == moved
    buttons = [b for b in header.findChildren(QPushButton) + [more] if b.isVisible()]
    detail_rect = QRect(detail.mapTo(header, QPoint(0, 0)), detail.size())
    for button in buttons:
        assert not detail_rect.intersects(QRect(button.mapTo(header, QPoint(0, 0)), button.size()))
    assert clipped_widgets(window) == []
    # a menu item does what its button does
    # (a live article's secondary action: "Tarik berita…")
    takedown = next(a for a in more.menu().actions() if a.text() == header.buttons["takedown"].text())
    header.action_requested.disconnect()  # (not taken down here: only asked for)
    with qtbot.waitSignal(header.action_requested) as signal:
        takedown.trigger()
    assert signal.args == ["takedown"]
    # wide again: everything back on the line
    window.workflow.dock.hide()
    window.resize(1366, 768)
    settle(qtbot)
    assert header.overflow_names() == []
    assert not more.isVisible()
    assert detail.toolTip() == (detail.full_text() if detail.is_elided() else "")
    window.action_toggle_preview.setChecked(False)
    window.action_toggle_sidebar.setChecked(False)
    settle(qtbot)
    assert not detail.is_elided()
    assert detail.toolTip() == ""


def test_the_checklist_line_stays_one_line_with_its_text_in_the_tooltip(qtbot, demo_window):
    window = demo_window
    window.resize(1280, 720)
    window.open_article(article_ids(window)["changes"])
    make_narrowest(qtbot, window)
    summary = window.workflow.checklist.summary
    summary.setText("Daftar periksa: belum ada " + ", ".join(["Judul", "Ringkasan (teras berita)"] * 8))
    settle(qtbot)
    assert summary.is_elided()
    assert summary.shown_text().endswith("…")
    assert summary.toolTip() == summary.text()
    assert summary.height() < 2 * summary.fontMetrics().height()


def test_a_state_saved_on_a_bigger_screen_is_clamped_to_this_one(
    qtbot, demo_target, make_window, monkeypatch
):
    import desktop_app.ui.window_layout as window_layout

    window = make_window()
    window.resize(1900, 1040)
    window.workflow.dock.show()
    settle(qtbot)
    assert window.width() == 1900
    area = QRect(0, 0, 1280, 720)
    monkeypatch.setattr(window_layout, "available_screen_area", lambda _widget: area)
    window = restart(qtbot, window, make_window)
    settle(qtbot)
    assert window.frameGeometry().width() <= area.width()
    assert window.frameGeometry().height() <= area.height()
    assert area.contains(window.frameGeometry().topLeft())
    assert clipped_widgets(window) == []


def test_the_first_window_fits_a_small_screen(qtbot, demo_target, make_window, monkeypatch):
    import desktop_app.ui.window_layout as window_layout

    area = QRect(0, 0, 1100, 600)
    monkeypatch.setattr(window_layout, "available_screen_area", lambda _widget: area)
    window = make_window()  # nothing saved yet: the default size, within the screen
    settle(qtbot)
    assert window.frameGeometry().width() <= area.width()
    assert window.frameGeometry().height() <= area.height()


def test_a_narrow_preview_sets_its_type_smaller(qtbot, demo_window):
    from desktop_app.ui.preview import COMPACT_WIDTH

    window = demo_window
    window.resize(1366, 768)
    window.open_article(article_ids(window)["published"])
    settle(qtbot)
    preview = window.preview
    splitter = window.splitter
    total = sum(splitter.sizes())
    splitter.setSizes([220, total - 220 - 600, 600])  # a wide preview: the website's sizes
    settle(qtbot)
    assert preview.width() >= COMPACT_WIDTH
    assert not preview.compact
    assert "font-size: 17px" in preview.browser.document().defaultStyleSheet()
    splitter.setSizes([220, total - 220 - 300, 300])  # narrow: smaller and tighter
    settle(qtbot)
    assert preview.isVisible()
    assert preview.compact
    style = preview.browser.document().defaultStyleSheet()
    assert "font-size: 17px" not in style
    assert "font-size: 14px" in style
    assert "line-height: 165%" not in style


@pytest.mark.parametrize(
    "show",
    [
        lambda w: w.banner.show_conflict("Someone else saved this article meanwhile."),
        lambda w: w.banner.show_failure("The disk is full.", "damaged", "SQLITE_FULL"),
        lambda w: w.banner.show_failure("The disk is full.", "file_replaced", "replaced"),
        lambda w: w.banner.show_read_only(),
        lambda w: w.presence_banner.show_editing("Redaktur Demo", "10.22"),
        lambda w: w.presence_banner.show_taken("Redaktur Demo", "10.22"),
        lambda w: w.health_banner.show_damaged(["index sidebar rusak"], "/tmp/backup.db"),
    ],
    ids=["conflict", "failure", "file-replaced", "read-only", "editing", "taken", "damaged"],
)
def test_the_banners_over_the_editor_fit_too(qtbot, demo_window, show):
    window = demo_window
    window.resize(1280, 720)
    window.open_article(article_ids(window)["published"])
    window.workflow.dock.show()
    window.action_find.trigger()
    settle(qtbot)
    show(window)
    settle(qtbot)
    assert (window.width(), window.height()) == (1280, 720)
    assert clipped_widgets(window) == []
    assert characters_per_line(window.editor.body_edit) >= EDITOR_CHARACTERS - 2


def test_a_folded_preview_stays_folded_in_distraction_free_mode(qtbot, demo_window):
    window = demo_window
    open_beside_the_dock(qtbot, window)
    window.action_distraction_free.trigger()  # full screen, the editor alone
    settle(qtbot)
    assert window.preview.isHidden()
    assert window.sidebar.isHidden()
    window.action_distraction_free.trigger()
    settle(qtbot)
    assert window.sidebar.isVisible()
    assert window.preview.isHidden()
    assert window.pane_fit.folded


def test_preferences_applied_again_do_not_push_the_sidebar_aside(qtbot, demo_window):
    window = demo_window
    open_beside_the_dock(qtbot, window)
    window._apply_preferences(window.preferences)  # (as after Preferences ▸ OK)
    settle(qtbot)
    assert window.sidebar.isVisible()
    assert window.preview.isHidden()
    assert window.pane_fit.folded


def test_the_status_bar_says_why_the_preview_went_and_stops_when_it_is_back(qtbot, demo_window):
    window = demo_window
    open_beside_the_dock(qtbot, window)
    assert window.statusBar().currentMessage().startswith("Pratinjau disembunyikan")
    window.workflow.dock.hide()
    settle(qtbot)
    assert window.preview.isVisible()
    assert window.statusBar().currentMessage() == ""


def test_the_main_action_stays_on_the_line_when_the_rest_moves_into_more(qtbot, demo_window):
    window = demo_window
    window.resize(1280, 720)
    model = window.sidebar.model
    headlines = [model.headline(row) for row in range(model.rowCount())]
    window.open_article(next(h.id for h in headlines if h.status == "in_review"))
    make_narrowest(qtbot, window)
    header = window.workflow.header
    approve = header.buttons["approve"]
    assert approve.isVisible()
    assert approve.isDefault()
    assert "action_approve" not in header.overflow_names()
    assert header.overflow_names()  # the others did move
    assert header.chip.isVisible()
    assert clipped_widgets(window) == []
