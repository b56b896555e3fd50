"""The workflow's words moved to :mod:`desktop_app.labels` (colours and ``is_dark`` to
:mod:`desktop_app.ui.palette`). What is left is for ``controller.py``, which still imports
``role_label`` from here: switch that import, then delete this module."""

from __future__ import annotations

from desktop_app.labels import role_label as role_label
