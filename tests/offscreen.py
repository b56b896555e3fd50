"""The Qt platform the tests run on: offscreen, with a screen like an office monitor's (the
offscreen platform's own is 800×800, and Redaksi's window keeps within its screen)."""

from __future__ import annotations

from pathlib import Path

#: ``QT_QPA_PLATFORM`` for the tests and the Redaksi processes they start.
OFFSCREEN_PLATFORM = "offscreen:configfile=" + str(Path(__file__).with_name("offscreen_screen.json"))
