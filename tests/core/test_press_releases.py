"""Press releases: the number pattern, numbering on approval (gap-free, never reused), the
register, and the official/contact fields, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as _dt
import io

import pytest

from db.models import Article, PressRelease, ReleaseCounter
from desktop_app.core.articles import FieldsNotSaved
from desktop_app.core.errors import InvalidTransition, ValidationError
from desktop_app.core.models import ArticleChanges, ArticleKind
from desktop_app.core.press_releases import (
    DEFAULT_PATTERN,
    PressReleaseService,
    example_number,
    format_number,
    validate_pattern,
)
from desktop_app.core.site_settings import SiteSettings, load_site_settings, save_site_settings
from desktop_app.core.workflow import Action, WorkflowService
from tests.people_helpers import admin_of

# 5 December 2026, 03:00 UTC: 10:00 in Jakarta
NOW = _dt.datetime(2026, 12, 5, 3, 0)


def _release(articles, title: str = "Siaran pers", **fields) -> int:
    changes = ArticleChanges(
        title=title,
        body="Isi siaran pers.",
        kind=ArticleKind.PRESS_RELEASE,
        official_name="Teta Midra",
        official_title="Plt. Kepala Dinas Komunikasi dan Informatika",
        contact_name="Redaktur Demo",
        contact_phone="+62 812-0000-0000",
        contact_email="humas@contoh.go.id",
    )
    for name, value in fields.items():
        setattr(changes, name, value)
    return articles.create(changes).id


def _approve(database, article_id: int, admin, now: _dt.datetime = NOW):
    workflow = WorkflowService(database)
    status = Article.get_by_id(article_id).status
    if status == "draft":
        workflow.perform(article_id, Action.SUBMIT, admin, now=now)
    return workflow.perform(article_id, Action.APPROVE, admin, now=now)


# -- the pattern ------------------------------------------------------------------------------


def test_default_pattern_formats_the_example_of_the_issue():
    assert format_number(DEFAULT_PATTERN, 1, _dt.date(2026, 12, 5)) == "001/SP/Diskominfo/XII/2026"
    assert format_number(DEFAULT_PATTERN, 12, _dt.date(2026, 4, 1)) == "012/SP/Diskominfo/IV/2026"
    assert format_number("SP-{year}-{month}-{day}-{seq}", 7, _dt.date(2026, 3, 9)) == "SP-2026-03-09-7"
    assert example_number("{seq:04d}/{year}", _dt.date(2025, 1, 1)) == "0001/2025"


@pytest.mark.parametrize(
    ("pattern", "code"),
    [
        ("SP/Diskominfo/{year}", "release_pattern_no_seq"),
        ("{seq:03d}/SP/Diskominfo", "release_pattern_no_year"),
        ("{seq}/{year}/{bulan}", "release_pattern_placeholder"),
        ("{seq.real}/{year}", "release_pattern_placeholder"),
        ("{seq[0]}/{year}", "release_pattern_placeholder"),
        ("{}/{year}", "release_pattern_placeholder"),
        ("{seq!r}/{year}", "release_pattern_placeholder"),
        ("{seq:>5}/{year}", "release_pattern_format"),
        ("{seq}/{year:04d}", "release_pattern_format"),
        ("{seq/{year}", "release_pattern_syntax"),
        ("{seq}/{year}}", "release_pattern_syntax"),
        ("{seq}/{year}/" + "x" * 200, "release_pattern_too_long"),
    ],
)
def test_bad_patterns_are_refused_with_their_code(pattern, code):
    with pytest.raises(ValidationError) as caught:
        validate_pattern(pattern)
    assert caught.value.code == code
    assert caught.value.field == "release_pattern"


def test_a_bad_pattern_is_not_stored(database):
    admin = admin_of(database)
    save_site_settings(database, SiteSettings(release_pattern="{seq}/SP/{year}"), actor=admin)
    with pytest.raises(ValidationError):
        save_site_settings(database, SiteSettings(release_pattern="SP/{year}"), actor=admin)
    assert load_site_settings(database).release_pattern == "{seq}/SP/{year}"


# -- numbering -------------------------------------------------------------------------------


def test_approval_numbers_press_releases_in_order_and_only_them(database, articles):
    admin = admin_of(database)
    first = _release(articles, "Pertama")
    news = articles.create(ArticleChanges(title="Berita biasa", body="Isi.")).id
    second = _release(articles, "Kedua")
    assert _approve(database, first, admin).release_number == "001/SP/Diskominfo/XII/2026"
    assert _approve(database, news, admin).release_number == ""
    assert _approve(database, second, admin).release_number == "002/SP/Diskominfo/XII/2026"
    rows = PressReleaseService(database).register(2026)
    assert [(r.number, r.title, r.status, r.approver) for r in rows] == [
        ("001/SP/Diskominfo/XII/2026", "Pertama", "approved", admin.name),
        ("002/SP/Diskominfo/XII/2026", "Kedua", "approved", admin.name),
    ]
    assert rows[0].assigned_at == NOW


def test_the_local_year_counts_and_the_sequence_restarts_each_year(database, articles):
    admin = admin_of(database)
    # 31 December 2025, 18:00 UTC is already 1 January 2026 in Jakarta
    new_year = _release(articles, "Tahun baru")
    old_year = _release(articles, "Akhir tahun")
    assert _approve(database, old_year, admin, _dt.datetime(2025, 12, 31, 10)).release_number == (
        "001/SP/Diskominfo/XII/2025"
    )
    assert _approve(database, new_year, admin, _dt.datetime(2025, 12, 31, 18)).release_number == (
        "001/SP/Diskominfo/I/2026"
    )
    assert PressReleaseService(database).years() == [2026, 2025]


def test_reapproval_after_reopen_keeps_the_number(database, articles):
    admin = admin_of(database)
    article_id = _release(articles)
    number = _approve(database, article_id, admin).release_number
    workflow = WorkflowService(database)
    workflow.perform(article_id, Action.REOPEN, admin, now=NOW)
    assert _approve(database, article_id, admin).release_number == number
    assert PressRelease.select().count() == 1
    assert ReleaseCounter.get_by_id(2026).last_seq == 1


def test_a_deleted_release_keeps_its_number_which_is_never_given_again(database, articles):
    admin = admin_of(database)
    gone = _release(articles, "Dihapus")
    _approve(database, gone, admin)
    articles.trash(gone)
    assert [r.status for r in PressReleaseService(database).register()] == ["deleted"]
    articles.delete_forever(gone)
    later = _release(articles, "Berikutnya")
    assert _approve(database, later, admin).release_number == "002/SP/Diskominfo/XII/2026"
    rows = PressReleaseService(database).register()
    assert [(r.number, r.title, r.status, r.article_id) for r in rows] == [
        ("001/SP/Diskominfo/XII/2026", "Dihapus", "deleted", None),
        ("002/SP/Diskominfo/XII/2026", "Berikutnya", "approved", later),
    ]


def test_a_number_already_in_the_register_refuses_the_approval_and_changes_nothing(database, articles):
    admin = admin_of(database)
    first = _release(articles, "Pertama")
    _approve(database, first, admin)
    # The pattern is changed so that the next number (seq 2) writes as the first one did.
    save_site_settings(
        database, SiteSettings(release_pattern="001/SP/Diskominfo/XII/{year}{seq:01d}"), actor=admin
    )
    PressRelease.update(number="001/SP/Diskominfo/XII/20262").execute()  # (as if an old pattern gave it)
    second = _release(articles, "Kedua")
    WorkflowService(database).perform(second, Action.SUBMIT, admin, now=NOW)
    with pytest.raises(InvalidTransition) as caught:
        WorkflowService(database).perform(second, Action.APPROVE, admin, now=NOW)
    assert caught.value.reason == "release_number_taken"
    assert caught.value.detail == "001/SP/Diskominfo/XII/20262"
    row = Article.get_by_id(second)
    assert (row.status, row.release_number) == ("in_review", "")
    assert ReleaseCounter.get_by_id(2026).last_seq == 1  # the sequence number was given back
    assert PressRelease.select().count() == 1


def test_a_failed_approval_gives_its_sequence_number_back(database, articles, monkeypatch):
    from desktop_app.core import workflow

    admin = admin_of(database)
    article_id = _release(articles)
    WorkflowService(database).perform(article_id, Action.SUBMIT, admin, now=NOW)

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk full")

    with monkeypatch.context() as patched:
        patched.setattr(workflow, "record_status_change", broken)
        with pytest.raises(RuntimeError):
            WorkflowService(database).perform(article_id, Action.APPROVE, admin, now=NOW)
    assert Article.get_by_id(article_id).release_number == ""
    assert PressRelease.select().count() == 0
    assert _approve(database, article_id, admin).release_number.startswith("001/")


# -- the kind and the fields ------------------------------------------------------------------


def test_kind_is_stored_kept_and_validated(database, articles):
    article_id = _release(articles)
    article = articles.get(article_id)
    assert (article.kind, article.contact_email) == ("press_release", "humas@contoh.go.id")
    # a save that does not name the kind keeps it
    changes = ArticleChanges(title="Judul baru", body="Isi.", official_name="Teta Midra")
    saved = articles.save(article_id, changes, article.version)
    assert saved.kind == "press_release"
    saved = articles.save(article_id, ArticleChanges(title="Judul baru", kind="news"), saved.version)
    assert saved.kind == "news"
    with pytest.raises(FieldsNotSaved) as caught:
        articles.save(article_id, ArticleChanges(title="Lagi", kind="memo"), saved.version)
    assert caught.value.code == "invalid_kind"
    assert articles.get(article_id).kind == "news"
    with pytest.raises(ValidationError):
        articles.create(ArticleChanges(title="x", kind="memo"))


def test_a_numbered_release_stays_a_press_release(database, articles):
    admin = admin_of(database)
    article_id = _release(articles)
    approved = _approve(database, article_id, admin)
    saved = articles.save(article_id, ArticleChanges(title=approved.title, kind="news"), approved.version)
    assert (saved.kind, saved.release_number) == ("press_release", approved.release_number)


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("contact_email", "humas.contoh.go.id", "invalid_contact_email"),
        ("contact_email", "humas@contoh", "invalid_contact_email"),
        ("contact_phone", "nol delapan", "invalid_contact_phone"),
        ("contact_phone", "123", "invalid_contact_phone"),
        ("official_title", "x" * 301, "release_field_too_long"),
    ],
)
def test_bad_contact_fields_keep_their_stored_value_and_the_rest_saves(
    database, articles, field, value, code
):
    article_id = _release(articles)
    article = articles.get(article_id)
    changes = ArticleChanges(title="Judul baru", body="Isi baru.", **{field: value})
    with pytest.raises(FieldsNotSaved) as caught:
        articles.save(article_id, changes, article.version)
    assert (caught.value.code, caught.value.field) == (code, field)
    saved = articles.get(article_id)
    assert saved.title == "Judul baru"
    assert getattr(saved, field) == getattr(article, field)


@pytest.mark.parametrize("phone", ["+62 812-3456-7890", "(0752) 123456", "0752.71234", "021 345 6789"])
def test_office_telephone_numbers_are_accepted(database, articles, phone):
    article_id = _release(articles, contact_phone=phone)
    assert articles.get(article_id).contact_phone == phone


def test_duplicate_keeps_the_kind_but_not_the_number(database, articles):
    admin = admin_of(database)
    article_id = _release(articles)
    _approve(database, article_id, admin)
    copy = articles.duplicate(article_id)
    assert (copy.kind, copy.release_number, copy.official_name) == ("press_release", "", "Teta Midra")


def test_register_csv_and_ods_are_read_back(database, articles, tmp_path):
    from desktop_app.core.spreadsheet import read_ods, write_csv, write_ods

    header = ["Nomor", "Judul"]
    table = [["001/SP", 'Rapat "Bupati", tahun\nbaru'], ["002/SP", "Biasa"]]
    stream = io.StringIO(newline="")
    write_csv(stream, header, table)
    text = stream.getvalue()
    assert text.startswith("\ufeffNomor,Judul\r\n")
    import csv

    assert list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))) == [header, *table]
    path = tmp_path / "register.ods"
    write_ods(path, header, table, sheet="Register 2026")
    assert read_ods(path) == [header, *table]


# -- the checklist ----------------------------------------------------------------------------


@pytest.mark.checklist
def test_approval_of_a_press_release_needs_its_official_and_a_reachable_contact(database, articles):
    from desktop_app.core.checklist import Check, ChecklistFailed, Outcome, check_article

    admin = admin_of(database)
    article_id = _release(articles, official_title="", contact_phone="", contact_email="")
    results = check_article(database, articles.get(article_id), spelling=False)
    assert results.result(Check.RELEASE_OFFICIAL).outcome == Outcome.BLOCKING
    assert results.result(Check.RELEASE_CONTACT).outcome == Outcome.BLOCKING
    news = articles.create(ArticleChanges(title="Berita", body="Isi.")).id
    results = check_article(database, articles.get(news), spelling=False)
    assert results.result(Check.RELEASE_OFFICIAL).outcome == Outcome.SKIPPED
    article = articles.get(article_id)
    with pytest.raises(ChecklistFailed) as caught:
        WorkflowService(database).perform(article_id, Action.SUBMIT, admin, warnings_accepted=True)
    assert {r.check for r in caught.value.failed} >= {Check.RELEASE_OFFICIAL, Check.RELEASE_CONTACT}
    fixed = articles.save(
        article_id,
        ArticleChanges(
            title=article.title,
            body=article.body,
            official_name="Teta Midra",
            official_title="Plt. Kepala Dinas Komunikasi dan Informatika",
            contact_name="Redaktur Demo",
            contact_email="humas@contoh.go.id",
        ),
        article.version,
    )
    results = check_article(database, fixed, spelling=False)
    assert results.result(Check.RELEASE_OFFICIAL).outcome == Outcome.PASSED
    assert results.result(Check.RELEASE_CONTACT).outcome == Outcome.PASSED


def test_the_fields_diff_in_history_and_restore_keeps_the_kind(database, articles):
    from desktop_app.core.revisions import RevisionService

    article_id = _release(articles, contact_phone="0752 111111")
    article = articles.get(article_id)
    first = articles.save(
        article_id,
        ArticleChanges(
            title=article.title,
            body=article.body,
            contact_phone="0752 111111",
            contact_email="humas@contoh.go.id",
            official_name="Teta Midra",
            official_title="Plt. Kepala Dinas Komunikasi dan Informatika",
            contact_name="Redaktur Demo",
        ),
        article.version,
        reason="save",
    )
    revisions = RevisionService(database)
    before = revisions.list(article_id)[0].number
    second = articles.save(
        article_id,
        ArticleChanges(
            title=article.title,
            body=article.body,
            contact_phone="0752 222222",
            contact_email="humas@contoh.go.id",
            official_name="Teta Midra",
            official_title="Plt. Kepala Dinas Komunikasi dan Informatika",
            contact_name="Redaktur Demo",
        ),
        first.version,
        reason="save",
    )
    after = revisions.list(article_id)[0].number
    changed = {d.field for d in revisions.diff(article_id, before, after) if d.changed}
    assert changed == {"contact_phone"}
    restored = revisions.restore(article_id, before, actor=None, expected_version=second.version)
    assert (restored.contact_phone, restored.kind) == ("0752 111111", "press_release")
