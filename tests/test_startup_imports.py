"""What starting the window imports: heavy modules it does not need stay unloaded."""

import subprocess
import sys

import pytest

# Paid only when used: the PostgreSQL driver when a URL is opened.
NOT_AT_START = ["psycopg", "psycopg2"]


@pytest.mark.parametrize("module", ["desktop_app.app", "desktop_app.cli", "db.database"])
def test_start_does_not_import_unneeded_modules(module):
    code = (f"import sys, {module}; "
            f"print(','.join(n for n in {NOT_AT_START!r} if n in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == ""


def test_postgres_driver_still_importable_after_peewee():
    """Hiding the drivers while peewee loads must not leave them unimportable."""
    code = "import db, peewee, psycopg; print(psycopg.__name__)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "psycopg"
