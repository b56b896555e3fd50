"""The window's WordPress parts with the real WordPress: Site Settings ▸ WordPress (Test
connection, saving, the password's storage), and the open article's send state in the status
bar, with the worker sending it."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from db.models import WpPost
from desktop_app.core.wordpress import outbox
from desktop_app.core.wordpress.client import WordPressClient
from desktop_app.core.wordpress.config import PasswordStore, load_wordpress_settings
from tests.wordpress.helpers import published, set_up_wordpress


def _settings_dialog(window):
    from desktop_app.ui.site_settings_dialog import SiteSettingsDialog

    dialog = SiteSettingsDialog(window.services.site_export, window, window.current_session())
    dialog.tabs.setCurrentWidget(dialog.wordpress_page)
    return dialog


def test_the_settings_page_tests_the_connection_and_saves(qtbot, make_window, wordpress):
    window = make_window(show=False)
    dialog = _settings_dialog(window)
    qtbot.addWidget(dialog)
    page = dialog.wordpress_page
    page.url_edit.setText(wordpress.url)
    page.user_edit.setText(wordpress.contributor.user)
    page.password_edit.setText("abcd efgh ijkl mnop qrst uvwx")
    page.test_button.click()
    qtbot.waitUntil(page.test_button.isEnabled, timeout=30_000)
    assert "application password" in page.result_label.text()  # refused, and what to do
    page.password_edit.setText(wordpress.contributor.password)
    page.test_button.click()
    qtbot.waitUntil(page.test_button.isEnabled, timeout=30_000)
    text = page.result_label.text()
    assert "Dinas Kominfo Kabupaten Uji" in text
    assert "Sari Kontributor" in text
    assert "role: Contributor" in text
    assert "may not publish" in text
    if not page.store.in_keyring:
        assert page.storage_label.text().startswith("Warning: this computer has no keyring")
    dialog.save()
    settings = load_wordpress_settings(window.services.database)
    assert (settings.url, settings.user) == (wordpress.url, wordpress.contributor.user)
    assert PasswordStore().get(wordpress.url, wordpress.contributor.user) == wordpress.contributor.password


def test_a_bad_address_is_named_before_anything_is_sent(qtbot, make_window):
    window = make_window(show=False)
    dialog = _settings_dialog(window)
    qtbot.addWidget(dialog)
    dialog.wordpress_page.url_edit.setText("ftp://situs.example")
    dialog.wordpress_page.test_button.click()
    assert "is not a web address" in dialog.wordpress_page.result_label.text()


def test_the_open_article_shows_its_waiting_send_until_the_worker_sends_it(qtbot, make_window, wordpress):
    window = make_window()
    database = window.services.database
    set_up_wordpress(database, wordpress)
    article = published(database, "Pelayanan Adminduk Keliling")
    offline = WordPressClient("http://127.0.0.1:9", "x", "y", timeout=5)
    outbox.process_queue(database, client=offline)  # the site unreachable at first
    window.open_article(article.id)
    window.wordpress.refresh()
    button = window.wordpress.button
    assert button.isVisible()
    assert button.text() == "Waiting to send to the website (try 2)"
    assert "cannot be reached" in button.toolTip()
    button.click()  # try again now: the site is back
    qtbot.waitUntil(lambda: not window.wordpress.sending, timeout=60_000)
    assert button.text() == "Sent to the website"
    link = WpPost.get(WpPost.article == article.id)
    assert button.toolTip() == link.link
    history = window.workflow.history
    history.refresh()
    tab = history.tabs.indexOf(history.website_sends)
    assert history.tabs.isTabVisible(tab)
    rows = [
        [history.website_sends.topLevelItem(i).text(c) for c in range(3)]
        for i in range(history.website_sends.topLevelItemCount())
    ]
    assert rows == [["Sent to the website", "2", ""]]


def test_a_conflict_is_sent_over_only_when_the_user_says_so(qtbot, make_window, wordpress, monkeypatch):
    window = make_window(show=False)
    database = window.services.database
    set_up_wordpress(database, wordpress)
    article = published(database, "Jadwal Pelayanan Puskesmas", body="Versi Redaksi.")
    outbox.process_queue(
        database, client=WordPressClient(wordpress.url, wordpress.editor.user, wordpress.editor.password)
    )
    post_id = WpPost.get(WpPost.article == article.id).post_id
    wordpress.php(f"sleep(1); wp_update_post(['ID' => {post_id}, 'post_content' => 'Versi situs.']);")
    outbox.queue_send(article.id, "publish", None)
    window.open_article(article.id)
    window.wordpress.send_due()
    qtbot.waitUntil(lambda: not window.wordpress.sending, timeout=60_000)
    assert window.wordpress.button.text() == "Changed on the website: not sent"
    window.wordpress.button.click()  # the question answered Cancel (tests/conftest.py)
    assert outbox.send_states([article.id])[article.id].state == "conflict"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.wordpress.button.click()
    qtbot.waitUntil(lambda: not window.wordpress.sending, timeout=60_000)
    assert outbox.send_states([article.id])[article.id].state == "done"
    post = wordpress.get(f"/wp/v2/posts/{post_id}?context=edit", wordpress.editor)
    assert "Versi Redaksi." in post["content"]["raw"]


def test_file_import_from_a_wordpress_site_brings_its_posts_and_reports(
    qtbot, make_window, wordpress, monkeypatch
):
    """File ▸ Import ▸ From WordPress Site…: the address asked (the configured site offered),
    the posts read and stored in the background, the report shown; an unreachable site says
    what to do, in a message, and nothing breaks."""
    from PySide6.QtWidgets import QInputDialog, QMenu

    window = make_window()
    window.finish_building()
    assert window.imports.action_site in window.file_menu.findChild(QMenu, "menuImport").actions()
    wordpress.php(
        "wp_insert_post(['post_title' => 'Lomba Desa Tingkat Kabupaten', 'post_status' => 'publish',"
        " 'post_content' => '<p>Tim penilai mengunjungi desa.</p>']);"
    )
    offered: list[str] = []

    def ask(parent, title, label, mode, text):
        offered.append(text)
        return wordpress.url, True

    monkeypatch.setattr(QInputDialog, "getText", ask)
    monkeypatch.setattr("desktop_app.core.imports.fetch.web_fetcher", lambda: None)
    before = window.articles.count()
    window.imports.action_site.trigger()
    qtbot.waitUntil(
        lambda: not window.imports.busy and window.imports.last_report is not None, timeout=60_000
    )
    report = window.imports.last_report
    assert offered == ["https://"]  # no WordPress set up here: nothing to offer
    assert report.objectName() == "importReportDialog"
    assert window.articles.count() > before
    assert any(h.title == "Lomba Desa Tingkat Kabupaten" for h in window.articles.list_headlines())
    report.close()
    window.imports.last_report = None
    window.imports.import_site("http://127.0.0.1:9/", fetch_image=None)
    qtbot.waitUntil(
        lambda: not window.imports.busy and window.imports.last_report is not None, timeout=60_000
    )
    message = window.imports.last_report
    assert "cannot be reached" in message.text()
    assert "run the import again later" in message.text()
    message.close()
