"""Bad packages are refused with a reason, before anything is written: tampered parts, parts
added or removed, truncated files, zip bombs, names that point elsewhere, a newer format, an
unknown key, a package for another database."""

from __future__ import annotations

import json
import uuid
import zipfile

import nacl.signing
import pytest

from db.models import Article, PackageEvent, Person, Revision
from desktop_app.core.packages import PackageError, Problem, container, import_package, pack, read_package
from desktop_app.core.packages.container import MANIFEST, SIGNATURE, write_package


@pytest.fixture
def db_target(tmp_path):
    """The editor's database (``conftest.editor``): a file; the refusals need no server."""
    return str(tmp_path / "redaktur.db")


@pytest.fixture
def package(writer, tmp_path):
    """A good package from the writer (two articles, one with a photo)."""
    from tests.media_samples import png_bytes

    with writer.use():
        from desktop_app.core.media import AssetService

        asset = AssetService(writer.database).import_bytes(png_bytes(), "foto.png").asset
        ids = [
            writer.write("Bupati Resmikan Jembatan", f"Jembatan baru.\n\n![Jembatan](asset:{asset.uuid})"),
            writer.write("Festival Budaya Digelar", "Festival budaya berlangsung tiga hari."),
        ]
        return pack(ids, writer.person, tmp_path / "naskah.redaksi").path


def _parts(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _zip(path, parts: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(zipfile.ZipInfo(name), data)


def _state(side) -> tuple[int, ...]:
    return tuple(m.select().count() for m in (Article, Revision, Person, PackageEvent))


def _refused(side, path, problem: Problem) -> None:
    with side.use():
        before = _state(side)
        with pytest.raises(PackageError) as info:
            import_package(read_package(path), side.person)
        assert info.value.problem == problem
        assert _state(side) == before


def test_the_good_package_imports(editor, package):
    with editor.use():
        result = import_package(read_package(package), editor.person)
    assert result.new == 2


@pytest.mark.parametrize("part", ["manifest.json", "manifest.sig", "people.json", "articles/", "images/"])
def test_one_changed_byte_in_any_part_is_refused(editor, package, tmp_path, part):
    parts = _parts(package)
    name = next(n for n in parts if n.startswith(part))
    data = bytearray(parts[name])
    data[len(data) // 2] ^= 0x01
    parts[name] = bytes(data)
    _zip(tmp_path / "x.redaksi", parts)
    expected = {
        "manifest.json": {Problem.BAD_SIGNATURE, Problem.DAMAGED},
        "manifest.sig": {Problem.BAD_SIGNATURE},
    }.get(part, {Problem.PART_CHANGED})
    with editor.use(), pytest.raises(PackageError) as info:
        read_package(tmp_path / "x.redaksi")
    assert info.value.problem in expected
    _refused(editor, tmp_path / "x.redaksi", info.value.problem)


def test_a_part_added_or_removed_is_refused(editor, package, tmp_path):
    parts = _parts(package)
    _zip(tmp_path / "added.redaksi", {**parts, "articles/extra.json": b"{}"})
    _refused(editor, tmp_path / "added.redaksi", Problem.PART_ADDED)
    removed = {n: d for n, d in parts.items() if not n.startswith("images/")}
    _zip(tmp_path / "removed.redaksi", removed)
    _refused(editor, tmp_path / "removed.redaksi", Problem.PART_MISSING)


def test_a_truncated_file_is_refused(editor, package, tmp_path):
    data = package.read_bytes()
    for size in (0, 10, len(data) // 2, len(data) - 30):
        (tmp_path / "cut.redaksi").write_bytes(data[:size])
        _refused(editor, tmp_path / "cut.redaksi", Problem.NOT_A_PACKAGE)


def test_a_zip_bomb_is_refused_by_its_claim_and_while_reading(editor, package, tmp_path):
    parts = _parts(package)
    bomb = tmp_path / "bomb.redaksi"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
        archive.writestr("images/bom", b"\0" * 1000)
        archive.getinfo("images/bom").file_size = 10 * 1024**3  # the central directory: "10 GB"
    with zipfile.ZipFile(bomb) as check:
        assert check.getinfo("images/bom").file_size == 10 * 1024**3
    _refused(editor, bomb, Problem.TOO_BIG)
    # a part that claims little but inflates to a lot: stopped while it is read
    liar = tmp_path / "liar.redaksi"
    with zipfile.ZipFile(liar, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
        archive.writestr("images/nol", b"\0" * (4 * 1024 * 1024))
        archive.getinfo("images/nol").file_size = 100
    with editor.use(), pytest.raises(PackageError) as info:
        read_package(liar)
    assert info.value.problem in (Problem.TOO_BIG, Problem.DAMAGED)


@pytest.mark.parametrize(
    "name", ["../evil.json", "/etc/passwd", "articles\\x.json", "C:/x.json", "a/../../b"]
)
def test_names_that_point_elsewhere_are_refused(editor, package, tmp_path, name):
    _zip(tmp_path / "x.redaksi", {**_parts(package), name: b"{}"})
    _refused(editor, tmp_path / "x.redaksi", Problem.BAD_NAME)


def test_duplicate_names_are_refused(editor, package, tmp_path):
    parts = _parts(package)
    with zipfile.ZipFile(tmp_path / "x.redaksi", "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
        with pytest.warns(UserWarning, match="Duplicate name"):
            archive.writestr("people.json", parts["people.json"])
    _refused(editor, tmp_path / "x.redaksi", Problem.DUPLICATE_NAME)


def _resigned(writer, package, out, change) -> None:
    """``package`` with its manifest changed by ``change`` and signed again (by the writer, or
    by the signer ``change`` returns)."""
    parts = _parts(package)
    manifest = json.loads(parts.pop(MANIFEST))
    parts.pop(SIGNATURE)
    manifest.pop("parts")
    signer = change(manifest) or writer.person.signer
    write_package(out, parts, manifest, signer)


def test_a_newer_format_is_refused(writer, editor, package, tmp_path):
    _resigned(
        writer, package, tmp_path / "x.redaksi", lambda m: m.update(format=container.FORMAT_VERSION + 1)
    )
    _refused(editor, tmp_path / "x.redaksi", Problem.NEWER_FORMAT)


class _Stranger:
    """A key nobody in either database has."""

    def __init__(self) -> None:
        self.key = nacl.signing.SigningKey.generate()

    def sign(self, message: bytes) -> str:
        return bytes(self.key.sign(message).signature).hex()


def test_an_unknown_key_is_refused(writer, editor, package, tmp_path):
    stranger = _Stranger()

    def change(manifest):
        manifest["sender"]["public_key"] = bytes(stranger.key.verify_key).hex()
        return stranger

    _resigned(writer, package, tmp_path / "x.redaksi", change)
    _refused(editor, tmp_path / "x.redaksi", Problem.UNKNOWN_KEY)


def test_a_package_for_another_database_or_from_this_one_is_refused(writer, editor, package, tmp_path):
    _resigned(writer, package, tmp_path / "other.redaksi", lambda m: m.update(to_database=str(uuid.uuid4())))
    _refused(editor, tmp_path / "other.redaksi", Problem.WRONG_DATABASE)
    _refused(writer, package, Problem.OWN_PACKAGE)


def test_the_limits_are_named(monkeypatch, editor, package):
    """The limits are constants of the container module; a package past one is refused."""
    monkeypatch.setattr(container, "MAX_PARTS", 3)
    _refused(editor, package, Problem.TOO_MANY_PARTS)
    monkeypatch.setattr(container, "MAX_PARTS", 10_000)
    monkeypatch.setattr(container, "MAX_PACKAGE_BYTES", 100)
    _refused(editor, package, Problem.TOO_BIG)


def test_signed_content_that_redaksi_does_not_write_is_refused_as_damaged(writer, editor, package, tmp_path):
    """A sender's own Redaksi never writes it, but a signature does not make a part sane."""
    parts = _parts(package)
    manifest = json.loads(parts.pop(MANIFEST))
    parts.pop(SIGNATURE)
    manifest.pop("parts")
    name = next(n for n in parts if n.startswith("articles/"))
    article = json.loads(parts[name])
    article["revisions"] = [{"uuid": 7}]
    parts[name] = json.dumps(article).encode()
    write_package(tmp_path / "x.redaksi", parts, manifest, writer.person.signer)
    _refused(editor, tmp_path / "x.redaksi", Problem.DAMAGED)


def test_json_nested_too_deep_for_the_parser_is_refused_as_damaged(writer, editor, package, tmp_path):
    """ "[[[[..." some thousands deep: Python's JSON parser raises RecursionError, not ValueError."""
    bomb = b"[" * 5_000 + b"]" * 5_000
    parts = _parts(package)
    _zip(tmp_path / "manifest.redaksi", {**parts, MANIFEST: bomb})
    _refused(editor, tmp_path / "manifest.redaksi", Problem.DAMAGED)
    manifest = json.loads(parts.pop(MANIFEST))
    parts.pop(SIGNATURE)
    manifest.pop("parts")
    name = next(n for n in parts if n.startswith("articles/"))
    parts[name] = bomb  # signed by the sender: a signature does not make a part sane
    write_package(tmp_path / "part.redaksi", parts, manifest, writer.person.signer)
    _refused(editor, tmp_path / "part.redaksi", Problem.DAMAGED)
