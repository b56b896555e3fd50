"""The approval sheet's data (no Qt): which revision is printed, its hash (the audit trail's),
the QR payload and who signs."""

from __future__ import annotations

from db.models import Article, Revision, StatusChange
from desktop_app.core.approval_sheet import build_sheet, parse_qr_payload, qr_payload
from desktop_app.core.audit import content_digest
from desktop_app.core.models import ArticleChanges

EGOV = "E-Government : Konsep Dan Implementasi"


def test_a_published_article_prints_its_published_revision_with_the_signed_hash(demo_database):
    article = Article.get(Article.title == EGOV)
    sheet = build_sheet(demo_database, article.id)
    # the record that signed the text online: the approval of the demo's public correction
    record = StatusChange.get(
        (StatusChange.article == article.id) & (StatusChange.action == "approve_correction")
    )
    assert sheet.revision == article.published_revision == record.revision
    assert sheet.sha256 == record.content_sha256  # what the editor's signature covers
    assert sheet.short_hash == record.content_sha256[:12]
    assert not sheet.draft
    assert sheet.approver == "Redaktur Demo"
    assert sheet.signatory("writer").name == "Penulis Demo"
    assert sheet.signatory("approver").when == record.created_at
    assert (sheet.title, sheet.category, sheet.author, sheet.status) == (
        EGOV,
        "Opini",
        "Penulis Demo",
        "published",
    )
    assert sheet.office == "Dinas Kominfo"
    assert "<p>" in sheet.body_html
    assert "e-government" in sheet.body_html


def test_qr_payload_is_compact_and_reads_back():
    text = qr_payload(12, 4, "ab" * 32)
    assert text == "redaksi:article=12;rev=4;sha256=" + "ab" * 32
    assert parse_qr_payload(text) == (12, 4, "ab" * 32)
    assert parse_qr_payload("https://example.org") is None
    assert parse_qr_payload("redaksi:article=x;rev=1;sha256=0") is None


def test_a_draft_prints_its_newest_revision_unsigned(sqlite_database):
    from desktop_app.core.articles import ArticleService

    service = ArticleService(sqlite_database)
    article = service.create(ArticleChanges(title="Rapat", body="Teks pertama."))
    service.save(
        article.id, ArticleChanges(title="Rapat", body="Teks kedua."), article.version, reason="save"
    )
    sheet = build_sheet(sqlite_database, article.id)
    newest = Revision.select().where(Revision.article == article.id).order_by(Revision.number.desc()).first()
    assert sheet.revision == newest.number == 2
    assert sheet.sha256 == content_digest(newest)
    assert "Teks kedua." in sheet.body_html
    assert sheet.draft
    assert sheet.approver == ""
    assert [s.name for s in sheet.signatories] == ["", "", ""]  # nobody named: blank lines


def test_an_approved_article_edited_since_prints_the_approved_text(demo_database):
    from desktop_app.core.articles import ArticleService

    article = Article.get(Article.status == "approved")
    before = build_sheet(demo_database, article.id)
    assert not before.edited_since
    service = ArticleService(demo_database)
    data = service.get(article.id)
    changes = ArticleChanges(
        title=data.title,
        body=data.body + "\n\nTambahan.",
        summary=data.summary,
        category=data.category,
        tags=list(data.tags),
        dateline=data.dateline,
    )
    service.save(article.id, changes, data.version, reason="save")
    after = build_sheet(demo_database, article.id)
    assert after.edited_since
    assert (after.revision, after.sha256) == (before.revision, before.sha256)
    assert "Tambahan" not in after.body_html


def test_images_come_from_the_media_library_with_their_words(sqlite_database):
    import io

    from PIL import Image

    from db.models import Asset
    from desktop_app.core.articles import ArticleService

    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 90, 10)).save(buffer, "PNG")
    data = buffer.getvalue()
    asset = Asset.create(
        sha256="f" * 64,
        filename="a.png",
        mime_type="image/png",
        width=40,
        height=30,
        bytes=len(data),
        original=data,
        web=data,
        web_mime_type="image/png",
        web_width=40,
        web_height=30,
        alt_text="Kantor dinas",
        caption="Gedung baru",
        credit="Humas",
    )
    article = ArticleService(sqlite_database).create(
        ArticleChanges(title="Gedung", body=f"Awal.\n\n![x](asset:{asset.uuid})\n")
    )
    sheet = build_sheet(sqlite_database, article.id)
    [image] = sheet.images
    assert image.data == data
    assert image.name == f"sheet-image:{asset.uuid}"
    assert f'src="sheet-image:{asset.uuid}"' in sheet.body_html
    assert "Gedung baru" in sheet.body_html
    assert 'alt="Kantor dinas"' in sheet.body_html
