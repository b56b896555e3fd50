"""The live preview: the article body through the one renderer, styled like the website.

How it stays out of the writer's way:

* it renders after a pause in typing (one restartable single-shot timer), so a burst of
  keystrokes costs one render. The pause adapts to what a render costs (:func:`adaptive_delay_ms`):
  about 50 ms when the last renders took a few milliseconds, up to a second for a huge text;
* rendering is incremental (:mod:`desktop_app.core.incremental_render`): only changed blocks go
  through markdown2 again, which takes a few milliseconds; when much is new (a freshly opened
  long article), the article is long (even its few changed blocks) or the document needs a full
  render, the work goes to a child process
  (:mod:`desktop_app.ui.render_process`) and typing never waits for it. At most one render is in
  flight; edits made meanwhile are rendered once it is back;
* an article just opened is shown with one render request and one document build (no
  block-by-block display); later edits patch only the blocks that changed;
* while hidden it does nothing, and renders once when shown again;
* it never loads anything remote: the only resources are our own ``redaksi-image:`` pictures.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from string import Template
from typing import Protocol

from PySide6.QtCore import QEventLoop, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QImage, QPalette, QTextDocument
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from desktop_app.core.article_header import preview_opening
from desktop_app.core.incremental_render import IncrementalRenderer, RenderPlan, join_blocks, render_blocks
from desktop_app.core.rendering import ImageInfo, render_body, resolve_images
from desktop_app.core.resources import resource_path
from desktop_app.ui.preview_document import PreviewDocument
from desktop_app.ui.render_process import RenderProcess
from desktop_app.ui.scroll_bar import SteadyScrollBar

IMAGE_SCHEME = "redaksi-image"
OPENABLE_SCHEMES = frozenset({"http", "https", "mailto"})
#: The pause in typing before the preview is updated is MIN_DELAY_MS plus DELAY_PER_RENDER_MS
#: times what the recent renders took (keystroke to new HTML shown), at most MAX_DELAY_MS: short
#: when rendering is cheap (a few ms for an edit of a 5,000-word article), longer for a huge
#: text, whose renders would otherwise follow each other while the user types.
MIN_DELAY_MS = 40
MAX_DELAY_MS = 1000
DELAY_PER_RENDER_MS = 3.0
#: Before a render of the article was measured: the cost guessed from its length (ms per
#: character of Markdown, what an edit's render and patch take on a slow office computer).
GUESSED_MS_PER_CHARACTER = 1 / 20_000
#: Up to this many characters of new Markdown are rendered right here (a few ms); more goes to
#: the render process.
INLINE_LIMIT = 10_000
#: In an article longer than this even a few changed blocks go to the render process (it is
#: already running): markdown2 on the GUI thread cost up to 20 ms while typing (e.g. after the
#: spelling dictionaries had pushed its regular expressions out of Python's cache).
LONG_ARTICLE = 20_000
#: A text longer than this (a 5 MB paste) is split, rendered and numbered in the render process
#: too (splitting it alone held the window 60 ms); the window only shows the result.
HUGE_TEXT = 1_000_000
#: When this many characters of blocks are to be rendered (an article just opened), they are
#: shared between two render processes, one per core: a 20,000-word article is shown in about
#: half the time of one process rendering it all.
SPLIT_CHARACTERS = 40_000


def adaptive_delay_ms(render_ms: float) -> int:
    """The pause in typing before a render, for renders that take ``render_ms``."""
    return int(min(MAX_DELAY_MS, MIN_DELAY_MS + DELAY_PER_RENDER_MS * max(0.0, render_ms)))


class ImageProvider(Protocol):
    def info(self, uuid: str) -> ImageInfo | None: ...
    def web_bytes(self, uuid: str) -> bytes | None: ...


#: Narrower than this (pixels), the preview sets its type a little smaller and tighter: the
#: website's sizes in a narrow column show two or three words a line.
COMPACT_WIDTH = 480
#: The compact type: font sizes times this, line heights at most :data:`COMPACT_LINE_HEIGHT`.
COMPACT_SCALE = 0.85
COMPACT_LINE_HEIGHT = 145


def compact_style(css: str) -> str:
    """``css`` with its pixel font sizes scaled by :data:`COMPACT_SCALE` and its line heights
    capped (the preview in a narrow column)."""
    css = re.sub(
        r"font-size:\s*(\d+)px", lambda m: f"font-size: {round(int(m.group(1)) * COMPACT_SCALE)}px", css
    )
    return re.sub(
        r"line-height:\s*(\d+)%",
        lambda m: f"line-height: {min(int(m.group(1)), COMPACT_LINE_HEIGHT)}%",
        css,
    )


def preview_style_sheet(palette: QPalette, compact: bool = False) -> str:
    """resources/styles/preview.css with the palette's colours filled in (``compact``: for a
    narrow preview, see :func:`compact_style`)."""
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    dark = base.lightnessF() < 0.5
    link = palette.color(QPalette.ColorRole.Link)
    if abs(link.lightnessF() - base.lightnessF()) < 0.3:
        link = QColor("#8ab4f8" if dark else "#0a4a8f")

    def mix(amount: float) -> str:
        r = text.redF() + (base.redF() - text.redF()) * amount
        g = text.greenF() + (base.greenF() - text.greenF()) * amount
        b = text.blueF() + (base.blueF() - text.blueF()) * amount
        return f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"

    values = {
        "text": text.name(),
        "base": base.name(),
        "link": link.name(),
        "muted": mix(0.4),
        "line": mix(0.8),
        "code_bg": mix(0.93),
        "accent": "#f2b705" if dark else "#b3261e",
        "heading": text.name(),
    }
    source = resource_path("styles", "preview.css").read_text(encoding="utf-8")
    css = Template(source).safe_substitute(values)
    return compact_style(css) if compact else css


class PreviewBrowser(QTextBrowser):
    """A QTextBrowser that loads nothing but our own images, scaled to its width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBar(SteadyScrollBar(Qt.Orientation.Vertical, self))
        self.image_provider: ImageProvider | None = None
        self._images: dict[str, QImage] = {}
        self.loaded_urls: list[str] = []  # every resource asked for (tests check it)

    def clear_image_cache(self) -> None:
        self._images.clear()

    def image_width(self) -> int:
        margin = int(self.document().documentMargin()) * 2 + 8
        return max(64, self.viewport().width() - margin)

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt override
        self.loaded_urls.append(url.toString())
        if int(getattr(kind, "value", kind)) != QTextDocument.ResourceType.ImageResource.value:
            return None
        if url.scheme() != IMAGE_SCHEME or self.image_provider is None:
            return None  # nothing remote, no local files: only our own images
        uuid = url.path()
        width = self.image_width()
        key = f"{uuid}@{width}"
        image = self._images.get(key)
        if image is None:
            data = self.image_provider.web_bytes(uuid)
            if not data:
                return None
            image = QImage.fromData(data)
            if image.isNull():
                return None
            if image.width() > width:
                image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            self._images[key] = image
        return image


class PreviewPane(QWidget):
    """Shows the rendered article body; feed it with :meth:`set_markdown`."""

    rendered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPane")
        self.browser = PreviewBrowser(self)
        self.browser.setObjectName("preview")
        self.browser.setAccessibleName(self.tr("Preview"))
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.document().setDocumentMargin(24)
        self.browser.document().setUndoRedoEnabled(False)
        self.document_view = PreviewDocument(self.browser)
        self.document_view.on_complete = self._on_document_complete
        self.browser.anchorClicked.connect(self._on_anchor_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        # Laid over the page (no layout: it never changes the pane's size) while there is no text.
        self.empty_hint = QLabel(
            self.tr("Nothing to preview yet.\nThe article appears here as you write."), self
        )
        self.empty_hint.setObjectName("previewEmptyHint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.empty_hint.hide()

        self.renderer = IncrementalRenderer()
        self.process = RenderProcess(self)
        self.process.finished.connect(self._on_process_finished)
        #: The second render process: half of a long article's blocks when it is opened.
        self.helper = RenderProcess(self)
        self.helper.finished.connect(self._on_process_finished)
        self.split_characters = SPLIT_CHARACTERS
        self.huge_text = HUGE_TEXT
        self._parts: dict[str, str] = {}  # the blocks rendered so far of a split render
        self._parts_left = 0  # the answers of a split render still to come
        self.inline_limit = INLINE_LIMIT
        self.long_article = LONG_ARTICLE
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        #: A fixed pause in typing (ms) instead of the adaptive one (tests); None: adaptive.
        self.update_delay_ms: int | None = None
        self._render_ms: float | None = None  # what the recent renders took; None: not known
        self._render_started: float | None = None  # perf_counter() when the current one began
        self._learn = False  # the current render is an edit's (an article just opened is not)
        self._timer.timeout.connect(self._render)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(150)
        self._resize_timer.timeout.connect(self._redisplay)
        self._text = ""
        self._dirty = False
        self._changed_at = 0.0  # time.monotonic() of the last change of the text
        self._source: Callable[[], str] | None = None
        self._stale = False  # the source changed while hidden: read it when shown
        self._shown_html: str | None = None
        self._shown_fragments: list[str] | None = None
        self._header: tuple[str, str, str] = ("", "", "")  # title, lead, dateline
        self._in_flight: RenderPlan | _HugeDocument | None = None
        self._image_infos: dict[str, ImageInfo | None] = {}
        self._pending_scroll: int | None = None
        self.render_count = 0  # how many times new HTML was displayed (tests, bench)
        self.compact = False  # the type for a narrow column (see COMPACT_WIDTH)
        self.browser.verticalScrollBar().rangeChanged.connect(self._apply_pending_scroll)
        self._apply_style()

    # -- public interface -------------------------------------------------------------------
    def set_markdown(self, text: str) -> None:
        """The body changed: update after a short pause (nothing happens while hidden)."""
        self._stale = False
        if text == self._text and not self._dirty and self._shown_html is not None:
            return
        self._text = text
        self._dirty = True
        self._changed_at = time.monotonic()
        if self._is_shown():
            self._timer.start(self.pause_ms())

    def show_document(self, text: str) -> None:
        """Another article: nothing of the previous one shows again, not even a render of it
        still in the render process (its result is dropped); this one renders at once."""
        self._timer.stop()
        self._in_flight = None
        self._stale = False
        self._text = text
        self._dirty = True
        self._shown_html = None
        self._shown_fragments = None
        self._pending_scroll = 0
        self._render_ms = None  # another article: its own costs
        self._learn = False
        self.document_view.show_html("")
        if self._is_shown():
            self._timer.start(0)

    def set_source(self, source: Callable[[], str] | None) -> None:
        """Where :meth:`source_changed` reads the text (the editor's body)."""
        self._source = source

    def source_changed(self) -> None:
        """The source's text changed: read it (a copy of the whole body) only while the pane
        is shown; while hidden nothing is read until the pane is shown again."""
        if self._source is None:
            return
        self._stale = True  # read when the pause is over (a 20,000-word copy costs ~0.5 ms)
        self._changed_at = time.monotonic()
        if self._is_shown():
            self._dirty = True
            self._timer.start(self.pause_ms())

    def pause_ms(self) -> int:
        """The pause in typing before the next render (see :func:`adaptive_delay_ms`)."""
        if self.update_delay_ms is not None:
            return self.update_delay_ms
        if self._render_ms is not None:
            return adaptive_delay_ms(self._render_ms)
        return adaptive_delay_ms(len(self._text) * GUESSED_MS_PER_CHARACTER)

    def markdown(self) -> str:
        if self._stale and self._source is not None:
            return self._source()
        return self._text

    def flush(self) -> None:
        """Render now instead of after the pause (``rendered`` follows, maybe later)."""
        self._timer.stop()
        self._render()

    def set_scroll_fraction(self, fraction: float) -> None:
        bar = self.browser.verticalScrollBar()
        self._pending_scroll = None
        bar.setValue(round(max(0.0, min(1.0, fraction)) * bar.maximum()))

    def scroll_fraction(self) -> float:
        bar = self.browser.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0

    def set_article_header(self, title: str, summary: str = "", dateline: str = "") -> None:
        """Show the headline and the lead above the body, from the website's own header
        template (see :mod:`desktop_app.core.article_header`; optional)."""
        header = (title.strip(), summary.strip(), dateline.strip())
        if header != self._header:
            self._header = header
            if self._shown_html is not None and self._is_shown():
                self._redisplay(patch=True)
            elif self._shown_html is not None:
                self._dirty = True

    def _opening(self, body_html: str) -> tuple[str, str]:
        """The header HTML and ``body_html`` with the lead placed as the website places it."""
        if not any(self._header):
            return "", body_html
        return preview_opening(*self._header, body_html)

    def set_image_provider(self, provider: ImageProvider | None) -> None:
        self.browser.image_provider = provider
        self.refresh_images()

    def refresh_images(self) -> None:
        """Forget cached image data (an image was added, replaced or re-captioned)."""
        self._image_infos.clear()
        self.browser.clear_image_cache()
        self._redisplay()

    def shutdown(self) -> None:
        """Stop the render process (the application quits or the pane goes away)."""
        self._timer.stop()
        self.process.shutdown()
        self.helper.shutdown()

    def html(self) -> str:
        """The HTML shown (before images were resolved), or "" before the first render."""
        return self._shown_html or ""

    # -- rendering --------------------------------------------------------------------------
    def _is_shown(self) -> bool:
        return self.isVisible() and self.width() > 0 and self.height() > 0

    def _render(self) -> None:
        if self._stale and self._source is not None and self._is_shown():
            self._stale = False
            text = self._source()
            if text != self._text:
                self._text = text
                self._dirty = True
        if not self._dirty or not self._is_shown():
            return
        if self._in_flight is not None:
            return  # coalesced: rendered again when the current one is back
        self._dirty = False
        self._render_started = time.perf_counter()
        self._learn = self._shown_html is not None  # an edit of what is shown
        text = self._text
        if len(text) > self.huge_text:
            self._in_flight = _HugeDocument(text)
            self._parts_left = 1
            self.process.submit(self._in_flight, "document", text)
            return
        plan = self.renderer.plan(text)
        if plan.whole_document:
            if len(text) <= self.inline_limit:
                self._display(render_body(text))
            else:
                self._send(plan)
            return
        if plan.missing and (
            len(text) > self.long_article or sum(len(block) for block in plan.missing) > self.inline_limit
        ):
            self._send(plan)  # a long article's changed blocks, too: markdown2 can take 20 ms
            return
        html = self.renderer.finish(plan, render_blocks(plan.missing))
        if html is not None:
            self._display(html, plan.fragments)
        elif len(text) <= self.inline_limit:
            self._display(render_body(text))
        else:
            self._send(plan)

    def _send(self, plan: RenderPlan) -> None:
        self._in_flight = plan
        self._parts = {}
        self._parts_left = 1
        if plan.whole_document:
            self.process.submit(plan, "whole", plan.text)
            return
        halves = split_in_two(plan.missing) if sum(map(len, plan.missing)) > self.split_characters else []
        if halves:
            self._parts_left = 2
            self.process.submit(plan, "blocks", halves[0])
            self.helper.submit(plan, "blocks", halves[1])
        else:
            self.process.submit(plan, "blocks", plan.missing)

    def _on_process_finished(self, plan: RenderPlan, result, error) -> None:
        if plan is not self._in_flight:
            return
        if isinstance(plan, _HugeDocument):
            self._in_flight = None
            if error is None and "fragments" in result:
                self._display(join_blocks(result["fragments"]), result["fragments"])
            elif error is None:
                self._display(result["html"])
            # else: the worker died; what is shown stays (rendering 5 MB here would freeze)
            self._render_again_later()
            return
        if self._parts_left > 1:  # one half of a split render: wait for the other
            self._parts_left -= 1
            if error is not None:
                self._parts_left = 0  # rendered here below, once
            else:
                self._parts.update(result)
                return
        elif self._parts and error is None:
            result = {**self._parts, **result}
        self._parts = {}
        self._parts_left = 0
        self._in_flight = None
        if error is not None:  # the worker died: render here rather than show nothing
            self._display(render_body(plan.text))
        elif plan.whole_document:
            self._display(result)
        else:
            html = self.renderer.finish(plan, result)
            if html is None:  # needs the whole document after all (repeated heading ids)
                self._send(plan)
                return
            self._display(html, plan.fragments)
        self._render_again_later()

    def _render_again_later(self) -> None:
        if self._dirty:
            # changed meanwhile: render again once the usual pause after the last change is
            # over (at once kept a long article's renders going back to back during typing)
            waited_ms = (time.monotonic() - self._changed_at) * 1000
            self._timer.start(max(0, int(self.pause_ms() - waited_ms)))

    def _image_info(self, uuid: str) -> ImageInfo | None:
        if uuid not in self._image_infos:
            provider = self.browser.image_provider
            info = provider.info(uuid) if provider is not None else None
            self._image_infos[uuid] = (
                None
                if info is None
                else ImageInfo(
                    url=f"{IMAGE_SCHEME}:{uuid}", caption=info.caption, credit=info.credit, alt=info.alt
                )
            )
        return self._image_infos[uuid]

    def _display(self, html: str, fragments: list[str] | None = None) -> None:
        self._shown_html = html
        self._shown_fragments = fragments
        self._redisplay(patch=True)
        if self._render_started is not None:
            took = (time.perf_counter() - self._render_started) * 1000
            self._render_started = None
            if self._learn:  # an edit's render: what the next pause is made of
                last = self._render_ms
                self._render_ms = took if last is None else (last + took) / 2

    def _qt_fragment(self, html: str) -> str:
        if "asset:" in html:
            html = _qt_friendly(resolve_images(html, self._image_info))
        return html

    def _redisplay(self, patch: bool = False) -> None:
        if self._shown_html is None:
            return
        bar = self.browser.verticalScrollBar()
        position = self._pending_scroll if self._pending_scroll is not None else bar.value()
        if not patch:
            self.document_view.invalidate()
        if self._shown_fragments is not None:
            fragments = [self._qt_fragment(f) for f in self._shown_fragments]
            header, first = self._opening(fragments[0] if fragments else "")
            if fragments:
                fragments[0] = first
            self.document_view.show_fragments([header, *fragments] if header else fragments)
        else:
            header, body = self._opening(self._shown_html)
            self.document_view.show_html(header + _qt_friendly(resolve_images(body, self._image_info)))
        self.render_count += 1
        self._show_empty_hint(not self._text.strip())
        self._pending_scroll = position
        self._apply_pending_scroll()
        if self.document_view.complete:
            self.rendered.emit()  # else once the last step of a long document is in

    def _show_empty_hint(self, shown: bool) -> None:
        if shown:
            self._place_empty_hint()
            self.empty_hint.raise_()
        self.empty_hint.setVisible(shown)

    def _place_empty_hint(self) -> None:
        """In the lower middle of the page: below a headline shown above an empty body."""
        area = self.browser.geometry()
        height = max(area.height() // 3, 60)
        self.empty_hint.setGeometry(area.x() + 16, area.y() + area.height() // 3, area.width() - 32, height)
        palette = self.empty_hint.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, self.browser.palette().color(QPalette.ColorRole.PlaceholderText)
        )
        self.empty_hint.setPalette(palette)

    def _on_document_complete(self) -> None:
        self._apply_pending_scroll()
        self.rendered.emit()

    def _apply_pending_scroll(self, *_args) -> None:
        if self._pending_scroll is None:
            return
        bar = self.browser.verticalScrollBar()
        bar.setValue(self._pending_scroll)
        if bar.value() == self._pending_scroll:
            self._pending_scroll = None

    def _apply_style(self) -> None:
        self.browser.document().setDefaultStyleSheet(
            preview_style_sheet(self.browser.palette(), self.compact)
        )

    # -- links ------------------------------------------------------------------------------
    def _on_anchor_clicked(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme in OPENABLE_SCHEMES:
            QDesktopServices.openUrl(url)
        elif not scheme and url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())
        # Anything else (javascript:, file:, data:, our own schemes) is never opened.

    # -- Qt overrides -----------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale and self._source is not None:
            self.set_markdown(self._source())
        if not self.process.started and len(self._text) > self.inline_limit:
            self.process.start()  # warm up: the first long render should not wait for Python
        if not self.helper.started and len(self._text) > self.split_characters:
            self.helper.start()
        if self._dirty:
            self._timer.start(0)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        compact = 0 < event.size().width() < COMPACT_WIDTH
        if compact != self.compact:
            self.compact = compact
            self._apply_style()
            self._redisplay()
        if self.empty_hint.isVisible():
            self._place_empty_hint()
        if self._dirty and self._is_shown() and not self._timer.isActive():
            self._timer.start(0)
        elif event.oldSize().width() != event.size().width() and "<img" in (self._shown_html or ""):
            self._resize_timer.start()  # images are scaled to the width: show them again

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self._apply_style()
            self._redisplay()


class _HugeDocument:
    """A render request for a huge text (see :data:`HUGE_TEXT`)."""

    def __init__(self, text: str) -> None:
        self.text = text


def split_in_two(blocks: list[str]) -> list[list[str]]:
    """``blocks`` in two runs of about the same number of characters (both non-empty), or []
    when there are fewer than two blocks."""
    if len(blocks) < 2:
        return []
    half = sum(map(len, blocks)) / 2
    size = 0
    for index, block in enumerate(blocks[:-1]):
        size += len(block)
        if size >= half:
            return [blocks[: index + 1], blocks[index + 1 :]]
    return [blocks[:-1], blocks[-1:]]


def _qt_friendly(html: str) -> str:
    """Qt's rich text has no figure/figcaption elements: show them as classed div/p."""
    if "<figure" not in html:
        return html
    return (
        html.replace('<figure class="image">', '<div class="figure">')
        .replace("</figure>", "</div>")
        .replace("<figcaption>", '<p class="figcaption">')
        .replace("</figcaption>", "</p>")
    )


def measure_update_ms(pane: PreviewPane, text: str, timeout_ms: int = 30_000) -> float:
    """Milliseconds from handing ``text`` to a shown pane until the new HTML is displayed
    (the typing pause is skipped). For bench/gui.py."""
    if not pane.isVisible():
        raise ValueError("the preview renders only while it is shown")
    if text == pane.markdown() and pane.html():
        raise ValueError("the text must differ from what the preview shows")
    loop = QEventLoop()
    done: list[float] = []

    def finished() -> None:
        done.append(time.perf_counter())
        loop.quit()

    pane.rendered.connect(finished)
    try:
        start = time.perf_counter()
        pane.set_markdown(text)
        pane.flush()
        if not done:
            QTimer.singleShot(timeout_ms, loop.quit)
            loop.exec()
        if not done:
            raise TimeoutError("the preview did not render")
        return (done[0] - start) * 1000
    finally:
        pane.rendered.disconnect(finished)
