"""The merge rules of review packages, each on its own (the editor's database on every
backend): new articles with their history and images, one-sided changes taken or kept, both
sides changed kept as a conflict, comments by id with resolved states, approvals that do not
verify or come from someone not allowed to approve."""

from __future__ import annotations

from db.models import Asset, Comment, Person, Revision, StatusChange
from desktop_app.core.audit import verify_trail
from desktop_app.core.comments import CommentService
from desktop_app.core.packages import Outcome, import_package, make_plan, pack, read_package
from desktop_app.core.packages.conflicts import keep_mine, open_conflict, take_theirs
from desktop_app.core.packages.plan import BAD_SIGNATURE, NOT_ALLOWED
from desktop_app.core.people import PeopleService
from tests.packages.helpers import office


def _send(source, ids, target, path):
    with source.use():
        out = pack(ids, source.person, path)
    with target.use():
        incoming = read_package(out.path)
        plan = make_plan(incoming)
        result = import_package(incoming, target.person)
    return plan, result


def _id(side, title: str) -> int:
    return next(h.id for h in side.articles.list_headlines() if h.title == title)


def _published_there(writer, other, title: str, path) -> tuple[int, int]:
    """``title`` written and submitted by the writer, sent to ``other``, approved and published
    there: its id at the writer's and there."""
    article_id = _submitted(writer, title)
    _send(writer, [article_id], other, path)
    with other.use():
        here = _id(other, title)
        other.workflow.perform(here, "approve", other.person)
        other.workflow.perform(here, "publish", other.person)
    return article_id, here


def test_a_new_article_comes_with_its_history_and_its_images_once(writer, editor, tmp_path):
    from desktop_app.core.media import AssetService
    from tests.media_samples import png_bytes

    with writer.use():
        asset = AssetService(writer.database).import_bytes(png_bytes(), "foto.png").asset
        body = f"Dua foto yang sama.\n\n![Satu](asset:{asset.uuid})\n\n![Dua](asset:{asset.uuid})"
        article_id = writer.write("Pasar Rakyat", body)
        writer.edit(article_id, body + "\n\nParagraf kedua.")
        numbers = [
            r.uuid for r in Revision.select().where(Revision.article == article_id).order_by(Revision.number)
        ]
    plan, result = _send(writer, [article_id], editor, tmp_path / "a.redaksi")
    assert plan.new_images == [asset.sha256]
    assert result.new == 1
    with editor.use():
        here = _id(editor, "Pasar Rakyat")
        assert editor.articles.get(here).body.endswith("Paragraf kedua.")
        kept = [r.uuid for r in Revision.select().where(Revision.article == here).order_by(Revision.number)]
        assert kept == numbers
        assert Asset.select().where(Asset.sha256 == asset.sha256).count() == 1
        assert Asset.get(Asset.sha256 == asset.sha256).uuid == asset.uuid  # the body's references hold


def test_a_change_made_only_on_one_side_is_taken_or_kept(writer, editor, tmp_path):
    with writer.use():
        article_id = writer.write("Rapat Koordinasi", "Rapat dimulai pukul sembilan.")
    _send(writer, [article_id], editor, tmp_path / "1.redaksi")
    with editor.use():
        here = _id(editor, "Rapat Koordinasi")
        editor.edit(here, "Rapat dimulai pukul sembilan pagi di aula kantor bupati.")
    plan, result = _send(editor, [here], writer, tmp_path / "2.redaksi")
    assert [a.outcome for a in plan.articles] == [Outcome.TAKEN]
    with writer.use():
        assert (
            writer.articles.get(article_id).body == "Rapat dimulai pukul sembilan pagi di aula kantor bupati."
        )
        # now only the writer changes it; the editor sends the article back unchanged
        writer.edit(article_id, "Rapat dimulai pukul 09.00 WIB di aula kantor bupati.")
    plan, _ = _send(editor, [here], writer, tmp_path / "3.redaksi")
    assert [a.outcome for a in plan.articles] == [Outcome.KEPT]
    with writer.use():
        assert writer.articles.get(article_id).body == "Rapat dimulai pukul 09.00 WIB di aula kantor bupati."
    plan, _ = _send(writer, [article_id], editor, tmp_path / "4.redaksi")
    assert [a.outcome for a in plan.articles] == [Outcome.TAKEN]
    with editor.use():
        assert editor.articles.get(here).body == "Rapat dimulai pukul 09.00 WIB di aula kantor bupati."


def test_both_sides_changed_keeps_mine_and_theirs_as_a_conflict_revision(writer, editor, tmp_path):
    with writer.use():
        article_id = writer.write("Banjir Surut", "Air mulai surut.")
    _send(writer, [article_id], editor, tmp_path / "1.redaksi")
    with editor.use():
        here = _id(editor, "Banjir Surut")
        editor.edit(here, "Air mulai surut sejak pagi.")
    with writer.use():
        writer.edit(article_id, "Air mulai surut, warga kembali ke rumah.")
    plan, result = _send(editor, [here], writer, tmp_path / "2.redaksi")
    assert result.conflicts == 1
    with writer.use():
        assert writer.articles.get(article_id).body == "Air mulai surut, warga kembali ke rumah."
        conflict = open_conflict(article_id)
        assert conflict is not None
        theirs = Revision.get((Revision.article == article_id) & (Revision.number == conflict.revision))
        assert theirs.reason == "conflict"
        assert theirs.body == "Air mulai surut sejak pagi."
        keep_mine(article_id, writer.person)
        assert open_conflict(article_id) is None
        assert writer.articles.get(article_id).body == "Air mulai surut, warga kembali ke rumah."
        mine = Revision.get(
            (Revision.article == article_id) & (Revision.body == "Air mulai surut, warga kembali ke rumah.")
        ).uuid
    # the writer's edit made before the editor's package came in still reaches the editor
    plan, _ = _send(writer, [article_id], editor, tmp_path / "back.redaksi")
    assert mine in {r["uuid"] for r in plan.articles[0].new_revisions}
    assert [a.outcome for a in plan.articles] == [Outcome.TAKEN]
    with editor.use():
        assert editor.articles.get(here).body == "Air mulai surut, warga kembali ke rumah."
    # a second conflict, settled the other way
    with editor.use():
        editor.edit(here, "Air sudah surut seluruhnya.")
    with writer.use():
        writer.edit(article_id, "Warga membersihkan rumah.")
    _send(editor, [here], writer, tmp_path / "3.redaksi")
    with writer.use():
        assert open_conflict(article_id) is not None
        take_theirs(article_id, writer.person)
        assert writer.articles.get(article_id).body == "Air sudah surut seluruhnya."
        assert open_conflict(article_id) is None
        bodies = {r.body for r in Revision.select().where(Revision.article == article_id)}
        assert "Warga membersihkan rumah." in bodies  # never a lost side


def test_comments_merge_by_id_and_a_resolved_state_stays(writer, editor, tmp_path):
    with writer.use():
        article_id = writer.write("Vaksinasi Anak", "Vaksinasi digelar di puskesmas.")
        comments = CommentService(writer.database)
        first = comments.add(article_id, writer.person, "Perlu foto?")
        second = comments.add(article_id, writer.person, "Cek jumlah peserta.")
    _send(writer, [article_id], editor, tmp_path / "1.redaksi")
    with editor.use():
        here = _id(editor, "Vaksinasi Anak")
        service = CommentService(editor.database)
        by_body = {c.body: c for c in service.list(here)}
        service.resolve(by_body["Perlu foto?"].id, editor.person)
        service.reply(by_body["Cek jumlah peserta."].id, editor.person, "Sudah dicek: 120 anak.")
    with writer.use():
        comments.resolve(second.id, writer.person)  # resolved here, still open there
    _send(editor, [here], writer, tmp_path / "2.redaksi")
    with writer.use():
        listed = {c.body: c for c in comments.list(article_id)}
        assert set(listed) == {"Perlu foto?", "Cek jumlah peserta.", "Sudah dicek: 120 anak."}
        assert listed["Perlu foto?"].resolved  # resolved there
        assert listed["Cek jumlah peserta."].resolved  # resolved here stays
        assert (
            Comment.select().where(Comment.uuid == first.uuid if hasattr(first, "uuid") else True).count()
            >= 1
        )
        assert listed["Sudah dicek: 120 anak."].parent_id == second.id


def _submitted(writer, title):
    with writer.use():
        article_id = writer.write(title, "Isi berita.")
        writer.workflow.perform(article_id, "submit", writer.person)
    return article_id


def test_an_approval_whose_signature_does_not_verify_becomes_a_comment(writer, editor, tmp_path):
    article_id = _submitted(writer, "Jalan Desa Diperbaiki")
    _send(writer, [article_id], editor, tmp_path / "1.redaksi")
    with editor.use():
        here = _id(editor, "Jalan Desa Diperbaiki")
        editor.workflow.perform(here, "approve", editor.person)
        forged = "00" * 64
        StatusChange.update(signature=forged).where(StatusChange.action == "approve").execute()
    plan, result = _send(editor, [here], writer, tmp_path / "2.redaksi")
    assert [(r.action, r.reason) for r in plan.refused] == [("approve", BAD_SIGNATURE)]
    assert result.approvals_accepted == 0
    with writer.use():
        assert writer.articles.get(article_id).status == "in_review"
        notes = [c.body for c in CommentService(writer.database).list(article_id)]
        assert any("approve" in note for note in notes)
        assert not StatusChange.select().where(StatusChange.action == "approve").exists()
        assert verify_trail().ok
        notes_before = Comment.select().where(Comment.article == article_id).count()
    # the next package brings the same record again: not refused (nor commented) a second time
    with editor.use():
        CommentService(editor.database).add(here, editor.person, "Tanda tangan saya bermasalah, maaf.")
    plan, _ = _send(editor, [here], writer, tmp_path / "3.redaksi")
    assert plan.refused == []
    with writer.use():
        assert Comment.select().where(Comment.article == article_id).count() == notes_before + 1


def test_an_approval_by_someone_not_allowed_to_approve_here_becomes_a_comment(writer, editor, tmp_path):
    article_id = _submitted(writer, "Pelatihan UMKM")
    _send(writer, [article_id], editor, tmp_path / "1.redaksi")
    with editor.use():
        here = _id(editor, "Pelatihan UMKM")
        CommentService(editor.database).add(here, editor.person, "Saya periksa besok.")
    _send(editor, [here], writer, tmp_path / "2.redaksi")  # the editor becomes known to the writer
    with writer.use():
        Person.update(role="writer").where(Person.uuid == editor.person.uuid).execute()  # not an editor here
    with editor.use():
        editor.workflow.perform(here, "approve", editor.person)
    plan, _ = _send(editor, [here], writer, tmp_path / "3.redaksi")
    assert [(r.action, r.reason) for r in plan.refused] == [("approve", NOT_ALLOWED)]
    with writer.use():
        assert writer.articles.get(article_id).status == "in_review"


def test_a_publication_brings_the_text_that_went_online(writer, editor, tmp_path):
    from desktop_app.core.workflow import is_live

    article_id = _submitted(writer, "Pasar Murah Digelar")
    _send(writer, [article_id], editor, tmp_path / "1.redaksi")
    with editor.use():
        here = _id(editor, "Pasar Murah Digelar")
        editor.workflow.perform(here, "approve", editor.person)
        published = editor.workflow.perform(here, "publish", editor.person)
        online = Revision.get((Revision.article == here) & (Revision.number == published.published_revision))
    plan, result = _send(editor, [here], writer, tmp_path / "2.redaksi")
    assert [r.action for r in plan.articles[0].accepted] == ["approve", "publish"]
    with writer.use():
        article = writer.articles.get(article_id)
        assert article.status == "published"
        assert is_live(article)
        kept = Revision.get(
            (Revision.article == article_id) & (Revision.number == article.published_revision)
        )
        assert kept.uuid == online.uuid
        assert verify_trail().ok


def test_an_address_taken_here_is_no_change_of_either_side(writer, editor, tmp_path):
    with editor.use():
        editor.write("Rapat Paripurna", "Artikel lain dengan alamat yang sama.")
    with writer.use():
        article_id = writer.write("Rapat Paripurna", "Rapat paripurna DPRD.")
    _send(writer, [article_id], editor, tmp_path / "1.redaksi")
    with editor.use():
        here = next(
            h.id
            for h in editor.articles.list_headlines()
            if h.title == "Rapat Paripurna" and h.slug != "rapat-paripurna"
        )
        assert editor.articles.get(here).slug == "rapat-paripurna-2"
    with writer.use():
        writer.edit(article_id, "Rapat paripurna DPRD membahas APBD.")
    plan, _ = _send(writer, [article_id], editor, tmp_path / "2.redaksi")
    assert [a.outcome for a in plan.articles] == [Outcome.TAKEN]
    with editor.use():
        assert editor.articles.get(here).body == "Rapat paripurna DPRD membahas APBD."


def test_someone_a_package_introduces_is_a_writer_here_whatever_it_says(writer, tmp_path):
    """Anyone can write a package naming an "editor" (or an "admin") with a key of their own
    and approve with it: a person new to this database is added as a writer, so their
    approvals come in as comments; an administrator here gives roles."""
    stranger = office(str(tmp_path / "asing.db"), "Siapa Saja", "admin")
    try:
        article_id, here = _published_there(writer, stranger, "Bantuan Sosial Cair", tmp_path / "1.redaksi")
        plan, result = _send(stranger, [here], writer, tmp_path / "2.redaksi")
        assert [(r.action, r.reason) for r in plan.refused] == [
            ("approve", NOT_ALLOWED),
            ("publish", NOT_ALLOWED),
        ]
        assert result.approvals_accepted == 0
        with writer.use():
            added = Person.get(Person.uuid == stranger.person.uuid)
            assert (added.role, added.active, added.password_hash) == ("writer", False, "")
            assert writer.articles.get(article_id).status == "in_review"
            assert not StatusChange.select().where(StatusChange.action.in_(["approve", "publish"])).exists()
            assert verify_trail().ok
            # an administrator here makes them an editor: their later approvals count
            PeopleService(writer.database).update(writer.others["admin"], added.id, role="editor")
        second = _submitted(writer, "Posyandu Keliling")
        _send(writer, [second], stranger, tmp_path / "3.redaksi")
        with stranger.use():
            stranger.workflow.perform(_id(stranger, "Posyandu Keliling"), "approve", stranger.person)
        plan, result = _send(stranger, [_id(stranger, "Posyandu Keliling")], writer, tmp_path / "4.redaksi")
        assert result.approvals_accepted == 1
        with writer.use():
            assert writer.articles.get(second).status == "approved"
    finally:
        stranger.database.close()


def test_a_lead_story_pin_comes_as_a_fact_of_the_trail_from_an_editor_only(writer, editor, tmp_path):
    """The office's editor pinned the article as the lead story: the other side's trail gets
    the signed record (not a comment saying it was refused), while the pin itself, a setting
    of the office's website, stays there. The same record by someone who is a writer here is
    refused like any act their role does not allow."""
    from desktop_app.core import lead_story

    article_id, here = _published_there(writer, editor, "Jembatan Gantung Diresmikan", tmp_path / "1.redaksi")
    with editor.use():
        lead_story.pin(editor.database, here, editor.person)
    plan, result = _send(editor, [here], writer, tmp_path / "2.redaksi")
    assert [r.action for r in plan.articles[0].accepted] == ["approve", "publish", lead_story.PIN]
    assert plan.refused == []
    with writer.use():
        (pinned,) = StatusChange.select().where(StatusChange.action == lead_story.PIN)
        assert (pinned.from_status, pinned.to_status) == ("published", "published")
        assert writer.articles.get(article_id).status == "published"
        assert lead_story.lead_story_uuid() == ""  # (the office's website setting: not carried)
        assert not Comment.select().where(Comment.body.contains(lead_story.PIN)).exists()
        assert verify_trail().ok
        Person.update(role="writer").where(Person.uuid == editor.person.uuid).execute()
    with editor.use():
        lead_story.unpin(editor.database, editor.person)
    plan, _ = _send(editor, [here], writer, tmp_path / "3.redaksi")
    assert [(r.action, r.reason) for r in plan.refused] == [(lead_story.UNPIN, NOT_ALLOWED)]
