"""The import readers' shared error class and file checks: one message path for a WordPress
export file and a Markdown folder, the Word import's own words kept, and the checks of a file
(missing, unreadable, a folder, too large) made alike for the WXR reader and the Word import."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.docx_import import DocxImportError
from desktop_app.core.imports.errors import ReadError, read_import_file
from desktop_app.core.imports.folders import FolderError
from desktop_app.core.imports.wxr import WxrError
from desktop_app.messages import describe_error


def test_each_reader_error_gets_its_own_words_through_describe_error(qapp):
    assert describe_error(WxrError("not_wxr", "umpan.xml")).startswith(
        "“umpan.xml” is not a WordPress export file."
    )
    assert describe_error(FolderError("no_posts", "/arsip")) == (
        "The folder “/arsip” holds no Markdown files (.md) to import."
    )
    # a Word import's folder is said in the Word import's words, not the WXR reader's
    folder = DocxImportError("not_a_file", "berkas")
    assert describe_error(folder) == "“berkas” is a folder, not a Word document."
    # a code no message knows is shown as it is, with its detail
    assert describe_error(FolderError("odd_code", "x")) == "odd_code: x"


def test_the_readers_errors_share_one_base_and_keep_code_and_detail():
    errors = (WxrError("damaged", "12"), FolderError("not_a_folder", "a"), DocxImportError("too_large", "2"))
    assert all(isinstance(error, ReadError) for error in errors)
    error = WxrError("damaged", "12")
    assert (error.code, error.detail, str(error)) == ("damaged", "12", "damaged: 12")
    assert str(FolderError("no_posts")) == "no_posts"


def _code(path: Path, **options) -> tuple[str, str]:
    options = {"limit": 2 * 1024 * 1024, "error": WxrError, "folder_code": "a_folder", **options}
    with pytest.raises(WxrError) as caught:
        read_import_file(path, **options)
    return caught.value.code, caught.value.detail


def test_read_import_file_refuses_missing_folders_and_oversized_files(tmp_path):
    assert _code(tmp_path / "hilang.xml") == ("file_missing", "hilang.xml")
    assert _code(tmp_path) == ("a_folder", tmp_path.name)
    big = tmp_path / "besar.xml"
    big.write_bytes(b"<" * (2 * 1024 * 1024 + 1))
    assert _code(big) == ("too_large", "2")
    big.write_bytes(b"<" * (2 * 1024 * 1024))  # the limit itself is allowed
    data = read_import_file(big, limit=2 * 1024 * 1024, error=WxrError, folder_code="x")
    assert len(data) == 2 * 1024 * 1024


def test_read_import_file_reads_all_or_the_head_and_names_an_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "ekspor.xml"
    path.write_bytes(b"<rss>" + b"x" * 10_000)
    assert read_import_file(path, limit=1 << 20, error=WxrError, folder_code="x") == path.read_bytes()
    assert read_import_file(path, limit=1 << 20, error=WxrError, folder_code="x", head=5) == b"<rss>"

    def refuse(*_args, **_kwargs):
        raise PermissionError("denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    monkeypatch.setattr(Path, "open", refuse)
    assert _code(path) == ("file_unreadable", "ekspor.xml")
    assert _code(path, head=4) == ("file_unreadable", "ekspor.xml")
