"""Compiled templates are kept in the user's cache folder: an export with them makes the same
bytes, and a template changed since (a theme's) is compiled again."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from desktop_app.core.demo import fill_demo
from desktop_app.core.export import export_site
from desktop_app.core.export.pages import environment
from desktop_app.core.site_settings import load_site_settings, save_site_settings
from tests.core.export_helpers import site_admin, site_files


def _cached(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.cache"))


def test_an_export_with_compiled_templates_writes_the_same_bytes(sqlite_database, tmp_path):
    fill_demo(sqlite_database)
    cache = Path(os.environ["XDG_CACHE_HOME"])
    assert not _cached(cache)
    export_site(sqlite_database, tmp_path / "first", base_url="https://example.go.id")
    kept = _cached(cache)
    assert kept  # (each compiled template, once)
    before = {p: p.stat().st_mtime_ns for p in kept}
    export_site(sqlite_database, tmp_path / "second", base_url="https://example.go.id")
    assert {p: p.stat().st_mtime_ns for p in _cached(cache)} == before  # read, not compiled again
    assert site_files(tmp_path / "first") == site_files(tmp_path / "second")


def test_a_changed_theme_template_is_compiled_again(sqlite_database, tmp_path):
    fill_demo(sqlite_database)
    theme = tmp_path / "theme"
    theme.mkdir()
    save_site_settings(
        sqlite_database, replace(load_site_settings(sqlite_database), theme=str(theme)), actor=site_admin()
    )
    (theme / "robots.txt").write_text("User-agent: *\nDisallow: /satu/\n", encoding="utf-8")
    assert environment(str(theme)).get_template("robots.txt").render() == "User-agent: *\nDisallow: /satu/\n"
    (theme / "robots.txt").write_text("User-agent: *\nDisallow: /dua/\n", encoding="utf-8")
    assert environment(str(theme)).get_template("robots.txt").render() == "User-agent: *\nDisallow: /dua/\n"
    out = tmp_path / "site"
    export_site(sqlite_database, out)
    assert (out / "robots.txt").read_text(encoding="utf-8") == "User-agent: *\nDisallow: /dua/\n"
