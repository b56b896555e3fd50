"""Redaksi as users install it: a wheel in a fresh environment, the PyInstaller bundle."""
