"""One article as a Markdown file with YAML front matter (File ▸ Save Copy As…), Qt-free.

The copy is what the editor holds, saved or not: the way to keep an article when its database
cannot take it (the file deleted, replaced or damaged, the server unreachable). The front
matter is YAML that every static-site tool and importer reads::

    ---
    title: "Banjir di Kecamatan Sukamaju"
    summary: "..."
    dateline: "Sukamaju"
    category: "Bencana"
    tags: ["banjir", "BPBD"]
    slug: "banjir-di-kecamatan-sukamaju"
    status: "draft"
    ...
    ---

    The body, as typed.

Every text is a double-quoted scalar (JSON's escapes, which YAML shares), so no title or tag
can end the front matter, start a comment or change a value's type.
"""

from __future__ import annotations

import datetime as _dt
import os
import secrets
from collections.abc import Mapping, Sequence
from pathlib import Path

from desktop_app.core.models import ARTICLE_TEXT_FIELDS, ArticleChanges, ArticleData, ArticleKind
from desktop_app.core.text import make_slug

FrontMatterValue = str | int | bool | None | _dt.datetime | Sequence[str]

#: Characters a YAML double-quoted scalar must not hold as they are: control characters, the
#: YAML line breaks beyond \n, the byte-order mark.
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _quote(text: str) -> str:
    """``text`` as a YAML double-quoted scalar (also a JSON string)."""
    out = []
    for char in text:
        code = ord(char)
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif code < 0x20 or 0x7F <= code <= 0x9F or code in (0x2028, 0x2029, 0xFEFF):
            out.append(f"\\u{code:04x}")
        elif 0xD800 <= code <= 0xDFFF:  # half a surrogate pair (a broken paste): no character
            out.append("\\ufffd")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def yaml_value(value: FrontMatterValue) -> str:
    """One value of the front matter, in YAML's flow style."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, _dt.datetime):
        return _quote(value.isoformat())
    if isinstance(value, str):
        return _quote(value)
    return "[" + ", ".join(_quote(item) for item in value) + "]"


def markdown_with_front_matter(fields: Mapping[str, FrontMatterValue], body: str) -> str:
    """``fields`` (in their order) as YAML front matter, then ``body``."""
    lines = ["---"]
    lines += [f"{name}: {yaml_value(value)}" for name, value in fields.items()]
    lines.append("---")
    text = "\n".join(lines) + "\n\n" + body
    return text if text.endswith("\n") else text + "\n"


#: The text fields every copy names (the others, a press release's, only when given).
_ALWAYS = ("title", "summary", "dateline")


def article_front_matter(
    changes: ArticleChanges, article: ArticleData | None = None
) -> dict[str, FrontMatterValue]:
    """The front matter of the article as the editor holds it (``changes``), with what only
    the database knows (status, identity, dates) from ``article``, its last saved state."""
    fields: dict[str, FrontMatterValue] = {}
    for name in ARTICLE_TEXT_FIELDS:
        if name != "body" and (name in _ALWAYS or getattr(changes, name)):
            fields[name] = getattr(changes, name)  # (a press release's official and contact: when given)
    fields["category"] = changes.category or None
    fields["tags"] = [tag for tag in changes.tags if tag.strip()]
    if changes.slug:
        fields["slug"] = changes.slug
    elif article is not None and make_slug(changes.title) == make_slug(article.title):
        fields["slug"] = article.slug
    else:
        fields["slug"] = make_slug(changes.title)
    if article is not None and article.kind == ArticleKind.PRESS_RELEASE:
        fields["kind"] = article.kind
        if article.release_number:
            fields["release_number"] = article.release_number
    if article is not None:
        fields["status"] = article.status
        fields["author"] = article.author
        fields["uuid"] = article.uuid
        fields["version"] = article.version
        fields["created_at"] = article.created_at
        fields["updated_at"] = article.updated_at
        fields["published_at"] = article.published_at
    fields["publish_at"] = changes.publish_at
    return fields


def article_markdown(changes: ArticleChanges, article: ArticleData | None = None) -> str:
    """The whole file: front matter (:func:`article_front_matter`), then the body."""
    return markdown_with_front_matter(article_front_matter(changes, article), changes.body)


def write_text_file(path: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` (UTF-8) to ``path`` whole or not at all: into a temporary file beside it,
    flushed to the disk, then renamed over ``path``. Raises ``OSError`` (nothing is left
    behind but what was there before)."""
    target = Path(path)
    data = text.encode("utf-8", errors="replace")
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    # os.open with 0o666: the copy gets the permissions the user's other new files get
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target


def save_article_copy(
    path: str | os.PathLike[str], changes: ArticleChanges, article: ArticleData | None = None
) -> Path:
    """File ▸ Save Copy As…: the article as a Markdown file at ``path``."""
    return write_text_file(path, article_markdown(changes, article))
