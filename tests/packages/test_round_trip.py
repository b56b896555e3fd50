"""The "Done when" of issue 25: two databases on one machine play writer and editor.

The writer packs three drafts; the editor unpacks, comments on and approves one, requests
changes on another and edits the third; the writer, who edited the third meanwhile, unpacks the
reply. Each side shows what happened, the conflicting edit is kept as a revision, the audit
trail verifies on both sides, and a package with one changed byte is refused. The editor's
database runs on every backend (PostgreSQL too when ``REDAKSI_TEST_PG_URL`` is set)."""

from __future__ import annotations

import zipfile

import pytest

from db.models import PackageConflict, PackageEvent, Revision
from desktop_app.core.audit import verify_trail
from desktop_app.core.change_requests import change_request
from desktop_app.core.comments import CommentService
from desktop_app.core.packages import (
    Outcome,
    PackageError,
    Problem,
    import_package,
    make_plan,
    pack,
    read_package,
    state,
)


def _titles(side) -> dict[str, int]:
    return {h.title: h.id for h in side.articles.list_headlines()}


def test_writer_and_editor_round_trip(writer, editor, tmp_path):
    with writer.use():
        ids = [
            writer.write("Bupati Resmikan Jembatan", "Jembatan baru menghubungkan dua desa."),
            writer.write("Festival Budaya Digelar", "Festival budaya berlangsung tiga hari."),
            writer.write("Harga Beras Stabil", "Harga beras di pasar tetap stabil."),
        ]
        for article_id in ids:
            writer.workflow.perform(article_id, "submit", writer.person)
        out = pack(ids, writer.person, tmp_path / "naskah.redaksi")
        assert out.articles == 3
        assert out.recipient is None

    with editor.use():
        incoming = read_package(out.path)
        plan = make_plan(incoming)
        assert [a.outcome for a in plan.articles] == [Outcome.NEW] * 3
        result = import_package(incoming, editor.person)
        assert result.new == 3
        titles = _titles(editor)
        assert set(titles) == {"Bupati Resmikan Jembatan", "Festival Budaya Digelar", "Harga Beras Stabil"}
        approve, change, edit = (
            titles[t] for t in ("Bupati Resmikan Jembatan", "Festival Budaya Digelar", "Harga Beras Stabil")
        )
        assert editor.articles.get(approve).status == "in_review"
        assert len(Revision.select().where(Revision.article == approve)) >= 2  # its history came along
        comments = CommentService(editor.database)
        comments.add(approve, editor.person, "Judul sudah tepat.")
        editor.workflow.perform(approve, "approve", editor.person)
        editor.workflow.perform(change, "request_changes", editor.person, note="Tambahkan jumlah pengunjung.")
        editor.edit(edit, "Harga beras di pasar tradisional tetap stabil menjelang akhir tahun.")
        reply = pack([approve, change, edit], editor.person, tmp_path / "balasan.redaksi")
        assert reply.recipient == incoming.from_database  # back to the writer's database
        assert verify_trail().ok

    with writer.use():
        writer.edit(ids[2], "Harga beras stabil, kata kepala dinas perdagangan.")
        incoming = read_package(reply.path)
        plan = make_plan(incoming)
        outcomes = {a.title: a.outcome for a in plan.articles}
        assert outcomes == {
            "Bupati Resmikan Jembatan": Outcome.SAME,
            "Festival Budaya Digelar": Outcome.SAME,
            "Harga Beras Stabil": Outcome.CONFLICT,
        }
        assert [r.action for r in plan.approvals if r.accepted] == ["approve"]
        result = import_package(incoming, writer.person)
        assert result.conflicts == 1
        assert result.approvals_accepted == 1
        assert result.records_refused == 0
        approved, changes_requested, conflicted = (writer.articles.get(i) for i in ids)
        assert approved.status == "approved"
        assert changes_requested.status == "changes_requested"
        request = change_request(ids[1])  # the writer's banner: what the editor asked, and who
        assert request is not None
        assert (request.note, request.by) == ("Tambahkan jumlah pengunjung.", "Budi Redaktur")
        bodies = [c.body for c in CommentService(writer.database).list(ids[0])]
        assert "Judul sudah tepat." in bodies
        # the writer's own text stays current; the editor's is kept as a conflict revision
        assert conflicted.body == "Harga beras stabil, kata kepala dinas perdagangan."
        conflict = Revision.get((Revision.article == ids[2]) & (Revision.reason == "conflict"))
        assert conflict.body == "Harga beras di pasar tradisional tetap stabil menjelang akhir tahun."
        assert PackageConflict.get(PackageConflict.article == ids[2]).settled_at is None
        report = verify_trail()
        assert report.ok
        assert report.count("invalid") == 0
        approval = [r for r in report.records if r.action == "approve"]
        assert approval
        assert all(r.verdict == "valid" for r in approval)
        imported, sent = state.events()
        assert (imported.direction, sent.direction) == ("imported", "sent")
        assert imported.package == incoming.package
        assert imported.actor == "Rina Penulis"
        assert imported.partner == incoming.from_database
        assert sorted(imported.summary["articles"].values()) == ["conflict", "same", "same"]
        assert len(imported.summary["accepted"]) == 2  # the approval and the request for changes
        assert sent.package == out.package
        assert sent.summary["titles"] == [
            "Bupati Resmikan Jembatan",
            "Festival Budaya Digelar",
            "Harga Beras Stabil",
        ]
        # the same package again changes nothing
        before = (Revision.select().count(), PackageEvent.select().count())
        again = import_package(read_package(reply.path), writer.person)
        assert again.already_imported
        assert (Revision.select().count(), PackageEvent.select().count()) == before

    with editor.use():
        assert verify_trail().ok  # the approval verifies on the editor's side too

    # one changed byte in one part: refused, nothing written
    tampered = tmp_path / "diubah.redaksi"
    with zipfile.ZipFile(reply.path) as source, zipfile.ZipFile(tampered, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.startswith("articles/"):
                data = data.replace(b"Judul sudah tepat", b"Judul sudah tepaT", 1)
            target.writestr(info, data)
    with writer.use(), pytest.raises(PackageError) as refused:
        read_package(tampered)
    assert refused.value.problem == Problem.PART_CHANGED
