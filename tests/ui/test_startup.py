"""How Redaksi starts: the window paints first, then the last article opens."""

from __future__ import annotations


def test_last_article_opens_just_after_the_first_paint(qtbot, make_window, db_target, config_dir):
    from desktop_app.app import build_main_window

    window = make_window()
    window.action_new.trigger()
    article_id = window.current_article_id()
    assert window.flush()
    window.close()

    later = build_main_window(db_target, config_dir, "en", open_after_paint=True)
    qtbot.addWidget(later)
    assert later.current_article_id() is None  # not before the window is shown
    later.show()
    qtbot.waitUntil(lambda: later.current_article_id() == article_id, timeout=5000)
    later.close()
    later.services.database.close()


def test_an_article_opened_before_the_paint_stays_open(qtbot, make_window, db_target, config_dir):
    from desktop_app.app import build_main_window

    window = make_window()
    window.action_new.trigger()
    first = window.current_article_id()
    window.action_new.trigger()
    assert window.flush()
    window.close()

    later = build_main_window(db_target, config_dir, "en", open_after_paint=True)
    qtbot.addWidget(later)
    assert not later.action_new.isEnabled(), "nobody is signed in before the paint"
    later.open_article(first)  # e.g. a click in the headline list
    chosen = later.current_article_id()
    assert chosen == first
    later.show()
    qtbot.wait(200)
    assert later.current_article_id() == chosen
    later.close()
    later.services.database.close()


def test_the_window_is_finished_just_after_its_first_paint(qtbot, make_window, db_target, config_dir):
    """Start-up paints the window first; image import, export and the workflow panels are
    added on the next turn of the event loop, the last article opens and ``then`` runs; spell
    checking and Help ▸ Restore from Backup… come on the turn after (typing need not wait)."""
    from PySide6.QtWidgets import QDockWidget

    from desktop_app.app import build_main_window

    window = make_window()
    window.action_new.trigger()
    assert window.flush()
    window.close()

    finished = []
    later = build_main_window(db_target, config_dir, "en", open_after_paint=True, then=finished.append)
    qtbot.addWidget(later)
    assert not hasattr(later, "workflow")
    assert not hasattr(later, "media")
    assert later.findChild(QDockWidget) is None
    later.show()
    qtbot.waitUntil(lambda: finished == [later], timeout=5000)
    assert later.findChild(QDockWidget) is not None  # the review and history panel
    assert later.workflow.header.isVisibleTo(later)
    assert later.current_article_id() is not None
    assert not hasattr(later, "spell_check")
    qtbot.waitUntil(lambda: getattr(later, "spell_check", None) is not None, timeout=5000)
    assert later.action_restore_backup in later.help_menu.actions()
    later.action_insert_image.setEnabled(True)
    assert later.action_insert_image.receivers("2triggered(bool)") >= 1  # wired to the media
    later.close()
    later.services.database.close()
