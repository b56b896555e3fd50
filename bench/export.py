"""Website export beside Pelican: full export of 1,000 and 5,000 articles, and an incremental
export after one change, each beside Pelican building the same articles in the same run.

    python bench/export.py [--counts 1000 5000] [--repeat 3] [--json]

Articles come from ``bench/generate.py`` (every generated article made live: a published
snapshot, no embargo, not trashed). Both tools run as a command (process start included):
``redaksi export`` and ``pelican`` with its default theme, Atom/RSS feeds and pagination 10.
Pelican is installed into its own virtual environment under /tmp by this script (it is never a
Redaksi dependency). Figures:

- ``full_cached``: a full export (``--full``, empty folder) when every article's HTML is already
  in the render cache, as after publishing (goal, issue 21: >= 20x Pelican's articles per
  second at 5,000);
- ``full_render``: a full export with an empty render cache (goal: >= 1.5x Pelican);
- ``file_floor``: what any full export must do at the least on this disk, timed apart: write the
  site's pages and assets into an empty folder and hard-link its share cards (beside it, the
  time 20x Pelican's rate leaves for the whole full export);
- ``incremental``: one article re-published, then an export (goal, issue 21: <= 0.5 s as a
  command at 5,000 articles),
  beside Pelican rebuilding with its content cache; ``incremental_inprocess`` is the same
  after another change, timed inside the process (what the GUI waits for: no interpreter
  start-up and imports, which take about 0.5 s of the command's time).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PELICAN_VENV = Path(tempfile.gettempdir()) / "redaksi-bench-pelican"
PELICAN_CONF = """\
SITENAME = "Dinas Kominfo"
SITEURL = "https://kominfo.example.go.id"
TIMEZONE = "Asia/Jakarta"
DEFAULT_LANG = "id"
DEFAULT_PAGINATION = 10
FEED_DOMAIN = SITEURL
FEED_ALL_ATOM = "feeds/all.atom.xml"
FEED_ALL_RSS = "feeds/all.rss.xml"
CATEGORY_FEED_ATOM = "feeds/{slug}.atom.xml"
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CACHE_PATH = %r
"""


def pelican_command() -> Path:
    """The pelican executable of the benchmark's own environment (made on first use)."""
    exe = PELICAN_VENV / "bin" / "pelican"
    if not exe.exists():
        subprocess.run([sys.executable, "-m", "venv", str(PELICAN_VENV)], check=True)
        subprocess.run(
            [str(PELICAN_VENV / "bin" / "pip"), "install", "-q", "pelican", "markdown"], check=True
        )
    return exe


def make_all_live(path: Path) -> int:
    """Give every generated article a published snapshot (the bench wants N live articles)."""
    from peewee import JOIN

    from db.database import open_database
    from db.models import Article, ArticleBody, Category, Revision

    database = open_database(path)
    with database.atomic():
        rows = (
            Article.select(
                Article.id,
                Article.title,
                Article.slug,
                Article.summary,
                Article.dateline,
                Category.name,
                ArticleBody.body,
                Article.updated_at,
            )
            .join(ArticleBody, on=(ArticleBody.article == Article.id))
            .switch(Article)
            .join(Category, JOIN.LEFT_OUTER, on=(Article.category == Category.id))
            .where(Article.published_revision.is_null(True))
            .tuples()
        )
        new = [
            {
                "article": a,
                "number": 1,
                "title": t,
                "slug": s,
                "summary": m,
                "dateline": d,
                "category_name": c or "",
                "body": b,
                "reason": "publish",
                "created_at": u,
            }
            for a, t, s, m, d, c, b, u in rows
        ]
        for start in range(0, len(new), 200):
            Revision.insert_many(new[start : start + 200]).execute()
        Article.update(status="published", published_revision=1, publish_at=None, deleted_at=None).execute()
        Article.update(published_at=Article.updated_at).where(Article.published_at.is_null(True)).execute()
        count = Article.select().count()
    database.close()
    return count


def pelican_content(db_path: Path, content: Path) -> None:
    """The live articles as Pelican Markdown files."""
    from db.database import open_database
    from desktop_app.core.export.site import live_articles, load_bodies

    database = open_database(db_path)
    articles, _, _ = live_articles()
    bodies = load_bodies([a.revision_id for a in articles])
    content.mkdir(parents=True, exist_ok=True)
    for article in articles:
        write_pelican_article(
            content,
            article.slug,
            article.title,
            article.published_at,
            article.category.name if article.category else "Berita",
            [t.name for t in article.tags],
            article.summary,
            article.author,
            bodies[article.revision_id],
        )
    database.close()


def write_pelican_article(content: Path, slug, title, when, category, tags, summary, author, body) -> None:
    one_line = " ".join(summary.split())
    (content / f"{slug}.md").write_text(
        f"Title: {title}\nDate: {when:%Y-%m-%d %H:%M}\nCategory: {category}\n"
        f"Tags: {', '.join(tags)}\nSlug: {slug}\nAuthor: {author or 'Redaksi'}\n"
        f"Summary: {one_line}\n\n{body}\n",
        encoding="utf-8",
    )


def _env() -> dict[str, str]:
    """As installed (pip writes .pyc files): compiled bytecode is cached, in a folder of its own
    so that the checkout stays clean (with PYTHONDONTWRITEBYTECODE every run compiled every
    module again, ~0.2 s of the command's time)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "redaksi-bench-pycache")
    return env


def timed(command: list[str], cwd: Path | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, env=_env())
    return time.perf_counter() - started


def redaksi_export(db: Path, out: Path, full: bool = True) -> float:
    command = [
        sys.executable,
        "-m",
        "desktop_app.cli",
        "--db",
        str(db),
        "export",
        "--out",
        str(out),
        "--base-url",
        "https://kominfo.example.go.id",
    ]
    return timed(command + (["--full"] if full else []), cwd=ROOT)


INPROCESS = """
import sys, time
from db.database import open_database
from desktop_app.core.export import export_site
database = open_database(sys.argv[1])
started = time.perf_counter()
export_site(database, sys.argv[2], base_url="https://kominfo.example.go.id")
print(time.perf_counter() - started)
"""


def redaksi_export_inprocess(db: Path, out: Path) -> float:
    """The export's own time (what the GUI waits for: no interpreter start, no imports)."""
    run = subprocess.run(
        [sys.executable, "-c", INPROCESS, str(db), str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return float(run.stdout.strip().splitlines()[-1])


def clear_render_cache(db: Path) -> None:
    from db.database import open_database
    from db.render_cache import RenderCache

    database = open_database(db)
    RenderCache.delete().execute()
    database.close()


def republish_one(db: Path) -> str:
    """Publish a changed snapshot of the newest article (its title and body), as the workflow's
    publishing does: the snapshot, then its body's HTML and facts kept for the export
    (``remember_snapshot``, see ``core/workflow.py``); returns its slug."""
    from peewee import fn

    from db.database import open_database
    from db.models import Article, Revision
    from desktop_app.core.export.rendered import remember_snapshot
    from desktop_app.core.export.site import live_articles

    database = open_database(db)
    article = live_articles()[0][0]
    last = Revision.get(
        (Revision.article == article.id)
        & (Revision.number == Revision.select(fn.MAX(Revision.number)).where(Revision.article == article.id))
    )
    snapshot = Revision.create(
        article=article.id,
        number=last.number + 1,
        title=last.title + " (ralat)",
        slug=last.slug,
        summary=last.summary,
        body=last.body + "\n\nRalat: diperbarui.",
        dateline=last.dateline,
        category_name=last.category_name,
        tags=last.tags,
        reason="publish",
        created_at=last.created_at,
    )
    Article.update(published_revision=last.number + 1).where(Article.id == article.id).execute()
    remember_snapshot(snapshot.uuid, snapshot.body)
    database.close()
    return article.slug


def file_system_floor(site: Path, target: Path) -> float:
    """Seconds to put a full export's files into an empty folder the plainest way, what any
    full export must do at the least: every page and asset written (read into memory first, not
    timed; in 4 threads, as Redaksi writes), every share card hard-linked (as Redaksi links them
    from its cache). No rendering, no hashing, no database."""
    from concurrent.futures import ThreadPoolExecutor

    files = [p for p in site.rglob("*") if p.is_file() and not p.name.startswith(".")]
    cards = [p for p in files if p.parent.name == "bagikan"]
    pages = [(p, p.read_bytes()) for p in files if p.parent.name != "bagikan"]
    shutil.rmtree(target, ignore_errors=True)
    folders = {target / p.relative_to(site).parent for p in files}

    def write(item: tuple[Path, bytes]) -> None:
        path, data = item
        with open(target / path.relative_to(site), "wb") as stream:
            stream.write(data)

    started = time.perf_counter()
    for folder in sorted(folders):
        folder.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(4) as threads:
        list(threads.map(write, pages))
    for card in cards:
        os.link(card, target / card.relative_to(site))
    seconds = time.perf_counter() - started
    shutil.rmtree(target, ignore_errors=True)
    return seconds


def bench_count(count: int, work: Path, pelican: Path, repeat: int) -> dict[str, float]:
    """Each figure is the best of ``repeat`` runs, for both tools (the machine may be busy)."""
    from bench.generate import cached_database

    db = work / f"redaksi-{count}.db"
    shutil.copyfile(cached_database(count, progress=True), db)
    live = make_all_live(db)
    figures: dict[str, float] = {f"articles_{count}": live}

    # Pelican: the same live articles, default theme, feeds; full build, then one change.
    content = work / f"pelican-{count}" / "content"
    pelican_content(db, content)
    conf = content.parent / "pelicanconf.py"
    cache, pelican_out = content.parent / "cache", content.parent / "out"
    conf.write_text(PELICAN_CONF % str(cache), encoding="utf-8")
    pelican_run = [str(pelican), str(content), "-o", str(pelican_out), "-s", str(conf), "-q"]
    runs = []
    for _ in range(repeat):
        shutil.rmtree(cache, ignore_errors=True)
        shutil.rmtree(pelican_out, ignore_errors=True)
        runs.append(timed(pelican_run))
    figures[f"pelican_full_{count}_s"] = min(runs)
    pelican_rate = live / min(runs)
    figures[f"pelican_rate_{count}"] = pelican_rate

    # Redaksi: full export that must render everything, then with everything rendered.
    render_runs, cached_runs = [], []
    for n in range(repeat):
        clear_render_cache(db)
        render_runs.append(redaksi_export(db, work / f"site-render-{count}-{n}"))
        cached_runs.append(redaksi_export(db, work / f"site-cached-{count}-{n}"))
    for name, seconds in (("full_render", min(render_runs)), ("full_cached", min(cached_runs))):
        figures[f"{name}_{count}_s"] = seconds
        figures[f"{name}_rate_{count}"] = live / seconds
        figures[f"{name}_{count}_ratio"] = (live / seconds) / pelican_rate

    site, floor = work / f"site-cached-{count}-0", work / f"floor-{count}"
    figures[f"file_floor_{count}_s"] = min(file_system_floor(site, floor) for _ in range(repeat))
    figures[f"goal_budget_{count}_s"] = live / (20 * pelican_rate)

    # One change: re-publish the newest article, export again into the same folder.
    site = work / f"site-cached-{count}-0"
    incremental, inprocess, pelican_incremental = [], [], []
    for n in range(repeat):
        slug = republish_one(db)
        incremental.append(redaksi_export(db, site, full=False))
        republish_one(db)
        inprocess.append(redaksi_export_inprocess(db, site))
        page = content / f"{slug}.md"
        page.write_text(
            page.read_text(encoding="utf-8").replace("\nSlug:", f" (ralat {n})\nSlug:", 1)
            + f"\nRalat {n}: diperbarui.\n",
            encoding="utf-8",
        )
        pelican_incremental.append(timed(pelican_run))
    figures[f"incremental_{count}_s"] = min(incremental)
    figures[f"incremental_inprocess_{count}_s"] = min(inprocess)
    figures[f"pelican_incremental_{count}_s"] = min(pelican_incremental)
    figures[f"incremental_{count}_ratio"] = min(pelican_incremental) / min(incremental)
    return figures


def print_table(figures: dict[str, float], counts: list[int]) -> None:
    print(f"{'figure':<34}{'Redaksi':>10}{'Pelican':>10}{'ratio':>8}  goal")
    for count in counts:
        live = int(figures[f"articles_{count}"])
        pelican_rate = figures[f"pelican_rate_{count}"]
        for name, goal in (("full_cached", ">= 20x"), ("full_render", ">= 1.5x")):
            print(
                f"{f'{name} {live} (articles/s)':<34}{figures[f'{name}_rate_{count}']:>10.0f}"
                f"{pelican_rate:>10.0f}{figures[f'{name}_{count}_ratio']:>7.1f}x  {goal}"
            )
        print(
            f"{f'incremental {live} (seconds)':<34}{figures[f'incremental_{count}_s']:>10.2f}"
            f"{figures[f'pelican_incremental_{count}_s']:>10.2f}"
            f"{figures[f'incremental_{count}_ratio']:>7.1f}x  <= 0.5 s"
        )
        print(f"{'  of which the export itself (s)':<34}{figures[f'incremental_inprocess_{count}_s']:>10.2f}")
        print(
            f"{'  floor: the files alone (s)':<34}{figures[f'file_floor_{count}_s']:>10.2f}"
            f"   (20x Pelican leaves {figures[f'goal_budget_{count}_s']:.2f} s for a full export)"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per figure; the best run counts (default 3)"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    pelican = pelican_command()
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="redaksi-bench-export-") as tmp:
        for count in args.counts:
            figures.update(bench_count(count, Path(tmp), pelican, max(1, args.repeat)))
    if args.json:
        print(json.dumps({k: round(v, 3) for k, v in figures.items()}))
    else:
        print_table(figures, args.counts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
