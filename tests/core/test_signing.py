"""Signing keys, signed audit records and the hash chains (both backends): a signature is made
and verified, and SQL edits of the signed text or of the records are found and named."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import threading

import pytest

from db import migrate
from db.database import open_database
from db.models import (
    ARTICLE_TEXT_COLUMNS,
    Article,
    Person,
    PersonKey,
    Revision,
    RoleChange,
    StatusChange,
    utcnow,
)
from desktop_app.core import audit
from desktop_app.core.articles import ArticleService
from desktop_app.core.audit import record_status_change, verification_of, verify_trail
from desktop_app.core.auth import AuthService, SignedIn
from desktop_app.core.errors import PermissionDenied, ValidationError
from desktop_app.core.models import ARTICLE_TEXT_FIELDS, ArticleChanges
from desktop_app.core.people import PeopleService
from desktop_app.core.signing import SigningKeys
from desktop_app.core.snapshots import current_snapshot
from desktop_app.core.workflow import WorkflowService
from tests.people_helpers import add_person, admin_of

_sessions: dict[int, SignedIn] = {}


def session(person) -> SignedIn:
    """``person`` of the office, signed in (with "sandi NAME": their signing key opened)."""
    return _sessions[person.id]


@pytest.fixture
def office(database):
    # "Admin" is made by the database's first admin, so the role changes are all they do
    first_admin = admin_of(database)
    writer = add_person(database, "Penulis", "writer", admin=first_admin)
    editor = add_person(database, "Redaktur", "editor", admin=first_admin)
    admin = add_person(database, "Admin", "admin", admin=first_admin)
    auth = AuthService(database)
    _sessions.clear()
    for person in (writer, editor, admin):
        auth.set_password(first_admin, person.id, f"sandi {person.name}")  # their key is made
        _sessions[person.id] = auth.sign_in(person.name, f"sandi {person.name}")
    yield database, SigningKeys(database), writer, editor, admin
    _sessions.clear()


def _approved(database, keys, writer, editor):
    """An article submitted by the writer and approved by the editor, both signed."""
    articles, workflow = ArticleService(database), WorkflowService(database)
    article = articles.create(ArticleChanges(title="Rapat SPBE", body="Isi berita yang disetujui."))
    workflow.perform(article.id, "submit", session(writer))
    workflow.perform(article.id, "approve", session(editor))
    return article.id, StatusChange.get(
        (StatusChange.article == article.id) & (StatusChange.action == "approve")
    )


def _verdicts(report):
    return {(r.table, r.id): (r.verdict, r.problems) for r in report.records}


# -- keys -----------------------------------------------------------------------------------


def test_a_key_is_made_unlocked_and_a_wrong_password_refused(office):
    database, keys, writer, _editor, _admin = office
    signer = keys.unlock(writer.id, "sandi Penulis")
    row = PersonKey.get(PersonKey.person == writer.id)
    assert signer.person_id == writer.id
    assert signer.key_id == row.id
    assert signer.public_key == row.public_key
    assert row.encrypted_private_key
    assert bytes(signer._key).hex() not in row.encrypted_private_key
    assert row.kdf.startswith("argon2id:")
    assert len(bytes.fromhex(row.salt)) == 16
    with pytest.raises(ValidationError) as wrong:
        keys.unlock(writer.id, "sandi salah")
    assert wrong.value.code == "key_password_wrong"
    with pytest.raises(ValidationError) as again:
        keys.make_key(writer.id, "lain")
    assert again.value.code == "signing_key_exists"
    nobody = add_person(database, "Tamu", "writer")
    with pytest.raises(ValidationError) as none:
        keys.unlock(nobody.id, "apa saja")
    assert none.value.code == "no_signing_key"
    with pytest.raises(ValidationError) as empty:
        keys.make_key(nobody.id, "")
    assert empty.value.code == "password_required"


def test_changing_the_password_keeps_the_key(office):
    _database, keys, writer, _editor, _admin = office
    before = keys.unlock(writer.id, "sandi Penulis")
    after = keys.change_password_key(writer.id, "sandi Penulis", "sandi baru")
    assert keys.unlock(writer.id, "sandi baru").public_key == before.public_key == after.public_key
    with pytest.raises(ValidationError):
        keys.unlock(writer.id, "sandi Penulis")
    with pytest.raises(ValidationError):
        keys.change_password_key(writer.id, "salah", "lagi")


# -- signatures -----------------------------------------------------------------------------


def test_an_approval_is_signed_and_verifies(office):
    database, keys, writer, editor, _admin = office
    article_id, record = _approved(database, keys, writer, editor)
    revision = Revision.get((Revision.article == article_id) & (Revision.number == record.revision))
    assert revision.reason == "approve"
    assert revision.body == "Isi berita yang disetujui."
    assert record.signature
    assert record.signer_key == keys.unlock(editor.id, "sandi Redaktur").key_id
    assert record.content_sha256 == audit.content_digest(revision)
    report = verify_trail()
    assert report.ok
    assert report.count("valid") == 2
    assert report.count("invalid") == 0
    assert verification_of(article_id) == {r.id: "valid" for r in StatusChange.select()}
    # the signature covers the canonical bytes, the person and the time
    payload = audit.status_payload(record)
    assert f'"person":{editor.id}'.encode() in payload
    assert b'"action":"approve"' in payload
    key = SigningKeys(database).keys()[record.signer_key]
    assert key.verifies(payload, record.signature)
    assert not key.verifies(payload.replace(b"approve", b"publish"), record.signature)


def test_a_signer_must_be_the_person_who_acts(office):
    database, keys, writer, editor, _admin = office
    article = ArticleService(database).create(ArticleChanges(title="Judul"))
    with pytest.raises(TypeError):  # a signed-in person carries their own key only
        dataclasses.replace(session(editor), signer=session(writer).signer)
    with pytest.raises(ValueError):
        record_status_change(article.id, "draft", "in_review", editor.id, signer=session(writer).signer)
    assert not StatusChange.select().exists()


def test_signing_in_makes_the_first_key_and_opens_it_after(office):
    database, keys, writer, _editor, _admin = office
    newcomer = add_person(database, "Pendatang", "writer")
    auth = AuthService(database)
    auth.set_password(admin_of(database), newcomer.id, "sandi Pendatang")
    first = auth.sign_in("Pendatang", "sandi Pendatang")
    assert first.signer.key_id == PersonKey.get(PersonKey.person == newcomer.id).id
    again = auth.sign_in("Pendatang", "sandi Pendatang")
    assert again.signer.key_id == first.signer.key_id  # the same key, opened again
    assert again.signer.public_key == first.signer.public_key
    # a key the password does not open (set outside Redaksi) is replaced, not a lock-out
    PersonKey.update(encrypted_private_key="00" * 72).where(PersonKey.id == first.signer.key_id).execute()
    replaced = auth.sign_in("Pendatang", "sandi Pendatang")
    assert replaced.signer.key_id != first.signer.key_id
    assert PersonKey.get_by_id(first.signer.key_id).valid_to is not None


def test_two_first_sign_ins_at_once_share_the_key_one_of_them_made(office, monkeypatch):
    database, keys, _writer, _editor, _admin = office
    newcomer = add_person(database, "Serentak", "writer")
    auth = AuthService(database)
    auth.set_password(admin_of(database), newcomer.id, "sandi Serentak")
    # (as if the other window's first sign-in made the key a moment earlier)
    made = PersonKey.get(PersonKey.person == newcomer.id)
    real_unlock = SigningKeys.unlock
    calls = []

    def unlock_before_the_other_committed(self, person_id, password):
        calls.append(person_id)
        if len(calls) == 1:
            raise ValidationError("no_signing_key", "person")  # what this window saw first
        return real_unlock(self, person_id, password)

    monkeypatch.setattr(SigningKeys, "unlock", unlock_before_the_other_committed)
    signed_in = auth.sign_in("Serentak", "sandi Serentak")
    assert signed_in.signer.key_id == made.id
    assert PersonKey.select().where(PersonKey.person == newcomer.id).count() == 1


def test_changing_ones_password_keeps_the_key_and_a_reset_makes_a_new_one(office):
    database, keys, writer, _editor, _admin = office
    auth = AuthService(database)
    before = session(writer)
    after = auth.change_own_password(before, "sandi Penulis", "sandi Penulis baru")
    assert after.signer.key_id == before.signer.key_id
    assert keys.unlock(writer.id, "sandi Penulis baru").public_key == before.signer.public_key
    auth.set_password(admin_of(database), writer.id, "sandi dari admin")
    reset = auth.sign_in("Penulis", "sandi dari admin")
    assert reset.signer.key_id != before.signer.key_id
    # the session from before the reset can no longer sign; signing in again can
    article = ArticleService(database).create(ArticleChanges(title="Sesudah reset"))
    with pytest.raises(PermissionDenied) as refused:
        WorkflowService(database).perform(article.id, "submit", after)
    assert refused.value.action == "key_replaced"
    assert not StatusChange.select().where(StatusChange.article == article.id).exists()
    unlocked = auth.unlock(after, "sandi dari admin")  # the lock screen signs in anew
    WorkflowService(database).perform(article.id, "submit", unlocked)
    assert verify_trail().ok


def test_the_approved_text_edited_in_sql_makes_the_record_invalid(office):
    database, keys, writer, editor, _admin = office
    article_id, record = _approved(database, keys, writer, editor)
    database.execute_sql(
        f"UPDATE revision SET body = {database.param} WHERE article_id = {database.param}"
        f" AND number = {database.param}",
        ["Isi yang diganti diam-diam.", article_id, record.revision],
    )
    report = verify_trail()
    assert not report.ok
    assert _verdicts(report)[("status_change", record.id)] == ("invalid", ("text_changed",))
    assert not report.breaks  # the trail itself is whole
    assert verification_of(article_id)[record.id] == "invalid"


def test_the_audit_row_edited_in_sql_makes_it_invalid(office):
    database, keys, writer, editor, _admin = office
    _article_id, record = _approved(database, keys, writer, editor)
    database.execute_sql(
        f"UPDATE status_change SET actor_id = {database.param} WHERE id = {database.param}",
        [writer.id, record.id],
    )
    verdict, problems = _verdicts(verify_trail())[("status_change", record.id)]
    assert verdict == "invalid"
    assert {"record_changed", "wrong_signer", "signature_mismatch"} <= set(problems)


def test_a_signature_moved_onto_a_rewritten_row_does_not_verify(office):
    """Someone recomputes the row's hash after changing its note: the chain holds, the
    signature does not."""
    database, keys, writer, editor, _admin = office
    _article_id, record = _approved(database, keys, writer, editor)
    row = StatusChange.get_by_id(record.id)
    row.note = "disetujui kepala dinas"
    database.execute_sql(
        f"UPDATE status_change SET note = {database.param}, record_hash = {database.param}"
        f" WHERE id = {database.param}",
        [row.note, audit.record_hash(row), record.id],
    )
    report = verify_trail()
    assert _verdicts(report)[("status_change", record.id)] == ("invalid", ("signature_mismatch",))


def _chain_of_five(database, keys, writer):
    articles, workflow = ArticleService(database), WorkflowService(database)
    ids = []
    for n in range(5):
        article = articles.create(ArticleChanges(title=f"Berita {n}"))
        workflow.perform(article.id, "submit", session(writer))
        ids.append(StatusChange.get(StatusChange.article == article.id).id)
    assert verify_trail().ok
    return ids


def test_a_deleted_audit_row_names_the_break(office):
    database, keys, writer, _editor, _admin = office
    ids = _chain_of_five(database, keys, writer)
    database.execute_sql(f"DELETE FROM status_change WHERE id = {database.param}", [ids[2]])
    report = verify_trail()
    assert not report.ok
    [gap] = report.breaks
    assert (gap.table, gap.record_id, gap.position, gap.previous_id, gap.kind) == (
        "status_change",
        ids[3],
        3,
        ids[1],
        "missing",
    )
    assert all(r.verdict == "valid" for r in report.records)  # each remaining row is intact


def test_an_inserted_audit_row_is_named(office):
    """A copy of a real record inserted in SQL (between two records' ids or after them)."""
    database, keys, writer, _editor, _admin = office
    ids = _chain_of_five(database, keys, writer)
    columns = [c for c in StatusChange._meta.columns if c not in ("id", "uuid")]
    names = ", ".join(columns)
    p = database.param
    database.execute_sql(
        f"INSERT INTO status_change (id, uuid, {names})"
        f" SELECT {p}, {p}, {names} FROM status_change WHERE id = {p}",
        [ids[-1] + 100, "00000000-0000-4000-8000-000000000001", ids[1]],
    )
    report = verify_trail()
    [gap] = report.breaks
    assert gap.record_id == ids[-1] + 100
    assert gap.position == 6
    assert gap.kind == "inserted"
    assert _verdicts(report)[("status_change", ids[-1] + 100)][0] == "invalid"  # a copy: its uuid


def test_reordered_audit_rows_are_named(office):
    database, keys, writer, _editor, _admin = office
    ids = _chain_of_five(database, keys, writer)
    p = database.param
    with database.atomic():  # swap records 2 and 3 (by id)
        database.execute_sql(f"UPDATE status_change SET id = {p} WHERE id = {p}", [-1, ids[1]])
        database.execute_sql(f"UPDATE status_change SET id = {p} WHERE id = {p}", [ids[1], ids[2]])
        database.execute_sql(f"UPDATE status_change SET id = {p} WHERE id = {p}", [ids[2], -1])
    report = verify_trail()
    assert not report.ok
    kinds = {(gap.position, gap.kind) for gap in report.breaks}
    assert (2, "reordered") in kinds
    assert all(r.verdict == "valid" for r in report.records)


def test_a_forked_chain_is_found(office):
    """Two records linked to the same predecessor (what two writers without the lock would do)."""
    database, keys, writer, _editor, _admin = office
    ids = _chain_of_five(database, keys, writer)
    row = StatusChange.get_by_id(ids[4])
    row.prev_hash = StatusChange.get_by_id(ids[2]).record_hash
    row.record_hash = audit.record_hash(row)
    row.save()
    assert [(g.record_id, g.kind) for g in verify_trail().breaks] == [(ids[4], "inserted")]


def test_concurrent_writers_do_not_fork_the_chain(office, db_target):
    database, keys, writer, _editor, _admin = office
    article = ArticleService(database).create(ArticleChanges(title="Ramai"))
    errors: list[BaseException] = []

    def write(n: int) -> None:
        try:
            for _ in range(n):
                with database.atomic():
                    record_status_change(article.id, "draft", "draft", writer.id, note="paralel")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            database.close()

    threads = [threading.Thread(target=write, args=(8,)) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    report = verify_trail()
    assert report.ok
    assert report.chains[0].records == 24


# -- keys over time ---------------------------------------------------------------------------


def test_old_signatures_stay_verifiable_after_a_rekey(office, monkeypatch):
    database, keys, writer, editor, _admin = office
    article_id, record = _approved(database, keys, writer, editor)
    old = session(editor).signer
    auth = AuthService(database)
    auth.set_password(admin_of(database), editor.id, "sandi setelah reset")  # a new key pair
    new = auth.sign_in("Redaktur", "sandi setelah reset")
    assert new.signer.key_id != old.key_id
    assert new.signer.public_key != old.public_key
    closed = PersonKey.get_by_id(old.key_id)
    assert closed.valid_to is not None
    assert closed.encrypted_private_key == ""
    assert closed.public_key
    with pytest.raises(ValidationError):
        keys.unlock(editor.id, "sandi Redaktur")
    WorkflowService(database).perform(article_id, "publish", new)
    report = verify_trail()
    assert report.ok
    assert report.count("valid") == 3
    # the closed key signs nothing more (sign in again) ...
    later = utcnow() + _dt.timedelta(seconds=1)
    with pytest.raises(PermissionDenied):
        record_status_change(article_id, "published", "published", editor.id, now=later, signer=old)
    # ... and a signature made with it after its period (an older Redaksi, a forged row) does not count
    monkeypatch.setattr(audit, "_check_signer", lambda signer, actor_id: None)
    stale = record_status_change(article_id, "published", "published", editor.id, now=later, signer=old)
    assert _verdicts(verify_trail())[("status_change", stale.id)] == ("invalid", ("key_not_valid_then",))
    assert record.id in verification_of(article_id)


def test_records_without_a_signer_are_unsigned(office):
    """(Records from before signatures, and refusals, carry no signature.)"""
    database, _keys, writer, _editor, _admin = office
    article = ArticleService(database).create(ArticleChanges(title="Tanpa tanda tangan"))
    record_status_change(article.id, "draft", "in_review", writer.id, action="submit")
    report = verify_trail()
    assert report.ok
    assert [r.verdict for r in report.records] == ["unsigned"]
    database.execute_sql("UPDATE status_change SET note = 'diubah'")
    assert _verdicts(verify_trail())[("status_change", report.records[0].id)] == (
        "invalid",
        ("record_changed",),
    )


def test_a_role_change_is_signed_and_chained(office):
    database, keys, writer, _editor, admin = office
    people = PeopleService(database)
    signed_in = session(admin)
    people.update(signed_in, writer.id, role="editor")
    audit.record_role_change(
        writer_row := Person.get_by_id(writer.id), "editor", "writer", admin.id
    )  # unsigned
    Person.update(role="writer").where(Person.id == writer_row.id).execute()
    records = list(RoleChange.select().order_by(RoleChange.id))
    assert [(r.from_role, r.to_role, r.actor_id) for r in records] == [
        ("writer", "editor", admin.id),
        ("editor", "writer", admin.id),
    ]
    report = verify_trail()
    assert report.ok
    assert [r.verdict for r in report.records if r.table == "role_change"] == ["valid", "unsigned"]
    database.execute_sql(f"UPDATE role_change SET to_role = 'admin' WHERE id = {records[0].id}")
    verdict, problems = _verdicts(verify_trail())[("role_change", records[0].id)]
    assert verdict == "invalid"
    assert "signature_mismatch" in problems
    with pytest.raises(ValidationError):
        people.delete(signed_in, admin.id)  # their name stays on the role changes they made


def test_an_article_deleted_for_good_keeps_its_records_and_the_chain(office):
    database, keys, writer, editor, _admin = office
    article_id, record = _approved(database, keys, writer, editor)
    _chain_of_five(database, keys, writer)
    articles = ArticleService(database)
    WorkflowService(database).perform(article_id, "reopen", session(editor))
    articles.trash(article_id)
    articles.delete_forever(article_id)
    kept = StatusChange.get_by_id(record.id)
    assert kept.article_id is None
    assert kept.article_uuid
    report = verify_trail()
    assert report.ok
    check = next(r for r in report.records if r.id == record.id)
    assert check.verdict == "valid"
    assert check.notes == ("article_deleted",)


def test_the_signed_content_covers_every_field_of_a_snapshot():
    """A new article field must be signed too: it needs a new signature format."""
    assert set(ARTICLE_TEXT_FIELDS) | set(ARTICLE_TEXT_COLUMNS) <= set(audit.CONTENT_FIELDS)


def test_fields_added_later_leave_older_digests_as_they_were():
    """A revision from before the press-release fields (all of them empty) keeps the digest its
    signature was made over; giving one a value changes the digest."""
    fields = {name: f"<{name}>" for name in audit.FORMAT_1_CONTENT_FIELDS}
    fields["featured_image"] = None
    older = type("Row", (), {**fields, **{name: "" for name in audit.LATER_CONTENT_FIELDS}})()
    expected = audit.sha256_hex(audit.canonical_json(fields))
    assert audit.content_digest(older) == expected
    for name in audit.LATER_CONTENT_FIELDS:
        newer = type(
            "Row", (), {**fields, **{n: ("x" if n == name else "") for n in audit.LATER_CONTENT_FIELDS}}
        )()
        assert audit.content_digest(newer) != expected, name


def test_the_signed_content_is_the_snapshot(office):
    database, keys, writer, editor, _admin = office
    article_id, record = _approved(database, keys, writer, editor)
    assert set(current_snapshot(article_id)) == set(audit.CONTENT_FIELDS)


# -- the upgrade ----------------------------------------------------------------------------


def test_a_database_from_before_signatures_is_chained_at_the_upgrade(db_target):
    """Records written before this version: chained in id order at the upgrade, unsigned, and
    an article deleted afterwards no longer takes its records with it."""
    old = open_database(db_target, migrate_schema=False, bind=False)
    migrate.upgrade(old, "0009_revision_image_words")
    p = old.param
    when = _dt.datetime(2025, 3, 1, 9, 30, 15, 250000)
    old.execute_sql(
        "INSERT INTO person (uuid, name, email, role, active, created_at)"
        f" VALUES ({p}, 'Redaktur', '', 'editor', {p}, {p})",
        ["11111111-1111-4111-8111-111111111111", True, when],
    )
    person = old.execute_sql("SELECT id FROM person").fetchone()[0]
    article_ids = []
    for n in range(2):
        old.execute_sql(
            "INSERT INTO article (uuid, title, summary, dateline, slug, status, version, word_count,"
            f" created_at, updated_at) VALUES ({p}, {p}, '', '', {p}, 'approved', 1, 0, {p}, {p})",
            [f"22222222-2222-4222-8222-00000000000{n}", f"Lama {n}", f"lama-{n}", when, when],
        )
        article_ids.append(
            old.execute_sql(f"SELECT id FROM article WHERE slug = {p}", [f"lama-{n}"]).fetchone()[0]
        )
    for n, article_id in enumerate(article_ids * 2):
        old.execute_sql(
            "INSERT INTO status_change (uuid, article_id, from_status, to_status, actor_id, note, created_at,"
            f" refused) VALUES ({p}, {p}, 'in_review', 'approved', {p}, {p}, {p}, {p})",
            [
                f"33333333-3333-4333-8333-00000000000{n}",
                article_id,
                person,
                f"catatan {n}",
                when + _dt.timedelta(minutes=n),
                False,
            ],
        )
    old.close()

    upgraded = open_database(db_target)  # runs 0010
    try:
        assert migrate.applied_migrations(upgraded) == migrate.known_migrations()
        rows = list(StatusChange.select().order_by(StatusChange.id))
        assert len(rows) == 4
        assert rows[0].prev_hash == audit.GENESIS_HASH
        assert [r.prev_hash for r in rows[1:]] == [r.record_hash for r in rows[:-1]]
        assert {r.article_uuid for r in rows} == {f"22222222-2222-4222-8222-00000000000{n}" for n in range(2)}
        report = verify_trail()
        assert report.ok
        assert [r.verdict for r in report.records] == ["unsigned"] * 4
        # new records continue the chain, and deleting an article keeps its records
        article = Article.get_by_id(article_ids[0])
        record_status_change(article.id, "approved", "draft", person, action="reopen")
        articles = ArticleService(upgraded)
        articles.trash(article.id)
        articles.delete_forever(article.id)
        assert StatusChange.select().count() == 5
        assert verify_trail().ok
    finally:
        upgraded.close()


def test_publication_scheduling_and_unpublication_are_signed(office):
    database, keys, writer, editor, _admin = office
    article_id, _record = _approved(database, keys, writer, editor)
    workflow = WorkflowService(database)
    workflow.perform(article_id, "schedule", session(editor), publish_at=utcnow() + _dt.timedelta(days=1))
    workflow.perform(article_id, "unpublish", session(editor))
    workflow.perform(article_id, "publish", session(editor))
    records = list(StatusChange.select().order_by(StatusChange.id))
    assert [r.action for r in records] == ["submit", "approve", "schedule", "unpublish", "publish"]
    # publishing signs the text that goes online: the approved snapshot, recorded again
    approved, published = records[1], records[4]
    assert published.content_sha256 == approved.content_sha256
    assert published.revision == Article.get_by_id(article_id).published_revision
    assert set(verification_of(article_id).values()) == {"valid"}
