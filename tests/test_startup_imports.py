"""What starting the window imports: heavy modules it does not need stay unloaded."""

import subprocess
import sys

import pytest

# Paid only when used: the PostgreSQL driver when a URL is opened.
NOT_AT_START = ["psycopg", "psycopg2"]


@pytest.mark.parametrize("module", ["desktop_app.app", "desktop_app.cli", "db.database"])
def test_start_does_not_import_unneeded_modules(module):
    code = f"import sys, {module}; print(','.join(n for n in {NOT_AT_START!r} if n in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


WINDOW_SCRIPT = """
import os, sys, tempfile
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from desktop_app.app import build_main_window
from PySide6.QtWidgets import QApplication
app = QApplication([])
window = build_main_window(sys.argv[1], tempfile.mkdtemp(), open_after_paint=True)
print(",".join(sorted(name for name in sys.argv[2:] if name in sys.modules)))
"""

# Loaded on first use, after the window has painted: the exporter, the image decoder, the
# Markdown renderer and sanitizer, Babel (the headline list formats with Qt), the migration
# runner (an up-to-date database needs none); the SVG renderer (icons are drawn when painted).
NOT_BEFORE_FIRST_PAINT = NOT_AT_START + [
    "PySide6.QtSvg",
    "jinja2",
    "PIL",
    "markdown2",
    "nh3",
    "babel",
    "playhouse.migrations",
    "slugify",
]


def test_window_paints_before_heavy_modules_load(tmp_path):
    from db.database import open_database

    open_database(tmp_path / "up-to-date.db").close()  # created and migrated beforehand
    out = subprocess.run(
        [sys.executable, "-c", WINDOW_SCRIPT, str(tmp_path / "up-to-date.db"), *NOT_BEFORE_FIRST_PAINT],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""


def test_postgres_driver_still_importable_after_peewee():
    """Hiding the drivers while peewee loads must not leave them unimportable."""
    code = "import db, peewee, psycopg; print(psycopg.__name__)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "psycopg"


def test_export_command_does_not_load_the_window_toolkit(tmp_path):
    """`redaksi export` needs no widgets: QtWidgets, QtGui and the preview never load."""
    code = (
        "import sys, runpy\n"
        f"sys.argv = ['redaksi', '--db', {str(tmp_path / 'x.db')!r}, 'demo']\n"
        "from desktop_app import cli\n"
        "cli.main(sys.argv[1:])\n"
        f"cli.main(['--db', {str(tmp_path / 'x.db')!r}, 'export', '--out', {str(tmp_path / 'site')!r}])\n"
        "widgets = ('PySide6.QtWidgets', 'PySide6.QtGui', 'desktop_app.ui.preview', 'desktop_app.app')\n"
        "print('LOADED:' + ','.join(n for n in widgets if n in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "LOADED:\n" in out.stdout


def test_export_command_does_not_load_qt_at_all(tmp_path):
    """`redaksi export` speaks Indonesian without Qt: its .qm is read by Redaksi itself."""
    from desktop_app.cli import main

    db, site = str(tmp_path / "x.db"), str(tmp_path / "site")
    assert main(["--db", db, "demo"]) == 0
    code = (
        "import sys\n"
        "from desktop_app import cli\n"
        f"code = cli.main(['--db', {db!r}, 'export', '--out', {site!r}])\n"
        "print('QT:' + ','.join(sorted(n for n in sys.modules if n.startswith('PySide6'))))\n"
        "unused = ('nacl', 'desktop_app.core.people', 'desktop_app.core.articles')\n"
        "print('UNUSED:' + ','.join(n for n in unused if n in sys.modules))\n"
        "sys.exit(code)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "artikel diekspor ke" in out.stdout
    assert "QT:\n" in out.stdout
    assert "UNUSED:\n" in out.stdout  # (the signing keys, the people's and articles' services)


OPEN_SCRIPT = """
import os, sys, tempfile
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from desktop_app.app import build_main_window
from desktop_app.settings import Settings
from PySide6.QtWidgets import QApplication
app = QApplication([])
config = tempfile.mkdtemp()
Settings(config).set_open_article(os.path.abspath(sys.argv[1]), int(sys.argv[2]), 0)

def opened(window):
    assert window.current_article_id() == int(sys.argv[2])
    print("LOADED:" + ",".join(sorted(name for name in sys.argv[3:] if name in sys.modules)), flush=True)
    os._exit(0)

window = build_main_window(sys.argv[1], config, open_after_paint=True, then=opened)
window.show()
app.exec()
"""


def test_the_restored_article_opens_without_babel_or_the_package_merger(tmp_path):
    """The last article is reopened right after the first paint: its "saved 3 Dec 2025" line
    is formatted with Qt's locale data, and asking whether a review package left it a conflict
    loads no packing or merging code (together ~90 ms of the start before a key is taken)."""
    import datetime as _dt

    from db.database import open_database
    from db.models import Article
    from desktop_app.core.articles import ArticleService
    from desktop_app.core.models import ArticleChanges

    path = tmp_path / "redaksi.db"
    database = open_database(path)
    article = ArticleService(database).create(ArticleChanges(title="Rapat Koordinasi", body="Isi."))
    Article.update(updated_at=_dt.datetime(2025, 12, 3, 7, 0)).where(Article.id == article.id).execute()
    database.close()
    heavy = ["babel", "desktop_app.core.packages.merge", "desktop_app.core.packages.plan"]
    out = subprocess.run(
        [sys.executable, "-c", OPEN_SCRIPT, str(path), str(article.id), *heavy],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "LOADED:" in out.stdout, out.stderr
    assert out.stdout.split("LOADED:")[1].strip() == ""
