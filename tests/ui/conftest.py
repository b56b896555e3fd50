"""Fixtures for the tests of the main window (see window_fixtures.py)."""

from tests.ui.window_fixtures import config_dir, demo_target, make_window  # noqa: F401
