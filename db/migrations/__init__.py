"""Numbered schema migrations (``NNNN_name.py``), applied in order by :mod:`db.migrate`.

A package, so that the migrations are found and imported as modules wherever Redaksi runs: a
checkout, a wheel, or a PyInstaller bundle that keeps no ``.py`` files on disk.

Numbering: a database records the *names* of the migrations it ran, and they run in the order
of their numbers. There is no 0002 or 0003: those numbers were skipped when 0004 was written
(no migration and no database ever had them), and they are not filled in later. From 0004 on the numbers
are contiguous (``tests/db/test_migrate.py`` checks it): a new migration takes the next number
after the highest, and a released migration is never edited (add a new one instead).
"""
