"""The export trusts nothing in its output folder: a previous manifest naming paths outside the
folder (``../outside``, an absolute path) removes and moves nothing there, and a symbolic link
inside the folder (to a folder or to a file) stops the export before anything is written, with
a translated message naming the link. Each in both commit modes (the whole site swapped in, or
its changed files moved in where folders cannot be exchanged)."""

from __future__ import annotations

import hashlib
import json
import os

import pytest

from desktop_app.core.export import export_site
from desktop_app.core.export import writer as writer_module
from desktop_app.core.export.writer import MANIFEST_NAME, ExportError, SiteWriter
from tests.core.export_helpers import publish_snapshot, spare_names

BASE = "https://kominfo.example.go.id"


@pytest.fixture(params=["swap", "moved in"])
def commit_mode(request, monkeypatch) -> str:
    if request.param == "moved in":  # as where the system cannot exchange two folders
        monkeypatch.setattr(writer_module, "exchange", lambda first, second: False)
    return request.param


def tree(root) -> dict[str, str]:
    """``{relative path: sha256, or "->target" for a link, or "/" for a folder}`` of everything
    under ``root``, links not followed."""
    found: dict[str, str] = {}
    for folder, dirs, files in os.walk(root, followlinks=False):
        for name in dirs + files:
            path = os.path.join(folder, name)
            relative = os.path.relpath(path, root)
            if os.path.islink(path):
                found[relative] = "->" + os.readlink(path)
            elif os.path.isdir(path):
                found[relative] = "/"
            else:
                with open(path, "rb") as stream:
                    found[relative] = hashlib.sha256(stream.read()).hexdigest()
    return found


def _outside(tmp_path):
    """A folder beside the site with a file in it, as someone's own data."""
    outside = tmp_path / "outside"
    (outside / "arsip").mkdir(parents=True)
    (outside / "arsip" / "laporan.txt").write_text("milik orang lain", encoding="utf-8")
    (outside / "catatan.txt").write_text("jangan dihapus", encoding="utf-8")
    (outside / "kosong").mkdir()  # an empty folder: what a removed page's folder looks like
    return outside


def _plant(out, entries: dict[str, dict[str, str]]) -> None:
    """Add ``entries`` to the manifest of the export in ``out`` (as a crafted folder would)."""
    path = out / MANIFEST_NAME
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest["files"].update(entries)
    path.write_text(json.dumps(manifest), encoding="utf-8")


def _change_an_article() -> None:
    from db.models import Article

    article = Article.select().where(Article.published_revision.is_null(False)).first()
    publish_snapshot(article.id, title=article.title + " (ralat)")


def test_manifest_paths_outside_the_folder_are_ignored(demo_database, tmp_path, commit_mode):
    out = tmp_path / "web" / "site"
    export_site(demo_database, out, base_url=BASE)
    outside = _outside(tmp_path)
    before = tree(outside)
    entry = {"sha256": "0" * 64, "key": ""}
    crafted = {
        "../../outside": entry,
        "../../outside/catatan.txt": entry,
        str(outside / "arsip"): entry,  # an absolute path
        str(outside / "catatan.txt"): entry,
        "berita/../../../outside": entry,
        "../../outside/kosong/halaman.html": entry,
        str(outside / "kosong" / "lain.html"): entry,
    }
    _plant(out, crafted)
    _change_an_article()

    result = export_site(demo_database, out, base_url=BASE)

    assert tree(outside) == before, "nothing outside the output folder was moved or removed"
    assert not set(crafted) & set(result.removed)
    assert sorted(result.ignored) == sorted(crafted)  # for the UI's warning
    manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert not set(crafted) & set(manifest["files"]), "the next manifest no longer names them"
    assert sorted(p.name for p in out.parent.iterdir()) == sorted(["site", *spare_names(out)])
    _plant(out, crafted)
    writer = SiteWriter(out)
    assert sorted(writer.stats.ignored) == sorted(crafted)
    writer.abort()


def test_a_malformed_manifest_entry_is_ignored(demo_database, tmp_path, commit_mode):
    out = tmp_path / "site"
    export_site(demo_database, out, base_url=BASE)
    _plant(out, {"index.html": "not an entry", "404.html": {"sha256": 7}})
    _change_an_article()
    result = export_site(demo_database, out, base_url=BASE)
    assert "index.html" in result.written
    assert "404.html" in result.written


@pytest.mark.parametrize("link", ["kategori", "berita", "index.html", "img/extra"])
def test_a_symlink_inside_the_folder_stops_the_export(demo_database, tmp_path, commit_mode, link):
    out = tmp_path / "web" / "site"
    export_site(demo_database, out, base_url=BASE)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "milik-lain.html").write_text("bukan halaman Redaksi", encoding="utf-8")
    target = out / link
    if target.is_dir():
        os.rename(target, tmp_path / "moved-away")
        os.symlink(elsewhere, target)
    elif target.exists():
        target.unlink()
        os.symlink(elsewhere / "milik-lain.html", target)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        os.symlink(elsewhere, target)
    site_before, elsewhere_before = tree(out), tree(elsewhere)
    _change_an_article()

    with pytest.raises(ExportError) as info:
        export_site(demo_database, out, base_url=BASE)

    assert info.value.code == "output_has_link"
    assert info.value.detail == link
    assert tree(elsewhere) == elsewhere_before, "nothing was written through the link"
    assert tree(out) == site_before, "the site is left as it was"
    assert sorted(p.name for p in out.parent.iterdir()) == ["site"]
    with pytest.raises(ExportError):  # --full too: the link would be dropped silently
        export_site(demo_database, out, base_url=BASE, full=True)
    assert tree(out) == site_before


def test_the_link_message_is_translated_and_names_the_link(qapp):
    from desktop_app import i18n
    from desktop_app.messages import describe_error

    i18n.install_translators(qapp, "id")
    try:
        text = describe_error(ExportError("output_has_link", "kategori"))
    finally:
        i18n.install_translators(qapp, "en")
    assert "kategori" in text
    assert "tautan" in text.lower()


def test_an_output_folder_that_is_itself_a_link_is_exported_into_its_target(demo_database, tmp_path):
    real = tmp_path / "var" / "www"
    export_site(demo_database, real, base_url=BASE)
    chosen = tmp_path / "site"
    os.symlink(real, chosen)
    _change_an_article()
    result = export_site(demo_database, chosen, base_url=BASE)
    assert result.written
    assert chosen.is_symlink(), "the link the user made stays"
    assert "(ralat)" in (real / "index.html").read_text(encoding="utf-8")


def test_the_command_warns_of_ignored_manifest_paths(demo_database, tmp_path, capsys):
    from desktop_app.cli import main

    out = tmp_path / "web" / "site"
    export_site(demo_database, out, base_url=BASE)
    _plant(out, {"../../outside/catatan.txt": {"sha256": "0" * 64, "key": ""}})
    code = main(["--lang", "en", "--db", demo_database.database, "export", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 0
    assert "outside the output folder" in err
    assert "../../outside/catatan.txt" in err
