"""The scroll bars of the editor and the preview repaint only when what they show changes."""

from PySide6.QtCore import QEvent, QObject, Qt

from desktop_app.ui.scroll_bar import SteadyScrollBar


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched, event):  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def test_range_changes_that_move_nothing_are_not_repainted(qtbot):
    bar = SteadyScrollBar(Qt.Orientation.Vertical)
    qtbot.addWidget(bar)
    bar.resize(14, 400)
    bar.setRange(0, 10_000)
    bar.setPageStep(20)
    bar.setValue(5_000)
    bar.show()
    qtbot.waitExposed(bar)
    counter = PaintCounter()
    bar.installEventFilter(counter)
    qtbot.wait(50)  # the first paints are over
    counter.paints = 0
    for extra in range(1, 6):  # the layout catching up: a line more, the handle stays put
        bar.setRange(0, 10_000 + extra)
    qtbot.wait(50)
    assert counter.paints == 0
    bar.setValue(9_000)  # a real move
    qtbot.waitUntil(lambda: counter.paints > 0)
    painted = counter.paints
    bar.setValue(bar.maximum())  # the end: the arrow's look changes even if the handle barely moves
    qtbot.waitUntil(lambda: counter.paints > painted)


def test_editor_and_preview_use_it(make_window):
    window = make_window()
    assert isinstance(window.editor.body_edit.verticalScrollBar(), SteadyScrollBar)
    assert isinstance(window.preview.browser.verticalScrollBar(), SteadyScrollBar)
