"""The settings file (desktop_app/core/settings_transfer.py): the website settings, the
checklist's levels and the officials directory carried to another database in one JSON file;
an import is an admin's, checks everything first and changes nothing on any problem."""

from __future__ import annotations

import datetime as _dt
import json

import pytest

from db.models import PersonEvent
from desktop_app.core.errors import PermissionDenied, ValidationError
from desktop_app.core.officials import OfficialDraft, OfficialsService, TitleDraft
from desktop_app.core.settings_transfer import (
    FORMAT,
    export_settings,
    import_settings,
    settings_document,
)
from desktop_app.core.site_settings import SiteSettings, load_site_settings, save_site_settings
from desktop_app.messages import describe_error
from tests.people_helpers import add_person, admin_of, signed_in

D = _dt.date
KADIS = "Kepala Dinas Komunikasi dan Informatika"


def state(database) -> dict:
    document = settings_document(database)
    del document["exported_at"]
    return document


@pytest.fixture
def source(database, tmp_path):
    """A database with settings and a directory, exported to ``settings.json``."""
    admin = admin_of(database)
    save_site_settings(
        database,
        SiteSettings(title="Diskominfo Solok", base_url="https://solokkab.go.id", theme=str(tmp_path)),
        actor=admin,
    )
    service = OfficialsService(database)
    service.save(
        admin,
        OfficialDraft(
            "Teta Midra",
            [TitleDraft("Plt. " + KADIS, D(2026, 11, 5), D(2026, 12, 1), aliases="Kepala Dinas Kominfo")],
        ),
    )
    path = tmp_path / "settings.json"
    export_settings(database, path)
    return path


def test_the_file_names_its_format_and_leaves_local_paths_out(source):
    document = json.loads(source.read_text(encoding="utf-8"))
    assert (document["format"], document["version"]) == (FORMAT, 1)
    assert document["site"]["title"] == "Diskominfo Solok"
    assert "theme" not in document["site"]
    assert "logo" not in document["site"]
    [teta] = document["officials"]
    assert teta["titles"][0]["acting"] is True
    assert teta["titles"][0]["valid_from"] == "2026-11-05"
    assert teta["titles"][0]["aliases"] == ["Kepala Dinas Kominfo"]


def test_import_into_another_database_and_again_updates_by_uuid(source, tmp_path):
    from db.database import open_database

    other = open_database(tmp_path / "other.db")
    try:
        admin = admin_of(other, "Admin Lain")
        summary = import_settings(other, admin, source)
        assert (summary.officials_added, summary.officials_updated) == (1, 0)
        assert load_site_settings(other).title == "Diskominfo Solok"
        assert load_site_settings(other).theme == ""  # a local path stays the database's own
        holder = OfficialsService(other).holder_of("Kepala Dinas Kominfo", D(2026, 11, 20))
        assert (holder.name, holder.title.acting) == ("Teta Midra", True)
        document = json.loads(source.read_text(encoding="utf-8"))
        document["officials"][0]["titles"][0]["valid_to"] = "2026-12-02"
        source.write_text(json.dumps(document), encoding="utf-8")
        summary = import_settings(other, admin, source)
        assert (summary.officials_added, summary.officials_updated) == (0, 1)
        [teta] = OfficialsService(other).officials()
        assert teta.titles[0].valid_to == D(2026, 12, 2)
        assert PersonEvent.select().where(PersonEvent.action == "settings_imported").count() == 2
    finally:
        other.close()


def _with(source, change) -> None:
    document = json.loads(source.read_text(encoding="utf-8"))
    change(document)
    source.write_text(json.dumps(document), encoding="utf-8")


@pytest.mark.parametrize(
    ("content", "code", "words"),
    [
        ("not json {", "settings_file_not_json", "not JSON"),
        (
            json.dumps({"format": "something else", "version": 1}),
            "settings_file_wrong_format",
            "not a Redaksi",
        ),
        (json.dumps({"format": FORMAT, "version": 9}), "settings_file_newer", "newer version"),
        (
            json.dumps({"format": FORMAT, "version": 1, "site": {"base_url": "ftp://x"}}),
            "settings_file_invalid",
            "site.base_url",
        ),
        (
            json.dumps({"format": FORMAT, "version": 1, "checklist": {"checklist.title": "maybe"}}),
            "settings_file_invalid",
            "checklist",
        ),
        (
            json.dumps(
                {
                    "format": FORMAT,
                    "version": 1,
                    "officials": [{"name": "X", "titles": [{"title": "Sekda", "valid_from": "kemarin"}]}],
                }
            ),
            "settings_file_invalid",
            "valid_from",
        ),
    ],
)
def test_a_bad_file_changes_nothing(database, source, tmp_path, content, code, words):
    before = state(database)
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        import_settings(database, admin_of(database), bad)
    assert caught.value.code == code
    assert words in describe_error(caught.value)
    assert "Nothing was changed" in describe_error(caught.value) or "nothing was changed" in describe_error(
        caught.value
    )
    assert state(database) == before


def test_a_file_whose_directory_would_overlap_changes_nothing(database, source):
    def add_overlap(document):
        document["site"]["title"] = "Judul Baru"
        document["officials"].append(
            {
                "name": "Kepala Dinas Demo",
                "titles": [{"title": "Kepala Dinas Kominfo", "valid_from": "2026-11-30"}],
            }
        )

    _with(source, add_overlap)
    before = state(database)
    with pytest.raises(ValidationError) as caught:
        import_settings(database, admin_of(database), source)
    assert caught.value.code == "official_period_overlap"
    assert "Teta Midra" in describe_error(caught.value)
    assert state(database) == before


def test_only_an_admin_imports(database, source):
    admin = admin_of(database)
    editor = signed_in(database, add_person(database, "Redaktur Uji", "editor", admin=admin), admin=admin)
    _with(source, lambda document: document["site"].update(title="Judul Baru"))
    before = state(database)
    with pytest.raises(PermissionDenied):
        import_settings(database, editor, source)
    assert state(database) == before


def test_the_commands(tmp_path, capsys, monkeypatch):
    from desktop_app.cli import main
    from desktop_app.core.demo import DEMO_PASSWORDS

    target = str(tmp_path / "demo.db")
    assert main(["--lang", "en", "--db", target, "demo"]) == 0
    out = tmp_path / "out.json"
    capsys.readouterr()
    assert main(["--lang", "en", "--db", target, "settings", "export", str(out)]) == 0
    assert "2 official(s)" in capsys.readouterr().out
    names = [o["name"] for o in json.loads(out.read_text(encoding="utf-8"))["officials"]]
    assert names == ["Kepala Dinas Demo", "Teta Midra"]
    day = (_dt.date.today() - _dt.timedelta(days=10)).isoformat()
    assert main(["--lang", "en", "--db", target, "officials", "--date", day]) == 0
    assert capsys.readouterr().out.strip().endswith("— Teta Midra")
    assert main(["--lang", "id", "--db", target, "officials", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[1]["titles"][0]["acting"] is True
    monkeypatch.delenv("REDAKSI_PASSWORD", raising=False)
    assert main(["--lang", "en", "--db", target, "settings", "import", str(out)]) == 1
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("REDAKSI_PASSWORD", DEMO_PASSWORDS["editor"])
    command = ["--db", target, "settings", "import", str(out), "--user", "Redaktur Demo"]
    assert main(["--lang", "en", *command]) == 1
    assert "Only an admin" in capsys.readouterr().err
    monkeypatch.setenv("REDAKSI_PASSWORD", DEMO_PASSWORDS["admin"])
    command[-1] = "Admin Redaksi"
    assert main(["--lang", "en", *command]) == 0
    assert "officials: 0 added, 0 updated" in capsys.readouterr().out
    assert main(["--lang", "en", "--db", target, "officials", "history"]) == 0
    history = capsys.readouterr().out
    assert "Admin Redaksi: settings file imported out.json" in history
    assert "Redaktur Demo: added Teta Midra" in history
    out.write_text('{"format": "redaksi-settings", "version": 2}', encoding="utf-8")
    assert main(["--lang", "id", *command]) == 1
    assert "versi Redaksi yang lebih baru" in capsys.readouterr().err
