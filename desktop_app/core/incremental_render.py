"""Block-wise incremental rendering for the live preview (Qt-free).

markdown2 needs ~140-260 ms for a 20,000-word article, far too slow to run after every pause in
typing. Most of an article does not change between two previews, though, so the text is split
into top-level blocks (paragraphs, headings, whole lists, fenced code blocks, tables, quotes),
each block is rendered through the one renderer (:func:`desktop_app.core.rendering.render_body`,
markdown2 + the sanitizer) and cached by its text, and only new or changed blocks are rendered
again. The joined result is byte for byte what ``render_body`` gives for the whole text.

Some Markdown needs the whole document: reference links and footnotes (definitions elsewhere)
and raw HTML blocks (which may span blank lines). For those documents
:meth:`IncrementalRenderer.plan` asks for a full render instead; splitting is always
conservative (when unsure, blocks stay together). Repeated headings are common in long articles
("## Foto", "## Indikator SPBE" twice): markdown2 numbers their ids across the document ("x",
"x-2", ...), which :meth:`IncrementalRenderer.finish` reproduces by renumbering the heading ids
of the cached block HTML; only a block whose own ids are ambiguous needs a full render.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from desktop_app.core.rendering import render_body

_FENCE_OPEN = re.compile(r"([ \t]*`{3,})[ \t]*[\w+-]*[ \t]*$")
_LIST_ITEM = re.compile(r"[ \t]*(?:[*+-]|\d+[.)])[ \t]+")
_QUOTE = re.compile(r"[ \t]*>")
# Constructs that need document-wide context (see the module docstring).
_NEEDS_WHOLE_DOCUMENT = re.compile(
    r"\[\^"  # footnote reference or definition
    r"|^[ \t]{0,3}\[[^\n]+\]:"  # reference link definition
    r"|^[ \t]*<[A-Za-z!/?]",  # raw HTML block
    re.MULTILINE,
)
_ID_ATTRIBUTE = re.compile(r'\bid="([^"]*)"')
# A heading as markdown2 writes it (the id is its only attribute); group 2 is the id.
_HEADING_ID = re.compile(r'(<h[1-6] id=")([^"]*)(">)')
_NUMBERED = re.compile(r"-\d+$")


def _is_blank(line: str) -> bool:
    return not line.strip()


class _Unsplittable(Exception):
    """The text has a construct whose rendering markdown2 makes depend on its neighbours."""


def split_blocks(text: str) -> list[str]:
    """Split Markdown into top-level blocks that markdown2 renders independently.

    Blocks are separated by blank lines, except that fenced code blocks stay whole, a block that
    starts indented joins the one before (list continuation, indented code) and a list item after
    a blank line joins a block that holds a list (loose lists). Returns ``[text]`` (one block)
    when a safe split is not known.
    """
    try:
        return _split(text)
    except _Unsplittable:
        return [text]


def _split(text: str) -> list[str]:
    lines = text.split("\n")
    blocks: list[list[str]] = []
    current: list[str] = []
    blanks: list[str] = []  # the blank lines since the last block (kept: code preserves them)
    i = 0
    count = len(lines)
    while i < count:
        line = lines[i]
        if _is_blank(line):
            if current:
                blocks.append(current)
                current = []
            blanks.append(line)
            i += 1
            continue
        if not current and blocks and _continues_previous(line, blocks[-1]):
            if line[0] in " \t" and any(_QUOTE.match(p) for p in blocks[-1]):
                raise _Unsplittable  # markdown2 lets indented code pull later blocks into a quote
            current = blocks.pop()
            current.extend(blanks)
        blanks = []
        current.append(line)
        fence = _FENCE_OPEN.match(line)
        i += 1
        if fence:
            # markdown2 closes a fence at the first later occurrence of the very same opening
            # text followed by optional blanks and a newline.
            closing = re.compile(re.escape(fence.group(1)) + r"[ \t]*$")
            j = i
            while j < count and not closing.search(lines[j]):
                j += 1
            if j < count:
                current.extend(lines[i : j + 1])
                i = j + 1
                if i < count and not _is_blank(lines[i]):
                    raise _Unsplittable  # text right after a fence: markdown2 output varies
            else:  # never closed: not a code block for markdown2, keep the rest together
                current.extend(lines[i:])
                i = count
    if current:
        blocks.append(current)
    return ["\n".join(block) for block in blocks]


def _continues_previous(line: str, previous: list[str]) -> bool:
    if line[0] in " \t":
        return True
    if _LIST_ITEM.match(line):
        return any(_LIST_ITEM.match(p) for p in previous)
    if _QUOTE.match(line):
        return any(_QUOTE.match(p) for p in previous)
    return False


def needs_whole_document(text: str) -> bool:
    """True when ``text`` uses Markdown whose rendering depends on other blocks."""
    if "\r" in text or not text.strip():
        return True
    # Cheap substring tests first: the regular expression is slow on a long article.
    if "[^" not in text and "]:" not in text and "<" not in text:
        return False
    return _NEEDS_WHOLE_DOCUMENT.search(text) is not None


def join_blocks(rendered: Iterable[str]) -> str:
    """Join rendered blocks the way markdown2 joins them in one document."""
    return "\n\n".join(html.rstrip("\n") for html in rendered) + "\n"


@dataclass
class RenderPlan:
    """What is needed to render one text: the blocks, and those not rendered yet."""

    text: str
    blocks: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    whole_document: bool = False
    #: After :meth:`IncrementalRenderer.finish`: the HTML of each block, in order.
    fragments: list[str] = field(default_factory=list)


class IncrementalRenderer:
    """Renders Markdown through the one renderer, block by block, re-rendering changed blocks.

    Usable in two steps for an off-thread render: :meth:`plan` (cheap) tells which blocks are
    missing; render them anywhere with :func:`render_blocks`, hand them back with :meth:`finish`.
    """

    def __init__(self, render_block: Callable[[str], str] = render_body) -> None:
        self._render_block = render_block
        self._cache: dict[str, str] = {}
        self._headings: dict[str, tuple[str, ...] | None] = {}  # heading ids; None: ambiguous
        self._others: dict[str, tuple[str, ...]] = {}  # the other id attributes of each block
        self.last_rendered_blocks = 0

    def plan(self, text: str) -> RenderPlan:
        if needs_whole_document(text):
            return RenderPlan(text, whole_document=True)
        blocks = split_blocks(text)
        missing = list(dict.fromkeys(b for b in blocks if b not in self._cache))
        return RenderPlan(text, blocks, missing)

    def finish(self, plan: RenderPlan, rendered: dict[str, str] | None = None) -> str | None:
        """The HTML for ``plan`` given the missing blocks rendered; None if a full render is needed
        (a full render's result is passed as ``rendered={plan.text: html}``)."""
        rendered = rendered or {}
        if plan.whole_document:
            return rendered.get(plan.text)
        self._cache.update(rendered)
        for block, html in rendered.items():
            self._headings[block] = _heading_ids(html)
            others = _ID_ATTRIBUTE.findall(_HEADING_ID.sub("", html)) if 'id="' in html else []
            self._others[block] = tuple(others)  # ids that are not heading ids (rare)
        try:
            cached = [self._cache[b] for b in plan.blocks]
        except KeyError:
            return None
        # Keep only what the current text uses: bounded memory.
        self._cache = {b: self._cache[b] for b in plan.blocks}
        self._headings = {b: self._headings[b] for b in plan.blocks}
        self._others = {b: self._others[b] for b in plan.blocks}
        fragments = _number_headings(cached, [self._headings[b] for b in plan.blocks])
        if fragments is None:
            plan.whole_document = True  # a block's own heading ids are ambiguous
            return None
        ids = [i for b in plan.blocks if self._others[b] for i in self._others[b]]
        ids += [m.group(2) for f in fragments if "<h" in f for m in _HEADING_ID.finditer(f)]
        if len(ids) != len(set(ids)):
            # e.g. "## Tahun" twice and "## Tahun 2": markdown2's own ids repeat; render whole
            plan.whole_document = True
            return None
        plan.fragments = fragments
        return join_blocks(fragments)

    def render(self, text: str) -> str:
        """Render ``text`` here and now (synchronously)."""
        plan = self.plan(text)
        self.last_rendered_blocks = len(plan.missing)
        if not plan.whole_document:
            html = self.finish(plan, render_blocks(plan.missing, self._render_block))
            if html is not None:
                return html
        self.last_rendered_blocks = -1
        return self._render_block(text)

    def clear(self) -> None:
        self._cache.clear()
        self._headings.clear()
        self._others.clear()


def _heading_ids(html: str) -> tuple[str, ...] | None:
    """The heading ids of one block's HTML rendered alone, which are markdown2's base ids (the
    slugs) unless the block repeats a heading itself; None when that cannot be ruled out (an id
    that is another id of the block plus "-n", or the "-n" of a heading without letters)."""
    if "<h" not in html:
        return ()
    ids = tuple(m.group(2) for m in _HEADING_ID.finditer(html))
    for i, heading_id in enumerate(ids):
        if heading_id == "" or (
            _NUMBERED.search(heading_id)
            and (_NUMBERED.sub("", heading_id) in ids[:i] or _NUMBERED.fullmatch(heading_id))
        ):
            return None
    return ids


def _renumber(html: str, ids: list[str]) -> str:
    """``html`` with its heading ids replaced, in order, by ``ids``."""
    replacements = iter(ids)
    return _HEADING_ID.sub(lambda m: m.group(1) + next(replacements) + m.group(3), html)


def _number_headings(fragments: list[str], headings: list[tuple[str, ...] | None]) -> list[str] | None:
    """The fragments with heading ids numbered across the document as markdown2 does (the n-th
    heading with the same slug gets "slug-n"); None when a block's ids are ambiguous."""
    seen: dict[str, int] = {}
    out: list[str] = []
    for html, ids in zip(fragments, headings, strict=True):
        if ids is None:
            return None
        if not ids:
            out.append(html)
            continue
        numbered = []
        for heading_id in ids:
            seen[heading_id] = seen.get(heading_id, 0) + 1
            count = seen[heading_id]
            numbered.append(heading_id if count == 1 else f"{heading_id}-{count}")
        if numbered != list(ids):
            html = _renumber(html, numbered)
        out.append(html)
    return out


def render_blocks(blocks: Iterable[str], render_block: Callable[[str], str] = render_body) -> dict[str, str]:
    """Render each block (module-level so a worker process can run it)."""
    return {block: render_block(block) for block in blocks}


def render_document(renderer: IncrementalRenderer, text: str) -> dict[str, Any]:
    """``{"fragments": [...]}`` (each block's HTML, numbered across the document) or, when the
    text needs a whole-document render, ``{"html": ...}``."""
    plan = renderer.plan(text)
    if not plan.whole_document and renderer.finish(plan, render_blocks(plan.missing)) is not None:
        return {"fragments": plan.fragments}
    return {"html": render_body(text)}


# -- the render worker process ----------------------------------------------------------------
# ``redaksi --render-worker`` (see :mod:`desktop_app.child_entry`) runs :func:`serve`, which reads
# requests from stdin and writes answers to stdout, each a frame (:func:`encode_message`): a
# small JSON header and, for a text, the text itself as raw UTF-8 (a 5 MB paste is neither
# escaped into JSON nor parsed out of it on the GUI thread).
# Requests: ``{"id": n, "kind": "whole" | "document"}`` + the text, or
# ``{"id": n, "kind": "blocks", "payload": [block, ...]}``.
# Answers: ``{"id": n, "html": true}`` + the HTML ("whole", or a "document" rendered whole),
# ``{"id": n, "fragments": [length, ...]}`` + the fragments joined (a "document": its blocks'
# HTML, each ``length`` characters long), ``{"id": n, "result": {block: html}}`` ("blocks"), or
# ``{"id": n, "error": "..."}``. "document" is a huge text that the worker splits, renders and
# numbers itself, with its own block cache: the GUI thread only shows it. The worker ends when
# stdin closes (the application quit or died).


def encode_message(header: dict[str, Any], text: str = "") -> bytes:
    """One frame: its length (4 bytes, big-endian), the header's length (4 bytes), the header
    as JSON, then ``text`` as UTF-8."""
    import json

    head = json.dumps(header, ensure_ascii=False).encode("utf-8")
    data = text.encode("utf-8")
    return (4 + len(head) + len(data)).to_bytes(4, "big") + len(head).to_bytes(4, "big") + head + data


def decode_message(frame: bytes | bytearray | memoryview) -> tuple[dict[str, Any], str]:
    """``(header, text)`` of a frame's contents (without its first 4 bytes)."""
    import json

    view = memoryview(frame)
    size = int.from_bytes(view[:4], "big")
    header = json.loads(bytes(view[4 : 4 + size]).decode("utf-8"))
    return header, str(view[4 + size :], "utf-8")


def request_frame(request_id: int, kind: str, payload: str | list[str]) -> bytes:
    """The frame of a request: a text travels raw, a list of blocks in the header."""
    if isinstance(payload, str):
        return encode_message({"id": request_id, "kind": kind}, payload)
    return encode_message({"id": request_id, "kind": kind, "payload": payload})


def answer_result(header: dict[str, Any], text: str) -> Any:
    """The result an answer carries, as the request's kind has it: HTML, ``{block: html}``,
    or for a "document" ``{"fragments": [html, ...]}`` or ``{"html": html}``."""
    if "fragments" in header:
        from itertools import accumulate

        ends = list(accumulate(header["fragments"]))
        return {"fragments": [text[end - n : end] for n, end in zip(header["fragments"], ends, strict=True)]}
    if header.get("html"):
        return {"html": text} if header.get("document") else text
    return header.get("result")


def _answer_frame(request_id: int, kind: str, result: Any) -> bytes:
    if kind == "document" and "fragments" in result:
        fragments = result["fragments"]
        return encode_message(
            {"id": request_id, "fragments": [len(f) for f in fragments]}, "".join(fragments)
        )
    if kind == "document":
        return encode_message({"id": request_id, "html": True, "document": True}, result["html"])
    if kind == "whole":
        return encode_message({"id": request_id, "html": True}, result)
    return encode_message({"id": request_id, "result": result})


def serve(stdin: BinaryIO | None = None, stdout: BinaryIO | None = None) -> None:
    import sys
    from contextlib import ExitStack

    with ExitStack() as stack:
        # A windowed program on Windows may have no sys.stdin/sys.stdout objects although the
        # pipes it was started with are there, as file descriptors 0 and 1.
        if stdin is None:
            stdin = (
                sys.stdin.buffer
                if sys.stdin is not None
                else stack.enter_context(open(0, "rb", closefd=False))
            )
        if stdout is None:
            stdout = (
                sys.stdout.buffer
                if sys.stdout is not None
                else stack.enter_context(open(1, "wb", closefd=False))
            )
        _serve(stdin, stdout)


#: Rendered once when the worker starts, before the first request arrives: markdown2 and the
#: sanitizer are imported and most of their regular expressions compiled (a cold worker took
#: 30-40 % longer for its first article).
WARM_UP_TEXT = """# Judul

Paragraf dengan **tebal**, *miring*, ~~coret~~, `kode` dan [tautan](https://example.org).

- satu
- dua

1. pertama

> kutipan

| a | b |
|---|---|
| 1 | 2 |

```
kode
```
"""


def _serve(stdin: BinaryIO, stdout: BinaryIO) -> None:
    render_body(WARM_UP_TEXT)
    renderer = IncrementalRenderer()
    while True:
        header = stdin.read(4)
        if len(header) < 4:
            return
        request, text = decode_message(stdin.read(int.from_bytes(header, "big")))
        kind = request["kind"]
        try:
            if kind == "whole":
                answer = _answer_frame(request["id"], kind, render_body(text))
            elif kind == "document":
                answer = _answer_frame(request["id"], kind, render_document(renderer, text))
            else:
                answer = _answer_frame(request["id"], kind, render_blocks(request["payload"]))
        except Exception as exc:  # noqa: BLE001 - reported to the GUI, which renders itself
            answer = encode_message({"id": request["id"], "error": f"{type(exc).__name__}: {exc}"})
        stdout.write(answer)
        stdout.flush()
