"""The headline sidebar: paged model (never the whole table), filters with counts, sort,
debounced search, and the row painting."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QListView

from desktop_app.core.articles import ArticleService
from desktop_app.core.models import HeadlineQuery
from desktop_app.ui.headline_model import MAX_CACHED_PAGES, PAGE_SIZE
from desktop_app.ui.sidebar import HeadlineList

ARTICLES = 1200


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """A generated archive of ARTICLES short articles (SQLite; built once for the module)."""
    from bench.generate import generate_database

    path = tmp_path_factory.mktemp("archive") / "archive.db"
    generate_database(path, ARTICLES, seed=3, words=40)
    return path


@pytest.fixture
def sidebar(qtbot, archive):
    from db.database import open_database

    database = open_database(archive)
    widget = HeadlineList(ArticleService(database), language="id")
    qtbot.addWidget(widget)
    widget.resize(340, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.load()
    yield widget
    from desktop_app.workers import wait_for_workers

    wait_for_workers()
    database.close()


def test_rows_come_by_the_page_never_the_whole_table(qtbot, sidebar):
    model = sidebar.model
    qtbot.waitUntil(lambda: model.count_known)
    live = sidebar.articles.count()
    assert model.rowCount() == live > PAGE_SIZE
    sidebar.view.viewport().repaint()
    assert model.pages_loaded <= 2
    assert isinstance(sidebar.view, QListView)
    assert sidebar.view.uniformItemSizes()

    sidebar.view.scrollToBottom()
    sidebar.view.viewport().repaint()
    last = model.headline(model.rowCount() - 1)
    assert last is not None
    expected_last = sidebar.articles.list_headlines(model.query, live - 1, 1)[0]
    assert last.id == expected_last.id
    assert model.pages_loaded <= 4
    assert len(model._pages) <= MAX_CACHED_PAGES


def test_filters_show_counts_and_trash(qtbot, sidebar):
    from desktop_app.core.dates import number

    counts = sidebar.articles.status_counts()
    combo = sidebar.filter_combo
    language = sidebar.delegate.language  # counts in its digits: "(12.345)" in Indonesian
    qtbot.waitUntil(lambda: f"({number(counts['all'], language)})" in combo.itemText(0))
    draft = combo.findData("draft")
    assert f"({number(counts.get('draft', 0), language)})" in combo.itemText(draft)
    combo.setCurrentIndex(draft)
    qtbot.waitUntil(lambda: sidebar.model.count_known)
    assert sidebar.model.rowCount() == counts.get("draft", 0)
    assert all(sidebar.model.headline(r).status == "draft" for r in range(20))
    combo.setCurrentIndex(combo.findData("trash"))
    assert sidebar.model.rowCount() == counts["trash"]


def test_sort_by_title(qtbot, sidebar):
    sidebar.sort_combo.setCurrentIndex(sidebar.sort_combo.findData("title"))
    model = sidebar.model
    titles = [model.headline(r).title for r in range(50)]
    assert titles == sorted(titles, key=lambda t: (t,))
    first = sidebar.articles.list_headlines(HeadlineQuery(sort="title", descending=False), 0, 1)
    assert titles[0] == first[0].title


def test_search_waits_for_a_pause_and_runs_once(qtbot, sidebar):
    finished = []
    sidebar.search_finished.connect(finished.append)
    word = sidebar.model.headline(0).title.split()[0]
    qtbot.keyClicks(sidebar.search_edit, word)
    assert not sidebar.model.is_search()  # nothing yet: the pause has not come
    qtbot.waitUntil(lambda: bool(finished), timeout=10_000)
    qtbot.wait(sidebar._search_timer.interval() * 2)
    assert len(finished) == 1
    assert sidebar.model.rowCount() == finished[0] > 0
    assert sidebar.delegate.show_snippets


def test_selecting_a_row_emits_the_article(qtbot, sidebar):
    model = sidebar.model
    with qtbot.waitSignal(sidebar.article_selected) as blocker:
        sidebar.view.setCurrentIndex(model.index(2, 0))
    assert blocker.args == [model.headline(2).id]


def test_every_status_has_a_label_and_a_colour():
    from desktop_app.core.status import STATUS_COLOURS
    from desktop_app.labels import status_label
    from desktop_app.ui.sidebar import FILTERS

    assert FILTERS == (
        "all",
        "for_me",
        "draft",
        "in_review",
        "changes_requested",
        "approved",
        "published",
        "scheduled",
        "withdrawn",
        "archived",
        "trash",
    )
    assert all(type(key) is str for key in FILTERS), "plain strings: they are the menu items' data"
    for status in FILTERS[2:]:
        assert status_label(status) != status
        assert status in STATUS_COLOURS


def test_rows_paint_in_light_and_dark(qtbot, sidebar):
    from PySide6.QtGui import QColor, QPalette

    image = sidebar.view.grab().toImage()
    assert not image.isNull()
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    sidebar.view.setPalette(dark)
    assert not sidebar.view.grab().toImage().isNull()


def test_one_letter_searches_a_page_and_scrolling_fetches_the_next(qtbot, sidebar):
    """From the first letter: a broad search shows the first page in the list's order (the
    snippets made for those rows only), and scrolling to the end fetches the next page."""
    from desktop_app.core.articles import SEARCH_PAGE

    finished = []
    sidebar.search_finished.connect(finished.append)
    qtbot.keyClicks(sidebar.search_edit, "p")
    qtbot.waitUntil(lambda: bool(finished), timeout=10_000)
    model = sidebar.model
    assert model.is_search()
    assert model.rowCount() == SEARCH_PAGE == finished[0]
    assert model.has_more_results()
    assert "+" in sidebar.result_label.text()
    shown = [model.headline(r) for r in range(model.rowCount())]
    assert all(h.snippet for h in shown)
    updated = [h.updated_at for h in shown]
    assert updated == sorted(updated, reverse=True)  # broad: the list's order, not ranked

    sidebar.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > SEARCH_PAGE, timeout=10_000)
    ids = [model.headline(r).id for r in range(model.rowCount())]
    assert len(ids) == len(set(ids)) == 2 * SEARCH_PAGE
    expected = sidebar.articles.search_headlines(model.query, 0, 2 * SEARCH_PAGE).headlines
    assert ids == [h.id for h in expected]


def test_list_keeps_its_place_when_an_article_is_trashed(qtbot, sidebar):
    """After a structural change (an article trashed, restored, added) the list is read
    again; the user stays where they were, not at the top of a thousand rows."""
    model, bar = sidebar.model, sidebar.view.verticalScrollBar()
    qtbot.waitUntil(lambda: model.count_known and bar.maximum() > 20_000)
    rows = model.rowCount()
    bar.setValue(bar.maximum() // 2)
    middle = bar.value()
    row = sidebar.view.indexAt(sidebar.view.viewport().rect().center()).row()
    article_id = model.headline(row).id
    sidebar.articles.trash(article_id)
    try:
        sidebar.refresh()
        qtbot.waitUntil(lambda: model.count_known and model.rowCount() == rows - 1)
        qtbot.wait(100)  # the batched layout has caught up
        assert bar.value() == middle
    finally:
        sidebar.articles.restore(article_id)
        sidebar.refresh()
    qtbot.waitUntil(lambda: model.count_known and model.rowCount() == rows)
    sidebar.filter_combo.setCurrentIndex(1)  # another list: from its top
    qtbot.wait(100)
    assert bar.value() == 0
    sidebar.filter_combo.setCurrentIndex(0)
