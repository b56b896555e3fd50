"""What the About box and a support request say about this installation (Qt-free).

The window adds the Qt and PySide6 versions; everything that comes from the storage layer (where
the data folder is, which database is open, without a PostgreSQL password) is gathered here.
"""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from peewee import Database

from db.database import backend_of, default_data_dir, redact_url
from desktop_app import __version__

LICENCE = "GPL-3.0-or-later"
LICENCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"


@dataclass(frozen=True)
class Installation:
    version: str
    licence: str
    data_folder: Path
    backend: str  # "sqlite" or "postgresql"
    database: str  # a file's full path, or a server URL without its password
    python: str
    system: str


def installation(database: Database, target: str | Path) -> Installation:
    """This Redaksi and the database it has open (``target``: the path or URL it was opened
    from; a URL's password is never part of the answer)."""
    backend = backend_of(database)
    if backend == "sqlite":
        shown = str(Path(str(target)).expanduser().resolve()) if str(target) else ""
    else:
        shown = url_without_password(str(target))
    return Installation(
        version=__version__,
        licence=LICENCE,
        data_folder=default_data_dir(),
        backend=backend,
        database=shown,
        python=f"{platform.python_implementation()} {platform.python_version()}",
        system=f"{platform.system()} {platform.release()} ({sys.platform}, {platform.machine()})",
    )


def licence_text() -> str:
    """The full text of the GNU GPL version 3 (shipped in ``resources/``), or "" when missing."""
    from desktop_app.core.resources import resource_path

    try:  # the same text as the top-level LICENSE (the Indonesian dictionary's licence too)
        return resource_path("dictionaries", "GPL-3.0.txt").read_text(encoding="utf-8")
    except OSError:
        return ""


def url_without_password(url: str) -> str:
    """A PostgreSQL URL with neither a password in it (``user:***@``) nor one in its query
    (``?password=``, which libpq accepts too)."""
    parts = urlsplit(redact_url(url))
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() != "password"]
    return urlunsplit(parts._replace(query=urlencode(query)))
