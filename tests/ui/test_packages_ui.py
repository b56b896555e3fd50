"""Review packages in the window: File ▸ Import Review Package… shows what a package brings
and writes nothing until Import; Article ▸ Send for Review… writes a package the other side
reads; an article changed on both sides shows the conflict banner, settled by Load Their
Version or Keep My Text."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from db.database import bind_models
from desktop_app.core.packages import pack, read_package
from tests.packages.helpers import office


@pytest.fixture
def writer(tmp_path):
    side = office(str(tmp_path / "penulis.db"), "Rina Penulis", "writer")
    yield side
    side.database.close()


def _package(writer, window, path, ids=None):
    with writer.use():
        ids = ids or [
            writer.write("Bupati Resmikan Jembatan", "Jembatan baru menghubungkan dua desa."),
            writer.write("Festival Budaya Digelar", "Festival budaya berlangsung tiga hari."),
        ]
        pack(ids, writer.person, path)
    bind_models(window.services.database)
    return ids


def _import(qtbot, window, path) -> None:
    """File ▸ Import Review Package… on ``path``, waited for (it reads and imports in worker
    threads)."""
    window.review_packages.import_file(str(path))
    qtbot.waitUntil(lambda: not window.review_packages.busy)


def _titles(window) -> set[str]:
    return {h.title for h in window.articles.list_headlines()}


def test_the_preview_shows_what_comes_and_only_import_writes(
    qtbot, make_window, writer, tmp_path, monkeypatch
):
    from desktop_app.ui.packages import preview_dialog

    window = make_window()
    _package(writer, window, tmp_path / "naskah.redaksi")
    before = _titles(window)
    shown = []

    def answer(result):
        def exec_(dialog):
            shown.append(dialog)
            return result

        return exec_

    monkeypatch.setattr(preview_dialog.ImportPreviewDialog, "exec", answer(0))
    _import(qtbot, window, str(tmp_path / "naskah.redaksi"))
    tree = shown[0].tree
    rows = [
        (tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1)) for i in range(tree.topLevelItemCount())
    ]
    assert rows == [("Bupati Resmikan Jembatan", "New here"), ("Festival Budaya Digelar", "New here")]
    assert "Rina Penulis" in shown[0].findChild(type(shown[0].notes), "packagePreviewHeading").text()
    assert _titles(window) == before  # cancelled: nothing written
    monkeypatch.setattr(preview_dialog.ImportPreviewDialog, "exec", answer(1))
    _import(qtbot, window, str(tmp_path / "naskah.redaksi"))
    assert {"Bupati Resmikan Jembatan", "Festival Budaya Digelar"} <= _titles(window)
    assert window.current_article().title in {"Bupati Resmikan Jembatan", "Festival Budaya Digelar"}
    assert window.sidebar.model.rowCount() >= 2


def test_a_refused_package_says_why(qtbot, make_window, writer, tmp_path, request):
    window = make_window()
    (tmp_path / "rusak.redaksi").write_bytes(b"PK\x03\x04 bukan paket")
    _import(qtbot, window, str(tmp_path / "rusak.redaksi"))
    kinds = [text for kind, text in request.node.message_boxes if kind == "warning"]
    assert any("not a complete Redaksi review package" in text for text in kinds)


def test_send_for_review_writes_a_package_the_other_side_reads(
    qtbot, make_window, writer, tmp_path, monkeypatch
):
    from desktop_app.core.articles import ALL_ARTICLES
    from desktop_app.ui.packages import send_dialog

    window = make_window()
    window.action_new.trigger()
    window.editor.title_edit.setText("Pasar Murah Ramadan")
    window.editor.body_edit.setPlainText("Pasar murah digelar di alun-alun.")
    assert window.flush()
    article_id = window.current_article_id()
    chosen = []

    def exec_(dialog):
        chosen.append(dialog.chosen_ids())
        return 1

    monkeypatch.setattr(send_dialog.SendDialog, "exec", exec_)
    out = tmp_path / "kirim.redaksi"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.review_packages.send_action.trigger()
    qtbot.waitUntil(lambda: not window.review_packages.busy)
    assert chosen == [[article_id]]
    assert out.is_file()
    with writer.use():
        incoming = read_package(out)
        assert [a["current"]["fields"]["title"] for a in incoming.articles] == ["Pasar Murah Ramadan"]
    bind_models(window.services.database)
    assert window.articles.count(ALL_ARTICLES) >= 1


def test_both_sides_changed_shows_the_banner_until_settled(qtbot, make_window, writer, tmp_path, monkeypatch):
    from desktop_app.ui.packages import preview_dialog

    window = make_window()
    monkeypatch.setattr(preview_dialog.ImportPreviewDialog, "exec", lambda dialog: 1)
    ids = _package(writer, window, tmp_path / "1.redaksi")
    _import(qtbot, window, str(tmp_path / "1.redaksi"))
    here = next(h.id for h in window.articles.list_headlines() if h.title == "Bupati Resmikan Jembatan")
    window.open_article(here)
    window.editor.body_edit.setPlainText("Versi redaktur: jembatan diresmikan Senin.")
    assert window.flush()
    with writer.use():
        writer.edit(ids[0], "Versi penulis: jembatan sepanjang 40 meter.")
    _package(writer, window, tmp_path / "2.redaksi", ids)
    _import(qtbot, window, str(tmp_path / "2.redaksi"))
    window.open_article(here)
    banner = window.review_packages.banner
    assert banner.isVisible()
    assert "Rina Penulis" in banner.text()
    assert window.editor.body_edit.toPlainText() == "Versi redaktur: jembatan diresmikan Senin."
    banner.load_button.click()
    assert window.editor.body_edit.toPlainText() == "Versi penulis: jembatan sepanjang 40 meter."
    assert not banner.isVisible()
