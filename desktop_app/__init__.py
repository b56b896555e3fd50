"""Redaksi: an offline-first newsroom editor."""

__version__ = "0.1.0"

#: The reverse-DNS application id: the .desktop and metainfo file names, the icon name, and
#: QGuiApplication.desktopFileName (how Wayland and X11 docks match the window to its launcher).
APP_ID = "io.github.redaksi.redaksi"

# Before anything imports peewee: see db/__init__.py (PostgreSQL driver loaded on first use).
import db  # noqa: E402,F401
