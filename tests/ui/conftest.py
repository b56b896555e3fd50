"""Fixtures for the tests of the main window (see window_fixtures.py)."""

from tests.ui.window_fixtures import (  # noqa: F401
    config_dir,
    demo_target,
    earlier_top_levels,
    indonesian_window,
    make_window,
)
