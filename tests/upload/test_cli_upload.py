"""``redaksi upload [--dry-run]``, ``redaksi publish --watch --once`` and ``redaksi
autopublish`` against the SFTP server on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import main
from tests.upload.conftest import PASSWORD
from tests.upload.helpers import served_tree, site_tree
from tests.upload.test_sftp_sign_in import _fingerprint


@pytest.fixture
def configured(tmp_path, server, upload_settings, monkeypatch):
    """A demo database file whose upload settings point at the server; the password in
    REDAKSI_UPLOAD_PASSWORD."""
    from db.database import open_database
    from desktop_app.core.demo import fill_demo
    from desktop_app.core.export import export_site
    from desktop_app.core.upload.settings import save_upload_settings
    from tests.people_helpers import admin_of

    target = tmp_path / "kantor.db"
    database = open_database(target)
    fill_demo(database)
    save_upload_settings(database, upload_settings, actor=admin_of(database))
    export_site(database, upload_settings.site_folder, base_url="https://kominfo.example.go.id/")
    database.close()
    monkeypatch.setenv("REDAKSI_UPLOAD_PASSWORD", PASSWORD)
    return str(target)


def test_dry_run_then_upload_with_the_fingerprint_given(configured, server, upload_settings, capsys):
    assert main(["--lang", "en", "--db", configured, "upload", "--dry-run", "--json"]) == 1
    err = capsys.readouterr().err
    assert _fingerprint(server) in err  # unknown host: its fingerprint is shown, nothing sent
    assert "--trust-host-key" in err
    trust = ["--trust-host-key", _fingerprint(server)]
    assert main(["--db", configured, "upload", "--dry-run", "--json", *trust]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["dry_run"] is True
    assert len(plan["sent"]) == len(site_tree(Path(upload_settings.site_folder)))
    assert not (server.state.root / "public_html" / "index.html").exists()
    assert main(["--lang", "en", "--db", configured, "upload"]) == 0  # (trusted now)
    out = capsys.readouterr().out
    assert (
        f"Uploaded to sftp://kominfo@127.0.0.1:{server.port}/public_html: {len(plan['sent'])} file(s)" in out
    )
    site = Path(upload_settings.site_folder)
    assert served_tree(server.state.root / "public_html") == site_tree(site)


def test_publish_watch_once_exports_and_uploads_then_has_nothing_new(configured, server, capsys):
    assert main(["--db", configured, "upload", "--trust-host-key", _fingerprint(server), "--dry-run"]) == 0
    assert main(["--lang", "en", "--db", configured, "publish", "--watch", "--once"]) == 0
    assert "uploaded" in capsys.readouterr().out
    assert (server.state.root / "public_html" / "index.html").is_file()
    assert main(["--lang", "en", "--db", configured, "publish", "--watch", "--once"]) == 0
    assert "nothing new to upload" in capsys.readouterr().out


def test_a_wrong_password_is_one_translated_line(configured, server, monkeypatch, capsys):
    monkeypatch.setenv("REDAKSI_UPLOAD_PASSWORD", "salah")
    code = main(["--db", configured, "upload", "--trust-host-key", _fingerprint(server)])
    assert code == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("redaksi: ")
    assert "\n" not in err
    assert "Traceback" not in err


def test_publish_still_wants_an_article_without_watch(configured, capsys):
    assert main(["--lang", "en", "--db", configured, "publish"]) == 2
    assert "--watch" in capsys.readouterr().err


def test_autopublish_status_on_a_fresh_machine_is_off(capsys):
    assert main(["--lang", "en", "autopublish", "status"]) == 0
    assert "off" in capsys.readouterr().out
