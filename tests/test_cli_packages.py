"""``redaksi pack``, ``unpack`` and ``packages``: the writer packs drafts, the editor previews
them (nothing written), imports them (exactly once), approves one and sends it back; the
writer's ``redaksi verify`` accepts the approval; a tampered package is refused with the
translated reason and exit 1."""

from __future__ import annotations

import json
import zipfile

import pytest

from db.database import open_database
from desktop_app.cli import main
from desktop_app.core.articles import ArticleService
from desktop_app.core.auth import AuthService
from desktop_app.core.models import ArticleChanges
from desktop_app.core.people import PeopleService

PASSWORD = "kata-sandi-uji-1"


def _database(path, name: str, role: str, titles=()) -> str:
    database = open_database(path)
    auth = AuthService(database)
    admin = auth.set_up_first_admin("Admin", PASSWORD)
    person = PeopleService(database).create(admin, name, role)
    auth.set_password(admin, person.id, PASSWORD)
    me = auth.sign_in(name, PASSWORD)
    for title in titles:
        ArticleService(database).create(ArticleChanges(title=title, body=f"Isi: {title}."), actor=me)
    database.close()
    return str(path)


@pytest.fixture
def sides(tmp_path, monkeypatch):
    monkeypatch.setenv("REDAKSI_PASSWORD", PASSWORD)
    writer = _database(tmp_path / "penulis.db", "Rina", "writer", ["Jembatan Baru", "Festival Budaya"])
    editor = _database(tmp_path / "redaktur.db", "Budi", "editor")
    _know(writer, editor, "Budi")  # (an editor new to a database is a writer there)
    return writer, editor


def _know(here: str, there: str, name: str) -> None:
    """``here`` knows ``there``'s person ``name`` (uuid, role, public keys) as an office's
    database knows its editors."""
    from db.models import Person, PersonKey

    database = open_database(there)
    person = Person.get(Person.name == name)
    keys = [
        (k.public_key, k.valid_from, k.valid_to)
        for k in PersonKey.select().where(PersonKey.person == person.id)
    ]
    database.close()
    database = open_database(here)
    row = Person.create(uuid=person.uuid, name=name, role=person.role, active=False, password_hash="")
    for public_key, valid_from, valid_to in keys:
        PersonKey.create(person=row.id, public_key=public_key, valid_from=valid_from, valid_to=valid_to)
    database.close()


def test_pack_preview_unpack_and_back(sides, tmp_path, capsys):
    writer, editor = sides
    package = tmp_path / "naskah.redaksi"
    assert main(["--db", writer, "submit", "1", "--user", "Rina"]) == 0
    assert (
        main(["--lang", "en", "--db", writer, "pack", "1", "2", "--out", str(package), "--user", "Rina"]) == 0
    )
    assert "2 article(s)" in capsys.readouterr().out
    assert main(["--db", editor, "unpack", str(package), "--dry-run", "--json"]) == 0
    preview = json.loads(capsys.readouterr().out)
    assert [a["outcome"] for a in preview["articles"]] == ["new", "new"]
    assert preview["first_contact"]
    assert main(["--db", editor, "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []  # a preview writes nothing
    assert main(["--lang", "en", "--db", editor, "unpack", str(package), "--user", "Budi"]) == 0
    assert "Imported: 2 new" in capsys.readouterr().out
    assert main(["--lang", "en", "--db", editor, "unpack", str(package), "--user", "Budi"]) == 0
    assert "nothing to do" in capsys.readouterr().err
    assert main(["--db", editor, "list", "--json", "--status", "in_review"]) == 0
    (article,) = json.loads(capsys.readouterr().out)
    assert main(["--db", editor, "approve", str(article["id"]), "--user", "Budi"]) == 0
    reply = tmp_path / "balasan.redaksi"
    assert main(["--db", editor, "pack", str(article["id"]), "--out", str(reply), "--user", "Budi"]) == 0
    capsys.readouterr()
    assert main(["--db", writer, "unpack", str(reply), "--user", "Rina", "--json"]) == 0
    preview = json.loads(capsys.readouterr().out)
    assert preview["articles"][0]["accepted"] == ["approve"]
    assert main(["--db", writer, "show", "1", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "approved"
    assert main(["--db", writer, "verify"]) == 0
    assert main(["--db", editor, "verify"]) == 0
    capsys.readouterr()
    assert main(["--db", writer, "packages", "--json"]) == 0
    log = json.loads(capsys.readouterr().out)
    assert [e["direction"] for e in log["events"]] == ["imported", "sent"]
    assert log["events"][1]["by"] == "Rina"

    # one byte changed: refused, in Indonesian by default, nothing written
    tampered = tmp_path / "diubah.redaksi"
    with zipfile.ZipFile(reply) as source, zipfile.ZipFile(tampered, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(
                info, data.replace(b"approve", b"approvE", 1) if info.filename.startswith("art") else data
            )
    assert main(["--db", writer, "unpack", str(tampered), "--user", "Rina"]) == 1
    err = capsys.readouterr().err
    assert "diubah setelah ditandatangani" in err


def test_a_copied_database_gets_its_own_id(sides, tmp_path, capsys):
    """A copy of the writer's file is taken for the writer's database until an administrator
    gives it its own id; then it imports the writer's packages."""
    import shutil

    writer, _editor = sides
    copy = str(tmp_path / "salinan.db")
    shutil.copy(writer, copy)
    package = tmp_path / "naskah.redaksi"
    assert main(["--db", writer, "pack", "1", "--out", str(package), "--user", "Rina"]) == 0
    assert main(["--lang", "en", "--db", copy, "unpack", str(package), "--user", "Rina"]) == 1
    assert "packages --new-id" in capsys.readouterr().err
    assert main(["--db", copy, "packages", "--new-id", "--user", "Rina"]) == 1  # not an administrator
    assert main(["--db", copy, "packages", "--new-id", "--user", "Admin"]) == 0
    capsys.readouterr()
    assert main(["--lang", "en", "--db", copy, "unpack", str(package), "--user", "Rina"]) == 0
    assert "Imported: 0 new" in capsys.readouterr().out  # (it had the article already)


def test_unpack_names_an_unconfirmed_new_key_and_an_admin_confirms_it(tmp_path, monkeypatch, capsys):
    """The laptop is a copy of the office's database; Budi's key changed at the office with no
    administrator's voucher. ``unpack`` names him and the option; only an admin may use it."""
    from db.models import Person, PersonEvent

    monkeypatch.setenv("REDAKSI_PASSWORD", PASSWORD)
    office = _database(tmp_path / "kantor.db", "Budi", "editor", ["Jembatan Baru"])
    laptop = tmp_path / "laptop.db"
    database = open_database(office)
    database.execute_sql("VACUUM INTO ?", [str(laptop)])
    auth = AuthService(database)
    admin = auth.sign_in("Admin", PASSWORD)
    budi = Person.get(Person.name == "Budi")
    auth.set_password(admin, budi.id, PASSWORD)  # a new key pair
    PersonEvent.delete().where(PersonEvent.action == "key_certified").execute()  # (no voucher)
    database.close()
    assert main(["--db", str(laptop), "packages", "--new-id", "--user", "Admin"]) == 0
    for command in ("submit", "approve"):
        assert main(["--db", office, command, "1", "--user", "Budi"]) == 0
    package = tmp_path / "budi.redaksi"
    assert main(["--db", office, "pack", "1", "--out", str(package), "--user", "Budi"]) == 0
    capsys.readouterr()

    assert main(["--lang", "en", "--db", str(laptop), "unpack", str(package), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Budi's signing key has changed" in out
    assert f"--confirm-key {budi.uuid}" in out
    assert "key of theirs that no administrator here has confirmed" in out
    refused = ["--lang", "en", "--db", str(laptop), "unpack", str(package), "--confirm-key", budi.uuid]
    assert main([*refused, "--user", "Budi"]) != 0  # not an administrator
    assert main([*refused, "--user", "Admin"]) == 0
    out = capsys.readouterr().out
    assert "Admin, an administrator of this database, vouched for the new key" in out
    assert "1 approval(s) accepted, 0 record(s) not accepted" in out
