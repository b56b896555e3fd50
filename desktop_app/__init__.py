"""Redaksi: an offline-first newsroom editor."""

__version__ = "0.1.0"
