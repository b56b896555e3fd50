"""The website's own words (menu, labels, page titles) in the site's language.

One table per language in ``resources/site/strings/<language>.json`` (``{key: text}``, with
``{name}`` placeholders). Templates call ``t("home")`` or ``t("page_of", page=2, pages=5)``;
the result is plain text, so autoescaping applies to it like to any other value. A theme folder
may hold its own ``strings/<language>.json``: its entries replace or add to the default ones, so
a theme's templates can use ``t()`` for their own words as well.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from desktop_app.core import json_text
from desktop_app.core.resources import resource_path
from desktop_app.core.site_settings import LANGUAGES

STRINGS_DIR = resource_path("site", "strings")
DEFAULT_LANGUAGE = "id"


class UnknownSiteString(KeyError):
    """A template asked for a key that no table of the site's language has."""


class SiteStringsError(ValueError):
    """A table of site texts (a theme's, usually) is not a JSON object of strings."""


def _read_table(path: Path) -> dict[str, str]:
    try:
        data = json_text.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise SiteStringsError(f"{path}: not a readable JSON table of site texts ({exc})") from exc
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        raise SiteStringsError(f"{path}: site texts must be a JSON object of strings")
    return data


def default_table(language: str) -> dict[str, str]:
    """The shipped table of ``language`` (Indonesian for an unknown language)."""
    return _read_table(STRINGS_DIR / f"{language if language in LANGUAGES else DEFAULT_LANGUAGE}.json")


class SiteStrings:
    """``t(key, **values)`` for templates; :attr:`digest` changes with any of its texts."""

    def __init__(self, language: str = DEFAULT_LANGUAGE, theme: str = "") -> None:
        self.language = language if language in LANGUAGES else DEFAULT_LANGUAGE
        table = default_table(self.language)
        if theme and Path(theme).is_dir():
            path = Path(theme, "strings", f"{self.language}.json")
            if path.exists() and not path.resolve().is_relative_to(Path(theme).resolve()):
                raise SiteStringsError(f"{path}: leads outside the theme folder")
            table.update(_read_table(path))
        self.table = table
        self.digest = hashlib.sha256(
            json.dumps([self.language, table], sort_keys=True).encode("utf-8")
        ).hexdigest()

    def __call__(self, key: str, **values: object) -> str:
        try:
            text = self.table[key]
        except KeyError:
            raise UnknownSiteString(
                f"no site text {key!r} in language {self.language!r} (add it to strings/{self.language}.json)"
            ) from None
        return text.format(**values) if values else text
