"""The source keys of imported posts (``ImportedPost.source_key``), made in one place so that
every reader of the same source names a post alike: a post read from a WordPress site's REST
API and the same post read from its WXR export update one article. No Qt here."""

from __future__ import annotations

from urllib.parse import urlsplit


def site_name(url: str) -> str:
    """A WordPress site's address as keys use it: host (lower case, without ``www.``) and
    path, without scheme, port 80/443 or a trailing slash (``https://www.Kominfo.go.id/`` ->
    ``kominfo.go.id``)."""
    parts = urlsplit(url.strip() if "//" in url else "//" + url.strip())
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    port = f":{parts.port}" if parts.port not in (None, 80, 443) else ""
    return f"{host}{port}{parts.path.rstrip('/')}"


def wordpress_key(site_url: str, post_id: int | str) -> str:
    """``wp:<site>#<post id>``."""
    return f"wp:{site_name(site_url)}#{post_id}"


def folder_key(relative_path: str) -> str:
    """``md:<path of the file relative to the folder, with forward slashes>``."""
    return "md:" + relative_path.replace("\\", "/")


REDAKSI_PREFIX = "redaksi:"


def redaksi_key(uuid: str) -> str:
    """``redaksi:<article uuid>``: a post that is an article of Redaksi (a folder export keeps
    its uuid). Imported into a database that has no article of that uuid, the article keeps it;
    into the database it came from, it is that article and is left alone."""
    return REDAKSI_PREFIX + uuid.lower()
