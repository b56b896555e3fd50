"""Empty states with a next step: no article open, an empty preview; one saved-time wording."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from desktop_app.ui.preview import PreviewPane
from tests.ui.window_fixtures import open_new_article


@pytest.fixture
def pane(qtbot):
    widget = PreviewPane()
    qtbot.addWidget(widget)
    widget.resize(500, 400)
    yield widget
    widget.shutdown()


def test_an_empty_preview_says_so_quietly(pane, qtbot):
    pane.show()
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.show_document("")
    assert pane.empty_hint.isVisible()
    assert "Nothing to preview yet" in pane.empty_hint.text()
    assert pane.browser.geometry().contains(pane.empty_hint.geometry())
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.set_markdown("Isi berita.")
    assert not pane.empty_hint.isVisible()
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.set_markdown("  \n\n")
    assert pane.empty_hint.isVisible()


def test_no_article_open_invites_to_write(qtbot, make_window):
    window = make_window()
    window.close_article()
    state = window.empty_state
    assert window.editor_stack.currentWidget() is state
    assert state.title() == "No article open"
    button = state.findChild(QPushButton, "emptyStateNew")
    assert button.isVisible()
    assert button.text() == "New Article"
    hint = state.findChild(QLabel, "emptyStateHint").text()
    new_keys = window.action_new.shortcut().toString()
    assert new_keys
    assert new_keys in hint
    assert window.action_search_articles.shortcut().toString() in hint
    button.click()
    assert window.current_article_id() is not None
    assert window.editor_stack.currentWidget() is window.editor


def test_one_saved_time_wording(qtbot, make_window):
    window = make_window()
    article_id, body = open_new_article(window)
    opened = window.save_label.text()
    assert opened.startswith("Saved ")
    assert opened.endswith(" WIB")
    qtbot.keyClicks(body, "Teks")
    window.action_save.trigger()
    saved = window.save_label.text()
    assert saved.startswith("Saved ")
    assert " WIB" in saved
    window.close_article()
    window.open_article(article_id)
    assert window.save_label.text().startswith("Saved ")
    assert window.save_label.text().endswith(" WIB")
