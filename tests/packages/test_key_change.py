"""A signing key changed by a password reset, and review packages.

The office's database and the head of office's laptop (a copy of it, with its own id) know the
same people. An admin at the office resets Budi's password: a new key pair, which the admin
vouches for with their own key (a certificate in the people's audit trail, carried in
packages). Budi's next package is then accepted on the laptop, his approval with it. Without a
certificate that an administrator of the laptop's database can verify (a forged one, one Budi
made himself, none at all) the package imports, but what the new key signed becomes a comment
and the preview names Budi and says an administrator must confirm the key; an administrator of
the laptop may confirm it while importing (certified there in turn), nobody else may."""

from __future__ import annotations

import json
import zipfile

import nacl.signing
import pytest

from db.database import open_database
from db.models import Comment, PersonEvent, PersonKey, StatusChange
from desktop_app.core.audit import verify_trail
from desktop_app.core.auth import AuthService
from desktop_app.core.errors import PermissionDenied
from desktop_app.core.key_certificates import certificate_payload
from desktop_app.core.models import PersonEventKind
from desktop_app.core.packages import import_package, make_plan, pack, plan, read_package, state
from desktop_app.core.packages.container import MANIFEST, SIGNATURE, write_package
from desktop_app.core.signing import SigningKeys
from tests.packages.helpers import Office, office
from tests.people_helpers import TEST_PASSWORD, add_person, signed_in

NEW_PASSWORD = "sandi-baru-sesudah-reset"


@pytest.fixture
def kantor(tmp_path):
    side = office(str(tmp_path / "kantor.db"), "Budi Redaktur", "editor")
    yield side
    side.database.close()


@pytest.fixture
def laptop(kantor, tmp_path):
    """A copy of the office's database (its own id), where Sari, an editor, imports."""
    path = tmp_path / "laptop.db"
    kantor.database.execute_sql("VACUUM INTO ?", [str(path)])
    database = open_database(str(path))
    side = Office(database, kantor.person)
    with side.use():
        state.renew_database_id()
        admin = AuthService(database).sign_in(kantor.others["admin"].name, TEST_PASSWORD)
        sari = signed_in(database, add_person(database, "Sari Kepala", "editor", admin=admin), admin=admin)
    side.person, side.others = sari, {"admin": admin}
    yield side
    database.close()


def _approved_package(kantor, budi, out) -> str:
    """Budi writes an article at the office, submits and approves it, and packs it."""
    with kantor.use():
        kantor.person = budi
        article = kantor.write("Bupati Resmikan Jembatan", "Jembatan baru dibuka hari ini.")
        kantor.workflow.perform(article, "submit", budi)
        kantor.workflow.perform(article, "approve", budi)
        return str(pack([article], budi, out).path)


def _reset(kantor) -> object:
    """The office's admin resets Budi's password; Budi signs in with the new one."""
    with kantor.use():
        auth = AuthService(kantor.database)
        auth.set_password(kantor.others["admin"], kantor.person.person_id, NEW_PASSWORD)
        return auth.sign_in(kantor.person.name, NEW_PASSWORD)


def _with_people(package, out, budi, change) -> str:
    """``package`` with Budi's listed keys changed by ``change`` (signed again by Budi)."""
    with zipfile.ZipFile(package) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    manifest = json.loads(parts.pop(MANIFEST))
    parts.pop(SIGNATURE)
    manifest.pop("parts")
    people = json.loads(parts["people.json"])
    for person in people:
        if person["uuid"] == budi.uuid:
            change(person["keys"][-1])
    parts["people.json"] = json.dumps(people).encode("utf-8")
    write_package(out, parts, manifest, budi.signer)
    return str(out)


def _approval(side, incoming):
    [article] = make_plan(incoming).articles
    return next(r for r in article.records if r.action == "approve")


def test_a_reset_key_vouched_for_by_the_offices_admin_is_accepted(kantor, laptop, tmp_path):
    budi = _reset(kantor)
    with kantor.use():
        (event,) = PersonEvent.select().where(
            (PersonEvent.action == PersonEventKind.KEY_CERTIFIED.value)
            & (PersonEvent.person == budi.person_id)
            & PersonEvent.new_value.contains(budi.signer.public_key)
        )
        assert event.actor_id == kantor.others["admin"].person_id
    package = _approved_package(kantor, budi, tmp_path / "naskah.redaksi")

    with laptop.use():
        incoming = read_package(package)
        preview = make_plan(incoming)
        [change] = preview.key_changes
        assert (change.name, change.confirmed_by) == ("Budi Redaktur", kantor.others["admin"].name)
        assert _approval(laptop, incoming).accepted
        result = import_package(incoming, laptop.person)
        assert result.approvals_accepted == 1
        assert result.records_refused == 0
        keys = list(
            PersonKey.select().where(PersonKey.person == budi.person_id).order_by(PersonKey.valid_from)
        )
        assert keys[-1].public_key == budi.signer.public_key
        assert keys[-1].valid_to is None
        assert all(k.valid_to is not None and k.valid_to <= keys[-1].valid_from for k in keys[:-1])
        approval = StatusChange.get(StatusChange.action == "approve")
        assert approval.signature
        assert verify_trail().ok
        # the laptop keeps the certificate: its own packages carry it on
        assert (
            PersonEvent.select()
            .where(
                (PersonEvent.action == PersonEventKind.KEY_CERTIFIED.value)
                & PersonEvent.new_value.contains(budi.signer.public_key)
            )
            .exists()
        )


def _reset_without_certificate(kantor, tmp_path):
    """Budi's password reset at the office, and his approval packed with his new key but without
    the resetting admin's certificate (a reset made before certificates, or elsewhere)."""
    budi = _reset(kantor)
    package = _with_people(
        _approved_package(kantor, budi, tmp_path / "asli.redaksi"),
        tmp_path / "tanpa.redaksi",
        budi,
        lambda key: key.pop("certificate"),
    )
    return budi, package


def test_without_a_certificate_the_approval_comes_as_a_comment_and_an_admin_is_named(
    kantor, laptop, tmp_path
):
    budi, package = _reset_without_certificate(kantor, tmp_path)
    with laptop.use():
        incoming = read_package(package)  # not refused
        preview = make_plan(incoming)
        [change] = preview.unconfirmed_keys
        assert change.name == "Budi Redaktur"
        assert change.fingerprint == " ".join(budi.signer.public_key[i : i + 4] for i in range(0, 16, 4))
        record = _approval(laptop, incoming)
        assert (record.accepted, record.reason) == (False, plan.KEY_UNCONFIRMED)
        result = import_package(incoming, laptop.person)
        assert result.approvals_accepted == 0
        assert result.records_refused == 2  # (his submission too: the same new key signed it)
        comments = [c.body for c in Comment.select()]
        assert any("“approve” by Budi Redaktur" in body and "key_unconfirmed" in body for body in comments)
        assert not StatusChange.select().where(StatusChange.action == "approve").exists()
        assert not PersonKey.select().where(PersonKey.public_key == budi.signer.public_key).exists()


def test_an_administrator_of_the_laptop_confirms_the_key_while_importing(kantor, laptop, tmp_path):
    budi, package = _reset_without_certificate(kantor, tmp_path)
    with laptop.use():
        incoming = read_package(package)
        with pytest.raises(PermissionDenied):  # an editor may not vouch for a key
            import_package(incoming, laptop.person, confirm_keys=[budi.uuid])
        admin = laptop.others["admin"]
        assert make_plan(incoming, [budi.uuid], admin.name).key_changes[0].confirmed_by == admin.name
        result = import_package(incoming, admin, confirm_keys=[budi.uuid])
        assert result.approvals_accepted == 1
        certified = PersonEvent.get(
            (PersonEvent.action == PersonEventKind.KEY_CERTIFIED.value)
            & PersonEvent.new_value.contains(budi.signer.public_key)
        )
        assert certified.actor_id == admin.person_id
        assert verify_trail().ok


def _certified_by(sign, by_uuid: str, by_key: str, person_uuid: str):
    """A change that gives the listed key a certificate signed by ``sign`` (bytes → hex)."""

    def change(key):
        valid_from = key["valid_from"]
        payload = certificate_payload(person_uuid, key["public_key"], valid_from, by_uuid, valid_from)
        key["certificate"] = {
            "public_key": key["public_key"],
            "valid_from": valid_from,
            "by": by_uuid,
            "time": valid_from,
            "by_key": by_key,
            "signature": sign(payload),
        }

    return change


@pytest.mark.parametrize("who", ["stranger_as_the_admin", "budi_with_his_old_key"])
def test_a_certificate_no_administrator_here_made_does_not_count(kantor, laptop, tmp_path, who):
    old = kantor.person.signer  # Budi's key before the reset (known to the laptop)
    budi = _reset(kantor)
    if who == "stranger_as_the_admin":
        stranger = nacl.signing.SigningKey.generate()

        def sign(payload):
            return bytes(stranger.sign(payload).signature).hex()

        change = _certified_by(sign, kantor.others["admin"].uuid, bytes(stranger.verify_key).hex(), budi.uuid)
    else:  # someone holding Budi's old key (a stolen laptop?) vouching for a new one
        change = _certified_by(old.sign, budi.uuid, old.public_key, budi.uuid)
    package = _with_people(
        _approved_package(kantor, budi, tmp_path / "asli.redaksi"), tmp_path / "palsu.redaksi", budi, change
    )
    with laptop.use():
        incoming = read_package(package)
        [seen] = make_plan(incoming).key_changes
        assert not seen.confirmed
        assert _approval(laptop, incoming).reason == plan.KEY_UNCONFIRMED


def test_the_offices_genuine_certificate_counts_when_rebuilt_the_same_way(kantor, laptop, tmp_path):
    """(The forged certificates above fail for who made them, not for their form.)"""
    admin = kantor.others["admin"]
    budi = _reset(kantor)
    change = _certified_by(admin.signer.sign, admin.uuid, admin.signer.public_key, budi.uuid)
    package = _with_people(
        _approved_package(kantor, budi, tmp_path / "asli.redaksi"), tmp_path / "ulang.redaksi", budi, change
    )
    with laptop.use():
        [seen] = make_plan(read_package(package)).key_changes
        assert seen.confirmed_by == admin.name


def test_a_key_the_package_does_not_even_list_for_its_sender_is_still_refused(kantor, laptop, tmp_path):
    from desktop_app.core.packages import PackageError, Problem

    budi = _reset(kantor)
    package = _with_people(
        _approved_package(kantor, budi, tmp_path / "asli.redaksi"),
        tmp_path / "lain.redaksi",
        budi,
        lambda key: key.update(public_key="00" * 32, certificate=None),
    )
    with laptop.use(), pytest.raises(PackageError) as refused:
        read_package(package)
    assert refused.value.problem == Problem.UNKNOWN_KEY


def test_a_key_made_without_an_admin_is_not_certified(kantor):
    """A key replaced at sign-in (its password set outside Redaksi) has no voucher."""
    with kantor.use():
        before = PersonEvent.select().where(PersonEvent.action == PersonEventKind.KEY_CERTIFIED.value).count()
        SigningKeys(kantor.database).rekey(kantor.person.person_id, NEW_PASSWORD)
        after = PersonEvent.select().where(PersonEvent.action == PersonEventKind.KEY_CERTIFIED.value).count()
        assert after == before
