"""The lists' cards: each drawn once per article and folder depth (a card is on the front
page's list, its category's and its tags'), with links that lead from the page it is on, and a
theme's card wherever the theme has one."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from desktop_app.core.export import export_site
from desktop_app.core.site_settings import load_site_settings, save_site_settings
from tests.core.export_helpers import site_admin

THEME_CARDS = """\
{% macro card(item, heading='h2', brand='', logo='') %}
<article class="theme-card" data-lead="{{ item.lead }}">\
<a href="{{ item.href }}">{{ item.title }}</a></article>
{% endmacro %}
{% macro pagination(page, pages, prev_href, next_href) %}{% endmacro %}
"""


@pytest.fixture
def demo(sqlite_database, tmp_path):
    from desktop_app.core.demo import fill_demo

    fill_demo(sqlite_database)
    return sqlite_database, tmp_path


def _themed(database, theme):
    theme.mkdir(exist_ok=True)
    save_site_settings(database, replace(load_site_settings(database), theme=str(theme)), actor=site_admin())


def _cards(page):
    return re.findall(r'<article class="theme-card" data-lead="(\w+)"><a href="([^"]+)">', page)


def test_a_card_links_from_the_page_it_is_on(demo):
    """One article's card on the front page (the site's top), on its category's page and on
    a tag's page (one folder down): the same card, its links made for each."""
    database, tmp_path = demo
    out = tmp_path / "site"
    export_site(database, out, workers=0)
    front = (out / "index.html").read_text(encoding="utf-8")
    href = re.search(r'<h2 class="card-title"><a href="(berita/[^"]+)">', front).group(1)
    elsewhere = [
        p
        for p in sorted((out / "kategori").glob("*.html")) + sorted((out / "tag").glob("*.html"))
        if f'href="../{href}"' in p.read_text(encoding="utf-8")
    ]
    assert elsewhere, "the front page's first article is on a category or tag list too"
    for page in elsewhere:
        text = page.read_text(encoding="utf-8")
        assert '<a class="card-category" href="../kategori/' in text
        assert 'href="kategori/' not in text, page
        assert 'href="berita/' not in text, page


def test_a_theme_card_is_on_every_list_with_the_lead_only_on_the_front_page(demo):
    """The lead story's card opens the front page marked as the lead; on its category's list
    the same article's card is not marked."""
    from db.models import Article
    from desktop_app.core.lead_story import pin

    database, tmp_path = demo
    live = Article.select().where(Article.status == "published", Article.category.is_null(False))
    lead = live.order_by(Article.published_at).first()  # the oldest: the pin moves it first
    pin(database, lead.id, site_admin())
    theme = tmp_path / "theme"
    _themed(database, theme)
    (theme / "_cards.html").write_text(THEME_CARDS, encoding="utf-8")
    out = tmp_path / "site"
    export_site(database, out, workers=0)
    lists = [
        out / "index.html",
        *sorted((out / "kategori").rglob("*.html")),
        *sorted((out / "tag").rglob("*.html")),
    ]
    marked, elsewhere = [], []
    for page in lists:
        text = page.read_text(encoding="utf-8")
        assert 'class="card-title"' not in text, f"only the theme's cards: {page}"
        root = "../" * page.relative_to(out).as_posix().count("/")
        assert _cards(text), page
        for is_lead, href in _cards(text):
            assert href.startswith(root + "berita/"), href
            assert (out / href[len(root) :]).is_file(), href
            if is_lead == "True":
                marked.append((page, href))
            elif href == f"{root}berita/{lead.slug}.html":
                elsewhere.append(page)
    assert marked == [(out / "index.html", f"berita/{lead.slug}.html")]
    assert elsewhere, "the lead article's card, unmarked, on its category's list"


def test_a_theme_list_drawing_its_cards_itself_still_works(demo):
    """A theme written before the lists were given their cards (its ``list.html`` calls the
    ``card`` macro for each item) makes the same lists."""
    database, tmp_path = demo
    theme = tmp_path / "theme"
    _themed(database, theme)
    (theme / "_cards.html").write_text(THEME_CARDS, encoding="utf-8")
    (theme / "list.html").write_text(
        '{% extends "base.html" %}\n{% from "_cards.html" import card %}\n{% block main %}\n'
        "{% for item in items %}{{ card(item, brand=site.title, logo=logo) }}{% endfor %}\n"
        "{% endblock %}\n",
        encoding="utf-8",
    )
    out = tmp_path / "site"
    export_site(database, out, workers=0)
    drawn = _cards((out / "index.html").read_text(encoding="utf-8"))
    (theme / "list.html").unlink()
    export_site(database, tmp_path / "given", workers=0)
    assert drawn == _cards((tmp_path / "given" / "index.html").read_text(encoding="utf-8"))
    assert drawn
