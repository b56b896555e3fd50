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


def test_a_new_key_nobody_vouched_for_is_named_and_an_admin_confirms_it(
    qtbot, make_window, db_target, tmp_path, monkeypatch
):
    """Budi's password was reset at the office before resets were vouched for: his package
    names him and asks for an administrator; the window's admin compares the key and ticks the
    box, and his approval is accepted."""
    from db.database import open_database
    from db.models import PersonEvent, StatusChange
    from desktop_app.core.auth import AuthService
    from desktop_app.core.packages import state
    from desktop_app.ui.packages import preview_dialog
    from tests.people_helpers import add_person, admin_of, signed_in

    if "://" in db_target:
        pytest.skip("the office's copy is made with SQLite's VACUUM INTO")
    window = make_window()
    database = window.services.database
    admin = admin_of(database)
    budi = signed_in(database, add_person(database, "Budi Redaktur", "editor", admin=admin), admin=admin)
    office_path = tmp_path / "kantor.db"
    database.execute_sql("VACUUM INTO ?", [str(office_path)])
    office = open_database(str(office_path))  # (the models are bound to it now)
    try:
        state.renew_database_id()
        auth = AuthService(office)
        auth.set_password(admin, budi.person_id, "sandi-baru-sesudah-reset")
        PersonEvent.delete().where(PersonEvent.action == "key_certified").execute()  # (no voucher)
        budi = auth.sign_in("Budi Redaktur", "sandi-baru-sesudah-reset")
        from desktop_app.core.articles import ArticleService
        from desktop_app.core.models import ArticleChanges
        from desktop_app.core.workflow import WorkflowService

        article = ArticleService(office).create(
            ArticleChanges(title="Rapat Koordinasi", body="Isi."), actor=budi
        )
        for action in ("submit", "approve"):
            WorkflowService(office).perform(article.id, action, budi)
        pack([article.id], budi, tmp_path / "budi.redaksi")
    finally:
        office.close()
        bind_models(database)
    shown = []

    def confirm_and_import(dialog):
        shown.append(dialog)
        dialog.key_checks[budi.uuid].setChecked(True)
        return 1

    monkeypatch.setattr(preview_dialog.ImportPreviewDialog, "exec", confirm_and_import)
    _import(qtbot, window, tmp_path / "budi.redaksi")
    dialog = shown[0]
    text = dialog.findChild(type(dialog.notes), "packagePreviewKeyChange").text()
    assert "Budi Redaktur's signing key has changed" in text
    assert "An administrator must confirm the new key" in text
    assert budi.signer.public_key[:4] in text
    child = dialog.tree.topLevelItem(0).child(1)
    assert "no administrator here has confirmed" in child.text(0)
    assert StatusChange.select().where(StatusChange.action == "approve").count() == 1
    assert window.current_article().status == "approved"
