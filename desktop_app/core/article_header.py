"""The article's header (category, headline, lead with its dateline, byline) from ONE template.

``resources/site/_article_header.html`` is included by the website's article page and rendered
here for the editor's preview, so the two cannot drift apart. The lead is shown once: when the
body already opens with it (compared as normalised text, see :func:`lead_in_body`), the header
leaves it out and the dateline opens the body's first paragraph instead, as it does when an
article has a dateline and no lead.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from functools import lru_cache
from typing import Any

from desktop_app.core.resources import resource_path
from desktop_app.core.text import decomposer

HEADER_TEMPLATE = "_article_header.html"
#: A lead shorter than this (normalised characters) is never taken for the body's opening.
MIN_LEAD = 12

_TAG = re.compile(r"<[^<>]+>")
_SPACE = re.compile(r"\s*")
_NOT_WORD = re.compile(r"[\W_]+")


#: Decomposed without combining marks (``normalised``'s first step).
_bare = decomposer(lambda c: not unicodedata.combining(c))


def normalised(text: str) -> str:
    """``text`` without markup, case, diacritics, punctuation and runs of spaces."""
    text = _html.unescape(_TAG.sub(" ", text))
    text = _bare(text).casefold()
    return _NOT_WORD.sub(" ", text).strip()


def first_paragraph(body_html: str) -> tuple[int, int] | None:
    """Where the text of the paragraph that opens the rendered body starts and ends, if the
    body opens with one (found with ``str.find``: cheap on a pasted 5 MB paragraph)."""
    start = _SPACE.match(body_html).end()  # type: ignore[union-attr]  # (\s* always matches)
    if not body_html.startswith("<p>", start):
        return None
    end = body_html.find("</p>", start + 3)
    return None if end < 0 else (start + 3, end)


def lead_in_body(summary: str, body_html: str) -> bool:
    """True when the body's first paragraph begins with the lead (the lead would repeat)."""
    lead = normalised(summary)
    if len(lead) < MIN_LEAD:
        return False
    found = first_paragraph(body_html)
    if found is None:
        return False
    # only as much of the paragraph as the lead could cover (a pasted 5 MB paragraph is not
    # normalised whole at every redisplay of the preview)
    start, end = found
    opening = normalised(body_html[start : min(end, start + 4 * len(summary) + 400)])
    return opening == lead or opening.startswith(lead + " ")


def with_dateline(body_html: str, dateline: str) -> str:
    """``body_html`` with ``PLACE –`` opening its first paragraph (unchanged without one)."""
    found = first_paragraph(body_html)
    if not dateline.strip() or found is None:
        return body_html
    at = found[0]
    mark = f'<strong class="dateline">{_html.escape(dateline.strip().upper())}</strong> – '
    return body_html[:at] + mark + body_html[at:]


def place_lead(summary: str, dateline: str, body_html: str) -> tuple[dict[str, str], str]:
    """Where the lead and the dateline go: ``({"lead", "dateline"} for the header, body)``.

    The header shows the lead (with the dateline before it) unless the body repeats it; a
    dateline with no lead shown opens the body's first paragraph (or stands alone as the lead
    when the body opens with something else, and is left out when there is no text at all)."""
    summary, dateline = summary.strip(), dateline.strip()
    if summary and not lead_in_body(summary, body_html):
        return {"lead": summary, "dateline": dateline}, body_html
    opening = first_paragraph(body_html)
    if (
        dateline
        and opening is not None
        and _has_text(body_html[opening[0] : min(opening[1], opening[0] + _LOOK)])
    ):
        return {"lead": "", "dateline": ""}, with_dateline(body_html, dateline)
    # a dateline with nothing to open (no lead, no paragraph) is not shown: "AROSUKA –" alone
    # says nothing
    shows = _has_text(body_html) or "<img" in body_html[:_LOOK]
    return {"lead": "", "dateline": dateline if shows else ""}, body_html


#: How far into the body :func:`_has_text` looks (the preview calls it at every redisplay).
_LOOK = 4000


def _has_text(html: str) -> bool:
    return bool(_TAG.sub("", html[:_LOOK]).strip())


def header_context(
    title: str,
    lead: dict[str, str],
    *,
    category: dict[str, str] | None = None,
    release: dict[str, str] | None = None,
    meta: dict[str, str] | None = None,
) -> dict[str, Any]:
    """What ``_article_header.html`` reads (as ``header``): every key is always there."""
    return {
        "title": title,
        "lead": lead.get("lead", ""),
        "dateline": lead.get("dateline", ""),
        "category": category,
        "release": release,
        "meta": meta,
    }


@lru_cache(maxsize=2)
def _template(language: str) -> Any:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    from desktop_app.core.export.strings import SiteStrings

    env = Environment(
        loader=FileSystemLoader(str(resource_path("site"))),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["t"] = SiteStrings(language, "")
    return env.get_template(HEADER_TEMPLATE)


@lru_cache(maxsize=64)
def _render(title: str, lead: str, dateline: str, language: str) -> str:
    header = header_context(title, {"lead": lead, "dateline": dateline})
    return str(_template(language).render(header=header)).strip()


def preview_opening(
    title: str, summary: str, dateline: str, body_html: str, language: str = "id"
) -> tuple[str, str]:
    """The preview's header HTML and its body's opening, as the article page shows them."""
    if not (title.strip() or summary.strip() or dateline.strip()):
        return "", body_html
    lead, body_html = place_lead(summary, dateline, body_html)
    return _render(title.strip(), lead["lead"], lead["dateline"], language), body_html
