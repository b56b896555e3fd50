"""Themes: only an admin changes the site settings (the theme folder too), and its templates run
in Jinja's sandbox, so a theme reaches no Python internals and reads no file outside its folder.
What a theme tries is refused with a translated export error (never a traceback), and the
previous website stays."""

from __future__ import annotations

import os
from dataclasses import replace

import pytest
from jinja2.sandbox import SandboxedEnvironment

from db.models import SiteSetting
from desktop_app.core.errors import ADMIN_ONLY, PermissionDenied
from desktop_app.core.export import ExportError, export_site
from desktop_app.core.export.pages import environment
from desktop_app.core.people import PeopleService
from desktop_app.core.site_settings import SiteSettings, load_site_settings, save_site_settings
from tests.core.export_helpers import all_text, site_admin, site_files
from tests.people_helpers import add_person, as_person

MAIN_BLOCK = '{% extends "base.html" %}\n{% block main %}\n'
SECRET = "RAHASIA-7f3a9c"


# -- only an admin chooses the theme -----------------------------------------------------------


def test_only_an_active_admin_changes_the_site_settings(database, tmp_path):
    theme = tmp_path / "tema"
    theme.mkdir()
    wanted = SiteSettings(title="Diskominfo", theme=str(theme))
    admin = site_admin()
    writer, editor, former = (
        as_person(add_person(database, f"Orang {role} {n}", role, admin=admin))
        for n, role in enumerate(("writer", "editor", "admin"))
    )
    PeopleService(database).update(admin, former.person_id, active=False)
    for actor in (writer, editor, former):
        with pytest.raises(PermissionDenied):
            save_site_settings(database, wanted, actor=actor)
        # not the title either, nor clearing the theme
        with pytest.raises(PermissionDenied):
            save_site_settings(database, SiteSettings(title="Kominfo Solok"), actor=actor)
    assert load_site_settings(database) == SiteSettings()  # nothing stored
    assert SiteSetting.select().count() == 0

    assert save_site_settings(database, wanted, actor=admin).theme == str(theme)
    assert load_site_settings(database).theme == str(theme)
    save_site_settings(database, replace(wanted, theme=""), actor=admin)
    assert load_site_settings(database).theme == ""
    with pytest.raises(TypeError):  # a person id is no signed-in person
        save_site_settings(database, wanted, actor=admin.person_id)


def test_the_refusal_is_translated(qapp):
    from desktop_app.i18n import install_translators, reset_language
    from desktop_app.messages import describe_error

    error = PermissionDenied("writer", ADMIN_ONLY)
    assert describe_error(error) == "Only an admin may do this (your role: Writer). Nothing was changed."
    install_translators(qapp, "id")
    try:
        message = describe_error(error)
    finally:
        reset_language(qapp)
    assert "admin" in message
    assert "Only" not in message


# -- the sandbox -------------------------------------------------------------------------------


@pytest.fixture
def site(sqlite_database, tmp_path):
    """The demo content exported once with the default look, then a theme folder set (by an
    admin), and a file beside the theme that no theme may read."""
    from desktop_app.core.demo import fill_demo

    fill_demo(sqlite_database)
    out = tmp_path / "site"
    export_site(sqlite_database, out, workers=0)
    theme = tmp_path / "theme"
    (theme / "strings").mkdir(parents=True)
    settings = replace(load_site_settings(sqlite_database), theme=str(theme))
    save_site_settings(sqlite_database, settings, actor=site_admin())
    (tmp_path / "secret.html").write_text(f"<p>{SECRET}</p>", encoding="utf-8")
    (tmp_path / "secret.json").write_text(f'{{"home": "{SECRET}"}}', encoding="utf-8")
    return sqlite_database, out, theme


def _refused(database, out, code: str = "theme_unsafe", **options) -> ExportError:
    before = site_files(out)
    with pytest.raises(ExportError) as caught:
        export_site(database, out, **options)
    assert caught.value.code == code, caught.value.detail
    assert site_files(out) == before, "the previous website is left as it was"
    assert SECRET not in all_text(out)
    return caught.value


def test_a_themes_templates_run_sandboxed_and_redaksis_own_do_not(tmp_path):
    assert isinstance(environment(str(tmp_path)), SandboxedEnvironment)
    # (Redaksi's own templates are trusted: the sandbox's check of every read cost about a
    # tenth of an export)
    assert not isinstance(environment(), SandboxedEnvironment)
    assert not isinstance(environment(str(tmp_path / "not-there")), SandboxedEnvironment)


UNSAFE = [
    "{{ ''.__class__.__mro__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ site.__class__.__init__.__globals__ }}",
    "{{ t.__call__.__globals__ }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ t.__dict__ }}",
    "{% for x in ().__class__.__base__.__subclasses__() %}{{ x }}{% endfor %}",
    "{{ lipsum.__globals__['os'].listdir('/') }}",
    "{{ site.__dataclass_fields__ }}",
    "{% if ''.__class__ %}x{% endif %}",
]


@pytest.mark.parametrize("template", UNSAFE)
def test_python_internals_are_refused_with_the_place(site, template):
    database, out, theme = site
    (theme / "index.html").write_text(MAIN_BLOCK + template + "{% endblock %}\n", encoding="utf-8")
    error = _refused(database, out, workers=0)
    assert error.detail.startswith("index.html, line 3: "), error.detail
    assert "unsafe" in error.detail


@pytest.mark.parametrize(
    "include",
    [
        "../secret.html",
        "../../secret.html",
        "strings/../../secret.html",
        "..\\secret.html",
    ],
)
def test_a_theme_reads_no_file_above_its_folder(site, include):
    database, out, theme = site
    (theme / "index.html").write_text(
        MAIN_BLOCK + "{% include '" + include.replace("\\", "\\\\") + "' %}{% endblock %}\n",
        encoding="utf-8",
    )
    error = _refused(database, out, workers=0)
    assert "outside the theme folder" in error.detail


def test_an_absolute_path_is_looked_for_inside_the_folders_only(site, tmp_path):
    database, out, theme = site
    secret = (tmp_path / "secret.html").as_posix()
    (theme / "index.html").write_text(
        MAIN_BLOCK + "{% include '" + secret + "' %}{% endblock %}\n", encoding="utf-8"
    )
    error = _refused(database, out, code="theme_error", workers=0)
    assert "index.html, line 3" in error.detail


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_a_symbolic_link_out_of_the_theme_is_refused(site, tmp_path):
    database, out, theme = site
    (theme / "bocor.html").symlink_to(tmp_path / "secret.html")
    (theme / "index.html").write_text(
        MAIN_BLOCK + "{% include 'bocor.html' %}{% endblock %}\n", encoding="utf-8"
    )
    error = _refused(database, out, workers=0)
    assert "bocor.html" in error.detail
    # A whole template linked out (style.css too) and the theme's table of words.
    (theme / "index.html").unlink()
    (theme / "404.html").symlink_to(tmp_path / "secret.html")
    _refused(database, out, workers=0)
    (theme / "404.html").unlink()
    (theme / "strings" / "id.json").symlink_to(tmp_path / "secret.json")
    error = _refused(database, out, code="theme_error", workers=0)
    assert "outside the theme folder" in error.detail


def test_a_link_inside_the_theme_still_works(site):
    database, out, theme = site
    (theme / "parts").mkdir()
    (theme / "parts" / "salam.html").write_text("<p>Salam dari tema</p>", encoding="utf-8")
    (theme / "salam.html").symlink_to(theme / "parts" / "salam.html")
    (theme / "index.html").write_text(
        MAIN_BLOCK + "{% include 'salam.html' %}{% include 'parts/salam.html' %}{% endblock %}\n",
        encoding="utf-8",
    )
    export_site(database, out, workers=0)
    assert (out / "index.html").read_text(encoding="utf-8").count("Salam dari tema") == 2


def test_an_unsafe_article_template_in_the_workers_is_reported_too(site, monkeypatch):
    from desktop_app.core.export import build, parallel

    database, out, theme = site
    (theme / "article.html").write_text(
        MAIN_BLOCK + "{{ article.__class__.__mro__ }}{% endblock %}", encoding="utf-8"
    )
    monkeypatch.setattr(build, "PARALLEL_PAGES", 1)
    monkeypatch.setattr(parallel.ArticlePagePool, "steal", lambda self: None)  # workers only
    error = _refused(database, out, workers=2, full=True)
    assert "__class__" in error.detail


def test_save_article_as_html_is_sandboxed_too(site):
    from db.models import Article
    from desktop_app.core.export.single import article_standalone

    database, _, theme = site
    (theme / "standalone.html").write_text("{{ ''.__class__.__mro__ }}", encoding="utf-8")
    with pytest.raises(ExportError) as caught:
        article_standalone(database, Article.select().first().id)
    assert caught.value.code == "theme_unsafe"
    assert "standalone.html, line 1" in caught.value.detail


def test_the_message_is_translated_and_the_command_shows_no_traceback(site, qapp, capsys):
    from desktop_app.cli import main
    from desktop_app.i18n import install_translators, reset_language
    from desktop_app.messages import describe_error

    database, out, theme = site
    (theme / "index.html").write_text(MAIN_BLOCK + "{{ ''.__class__ }}{% endblock %}", encoding="utf-8")
    error = _refused(database, out, workers=0)
    assert describe_error(error).startswith(
        "The website theme tried something a theme may not do: index.html"
    )
    install_translators(qapp, "id")
    try:
        message = describe_error(error)
    finally:
        reset_language(qapp)
    assert message.startswith("Tema situs web ")
    assert "index.html, line 3" in message
    assert main(["--db", database.database, "export", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("redaksi: Tema situs web ")
    assert "Traceback" not in err
