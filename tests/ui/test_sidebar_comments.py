"""A review comment added in the open article shows in its headline row at once."""

from __future__ import annotations

from desktop_app.core.demo import DEMO_PASSWORDS
from desktop_app.core.people import PeopleService


def test_new_comment_shows_in_the_sidebar_row(qtbot, demo_target, make_window):
    window = make_window()
    editor = next(p for p in PeopleService(window.services.database).list() if p.role == "editor")
    model = window.sidebar.model
    article_id = model.headline(0).id
    window.open_article(article_id)
    controller = window.workflow.controller
    controller.set_person(controller.auth.sign_in(editor.name, DEMO_PASSWORDS["editor"]), remember=False)
    assert model.headline(0).open_comments == 0

    assert window.workflow.controller.add_comment("Mohon cek ejaan judul.")
    qtbot.waitUntil(lambda: model.headline(0).open_comments == 1)
    assert model.headline(0).id == article_id
