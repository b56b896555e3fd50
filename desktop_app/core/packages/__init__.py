"""Review packages: drafts, comments and approvals carried between offline machines.

A package (``*.redaksi``) is a zip with JSON inside, its manifest signed by the sender
(:mod:`container`; the format is documented in ``docs/review-packages.md``). :func:`pack`
writes one; :func:`read_package` opens and checks one for this database, :func:`make_plan`
works out what it would change (the preview) and :func:`import_package` writes that in one
transaction. Both are recorded in the packages' audit trail (:mod:`state`).

The merge, per article, against the *common revision* (what this database and the sender's
last both had: remembered per partner and article, :class:`db.models.PackageSync`):

* new here: added with its history;
* changed only on one side: that side's text is current;
* changed on both: this side's text stays, theirs becomes a ``conflict`` revision and the
  article shows the conflict banner (:mod:`conflicts`);
* comments merge by uuid; resolved on either side stays resolved;
* an audit record (approval, publication...) counts only when it verifies against a key of
  its actor and their role here allows the action; otherwise it becomes a comment saying so
  and the status does not move;
* a package imported before changes nothing.
"""

from __future__ import annotations

from desktop_app.core.packages.container import FILE_SUFFIX, FORMAT_VERSION
from desktop_app.core.packages.errors import PackageError, Problem
from desktop_app.core.packages.incoming import Incoming, read_package
from desktop_app.core.packages.merge import ImportResult, import_package
from desktop_app.core.packages.pack import PackResult, default_recipient, pack
from desktop_app.core.packages.plan import ArticlePlan, Outcome, Plan, RecordPlan, make_plan

__all__ = [
    "FILE_SUFFIX",
    "FORMAT_VERSION",
    "ArticlePlan",
    "ImportResult",
    "Incoming",
    "Outcome",
    "PackResult",
    "PackageError",
    "Plan",
    "Problem",
    "RecordPlan",
    "default_recipient",
    "import_package",
    "make_plan",
    "pack",
    "read_package",
]
