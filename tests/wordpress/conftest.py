"""One real WordPress for the whole session (see live_site.py)."""

from __future__ import annotations

import pytest

from tests.ui.window_fixtures import config_dir, make_window  # noqa: F401 (the window tests)
from tests.wordpress.live_site import LiveWordPress, _Processes, need_wordpress, start_wordpress


@pytest.fixture(scope="session")
def wordpress_session(tmp_path_factory):
    processes = _Processes()
    site: LiveWordPress | None = None
    error: Exception | None = None
    if not _missing():
        try:
            site = start_wordpress(tmp_path_factory.mktemp("wordpress"), processes)
        except Exception as problem:  # noqa: BLE001 - reported by each test that needs the site
            error = problem
    yield site, error
    processes.stop()


def _missing() -> bool:
    from tests.wordpress.live_site import missing_tools

    return bool(missing_tools())


@pytest.fixture
def wordpress(wordpress_session) -> LiveWordPress:
    """The live WordPress; skipped (or failed in CI) where the packages are missing."""
    need_wordpress()
    site, error = wordpress_session
    if error is not None:
        raise error
    assert site is not None
    return site
