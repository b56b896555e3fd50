"""Public corrections ("Ralat") of live articles, on SQLite and PostgreSQL: proposing with a
public note, approving (the corrected text goes live, the old versions stay in History),
rejecting, bad input, the audit trail, and what the website shows (page, feeds, JSON-LD)."""

from __future__ import annotations

import datetime as _dt
import json
import re

import feedparser
import pytest

from db.models import Correction, Revision, StatusChange
from desktop_app.core.corrections import CorrectionService, approved_corrections
from desktop_app.core.errors import InvalidTransition, PermissionDenied
from desktop_app.core.export import export_site
from desktop_app.core.models import ArticleChanges
from desktop_app.core.people import PeopleService
from desktop_app.core.site_settings import SiteSettings, save_site_settings
from desktop_app.core.snapshots import published_snapshot
from desktop_app.core.workflow import Action, WorkflowService, available_actions
from tests.people_helpers import admin_of, as_person

NOTE = "Tertulis “di rumuskan”, seharusnya “dirumuskan”."


@pytest.fixture
def people(database):
    admin = admin_of(database, "Orang admin")
    service = PeopleService(database)
    return {
        "writer": service.create(admin, "Penulis Satu", "writer"),
        "editor": service.create(admin, "Redaktur Satu", "editor"),
    }


@pytest.fixture
def workflow(database):
    return WorkflowService(database)


def _live(articles, workflow, people, body="Kebijakan itu di rumuskan bersama."):
    article = articles.create(ArticleChanges(title="Kebijakan SPBE", body=body, category="Berita"))
    editor = as_person(people["editor"])
    for action in ("submit", "approve", "publish"):
        workflow.perform(article.id, action, editor)
    return articles.get(article.id)


def _edit(articles, article_id, body):
    current = articles.get(article_id)
    articles.save(
        article_id, ArticleChanges(title=current.title, body=body, category="Berita"), current.version
    )
    return articles.get(article_id)


def test_a_correction_is_proposed_approved_and_kept(articles, workflow, people):
    article = _live(articles, workflow, people)
    first_published = article.published_revision
    edited = _edit(articles, article.id, "Kebijakan itu dirumuskan bersama.")
    writer = people["writer"]
    assert Action.CORRECT in available_actions(writer, edited)
    assert Action.APPROVE_CORRECTION not in available_actions(people["editor"], edited)

    proposed = workflow.perform(article.id, "correct", as_person(writer), note=f"  {NOTE}  ")
    assert proposed.status == "published"
    assert proposed.published_revision == first_published, "the website keeps the old text"
    assert published_snapshot(article.id)["body"] == "Kebijakan itu di rumuskan bersama."
    pending = CorrectionService(articles.db).pending(article.id)
    assert pending is not None
    assert (pending.note, pending.state, pending.proposed_by) == (NOTE, "pending", writer.name)
    # one pending correction at a time; the editors see approve / reject, not "correct" again
    assert available_actions(people["editor"], proposed)[:2] == [
        Action.APPROVE_CORRECTION,
        Action.REJECT_CORRECTION,
    ]
    assert Action.CORRECT not in available_actions(writer, proposed)
    with pytest.raises(InvalidTransition) as info:
        workflow.perform(article.id, "correct", as_person(writer), note="Lagi.")
    assert info.value.reason == "correction_pending"
    with pytest.raises(PermissionDenied):
        workflow.perform(article.id, "approve_correction", as_person(writer))

    approved = workflow.perform(article.id, "approve_correction", as_person(people["editor"]))
    assert approved.status == "published"
    assert approved.published_revision > first_published
    assert approved.published_at == article.published_at, "first publication date kept"
    assert published_snapshot(article.id)["body"] == "Kebijakan itu dirumuskan bersama."
    [done] = CorrectionService(articles.db).corrections(article.id)
    assert (done.state, done.decided_by, done.published_revision) == (
        "approved",
        people["editor"].name,
        approved.published_revision,
    )
    # every published version stays in History, marked
    published = CorrectionService(articles.db).published_revisions(article.id)
    assert {first_published, approved.published_revision} <= published
    old = Revision.get((Revision.article == article.id) & (Revision.number == first_published))
    assert old.body == "Kebijakan itu di rumuskan bersama."
    # the audit trail: signed published → published records with the action and the note
    trail = workflow.audit_trail(article.id)[-2:]
    assert [(c.action, c.from_status, c.to_status, c.note, c.signed) for c in trail] == [
        ("correct", "published", "published", NOTE, True),
        ("approve_correction", "published", "published", NOTE, True),
    ]
    assert [c.actor for c in trail] == [writer.name, people["editor"].name]
    assert [v for v in workflow.verification_of(article.id).values()] == ["valid"] * len(
        workflow.audit_trail(article.id)
    )
    website = approved_corrections([article.id])[article.id]
    assert [(c.note, c.approver) for c in website] == [(NOTE, people["editor"].name)]
    # asked for every live article of a large archive (read another way): the same answer,
    # and nothing for the articles not asked for
    many = [article.id, *range(article.id + 1, article.id + 500)]
    assert approved_corrections(many) == {article.id: website}
    assert approved_corrections(range(article.id + 1, article.id + 500)) == {}


def test_a_rejected_correction_leaves_the_website_alone(articles, workflow, people):
    article = _live(articles, workflow, people)
    _edit(articles, article.id, "Teks yang salah ralat.")
    workflow.perform(article.id, "correct", as_person(people["writer"]), note=NOTE)
    for note in ("", "  "):
        with pytest.raises(InvalidTransition) as info:
            workflow.perform(article.id, "reject_correction", as_person(people["editor"]), note=note)
        assert info.value.reason == "note_required"
    rejected = workflow.perform(
        article.id, "reject_correction", as_person(people["editor"]), note="Ralatnya keliru."
    )
    assert rejected.published_revision == article.published_revision
    assert rejected.body == "Teks yang salah ralat.", "the edited text stays as the working copy"
    [gone] = CorrectionService(articles.db).corrections(article.id)
    assert (gone.state, gone.decision_note) == ("rejected", "Ralatnya keliru.")
    assert approved_corrections([article.id]) == {}
    # it can be corrected again
    assert Action.CORRECT in available_actions(people["writer"], rejected)


@pytest.mark.parametrize("note", ["", "   \n\t"])
def test_a_correction_needs_a_public_note_and_a_change(articles, workflow, people, note):
    article = _live(articles, workflow, people)
    with pytest.raises(InvalidTransition) as info:
        workflow.perform(article.id, "correct", as_person(people["writer"]), note=NOTE)
    assert info.value.reason == "not_changed_since_publication"
    _edit(articles, article.id, "Kebijakan itu dirumuskan.")
    before = StatusChange.select().count(), Revision.select().count()
    with pytest.raises(InvalidTransition) as info:
        workflow.perform(article.id, "correct", as_person(people["writer"]), note=note)
    assert info.value.reason == "public_note_required"
    assert (StatusChange.select().count(), Revision.select().count()) == before, "nothing changed"
    assert not Correction.select().exists()


def test_only_a_live_article_is_corrected(articles, workflow, people):
    draft = articles.create(ArticleChanges(title="Draf", body="x", category="Berita"))
    with pytest.raises(InvalidTransition) as info:
        workflow.perform(draft.id, "correct", as_person(people["writer"]), note=NOTE)
    assert info.value.reason == "not_live"
    assert not Correction.select().exists()


def _site(database, language="id"):
    save_site_settings(
        database,
        SiteSettings(title="Diskominfo Contoh", base_url="https://kominfo.contoh.go.id/", language=language),
        actor=admin_of(database, "Orang admin"),
    )


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_website_shows_the_correction(database, articles, workflow, people, tmp_path, language):
    _site(database, language)
    article = _live(articles, workflow, people)
    out = tmp_path / "site"
    export_site(database, out)
    page_path = out / "berita" / f"{article.slug}.html"
    before = page_path.read_text(encoding="utf-8")
    assert 'class="correction"' not in before
    first_feed = feedparser.parse((out / "atom.xml").read_text(encoding="utf-8"))

    _edit(articles, article.id, "Kebijakan itu dirumuskan bersama.")
    later = article.published_at + _dt.timedelta(days=1)
    workflow.perform(article.id, "correct", as_person(people["writer"]), note=NOTE, now=later)
    export_site(database, out, now=later)
    assert page_path.read_text(encoding="utf-8") == before, "a pending correction is not public"
    workflow.perform(article.id, "approve_correction", as_person(people["editor"]), now=later)
    result = export_site(database, out, now=later)
    assert f"berita/{article.slug}.html" in result.written, "the incremental export noticed it"

    page = page_path.read_text(encoding="utf-8")
    aside = re.search(r'<aside class="correction".*?</aside>', page, re.S).group(0)
    text = re.sub(r"<[^>]+>", "", aside)
    text = " ".join(text.replace("&#34;", '"').split())
    label, by = ("Ralat", "disetujui oleh") if language == "id" else ("Correction", "approved by")
    assert re.search(rf"{label}, \d+ \w+ \d{{4}}: ", text), text
    assert NOTE.replace("“", "").replace("”", "") in text.replace("“", "").replace("”", "")
    assert f"({by} {people['editor'].name})" in text
    assert page.index('class="correction"') < page.index('class="article-body"'), "at the top"
    assert "dirumuskan bersama" in page
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
    [comment] = ld["correction"]
    assert comment["@type"] == "CorrectionComment"
    assert comment["text"] == NOTE
    assert comment["datePublished"] == ld["dateModified"], "modified when the correction was approved"
    assert ld["dateModified"] > ld["datePublished"]

    atom = feedparser.parse((out / "atom.xml").read_text(encoding="utf-8"))
    [entry] = atom.entries
    assert entry.updated > first_feed.entries[0].updated
    assert entry.updated == comment["datePublished"], "the entry is updated when the correction is"
    content = entry.content[0].value
    assert content.startswith("<p><strong>" + label)
    assert "dirumuskan" in content
    assert "rumuskan bersama" in content
    rss = feedparser.parse((out / "rss.xml").read_text(encoding="utf-8"))
    assert rss.entries[0].description.startswith("<p><strong>" + label)


def test_the_single_article_page_shows_the_correction(database, articles, workflow, people):
    from desktop_app.core.export.single import article_standalone

    _site(database)
    article = _live(articles, workflow, people)
    _edit(articles, article.id, "Kebijakan itu dirumuskan bersama.")
    workflow.perform(article.id, "correct", as_person(people["writer"]), note=NOTE)
    assert 'class="correction"' not in article_standalone(database, article.id)
    workflow.perform(article.id, "approve_correction", as_person(people["editor"]))
    page = article_standalone(database, article.id)
    assert '<aside class="correction"' in page
    assert "disetujui oleh Redaktur Satu" in page


def test_newest_correction_first(database, articles, workflow, people, tmp_path):
    _site(database)
    article = _live(articles, workflow, people)
    editor = as_person(people["editor"])
    when = article.published_at
    for n, note in enumerate(("Ralat pertama.", "Ralat kedua.")):
        _edit(articles, article.id, f"Teks versi {n}.")
        workflow.perform(article.id, "correct", editor, note=note, now=when + _dt.timedelta(days=n + 1))
        workflow.perform(article.id, "approve_correction", editor, now=when + _dt.timedelta(days=n + 1))
    out = tmp_path / "site"
    export_site(database, out, now=when + _dt.timedelta(days=5))
    page = (out / "berita" / f"{article.slug}.html").read_text(encoding="utf-8")
    assert page.index("Ralat kedua.") < page.index("Ralat pertama.")


def test_a_waiting_correction_is_for_the_editors(database, articles, workflow, people):
    from desktop_app.core.models import HeadlineQuery

    article = _live(articles, workflow, people)
    _edit(articles, article.id, "Kebijakan itu dirumuskan bersama.")

    def waiting(role):
        return [h.id for h in articles.list_headlines(HeadlineQuery(waiting_on=people[role].id))]

    assert waiting("editor") == []
    workflow.perform(article.id, "correct", as_person(people["writer"]), note=NOTE)
    assert waiting("editor") == [article.id]
    assert waiting("writer") == []
    workflow.perform(article.id, "approve_correction", as_person(people["editor"]))
    assert waiting("editor") == []


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
    # both processes have read the article and its pending correction before either writes
    original(*args, **kwargs)
    (folder / f"ready-{me}").touch()
    deadline = time.monotonic() + 60
    while len(list(folder.glob("ready-*"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.005)

wf.check_action = check_then_wait
actor = AuthService(database).sign_in(person_name, "kata-sandi-uji")  # tests.people_helpers
try:
    article = wf.WorkflowService(database).perform(int(article_id), action, actor, note="Serentak.")
    result = {"outcome": "won"}
except RedaksiError as exc:
    result = {"outcome": "refused", "reason": getattr(exc, "reason", "")}
(folder / f"result-{me}.json").write_text(json.dumps(result))
"""


def test_two_editors_decide_one_correction_at_once(database, db_target, tmp_path, articles, workflow, people):
    import os
    import subprocess
    import sys
    from pathlib import Path

    article = _live(articles, workflow, people)
    _edit(articles, article.id, "Kebijakan itu dirumuskan bersama.")
    workflow.perform(article.id, "correct", as_person(people["writer"]), note=NOTE)
    second = PeopleService(database).create(admin_of(database, "Orang admin"), "Redaktur Dua", "editor")
    as_person(second)  # (the tests' password)
    script = tmp_path / "racer.py"
    script.write_text(RACER)
    env = dict(os.environ, REDAKSI_ROOT=str(Path(__file__).resolve().parents[2]))
    racers = [("approve_correction", people["editor"]), ("reject_correction", second)]
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
    assert sorted(r["outcome"] for r in results) == ["refused", "won"], results
    [lost] = [r for r in results if r["outcome"] == "refused"]
    assert lost["reason"] == "no_pending_correction"
    [decided] = CorrectionService(database).corrections(article.id)
    assert decided.state in ("approved", "rejected")
    decisions = [c.action for c in workflow.audit_trail(article.id) if c.action.endswith("_correction")]
    assert len(decisions) == 1, "one decision recorded, not two"
