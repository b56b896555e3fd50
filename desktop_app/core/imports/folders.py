"""Markdown content folders (Pelican, Hugo, Jekyll) read into :class:`ImportedPost` values,
and articles written out as such a folder (python-frontmatter).

**Reading** (:func:`read_folder`). The folder chosen may be the site (``content/`` or ``_posts/``
inside it) or the content folder itself. Every ``.md`` / ``.markdown`` file is a post, its
metadata in YAML (``---``), TOML (``+++``) or Pelican's ``Title: …`` header: title, date, slug
(else Jekyll's ``YYYY-MM-DD-slug`` file name, a Hugo bundle's folder, the file's name), category
(or the first of ``categories``), tags, summary (or description, excerpt), author (or the first
of ``authors``), draft (``draft: true``, Pelican's ``Status: draft``, Jekyll's ``published:
false`` or ``_drafts/``), the featured image (``image``, ``featured_image``, ``cover``, the first
of ``images``) and its words (``image_alt``, ``image_caption``, ``image_credit``). A date in the
future makes the post scheduled; a date without a time zone is taken as UTC. Images are paths
relative to the file (Pelican's ``{static}``/``{attach}`` and a leading ``/``: relative to the
content or the site folder, or Hugo's ``static/``); :func:`folder_fetcher` reads them and refuses
any path that leads out of the folder chosen. A file whose metadata cannot be read is skipped
and named; the others are imported.

**Writing** (:func:`export_folder`), three layouts, the same fields:

* ``hugo`` (the default): ``content/posts/<slug>/index.md``, the images beside it (a page bundle);
* ``jekyll``: ``_posts/YYYY-MM-DD-<slug>.md`` (drafts in ``_drafts/``), images in
  ``assets/images/<slug>/``;
* ``pelican``: ``content/<slug>.md`` with Pelican's metadata header, images in
  ``content/images/<slug>/`` (``{static}`` links).

A published article is written as published (its approved text), any other as a draft. The
images are the media library's originals, so importing the folder again finds the same images
(by SHA-256) in the library. No Qt here.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
import posixpath
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.core.errors import ValidationError
from desktop_app.core.imports import report as codes
from desktop_app.core.imports.errors import ReadError
from desktop_app.core.imports.keys import folder_key, redaksi_key
from desktop_app.core.imports.posts import ImportedImage, ImportedPost, ImportedStatus
from desktop_app.core.imports.report import ExportReport, ReportLine
from desktop_app.core.text import IMAGE_ALT

#: Larger Markdown files are skipped (no article is that long).
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_IMAGE_BYTES = 40 * 1024 * 1024
FORMATS = ("hugo", "jekyll", "pelican")
_SUFFIXES = (".md", ".markdown", ".mdown")
_JEKYLL_NAME = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2})-(?P<slug>.+)$")
_PELICAN_LINE = re.compile(r"^(?P<key>[A-Za-z][A-Za-z0-9_ -]*):\s*(?P<value>.*)$")
_IMAGE = re.compile(rf"(!\[{IMAGE_ALT}\]\(\s*<?)(?P<url>[^)\s>]+)(>?(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\))")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_PELICAN_PREFIX = re.compile(r"^\{(?:static|attach|filename)\}")


class FolderError(ReadError):
    """A folder that cannot be read or written: ``code`` is ``folder_missing``,
    ``not_a_folder``, ``no_posts`` or ``folder_not_empty``."""


@dataclass
class FolderContent:
    """The posts of a folder, and the files left out."""

    root: Path
    content_root: Path
    kind: str  # "hugo", "jekyll", "pelican" or "" (not known)
    posts: list[ImportedPost] = field(default_factory=list)
    skipped: list[ReportLine] = field(default_factory=list)
    notes: list[ReportLine] = field(default_factory=list)


# -- reading -----------------------------------------------------------------------------------


def _content_root(root: Path) -> tuple[Path, str]:
    if (root / "_posts").is_dir():
        return root, "jekyll"
    if (root / "content").is_dir():
        kind = "pelican" if (root / "pelicanconf.py").exists() else "hugo"
        return root / "content", kind
    if root.name == "_posts":
        return root.parent, "jekyll"
    return root, ""


def _markdown_files(content: Path, kind: str) -> list[Path]:
    if kind == "jekyll":
        folders = [content / "_posts", content / "_drafts"]
    else:
        folders = [content]
    found = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in folder.rglob("*"):
            relative = path.relative_to(folder)
            if any(part.startswith(".") for part in relative.parts):
                continue
            if path.suffix.lower() in _SUFFIXES and path.is_file():
                found.append(path)
    return sorted(found)


def _toml_handler() -> Any:
    from frontmatter.default_handlers import BaseHandler

    class TomlHandler(BaseHandler):
        """``+++`` TOML front matter, read with the standard library's tomllib."""

        FM_BOUNDARY = re.compile(r"^\+{3,}\s*$", re.MULTILINE)
        START_DELIMITER = END_DELIMITER = "+++"

        def load(self, fm: str, **kwargs: object) -> Any:
            return tomllib.loads(fm)

        def export(self, metadata: dict[str, object], **kwargs: object) -> str:
            raise NotImplementedError

    return TomlHandler()


def _pelican(text: str) -> tuple[dict[str, Any], str] | None:
    """Pelican's metadata header (``Key: value`` lines, then a blank line), or None."""
    lines = text.lstrip("\ufeff").split("\n")
    metadata: dict[str, Any] = {}
    for index, line in enumerate(lines):
        if not line.strip():
            if metadata:
                return metadata, "\n".join(lines[index + 1 :])
            return None
        match = _PELICAN_LINE.match(line)
        if match is None:
            if metadata and line.startswith((" ", "\t")):  # a value that goes on
                continue
            return None
        metadata[match.group("key").strip().lower()] = match.group("value").strip()
    return (metadata, "") if metadata else None


def _parse(text: str) -> tuple[dict[str, Any], str]:
    """(metadata, Markdown body) of a file's text; raises ValueError when its metadata is
    broken."""
    import frontmatter
    import yaml

    stripped = text.lstrip("\ufeff")
    if stripped.startswith("+++"):
        try:
            post = frontmatter.loads(stripped, handler=_toml_handler())
        except tomllib.TOMLDecodeError as exc:
            raise ValueError(str(exc)) from exc
        except RecursionError:  # tomllib recurses once per nested array or table
            raise ValueError("the front matter is nested too deeply") from None
        return dict(post.metadata), post.content
    if stripped.startswith("---"):
        try:
            post = frontmatter.loads(stripped)
        except yaml.YAMLError as exc:
            raise ValueError(" ".join(str(exc).split())) from exc
        if not isinstance(post.metadata, dict):
            raise ValueError("the front matter is not a list of fields")
        return dict(post.metadata), post.content
    pelican = _pelican(stripped)
    if pelican is not None:
        return pelican
    return {}, stripped


def _get(meta: dict[str, Any], *names: str) -> Any:
    lowered = {str(k).lower(): v for k, v in meta.items()}
    for name in names:
        value = lowered.get(name)
        if value not in (None, "", []):
            return value
    return None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return _text(value[0]) if value else ""
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("image") or value.get("src") or "")
    return " ".join(str(value).split())


def _names(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    if isinstance(value, list | tuple):
        return [_text(item) for item in value if _text(item)]
    return [_text(value)] if _text(value) else []


def _when(value: Any) -> _dt.datetime | None:
    moment: _dt.datetime | None
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        moment = value
    elif isinstance(value, _dt.date):
        moment = _dt.datetime(value.year, value.month, value.day)
    else:
        text = str(value).strip().replace("Z", "+00:00")
        try:
            moment = _dt.datetime.fromisoformat(text)
        except ValueError:
            moment = None
            for pattern in ("%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M", "%Y/%m/%d", "%d-%m-%Y"):
                try:
                    moment = _dt.datetime.strptime(text, pattern)
                    break
                except ValueError:
                    continue
        if moment is None:
            return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=_dt.UTC)


def _truthy(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("true", "yes", "1", "ya")


def _image_path(url: str, relative_file: str) -> str:
    """An image's address as :func:`folder_fetcher` takes it: a path relative to the content
    folder (``/…``: from the site's or content's root), or an ``http(s)`` address as it is."""
    url = url.strip()
    if re.match(r"[a-z][a-z0-9+.-]*:", url, re.IGNORECASE) and not url.startswith(("{",)):
        return url
    url = _PELICAN_PREFIX.sub("", url, count=1) if url.startswith("{") else url
    if url.startswith("/"):
        return "/" + posixpath.normpath(url.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(relative_file), url))


_HUGO_FIGURE = re.compile(r"\{\{[<%]\s*figure\s+(?P<attrs>.*?)\s*/?[>%]\}\}", re.DOTALL)
_HUGO_YOUTUBE = re.compile(r"\{\{[<%]\s*youtube\s+(?:id=)?[\"']?(?P<id>[\w-]+)[\"']?\s*/?[>%]\}\}")
_HUGO_CLOSING = re.compile(r"\{\{[<%]\s*/\s*[\w-]+\s*[>%]\}\}")
_HUGO_SHORTCODE = re.compile(r"\{\{[<%]\s*(?P<name>[\w-]+)[^}]*?[>%]\}\}")
_LIQUID = re.compile(r"\{%-?\s*(?P<name>\w+)[^%]*?-?%\}")


def _site_shortcodes(body: str) -> tuple[str, list[str]]:
    """Hugo's ``{{< figure >}}`` as a Markdown image (its caption below it), ``{{< youtube >}}``
    as a link; other Hugo shortcodes and Jekyll's Liquid tags removed (their words stay) and
    named."""
    from desktop_app.core.imports.wordpress_html import shortcode_attributes

    names: list[str] = []

    def figure(match: re.Match[str]) -> str:
        attrs = shortcode_attributes(match.group("attrs"))
        source = attrs.get("src", "")
        if not source:
            return ""
        caption = attrs.get("caption") or attrs.get("title") or ""
        image = f"![{attrs.get('alt') or caption}]({source})"
        return image + (f"\n\n*{caption}*" if caption else "")

    def removed(match: re.Match[str]) -> str:
        if match.group("name") not in names:
            names.append(match.group("name"))
        return ""

    body = _HUGO_FIGURE.sub(figure, body)
    body = _HUGO_YOUTUBE.sub(lambda m: f"<https://www.youtube.com/watch?v={m.group('id')}>", body)
    body = _HUGO_CLOSING.sub("", body)
    body = _HUGO_SHORTCODE.sub(removed, body)
    body = _LIQUID.sub(removed, body)
    return body, names


def _read_post(
    path: Path, content: Path, root: Path, kind: str, now: _dt.datetime
) -> tuple[ImportedPost, list[str]]:
    """The post of the file at ``path``, and the site shortcodes removed from it."""
    relative = path.relative_to(content).as_posix()
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ValidationError(codes.SKIP_TOO_LARGE, "", str(size))
    text = path.read_bytes().decode("utf-8", errors="replace")
    meta, body = _parse(text)
    stem = path.stem
    jekyll = _JEKYLL_NAME.match(stem)
    if stem in ("index", "_index"):
        stem = path.parent.name
    slug = _text(_get(meta, "slug", "url_slug")) or (jekyll.group("slug") if jekyll else stem)
    date = _when(_get(meta, "date", "publishdate", "published_at"))
    if date is None and jekyll is not None:
        date = _when(jekyll.group("date"))
    if date is None:
        date = _dt.datetime.fromtimestamp(path.stat().st_mtime, _dt.UTC).replace(microsecond=0)
    title = _text(_get(meta, "title"))
    if not title:
        heading = re.search(r"^#\s+(.+)$", body, re.MULTILINE)
        if heading is not None:
            title = heading.group(1).strip()
            body = body[: heading.start()] + body[heading.end() :]
        else:
            title = stem.replace("-", " ").replace("_", " ").strip().capitalize()
    draft = (
        _truthy(_get(meta, "draft") or False)
        or _text(_get(meta, "status")).lower() in ("draft", "hidden")
        or (_get(meta, "published") is not None and not _truthy(_get(meta, "published")))
        or "_drafts" in path.relative_to(root).parts
    )
    status: ImportedStatus = "draft" if draft else ("scheduled" if date > now else "published")
    categories = _names(_get(meta, "category", "categories"))
    tags = _names(_get(meta, "tags", "tag", "keywords"))
    image_value = _get(meta, "image", "featured_image", "featured", "cover", "images", "thumbnail")
    featured = None
    if image_value is not None and _text(image_value):
        featured = ImportedImage(
            url=_image_path(_text(image_value), relative),
            alt=_text(_get(meta, "image_alt", "alt")),
            caption=_text(_get(meta, "image_caption", "caption")),
            credit=_text(_get(meta, "image_credit", "credit")),
        )
    body, removed = _site_shortcodes(body)
    body = _IMAGE.sub(lambda m: m.group(1) + _image_path(m.group("url"), relative) + m.group(3), body)
    own = _text(_get(meta, "redaksi_uuid"))
    post = ImportedPost(
        # a file Redaksi wrote names its article: the same article in every database
        source_key=redaksi_key(own) if _UUID.fullmatch(own) else folder_key(relative),
        title=title,
        status=status,
        date=date,
        slug=slug,
        markdown=body.strip("\n") + "\n",
        summary=_text(_get(meta, "summary", "description", "excerpt", "lead")),
        modified=_when(_get(meta, "modified", "lastmod", "updated", "last_modified_at")),
        category=categories[0] if categories else None,
        tags=list(dict.fromkeys(tags + categories[1:])),
        author_name=_text(_get(meta, "author", "authors", "byline")) or None,
        featured_image=featured,
        origin=relative,
    )
    return post, removed


def read_folder(path: str | os.PathLike[str], *, now: _dt.datetime | None = None) -> FolderContent:
    """Read every Markdown post of the folder at ``path`` (nothing is stored; see the module's
    description). Raises :class:`FolderError` for a folder that is missing or holds no post."""
    root = Path(path)
    if not root.exists():
        raise FolderError("folder_missing", str(root))
    if not root.is_dir():
        raise FolderError("not_a_folder", str(root))
    content, kind = _content_root(root)
    now = now or _dt.datetime.now(_dt.UTC)
    result = FolderContent(root, content, kind)
    files = _markdown_files(content, kind)
    if not files:
        raise FolderError("no_posts", str(root))
    for file in files:
        relative = file.relative_to(content).as_posix()
        try:
            post, removed = _read_post(file, content, root, kind, now)
        except ValidationError as exc:
            result.skipped.append(ReportLine(relative, "", code=exc.code, detail=exc.detail))
        except (ValueError, OSError, UnicodeError, TypeError) as exc:
            detail = " ".join(str(exc).split())[:300]
            result.skipped.append(ReportLine(relative, "", code=codes.SKIP_UNREADABLE, detail=detail))
        else:
            result.posts.append(post)
            if removed:
                note = ReportLine(relative, post.title, code=codes.NOTE_SHORTCODES, detail=", ".join(removed))
                result.notes.append(note)
    return result


def folder_fetcher(content: FolderContent) -> Callable[[str], bytes]:
    """``fetch_image`` for :func:`~desktop_app.core.imports.store.import_posts`: reads an image
    path as :func:`read_folder` wrote it, from inside the folder chosen only (anything else is
    refused: ``ValidationError`` ``refused``/``outside_folder``). ``http(s)`` addresses are not
    fetched (a folder import stays off the network): they stay links."""
    root = content.root.resolve()
    bases = [content.content_root, content.root, content.root / "static"]

    def fetch(url: str) -> bytes:
        if re.match(r"[a-z][a-z0-9+.-]*:", url, re.IGNORECASE):
            raise ValidationError(codes.IMAGE_REFUSED, "", "not_in_folder")
        relative = url.lstrip("/")
        tried = bases if url.startswith("/") else bases[:1]
        for base in tried:
            candidate = (base / relative).resolve()
            if not candidate.is_relative_to(root):
                raise ValidationError(codes.IMAGE_REFUSED, "", "outside_folder")
            if candidate.is_file():
                if candidate.stat().st_size > MAX_IMAGE_BYTES:
                    raise ValidationError("image_too_large", "", str(MAX_IMAGE_BYTES // (1024 * 1024)))
                return candidate.read_bytes()
        raise FileNotFoundError(url)

    return fetch


# -- writing -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FolderArticle:
    """An article as a folder export writes it (its approved text when published)."""

    uuid: str
    title: str
    slug: str
    summary: str
    body: str
    category: str
    tags: list[str]
    author: str
    status: ImportedStatus
    date: _dt.datetime  # naive UTC
    modified: _dt.datetime  # naive UTC
    featured_image: int | None


def _iso(moment: _dt.datetime) -> str:
    return moment.replace(tzinfo=_dt.UTC, microsecond=0).isoformat().replace("+00:00", "Z")


def _safe_name(name: str, used: set[str]) -> str:
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, "jpg"
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-").lower() or "gambar"
    candidate = f"{stem[:60]}.{suffix.lower()}"
    n = 2
    while candidate in used:
        candidate = f"{stem[:60]}-{n}.{suffix.lower()}"
        n += 1
    used.add(candidate)
    return candidate


def _paths(article: FolderArticle, layout: str) -> tuple[str, str, str]:
    """(the article's file, its images' folder, the prefix its Markdown links images with),
    relative to the export folder."""
    if layout == "jekyll":
        folder = "_drafts" if article.status == "draft" else "_posts"
        name = article.slug if article.status == "draft" else f"{article.date:%Y-%m-%d}-{article.slug}"
        images = f"assets/images/{article.slug}"
        return f"{folder}/{name}.md", images, f"/{images}/"
    if layout == "pelican":
        images = f"content/images/{article.slug}"
        return f"content/{article.slug}.md", images, f"{{static}}/images/{article.slug}/"
    return f"content/posts/{article.slug}/index.md", f"content/posts/{article.slug}", ""


def _front_matter(article: FolderArticle, image: str, words: tuple[str, str, str], layout: str) -> str:
    import yaml

    fields: dict[str, Any] = {"title": article.title, "date": _iso(article.date)}
    if article.modified != article.date:
        fields["lastmod" if layout == "hugo" else "modified"] = _iso(article.modified)
    fields["slug"] = article.slug
    if article.category:
        fields["categories"] = [article.category]
    if article.tags:
        fields["tags"] = list(article.tags)
    if article.summary:
        fields["summary"] = article.summary
    if article.author:
        fields["author"] = article.author
    if article.status == "draft":
        fields["draft"] = True
    if image:
        fields["image"] = image
        for key, value in zip(("image_alt", "image_caption", "image_credit"), words, strict=True):
            if value:
                fields[key] = value
    fields["redaksi_uuid"] = article.uuid
    if layout == "pelican":
        lines = []
        for key, value in fields.items():
            name = {"categories": "Category", "redaksi_uuid": "Redaksi_uuid"}.get(key, key.capitalize())
            if isinstance(value, list):
                value = ", ".join(value) if key != "categories" else value[0]
            if isinstance(value, bool):
                name, value = "Status", "draft"
            lines.append(f"{name}: {' '.join(str(value).split())}")
        return "\n".join(lines) + "\n\n"
    dumped = yaml.safe_dump(fields, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{dumped}---\n\n"


_ASSET_IMAGE = re.compile(rf"!\[(?P<alt>{IMAGE_ALT})\]\(\s*asset:(?P<uuid>[0-9a-fA-F-]{{36}})[^)]*\)")
ImageSource = Callable[[int | str], tuple[str, bytes, tuple[str, str, str]] | None]


class _ArticleFiles:
    """One article's text and images written into the export folder."""

    def __init__(self, target: Path, article: FolderArticle, layout: str, image: ImageSource) -> None:
        self.target = target
        self.article = article
        self.layout = layout
        self.image = image
        self.text_path, self.image_folder, self.prefix = _paths(article, layout)
        self.used: set[str] = set()
        self.written: dict[str, str] = {}  # SHA-256 of the image -> its file's name
        self.files: list[str] = []

    def write_image(self, key: int | str) -> tuple[str, tuple[str, str, str]] | None:
        found = self.image(key)
        if found is None:
            return None
        name, data, words = found
        digest = hashlib.sha256(data).hexdigest()  # the featured image is often in the body too
        if digest not in self.written:
            filename = _safe_name(name, self.used)
            (self.target / self.image_folder).mkdir(parents=True, exist_ok=True)
            _write_bytes(self.target / self.image_folder / filename, data)
            self.files.append(f"{self.image_folder}/{filename}")
            self.written[digest] = filename
        return self.written[digest], words

    def _body_image(self, match: re.Match[str]) -> str:
        stored = self.write_image(match.group("uuid").lower())
        if stored is None:
            return match.group(0)
        return f"![{match.group('alt')}]({self.prefix}{stored[0]})"

    def write(self) -> list[str]:
        article = self.article
        body = _ASSET_IMAGE.sub(self._body_image, article.body)
        featured = self.write_image(article.featured_image) if article.featured_image is not None else None
        front = _front_matter(
            article,
            (self.prefix + featured[0]) if featured else "",
            featured[1] if featured else ("", "", ""),
            self.layout,
        )
        (self.target / self.text_path).parent.mkdir(parents=True, exist_ok=True)
        _write_bytes(self.target / self.text_path, (front + body.strip("\n") + "\n").encode("utf-8"))
        self.files.append(self.text_path)
        return self.files


def export_folder(
    articles: Iterable[FolderArticle],
    destination: str | os.PathLike[str],
    *,
    image: ImageSource,
    layout: str = "hugo",
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportReport:
    """Write ``articles`` into ``destination`` in ``layout`` (see the module's description).
    ``image(asset id or uuid)`` gives an image's (file name, original bytes, (alt, caption,
    credit)), or None. Existing files of the same names are replaced; nothing else is touched."""
    if layout not in FORMATS:
        raise FolderError("unknown_format", layout)
    target = Path(destination)
    if target.exists() and not target.is_dir():
        raise FolderError("not_a_folder", str(target))
    target.mkdir(parents=True, exist_ok=True)
    items = list(articles)
    files: list[str] = []
    images = 0
    for done, article in enumerate(items):
        if cancelled is not None and cancelled():
            return ExportReport(str(target), done, images, files, cancelled=True)
        if progress is not None:
            progress(done, len(items), article.title)
        writer = _ArticleFiles(target, article, layout, image)
        files.extend(writer.write())
        images += len(writer.written)
    return ExportReport(str(target), len(items), images, files)


def _write_bytes(path: Path, data: bytes) -> None:
    """Write atomically: a file is whole or not there."""
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
