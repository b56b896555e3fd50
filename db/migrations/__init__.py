"""Numbered schema migrations (``NNNN_name.py``), applied in order by :mod:`db.migrate`.

A package, so that the migrations are found and imported as modules wherever Redaksi runs: a
checkout, a wheel, or a PyInstaller bundle that keeps no ``.py`` files on disk.

Numbering: a database records the *names* of the migrations it ran, and they run in the order
of their numbers. 0002 and 0003 do not exist: they were used by work that was folded into
0001 before any database was released, and numbers are never reused. From 0004 on the numbers
are contiguous (``tests/db/test_migrate.py`` checks it): a new migration takes the next number
after the highest, and a released migration is never edited (add a new one instead).
"""
