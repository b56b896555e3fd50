"""The upload by FTPS (explicit TLS) against pyftpdlib's server on 127.0.0.1: its self-signed
certificate asked about and then trusted by fingerprint, the site sent, then only a change."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.core.export import export_site
from desktop_app.core.upload.errors import HostKeyUnknown, UploadError
from desktop_app.core.upload.service import UploadService
from tests.upload.ftps_server import PASSWORD, USER, FtpsTestServer
from tests.upload.helpers import change_one_article, part_files, served_tree, site_tree

pytest.importorskip("OpenSSL")  # (pyftpdlib's TLS)


@pytest.fixture
def ftps_server(tmp_path):
    root = tmp_path / "ftp-root"
    root.mkdir()
    server = FtpsTestServer(root, tmp_path)
    server.start()
    yield server
    server.stop()


def test_an_ftps_upload_after_the_certificate_is_trusted(demo_database, tmp_path, ftps_server):
    from desktop_app.core.upload.settings import UploadSettings

    site = tmp_path / "site"
    export_site(demo_database, site, base_url="https://kominfo.example.go.id/")
    settings = UploadSettings(
        protocol="ftps", host="127.0.0.1", port=ftps_server.port, user=USER, remote_folder="www"
    )
    service = UploadService(demo_database, tmp_path / "config")
    with pytest.raises(HostKeyUnknown) as caught:
        service.test_connection(settings, PASSWORD)
    assert caught.value.kind == "certificate"
    service.trust(caught.value)
    with pytest.raises(UploadError) as wrong:
        service.test_connection(settings, "salah")
    assert wrong.value.code == "auth_failed"
    result = service.upload(site, settings=settings, password=PASSWORD)
    public = ftps_server.root / "www"
    assert served_tree(public) == site_tree(site)
    assert result.first
    change_one_article()
    exported = export_site(demo_database, site, base_url="https://kominfo.example.go.id/")
    again = service.upload(site, settings=replace(settings), password=PASSWORD)
    assert sorted(again.sent) == sorted(exported.written)
    assert served_tree(public) == site_tree(site)
    assert part_files(public) == []


def test_an_ftps_upload_cancelled_in_the_middle_of_a_file_is_finished_next_time(
    demo_database, tmp_path, ftps_server
):
    from desktop_app.core.upload.errors import UploadCancelled
    from desktop_app.core.upload.settings import UploadSettings
    from desktop_app.core.upload.sync import REMOTE_MANIFEST

    site = tmp_path / "site"
    export_site(demo_database, site, base_url="https://kominfo.example.go.id/")
    big = site / "img" / "spanduk.bin"  # (a file large enough to be cut in the middle)
    big.parent.mkdir(exist_ok=True)
    big.write_bytes(bytes(range(256)) * 4096)
    settings = UploadSettings(protocol="ftps", host="127.0.0.1", port=ftps_server.port, user=USER)
    service = UploadService(demo_database, tmp_path / "config")
    with pytest.raises(HostKeyUnknown) as caught:
        service.test_connection(settings, PASSWORD)
    service.trust(caught.value)
    with pytest.raises(UploadCancelled):
        service.upload(
            site,
            settings=settings,
            password=PASSWORD,
            progress=lambda files, total, sent, size, path: None,
            cancelled=lambda: (
                (ftps_server.root / ".redaksi-upload.json").exists()
                and any(ftps_server.root.rglob("*.redaksi-part"))
            ),
        )
    assert (ftps_server.root / REMOTE_MANIFEST).is_file()  # (the cancel was recorded)
    assert part_files(ftps_server.root) == []  # the piece was removed
    assert not (ftps_server.root / "img" / "spanduk.bin").exists()
    service.upload(site, settings=settings, password=PASSWORD)
    assert served_tree(ftps_server.root) == site_tree(site)
