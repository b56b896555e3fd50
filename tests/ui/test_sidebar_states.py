"""The sidebar's status filter (a count for every status, "Scheduled") and its empty states
(an empty Trash, a search that found nothing, an empty filter)."""

from __future__ import annotations

import datetime as _dt

import pytest

from db.models import Article, utcnow
from desktop_app.core.articles import ArticleService
from desktop_app.core.models import ArticleChanges
from desktop_app.ui.sidebar import FILTERS, HeadlineList


@pytest.fixture
def sidebar(qtbot, database):
    articles = ArticleService(database)
    widget = HeadlineList(articles, language="en")
    qtbot.addWidget(widget)
    widget.resize(320, 600)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    from desktop_app.workers import wait_for_workers

    wait_for_workers()


def _article(articles, title: str, status: str = "draft", publish_at=None) -> int:
    article = articles.create(ArticleChanges(title=title))
    Article.update(status=status, publish_at=publish_at).where(Article.id == article.id).execute()
    return article.id


def _texts(combo) -> dict[str, str]:
    return {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}


def test_every_status_has_a_count_and_scheduled_is_a_filter(qtbot, sidebar):
    articles = sidebar.articles
    ahead = utcnow() + _dt.timedelta(days=1)
    _article(articles, "Rancangan")
    scheduled = _article(articles, "Tayang besok", "published", ahead)
    embargoed = _article(articles, "Disetujui, embargo", "approved", ahead)
    _article(articles, "Sudah tayang", "published")
    sidebar.load()
    combo = sidebar.filter_combo
    qtbot.waitUntil(lambda: "(4)" in combo.itemText(0))
    texts = _texts(combo)
    assert texts["archived"] == "Archived (0)"  # a status no article has still shows its count
    assert texts["scheduled"] == "Scheduled (2)"
    assert texts["published"] == "Published (2)"
    assert texts["trash"] == "Trash (0)"
    assert FILTERS.index("scheduled") == FILTERS.index("published") + 1
    combo.setCurrentIndex(combo.findData("scheduled"))
    shown = {sidebar.model.headline(row).id for row in range(sidebar.model.rowCount())}
    assert shown == {scheduled, embargoed}
    assert not sidebar.showing_empty_state()


def test_the_empty_trash_says_what_it_is_for(qtbot, sidebar):
    _article(sidebar.articles, "Rapat")
    sidebar.load()
    assert not sidebar.showing_empty_state()
    sidebar.filter_combo.setCurrentIndex(sidebar.filter_combo.findData("trash"))
    assert sidebar.showing_empty_state()
    panel = sidebar.empty_panel
    assert panel.title() == "The Trash is empty"
    assert "restore" in panel.text()
    assert panel.button.isHidden()


def test_a_search_without_results_offers_to_clear_it(qtbot, sidebar):
    _article(sidebar.articles, "Rapat koordinasi")
    sidebar.load()
    qtbot.keyClicks(sidebar.search_edit, "zzzyx")
    qtbot.waitUntil(sidebar.showing_empty_state, timeout=10_000)
    panel = sidebar.empty_panel
    assert "“zzzyx”" in panel.title()
    assert panel.button.isVisible()
    assert panel.button.text() == "Clear search"
    panel.button.click()
    assert sidebar.search_text() == ""
    qtbot.waitUntil(lambda: not sidebar.showing_empty_state())
    assert sidebar.model.rowCount() == 1


def test_an_empty_filter_leads_back_to_all_articles(qtbot, sidebar):
    _article(sidebar.articles, "Rapat")
    sidebar.load()
    combo = sidebar.filter_combo
    combo.setCurrentIndex(combo.findData("archived"))
    assert sidebar.showing_empty_state()
    assert sidebar.empty_panel.button.text() == "Show all articles"
    sidebar.empty_panel.button.click()
    assert combo.currentData() == "all"
    assert not sidebar.showing_empty_state()


def test_no_articles_at_all_offers_a_new_one(qtbot, sidebar):
    sidebar.load()
    assert sidebar.showing_empty_state()
    wanted = []
    sidebar.new_requested.connect(lambda: wanted.append(True))
    assert sidebar.empty_panel.button.text() == "New Article"
    sidebar.empty_panel.button.click()
    assert wanted == [True]
