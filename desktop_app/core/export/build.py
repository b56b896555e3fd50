"""``export_site``: the whole static website from the live articles of a database."""

from __future__ import annotations

import datetime as _dt
import hashlib
import math
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import UndefinedError
from markupsafe import Markup, escape
from peewee import Database

from desktop_app.core.corrections import TakedownData, withdrawn_articles
from desktop_app.core.dates import plain_date, to_local
from desktop_app.core.export import share_cards
from desktop_app.core.export.branding import ICON_PATHS, icon_files, load_logo
from desktop_app.core.export.pages import (
    THEME_ERRORS,
    PageSpec,
    SiteContext,
    correction_items,
    environment,
    iso,
    release_feed_html,
    search_script,
    share_script,
    site_body_html,
    sitemap,
    stylesheet,
    templates_digest,
    theme_export_error,
)
from desktop_app.core.export.paths import safe_segment
from desktop_app.core.export.rendered import MAX_WORKERS, cores, rendered_bodies
from desktop_app.core.export.search_index import (
    INDEX_FORMAT,
    INDEX_PATH,
    OPENING_SOURCE_CHARS,
    PAGE_PATH,
    SCRIPT_PATH,
    index_script,
    make_entry,
    plain_opening,
    read_index_rows,
)
from desktop_app.core.export.site import (
    SiteArticle,
    SiteImage,
    Term,
    count_live_articles,
    live_articles,
    load_bodies,
    load_body_openings,
)
from desktop_app.core.export.writer import ExportError, SiteWriter, WriteStats
from desktop_app.core.lead_story import lead_story_uuid
from desktop_app.core.press_releases import release_block
from desktop_app.core.site_settings import SiteSettings, load_site_settings

if TYPE_CHECKING:
    from desktop_app.core.export.parallel import ArticlePagePool

EXPORT_VERSION = 1
#: Fewer article pages than this are rendered in this process (workers take ~0.3 s to start).
PARALLEL_PAGES = 1500
PER_PAGE = 10
SHARE_SCRIPT_PATH = "bagikan.js"
FEED_SIZE = 20
#: Threads reading share cards from the cache.
CACHE_READERS = 4

#: ``progress(done, total, what)``; ``cancelled()`` is polled between steps.
Progress = Callable[[int, int, str], None]


class ExportCancelled(ExportError):
    def __init__(self) -> None:
        super().__init__("cancelled")


@dataclass
class ExportResult:
    out: Path
    articles: int
    pages: int
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    #: Paths the previous export's manifest named that lead outside the output folder (or are
    #: malformed): ignored, nothing at them touched; the UI warns (someone edited the manifest).
    ignored: list[str] = field(default_factory=list)
    #: False without a base URL: a sitemap must list absolute URLs, so none is written (and
    #: robots.txt names none); the UI says so.
    sitemap: bool = True
    #: False without a base URL: feeds need absolute links (RSS 2.0 allows nothing else, and a
    #: feed is read away from the site), so no atom.xml or rss.xml is written and no page links
    #: to one.
    feeds: bool = True
    #: False without a base URL: ``og:image`` must be an absolute address, so no share images
    #: are made and a shared link shows no picture; the UI says so.
    share_images: bool = True

    @property
    def index(self) -> Path:
        return self.out / "index.html"


def _sha(*parts: object) -> str:
    # repr of str/int/list/tuple/dict-in-insertion-order values is stable and cheaper than JSON.
    return hashlib.sha256(repr(parts).encode()).hexdigest()


#: ``t(key, **values)``: a word of the site's strings table (see :mod:`.strings`).
Words = Callable[..., str]


@dataclass(frozen=True)
class ListKind:
    """One kind of list page of the site: its template, the folder its pages live in, and its
    title and heading (from the site's title, the category's or tag's name and the words)."""

    template: str
    folder: str
    title: Callable[[Words, str, str], str]  # (words, site title, name) -> title
    heading: Callable[[Words, str], str]  # (words, name) -> heading


#: The site's list pages: the front page (its later pages in ``halaman/``), one list per
#: category and one per tag. The other pages are one kind each: an article's page, the Atom and
#: RSS feeds, the 404 page (see :meth:`_Build.specs`).
LIST_KINDS: dict[str, ListKind] = {
    "index": ListKind(
        template="index.html",
        folder="halaman",
        title=lambda t, site, name: site,
        heading=lambda t, name: t("latest_news"),
    ),
    "category": ListKind(
        template="category.html",
        folder="kategori",
        title=lambda t, site, name: t("category_title", name=name),
        heading=lambda t, name: name,
    ),
    "tag": ListKind(
        template="tag.html",
        folder="tag",
        title=lambda t, site, name: t("tag_title", name=name),
        heading=lambda t, name: f"#{name}",
    ),
}


def _list_pages(kind: str, term: Term | None) -> Callable[[int], str]:
    """The path of page ``n`` of a list: ``index.html``, ``halaman/2.html``...; for a category
    or tag ``kategori/<slug>.html``, ``kategori/<slug>/2.html``..."""
    folder = LIST_KINDS[kind].folder
    if term is None:
        return lambda n: "index.html" if n == 1 else f"{folder}/{n}.html"
    base = f"{folder}/{term.slug}"
    return lambda n: f"{base}.html" if n == 1 else f"{base}/{n}.html"


class _Build:
    def __init__(
        self,
        settings: SiteSettings,
        articles: list[SiteArticle],
        images: dict[str, SiteImage],
        writer: SiteWriter,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
        workers: int | None,
        pool: ArticlePagePool | None = None,
        withdrawn: list[TakedownData] | None = None,
    ) -> None:
        self.settings = settings
        self.withdrawn = withdrawn or []
        self.pool = pool
        self.articles = articles
        self.images = images
        self.writer = writer
        self.progress = progress
        self.cancelled = cancelled
        self.workers = workers
        self.env = environment(settings.theme, settings.language)
        self.lead_uuid = lead_story_uuid()
        self.brand_logo = load_logo(settings)
        self.logo = self.brand_logo.image if self.brand_logo else None
        categories = {a.category for a in articles if a.category}
        nav = sorted({(c.name, c.slug) for c in categories}, key=lambda c: c[0].lower())
        self.ctx = SiteContext(settings, nav, self.logo)
        self.global_key = _sha(
            EXPORT_VERSION, templates_digest(self.env), asdict(settings), nav, self.logo and self.logo.path
        )
        self.digests = {a.id: a.digest(images) for a in articles}
        #: Each article page's key (made by :meth:`specs`).
        self.page_keys: dict[int, str] = {}
        self.html: dict[str, str] = {}
        self.facts: dict[str, list[Any]] = {}
        self._card_macro: Callable[..., Markup] | None = None
        self._card_html: dict[tuple[int, str, bool], Markup] = {}
        self.done = 0
        self.total = 0

    def check(self) -> None:
        if self.cancelled and self.cancelled():
            raise ExportCancelled

    def step(self, what: str, n: int = 1) -> None:
        self.done += n
        if self.progress:
            self.progress(min(self.done, self.total), self.total, what)
        self.check()

    def render(self, template: str, context: dict[str, Any]) -> bytes:
        return self.env.get_template(template).render(context).encode("utf-8")

    def specs(self) -> list[PageSpec]:
        specs: list[PageSpec] = []
        for article in self.articles:
            key = self.page_keys[article.id] = _sha(self.global_key, self.digests[article.id])
            specs.append(PageSpec(article.path, "article.html", key, {"article": article}))
        specs += self._withdrawal_pages({s.path for s in specs})
        specs += self._listing("index", None, self._front_page_order(), lead=self.lead_uuid)
        by_category: dict[Term, list[SiteArticle]] = {}
        by_tag: dict[Term, list[SiteArticle]] = {}
        for article in self.articles:
            if article.category:
                by_category.setdefault(article.category, []).append(article)
            for tag in article.tags:
                by_tag.setdefault(tag, []).append(article)
        for kind, groups in (("category", by_category), ("tag", by_tag)):
            for term in sorted(groups, key=lambda t: (t.slug, t.name)):  # (distinct slugs)
                specs += self._listing(kind, term, groups[term])
        if self.settings.base_url:  # feed readers need absolute links (RSS allows no other)
            latest = self.articles[:FEED_SIZE]
            feed_key = _sha(self.global_key, [self.digests[a.id] for a in latest])
            for name in ("atom.xml", "rss.xml"):
                specs.append(PageSpec(name, name, feed_key, {"feed": latest}))
        specs.append(PageSpec("404.html", "404.html", _sha(self.global_key, "404"), {}))
        specs.append(PageSpec(PAGE_PATH, "search.html", _sha(self.global_key, "search"), {}))
        return specs

    def _withdrawal_pages(self, taken: set[str]) -> list[PageSpec]:
        """A page at each withdrawn article's old address (one live again there wins)."""
        specs = []
        for takedown in self.withdrawn:
            path = f"berita/{safe_segment(takedown.slug, 'berita')}.html"
            if path in taken:
                continue
            taken.add(path)
            key = _sha(
                self.global_key,
                "withdrawn",
                takedown.uuid,
                takedown.title,
                takedown.note,
                takedown.withdrawn_at.isoformat(),
                takedown.published_at and takedown.published_at.isoformat(),
            )
            specs.append(PageSpec(path, "withdrawn.html", key, {"takedown": takedown}))
        return specs

    def _front_page_order(self) -> list[SiteArticle]:
        """The live articles, newest first, but the lead story ("Berita Utama") an editor
        pinned first of all (when it is live)."""
        pinned = [a for a in self.articles if a.uuid == self.lead_uuid]
        return pinned + [a for a in self.articles if a.uuid != self.lead_uuid] if pinned else self.articles

    def _listing(
        self, kind: str, term: Term | None, items: list[SiteArticle], lead: str = ""
    ) -> list[PageSpec]:
        template, page_path = LIST_KINDS[kind].template, _list_pages(kind, term)
        pages = max(1, math.ceil(len(items) / PER_PAGE))
        specs = []
        for n in range(1, pages + 1):
            chunk = items[(n - 1) * PER_PAGE : n * PER_PAGE]
            key = _sha(
                self.global_key,
                template,
                kind,
                term and [term.name, term.slug],
                n,
                pages,
                [self.digests[a.id] for a in chunk],
                lead if n == 1 else "",
            )
            specs.append(
                PageSpec(
                    page_path(n),
                    template,
                    key,
                    {
                        "items": chunk,
                        "kind": kind,
                        "term": term,
                        "page": n,
                        "pages": pages,
                        "page_path": page_path,
                        "lead": lead if n == 1 else "",
                    },
                )
            )
        return specs

    def context_for(self, spec: PageSpec) -> dict[str, Any]:
        data = spec.context
        if spec.template == "article.html":
            article = data["article"]
            return self.ctx.article(article, self.html[article.body_sha256], self.images)
        if spec.template in ("atom.xml", "rss.xml"):
            return self._feed_context(data["feed"])
        if spec.template == "withdrawn.html":
            return self.ctx.withdrawn(spec.path, data["takedown"])
        if spec.template == "search.html":
            return self.ctx.search_page(spec.path)
        if spec.template == "404.html":
            context = self.ctx.common(spec.path, self.settings.base_url or None)
            context.update(
                page_title=self.ctx.t("not_found_title"),
                og_type="website",
                og_image="",
                description=self.settings.description,
                canonical="",
            )
            return context
        kind, t = LIST_KINDS[data["kind"]], self.ctx.t
        name = data["term"].name if data["term"] else ""
        title, heading = kind.title(t, self.settings.title, name), kind.heading(t, name)
        if data["page"] > 1:
            title = t("title_page", title=title, page=data["page"])
        context = self.ctx.listing(
            spec.path,
            data["items"],
            title=title,
            heading=heading,
            kind=data["kind"],
            page=data["page"],
            pages=data["pages"],
            page_path=data["page_path"],
            lead=data["lead"],
        )
        context["cards"] = self._cards(data["items"], context)
        return context

    def _cards(self, articles: list[SiteArticle], context: dict[str, Any]) -> list[Markup]:
        """The list's cards (the ``card`` macro of ``_cards.html``, a theme's if it has one),
        each drawn once per article and folder depth: an article is on the front page's list,
        its category's and each of its tags' (most of a full export's list-rendering time was
        the same cards drawn again)."""
        if not articles:
            return []
        macro = self._card_macro
        if macro is None:
            macro = getattr(self.env.get_template("_cards.html").module, "card", None)
            if macro is None:  # (a theme's _cards.html without it)
                raise UndefinedError("_cards.html: no macro 'card'")
            self._card_macro = macro
        root, logo, brand = context["root"], context["logo"], self.settings.title
        cards = []
        for article, item in zip(articles, context["items"], strict=True):
            key = (article.id, root, item["lead"])
            card = self._card_html.get(key)
            if card is None:
                card = self._card_html[key] = macro(item, brand=brand, logo=logo)
            cards.append(card)
        return cards

    def _feed_context(self, items: list[SiteArticle]) -> dict[str, Any]:
        base = self.settings.base_url
        entries = []
        for article in items:
            html = site_body_html(self.html[article.body_sha256], article.shown_images(self.images), base)
            notice = self._correction_notice(article)
            release = release_block(article.release_number, article.texts)
            if release:
                html = release_feed_html(release, self.ctx.t, html)
            entries.append(
                {
                    "title": article.title,
                    "link": base + article.path,
                    "id": f"urn:uuid:{article.uuid}",
                    "summary": article.summary,
                    # RSS readers take <description> as HTML: the text as HTML (escaped here),
                    # which the template's autoescaping escapes once more for XML.
                    "description_html": notice + str(escape(article.summary or article.title)),
                    "content": notice + html,
                    "author": article.author,
                    "category": article.category and article.category.name,
                    "published": iso(article.published_at),
                    "updated": iso(article.modified_at),
                    "rfc822": _rfc822(article.published_at),
                    "release_number": article.release_number,
                }
            )
        updated = max((a.modified_at for a in items), default=_dt.datetime(2000, 1, 1))
        return {
            "site": self.settings,
            "description_html": str(escape(self.settings.description or self.settings.title)),
            "entries": entries,
            "base": base,
            "updated": iso(updated),
            "rfc822": _rfc822(updated),
            "language": self.settings.language,
        }

    def _correction_notice(self, article: SiteArticle) -> str:
        """The article's approved corrections as HTML for the top of a feed entry."""
        t = self.ctx.t
        return "".join(
            f"<p><strong>{escape(t('correction', date=c['date']))}:</strong> {escape(c['note'])}"
            + (f" ({escape(t('correction_approved_by', name=c['approver']))})" if c["approver"] else "")
            + "</p>\n"
            for c in correction_items(article.corrections, self.ctx.language)
        )

    @staticmethod
    def _bodies(articles: list[SiteArticle]) -> dict[str, str]:
        """``{body sha256: Markdown}``, reading from the database the bodies not yet read."""
        unread = load_bodies([a.revision_id for a in articles if a.body is None])
        return {a.body_sha256: a.body if a.body is not None else unread[a.revision_id] for a in articles}

    def run(self) -> WriteStats:
        specs = self.specs()
        self.total = (
            len(specs) + 5 + (2 if self.settings.base_url else 0) + len(self.images) + (1 if self.logo else 0)
        )
        pending = []
        unchanged = 0
        for spec in specs:
            if self.writer.reuse(spec.path, spec.key):
                unchanged += 1
                if unchanged == 250:  # (progress for every file of a large site costs)
                    self.step("unchanged", unchanged)
                    unchanged = 0
            else:
                pending.append(spec)
        self.step("unchanged", unchanged)
        needed = (
            {a.body_sha256: a for a in self.articles[:FEED_SIZE]}
            if any(s.template.endswith(".xml") for s in pending)
            else {}
        )
        for spec in pending:
            if spec.template == "article.html":
                article = spec.context["article"]
                needed[article.body_sha256] = article
        if needed:
            self.total += len(needed)
            self.html = rendered_bodies(needed, self._bodies, self.workers, lambda n: self.step("render", n))
        self._write_pages(pending, meanwhile=lambda: self._write_extras(specs))
        self.check()
        return self.writer.commit(self.facts)

    def _write_pages(self, pending: list[PageSpec], meanwhile: Callable[[], None]) -> None:
        """Write the ``pending`` pages, and call ``meanwhile`` (the rest of the site): with
        worker processes, once this process has rendered the lists and feeds and before it helps
        with the article pages, so that the workers render articles while it writes the share
        images and the search index (a core is not left idle waiting for the other)."""
        articles = [s for s in pending if s.template == "article.html"]
        workers = _worker_count(self.workers)
        if len(articles) < PARALLEL_PAGES or workers < 1:
            for spec in pending:
                self.writer.write(spec.path, self.render(spec.template, self.context_for(spec)), spec.key)
                self.step(spec.path)
            meanwhile()
            return
        keys = {spec.path: spec.key for spec in articles}
        items = []
        for spec in articles:
            article = spec.context["article"]
            items.append((spec.path, *self.writer.claim(spec.path), article, self.html[article.body_sha256]))
        pool = self.pool or _start_pool(workers, self.settings)
        self.pool = None
        try:
            pool.submit(self.settings, self.ctx.categories, self.logo, self.images, items)
            for spec in pending:  # lists and feeds here, meanwhile the workers write articles
                if spec.template != "article.html":
                    self.writer.write(spec.path, self.render(spec.template, self.context_for(spec)), spec.key)
                    self.step(spec.path)
            meanwhile()
            template = self.env.get_template("article.html")
            while (chunk := pool.steal()) is not None:  # then help them
                for path, target, old, old_sha, article, html in chunk:
                    data = template.render(self.ctx.article(article, html, self.images))
                    self.writer.write_claimed(path, keys[path], data.encode("utf-8"), target, old, old_sha)
                    self.step(path)
            for path, sha, written in pool.results():
                self.writer.record(path, keys[path], sha, written)
                self.step(path)
        except BaseException:
            pool.close(cancel=True)
            raise
        pool.close()

    def _write_extras(self, specs: list[PageSpec]) -> None:
        for image in sorted(
            {**self.images, **({"logo": self.logo} if self.logo else {})}.values(), key=lambda i: i.path
        ):
            if not self.writer.has(image.path):
                self.writer.write(image.path, image.data)
            self.step(image.path)
        self.writer.write("style.css", stylesheet(self.env))
        self.step("style.css")
        # (drawn again only when the settings or the logo changed: Pillow's ICO writer loads
        # every image plug-in, ~0.1 s of a re-export)
        icons_key = _sha(self.global_key, "icons")
        kept = [path for path in ICON_PATHS if self.writer.reuse(path, icons_key)]
        if len(kept) < len(ICON_PATHS):
            for path, data in icon_files(self.settings, self.brand_logo).items():
                if path not in kept:
                    self.writer.write(path, data, icons_key)
        self.step("icons")
        self.writer.write(SCRIPT_PATH, search_script(self.env))
        self.step(SCRIPT_PATH)
        if self.settings.base_url:  # (the Share block needs the site's full address)
            self.writer.write(SHARE_SCRIPT_PATH, share_script(self.env))
        self._write_share_cards()
        self._write_search_index()
        if self.settings.base_url:  # the sitemap protocol wants absolute URLs: none without
            modified = {a.path: to_local(a.modified_at).date().isoformat() for a in self.articles}
            base = self.settings.base_url
            urls = [
                (base + ("" if s.path == "index.html" else s.path), modified.get(s.path, ""))
                for s in specs
                if s.path.endswith(".html")
                and s.template not in ("404.html", "withdrawn.html", "search.html")
            ]
            self.writer.write("sitemap.xml", sitemap(self.env, urls))
            self.step("sitemap.xml")
        self.writer.write("robots.txt", self.render("robots.txt", {"site": self.settings}))
        self.step("robots.txt")

    def _write_share_cards(self) -> None:
        """The share images (only with a base URL: ``og:image`` is an absolute address), each
        drawn once: a card whose file the previous export wrote is kept as it is, one an earlier
        export on this computer drew is copied from the cache (:class:`share_cards.CardCache`). New
        ones are drawn in threads (Pillow lets go of the GIL while it encodes), ~16 ms each."""
        if not self.settings.base_url:
            return
        from concurrent.futures import ThreadPoolExecutor

        wanted: dict[str, share_cards.ShareCard] = {}
        site = self.ctx.site_card()
        if not (self.writer.has(site.path) or self.writer.reuse(site.path, site.path)):
            wanted[site.path] = site
        writer = self.writer
        for article in self.articles:  # (most cards are kept: made only when they are not)
            path = self.ctx.article_card_path(article)
            if path in wanted or writer.has(path) or writer.reuse(path, path):
                continue
            wanted[path] = self.ctx.article_card(article)
        pending: dict[str, share_cards.ShareCard] = {}
        # Those drawn by an earlier export on this computer are linked from the cache (a full
        # export of thousands writes none of their bytes: ~90 KB each), looked up in threads.
        if wanted:
            cache = share_cards.CardCache(wanted.values())
            with ThreadPoolExecutor(CACHE_READERS) as readers:
                for card, known in zip(
                    wanted.values(), readers.map(cache.find, wanted.values()), strict=True
                ):
                    if known is not None:
                        self.writer.copy_in(card.path, known.path, card.path, known.sha256)
                    else:
                        pending[card.path] = card
        if pending:

            def draw(card: share_cards.ShareCard) -> tuple[bytes, share_cards.CachedCard | None]:
                data = share_cards.draw(card, self.settings, self.brand_logo)
                return data, share_cards.keep(card, data)

            with ThreadPoolExecutor(max(1, min(cores(), MAX_WORKERS))) as threads:
                for card, (data, kept) in zip(
                    pending.values(), threads.map(draw, pending.values()), strict=True
                ):
                    if kept is not None:  # (written once, into the cache: the site links it)
                        self.writer.copy_in(card.path, kept.path, card.path, kept.sha256)
                    else:
                        self.writer.write(card.path, data, card.path)
                    self.check()
            share_cards.prune_cache_daily()
        self.step("share images")

    def _write_search_index(self) -> None:
        """``cari-indeks.js``: kept as it is while no live article changed (so a re-export
        after no change reads no text); else written again with the previous index's rows of
        the articles whose page is unchanged, the others made anew from the openings of their
        texts (only those read from the database)."""
        key = _sha(
            self.global_key,
            "search-index",
            INDEX_FORMAT,
            [(a.slug, self.digests[a.id]) for a in self.articles],
        )
        if not self.writer.reuse(INDEX_PATH, key):
            self.writer.write(INDEX_PATH, index_script(self._search_rows(), self._months()), key)
        self.step(INDEX_PATH)

    def _search_rows(self) -> list[list[str] | str]:
        previous = self.writer.previous_bytes(INDEX_PATH)
        kept = (previous and read_index_rows(previous, self.writer.as_written(INDEX_PATH, previous))) or {}
        rows: dict[int, list[str] | str] = {}
        for article in self.articles:
            row = kept.get(article.slug)
            entry = self.writer.previous.get(article.path)
            if row and entry and entry.get("key") == self.page_keys[article.id]:
                rows[article.id] = row  # (its page is unchanged: the words it is found by too)
        unread = [a.revision_id for a in self.articles if a.id not in rows and a.body is None]
        openings = load_body_openings(unread, OPENING_SOURCE_CHARS) if unread else {}
        for article in self.articles:
            if article.id in rows:
                continue
            body = article.body if article.body is not None else openings.get(article.revision_id, "")
            rows[article.id] = make_entry(
                title=article.title,
                slug=article.slug,
                iso_date=self.ctx.iso(article.published_at)[:10],
                category=article.category.name if article.category else "",
                summary=article.summary,
                opening=plain_opening(body),
                tags=[t.name for t in article.tags],
            ).row()
        return [rows[a.id] for a in self.articles]

    def _months(self) -> list[str]:
        """The month names of the site's language, as its dates show them."""
        return [
            plain_date(_dt.date(2000, month, 1), self.ctx.language).split(" ")[1] for month in range(1, 13)
        ]


def _worker_count(workers: int | None) -> int:
    """Worker processes for article pages: this process renders too (once the lists are
    done), so one fewer than the cores unless told."""
    return min(workers, MAX_WORKERS) if workers else cores() - 1


def _start_pool(workers: int, settings: SiteSettings) -> ArticlePagePool:
    from desktop_app.core.export.parallel import ArticlePagePool

    return ArticlePagePool(workers, settings.theme, language=settings.language)


def _rfc822(value: _dt.datetime) -> str:
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    local = to_local(value)
    offset = local.strftime("%z")
    return (
        f"{days[local.weekday()]}, {local.day:02d} {months[local.month - 1]} {local.year} "
        f"{local:%H:%M:%S} {offset}"
    )


def export_site(
    database: Database,
    out: str | Path,
    *,
    base_url: str | None = None,
    full: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
    now: _dt.datetime | None = None,
    remove_folder: Callable[[Path], None] | None = None,
) -> ExportResult:
    """Export the live articles as a static site into ``out`` (atomically, incrementally).

    ``base_url`` overrides the stored one for this export (validated). ``full`` rewrites every
    file. A failure or cancellation leaves ``out`` exactly as it was. ``remove_folder`` removes
    the previous site once the new one is in place (default: before returning; see
    :class:`~desktop_app.core.export.writer.SiteWriter`).

    With many article pages to write, worker processes ("spawn": the same on every platform,
    safe beside Qt's threads, and what a frozen bundle supports) render them on every core; when
    every page will be written (a first or full export) they are started before the database is
    read, so that their ~0.3 s start overlaps with it.
    """
    settings = load_site_settings(database).with_base_url(base_url)
    writer = SiteWriter(Path(out), full=full, remove_folder=remove_folder)
    pool = None
    try:
        if not writer.in_place and _worker_count(workers) >= 1 and count_live_articles(now) >= PARALLEL_PAGES:
            # Every page will be written: the workers start while the database is read.
            pool = _start_pool(_worker_count(workers), settings)
        articles, images, facts = live_articles(now, writer.previous_revisions)
        withdrawn = withdrawn_articles(now)
        build = _Build(settings, articles, images, writer, progress, cancelled, workers, pool, withdrawn)
        build.facts = facts
        stats = build.run()
    except BaseException as exc:
        if pool is not None:
            pool.close(cancel=True)
        writer.abort()
        if isinstance(exc, THEME_ERRORS):
            raise theme_export_error(exc) from exc
        raise
    finally:
        if pool is not None:
            pool.close()  # (not used after all, or already closed)
    return ExportResult(
        out=writer.out,
        articles=len(articles),
        pages=len(writer.files),
        written=stats.written,
        unchanged=stats.unchanged,
        removed=stats.removed,
        ignored=stats.ignored,
        sitemap=bool(settings.base_url),
        feeds=bool(settings.base_url),
        share_images=bool(settings.base_url),
    )
