"""How signing in to a web host fails, whatever the protocol: the host's refusal is
``auth_failed``, a connection lost meanwhile is ``connect_failed`` with the system's words, and
an error of Redaksi's own goes through as it is."""

from __future__ import annotations

import errno
import ftplib

import pytest

from desktop_app.core.upload.errors import UploadError, signing_in, system_reason


def _code(exc: BaseException) -> tuple[str, str]:
    with (
        pytest.raises(UploadError) as caught,
        signing_in(ftplib.error_perm, (OSError, EOFError, ftplib.Error)),
    ):
        raise exc
    assert caught.value.__cause__ is exc or caught.value is exc
    return caught.value.code, caught.value.detail


def test_refusal_lost_line_and_own_errors():
    assert _code(ftplib.error_perm("530 Login incorrect.")) == ("auth_failed", "")
    assert _code(ftplib.error_temp("421 Too many users")) == ("connect_failed", "421 Too many users")
    reset = ConnectionResetError(errno.ECONNRESET, "Connection reset by peer")
    assert _code(reset) == ("connect_failed", "Connection reset by peer")
    assert _code(EOFError()) == ("connect_failed", "EOFError")
    assert _code(UploadError("no_password")) == ("no_password", "")


def test_anything_else_is_not_taken_for_a_sign_in_failure():
    with pytest.raises(ValueError, match="bad"), signing_in(ftplib.error_perm, OSError):
        raise ValueError("bad")
    with signing_in(ftplib.error_perm, OSError):
        pass  # nothing raised, nothing made up


def test_system_reason_prefers_the_systems_words_without_the_number():
    assert system_reason(OSError(errno.ENOENT, "No such file or directory")) == "No such file or directory"
    assert system_reason(OSError("Socket is closed")) == "Socket is closed"
    assert system_reason(TimeoutError()) == "TimeoutError"
