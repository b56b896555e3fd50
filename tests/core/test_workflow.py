"""The editorial workflow against SQLite and PostgreSQL: the whole role × status × action
matrix, publishing and scheduling, the audit trail, and two processes racing."""

from __future__ import annotations

import datetime as _dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from db.models import Article, Revision, StatusChange, utcnow
from desktop_app.core.auth import AuthService
from desktop_app.core.errors import InvalidTransition, PermissionDenied
from desktop_app.core.models import ArticleChanges
from desktop_app.core.people import PeopleService
from desktop_app.core.snapshots import (
    changed_since_approval,
    changed_since_publication,
    published_snapshot,
)
from desktop_app.core.workflow import (
    REVISION_REASONS,
    Action,
    WorkflowService,
    available_actions,
    display_status,
    is_live,
    live_condition,
)
from tests.people_helpers import admin_of, as_person

ROOT = Path(__file__).resolve().parents[2]
ROLES = ("writer", "editor", "admin")
STATUSES = ("draft", "in_review", "changes_requested", "approved", "published", "archived", "withdrawn")

# Written out by hand from the workflow rules of DESIGN.md (not derived from workflow.RULES), so that a
# wrong rule in the code makes this table disagree.
TRANSITIONS = {  # (action, from status) -> to status
    ("submit", "draft"): "in_review",
    ("resubmit", "changes_requested"): "in_review",
    ("request_changes", "in_review"): "changes_requested",
    ("approve", "in_review"): "approved",
    ("publish", "approved"): "published",
    ("schedule", "approved"): "published",
    # a live article is corrected or taken down, never changed or removed without a trace
    ("correct", "published"): "published",
    ("takedown", "published"): "withdrawn",
    ("archive", "withdrawn"): "archived",
    ("reopen", "changes_requested"): "draft",
    ("reopen", "approved"): "draft",
    ("reopen", "archived"): "draft",
    ("reopen", "withdrawn"): "draft",
}
# Refused on the (live) published article of the matrix, with the reason that names the way.
LIVE_REFUSALS = {
    "publish_changes": "correction_required",
    "unpublish": "takedown_required",
    "archive": "takedown_required",
    "approve_correction": "no_pending_correction",  # (nothing proposed)
    "reject_correction": "no_pending_correction",
}
LIVE_ONLY = {"correct", "approve_correction", "reject_correction", "takedown"}
ALLOWED_ROLES = {
    "submit": {"writer", "editor", "admin"},
    "resubmit": {"writer", "editor", "admin"},
    "request_changes": {"editor", "admin"},
    "approve": {"editor", "admin"},
    "publish": {"editor", "admin"},
    "schedule": {"editor", "admin"},
    "publish_changes": {"editor", "admin"},
    "unpublish": {"editor", "admin"},
    "archive": {"editor", "admin"},
    "reopen": {"editor", "admin"},
    "correct": {"writer", "editor", "admin"},
    "approve_correction": {"editor", "admin"},
    "reject_correction": {"editor", "admin"},
    "takedown": {"editor", "admin"},
}
# How the fixture reaches each status, the way people would.
PATHS = {
    "draft": [],
    "in_review": ["submit"],
    "changes_requested": ["submit", "request_changes"],
    "approved": ["submit", "approve"],
    "published": ["submit", "approve", "publish"],
    "archived": ["submit", "approve", "publish", "takedown", "archive"],
    "withdrawn": ["submit", "approve", "publish", "takedown"],
}
FUTURE = _dt.timedelta(days=2)


@pytest.fixture
def admin(database):
    """The database's first admin, signed in (``people["admin"]``)."""
    return admin_of(database, "Orang admin")


@pytest.fixture
def people(database, admin):
    service = PeopleService(database)
    made = {role: service.create(admin, f"Orang {role}", role) for role in ROLES if role != "admin"}
    return {**made, "admin": service.get(admin.person_id)}


@pytest.fixture
def workflow(database):
    return WorkflowService(database)


def _article(articles, title="Rapat Staf Perdana", body="Teks berita pertama."):
    return articles.create(ArticleChanges(title=title, body=body, category="Berita"))


def _args(action: str) -> dict:
    if action == "request_changes":
        return {"note": "Tolong lengkapi kutipan."}
    if action == "schedule":
        return {"publish_at": utcnow() + FUTURE}
    if action in ("correct", "reject_correction", "takedown"):
        return {"note": "Nama narasumber diperbaiki."}
    return {}


def _bring_to(articles, workflow, people, status):
    article = _article(articles)
    for action in PATHS[status]:
        workflow.perform(article.id, action, as_person(people["admin"]), **_args(action))
    # an edit after reaching the status: a correction then has something to correct
    current = articles.get(article.id)
    articles.save(
        article.id,
        ArticleChanges(title=current.title, body=current.body + " Tambahan.", category="Berita"),
        current.version,
    )
    return articles.get(article.id)


@pytest.mark.parametrize("action", [a.value for a in Action])
@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("role", ROLES)
def test_transition_matrix(articles, workflow, people, role, status, action):
    article = _bring_to(articles, workflow, people, status)
    changes_before = StatusChange.select().where(StatusChange.article == article.id).count()
    person = people[role]
    target = TRANSITIONS.get((action, status))
    refusal = LIVE_REFUSALS.get(action) if status == "published" else None
    if refusal is None:
        refusal = "not_live" if action in LIVE_ONLY else "wrong_status"
    # the header offers exactly what the core allows
    offered = {a.value for a in available_actions(person, article)}
    assert (action in offered) == (role in ALLOWED_ROLES[action] and target is not None)
    if role not in ALLOWED_ROLES[action]:
        with pytest.raises(PermissionDenied) as info:
            workflow.perform(article.id, action, as_person(person), **_args(action))
        assert info.value.action == action
        expected = None
    elif target is None:
        with pytest.raises(InvalidTransition) as info:
            workflow.perform(article.id, action, as_person(person), **_args(action))
        assert info.value.reason == refusal
        assert info.value.status == status
        expected = None
    else:
        after = workflow.perform(article.id, action, as_person(person), **_args(action))
        assert after.status == target
        expected = target
    after = articles.get(article.id)
    trail = workflow.audit_trail(article.id)
    if expected is None:
        assert after.status == status, "a refused action changed nothing"
        assert len(trail) == changes_before
    else:
        assert len(trail) == changes_before + 1
        last = trail[-1]
        assert (last.from_status, last.to_status, last.actor_id) == (status, target, person.id)
        newest = (
            Revision.select().where(Revision.article == article.id).order_by(Revision.number.desc()).first()
        )
        assert newest.reason == REVISION_REASONS.get(action, action)
        assert newest.author_id == person.id


def test_available_actions_per_role(articles, workflow, people):
    article = _bring_to(articles, workflow, people, "in_review")
    assert available_actions(people["writer"], article) == []
    assert available_actions(people["editor"], article) == [Action.REQUEST_CHANGES, Action.APPROVE]
    draft = _article(articles, "Draf")
    assert available_actions(people["writer"], draft) == [Action.SUBMIT]
    assert available_actions(None, draft) == []
    published = _bring_to(articles, workflow, people, "published")  # live, edited since
    assert Action.PUBLISH_CHANGES not in available_actions(people["editor"], published)
    assert Action.CORRECT in available_actions(people["writer"], published)


def test_request_changes_needs_a_note(articles, workflow, people):
    article = _bring_to(articles, workflow, people, "in_review")
    for note in ("", "   "):
        with pytest.raises(InvalidTransition) as info:
            workflow.perform(article.id, "request_changes", as_person(people["editor"]), note=note)
        assert info.value.reason == "note_required"
    assert articles.get(article.id).status == "in_review"
    workflow.perform(article.id, "request_changes", as_person(people["editor"]), note="Cek nama.")
    assert workflow.audit_trail(article.id)[-1].note == "Cek nama."


def test_deactivated_people_and_trashed_articles_are_refused(database, articles, workflow, people, admin):
    article = _article(articles)
    editor = as_person(people["editor"])  # signed in, then deactivated
    PeopleService(database).update(admin, people["editor"].id, active=False)
    with pytest.raises(PermissionDenied):
        workflow.perform(article.id, "submit", editor)
    articles.trash(article.id)
    with pytest.raises(InvalidTransition) as info:
        workflow.perform(article.id, "submit", as_person(people["writer"]))
    assert info.value.reason == "in_trash"


def _png(color=(200, 30, 30)) -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), color).save(buffer, "PNG")
    return buffer.getvalue()


def test_approval_uses_the_media_library_for_alt_text(database, articles, workflow, people):
    from desktop_app.core.media import AssetService

    assets = AssetService(database)
    asset = assets.import_bytes(_png(), "foto-rapat.png").asset
    article = articles.create(ArticleChanges(title="Rapat", body=f"![](asset:{asset.uuid})"))
    workflow.perform(article.id, "submit", as_person(people["writer"]))
    with pytest.raises(InvalidTransition) as info:
        workflow.perform(article.id, "approve", as_person(people["editor"]))
    assert info.value.reason == "missing_alt_text"
    assert info.value.detail == "foto-rapat.png"
    assets.update_metadata(asset.id, alt_text="Peserta rapat staf", caption="", credit="")
    assert workflow.perform(article.id, "approve", as_person(people["editor"])).status == "approved"


def test_approval_needs_the_featured_image_described_too(database, articles, workflow, people):
    from desktop_app.core.media import AssetService

    assets = AssetService(database)
    described = assets.import_bytes(_png((1, 2, 3)), "isi.png").asset
    assets.update_metadata(described.id, alt_text="Gedung dinas", caption="", credit="")
    featured = assets.import_bytes(_png((3, 2, 1)), "utama.png").asset
    article = articles.create(
        ArticleChanges(
            title="Rapat", body=f"![Gedung dinas](asset:{described.uuid})", featured_image_id=featured.id
        )
    )
    workflow.perform(article.id, "submit", as_person(people["writer"]))
    with pytest.raises(InvalidTransition) as info:
        workflow.perform(article.id, "approve", as_person(people["editor"]))
    assert info.value.reason == "missing_alt_text"
    assert info.value.detail == "utama.png"
    assets.update_metadata(featured.id, alt_text="Kepala dinas berpidato", caption="", credit="")
    assert workflow.perform(article.id, "approve", as_person(people["editor"])).status == "approved"


def test_stale_expected_status_is_refused(articles, workflow, people):
    article = _bring_to(articles, workflow, people, "in_review")
    workflow.perform(article.id, "approve", as_person(people["editor"]), expected_status="in_review")
    with pytest.raises(InvalidTransition) as info:
        workflow.perform(
            article.id, "request_changes", as_person(people["admin"]), note="x", expected_status="in_review"
        )
    assert info.value.reason == "status_changed"
    assert info.value.status == "approved"
    last = workflow.audit_trail(article.id)[-1]
    assert (last.refused, last.from_status, last.to_status, last.actor_id) == (
        True,
        "in_review",
        "changes_requested",
        people["admin"].id,
    )
    assert articles.get(article.id).status == "approved"


def test_publishing_freezes_the_revision(articles, workflow, people):
    article = _bring_to(articles, workflow, people, "approved")  # edited after approval
    approved = Revision.get((Revision.article == article.id) & (Revision.reason == "approve"))
    assert approved.body != article.body
    assert changed_since_approval(article.id)
    published = workflow.perform(article.id, "publish", as_person(people["editor"]))
    assert published.published_revision is not None
    assert published.published_at is not None
    assert is_live(published)
    assert Article.select().where(live_condition() & (Article.id == article.id)).exists()
    frozen = published_snapshot(article.id)
    assert frozen["body"] == approved.body, "the approved text goes online, not later edits"
    assert changed_since_publication(article.id)

    # a live article's text changes only through a public correction
    with pytest.raises(InvalidTransition) as info:
        workflow.perform(article.id, "publish_changes", as_person(people["editor"]))
    assert info.value.reason == "correction_required"
    with pytest.raises(InvalidTransition) as info:
        workflow.perform(article.id, "unpublish", as_person(people["editor"]))
    assert info.value.reason == "takedown_required"
    assert published_snapshot(article.id) == frozen, "the website text did not change"


def test_publish_changes_updates_a_scheduled_article_not_yet_live(articles, workflow, people):
    article = _bring_to(articles, workflow, people, "approved")
    when = utcnow() + FUTURE
    scheduled = workflow.perform(article.id, "schedule", as_person(people["editor"]), publish_at=when)
    assert changed_since_publication(article.id)  # (edited after approval)
    assert Action.PUBLISH_CHANGES in available_actions(people["editor"], scheduled)
    assert Action.CORRECT not in available_actions(people["editor"], scheduled), "nothing public yet"
    brought = workflow.perform(article.id, "publish_changes", as_person(people["editor"]))
    assert published_snapshot(article.id)["body"] == brought.body
    assert brought.publish_at == when, "the schedule holds"
    assert not changed_since_publication(article.id)
    with pytest.raises(InvalidTransition) as info:
        workflow.perform(article.id, "publish_changes", as_person(people["editor"]))
    assert info.value.reason == "not_changed_since_publication"
    with pytest.raises(InvalidTransition) as info:
        workflow.perform(article.id, "takedown", as_person(people["editor"]), note="Salah.")
    assert info.value.reason == "not_live"
    back = workflow.perform(article.id, "unpublish", as_person(people["editor"]))
    assert back.status == "approved"
    assert not is_live(back)
    republished = workflow.perform(article.id, "publish", as_person(people["editor"]))
    assert published_snapshot(article.id)["body"] == brought.body
    assert not changed_since_publication(republished.id)


def test_scheduled_counts_as_published_only_from_its_time(articles, workflow, people):
    article = _bring_to(articles, workflow, people, "approved")
    with pytest.raises(InvalidTransition) as info:
        workflow.perform(
            article.id,
            "schedule",
            as_person(people["editor"]),
            publish_at=utcnow() - _dt.timedelta(minutes=1),
        )
    assert info.value.reason == "publish_at_not_in_future"
    when = utcnow() + FUTURE
    scheduled = workflow.perform(article.id, "schedule", as_person(people["editor"]), publish_at=when)
    assert scheduled.status == "published"
    assert display_status(scheduled.status, scheduled.publish_at) == "scheduled"
    assert not is_live(scheduled)
    assert not Article.select().where(live_condition() & (Article.id == article.id)).exists()
    later = when + _dt.timedelta(seconds=1)
    assert is_live(scheduled, now=later)
    assert display_status(scheduled.status, scheduled.publish_at, now=later) == "published"
    assert Article.select().where(live_condition(later) & (Article.id == article.id)).exists()
    assert workflow.scheduled_count() == 1
    cancelled = workflow.perform(article.id, "unpublish", as_person(people["editor"]))
    assert cancelled.status == "approved"
    assert cancelled.publish_at is None


def test_an_embargo_on_the_article_holds_when_publishing(articles, workflow, people):
    when = utcnow() + FUTURE
    article = articles.create(ArticleChanges(title="Embargo", body="x", publish_at=when))
    for action in ("submit", "approve", "publish"):
        article = workflow.perform(article.id, action, as_person(people["editor"]))
    assert display_status(article.status, article.publish_at) == "scheduled"
    assert not is_live(article)


def test_status_change_bumps_the_version_and_a_stale_expected_version_is_refused(articles, workflow, people):
    article = _article(articles)
    after = workflow.perform(
        article.id, "submit", as_person(people["writer"]), expected_version=article.version
    )
    assert after.version == article.version + 1
    with pytest.raises(InvalidTransition) as info:
        workflow.perform(article.id, "approve", as_person(people["editor"]), expected_version=article.version)
    assert info.value.reason == "status_changed"


# -- two processes at once ------------------------------------------------------------------

RACER = r"""
import json, os, sys, time
from pathlib import Path
sys.path.insert(0, os.environ["REDAKSI_ROOT"])
from db.database import open_database
from desktop_app.core import workflow as wf
from desktop_app.core.auth import AuthService
from desktop_app.core.errors import RedaksiError
from desktop_app.core import checklist  # off, as in every test not about it (tests/conftest.py)
checklist.DEFAULT_LEVELS = {check: checklist.Level.OFF for check in checklist.Check}

target, article_id, person_name, action, me, folder = sys.argv[1:7]
folder = Path(folder)
database = open_database(target)
original = wf.check_action

def check_then_wait(*args, **kwargs):
    # both processes have read the article and passed every check before either writes
    original(*args, **kwargs)
    (folder / f"ready-{me}").touch()
    deadline = time.monotonic() + 60  # the other process died: give up rather than hang
    while len(list(folder.glob("ready-*"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.005)

wf.check_action = check_then_wait
actor = AuthService(database).sign_in(person_name, "kata-sandi-uji")  # tests.people_helpers
try:
    article = wf.WorkflowService(database).perform(int(article_id), action, actor,
                                               note="serentak", expected_status="in_review")
    result = {"outcome": "won", "status": article.status}
except RedaksiError as exc:
    result = {"outcome": "refused", "error": type(exc).__name__,
              "reason": getattr(exc, "reason", ""), "status": getattr(exc, "status", "")}
(folder / f"result-{me}.json").write_text(json.dumps(result))
"""


def test_two_processes_change_the_status_at_once(database, db_target, tmp_path, articles, people):
    article = articles.create(ArticleChanges(title="Serentak", body="x"))
    WorkflowService(database).perform(article.id, "submit", as_person(people["writer"]))
    script = tmp_path / "racer.py"
    script.write_text(RACER)
    env = dict(os.environ, REDAKSI_ROOT=str(ROOT))
    racers = [("approve", people["editor"]), ("request_changes", people["admin"])]
    for _action, person in racers:
        as_person(person)  # they get the tests' password
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                str(script),
                db_target,
                str(article.id),
                person.name,
                action,
                str(n),
                str(tmp_path),
            ],
            env=env,
        )
        for n, (action, person) in enumerate(racers)
    ]
    for proc in procs:
        assert proc.wait(timeout=120) == 0
    results = [json.loads((tmp_path / f"result-{n}.json").read_text()) for n in range(2)]
    winners = [r for r in results if r["outcome"] == "won"]
    losers = [r for r in results if r["outcome"] == "refused"]
    assert len(winners) == 1, results
    assert len(losers) == 1, results
    assert losers[0] == {
        "outcome": "refused",
        "error": "InvalidTransition",
        "reason": "status_changed",
        "status": winners[0]["status"],
    }
    final = articles.get(article.id)
    assert final.status == winners[0]["status"]
    trail = WorkflowService(database).audit_trail(article.id)
    done = [(c.from_status, c.to_status) for c in trail if not c.refused]
    assert done == [("draft", "in_review"), ("in_review", winners[0]["status"])]
    [refusal] = [c for c in trail if c.refused]
    assert refusal.from_status == "in_review"
    assert refusal.to_status != winners[0]["status"], "the loser's attempt is recorded as refused"
    assert final.version == article.version + 2


def test_people_keep_an_admin_and_authors_are_never_deleted(database, articles, workflow, people, admin):
    from desktop_app.core.comments import CommentService
    from desktop_app.core.errors import ValidationError

    service = PeopleService(database)
    with pytest.raises(ValidationError) as info:
        service.update(admin, people["admin"].id, role="editor")
    assert info.value.code == "last_admin"
    with pytest.raises(ValidationError):
        service.update(admin, people["admin"].id, active=False)
    second = service.create(admin, "Admin Kedua", "admin")
    with pytest.raises(ValidationError) as info:
        service.update(admin, people["admin"].id, active=False)
    assert info.value.code == "last_admin_password", "the other admin could not sign in"
    AuthService(database).set_password(admin, second.id, "sandi-admin-kedua")
    commenter = service.create(admin, "Pemberi Komentar", "editor")
    actor = service.create(admin, "Pelaku", "editor")
    nobody = service.create(admin, "Belum Menulis", "writer")
    for person in (commenter, actor, people["writer"]):
        as_person(person)  # signed in by the first admin, before they are deactivated
    assert service.update(admin, people["admin"].id, active=False).active is False
    assert service.get(second.id).role == "admin"
    admin = AuthService(database).sign_in("Admin Kedua", "sandi-admin-kedua")

    article = _article(articles)
    CommentService(database).add(article.id, as_person(commenter), "Cek judul.")
    workflow.perform(article.id, "submit", as_person(actor))
    for person in (commenter, actor, people["writer"]):
        if person is people["writer"]:
            articles.save(
                article.id,
                ArticleChanges(title="Baru"),
                articles.get(article.id).version,
                actor=as_person(person),
                reason="save",
            )
        with pytest.raises(ValidationError) as info:
            service.delete(admin, person.id)
        assert info.value.code == "person_has_articles"
    service.delete(admin, nobody.id)
    assert nobody.id not in [p.id for p in service.list(include_inactive=True)]


def test_publishing_renders_the_frozen_text_once_for_the_website(articles, workflow, people):
    from db import render_cache
    from desktop_app.core.export.rendered import body_sha256
    from desktop_app.core.rendering import RENDERER_VERSION, render_body

    article = _bring_to(articles, workflow, people, "approved")
    workflow.perform(article.id, "publish", as_person(people["editor"]))
    frozen = published_snapshot(article.id)["body"]
    cached = render_cache.fetch([body_sha256(frozen)], RENDERER_VERSION)
    assert cached == {body_sha256(frozen): render_body(frozen)}
    # and its facts, so that an export does not even read the body
    from db.models import Article, Revision

    number = Article.get_by_id(article.id).published_revision
    uuid = Revision.get((Revision.article == article.id) & (Revision.number == number)).uuid
    assert render_cache.fetch_facts([uuid]) == {uuid: (body_sha256(frozen), [])}
