"""SIGKILL a website export: 20 times at random moments spread over the export (600 articles,
every page changed: a new site title, re-published and unpublished articles), and once before
every step that renames, links or removes a file until the new site is in place. After each
kill the site folder is the old site or the new site, never a mix, and the next export
succeeds (and makes the new site).

"Never a mix", precisely: the folder's listing (every file and folder under it, links not
followed, the manifest included) with each file's sha256 equals, as a whole, the listing of the
old export or the listing of the new export (made beforehand into folders of their own). So
every file matches the old or the new export, from the same one, and the set of files is that
export's set: no file missing, none left over, none half-written.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from tests.faults.conftest import add_figure
from tests.faults.task_runner import kill, launch, run_to_the_end, wait_ready

KILLS = 20
ARTICLES = 600
WORDS = 300
RUN_WAIT_S = 120  # bound on one export in a child (a hang fails the test)


def listing(root: Path) -> dict[str, str]:
    """``{relative path: sha256}`` of every file and ``{relative path/: "folder"}`` of every
    folder under ``root`` (links are listed as links, never followed)."""
    found: dict[str, str] = {}
    for folder, dirs, files in os.walk(root, followlinks=False):
        for name in dirs:
            path = os.path.join(folder, name)
            relative = os.path.relpath(path, root)
            found[relative + "/"] = "link" if os.path.islink(path) else "folder"
        for name in files:
            path = os.path.join(folder, name)
            relative = os.path.relpath(path, root)
            with open(path, "rb") as stream:
                found[relative] = hashlib.sha256(stream.read()).hexdigest()
    return found


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> dict[str, object]:
    """A database of live articles, its old export (``old``) and, after the changes, the new
    export made into an empty folder (``new``)."""
    from bench.export import make_all_live
    from bench.generate import generate_database
    from db.database import open_database
    from db.models import Article
    from desktop_app.core.export import export_site
    from desktop_app.core.site_settings import load_site_settings, save_site_settings
    from tests.core.export_helpers import publish_snapshot, site_admin

    folder = tmp_path_factory.mktemp("export-kill")
    db = folder / "redaksi.db"
    generate_database(db, ARTICLES, seed=17, words=WORDS)
    make_all_live(db)
    database = open_database(db)
    try:
        base = "https://kominfo.example.go.id"
        settings = replace(load_site_settings(database), title="Dinas Kominfo", base_url=base)
        save_site_settings(database, settings, actor=site_admin())
        export_site(database, folder / "old")
        # the old site as a re-export leaves it: beside it the site it swapped out (its spare)
        export_site(database, folder / "pair" / "site")
        export_site(database, folder / "pair" / "site")
        save_site_settings(database, replace(settings, title="Dinas Kominfo Kota"), actor=site_admin())
        live = [a.id for a in Article.select(Article.id).where(Article.published_revision.is_null(False))]
        for article_id in live[:5]:
            title = Article.get_by_id(article_id).title
            publish_snapshot(article_id, title=f"{title} (ralat)")
        Article.update(status="approved", published_revision=None).where(Article.id.in_(live[-3:])).execute()
        export_site(database, folder / "new")
    finally:
        database.close()
    return {"db": db, "old": folder / "old", "new": folder / "new", "pair": folder / "pair"}


def _put_old_site(sites: dict[str, object], site: Path) -> None:
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(sites["old"], site)


def _put_old_site_and_spare(sites: dict[str, object], site: Path) -> None:
    for leftover in site.parent.glob(f".{site.name}.*"):
        shutil.rmtree(leftover)
    _put_old_site(sites, site)  # (its manifest is the pair's, byte for byte: as the spare's note says)
    (spare,) = sites["pair"].glob(".site.spare-*")
    shutil.copytree(spare, site.parent / spare.name)


def _launch(db: Path, site: Path, full: bool = False, env: dict[str, str] | None = None) -> subprocess.Popen:
    return launch("export", str(db), str(site), *(["--full"] if full else []), env=env)


def _export_to_the_end(db: Path, site: Path) -> float:
    """Run the export in a child to its end; its time from ``ready``."""
    return run_to_the_end(_launch(db, site), RUN_WAIT_S)


def test_sigkill_during_an_export_leaves_the_old_or_the_new_site(sites, tmp_path):
    db, site = sites["db"], tmp_path / "web" / "site"
    old, new = listing(sites["old"]), listing(sites["new"])
    assert old != new
    site.parent.mkdir()
    _put_old_site(sites, site)
    _export_to_the_end(db, site)  # (the first one draws the share cards; the rest copy them)
    assert listing(site) == new, "an export from the old site makes the new one"
    _put_old_site(sites, site)
    duration = _export_to_the_end(db, site)  # how long the exports killed below take
    assert listing(site) == new
    rng = random.Random(17)
    kills = 0
    while kills < KILLS:
        _put_old_site(sites, site)  # (staging folders earlier kills left beside it stay)
        full = kills % 4 == 3  # a --full export now and then: it too swaps the site in
        process = _launch(db, site, full)
        try:
            wait_ready(process)
            time.sleep(rng.uniform(0.0, duration))
            finished = process.poll() is not None
        finally:
            kill(process)
        if finished:
            continue  # it ended before the kill: not a kill during an export
        kills += 1
        add_figure("export kills", 1)
        found = listing(site)
        assert found in (old, new), "the site folder is the old site or the new site"
        add_figure(f"export kills: site {'old' if found == old else 'new'} afterwards", 1)
        _export_to_the_end(db, site)  # the next export succeeds
        assert listing(site) == new
        add_figure("export kills: site old or new, next export succeeded", 1)
    assert kills == KILLS


def _killed_before(
    step: int, put: Callable[[], None], db: Path, site: Path, new: dict[str, str]
) -> dict[str, str] | None:
    """``put`` the old site in place, then export it killed just before its ``step``-th step:
    the site's listing afterwards, or None when the export ended first (the site is ``new``)."""
    put()
    process = _launch(db, site, env={"KILL_AT_STEP": str(step)})
    wait_ready(process)
    _, err = process.communicate(timeout=RUN_WAIT_S)
    if process.returncode == 0:
        assert listing(site) == new
        return None
    assert process.returncode == -signal.SIGKILL, err[-3000:]
    return listing(site)


def _steps_to_the_exchange(db: Path, site: Path) -> int:
    """The number of the step that swaps the new site in (a counting run, nothing killed)."""
    process = _launch(db, site, env={"COUNT_STEPS": "1"})
    wait_ready(process)
    out, err = process.communicate(timeout=RUN_WAIT_S)
    assert process.returncode == 0, err[-3000:]
    # (the first exchange is a probe of two empty folders: can this file system swap them)
    return [int(line.split()[1]) for line in out.splitlines() if line.startswith("exchange ")][-1]


def test_sigkill_before_every_step_of_an_export(sites, tmp_path):
    """One run per step: killed just before its N-th rename, link, removal or folder exchange,
    until the new site is in place (then a few later steps: removing the old site's files).
    Before the swap the steps are the new site's files linked into its staging folder (the
    unchanged pages and the cached share images: hundreds of them, alike); the first 60 and
    every one of the 60 before the swap are killed at, and a sample of the others."""
    db, site = sites["db"], tmp_path / "site"
    old, new = listing(sites["old"]), listing(sites["new"])
    _put_old_site(sites, site)
    exchange = _steps_to_the_exchange(db, site)
    assert listing(site) == new
    steps = sorted(
        {*range(1, 61), *range(61, exchange - 60, 37), *range(max(1, exchange - 60), exchange + 2)}
    )
    step_new = None
    n = 0
    while n < len(steps):
        step = steps[n]
        n += 1
        found = _killed_before(step, lambda: _put_old_site(sites, site), db, site, new)
        if found is None:
            break
        add_figure("export step kills", 1)
        assert found in (old, new), f"killed before step {step}: a mix"
        add_figure("export step kills: site old or new", 1)
        if found == new and step_new is None:  # the site is in: a few of the later steps
            step_new = step
            steps = [*steps[:n], step + 10, step + 100, step + 1000, 10**6]
    assert step_new is not None
    assert step_new > 3
    _export_to_the_end(db, site)
    assert listing(site) == new


def test_sigkill_before_every_step_of_an_export_into_the_spare(sites, tmp_path, monkeypatch):
    """As above, from a site with its spare beside it (the site the last re-export swapped out:
    the next export's staging folder, whose files are the live site's files too). Every changed
    page is written into the spare (its old file unlinked first, never written into): killed
    before any of those steps, the live site is the old one, byte for byte."""
    from db.database import open_database
    from desktop_app.core.export import export_site
    from desktop_app.core.export import writer as writer_module

    db, site = sites["db"], tmp_path / "site"
    old, new = listing(sites["old"]), listing(sites["new"])
    _put_old_site_and_spare(sites, site)
    assert listing(site) == old
    taken = []
    real = writer_module.SiteWriter._take_spare

    def spy(self, manifest_sha):
        real(self, manifest_sha)
        taken.append(self.spare is not None)

    monkeypatch.setattr(writer_module.SiteWriter, "_take_spare", spy)
    database = open_database(db)
    try:
        export_site(database, site)
    finally:
        database.close()
    assert taken == [True], "the export wrote into the spare"
    assert listing(site) == new
    _put_old_site_and_spare(sites, site)
    exchange = _steps_to_the_exchange(db, site)
    assert listing(site) == new
    steps = sorted(
        {*range(1, 11), *range(11, exchange - 10, 521), *range(max(1, exchange - 10), exchange + 2)}
    )
    for step in steps:
        found = _killed_before(step, lambda: _put_old_site_and_spare(sites, site), db, site, new)
        if found is None:
            break
        add_figure("export step kills (spare)", 1)
        assert found in (old, new), f"killed before step {step}: a mix"
    _export_to_the_end(db, site)
    assert listing(site) == new
