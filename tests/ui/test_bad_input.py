"""One bad field never blocks the whole save, in the window (on SQLite and PostgreSQL): a NUL
pasted into the body is removed with a note and the body saved; an over-long title keeps its
stored value while the body is saved, the banner names the title, the typed title stays in the
editor and, in case of a crash, in the database (the save's revision)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from db.models import Revision
from tests.ui.window_fixtures import open_new_article


def _stored(window, article_id: int):
    """The article as committed (what a crash now would leave), and its newest revision's note."""
    article = window.articles.get(article_id)
    note = (
        Revision.select(Revision.note)
        .where(Revision.article == article_id)
        .order_by(Revision.number.desc())
        .scalar()
    )
    return article, note


def test_a_nul_pasted_into_the_body_is_removed_with_a_note_and_the_body_saved(qtbot, make_window):
    window = make_window()
    article_id, body = open_new_article(window)
    qtbot.keyClicks(body, "Kepala Dinas ")
    QGuiApplication.clipboard().setText("membuka\x00 rapat\x0b koordinasi 👍🏽.")
    body.paste()
    assert body.toPlainText() == "Kepala Dinas membuka rapat koordinasi 👍🏽."
    note = window.editor.notice
    assert note.isVisible()
    assert "Removed 2 character" in note.text()
    assert "cannot be stored" in note.text()
    assert window.autosave.save("autosave")
    assert not window.banner.isVisible()
    assert _stored(window, article_id)[0].body == "Kepala Dinas membuka rapat koordinasi 👍🏽."


def test_a_nul_dropped_or_pasted_into_a_one_line_field_is_removed_too(qtbot, make_window):
    window = make_window()
    article_id, _body = open_new_article(window)
    editor = window.editor
    QGuiApplication.clipboard().setText("Rapat\x00 👨‍👩‍👧 koordinasi")
    editor.title_edit.setFocus()
    editor.title_edit.paste()
    assert editor.title_edit.text() == "Rapat 👨‍👩‍👧 koordinasi"
    assert editor.notice.isVisible()
    editor.hide_notice()
    mime = QMimeData()
    mime.setText("Ringkasan\x1b.")
    editor.summary_edit.insertFromMimeData(mime)
    assert editor.summary_edit.toPlainText() == "Ringkasan."
    assert editor.notice.isVisible()
    assert window.autosave.save("autosave")
    stored = _stored(window, article_id)[0]
    assert (stored.title, stored.summary) == ("Rapat 👨‍👩‍👧 koordinasi", "Ringkasan.")


def test_an_over_long_title_does_not_stop_the_body_from_saving(qtbot, make_window):
    window = make_window()
    article_id, body = open_new_article(window)
    window.editor.title_edit.setText("Rapat staf")
    assert window.autosave.save("autosave")
    long_title = "Pembahasan rancangan peraturan bupati " * 16  # 607 characters once stripped
    window.editor.title_edit.setText(long_title)
    assert window.editor.notice.isVisible()  # said while typing, before any save
    assert "The title has 607 characters; at most 500 can be saved." in window.editor.notice.text()
    qtbot.keyClicks(body, "Isi berita yang baru diketik.")
    assert not window.autosave.save("autosave")  # not all of it: the title is not saved
    stored, note = _stored(window, article_id)
    assert stored.body == "Isi berita yang baru diketik."
    assert stored.title == "Rapat staf"
    assert note == f"title: {long_title.strip()}"  # what a crash now would not lose
    assert window.banner.isVisible()
    assert "The title is too long (at most 500 characters)" in window.banner.text()
    assert "The rest of the article was saved" in window.banner.text()
    assert "Not saved" not in window.banner.text()  # it was, but for the title
    assert "tries again" not in window.banner.text()  # nothing to retry until the title is fixed
    assert "is saved once the field is fixed" in window.banner.text()
    assert not window.banner.retry_button.isVisible()
    assert window.editor.title_edit.text() == long_title  # still there to be shortened
    assert window.autosave.dirty
    assert window.autosave.article.version == stored.version  # the next save is no conflict
    qtbot.keyClicks(body, " Lagi.")
    assert not window.autosave.save("autosave")
    assert _stored(window, article_id)[0].body == "Isi berita yang baru diketik. Lagi."
    version = window.autosave.article.version
    assert not window.autosave.save("autosave")  # again (switching away, deactivating...)
    assert _stored(window, article_id)[0].version == version  # nothing new: no new version
    window.editor.title_edit.setText("Pembahasan rancangan peraturan bupati")
    assert not window.editor.notice.isVisible()
    assert window.autosave.save("autosave")
    assert not window.banner.isVisible()
    assert _stored(window, article_id)[0].title == "Pembahasan rancangan peraturan bupati"
