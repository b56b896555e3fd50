"""The image dialog, the media library and the controller that adds images to an article."""

from __future__ import annotations

import io
from types import SimpleNamespace

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPlainTextEdit

from desktop_app.core.media import AssetService, markdown_for
from desktop_app.core.models import ArticleChanges
from desktop_app.ui.media import ImageDialog, MediaController, MediaLibraryDialog
from tests.media_samples import SVG_WITH_SCRIPT, phone_jpeg, png_bytes


@pytest.fixture
def assets(database) -> AssetService:
    return AssetService(database)


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "IMG_20240612_093015.jpg"
    path.write_bytes(phone_jpeg())
    return path


class FakeEditor(QPlainTextEdit):
    """The slice of ArticleEditor the media controller uses."""

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self.setPlainText(text)
        self.featured_image_id: int | None = None
        self.body_edit = self

    def insert_at_cursor(self, text: str) -> None:
        self.insertPlainText(text)

    def body_text(self) -> str:
        return self.toPlainText()

    def cursor_position(self) -> int:
        return self.textCursor().position()

    def changes(self):
        return SimpleNamespace(featured_image_id=self.featured_image_id)

    def set_featured_image_id(self, asset_id: int | None) -> None:
        self.featured_image_id = asset_id


@pytest.fixture
def messages(monkeypatch):
    """Every message box the code shows, instead of showing it."""
    shown: list[tuple[str, str]] = []

    def record(kind, answer=QMessageBox.StandardButton.Ok):
        def box(_parent, _title, text, *args, **kwargs):
            shown.append((kind, text))
            return answer

        return box

    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    return shown


def fill_dialog(
    monkeypatch,
    *,
    alt="Bupati menyerahkan bantuan",
    caption="Di Pendopo.",
    credit="Dok. Diskominfo",
    featured=False,
    accept=True,
):
    """Make ImageDialog.exec fill in the fields and press Insert (or Cancel)."""
    seen: list[ImageDialog] = []

    def fake_exec(dialog: ImageDialog) -> int:
        seen.append(dialog)
        dialog.alt_edit.setText(alt)
        dialog.caption_edit.setPlainText(caption)
        dialog.credit_edit.setText(credit)
        dialog.featured_check.setChecked(featured)
        if not accept:
            dialog.reject()
            return QDialog.DialogCode.Rejected
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ImageDialog, "exec", fake_exec)
    return seen


# -- the image dialog -------------------------------------------------------------------------


def test_image_dialog_fields_and_alt_text_hint(qtbot, assets, photo):
    asset = assets.import_path(photo).asset
    dialog = ImageDialog(assets, asset, inserting=True)
    qtbot.addWidget(dialog)
    for name in (
        "imageAltText",
        "imageCaption",
        "imageCredit",
        "imageFeatured",
        "imageThumbnail",
        "imageAltHint",
        "imageDialogOk",
    ):
        widget = dialog.findChild(object, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    assert not dialog.thumbnail_label.pixmap().isNull()
    assert "600 × 800" in dialog.info_label.text()
    assert "GPS" in dialog.info_label.text()
    hint = dialog.findChild(QLabel, "imageAltHint")
    assert "required before the article can be approved" in hint.text()
    dialog.alt_edit.setText("Foto")
    assert "required" not in hint.text()
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).text() == "&Insert"


def test_image_dialog_saves_and_suggests_office_credit(qtbot, assets, photo):
    asset = assets.import_path(photo).asset
    dialog = ImageDialog(assets, asset)
    qtbot.addWidget(dialog)
    assert "Dok. Diskominfo" in dialog.credit_edit.placeholderText()
    dialog.office_credit_button.setChecked(True)
    assert dialog.credit_edit.text() == "Dok. Diskominfo"
    dialog.alt_edit.setText("Peserta rapat")
    dialog.caption_edit.setPlainText("Rapat koordinasi.")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = assets.get(asset.id)
    assert (saved.alt_text, saved.caption, saved.credit) == (
        "Peserta rapat",
        "Rapat koordinasi.",
        "Dok. Diskominfo",
    )


def test_image_dialog_stays_open_on_invalid_text(qtbot, assets, messages):
    asset = assets.import_bytes(png_bytes(), "a.png").asset
    dialog = ImageDialog(assets, asset)
    qtbot.addWidget(dialog)
    dialog.credit_edit.setText("x" * 400)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert messages
    assert "too long" in messages[0][1]
    assert assets.get(asset.id).credit == ""


# -- the media library ------------------------------------------------------------------------


def test_library_lists_images_with_size_and_use(qtbot, assets, articles, photo):
    used = assets.import_path(photo).asset
    used = assets.update_metadata(used.id, alt_text="Bupati", caption="", credit="")
    assets.import_bytes(png_bytes(300, 200), "grafik.png")
    articles.create(ArticleChanges(title="Bupati Serahkan Bantuan", body=markdown_for(used)))
    dialog = MediaLibraryDialog(assets)
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.objectName() == "mediaTable"
    assert table.rowCount() == 2
    rows = {table.item(r, 1).text().splitlines()[1]: r for r in range(2)}
    photo_row, png_row = rows["IMG_20240612_093015.jpg"], rows["grafik.png"]
    assert not table.item(photo_row, 0).icon().isNull()
    assert table.item(photo_row, 2).text() == "600 × 800"
    assert "KB" in table.item(photo_row, 3).text()
    assert table.item(photo_row, 4).text() == "1 article"
    assert table.item(png_row, 4).text() == "not used"
    assert "no alt text" in table.item(png_row, 1).text()
    dialog.select_asset(used.id)
    assert "Bupati Serahkan Bantuan" in dialog.details.text()
    assert "in the text" in dialog.details.text()


def test_library_refuses_to_remove_an_image_in_use(qtbot, assets, articles, photo, messages):
    used = assets.import_path(photo).asset
    articles.create(ArticleChanges(title="Rapat", body=markdown_for(used)))
    dialog = MediaLibraryDialog(assets)
    qtbot.addWidget(dialog)
    dialog.select_asset(used.id)
    dialog.remove_button.click()
    assert messages[0][0] == "information"
    assert "cannot be removed" in messages[0][1]
    assert "Rapat" in messages[0][1]
    assert assets.count() == 1


def test_library_removes_an_unused_image(qtbot, assets, messages):
    unused = assets.import_bytes(png_bytes(), "a.png").asset
    dialog = MediaLibraryDialog(assets)
    qtbot.addWidget(dialog)
    dialog.select_asset(unused.id)
    dialog.remove_button.click()
    assert messages[0][0] == "question"
    assert assets.count() == 0
    assert dialog.table.rowCount() == 0


# -- the controller: file, drop and paste -----------------------------------------------------


def _controller(qtbot, assets, text: str = "Paragraf pertama.") -> tuple[MediaController, FakeEditor]:
    editor = FakeEditor(text)
    qtbot.addWidget(editor)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    return MediaController(assets, editor, editor), editor


def _wait(qtbot, controller: MediaController) -> None:
    qtbot.waitUntil(lambda: not controller.busy, timeout=10_000)


def test_dropped_photo_is_described_and_inserted(qtbot, assets, photo, monkeypatch):
    seen = fill_dialog(monkeypatch, featured=True)
    controller, editor = _controller(qtbot, assets)
    inserted = []
    controller.image_inserted.connect(inserted.append)
    controller.import_files([str(photo)])
    _wait(qtbot, controller)
    [asset] = assets.list()
    assert len(seen) == 1
    assert inserted == [asset.uuid]
    assert editor.body_text() == (f"Paragraf pertama.\n\n![Bupati menyerahkan bantuan](asset:{asset.uuid})\n")
    assert (asset.caption, asset.credit) == ("Di Pendopo.", "Dok. Diskominfo")
    assert editor.featured_image_id == asset.id
    web = assets.web_bytes(asset.uuid)
    assert b"GPS" not in web
    assert b"Exif" not in web


def test_pasted_image_is_inserted(qtbot, assets, monkeypatch):
    fill_dialog(monkeypatch, alt="Tangkapan layar")
    controller, editor = _controller(qtbot, assets)
    controller.import_pasted(png_bytes(200, 100))
    _wait(qtbot, controller)
    [asset] = assets.list()
    assert asset.mime_type == "image/png"
    assert f"![Tangkapan layar](asset:{asset.uuid})" in editor.body_text()


def test_cancelled_new_image_is_not_kept(qtbot, assets, photo, monkeypatch):
    fill_dialog(monkeypatch, accept=False)
    controller, editor = _controller(qtbot, assets)
    controller.import_files([str(photo)])
    _wait(qtbot, controller)
    assert assets.count() == 0
    assert editor.body_text() == "Paragraf pertama."


def test_bad_files_are_reported_and_the_good_one_still_added(
    qtbot, assets, photo, tmp_path, monkeypatch, messages
):
    fill_dialog(monkeypatch)
    svg = tmp_path / "logo.svg"
    svg.write_bytes(SVG_WITH_SCRIPT)
    text = tmp_path / "notes.png"
    text.write_text("not an image")
    controller, editor = _controller(qtbot, assets)
    controller.import_files([str(svg), str(text), str(photo)])
    _wait(qtbot, controller)
    assert [kind for kind, _ in messages] == ["warning", "warning"]
    assert "SVG" in messages[0][1]
    assert "notes.png" in messages[1][1]
    assert assets.count() == 1
    assert editor.body_text().count("](asset:") == 1


def test_same_photo_twice_reuses_the_stored_one(qtbot, assets, photo, monkeypatch):
    fill_dialog(monkeypatch)
    controller, editor = _controller(qtbot, assets)
    controller.import_files([str(photo), str(photo)])
    _wait(qtbot, controller)
    assert assets.count() == 1
    assert editor.body_text().count("](asset:") == 2


def test_preview_provider_follows_metadata_changes(qtbot, assets, photo, monkeypatch):
    fill_dialog(monkeypatch, caption="Keterangan pertama")
    controller, _editor = _controller(qtbot, assets)
    controller.import_files([str(photo)])
    _wait(qtbot, controller)
    [asset] = assets.list()
    assert controller.provider.info(asset.uuid).caption == "Keterangan pertama"
    assets.update_metadata(asset.id, alt_text="x", caption="Diubah", credit="")
    assert controller.provider.info(asset.uuid).caption == "Diubah"
    assert controller.provider.web_bytes(asset.uuid) == assets.web_bytes(asset.uuid)


def test_image_properties_at_cursor_update_alt_text_in_the_markdown(qtbot, assets, monkeypatch):
    asset = assets.import_bytes(png_bytes(), "peta.png").asset
    text = f"Teks 😀 sebelum.\n\n![](asset:{asset.uuid})\n\nSesudah."
    controller, editor = _controller(qtbot, assets, text)
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index("asset:") + 2)  # emoji: 2 UTF-16 units
    editor.setTextCursor(cursor)
    fill_dialog(monkeypatch, alt="Peta desa", caption="Peta", credit="Bappeda", featured=True)
    changed = []
    controller.images_changed.connect(lambda: changed.append(True))
    controller.edit_image_at_cursor()
    assert editor.body_text() == f"Teks 😀 sebelum.\n\n![Peta desa](asset:{asset.uuid})\n\nSesudah."
    assert assets.get(asset.id).credit == "Bappeda"
    assert editor.featured_image_id == asset.id
    assert changed
    editor.undo()  # one step
    assert editor.body_text() == text


def test_image_properties_without_an_image_explains(qtbot, assets, messages):
    controller, _editor = _controller(qtbot, assets, "Tanpa gambar.")
    controller.edit_image_at_cursor()
    assert messages[0][0] == "information"
    assert "Put the cursor on an image" in messages[0][1]


def test_alt_text_changed_in_library_reaches_the_open_article(qtbot, assets, monkeypatch):
    asset = assets.import_bytes(png_bytes(), "a.png").asset
    controller, editor = _controller(qtbot, assets, f"![](asset:{asset.uuid})")

    def fake_exec(dialog):
        assets.update_metadata(asset.id, alt_text="Grafik", caption="", credit="")
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(MediaLibraryDialog, "exec", fake_exec)
    controller.show_library()
    assert editor.body_text() == f"![Grafik](asset:{asset.uuid})"


def test_image_for_an_article_no_longer_open_is_stored_not_inserted(qtbot, assets, photo, monkeypatch):
    seen = fill_dialog(monkeypatch)
    controller, editor = _controller(qtbot, assets)
    editor.article = lambda: SimpleNamespace(id=1)
    controller.import_files([str(photo)])
    editor.article = lambda: SimpleNamespace(id=2)  # the writer opened another article
    _wait(qtbot, controller)
    assert seen == []
    assert editor.body_text() == "Paragraf pertama."
    assert assets.count() == 1


def test_insert_from_the_library(qtbot, assets, monkeypatch):
    asset = assets.import_bytes(png_bytes(), "grafik.png").asset
    fill_dialog(monkeypatch, alt="Grafik anggaran")
    controller, editor = _controller(qtbot, assets, "")
    opened = []

    def fake_exec(dialog):
        opened.append(dialog)
        assert dialog.insert_button.isVisibleTo(dialog)
        dialog.select_asset(asset.id)
        dialog.insert_button.click()
        return dialog.result()

    monkeypatch.setattr(MediaLibraryDialog, "exec", fake_exec)
    controller.show_library()
    assert opened
    assert editor.body_text() == f"![Grafik anggaran](asset:{asset.uuid})\n"
    assert assets.count() == 1


# -- in the main window: the "done when" ----------------------------------------------


@pytest.fixture
def demo_window(demo_target, make_window):
    """The main window, built by the composition root, on the demo content."""
    return make_window()


def test_writer_drops_phone_photo_into_demo_article(qtbot, demo_window, photo, monkeypatch):
    from desktop_app.workers import wait_for_workers

    fill_dialog(
        monkeypatch,
        alt="Bupati menyerahkan bantuan kepada warga",
        caption="Penyerahan bantuan di Pendopo.",
        credit="Dok. Diskominfo",
        featured=True,
    )
    window = demo_window
    article = window.current_article()
    assert article is not None
    assert window.action_insert_image.isEnabled()
    assert window.action_insert_image in window.article_menu.actions()
    assert window.action_media_library in window.article_menu.actions()
    assert window.action_image_properties.isEnabled()
    assert window.action_insert_image in window.toolbar.actions()

    body = window.findChild(QPlainTextEdit, "bodyEdit")
    body.moveCursor(body.textCursor().MoveOperation.End)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    assert body.canInsertFromMimeData(mime)
    body.insertFromMimeData(mime)  # what a drop or a paste of a file does
    qtbot.waitUntil(lambda: not window.media.busy, timeout=10_000)

    assets = window.media.assets
    [asset] = [a for a in assets.list() if not a.filename.startswith("ilustrasi-")]  # (not the drawings)
    assert f"![Bupati menyerahkan bantuan kepada warga](asset:{asset.uuid})" in window.editor.body_text()
    qtbot.waitUntil(
        lambda: f"redaksi-image:{asset.uuid}" in " ".join(window.preview.browser.loaded_urls), timeout=10_000
    )
    assert "Penyerahan bantuan di Pendopo." in window.preview.browser.toPlainText()
    assert "Dok. Diskominfo" in window.preview.browser.toPlainText()

    window.save_now()
    wait_for_workers()
    saved = window.articles.get(article.id)
    assert f"asset:{asset.uuid}" in saved.body
    assert saved.featured_image_id == asset.id
    [use] = assets.usage(asset.id)
    assert use.article_id == article.id
    assert use.in_body
    assert use.featured
    web = Image.open(io.BytesIO(assets.web_bytes(asset.uuid)))
    assert not web.getexif().get_ifd(0x8825)
    assert "exif" not in web.info


# -- the media library: empty, and "Add photo…" -------------------------------------------------


def test_an_empty_library_says_what_it_is_for_and_adds_a_photo(qtbot, assets, photo, monkeypatch):
    seen = fill_dialog(monkeypatch, alt="Bupati meninjau jembatan")
    dialog = MediaLibraryDialog(assets)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.showing_empty_state()
    assert dialog.empty_panel.title() == "No photos yet"
    assert dialog.empty_panel.button.isVisible()
    assert not dialog.remove_button.isVisible()
    monkeypatch.setattr(
        "desktop_app.ui.media.library_dialog.QFileDialog.getOpenFileNames",
        lambda *args, **kwargs: ([str(photo)], ""),
    )
    with qtbot.waitSignal(dialog.photos_added, timeout=10_000) as added:
        dialog.empty_panel.button.click()
    [asset] = assets.list()
    assert added.args == [[asset.id]]
    assert len(seen) == 1  # described at once
    assert asset.alt_text == "Bupati meninjau jembatan"
    assert not dialog.showing_empty_state()
    assert dialog.table.rowCount() == 1
    assert dialog.selected_asset().id == asset.id
    assert dialog.remove_button.isVisible()


def test_add_photo_is_there_with_images_too_and_refusals_are_said(
    qtbot, assets, photo, tmp_path, messages, monkeypatch
):
    seen = fill_dialog(monkeypatch)
    assets.import_bytes(png_bytes(300, 200), "grafik.png")
    dialog = MediaLibraryDialog(assets)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.showing_empty_state()
    assert dialog.add_button.isVisible()
    broken = tmp_path / "rusak.jpg"
    broken.write_text("not an image")
    second = tmp_path / "kedua.png"
    second.write_bytes(png_bytes(320, 240))
    with qtbot.waitSignal(dialog.photos_added, timeout=10_000) as added:
        dialog.add_photos([str(broken), str(photo), str(second)])
    assert [kind for kind, _ in messages] == ["warning"]
    assert "rusak.jpg" in messages[0][1]
    assert len(added.args[0]) == 2
    assert assets.count() == 3
    assert dialog.table.rowCount() == 3
    assert seen == []  # several at once: described later (the list flags missing alt text)
