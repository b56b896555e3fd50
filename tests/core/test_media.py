"""Images: import, web versions without metadata, dedupe, usage, removal, bad input."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.core import media_images
from desktop_app.core.errors import ValidationError
from desktop_app.core.media import (
    DEFAULT_CREDIT,
    AssetService,
    as_block,
    export_filename,
    markdown_for,
    referenced_uuids,
)
from desktop_app.core.models import ArticleChanges
from desktop_app.core.rendering import render_markdown
from tests.media_samples import SVG_WITH_SCRIPT, bomb_png, phone_jpeg, png_bytes


@pytest.fixture
def assets(database) -> AssetService:
    return AssetService(database)


@pytest.fixture
def photo(tmp_path) -> Path:
    path = tmp_path / "IMG_20240612_093015.jpg"
    path.write_bytes(phone_jpeg())
    return path


def _open(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


# -- importing and the web versions -----------------------------------------------------------


def test_import_phone_photo_keeps_original_and_makes_clean_web_version(assets, photo):
    result = assets.import_path(photo)
    asset = result.asset
    assert result.created
    assert asset.filename == "IMG_20240612_093015.jpg"
    assert asset.mime_type == "image/jpeg"
    assert (asset.width, asset.height) == (600, 800)  # as seen: EXIF orientation applied
    assert asset.bytes == photo.stat().st_size
    assert assets.original_bytes(asset.uuid) == photo.read_bytes()

    web_bytes = assets.web_bytes(asset.uuid)
    web = _open(web_bytes)
    assert web.format == "JPEG"
    assert asset.web_mime_type == "image/jpeg"
    assert web.size == (600, 800) == (asset.web_width, asset.web_height)
    assert web.info.get("progressive") or web.info.get("progression")
    # Orientation applied: the left (red) half of the sideways file is now the top.
    top, bottom = web.getpixel((300, 50)), web.getpixel((300, 750))
    assert top[0] > 150
    assert top[2] < 100
    assert bottom[2] > 150
    assert bottom[0] < 100


def test_web_and_thumbnail_carry_no_metadata(assets, photo):
    asset = assets.import_path(photo).asset
    original = _open(assets.original_bytes(asset.uuid))
    assert original.getexif().get_ifd(0x8825)  # the phone's GPS position is in the original
    for data in (assets.web_bytes(asset.uuid), assets.thumbnail_bytes(asset.uuid)):
        image = _open(data)
        assert not image.getexif()
        assert not image.getexif().get_ifd(0x8825)
        for key in ("exif", "xmp", "icc_profile", "comment", "XML:com.adobe.xmp"):
            assert key not in image.info, key
        for marker in (b"Exif", b"GPS", b"adobe:ns:meta", b"ICC_PROFILE", b"governor"):
            assert marker not in data, marker


def test_longest_side_capped_and_thumbnail_small(assets):
    data = phone_jpeg(4000, 3000, orientation=1, noise=True)
    asset = assets.import_bytes(data, "big.jpg").asset
    assert (asset.width, asset.height) == (4000, 3000)
    assert (asset.web_width, asset.web_height) == (1600, 1200)
    assert asset.web_bytes < len(data)
    thumb = _open(assets.thumbnail_bytes(asset.uuid))
    assert max(thumb.size) == media_images.THUMBNAIL_SIDE


def test_small_image_is_not_enlarged(assets):
    asset = assets.import_bytes(png_bytes(64, 48), "small.png").asset
    assert (asset.web_width, asset.web_height) == (64, 48)
    assert asset.mime_type == "image/png"


def test_transparent_png_stays_transparent(assets):
    asset = assets.import_bytes(png_bytes(50, 50, alpha=100), "logo.png").asset
    assert asset.web_mime_type == "image/png"
    assert _open(assets.web_bytes(asset.uuid)).mode == "RGBA"


def test_same_photo_twice_is_stored_once(assets, photo, tmp_path):
    first = assets.import_path(photo)
    copy = tmp_path / "copy-of-photo.jpg"
    copy.write_bytes(photo.read_bytes())
    second = assets.import_path(copy)
    third = assets.import_bytes(photo.read_bytes(), "pasted.png")
    assert first.created
    assert not second.created
    assert not third.created
    assert first.asset.uuid == second.asset.uuid == third.asset.uuid
    assert assets.count() == 1


def test_pasted_png_is_imported(assets):
    result = assets.import_bytes(png_bytes(120, 90), "")
    assert result.created
    assert result.asset.filename == "image"
    assert assets.web_bytes(result.asset.uuid)


# -- metadata, Markdown and rendering --------------------------------------------------------


def test_metadata_update_and_markdown(assets, photo):
    asset = assets.import_path(photo).asset
    asset = assets.update_metadata(
        asset.id,
        alt_text="  Bupati [Garut] menyerahkan bantuan ",
        caption="Penyerahan bantuan.",
        credit="Dok. Diskominfo",
    )
    assert asset.alt_text == "Bupati [Garut] menyerahkan bantuan"
    markdown = markdown_for(asset)
    assert markdown == f"![Bupati (Garut) menyerahkan bantuan](asset:{asset.uuid})"
    assert referenced_uuids("Teks.\n\n" + markdown) == [asset.uuid]
    html = render_markdown("Teks.\n\n" + markdown, assets.resolver_for_export("images/"))
    assert f'src="images/{asset.uuid}.jpg"' in html
    assert 'alt="Bupati [Garut] menyerahkan bantuan"' in html  # the library's words, as typed
    assert '<span class="caption">Penyerahan bantuan.</span>' in html
    assert '<span class="credit">Dok. Diskominfo</span>' in html
    assert 'width="600" height="800"' in html
    assert export_filename(asset) == f"{asset.uuid}.jpg"


def test_metadata_too_long_is_refused(assets):
    asset = assets.import_bytes(png_bytes(), "x.png").asset
    with pytest.raises(ValidationError) as info:
        assets.update_metadata(asset.id, alt_text="", caption="", credit="x" * 300)
    assert info.value.code == "image_text_too_long"
    assert assets.get(asset.id).credit == ""


def test_images_missing_alt(assets):
    described = assets.import_bytes(png_bytes(color=(1, 2, 3)), "a.png").asset
    described = assets.update_metadata(described.id, alt_text="Foto", caption="", credit="")
    bare = assets.import_bytes(png_bytes(color=(3, 2, 1)), "b.png").asset
    unknown = "00000000-0000-4000-8000-000000000000"
    body = (
        f"{markdown_for(described)}\n\n![](asset:{bare.uuid})\n\n"
        f"![x](asset:{unknown})\n\n![again](asset:{bare.uuid.upper()})"
    )
    assert assets.images_missing_alt(body) == [bare.uuid, unknown]
    assert assets.images_missing_alt("no images here") == []


def test_sync_alt_texts_fills_body_from_library(assets):
    asset = assets.import_bytes(png_bytes(), "a.png").asset
    body = f'Teks ![](asset:{asset.uuid} "judul") lagi.'
    assert assets.sync_alt_texts(body) == body
    assets.update_metadata(asset.id, alt_text="Peta desa", caption="", credit="")
    assert assets.sync_alt_texts(body) == f'Teks ![Peta desa](asset:{asset.uuid} "judul") lagi.'


def test_preview_provider_info_bytes_and_refresh(assets):
    asset = assets.import_bytes(png_bytes(), "a.png").asset
    provider = assets.preview_provider()
    info = provider.info(asset.uuid)
    assert info.url == f"asset:{asset.uuid}"
    assert info.caption == ""
    assert provider.web_bytes(asset.uuid) == assets.web_bytes(asset.uuid)
    assets.update_metadata(asset.id, alt_text="a", caption="Keterangan", credit="Dok")
    assert provider.info(asset.uuid).caption == "Keterangan"
    assert provider.info("00000000-0000-4000-8000-000000000000") is None
    assert provider.web_bytes("00000000-0000-4000-8000-000000000000") is None


# -- usage and removal -----------------------------------------------------------------------


def test_usage_in_body_and_as_featured_image_and_removal(assets, articles):
    used = assets.import_bytes(png_bytes(color=(9, 9, 9)), "used.png").asset
    featured = assets.import_bytes(png_bytes(color=(8, 8, 8)), "featured.png").asset
    unused = assets.import_bytes(png_bytes(color=(7, 7, 7)), "unused.png").asset
    article = articles.create(
        ArticleChanges(
            title="Rapat koordinasi", body=f"Teks.\n\n{markdown_for(used)}\n", featured_image_id=featured.id
        )
    )
    [use] = assets.usage(used.id)
    assert (use.article_id, use.title, use.in_body, use.featured) == (
        article.id,
        "Rapat koordinasi",
        True,
        False,
    )
    [use] = assets.usage(featured.id)
    assert use.featured
    assert not use.in_body
    assert assets.usage(unused.id) == []
    assert assets.usage_counts() == {used.id: 1, featured.id: 1, unused.id: 0}

    for asset in (used, featured):
        with pytest.raises(ValidationError) as info:
            assets.remove(asset.id)
        assert info.value.code == "image_in_use"
    assets.remove(unused.id)
    assert assets.count() == 2
    assert assets.get_by_uuid(unused.uuid) is None


def test_image_in_trashed_article_is_still_in_use(assets, articles):
    asset = assets.import_bytes(png_bytes(), "a.png").asset
    article = articles.create(ArticleChanges(title="T", body=markdown_for(asset)))
    articles.trash(article.id)
    [use] = assets.usage(asset.id)
    assert use.in_trash
    with pytest.raises(ValidationError):
        assets.remove(asset.id)


def test_image_only_in_published_snapshot_is_still_in_use(assets, articles):
    from db.models import Article
    from desktop_app.core.snapshots import record_revision

    asset = assets.import_bytes(png_bytes(), "a.png").asset
    article = articles.create(ArticleChanges(title="T", body=markdown_for(asset)))
    number = record_revision(article.id, "publish")
    Article.update(status="published", published_revision=number).where(Article.id == article.id).execute()
    article = articles.get(article.id)
    articles.save(article.id, ArticleChanges(title="T", body="Foto dihapus."), article.version)
    [use] = assets.usage(asset.id)
    assert use.in_published_version
    assert not use.in_body
    assert assets.usage_counts()[asset.id] == 1
    with pytest.raises(ValidationError):
        assets.remove(asset.id)


# -- bad input: a clear error and nothing stored ---------------------------------------------


def _refused(assets: AssetService, code: str, action) -> ValidationError:
    before = assets.count()
    with pytest.raises(ValidationError) as info:
        action()
    assert info.value.code == code
    assert assets.count() == before
    return info.value


def test_not_an_image_is_refused(assets, tmp_path):
    path = tmp_path / "laporan.jpg"
    path.write_text("Ini bukan foto, ini laporan kegiatan.\n" * 20)
    error = _refused(assets, "not_an_image", lambda: assets.import_path(path))
    assert error.detail == "laporan.jpg"
    _refused(assets, "not_an_image", lambda: assets.import_bytes(b"", "empty.png"))


def test_formats_outside_the_allow_list_are_refused(assets):
    out = io.BytesIO()
    Image.new("RGB", (8, 8)).save(out, "ICO")
    _refused(assets, "not_an_image", lambda: assets.import_bytes(out.getvalue(), "x.ico"))
    eps = b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n"
    _refused(assets, "not_an_image", lambda: assets.import_bytes(eps, "x.eps"))


def test_truncated_jpeg_is_refused(assets, tmp_path):
    data = phone_jpeg(noise=True)
    path = tmp_path / "cut.jpg"
    path.write_bytes(data[: len(data) // 2])
    _refused(assets, "image_damaged", lambda: assets.import_path(path))


def test_oversized_file_is_refused(assets, tmp_path, monkeypatch):
    path = tmp_path / "huge.jpg"
    with path.open("wb") as handle:  # sparse: 41 MB on paper, nothing on disk
        handle.truncate(41 * 1024 * 1024)
    error = _refused(assets, "image_too_large", lambda: assets.import_path(path))
    assert error.detail == "40"
    monkeypatch.setattr(media_images, "MAX_FILE_BYTES", 1000)
    _refused(assets, "image_too_large", lambda: assets.import_bytes(phone_jpeg(), "x.jpg"))


def test_decompression_bomb_is_refused(assets):
    _refused(assets, "image_too_many_pixels", lambda: assets.import_bytes(bomb_png(), "b.png"))
    # Between our limit and Pillow's error threshold Pillow only warns: also refused.
    _refused(assets, "image_too_many_pixels", lambda: assets.import_bytes(bomb_png(10000, 9000), "b.png"))


def test_pillow_decompression_bomb_warning_is_an_error(assets, monkeypatch):
    monkeypatch.setattr(media_images, "MAX_PIXELS", 10**12)  # only Pillow's check is left
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)
    _refused(
        assets, "image_too_many_pixels", lambda: assets.import_bytes(png_bytes(40, 40), "w.png")
    )  # 1600 px: warning


def test_svg_is_refused(assets, tmp_path):
    path = tmp_path / "logo.svg"
    path.write_bytes(SVG_WITH_SCRIPT)
    _refused(assets, "image_svg_refused", lambda: assets.import_path(path))
    _refused(assets, "image_svg_refused", lambda: assets.import_bytes(SVG_WITH_SCRIPT, ""))
    _refused(
        assets,
        "image_svg_refused",
        lambda: assets.import_bytes(b"\xef\xbb\xbf  <svg onload=alert(1)>", "x.png"),
    )


def test_heic_gets_its_own_message(assets):
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64
    _refused(assets, "image_heif_unsupported", lambda: assets.import_bytes(heic, "IMG_1.HEIC"))


def test_file_vanishing_mid_import_is_refused(assets, photo, monkeypatch):
    real_open = Path.open

    def vanish(self, *args, **kwargs):
        if self == photo:
            self.unlink()  # gone between the stat and the read
            raise FileNotFoundError(2, "No such file or directory", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", vanish)
    error = _refused(assets, "image_file_vanished", lambda: assets.import_path(photo))
    assert error.detail == photo.name


def test_missing_file_and_folder_are_refused(assets, tmp_path):
    _refused(assets, "image_file_missing", lambda: assets.import_path(tmp_path / "nope.jpg"))
    _refused(assets, "image_not_a_file", lambda: assets.import_path(tmp_path))


def test_every_error_code_has_a_message():
    from desktop_app.messages import validation_message

    codes = [
        "not_an_image",
        "image_damaged",
        "image_too_large",
        "image_too_many_pixels",
        "image_svg_refused",
        "image_heif_unsupported",
        "image_file_missing",
        "image_file_vanished",
        "image_file_unreadable",
        "image_not_a_file",
        "image_text_too_long",
        "image_in_use",
    ]
    for code in codes:
        text = validation_message(ValidationError(code, "file", "x.jpg"))
        assert not text.startswith("Invalid input"), code
        assert "{" not in text


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("", "", "IMG\n"),
        ("Teks.", "", "\n\nIMG\n"),
        ("Teks.\n", "Lagi.", "\nIMG\n\n"),
        ("Teks.\n\n", "\n\nLagi.", "IMG"),
        ("Teks", " lagi.", "\n\nIMG\n\n"),
    ],
)
def test_as_block_makes_the_image_its_own_paragraph(before, after, expected):
    assert as_block("IMG", before, after) == expected


def test_known_credits_offers_the_office_first(assets):
    assert assets.known_credits() == [DEFAULT_CREDIT]
    asset = assets.import_bytes(png_bytes(), "a.png").asset
    assets.update_metadata(asset.id, alt_text="", caption="", credit="Humas Setda")
    assert assets.known_credits() == [DEFAULT_CREDIT, "Humas Setda"]


def test_alt_text_edits_and_image_at(assets):
    first = assets.import_bytes(png_bytes(color=(1, 1, 1)), "a.png").asset
    second = assets.import_bytes(png_bytes(color=(2, 2, 2)), "b.png").asset
    assets.update_metadata(first.id, alt_text="Peta", caption="", credit="")
    body = f"Teks 😀.\n\n![](asset:{first.uuid})\n\n![lama](asset:{second.uuid})\n"
    [(start, end, text)] = assets.alt_text_edits(body)
    assert body[start:end] == f"![](asset:{first.uuid})"
    assert text == f"![Peta](asset:{first.uuid})"
    asset, start, end = assets.image_at(body, body.index("asset:" + second.uuid))
    assert asset.id == second.id
    assert body[start:end] == f"![lama](asset:{second.uuid})"
    assert assets.image_at(body, body.index("asset:" + first.uuid) - 4)[0].id == first.id
    assert assets.image_at(body, 2) is None


def _encoded(mode: str, fmt: str, **params) -> bytes:
    image = Image.new(mode, (40, 30))
    if mode == "P":
        image.putpalette([0, 0, 0, 255, 0, 0] * 128)
        params.setdefault("transparency", 0)
    out = io.BytesIO()
    image.save(out, fmt, **params)
    return out.getvalue()


@pytest.mark.parametrize(
    ("mode", "fmt", "web_mime"),
    [
        ("CMYK", "JPEG", "image/jpeg"),
        ("L", "JPEG", "image/jpeg"),
        ("I;16", "PNG", "image/jpeg"),
        ("1", "PNG", "image/jpeg"),
        ("LA", "PNG", "image/png"),
        ("P", "GIF", "image/png"),
        ("RGB", "WEBP", "image/jpeg"),
        ("RGB", "TIFF", "image/jpeg"),
        ("RGB", "BMP", "image/jpeg"),
    ],
)
def test_every_accepted_kind_of_image_gets_a_web_version(assets, mode, fmt, web_mime):
    asset = assets.import_bytes(_encoded(mode, fmt), f"x.{fmt.lower()}").asset
    assert asset.web_mime_type == web_mime
    web = _open(assets.web_bytes(asset.uuid))
    assert web.size == (40, 30)
    assert web.mode in ("RGB", "RGBA")
    assert _open(assets.thumbnail_bytes(asset.uuid)).size == (40, 30)
