"""The previous site an export swapped out is removed after the export returns, by a process of
its own (``redaksi --remove-previous-site``): a re-export after one change is done when the new
site is in place, not when thousands of old links are gone."""

from __future__ import annotations

import time

import pytest

from desktop_app.child_entry import REMOVE_PREVIOUS_SITE_ARG, remove_in_background, run_child
from desktop_app.core.export import export_site
from desktop_app.core.export import writer as writer_module
from desktop_app.core.export.service import SiteExportService
from tests.core.export_helpers import spare_names
from tests.export.test_incremental_commit import _change_one_article, _leftovers


def _wait_until_gone(path, seconds: float = 60.0) -> bool:
    """Whether ``path`` disappeared within ``seconds`` (a generous bound on a busy machine:
    the test asserts that the removal happens, not how fast)."""
    deadline = time.monotonic() + seconds
    while path.exists():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def _previous_site(tmp_path):
    folder = tmp_path / f".site.{writer_module.PREVIOUS_INFIX}abc123"
    (folder / "berita").mkdir(parents=True)
    (folder / "berita" / "lama.html").write_text("lama", encoding="utf-8")
    return folder


def test_the_new_site_is_in_place_before_the_previous_one_is_handed_over(demo_database, tmp_path):
    out = tmp_path / "web" / "site"
    export_site(demo_database, out, base_url="https://x.go.id")
    slug = _change_one_article()
    handed = []

    def remove_later(folder):
        # called after the exchange: the output folder already is the new site
        assert "(diperbarui)" in (out / f"berita/{slug}.html").read_text(encoding="utf-8")
        assert writer_module.is_previous_site(folder)
        assert (folder / "index.html").exists()  # the old site, whole
        handed.append(folder)

    # (a full export: a re-export after one change keeps the previous site as its spare)
    export_site(demo_database, out, base_url="https://x.go.id", remove_folder=remove_later, full=True)
    assert len(handed) == 1
    assert handed[0].parent == out.parent
    # left for later: the next export removes it if nobody did
    export_site(demo_database, out, base_url="https://x.go.id")
    assert not handed[0].exists()
    assert _leftovers(out) == spare_names(out)


def test_the_removal_process_removes_a_previous_site_and_nothing_else(tmp_path):
    previous = _previous_site(tmp_path)
    assert run_child([REMOVE_PREVIOUS_SITE_ARG, str(previous)]) == 0
    assert not previous.exists()
    for name in ("site", ".site.export-abc", "previous-abc", ".hidden"):
        other = tmp_path / name
        other.mkdir()
        (other / "index.html").write_text("x", encoding="utf-8")
        assert run_child([REMOVE_PREVIOUS_SITE_ARG, str(other)]) == 2
        assert (other / "index.html").exists()


def test_a_link_named_like_a_previous_site_is_not_followed(tmp_path):
    target = tmp_path / "precious"
    target.mkdir()
    (target / "data.txt").write_text("keep", encoding="utf-8")
    link = tmp_path / f".site.{writer_module.PREVIOUS_INFIX}link"
    try:
        link.symlink_to(target, target_is_directory=True)
    except OSError:
        pytest.skip("this system makes no symbolic links")
    assert run_child([REMOVE_PREVIOUS_SITE_ARG, str(link)]) == 2
    assert (target / "data.txt").exists()


def test_a_background_process_removes_it_after_the_caller_moved_on(tmp_path):
    previous = _previous_site(tmp_path)
    remove_in_background(previous)
    assert _wait_until_gone(previous)


def test_the_export_service_of_the_app_hands_the_removal_to_a_process(demo_database, tmp_path):
    from desktop_app.services import make_services

    service = make_services(demo_database, tmp_path / "demo.db").site_export
    assert isinstance(service, SiteExportService)
    assert service.remove_folder is remove_in_background
    out = tmp_path / "web" / "site"
    service.export(out, base_url="https://x.go.id")
    _change_one_article()
    service.export(out, base_url="https://x.go.id", full=True)
    leftovers = [out.parent / name for name in _leftovers(out)]
    assert all(writer_module.is_previous_site(path) for path in leftovers)
    assert all(_wait_until_gone(path) for path in leftovers)
