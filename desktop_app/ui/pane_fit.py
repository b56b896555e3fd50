"""How the main window's panes share its width, so that no combination of them (sidebar,
editor, preview, the Review and History dock, the find bar, the banners) makes the window
grow: each pane has a minimum, and they give way in a fixed order.

- The editor keeps at least :data:`EDITOR_CHARACTERS` characters of its font on a line (the
  centre's minimum width follows the body's font).
- The preview gives way first: when it would get less than :data:`PREVIEW_FOLD_WIDTH` it
  *folds* (hides itself, its toggle unchecked) and comes back by itself once there is
  :data:`PREVIEW_UNFOLD_WIDTH` for it again (a closed dock, a wider window, a hidden sidebar),
  or when the user asks for it (the sidebar folds then to make room, if it must).
- The sidebar and the dock have modest minimums (:data:`SIDEBAR_MIN_WIDTH`,
  :data:`DOCK_MIN_WIDTH`): sidebar, editor and dock together fit a 1280-pixel screen.

No strings here: what the user reads stays in ``MainWindow``."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QRect, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QSplitter, QStyle, QWidget

from desktop_app.ui.fonts import text_character_width

#: Characters (of the body's font, average width) the editor keeps on a line.
EDITOR_CHARACTERS = 60
#: The sidebar's minimum width (its rows elide below their natural width).
SIDEBAR_MIN_WIDTH = 200
#: The Review and History dock's minimum width.
DOCK_MIN_WIDTH = 300
#: The preview's hard minimum in the splitter: below :data:`PREVIEW_FOLD_WIDTH` it folds, so it
#: is this narrow only for the moment between a layout change and the fold.
PREVIEW_HARD_MIN_WIDTH = 40
#: Narrower than this, the preview folds (a column of one word per line helps nobody).
PREVIEW_FOLD_WIDTH = 260
#: A folded preview comes back when it can have this much (more than the fold width: no flapping).
PREVIEW_UNFOLD_WIDTH = 320


def editor_min_width(body: QPlainTextEdit, centre: QWidget, characters: int = EDITOR_CHARACTERS) -> int:
    """The centre's width at which ``body`` still shows ``characters`` average characters of
    its font on a line: the text, the document's margins, the frame, the scroll bar and the
    layout margins between the body and ``centre``."""
    width = math.ceil(text_character_width(body.font()) * characters)
    width += math.ceil(2 * body.document().documentMargin()) + 2 * body.frameWidth()
    width += body.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, body.verticalScrollBar())
    widget: QWidget | None = body.parentWidget()
    while widget is not None:
        layout = widget.layout()
        if layout is not None:
            margins = layout.contentsMargins()
            width += margins.left() + margins.right()
        if widget is centre:
            break
        widget = widget.parentWidget()
    return width + 2  # rounding of the average width


def let_combo_boxes_shrink(widget: QWidget, characters: int = 6) -> None:
    """``widget``'s combo boxes may shrink to ``characters`` characters (their text is
    shortened then), not to their longest item: a row of them no longer sets the width of the
    pane they are in."""
    for combo in widget.findChildren(QComboBox):
        arrow = combo.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, combo)
        combo.setMinimumWidth(combo.fontMetrics().averageCharWidth() * characters + arrow + 16)


def available_screen_area(widget: QWidget) -> QRect:
    """The part of the screen ``widget`` is on (or the primary screen) that windows may use."""
    screen = widget.screen() if widget.screen() is not None else QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect()


class PaneFit(QObject):
    """Keeps ``splitter``'s panes (sidebar | centre | preview) within the window's width;
    ``preview_action`` is the preview's toggle and ``sidebar_action`` the sidebar's: they stay
    checked exactly while their pane shows."""

    #: The preview folded for lack of room (True) or came back (False).
    preview_folded = Signal(bool)

    def __init__(
        self,
        splitter: QSplitter,
        sidebar: QWidget,
        centre: QWidget,
        preview: QWidget,
        body: QPlainTextEdit,
        preview_action: QAction,
        sidebar_action: QAction,
    ) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._sidebar = sidebar
        self._centre = centre
        self._preview = preview
        self._body = body
        self._preview_action = preview_action
        self._sidebar_action = sidebar_action
        self._wanted = True  # the user wants the preview
        self._folded = False  # hidden for lack of room (comes back by itself)
        self._preview_width = PREVIEW_UNFOLD_WIDTH  # its width before it folded
        #: The sidebar's width as the user left it (it gets it back when shown again)
        self._sidebar_width = 0
        self._suspended = False
        sidebar.setMinimumWidth(SIDEBAR_MIN_WIDTH)
        let_combo_boxes_shrink(sidebar)
        preview.setMinimumWidth(PREVIEW_HARD_MIN_WIDTH)
        self.update_minimums()
        #: One fit after a burst of layout changes (run from the event loop, not inside one).
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit)
        for watched in (splitter, body, sidebar, preview, centre):
            watched.installEventFilter(self)
        splitter.splitterMoved.connect(self._moved_by_user)

    @property
    def folded(self) -> bool:
        return self._folded

    @property
    def preview_wanted(self) -> bool:
        return self._wanted

    def update_minimums(self) -> None:
        """The centre's minimum: room for the body's line (from its font: again after the font
        changes) and for what its layout cannot shrink (the workflow header's status and main
        action: again when the layout changes)."""
        least = max(editor_min_width(self._body, self._centre), self._centre.minimumSizeHint().width())
        if least != self._centre.minimumWidth():
            self._centre.setMinimumWidth(least)

    # -- the user's wishes ------------------------------------------------------------------

    def set_suspended(self, suspended: bool) -> None:
        """While suspended (distraction-free mode shows the editor alone) nothing folds or
        comes back; the panes are fitted again when it ends."""
        self._suspended = suspended
        if not suspended:
            self._fit_timer.start()

    def set_preview_wanted(self, wanted: bool, make_room: bool = True) -> bool:
        """The user shows or hides the preview; True when it shows now. Asked for where there
        is no room, the sidebar folds to make room (with ``make_room``); without room even
        then, it stays folded (and comes back when there is room)."""
        self._wanted = wanted
        if not wanted:
            self._folded = False
            self._set_preview_shown(False)
            return False
        if not self._splitter.isVisible():  # not laid out yet: the first fit decides
            self._folded = False
            self._set_preview_shown(True)
            return True
        if make_room and self._room_for_preview() < PREVIEW_FOLD_WIDTH and self._sidebar.isVisible():
            self._sidebar_action.setChecked(False)  # (hides the sidebar)
            self._sidebar.hide()
        if self._room_for_preview() < PREVIEW_FOLD_WIDTH:
            self._fold()
            return False
        self._unfold()
        return True

    # -- fitting ------------------------------------------------------------------------------

    def _moved_by_user(self, _position: int, _index: int) -> None:
        if self._sidebar.isVisible():
            self._sidebar_width = self._sidebar.width()
        self._fit_timer.start()

    def fit(self) -> None:
        """Give the sidebar back the width it had before it was squeezed (shown again beside
        the dock); fold the preview when it got too narrow; bring it back when there is room."""
        if self._suspended or not self._splitter.isVisible():
            return
        self._widen_sidebar()
        if self._preview.isVisible():
            if self._preview.width() < PREVIEW_FOLD_WIDTH:
                self._fold()
            elif self._preview.width() >= PREVIEW_UNFOLD_WIDTH:
                self._preview_width = self._preview.width()  # (its width when it comes back)
        elif self._wanted and self._folded and self._room_for_preview() >= PREVIEW_UNFOLD_WIDTH:
            self._unfold()

    def _widen_sidebar(self) -> None:
        """The sidebar back to the width the user gave it, from what the editor has beyond its
        minimum (a sidebar shown again while the dock is open gets only its minimum)."""
        if not self._sidebar.isVisible():
            return
        sizes = self._splitter.sizes()
        if not self._sidebar_width:
            self._sidebar_width = sizes[0]
            return
        missing = self._sidebar_width - sizes[0]
        spare = sizes[1] - self._centre.minimumWidth()
        if missing > 0 and spare > 0:
            grow = min(missing, spare)
            self._splitter.setSizes([sizes[0] + grow, sizes[1] - grow, sizes[2]])

    def _room_for_preview(self) -> int:
        """What the preview could have beside the sidebar (at its minimum) and the editor (at
        its minimum)."""
        splitter = self._splitter
        handle = splitter.handleWidth()
        room = splitter.width() - self._centre.minimumWidth() - handle
        if self._sidebar.isVisible():
            sidebar = self._sidebar.minimumWidth() or self._sidebar.minimumSizeHint().width()
            room -= sidebar + handle
        return room

    def _fold(self) -> None:
        self._folded = True
        self._set_preview_shown(False)
        self.preview_folded.emit(True)

    def _unfold(self) -> None:
        """Show the preview at its width before it folded (at most what there is room for)."""
        room = self._room_for_preview()
        width = max(PREVIEW_UNFOLD_WIDTH, min(self._preview_width, room))
        was_folded = self._folded
        self._folded = False
        sizes = self._splitter.sizes()
        self._set_preview_shown(True)
        handle = self._splitter.handleWidth()
        if self._sidebar.isVisible():
            total = self._splitter.width() - 2 * handle
            sidebar = max(
                self._sidebar.minimumWidth(), min(sizes[0], total - width - self._centre.minimumWidth())
            )
        else:
            total = self._splitter.width() - handle
            sidebar = 0
        width = min(width, total - sidebar - self._centre.minimumWidth())
        self._splitter.setSizes([sidebar, total - sidebar - width, width])
        if was_folded:
            self.preview_folded.emit(False)

    def _set_preview_shown(self, shown: bool) -> None:
        self._preview.setVisible(shown)
        if self._preview_action.isChecked() != shown:
            self._preview_action.blockSignals(True)  # (the toggle reports the user's wishes)
            self._preview_action.setChecked(shown)
            self._preview_action.blockSignals(False)

    # -- Qt -----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if watched is self._body:
            if kind == QEvent.Type.FontChange:
                self.update_minimums()
        elif watched is self._centre:
            if kind == QEvent.Type.LayoutRequest:
                self.update_minimums()
        elif kind in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self._fit_timer.start()  # the splitter, the sidebar or the preview changed
        return False
