"""Word import: real documents made by Word and LibreOffice (mammoth's test documents, see
tests/data/README.md) and one made with python-docx; the draft, its images in the media
library, the notices; bad input refused whole."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from db.models import Article, Asset
from desktop_app.core import docx_import
from desktop_app.core.articles import ArticleService
from desktop_app.core.docx_import import DocxImportError, import_docx, read_docx
from desktop_app.core.media import AssetService, referenced_uuids
from desktop_app.core.rendering import render_markdown
from tests.docx_samples import LINK_URL, TITLE, press_release
from tests.people_helpers import admin_of

SAMPLES = Path(__file__).parent.parent / "data" / "docx"


@pytest.fixture
def assets(database) -> AssetService:
    return AssetService(database)


@pytest.fixture
def writer(database):
    return admin_of(database)


def _notices(outcome_or_document) -> dict[str, int]:
    return {notice.code: notice.count for notice in outcome_or_document.notices}


def test_press_release_becomes_a_draft_with_its_photos(tmp_path, articles, assets, writer):
    path = press_release(tmp_path / "rilis.docx")
    outcome = import_docx(path, articles, assets, actor=writer, category="Pemerintahan")
    article = articles.get(outcome.article.id)
    assert article.title == TITLE  # Word's Title style
    assert article.status == "draft"
    assert article.category == "Pemerintahan"
    assert article.author_id == writer.person_id
    body = article.body
    assert TITLE not in body  # taken out of the body
    assert body.startswith(
        "Pemerintah kabupaten menyalurkan **bantuan logistik** kepada warga di *tiga kecamatan*."
    )
    assert f"[laman resmi]({LINK_URL})" in body
    # one level down: the title is the page's only level-1 heading
    assert "\n## Bantuan yang disalurkan\n" in body
    assert "\n### Langkah berikutnya\n" in body
    assert "- Beras 5 ton\n- Air bersih\n- Selimut" in body
    assert "1. Mendata warga\n2. Melapor ke provinsi" in body
    assert "> Keselamatan warga yang utama." in body
    assert "Narahubung: Humas Setda  \nTelepon 0271-123456" in body
    assert "| Kecamatan | Pengungsi |\n| --- | --- |\n| Kota | 120 |\n| Pesisir | 85 |" in body
    # tracked changes taken as accepted: the insertion is there, the deletion is not
    assert "Penyaluran dimulai pagi ini." in body
    assert "ditunda" not in body
    assert "Cek angka ini" not in body  # the comment
    notices = _notices(outcome)
    assert notices["comments_dropped"] == 1
    assert notices["tracked_changes_accepted"] == 2
    # the photos: in the media library with the document's alt text, web versions without GPS
    uuids = referenced_uuids(body)
    assert len(uuids) == 2
    assert outcome.images_added == 2
    for number, uuid in enumerate(uuids, start=1):
        asset = assets.get_by_uuid(uuid)
        assert asset.alt_text == f"Foto {number}: warga menerima bantuan"
        assert f"![Foto {number}: warga menerima bantuan](asset:{uuid})" in body
    photo = assets.get_by_uuid(uuids[0])
    web = Image.open(io.BytesIO(assets.web_bytes(photo.uuid)))
    assert not web.getexif().get_ifd(0x8825)  # no GPS
    html = render_markdown(body)
    assert "<table>" in html
    assert "<h2" in html
    assert "<ol>" in html
    assert "<blockquote>" in html


def test_the_same_document_twice_reuses_its_photos(tmp_path, articles, assets, writer):
    path = press_release(tmp_path / "rilis.docx")
    first = import_docx(path, articles, assets, actor=writer)
    second = import_docx(path, articles, assets, actor=writer)
    assert first.article.id != second.article.id
    assert second.images_added == 0
    assert second.images_reused == 2
    assert assets.count() == 2


def test_word_documents_from_mammoths_tests(tmp_path):
    tables = read_docx(SAMPLES / "tables.docx")
    assert tables.title == "Above"
    assert tables.markdown == (
        "| Top left | Top right |\n| --- | --- |\n| Bottom left | Bottom right |\n\nBelow\n"
    )
    assert read_docx(SAMPLES / "simple-list.docx").markdown == "- Apple\n- Banana\n"
    comments = read_docx(SAMPLES / "comments.docx")
    assert comments.title == "Ouch."
    assert _notices(comments) == {"comments_dropped": 2}
    footnotes = read_docx(SAMPLES / "footnotes.docx")
    assert footnotes.markdown == "[^1]: A tachyon walks into a bar.\n\n[^2]: Fin.\n"
    picture = read_docx(SAMPLES / "tiny-picture.docx")
    assert picture.markdown == "![](redaksi-image:1)\n"
    assert len(picture.images) == 1


def test_footnotes_become_markdown_footnotes(tmp_path):
    from docx import Document

    source = SAMPLES / "footnotes.docx"
    # the footnote marks of a body paragraph (the first line is the title, so add one before it)
    document = Document(str(source))
    document.paragraphs[0].insert_paragraph_before("Judul")
    document.save(tmp_path / "notes.docx")
    markdown = read_docx(tmp_path / "notes.docx").markdown
    assert markdown.startswith("Ouch[^1].[^2]\n")
    html = render_markdown(markdown)
    assert 'class="footnotes"' in html
    assert "A tachyon walks into a bar." in html


def test_word_strict_format_is_read(articles, assets, writer):
    outcome = import_docx(SAMPLES / "strict-format.docx", articles, assets, actor=writer)
    assert outcome.article.title == "Test"


def test_libreoffice_document_with_a_linked_picture_says_the_picture_is_not_read():
    with pytest.raises(DocxImportError) as caught:
        read_docx(SAMPLES / "external-picture.docx")  # LibreOffice 3.5: only a linked picture
    assert caught.value.code == "no_text"


def test_title_is_the_first_line_without_a_heading(tmp_path):
    from docx import Document

    document = Document()
    document.add_paragraph("Rapat koordinasi hari ini")
    document.add_paragraph("Isi berita.")
    document.save(tmp_path / "plain.docx")
    imported = read_docx(tmp_path / "plain.docx")
    assert imported.title == "Rapat koordinasi hari ini"
    assert imported.markdown == "Isi berita.\n"


def test_a_long_first_paragraph_stays_in_the_body(tmp_path):
    from docx import Document

    document = Document()
    long_text = "Kata " * 80
    document.add_paragraph(long_text)
    document.save(tmp_path / "long.docx")
    imported = read_docx(tmp_path / "long.docx")
    assert imported.title == ""
    assert imported.markdown.strip() == long_text.strip()


# -- bad input ---------------------------------------------------------------------------------


def _code(path) -> str:
    with pytest.raises(DocxImportError) as caught:
        read_docx(path)
    return caught.value.code


def test_a_file_that_is_not_a_zip(tmp_path):
    path = tmp_path / "surat.docx"
    path.write_bytes(b"Ini bukan dokumen Word, hanya teks.")
    assert _code(path) == "not_a_word_document"
    (tmp_path / "kosong.docx").write_bytes(b"")
    assert _code(tmp_path / "kosong.docx") == "empty_file"
    assert _code(tmp_path / "hilang.docx") == "file_missing"
    assert _code(tmp_path) == "not_a_file"


def test_a_zip_that_is_not_a_word_document(tmp_path):
    path = tmp_path / "arsip.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("foto.txt", "bukan Word")
    assert _code(path) == "not_a_word_document"
    odt = tmp_path / "surat.docx"
    with zipfile.ZipFile(odt, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    assert _code(odt) == "odt_format"


def test_a_password_protected_document(tmp_path):
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = press_release(tmp_path / "rilis.docx")
    encrypted = io.BytesIO()
    with plain.open("rb") as source:
        OOXMLFile(source).encrypt("rahasia", encrypted)
    path = tmp_path / "terkunci.docx"
    path.write_bytes(encrypted.getvalue())
    assert _code(path) == "encrypted"


def test_an_old_word_97_2003_document(tmp_path):
    # the start of a .doc: an OLE compound file whose directory names a "WordDocument" stream
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    directory = "Root Entry".encode("utf-16-le").ljust(128, b"\0") + "WordDocument".encode("utf-16-le")
    path = tmp_path / "laporan.doc"
    path.write_bytes(header + directory.ljust(1024, b"\0"))
    assert _code(path) == "old_word_format"


def test_an_rtf_file_named_docx(tmp_path):
    path = tmp_path / "surat.docx"
    path.write_bytes(b"{\\rtf1\\ansi Halo}")
    assert _code(path) == "rtf_format"


def test_a_truncated_document(tmp_path):
    data = press_release(tmp_path / "rilis.docx").read_bytes()
    path = tmp_path / "potong.docx"
    path.write_bytes(data[: len(data) // 2])
    assert _code(path) in {"not_a_word_document", "damaged"}


def test_too_large_a_file_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(docx_import, "MAX_DOCX_BYTES", 1000)
    assert _code(press_release(tmp_path / "rilis.docx")) == "too_large"


def test_too_many_images_refuses_the_whole_document(tmp_path, monkeypatch, articles, assets, writer):
    monkeypatch.setattr(docx_import, "MAX_IMAGES", 1)
    with pytest.raises(DocxImportError) as caught:
        import_docx(press_release(tmp_path / "rilis.docx"), articles, assets, actor=writer)
    assert caught.value.code == "too_many_images"
    assert Article.select().count() == 0
    assert Asset.select().count() == 0


def _with_damaged_images(source: Path, target: Path) -> Path:
    """``source`` with every picture in word/media/ cut to its first 200 bytes."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as copy:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename.startswith("word/media/"):
                data = data[:200]
            copy.writestr(item, data)
    return target


def test_damaged_images_are_skipped_and_named(tmp_path, articles, assets, writer):
    path = _with_damaged_images(press_release(tmp_path / "rilis.docx"), tmp_path / "rusak.docx")
    outcome = import_docx(path, articles, assets, actor=writer)
    notices = {notice.code: notice for notice in outcome.notices}
    assert notices["images_damaged"].count == 2
    assert notices["images_damaged"].names == ("gambar-1.jpg", "gambar-2.png")
    assert "linked_images_skipped" not in notices  # damaged, not linked: said once, rightly
    body = articles.get(outcome.article.id).body
    assert "![" not in body
    assert "redaksi-image" not in body
    assert "Penutup berita." in body
    assert Asset.select().count() == 0


def test_a_failure_while_storing_leaves_no_article_and_no_images(
    tmp_path, articles, assets, writer, monkeypatch
):
    def broken_create(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(ArticleService, "create", broken_create)
    with pytest.raises(RuntimeError):
        import_docx(press_release(tmp_path / "rilis.docx"), articles, assets, actor=writer)
    assert Article.select().count() == 0
    assert Asset.select().count() == 0


@pytest.mark.slow
def test_a_50_mb_document_with_200_photos(tmp_path, articles, assets, writer):
    from docx import Document
    from docx.shared import Cm

    from tests.media_samples import phone_jpeg

    document = Document()
    document.add_heading("Galeri Kegiatan 2026", level=1)
    photo = phone_jpeg(800, 600, noise=True, quality=95)  # about 300 kB
    for number in range(200):
        # each photo different (its comment, the same length), as a camera's would be
        data = photo.replace(b"governor's office", f"photo {number:03d} office!".encode())
        document.add_picture(io.BytesIO(data), width=Cm(4))
    path = tmp_path / "galeri.docx"
    document.save(path)
    assert path.stat().st_size > 50 * 1024 * 1024
    seen = []
    outcome = import_docx(
        path, articles, assets, actor=writer, progress=lambda done, total: seen.append((done, total))
    )
    assert outcome.images_added == 200
    assert len(referenced_uuids(outcome.article.body)) == 200
    assert seen[-1] == (200, 200)


def test_sample_documents_are_documented():
    readme = (SAMPLES.parent / "README.md").read_text(encoding="utf-8")
    for sample in SAMPLES.glob("*.docx"):
        assert sample.name in readme
    assert shutil.which  # (the README names each sample's origin and licence)


def test_a_linked_picture_is_named_as_linked_and_never_read(tmp_path, articles, assets, writer):
    from docx import Document

    document = Document(str(SAMPLES / "external-picture.docx"))  # LibreOffice's, a linked picture
    document.paragraphs[0].insert_paragraph_before("Judul berita")
    document.add_paragraph("Isi berita.")
    document.save(tmp_path / "linked.docx")
    outcome = import_docx(tmp_path / "linked.docx", articles, assets, actor=writer)
    assert _notices(outcome) == {"linked_images_skipped": 1}
    assert articles.get(outcome.article.id).body == "Isi berita.\n"
    assert Asset.select().count() == 0
