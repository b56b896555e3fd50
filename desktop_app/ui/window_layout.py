"""Parts of the main window's behaviour, each an object the window makes and gives what it
uses: :class:`ActionFactory` (its actions and their keys) and :class:`WindowLayout`
(distraction-free mode and the window state kept between runs); and Redaksi's icon. No strings
here: every user-visible text stays in ``MainWindow`` (one translation context)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, QSize, QTimer
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from desktop_app import APP_ID
from desktop_app.core.resources import resource_path
from desktop_app.ui.icons import icon as bundled_icon
from desktop_app.ui.pane_fit import available_screen_area

#: The window's size the first time (or smaller, on a smaller screen).
DEFAULT_SIZE = QSize(1280, 800)

if TYPE_CHECKING:
    from desktop_app.settings import Settings


def application_icon() -> QIcon:
    """Redaksi's icon: every PNG shipped in ``resources/icons/hicolor/<N>x<N>/apps/`` (made by
    ``packaging/icons.py``), added as a file entry of its size. Nothing is decoded here (Qt reads
    a file's first bytes for its format, and the image the first time that size is drawn), and
    the SVG is not rendered: start-up pays for a directory listing."""
    icon = QIcon()
    sizes = []
    for path in resource_path("icons", "hicolor").glob(f"*/apps/{APP_ID}.png"):
        width, _, height = path.parent.parent.name.partition("x")
        if width.isdigit() and width == height:
            sizes.append((int(width), path))
    for size, path in sorted(sizes):
        icon.addFile(str(path), QSize(size, size))
    return icon


class ActionFactory:
    """Makes the actions of ``window`` (each added to it, so its key works anywhere in it)."""

    def __init__(self, window: QWidget) -> None:
        self._window = window
        self._standard_shortcuts: list[QAction] = []
        self._own_shortcuts: set[str] = set()

    def create(
        self,
        text: str,
        slot: Callable[[], object] | None = None,
        shortcut: QKeySequence.StandardKey | QKeySequence | str | None = None,
        icon: str | None = None,
        checkable: bool = False,
        name: str = "",
        fallback: str | None = None,
    ) -> QAction:
        """An action of the window. ``shortcut`` is a ``QKeySequence.StandardKey`` wherever one
        exists: every key the platform binds to it (Redo is Ctrl+Y and Ctrl+Shift+Z on Windows,
        Ctrl+Shift+Z on Linux, ⌘⇧Z on macOS), or ``fallback`` where it binds none. Else it is a
        key of Redaksi's own ("Ctrl+Shift+P"). ``icon``: the name of one of Redaksi's own icons
        (:mod:`desktop_app.ui.icons`), drawn in the palette's colours."""
        action = QAction(text, self._window)
        if icon:
            action.setIcon(bundled_icon(icon))
        if shortcut is not None:
            self._set_shortcut(action, shortcut, fallback)
        action.setCheckable(checkable)
        if name:
            action.setObjectName(name)
        if slot is not None:
            action.triggered.connect(slot)
        self._window.addAction(action)
        return action

    @staticmethod
    def tooltip_with_shortcut(action: QAction) -> None:
        """The tooltip of an icon-only button: the action's name and its key, "Bold (Ctrl+B)"."""
        name = action.iconText()  # the text without its "&" and its "…"
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{name} ({keys})" if keys else name)

    def _set_shortcut(
        self,
        action: QAction,
        shortcut: QKeySequence.StandardKey | QKeySequence | str,
        fallback: str | None = None,
    ) -> None:
        """Redaksi's own keys win over a platform's extra bindings of a standard key: KDE binds
        Full Screen to Ctrl+Shift+F too, which is Search Articles here, and Qt runs neither
        action of an ambiguous shortcut."""
        if isinstance(shortcut, QKeySequence.StandardKey):
            keys = QKeySequence.keyBindings(shortcut)
            if not keys and fallback:
                keys = [QKeySequence(fallback)]
            self._standard_shortcuts.append(action)
            action.setShortcuts(
                [sequence for sequence in keys if sequence.toString() not in self._own_shortcuts]
            )
            return
        action.setShortcut(QKeySequence(shortcut))
        own = action.shortcut().toString()
        self._own_shortcuts.add(own)
        for standard_action in self._standard_shortcuts:  # made earlier
            keys = standard_action.shortcuts()
            if any(sequence.toString() == own for sequence in keys):
                standard_action.setShortcuts([s for s in keys if s.toString() != own])


class WindowLayout(QObject):
    """Distraction-free mode and the state of ``window`` kept in ``settings`` between runs
    (geometry, toolbars and docks, the ``splitter``'s sizes).

    Distraction-free mode shows the window full screen with only the editor: ``panes`` (by
    name), the menu bar and the status bar are hidden, and shown again as they were when it
    ends; ``full_screen_action`` is kept checked while it lasts.
    """

    def __init__(
        self,
        window: QMainWindow,
        settings: Settings,
        splitter: QSplitter,
        panes: Mapping[str, QWidget],
        full_screen_action: QAction,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._splitter = splitter
        self._panes = dict(panes)
        self._full_screen_action = full_screen_action
        self._distraction_free = False
        self._saved_visibility: dict[str, bool] = {}

    @property
    def distraction_free(self) -> bool:
        return self._distraction_free

    def set_distraction_free(self, on: bool) -> None:
        if on == self._distraction_free:
            return
        self._distraction_free = on
        parts = {
            **self._panes,
            "menubar": self._window.menuBar(),
            "statusbar": self._window.statusBar(),
        }
        if on:
            self._saved_visibility = {k: w.isVisible() for k, w in parts.items()}
            for widget in parts.values():
                widget.hide()
            self._window.showFullScreen()
        else:
            for name, widget in parts.items():
                widget.setVisible(self._saved_visibility.get(name, True))
            self._window.showNormal()
        self._full_screen_action.setChecked(on)

    def restore_state(self) -> None:
        """The size, place and layout of the last run (a default size the first time)."""
        window, settings = self._window, self._settings
        geometry = settings.window_geometry()
        if geometry is None or not window.restoreGeometry(geometry):
            window.resize(DEFAULT_SIZE)
        state = settings.window_state()
        if state is not None:
            window.restoreState(state)
        splitter = settings.splitter_state()
        if splitter is not None:
            self._splitter.restoreState(splitter)
        self.clamp_to_screen()
        window.installEventFilter(self)  # once more when shown: its frame is known then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._window and event.type() == QEvent.Type.Show:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self, self.clamp_to_screen)
        return False

    def clamp_to_screen(self, area: QRect | None = None) -> None:
        """Keep the window inside ``area`` (the screen's available part by default): a state
        saved on a bigger screen, or the default size on a small one, never makes it bigger
        than the screen, nor puts it where its title bar cannot be reached."""
        window = self._window
        area = available_screen_area(window) if area is None else area
        if area.isEmpty() or window.isMaximized() or window.isFullScreen():
            return
        frame = window.frameGeometry()
        extra_width = max(0, frame.width() - window.width())
        extra_height = max(0, frame.height() - window.height())
        width = min(window.width(), area.width() - extra_width)
        height = min(window.height(), area.height() - extra_height)
        if (width, height) != (window.width(), window.height()):
            window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
        frame = window.frameGeometry()
        x = min(max(frame.x(), area.left()), max(area.left(), area.right() + 1 - frame.width()))
        y = min(max(frame.y(), area.top()), max(area.top(), area.bottom() + 1 - frame.height()))
        if (x, y) != (frame.x(), frame.y()):
            window.move(x, y)

    def save_state(self) -> None:
        """Remember the window as it is (out of distraction-free mode first)."""
        if self._distraction_free:
            self.set_distraction_free(False)
        settings = self._settings
        settings.set_window_geometry(self._window.saveGeometry())
        settings.set_window_state(self._window.saveState())
        settings.set_splitter_state(self._splitter.saveState())
        settings.sync()
