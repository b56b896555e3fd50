"""Tags typed in the editor come back in the order typed, after a restart too."""

from __future__ import annotations

from tests.ui.window_fixtures import open_new_article, restart


def test_tags_keep_the_order_typed_in_the_window(qtbot, make_window):
    window = make_window()
    article_id, _body = open_new_article(window)
    tags = window.editor.tags_edit
    tags.setFocus()
    qtbot.keyClicks(tags, "Zonasi, APBD, banjir, Banjir")
    window.action_save.trigger()
    assert window.articles.get(article_id).tags == ("Zonasi", "APBD", "banjir")
    window = restart(qtbot, window, make_window)
    window.open_article(article_id)
    assert window.editor.tags_edit.text() == "Zonasi, APBD, banjir"
