"""The parts of WordPress publishing that need no WordPress: the password's storage, the retry
schedule, addresses, how refusals are named, and what the workflow queues."""

from __future__ import annotations

import datetime as _dt
import json
import stat

import pytest

from desktop_app.core.wordpress import outbox
from desktop_app.core.wordpress.client import _http_error, normalize_site_url
from desktop_app.core.wordpress.config import PasswordStore
from desktop_app.core.wordpress.errors import WordPressError


class MemoryKeyring:
    """A keyring backend that works (as Secret Service, Keychain or Windows' vault do)."""

    priority = 5

    def __init__(self):
        self.secrets = {}

    def get_password(self, service, name):
        return self.secrets.get((service, name))

    def set_password(self, service, name, password):
        self.secrets[(service, name)] = password

    def delete_password(self, service, name):
        self.secrets.pop((service, name), None)


def test_without_a_keyring_the_password_is_in_a_file_only_its_owner_reads(tmp_path):
    store = PasswordStore(tmp_path, use_keyring=False)
    assert not store.in_keyring
    store.set("https://situs.example", "redaksi", "abcd efgh ijkl mnop")
    assert store.get("https://situs.example", "redaksi") == "abcd efgh ijkl mnop"
    assert stat.S_IMODE(store.file.stat().st_mode) == 0o600
    assert json.loads(store.file.read_text()) == {"redaksi@https://situs.example": "abcd efgh ijkl mnop"}
    store.set("https://situs.example", "redaksi", "")
    assert store.get("https://situs.example", "redaksi") == ""


def test_with_a_keyring_the_password_stays_out_of_the_settings_folder(tmp_path, monkeypatch):
    from desktop_app.core import secret_store

    keyring = MemoryKeyring()
    monkeypatch.setattr(secret_store, "usable_keyring", lambda: keyring)
    store = PasswordStore(tmp_path)
    assert store.in_keyring
    store.set("https://situs.example", "redaksi", "rahasia-aplikasi")
    assert keyring.secrets == {("Redaksi WordPress", "redaksi@https://situs.example"): "rahasia-aplikasi"}
    assert not store.file.exists()
    assert PasswordStore(tmp_path).get("https://situs.example", "redaksi") == "rahasia-aplikasi"


def test_a_password_with_a_control_character_is_refused(tmp_path):
    from desktop_app.core.errors import ValidationError

    with pytest.raises(ValidationError):
        PasswordStore(tmp_path, use_keyring=False).set("https://a.example", "u", "abc\x00def")


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("situs.example.go.id", "https://situs.example.go.id"),
        ("https://situs.example.go.id/", "https://situs.example.go.id"),
        ("http://127.0.0.1:8080/blog/", "http://127.0.0.1:8080/blog"),
    ],
)
def test_site_addresses_are_normalized(typed, kept):
    assert normalize_site_url(typed) == kept


@pytest.mark.parametrize("typed", ["", "ftp://situs.example", "https://", "javascript:alert(1)"])
def test_what_is_not_a_web_address_is_refused(typed):
    with pytest.raises(WordPressError) as info:
        normalize_site_url(typed)
    assert info.value.code == "bad_url"


@pytest.mark.parametrize(
    ("status", "answer", "code", "permission", "transient"),
    [
        (401, {"code": "incorrect_password", "message": "x"}, "auth_failed", "", False),
        (401, {"code": "application_passwords_disabled"}, "app_passwords_off", "", False),
        (403, {"code": "rest_cannot_publish"}, "forbidden", "publish_posts", False),
        (403, {"code": "rest_cannot_create_term"}, "forbidden", "manage_categories", False),
        (500, {"code": "rest_upload_sideload_error"}, "upload_refused", "", False),
        (502, {}, "server_error", "", True),
        (503, {"code": "x"}, "server_error", "", True),
        (429, {}, "rate_limited", "", True),
        (413, {}, "too_large", "", False),
        (404, {"code": "rest_no_route"}, "no_rest_api", "", False),
        (404, {"code": "rest_post_invalid_id"}, "not_found", "", False),
        (400, {"code": "rest_invalid_param", "message": "Invalid parameter(s): date"}, "rejected", "", False),
    ],
)
def test_refusals_are_named(status, answer, code, permission, transient):
    problem = _http_error(status, json.dumps(answer).encode())
    assert (problem.code, problem.permission, problem.transient) == (code, permission, transient)


def test_retries_back_off_to_an_hour():
    delays = [outbox.backoff(n) for n in range(1, 12)]
    assert delays[:3] == [_dt.timedelta(seconds=30), _dt.timedelta(minutes=1), _dt.timedelta(minutes=2)]
    assert delays == sorted(delays)
    assert delays[-1] == _dt.timedelta(hours=1)


def test_an_error_survives_the_database(sqlite_database):
    problem = WordPressError("forbidden", "rest_cannot_publish: no", status=403, permission="publish_posts")
    back = outbox.decode_error(outbox.encode_error(problem))
    assert (back.code, back.detail, back.status, back.permission) == (
        "forbidden",
        "rest_cannot_publish: no",
        403,
        "publish_posts",
    )


def test_the_workflow_queues_only_with_wordpress_set_up(sqlite_database, tmp_path):
    from db.models import WpOutbox
    from desktop_app.core.wordpress.config import WordPressSettings, save_wordpress_settings
    from tests.people_helpers import admin_of
    from tests.wordpress.helpers import published

    first = published(sqlite_database, "Sebelum WordPress")
    assert WpOutbox.select().count() == 0
    save_wordpress_settings(
        sqlite_database,
        WordPressSettings("https://situs.example", "redaksi"),
        actor=admin_of(sqlite_database),
    )
    second = published(sqlite_database, "Sesudah WordPress")
    assert [(r.article_id, r.operation, r.state) for r in WpOutbox.select()] == [
        (second.id, "publish", "pending")
    ]
    assert first.id != second.id
    # a later send of the same article replaces the one still waiting
    outbox.queue_send(second.id, "publish", None)
    assert [r.state for r in WpOutbox.select().order_by(WpOutbox.id)] == ["superseded", "pending"]
    assert outbox.waiting_count() == 1


def test_only_an_admin_sets_up_wordpress(sqlite_database):
    from desktop_app.core.errors import PermissionDenied
    from desktop_app.core.wordpress.config import WordPressSettings, save_wordpress_settings
    from tests.wordpress.helpers import editor_of

    with pytest.raises(PermissionDenied):
        save_wordpress_settings(
            sqlite_database, WordPressSettings("https://situs.example", "x"), actor=editor_of(sqlite_database)
        )


def test_unpublishing_before_the_first_send_cancels_it(sqlite_database):
    from db.models import WpOutbox
    from desktop_app.core.wordpress.config import WordPressSettings, save_wordpress_settings
    from tests.people_helpers import admin_of
    from tests.wordpress.helpers import editor_of, published

    save_wordpress_settings(
        sqlite_database,
        WordPressSettings("https://situs.example", "redaksi"),
        actor=admin_of(sqlite_database),
    )
    when = (_dt.datetime.now(_dt.UTC) + _dt.timedelta(days=1)).replace(tzinfo=None)
    article = published(
        sqlite_database,
        "Terjadwal Lalu Ditarik",
        actions=("submit", "approve", ("schedule", {"publish_at": when})),
    )
    from desktop_app.core.workflow import WorkflowService

    WorkflowService(sqlite_database).perform(article.id, "unpublish", editor_of(sqlite_database))
    assert [(r.operation, r.state) for r in WpOutbox.select()] == [("publish", "superseded")]
    assert outbox.waiting_count() == 0
