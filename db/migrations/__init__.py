"""Numbered schema migrations (``NNNN_name.py``), applied in order by :mod:`db.migrate`.

A package, so that the migrations are found and imported as modules wherever Redaksi runs: a
checkout, a wheel, or a PyInstaller bundle that keeps no ``.py`` files on disk.
"""
