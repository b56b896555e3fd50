"""Redaksi: an offline-first newsroom editor."""

__version__ = "0.1.0"

# Before anything imports peewee: see db/__init__.py (PostgreSQL driver loaded on first use).
import db  # noqa: E402,F401
