"""A broken theme stops the export with a message that names the place; nothing is lost."""

from __future__ import annotations

from dataclasses import replace

import pytest

from db.models import Article
from desktop_app.core.export import ExportError, export_site
from desktop_app.core.site_settings import load_site_settings, save_site_settings
from tests.core.export_helpers import site_admin, site_files

MAIN_BLOCK = '{% extends "base.html" %}\n{% block main %}\n'


@pytest.fixture
def site(sqlite_database, tmp_path):
    """The demo content exported once with the default look, then a theme folder set."""
    from desktop_app.core.demo import fill_demo

    fill_demo(sqlite_database)
    out = tmp_path / "site"
    export_site(sqlite_database, out, workers=0)
    theme = tmp_path / "theme"
    (theme / "strings").mkdir(parents=True)
    save_site_settings(
        sqlite_database, replace(load_site_settings(sqlite_database), theme=str(theme)), actor=site_admin()
    )
    return sqlite_database, out, theme


def _refused(database, out, **options) -> ExportError:
    before = site_files(out)
    with pytest.raises(ExportError) as caught:
        export_site(database, out, **options)
    assert caught.value.code == "theme_error"
    assert site_files(out) == before, "the previous website is left as it was"
    return caught.value


@pytest.mark.parametrize(
    ("template", "detail"),
    [
        ("{{ oops( }}", "index.html, line 3: unexpected '}', expected ')'"),
        ("\n{{ nothing_here.title }}", "index.html, line 4: 'nothing_here' is undefined"),
        ('{{ t("no_such_word") }}', "index.html, line 3: no site text 'no_such_word' in language 'id'"),
        ('{% include "missing.html" %}', "index.html, line 3: missing.html"),
    ],
)
def test_a_broken_template_is_named_with_its_line(site, template, detail):
    database, out, theme = site
    (theme / "index.html").write_text(MAIN_BLOCK + template + "{% endblock %}\n", encoding="utf-8")
    assert detail in _refused(database, out, workers=0).detail


@pytest.mark.parametrize("table", ['{"home": "Beranda",', '["Beranda"]', '{"home": 1}'])
def test_a_theme_table_of_words_that_is_not_json_strings_is_named(site, table):
    database, out, theme = site
    (theme / "strings" / "id.json").write_text(table, encoding="utf-8")
    error = _refused(database, out, workers=0)
    assert str(theme / "strings" / "id.json") in error.detail


def test_a_theme_cards_template_without_the_card_macro_is_named(site):
    database, out, theme = site
    (theme / "_cards.html").write_text("{% macro pagination(page, pages, a, b) %}{% endmacro %}\n")
    assert "_cards.html: no macro 'card'" in _refused(database, out, workers=0).detail


def test_an_article_template_broken_in_the_workers_is_reported_too(site, monkeypatch):
    from desktop_app.core.export import build, parallel

    database, out, theme = site
    (theme / "article.html").write_text(
        MAIN_BLOCK + "{{ article.no_such_field }}{% endblock %}", encoding="utf-8"
    )
    monkeypatch.setattr(build, "PARALLEL_PAGES", 1)
    monkeypatch.setattr(parallel.ArticlePagePool, "steal", lambda self: None)  # workers only
    error = _refused(database, out, workers=2, full=True)
    assert "no_such_field" in error.detail


def test_save_article_as_html_reports_the_theme_too(site):
    from desktop_app.core.export.single import article_standalone

    database, _, theme = site
    (theme / "standalone.html").write_text("{% if %}", encoding="utf-8")
    article = Article.select().first()
    with pytest.raises(ExportError) as caught:
        article_standalone(database, article.id)
    assert caught.value.code == "theme_error"
    assert "standalone.html, line 1" in caught.value.detail


def test_the_message_is_translated_and_names_the_place(site, qapp):
    from desktop_app.i18n import install_translators, reset_language
    from desktop_app.messages import describe_error

    database, out, theme = site
    (theme / "index.html").write_text(MAIN_BLOCK + "{{ oops( }}{% endblock %}", encoding="utf-8")
    error = _refused(database, out, workers=0)
    install_translators(qapp, "id")
    try:
        message = describe_error(error)
    finally:
        reset_language(qapp)
    assert message.startswith("Tema situs web bermasalah: index.html, line 3:")
    assert "Pengaturan Situs Web" in message


def test_the_command_says_what_is_wrong_without_a_traceback(site, capsys):
    from desktop_app.cli import main

    database, out, theme = site
    (theme / "strings" / "id.json").write_text("{", encoding="utf-8")
    assert main(["--db", database.database, "export", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("redaksi: Tema situs web bermasalah: ")
    assert "Traceback" not in err
