"""The main window's layout behaviour, apart for size: the action factory, showing and hiding
the preview, distraction-free mode, and window state kept between runs; Redaksi's icon. No
strings here: every user-visible text stays in ``MainWindow`` (one translation context)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QStyle

from desktop_app import APP_ID
from desktop_app.core.resources import resource_path


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


class WindowLayoutMixin:
    """Mixed into ``MainWindow`` (a QMainWindow with ``preview``, ``sidebar``, ``splitter``,
    ``toolbar``, ``settings`` and the view actions)."""

    def _action(
        self,
        text: str,
        slot=None,
        shortcut: QKeySequence.StandardKey | QKeySequence | str | None = None,
        icon: str | None = None,
        standard_icon: QStyle.StandardPixmap | None = None,
        checkable: bool = False,
        name: str = "",
        fallback: str | None = None,
    ) -> QAction:
        """An action of the window. ``shortcut`` is a ``QKeySequence.StandardKey`` wherever one
        exists: every key the platform binds to it (Redo is Ctrl+Y and Ctrl+Shift+Z on Windows,
        Ctrl+Shift+Z on Linux, ⌘⇧Z on macOS), or ``fallback`` where it binds none. Else it is a
        key of Redaksi's own ("Ctrl+Shift+P")."""
        action = QAction(text, self)
        if icon:
            action.setIcon(QIcon.fromTheme(icon))
        if standard_icon is not None and action.icon().isNull():
            action.setIcon(self.style().standardIcon(standard_icon))
        if shortcut is not None:
            self._set_shortcut(action, shortcut, fallback)
        action.setCheckable(checkable)
        if name:
            action.setObjectName(name)
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _set_shortcut(
        self,
        action: QAction,
        shortcut: QKeySequence.StandardKey | QKeySequence | str,
        fallback: str | None = None,
    ) -> None:
        """Redaksi's own keys win over a platform's extra bindings of a standard key: KDE binds
        Full Screen to Ctrl+Shift+F too, which is Search Articles here, and Qt runs neither
        action of an ambiguous shortcut."""
        if not hasattr(self, "_standard_shortcuts"):
            self._standard_shortcuts: list[QAction] = []
            self._own_shortcuts: set[str] = set()
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

    def set_preview_visible(self, visible: bool) -> None:
        self.preview.setVisible(visible)
        if self.action_toggle_preview.isChecked() != visible:
            self.action_toggle_preview.setChecked(visible)
        if visible and self.current_article_id() is not None:
            self.preview.set_markdown(self.editor.body_text())

    def set_distraction_free(self, on: bool) -> None:
        if on == self._distraction_free:
            return
        self._distraction_free = on
        parts = {
            "sidebar": self.sidebar,
            "preview": self.preview,
            "toolbar": self.toolbar,
            "menubar": self.menuBar(),
            "statusbar": self.statusBar(),
        }
        if on:
            self._saved_visibility = {k: w.isVisible() for k, w in parts.items()}
            for widget in parts.values():
                widget.hide()
            self.showFullScreen()
        else:
            for name, widget in parts.items():
                widget.setVisible(self._saved_visibility.get(name, True))
            self.showNormal()
        self.action_distraction_free.setChecked(on)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and self._distraction_free:
            self.set_distraction_free(False)
            return
        super().keyPressEvent(event)

    # -- window state ----------------------------------------------------------------------

    def _restore_window_state(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.splitter_state()
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.action_toggle_sidebar.setChecked(True)
        self.sidebar.show()

    def save_window_state(self) -> None:
        if self._distraction_free:
            self.set_distraction_free(False)
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        self.settings.set_splitter_state(self.splitter.saveState())
        self.settings.sync()
