"""Press releases in the window: the type selector and the official/contact rows (saved with
the article, a bad e-mail kept in the field with a translated message), the number in the
header and the headline list, the register window (by year, CSV and ODS), the number pattern
in Website Settings with its live example and its refusal."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.models import ArticleKind
from tests.ui.window_fixtures import open_new_article


def _approve_demo_releases(window) -> list[int]:
    """The demo's two press releases waiting for review, approved by the signed-in admin."""
    services = window.services
    session = window.workflow.controller.session
    waiting = [
        h.id
        for h in services.articles.list_headlines()
        if h.kind == ArticleKind.PRESS_RELEASE and h.status == "in_review"
    ]
    assert len(waiting) == 2
    for article_id in sorted(waiting):
        services.workflow.perform(article_id, "approve", session, warnings_accepted=True)
    return sorted(waiting)


def test_the_type_selector_shows_the_release_rows_which_save_with_the_article(make_window, qtbot):
    window = make_window()
    article_id, _body = open_new_article(window)
    editor = window.editor
    rows = [editor.line_fields[name] for name in ("official_name", "contact_email")]
    assert not any(row.isVisible() for row in rows), "a news article has no official or contact"
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData(ArticleKind.PRESS_RELEASE))
    assert all(row.isVisible() for row in rows)
    qtbot.keyClicks(editor.line_fields["official_name"], "Teta Midra")
    qtbot.keyClicks(editor.line_fields["contact_email"], "humas@contoh.go.id")
    assert window.flush()
    saved = window.services.articles.get(article_id)
    assert (saved.kind, saved.official_name, saved.contact_email) == (
        "press_release",
        "Teta Midra",
        "humas@contoh.go.id",
    )
    assert "Press release" in editor.details_summary_text()


def test_a_bad_email_stays_in_the_field_with_a_message_and_the_rest_is_saved(make_window, qtbot):
    window = make_window()
    article_id, body = open_new_article(window)
    editor = window.editor
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData(ArticleKind.PRESS_RELEASE))
    qtbot.keyClicks(body, "Isi siaran pers.")
    qtbot.keyClicks(editor.line_fields["contact_email"], "humas.contoh.go.id")
    window.flush()
    assert editor.line_fields["contact_email"].text() == "humas.contoh.go.id"
    assert "“humas.contoh.go.id” is not an e-mail address" in window.autosave.last_error
    saved = window.services.articles.get(article_id)
    assert saved.body == "Isi siaran pers."
    assert saved.contact_email == ""


def test_the_number_shows_in_the_header_and_the_headline_list(make_window, demo_target):
    window = make_window()
    first, _second = _approve_demo_releases(window)
    news = next(h.id for h in window.services.articles.list_headlines() if h.kind == ArticleKind.NEWS)
    window.open_article(news)
    window.sidebar.refresh()
    window.open_article(first)
    number = window.services.articles.get(first).release_number
    assert number.startswith("001/SP/Diskominfo/")
    label = window.workflow.header.release_label
    assert label.isVisible()
    assert label.text() == f"PR {number}"
    assert not window.editor.kind_combo.isEnabled(), "a numbered press release stays one"
    model = window.sidebar.model
    rows = {model.headline(r).id: r for r in range(model.rowCount())}
    text = model.data(model.index(rows[first], 0), Qt.ItemDataRole.AccessibleTextRole)
    assert f"PR {number}" in text
    window.open_article(news)
    assert not label.isVisible()


def test_the_register_window_lists_by_year_and_saves_csv_and_ods(make_window, demo_target, qtbot, tmp_path):
    from desktop_app.core.spreadsheet import read_ods
    from desktop_app.ui.register_dialog import RegisterDialog

    window = make_window()
    _approve_demo_releases(window)
    dialog = RegisterDialog(window.services.press_releases, window)
    qtbot.addWidget(dialog)
    years = [dialog.year_combo.itemData(i) for i in range(dialog.year_combo.count())]
    this_year = years[1]
    assert years == [None, this_year, this_year - 1]
    assert dialog.year() == this_year  # the newest year first
    table = dialog.table
    numbers = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert [n[:3] for n in numbers] == ["001", "002"]
    assert all(n.endswith(f"/{this_year}") for n in numbers)
    assert table.item(0, 3).text() == "Approved"
    dialog.year_combo.setCurrentIndex(0)
    assert table.rowCount() == 4
    assert dialog.count_label.text() == "4 numbers"
    csv_path, ods_path = tmp_path / "register.csv", tmp_path / "register.ods"
    assert dialog.save_csv(str(csv_path))
    assert dialog.save_ods(str(ods_path))
    with open(csv_path, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == ["Number", "Title", "Numbered on", "Status", "Approved by"]
    assert len(rows) == 5
    assert read_ods(ods_path) == rows


def test_an_empty_register_says_how_numbers_come(make_window, qtbot):
    from desktop_app.ui.register_dialog import RegisterDialog

    window = make_window()
    dialog = RegisterDialog(window.services.press_releases, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty_label.isVisible()
    assert not dialog.table.isVisible()
    assert not dialog.csv_button.isEnabled()


def test_the_records_menu_opens_the_register(make_window, monkeypatch):
    from desktop_app.ui import register_dialog

    opened = []
    monkeypatch.setattr(register_dialog.RegisterDialog, "exec", lambda self: opened.append(self) or 0)
    window = make_window()
    window.action_release_register.trigger()
    assert len(opened) == 1
    assert window.action_release_register in window.records_menu.actions()


def test_the_pattern_in_website_settings_shows_an_example_and_refuses_a_bad_one(make_window, qtbot):
    from desktop_app.core.site_settings import load_site_settings
    from desktop_app.ui.site_settings_dialog import SiteSettingsDialog

    window = make_window()
    dialog = SiteSettingsDialog(window.services.site_export, window, window.workflow.controller.session)
    qtbot.addWidget(dialog)
    assert dialog.release_pattern_edit.text() == "{seq:03d}/SP/Diskominfo/{month_roman}/{year}"
    assert dialog.release_example.text().startswith("Example: 001/SP/Diskominfo/")
    dialog.release_pattern_edit.setText("{seq:03d}/SP/Diskominfo")
    assert "needs {year}" in dialog.release_example.text()
    dialog.save()
    assert "needs {year}" in dialog.error_label.text()
    database = window.services.database
    assert load_site_settings(database).release_pattern == "{seq:03d}/SP/Diskominfo/{month_roman}/{year}"
    dialog.release_pattern_edit.setText("SP-{year}-{seq:04d}")
    assert dialog.release_example.text().endswith("-0001")
    dialog.save()
    assert load_site_settings(database).release_pattern == "SP-{year}-{seq:04d}"


@pytest.mark.usefixtures("demo_target")
def test_indonesian_words(indonesian_window):
    from desktop_app.core.errors import ValidationError
    from desktop_app.labels import release_mark
    from desktop_app.messages import describe_error

    assert release_mark("001/SP/Diskominfo/XII/2026") == "SP 001/SP/Diskominfo/XII/2026"
    assert release_mark("") == "Siaran Pers"
    message = describe_error(ValidationError("release_pattern_no_year", "release_pattern"))
    assert message.startswith("Pola nomor siaran pers memerlukan {year}")
    titles = [a.text() for a in indonesian_window.menuBar().actions()]
    assert "&Register" in titles
