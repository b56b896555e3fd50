"""Sends to WordPress are in the signed audit trail: a post published, updated or withdrawn, and
a send refused for good, each leave a record of who sent which revision to which site and post,
signed by the sender, in the chain that ``redaksi verify`` checks. A small WordPress in memory
stands in for the site (the live one: tests/wordpress/test_publish_live.py)."""

from __future__ import annotations

import pytest

from db.models import StatusChange
from desktop_app.core.audit import content_digest, verify_trail
from desktop_app.core.wordpress import outbox, send_records
from desktop_app.core.wordpress.client import Answer, WordPressClient
from desktop_app.core.wordpress.config import WordPressSettings, save_wordpress_settings
from desktop_app.core.wordpress.errors import WordPressError
from tests.people_helpers import admin_of
from tests.wordpress.helpers import editor_of, published

SITE = "https://kominfo.example.go.id"


class MemoryWordPress(WordPressClient):
    """Posts kept in a dict; ``refuse`` makes every request fail with that error."""

    def __init__(self) -> None:
        super().__init__(SITE, "redaksi", "sandi aplikasi")
        self.posts: dict[int, dict] = {}
        self.refuse: WordPressError | None = None

    def _post(self, post_id: int) -> dict:
        return {"id": post_id, "link": f"{SITE}/?p={post_id}", **self.posts[post_id]}

    def get(self, route, query=None):
        if self.refuse is not None:
            raise self.refuse
        post_id = int(route.rsplit("/", 1)[1])
        if post_id not in self.posts:
            raise WordPressError("not_found", route, status=404)
        return Answer(200, {}, self._post(post_id))

    def post_json(self, route, payload, query=None):
        if self.refuse is not None:
            raise self.refuse
        tail = route.rsplit("/", 1)[1]
        post_id = int(tail) if tail.isdigit() else 100 + len(self.posts)
        modified = f"2026-12-05T0{len(self.posts)}:00:00"
        self.posts[post_id] = {**self.posts.get(post_id, {}), **payload, "modified_gmt": modified}
        return Answer(200, {}, self._post(post_id))

    def upload(self, filename, mime_type, data):
        raise AssertionError("no images here")


@pytest.fixture
def site(database):
    save_wordpress_settings(database, WordPressSettings(SITE, "redaksi"), actor=admin_of(database))
    return MemoryWordPress()


def _records(article_id: int) -> list[StatusChange]:
    return list(
        StatusChange.select()
        .where((StatusChange.article == article_id) & StatusChange.action.in_(send_records.ACTIONS))
        .order_by(StatusChange.id)
    )


def test_a_post_published_updated_and_withdrawn_is_signed_in_the_trail(database, site):
    article = published(database, "Bupati Resmikan Jembatan")
    editor = editor_of(database)
    assert outbox.process_queue(database, client=site, actor=editor).sent == [article.id]
    outbox.queue_send(article.id, "publish", editor.person_id)  # sent again (an update)
    outbox.process_queue(database, client=site, actor=editor)
    outbox.queue_send(article.id, "unpublish", editor.person_id)
    outbox.process_queue(database, client=site, actor=editor)

    records = _records(article.id)
    assert [r.action for r in records] == [
        send_records.PUBLISHED,
        send_records.UPDATED,
        send_records.WITHDRAWN,
    ]
    first = records[0]
    assert first.actor_id == editor.person_id
    assert first.signature
    assert first.from_status == first.to_status == "published"
    note = send_records.describe_note(first.note)
    assert note == send_records.SendNote(SITE, 100, f"{SITE}/?p=100")
    # the signature covers the exact text that went to the site
    from db.models import Revision

    sent = Revision.get((Revision.article == article.id) & (Revision.number == first.revision))
    assert first.revision == article.published_revision
    assert first.content_sha256 == content_digest(sent)
    assert send_records.describe_note(records[2].note).post_id == 100

    report = verify_trail()
    assert report.ok
    verdicts = {r.id: r.verdict for r in report.records if r.table == "status_change"}
    assert all(verdicts[r.id] == "valid" for r in records)


def test_a_send_record_changed_afterwards_no_longer_verifies(database, site):
    article = published(database, "Festival Budaya Digelar")
    outbox.process_queue(database, client=site, actor=editor_of(database))
    record = _records(article.id)[0]
    StatusChange.update(note=send_records.encode_note(send_records.SendNote(SITE, 999))).where(
        StatusChange.id == record.id
    ).execute()
    report = verify_trail()
    assert not report.ok
    (check,) = [r for r in report.records if r.id == record.id and r.table == "status_change"]
    assert check.verdict == "invalid"


def test_a_send_refused_for_good_is_recorded_and_one_retried_is_not(database, site):
    article = published(database, "Rapat Koordinasi")
    editor = editor_of(database)
    site.refuse = WordPressError("offline", "no route to host")
    assert outbox.process_queue(database, client=site, actor=editor).retrying
    assert _records(article.id) == []  # it is tried again by itself: nothing to account for yet
    site.refuse = WordPressError("forbidden", "rest_cannot_create", status=403, permission="publish_posts")
    outbox.retry(article.id)
    assert outbox.process_queue(database, client=site, actor=editor).failed
    (record,) = _records(article.id)
    assert record.action == send_records.FAILED
    assert record.signature
    assert send_records.describe_note(record.note) == send_records.SendNote(
        SITE, None, problem="forbidden", permission="publish_posts"
    )
    assert verify_trail().ok


def test_without_a_signed_in_sender_the_record_is_the_publishers_unsigned(database, site):
    """``redaksi wordpress send`` with nobody signed in: the send is still accounted for."""
    article = published(database, "Pelatihan Jurnalistik")
    outbox.process_queue(database, client=site)
    (record,) = _records(article.id)
    assert record.actor_id == editor_of(database).person_id  # who published (asked for the send)
    assert not record.signature
    report = verify_trail()
    assert report.ok
    assert {r.id: r.verdict for r in report.records if r.table == "status_change"}[record.id] == "unsigned"


def test_the_record_reads_in_words(qapp):
    from desktop_app.labels import action_label
    from desktop_app.wordpress_messages import send_record_text

    note = send_records.encode_note(send_records.SendNote(SITE + "/", 12, f"{SITE}/?p=12"))
    assert action_label(send_records.PUBLISHED) == "Published on WordPress"
    assert send_record_text(send_records.PUBLISHED, note) == f"post 12 on {SITE}/: {SITE}/?p=12"
    failed = send_records.encode_note(send_records.SendNote(SITE, None, problem="auth_failed"))
    assert send_record_text(send_records.FAILED, failed).startswith(f"Not sent to {SITE}: WordPress refused")
    assert send_record_text("approve", "Sudah sesuai.") == "Sudah sesuai."


def test_the_history_panel_shows_the_send_in_indonesian(qtbot, qapp, database, db_target, site, tmp_path):
    from desktop_app import i18n
    from desktop_app.services import make_services
    from desktop_app.settings import Settings
    from desktop_app.ui.workflow.controller import WorkflowController
    from desktop_app.ui.workflow.history import HistoryPanel

    article = published(database, "Bupati Resmikan Jembatan")
    outbox.process_queue(database, client=site, actor=editor_of(database))
    i18n.install_translators(qapp, "id")
    try:
        controller = WorkflowController(
            make_services(database, db_target), Settings(tmp_path / "config"), "k"
        )
        controller.set_article(controller.articles.get(article.id))
        panel = HistoryPanel(controller)
        qtbot.addWidget(panel)
        panel.refresh()
        top = panel.audit_list.topLevelItem(0)  # newest first
        assert top.text(0) == "Terbit di WordPress  ✓"  # (the status stayed: not "Terbit → Terbit")
        assert top.text(1) == f"tulisan 100 di {SITE}: {SITE}/?p=100"
        assert top.text(2) == "Redaktur WordPress"
    finally:
        i18n.remove_translators(qapp)


def test_a_send_record_travels_in_a_review_package_and_verifies_there(tmp_path):
    """The laptop that reviews the office's articles learns of the office's sends too."""
    from desktop_app.core.packages import import_package, make_plan, pack, read_package
    from tests.packages.helpers import office

    kantor = office(str(tmp_path / "kantor.db"), "Budi Redaktur", "editor")
    laptop = office(str(tmp_path / "laptop.db"), "Sari Kepala", "editor")
    try:
        with kantor.use():
            save_wordpress_settings(
                kantor.database, WordPressSettings(SITE, "redaksi"), actor=kantor.others["admin"]
            )
            article = kantor.write("Bupati Resmikan Jembatan", "Jembatan baru dibuka.")
            for action in ("submit", "approve", "publish"):
                kantor.workflow.perform(article, action, kantor.person)
            outbox.process_queue(kantor.database, client=MemoryWordPress(), actor=kantor.person)
            package = pack([article], kantor.person, tmp_path / "naskah.redaksi").path
        with laptop.use():
            incoming = read_package(package)
            [planned] = make_plan(incoming).articles
            sent = [r for r in planned.records if r.action == send_records.PUBLISHED]
            assert [(r.accepted, r.actor) for r in sent] == [(True, "Budi Redaktur")]
            import_package(incoming, laptop.person)
            (record,) = StatusChange.select().where(StatusChange.action == send_records.PUBLISHED)
            assert send_records.describe_note(record.note).post_id == 100
            assert verify_trail().ok
    finally:
        kantor.database.close()
        laptop.database.close()
