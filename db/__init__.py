"""Storage layer of Redaksi: peewee models, connection, migrations, search, backup.

Knows nothing of the application above it and never imports Qt.

peewee imports a PostgreSQL driver (psycopg, ~120 ms) as soon as it is imported, if one is
installed, although most offices only ever open an SQLite file. This package is imported before
peewee anywhere in Redaksi (``desktop_app/__init__.py`` sees to it) and imports peewee with the
drivers hidden (so does :func:`db.migrate.runner` for peewee's migration runner);
:mod:`db.postgres` loads psycopg when a PostgreSQL URL is opened.
"""

import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def _postgres_drivers_hidden() -> Iterator[None]:
    """While inside, ``import psycopg`` (and psycopg2) fail as if they were not installed."""
    hidden = [name for name in ("psycopg", "psycopg2", "psycopg2cffi") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # None makes ``import name`` fail
    try:
        yield
    finally:
        for name in hidden:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]


with _postgres_drivers_hidden():
    import peewee  # noqa: F401
