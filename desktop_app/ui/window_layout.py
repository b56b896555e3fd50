"""The main window's layout behaviour, apart for size: the action factory, showing and hiding
the preview, distraction-free mode, and window state kept between runs. No strings here: every
user-visible text stays in ``MainWindow`` (one translation context)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QStyle


class WindowLayoutMixin:
    """Mixed into ``MainWindow`` (a QMainWindow with ``preview``, ``sidebar``, ``splitter``,
    ``toolbar``, ``settings`` and the view actions)."""

    def _action(self, text: str, slot=None, shortcut=None, icon: str | None = None,
                standard_icon: QStyle.StandardPixmap | None = None,
                checkable: bool = False, name: str = "") -> QAction:
        action = QAction(text, self)
        if icon:
            action.setIcon(QIcon.fromTheme(icon))
        if standard_icon is not None and action.icon().isNull():
            action.setIcon(self.style().standardIcon(standard_icon))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        if name:
            action.setObjectName(name)
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)
        return action

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
        parts = {"sidebar": self.sidebar, "preview": self.preview, "toolbar": self.toolbar,
                 "menubar": self.menuBar(), "statusbar": self.statusBar()}
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
