"""Jinja2 templates (autoescaped) and the context each page of the site is rendered with.

Templates come from ``resources/site/``; a theme folder, when set, overrides any of them (and
``style.css``). Templates run in Jinja's sandbox (:class:`SandboxedEnvironment`): a theme reaches
no Python internals (``__class__``, ``_private`` attributes, unsafe calls) and reads no file
outside its folder; what it tries is refused with a ``theme_unsafe`` export error.
Every link in a page is relative (``root`` leads back to the site's top), so the
exported folder can be browsed from disk as well as served; canonical and feed URLs use the
base URL when one is set. The site's own words (menu, labels, page titles) follow its language:
templates call ``t("home")`` (see :mod:`desktop_app.core.export.strings`).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import re
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any, cast

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemBytecodeCache,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
)
from jinja2 import __version__ as jinja2_version
from jinja2.exceptions import SecurityError
from jinja2.filters import do_urlencode
from jinja2.loaders import split_template_path
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from desktop_app.core.article_header import header_context, place_lead
from desktop_app.core.colour import parse_colour, theme_colours
from desktop_app.core.corrections import PublicCorrection, TakedownData
from desktop_app.core.dates import news_date, news_time, plain_date, to_local
from desktop_app.core.export.share_cards import (
    ShareCard,
    article_card,
    article_card_path,
    branding_key,
    site_card,
)
from desktop_app.core.export.site import SiteArticle, SiteImage
from desktop_app.core.export.strings import SiteStrings, SiteStringsError, UnknownSiteString
from desktop_app.core.export.writer import ExportError
from desktop_app.core.press_releases import release_block
from desktop_app.core.rendering import ImageInfo, resolve_images
from desktop_app.core.resources import resource_path
from desktop_app.core.site_settings import SiteSettings

TEMPLATES_DIR = resource_path("site")
ARTICLE_CSS = resource_path("styles", "article.css")
TEMPLATE_NAMES = (
    "base.html",
    "index.html",
    "article.html",
    "list.html",
    "category.html",
    "tag.html",
    "404.html",
    "standalone.html",
    "_cards.html",
    "_corrections.html",
    "_release.html",
    "_article_header.html",
    "_share.html",
    "withdrawn.html",
    "search.html",
    "search.js",
    "bagikan.js",
    "atom.xml",
    "rss.xml",
    "sitemap.xml",
    "style.css",
    "robots.txt",
)
#: The footer's social links: (setting, the network's name as shown).
SOCIAL_NETWORKS = (
    ("facebook_url", "Facebook"),
    ("instagram_url", "Instagram"),
    ("x_url", "X"),
    ("youtube_url", "YouTube"),
)
#: How many colours (``card-tone-0`` to ``card-tone-3`` in style.css) the cards without a photo use.
CARD_TONES = 4
_ALIGN = re.compile(r'<(td|th) align="(left|right|center)">')
_EMPTY_IMG = re.compile(r'<img\b[^>]*\bsrc=""[^>]*>')


#: ``{{ t("home") }}``: a word without values, as the templates write it.
_PLAIN_WORD = re.compile(r'\{\{\s*t\(\s*"([A-Za-z0-9_]+)"\s*\)\s*\}\}')
_SYNTAX = ("{{", "{%", "{#", "}}", "%}", "#}")


class _WordsLoader(BaseLoader):
    """Writes the site's words into the templates' source before they are compiled: a plain
    ``{{ t("home") }}`` becomes the escaped word itself, exactly what autoescaping would print,
    so the ~20 words of a page cost nothing per page. ``t()`` with values, an unknown key (which
    then raises when rendered) and a word that looks like template syntax stay calls."""

    def __init__(self, loader: BaseLoader, strings: SiteStrings) -> None:
        self.loader = loader
        self.strings = strings

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        source, filename, uptodate = self.loader.get_source(environment, template)

        def word(match: re.Match[str]) -> str:
            text = self.strings.table.get(match.group(1))
            if text is None or any(mark in text for mark in _SYNTAX):
                return match.group(0)
            return str(escape(text))

        return _PLAIN_WORD.sub(word, source), filename, uptodate

    def list_templates(self) -> list[str]:
        return self.loader.list_templates()


class _ThemeLoader(FileSystemLoader):
    """A theme folder's templates, and nothing outside it: a name with ``..`` or one that leads
    out through a symbolic link raises :class:`SecurityError` (Jinja itself only says "not
    found" for ``..``, and follows links)."""

    def __init__(self, folder: str) -> None:
        super().__init__(folder)
        self.root = Path(folder).resolve()

    def get_source(self, environment: Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        if ".." in template.replace("\\", "/").split("/"):
            raise SecurityError(f"{template!r} leads outside the theme folder")
        try:
            pieces = split_template_path(template)
        except TemplateNotFound:
            raise SecurityError(f"{template!r} leads outside the theme folder") from None
        path = self.root.joinpath(*pieces)
        if path.exists() and not path.resolve().is_relative_to(self.root):
            raise SecurityError(f"{template!r} leads outside the theme folder")
        return super().get_source(environment, template)


#: Bumped whenever :func:`environment` makes templates compile differently (its options, the
#: sandbox): compiled templates are kept per version (and per Jinja2 and Python version).
COMPILED_TEMPLATES_VERSION = 2


def _bytecode_cache(sandboxed: bool) -> FileSystemBytecodeCache | None:
    """Compiled templates kept in the user's cache folder (compiling the site's templates is
    ~35 ms of every export). A template's entry is found by its name and file and checked
    against its source (the site's words written in, see :class:`_WordsLoader`), so a changed
    template or theme compiles again; the folder is the user's own (as Jinja's default one).
    The sandbox compiles templates to other code (every call checked): a folder of its own."""
    import platformdirs

    key = f"{COMPILED_TEMPLATES_VERSION}-{jinja2_version}-{sys.version_info[0]}.{sys.version_info[1]}"
    key += "-sandbox" if sandboxed else ""
    folder = Path(platformdirs.user_cache_dir("Redaksi", appauthor=False)) / "site-templates" / key
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return None  # (no cache folder: compiled every time, as before)
    return FileSystemBytecodeCache(str(folder))


def environment(theme: str = "", language: str = "id") -> Environment:
    """The templates (a theme's first) with the site's words in ``language``: plain ones
    written in (see :class:`_WordsLoader`), and ``t()`` as a global, so macros imported
    without context and a theme's templates can use it too. Sandboxed when a theme is used (see
    the module's docstring); Redaksi's own templates run unchecked (the sandbox's check of every
    attribute read and call was about a tenth of a full export's time)."""
    loaders: list[BaseLoader] = [FileSystemLoader(str(TEMPLATES_DIR))]
    themed = bool(theme) and Path(theme).is_dir()
    if themed:
        loaders.insert(0, _ThemeLoader(theme))
    strings = SiteStrings(language, theme)
    kind = SandboxedEnvironment if themed else Environment
    env = kind(
        loader=_WordsLoader(ChoiceLoader(loaders), strings),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        bytecode_cache=_bytecode_cache(themed),
    )
    env.filters["jsonld"] = jsonld
    env.filters["urlencode"] = urlencode
    env.globals["t"] = strings
    return env


#: What a broken theme raises: a template that does not compile or fails to render (an unknown
#: variable, a missing template), a word no table has, a table that is not JSON.
THEME_ERRORS = (TemplateError, UnknownSiteString, SiteStringsError)


def theme_error_detail(exc: BaseException) -> str:
    """Where and what: ``index.html, line 3: unexpected '}'``, as far as it is known."""
    if isinstance(exc, SiteStringsError):
        return str(exc)
    message = (
        str(exc.args[0]) if isinstance(exc, UnknownSiteString) else getattr(exc, "message", None) or str(exc)
    )
    if isinstance(exc, TemplateSyntaxError) and exc.lineno:
        return f"{Path(exc.filename or exc.name or '?').name}, line {exc.lineno}: {message}"
    # Jinja2 rewrites the traceback of a rendering error to point into the template.
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if not frame.filename.endswith(".py"):
            return f"{Path(frame.filename).name}, line {frame.lineno}: {message}"
    return message


def theme_export_error(exc: BaseException) -> ExportError:
    """``ExportError("theme_unsafe")`` for what the sandbox refused (Python internals, unsafe
    calls, files outside the theme), ``ExportError("theme_error")`` for any other mistake; both
    name the place."""
    code = "theme_unsafe" if isinstance(exc, SecurityError) else "theme_error"
    return ExportError(code, theme_error_detail(exc))


@contextmanager
def theme_errors_reported() -> Iterator[None]:
    """Turns :data:`THEME_ERRORS` into an :class:`ExportError` (see :func:`theme_export_error`)."""
    try:
        yield
    except THEME_ERRORS as exc:
        raise theme_export_error(exc) from exc


def templates_digest(env: Environment) -> str:
    """Changes when any template (or the theme overriding one) or any of the site's words
    changes."""
    strings = cast(SiteStrings, env.globals["t"])  # see environment()
    digest = hashlib.sha256(strings.digest.encode())
    for name in TEMPLATE_NAMES:
        try:
            source = _source(env, name)
        except Exception:  # noqa: BLE001 - a theme may leave out templates we do not need
            source = ""
        digest.update(name.encode() + b"\0" + source.encode() + b"\0")
    if ARTICLE_CSS.is_file():
        digest.update(ARTICLE_CSS.read_bytes())
    return digest.hexdigest()


def _source(env: Environment, name: str) -> str:
    """The source of the template ``name``."""
    assert env.loader is not None  # environment() gives it one
    source, _, _ = env.loader.get_source(env, name)
    return source


def stylesheet(env: Environment) -> bytes:
    """The site's ``style.css`` followed by the article typography shared with the preview."""
    parts = [_source(env, "style.css")]
    if ARTICLE_CSS.is_file():
        parts.append(
            "/* Tipografi artikel (sama dengan pratinjau) */\n" + ARTICLE_CSS.read_text(encoding="utf-8")
        )
    return "\n".join(parts).encode("utf-8")


def share_script(env: Environment) -> bytes:
    """The article page's "copy link" script (``bagikan.js``, a theme may replace it)."""
    return _source(env, "bagikan.js").encode("utf-8")


def search_script(env: Environment) -> bytes:
    """The site's search script (``search.js``, a theme may replace it), as it is."""
    return _source(env, "search.js").encode("utf-8")


_SITEMAP_HEAD = (
    '<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
)


def sitemap(env: Environment, urls: list[tuple[str, str]]) -> bytes:
    """``sitemap.xml`` for ``(loc, lastmod)`` pairs. A theme's own template is rendered;
    Redaksi's is written here, the same bytes (its Jinja loop over a large site's ~12,000
    addresses was a tenth of a re-export after one change)."""
    if _source(env, "sitemap.xml") != (TEMPLATES_DIR / "sitemap.xml").read_text(encoding="utf-8"):
        entries = [{"loc": loc, "lastmod": lastmod} for loc, lastmod in urls]
        return env.get_template("sitemap.xml").render(urls=entries).encode("utf-8")
    lines = [_SITEMAP_HEAD]
    for loc, lastmod in urls:
        when = f"<lastmod>{escape(lastmod)}</lastmod>" if lastmod else ""
        lines.append(f"<url><loc>{escape(loc)}</loc>{when}</url>\n")
    lines.append("</urlset>\n")
    return "".join(lines).encode("utf-8")


def iso(value: _dt.datetime) -> str:
    """ISO 8601 in the office's time zone, whole seconds (what HTML and feeds accept)."""
    return to_local(value).replace(microsecond=0).isoformat()


def _json_indent_1(value: object, level: int = 0) -> str:
    """``json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1)``, byte for byte, for
    the dicts, lists and strings of JSON-LD (json's indenting encoder is pure Python and was a
    sixth of an article page's time); anything else goes to json itself."""
    if isinstance(value, str):
        return encode_basestring(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = "\n" + " " * (level + 1)
        return (
            "{"
            + inner
            + ("," + inner).join(
                f"{_json_key(key)}: {_json_indent_1(item, level + 1)}" for key, item in sorted(value.items())
            )
            + "\n"
            + " " * level
            + "}"
        )
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        inner = "\n" + " " * (level + 1)
        return (
            "["
            + inner
            + ("," + inner).join(_json_indent_1(item, level + 1) for item in value)
            + "\n"
            + " " * level
            + "]"
        )
    return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1)


def _json_key(key: object) -> str:
    if not isinstance(key, str):
        raise TypeError(f"JSON-LD keys are strings, not {type(key).__name__}")
    return encode_basestring(key)


_URL_UNSAFE = re.compile(rb"[^A-Za-z0-9_.~/-]")


def _percent(match: re.Match[bytes]) -> bytes:
    return b"%%%02X" % match[0][0]


def urlencode(value: Any) -> str:
    """Jinja's ``urlencode`` filter, the same text (``urllib.parse.quote`` with ``/`` safe) for
    a string at C speed: quote walks every byte in Python, and each article page quotes its
    title and address four times for its share links."""
    if isinstance(value, str):
        return _URL_UNSAFE.sub(_percent, value.encode("utf-8")).decode("ascii")
    return do_urlencode(value)


def jsonld(data: object) -> Markup:
    """JSON for a ``<script type="application/ld+json">`` that no text can break out of."""
    text = _json_indent_1(data)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)


def site_body_html(html: str, images: dict[str, SiteImage], prefix: str) -> str:
    """A cached body with its images pointing at ``prefix + img/...`` (valid HTML5)."""
    if "asset:" not in html and 'src=""' not in html and ' align="' not in html:
        return html  # nothing to resolve or rewrite (most bodies)

    def resolve(uuid: str) -> ImageInfo | None:

        image = images.get(uuid.lower())
        if image is None:
            return None
        return ImageInfo(
            url=prefix + image.path,
            caption=image.caption,
            credit=image.credit,
            width=image.width,
            height=image.height,
            alt=image.alt,
        )

    html = resolve_images(html, resolve)
    html = _EMPTY_IMG.sub("", html)
    return _ALIGN.sub(r'<\1 class="align-\2">', html)


def correction_items(corrections: tuple[PublicCorrection, ...], language: str) -> list[dict[str, str]]:
    """What ``_corrections.html`` shows of an article's approved corrections (newest first)."""
    return [
        {
            "date": plain_date(c.approved_at, language),
            "iso": iso(c.approved_at),
            "note": c.note,
            "approver": c.approver,
        }
        for c in corrections
    ]


def correction_jsonld(corrections: tuple[PublicCorrection, ...]) -> list[dict[str, str]]:
    """schema.org's ``correction`` of a NewsArticle: one ``CorrectionComment`` each."""
    return [
        {"@type": "CorrectionComment", "text": c.note, "datePublished": iso(c.approved_at)}
        for c in corrections
    ]


def release_feed_html(release: dict[str, str], t: Callable[..., str], html: str) -> str:
    """A press release's feed content: its number above the text, the official and the contact
    below it (as the article page shows them)."""
    head = (
        f'<p class="release-number"><strong>{escape(t("press_release"))}</strong> '
        f"{escape(t('release_number', number=release['number']))}</p>\n"
    )
    lines = []
    if release["official"]:
        lines.append(f"<strong>{escape(t('responsible_official'))}:</strong> {escape(release['official'])}")
    if release["contact"]:
        lines.append(f"<strong>{escape(t('contact_person'))}:</strong> {escape(release['contact'])}")
    if release["phone"]:
        lines.append(
            f'{escape(t("telephone"))}: <a href="{escape(release["tel"])}">{escape(release["phone"])}</a>'
        )
    if release["email"]:
        email = escape(release["email"])
        lines.append(f'{escape(t("email"))}: <a href="mailto:{email}">{email}</a>')
    foot = f'\n<p class="release-contacts">{"<br>".join(lines)}</p>' if lines else ""
    return head + html + foot


@dataclass(frozen=True)
class PageSpec:
    """One page to write: its path, template and the data that decide its bytes."""

    path: str
    template: str
    key: str
    context: dict[str, Any]


class SiteContext:
    """Builds template contexts for one export."""

    def __init__(
        self, settings: SiteSettings, categories: list[tuple[str, str]], logo: SiteImage | None
    ) -> None:
        self.settings = settings
        self.categories = categories
        self.logo = logo
        self.language = settings.language or "id"
        self.t = SiteStrings(self.language, settings.theme)
        self._dates: dict[int, tuple[str, str]] = {}
        self._days: dict[_dt.date, str] = {}
        self._times: dict[tuple[int, int], str] = {}
        self._isos: dict[_dt.datetime, str] = {}
        self._nav: dict[tuple[str, str], Markup] = {}
        self._card_branding: str | None = None
        colour = parse_colour(settings.primary_colour)
        self.theme_colours = theme_colours(colour) if colour else {}
        self.social = [
            {"name": name, "href": getattr(settings, field)}
            for field, name in SOCIAL_NETWORKS
            if getattr(settings, field)
        ]
        #: A category's colour on cards without a photo (its place in the menu, one of four).
        self._tones = {slug: n % CARD_TONES for n, (_, slug) in enumerate(categories)}

    def url(self, path: str) -> str:
        """Absolute URL of a path in the site, or ``""`` without a base URL."""
        if not self.settings.base_url:
            return ""
        if path == "index.html":
            path = ""
        return self.settings.base_url + path

    def article_card_path(self, article: SiteArticle) -> str:
        """:meth:`article_card`'s path, without making the card."""
        if self._card_branding is None:
            self._card_branding = branding_key(self.settings, self.logo.path if self.logo else "")
        return article_card_path(article, self._card_branding)

    def article_card(self, article: SiteArticle) -> ShareCard:
        office = self.settings.office_name or self.settings.title
        alt = self.t("share_card_alt", office=office, title=article.title)
        return article_card(article, self.settings, self.logo.path if self.logo else "", alt)

    def site_card(self) -> ShareCard:
        office = self.settings.office_name or self.settings.title
        alt = self.t("share_card_alt", office=office, title=self.settings.description or self.settings.title)
        return site_card(self.settings, self.logo.path if self.logo else "", alt)

    def share_image(self, card: ShareCard) -> dict[str, Any]:
        """``og_image`` (an absolute URL: none without a base URL) and its size and words."""
        return {
            "og_image": self.url(card.path),
            "og_image_alt": card.alt,
            "og_image_width": card.width,
            "og_image_height": card.height,
        }

    def nav(self, path: str, root: str | None = None) -> Markup:
        """The category menu's items, rendered once per folder depth (most pages share it)."""
        depth = path.count("/")
        current = path if path.startswith("kategori/") else ""
        root = "../" * depth if root is None else root
        key = (root, current)
        found = self._nav.get(key)
        if found is None:
            items = [
                f'<li><a href="{root}index.html"'
                + (' aria-current="page"' if path == "index.html" else "")
                + f">{escape(self.t('home'))}</a></li>"
            ]
            for name, slug in self.categories:
                href = f"kategori/{slug}.html"
                items.append(
                    f'<li><a href="{root}{href}"'
                    + (' aria-current="page"' if href == path else "")
                    + f">{escape(name)}</a></li>"
                )
            found = Markup("\n".join(items))
            if not current:
                self._nav[key] = found
        return found

    def common(self, path: str, root: str | None = None) -> dict[str, Any]:
        """Context every page has. ``root`` leads to the site's top (relative by default; the
        404 page, served at any depth, uses the base URL when there is one)."""
        root = "../" * path.count("/") if root is None else root
        return {
            "site": self.settings,
            "root": root,
            "path": path,
            "canonical": self.url(path),
            "language": self.language,
            "t": self.t,
            "nav": self.nav(path, root),
            "logo": self.logo and (root + self.logo.path),
            "theme_colours": self.theme_colours,
            "social": self.social,
        }

    def dates(self, article: SiteArticle) -> tuple[str, str]:
        """("Sabtu, 28 November 2026", ISO 8601) of an article's publication (memoized)."""
        found = self._dates.get(article.id)
        if found is None:
            found = (self.day(article.published_at), self.iso(article.published_at))
            self._dates[article.id] = found
        return found

    def day(self, value: _dt.datetime) -> str:
        """:func:`news_date` of a stored time, formatted once per local calendar day."""
        date = to_local(value).date()
        found = self._days.get(date)
        if found is None:
            found = self._days[date] = news_date(date, self.language)
        return found

    def time(self, value: _dt.datetime) -> str:
        """:func:`news_time` (hours and minutes), formatted once per local time of day."""
        local = to_local(value)
        found = self._times.get((local.hour, local.minute))
        if found is None:
            found = self._times[local.hour, local.minute] = news_time(value, self.language)
        return found

    def iso(self, value: _dt.datetime) -> str:
        found = self._isos.get(value)
        if found is None:
            found = self._isos[value] = iso(value)
        return found

    def item(self, article: SiteArticle, root: str) -> dict[str, Any]:
        """What a list shows of an article."""
        image = article.image
        date, stamp = self.dates(article)
        return {
            "title": article.title,
            "href": root + article.path,
            "summary": article.summary,
            "date": date,
            "datetime": stamp,
            "tone": self._tones.get(article.category.slug, 0) if article.category else 0,
            "lead": False,  # (the lead story "Berita Utama" opening the front page: True)
            "category": article.category
            and {"name": article.category.name, "href": root + f"kategori/{article.category.slug}.html"},
            "image": image
            and {"src": root + image.path, "alt": image.alt, "width": image.width, "height": image.height},
        }

    def article(self, article: SiteArticle, body_html: str, images: dict[str, SiteImage]) -> dict[str, Any]:
        context = self.common(article.path)
        root = context["root"]
        item = self.item(article, root)
        image_url = self.url(article.image.path) if article.image else ""
        data: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": article.title[:110],
            "description": article.summary,
            "datePublished": self.iso(article.published_at),
            "dateModified": self.iso(article.modified_at),
            "inLanguage": self.language,
            "publisher": {"@type": "Organization", "name": self.settings.title},
        }
        if self.logo and self.settings.base_url:
            data["publisher"]["logo"] = {"@type": "ImageObject", "url": self.url(self.logo.path)}
        if article.author:
            data["author"] = {"@type": "Person", "name": article.author}
        if context["canonical"]:
            data["mainEntityOfPage"] = context["canonical"]
            data["url"] = context["canonical"]
        if image_url:
            data["image"] = [image_url]
        if article.category:
            data["articleSection"] = article.category.name
        if article.tags:
            data["keywords"] = [t.name for t in article.tags]
        if article.corrections:
            data["correction"] = correction_jsonld(article.corrections)
        release = release_block(article.release_number, article.texts)
        lead, body_html = place_lead(article.summary, article.dateline, body_html)
        date, _ = self.dates(article)
        modified = (
            self.day(article.modified_at) if article.modified_at.date() != article.published_at.date() else ""
        )
        meta = {
            "author": article.author,
            "date": date,
            "time": self.time(article.published_at),
            "published_iso": self.iso(article.published_at),
            "modified": modified,
        }
        if release:
            data["identifier"] = release["number"]
        context.update(
            release=release,
            page_title=article.title,
            description=article.summary or self.settings.description,
            og_type="article",
            **self.share_image(self.article_card(article)),
            article=item,
            jsonld=data,
            body=Markup(site_body_html(body_html, article.shown_images(images), root)),
            author=article.author,
            dateline=article.dateline,
            texts=article.texts,  # every text field but the body, by name: ``texts.<name>``
            time=self.time(article.published_at),
            modified=modified,
            header=header_context(article.title, lead, category=item["category"], release=release, meta=meta),
            tags=[{"name": t.name, "href": root + f"tag/{t.slug}.html"} for t in article.tags],
            figure=article.image
            and {
                "src": root + article.image.path,
                "alt": article.image.alt,
                "caption": article.image.caption,
                "credit": article.image.credit,
                "width": article.image.width,
                "height": article.image.height,
            },
            published_iso=self.iso(article.published_at),
            modified_iso=self.iso(article.modified_at),
            corrections=correction_items(article.corrections, self.language),
        )
        return context

    def withdrawn(self, path: str, takedown: TakedownData) -> dict[str, Any]:
        """The page left at a withdrawn article's address: its title, when and why."""
        context = self.common(path)
        context.update(
            page_title=self.t("withdrawn_title", title=takedown.title),
            description="",
            og_type="website",
            **self.share_image(self.site_card()),
            title=takedown.title,
            note=takedown.note,
            withdrawn_date=plain_date(takedown.withdrawn_at, self.language),
            published_date=plain_date(takedown.published_at, self.language) if takedown.published_at else "",
        )
        return context

    def search_page(self, path: str) -> dict[str, Any]:
        """The search page: the form, and the results ``cari.js`` shows under it."""
        context = self.common(path)
        context.update(
            page_title=self.t("search_title"),
            description=self.settings.description,
            og_type="website",
            **self.share_image(self.site_card()),
        )
        return context

    def listing(
        self,
        path: str,
        items: list[SiteArticle],
        *,
        title: str,
        heading: str,
        kind: str,
        page: int,
        pages: int,
        page_path: Callable[[int], str],
        lead: str = "",
    ) -> dict[str, Any]:
        """A list's page; ``lead``: the uuid of the lead story ("Berita Utama"), marked when it
        opens the list (the front page)."""
        context = self.common(path)
        root = context["root"]
        shown = [self.item(a, root) for a in items]
        if lead and items and items[0].uuid == lead:
            shown[0]["lead"] = True
        context.update(
            page_title=title,
            heading=heading,
            kind=kind,
            description=self.settings.description,
            og_type="website",
            **self.share_image(self.site_card()),
            items=shown,
            page=page,
            pages=pages,
            prev_href=root + page_path(page - 1) if page > 1 else "",
            next_href=root + page_path(page + 1) if page < pages else "",
        )
        return context
