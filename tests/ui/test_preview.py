"""The live preview: rendering after a pause, hidden costs nothing, links, images, scroll."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument

from desktop_app.core.rendering import ImageInfo, render_body
from desktop_app.ui.editor import ArticleEditor
from desktop_app.ui.preview import PreviewPane, measure_update_ms

UUID = "12345678-1234-1234-1234-123456789012"


@pytest.fixture
def pane(qtbot):
    widget = PreviewPane()
    qtbot.addWidget(widget)
    widget.resize(600, 500)
    yield widget
    widget.shutdown()


def long_text(paragraphs: int = 80) -> str:
    return "\n\n".join(
        f"## Bagian {i}\n\nParagraf nomor {i} tentang sistem pemerintahan "
        "berbasis elektronik di Kabupaten Solok."
        for i in range(paragraphs)
    )


def test_object_name_and_link_policy(pane):
    assert pane.browser.objectName() == "preview"
    assert pane.browser.accessibleName()
    assert not pane.browser.openLinks()
    assert not pane.browser.openExternalLinks()


def test_typing_shows_the_heading(qtbot):
    editor = ArticleEditor()
    pane = PreviewPane()
    for widget in (editor, pane):
        qtbot.addWidget(widget)
        widget.show()
    editor.setEnabled(True)
    editor.content_changed.connect(lambda: pane.set_markdown(editor.body_text()))
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        qtbot.keyClicks(editor.body_edit, "## Rapat Staf Perdana")
        qtbot.keyClick(editor.body_edit, Qt.Key.Key_Return)
        qtbot.keyClick(editor.body_edit, Qt.Key.Key_Return)
        qtbot.keyClicks(editor.body_edit, "Isi berita.")
    assert "<h2" in pane.html()
    assert "Rapat Staf Perdana" in pane.browser.toPlainText()
    assert pane.html() == render_body(editor.body_text())
    pane.shutdown()


def test_a_burst_of_edits_is_rendered_once(pane, qtbot):
    pane.show()
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        for i in range(30):
            pane.set_markdown(f"# Judul {i}")
    qtbot.wait(400)
    assert pane.render_count == 1
    assert "Judul 29" in pane.browser.toPlainText()


def test_nothing_is_rendered_while_hidden(pane, qtbot):
    pane.set_markdown("# Tersembunyi")
    qtbot.wait(450)
    assert pane.render_count == 0
    assert pane.html() == ""
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.show()
    assert pane.render_count == 1
    assert "Tersembunyi" in pane.browser.toPlainText()
    pane.hide()
    pane.set_markdown("# Lagi")
    qtbot.wait(450)
    assert pane.render_count == 1


def test_javascript_links_are_never_opened(pane, qtbot, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    pane.show()
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.set_markdown("[jahat](javascript:alert(1)) dan [baik](https://kominfo.go.id)")
    assert "javascript" not in pane.html()
    for url in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "ftp://x.id"):
        pane.browser.anchorClicked.emit(QUrl(url))
    assert opened == []
    pane.browser.anchorClicked.emit(QUrl("https://kominfo.go.id"))
    pane.browser.anchorClicked.emit(QUrl("mailto:humas@kominfo.go.id"))
    assert opened == ["https://kominfo.go.id", "mailto:humas@kominfo.go.id"]


def test_nothing_remote_or_local_is_loaded(pane):
    image = QTextDocument.ResourceType.ImageResource.value
    for url in ("https://evil.example/x.png", "http://evil.example/x.css", "file:///etc/passwd"):
        assert pane.browser.loadResource(image, QUrl(url)) is None
    assert (
        pane.browser.loadResource(
            QTextDocument.ResourceType.StyleSheetResource.value, QUrl("https://evil.example/x.css")
        )
        is None
    )


def _png(width: int, height: int) -> bytes:
    picture = QImage(width, height, QImage.Format.Format_RGB32)
    picture.fill(Qt.GlobalColor.darkGreen)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")
    return bytes(data.data())


class _Images:
    def __init__(self) -> None:
        self.asked: list[str] = []

    def info(self, uuid: str) -> ImageInfo | None:
        return ImageInfo(url="ignored", caption="Rapat staf", credit="Foto: Humas") if uuid == UUID else None

    def web_bytes(self, uuid: str) -> bytes | None:
        self.asked.append(uuid)
        return _png(2000, 1000) if uuid == UUID else None


def test_images_come_from_the_provider_scaled_to_the_width(pane, qtbot):
    provider = _Images()
    pane.set_image_provider(provider)
    pane.show()
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.set_markdown(f"Awal\n\n![Rapat](asset:{UUID})\n\nAkhir")
    assert provider.asked == [UUID]
    assert "Rapat staf" in pane.browser.toPlainText()
    image = pane.browser.loadResource(
        QTextDocument.ResourceType.ImageResource.value, QUrl(f"redaksi-image:{UUID}")
    )
    assert isinstance(image, QImage)
    assert image.width() <= pane.browser.viewport().width()
    assert image.width() / image.height() == pytest.approx(2.0, rel=0.02)


def test_scroll_position_is_kept_across_updates(pane, qtbot):
    pane.show()
    text = long_text()
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.set_markdown(text)
    bar = pane.browser.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    kept = bar.value()
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.set_markdown(text.replace("Paragraf nomor 70", "Paragraf nomor tujuh puluh"))
    assert bar.value() == kept


def test_follows_the_editor_scroll_fraction(pane, qtbot):
    pane.show()
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.set_markdown(long_text())
    pane.set_scroll_fraction(1.0)
    bar = pane.browser.verticalScrollBar()
    assert bar.value() == bar.maximum()
    pane.set_scroll_fraction(0.5)
    assert pane.scroll_fraction() == pytest.approx(0.5, abs=0.02)


def test_incremental_updates_equal_the_full_render(pane, qtbot):
    pane.show()
    text = long_text(40)
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.set_markdown(text)
    for edit in ("Paragraf nomor 3 diubah", "- butir baru", "```\nkode\n\n```"):
        text = text.replace("Paragraf nomor 3 ", edit + "\n\nParagraf nomor 3 ", 1)
        with qtbot.waitSignal(pane.rendered, timeout=5000):
            pane.set_markdown(text)
        assert pane.html() == render_body(text)
    assert pane.renderer.last_rendered_blocks <= 3


def test_large_renders_go_to_the_render_process(pane, qtbot):
    pane.inline_limit = 0  # everything goes to the worker process
    pane.show()
    text = long_text(10)
    with qtbot.waitSignal(pane.rendered, timeout=60_000):
        pane.set_markdown(text)
    assert pane.process.started
    assert pane.html() == render_body(text)
    footnotes = text + "\n\nCatatan[^1].\n\n[^1]: Sumber: Humas."
    with qtbot.waitSignal(pane.rendered, timeout=60_000):
        pane.set_markdown(footnotes)
    assert pane.html() == render_body(footnotes)


def test_measure_update_ms(pane):
    pane.show()
    assert measure_update_ms(pane, long_text(20)) >= 0
    assert "Bagian 19" in pane.browser.toPlainText()


def _structure(document: QTextDocument) -> list[tuple]:
    """What a reader sees, block by block: text, block and character formats, list membership."""
    rows = []
    block = document.begin()
    while block.isValid():
        fmt = block.blockFormat()
        text_list = block.textList()
        fragments = []
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            char = fragment.charFormat()
            fragments.append(
                (
                    fragment.text(),
                    char.fontWeight(),
                    char.fontItalic(),
                    char.anchorHref(),
                    char.fontFixedPitch(),
                )
            )
            it += 1
        rows.append(
            (
                block.text(),
                fmt.headingLevel(),
                fmt.topMargin(),
                fmt.bottomMargin(),
                fmt.leftMargin(),
                tuple(fragments),
                (text_list.format().style(), text_list.item(0).blockNumber(), text_list.itemNumber(block))
                if text_list
                else None,
            )
        )
        block = block.next()
    return rows


def test_patched_document_equals_a_fresh_one(pane, qtbot):
    import random

    pane.show()
    rng = random.Random(11)
    table = "| a | b |\n|---|---|\n| 1 | 2 |"
    text = (
        table
        + "\n\n"
        + long_text(30)
        + "\n\n- a\n- b\n\n```\nkode\n```\n\n"
        + table
        + "\n\n> kutipan\n\n1. satu\n2. dua"
    )
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.set_markdown(text)
    pieces = [
        "\n\n## Judul baru\n\n",
        "\n\n- c\n- d\n\n",
        "x",
        "\n\n```\nkode\n```\n\n",
        "\n\n> kutipan\n\n",
        " **tebal** ",
        "\n\n1. a\n2. b\n\n",
        "\n\n",
        "\n- e\n",
        "\n\n" + table + "\n\n",
    ]
    for step in range(60):
        position = rng.randrange(len(text))
        piece = rng.choice(pieces).replace("baru", f"baru {step}")  # heading ids stay unique
        text = text[:position] + piece + text[position:]
        if rng.random() < 0.3:
            cut = rng.randrange(len(text))
            text = text[:cut] + text[cut + rng.randint(1, 40) :]
        with qtbot.waitSignal(pane.rendered, timeout=5000):
            pane.set_markdown(text)
            pane.flush()
        fresh = QTextDocument()
        fresh.setDefaultStyleSheet(pane.browser.document().defaultStyleSheet())
        assert pane.html() == render_body(text)
        shown = pane._shown_fragments  # None after a whole-document render (repeated ids)
        fresh.setHtml(pane.html() if shown is None else "".join(f.strip() for f in shown))
        assert _structure(pane.browser.document()) == _structure(fresh)
    assert pane.document_view.patched > 0


def test_typing_into_a_paragraph_patches_the_document(pane, qtbot):
    pane.show()
    text = long_text(30)
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.set_markdown(text)
    for word in ("satu", "dua", "tiga"):
        text = text.replace("Paragraf nomor 12", f"Paragraf nomor 12 {word}")
        with qtbot.waitSignal(pane.rendered, timeout=5000):
            pane.set_markdown(text)
    assert pane.document_view.patched == 3
    assert "Paragraf nomor 12 tiga dua satu" in pane.browser.toPlainText()
    assert pane.html() == render_body(text)


def test_tables_fall_back_to_a_full_update(pane, qtbot):
    pane.show()
    text = "Awal\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nAkhir"
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.set_markdown(text)
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.set_markdown(text.replace("Akhir", "Akhir baru"))
    assert pane.document_view.patched == 0
    assert "Akhir baru" in pane.browser.toPlainText()
    assert pane.html() == render_body(text.replace("Akhir", "Akhir baru"))


def test_article_header_is_shown_above_the_body(pane, qtbot):
    pane.show()
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.set_markdown("Isi berita.")
    pane.set_article_header("Rapat <Staf>", "Ringkasan.", "Arosuka")
    shown = pane.browser.toPlainText()
    assert shown.startswith("Rapat <Staf>")
    assert "AROSUKA – Ringkasan." in shown
    assert "Isi berita." in shown
    assert pane.html() == render_body("Isi berita.")


def test_images_survive_patching(pane, qtbot):
    provider = _Images()
    pane.set_image_provider(provider)
    pane.show()
    text = f"Awal\n\n![Rapat](asset:{UUID})\n\nAkhir"
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.set_markdown(text)
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.set_markdown(text.replace("Akhir", "Akhir diubah") + f"\n\n![Lagi](asset:{UUID})")
    assert pane.document_view.patched == 1
    assert pane.browser.toPlainText().count("Rapat staf") == 2
    assert f"redaksi-image:{UUID}" in pane.browser.loaded_urls


def test_huge_document_is_built_in_steps_equal_to_a_fresh_one(pane, qtbot, monkeypatch):
    from desktop_app.ui import preview_document

    monkeypatch.setattr(preview_document, "STEP_CHARACTERS", 500)
    monkeypatch.setattr(preview_document, "HUGE_HTML", 2_000)
    pane.show()
    text = long_text(60) + "\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nAkhir."
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.set_markdown(text)
        pane.flush()
        assert not pane.document_view.complete  # the first part is shown, the rest follows
    assert pane.document_view.complete
    assert pane.document_view.steps > 1
    fresh = QTextDocument()
    fresh.setDefaultStyleSheet(pane.browser.document().defaultStyleSheet())
    fresh.setHtml("".join(f.strip() for f in pane._shown_fragments))
    assert _structure(pane.browser.document()) == _structure(fresh)
    edited = text.replace("Paragraf nomor 30", "Paragraf nomor tiga puluh")
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.set_markdown(edited)
    assert "Paragraf nomor tiga puluh" in pane.browser.toPlainText()


def test_edits_of_a_long_article_render_in_the_process(pane, qtbot):
    pane.long_article = 0  # every article counts as long
    pane.show()
    text = long_text(10)
    with qtbot.waitSignal(pane.rendered, timeout=60_000):
        pane.set_markdown(text)
        pane.flush()
    edited = text.replace("Paragraf nomor 5", "Paragraf nomor lima")
    with qtbot.waitSignal(pane.rendered, timeout=60_000):
        pane.set_markdown(edited)
        pane.flush()
        assert pane._in_flight is not None  # not rendered on this thread
    assert pane.process.started
    assert pane.html() == render_body(edited)


def test_another_article_never_shows_the_previous_ones_render(pane, qtbot):
    """Opening article B while A's render is still in the render process: A's result is
    dropped, B renders at once (no flash of A under B's title)."""
    pane.inline_limit = 0  # everything goes to the worker process
    pane.show()
    with qtbot.waitSignal(pane.rendered, timeout=60_000):
        pane.set_markdown("warm-up")  # the process is started and answering
    shown = []
    pane.rendered.connect(lambda: shown.append(pane.html()))
    first = long_text(200).replace("Bagian", "Artikel A")
    pane.set_markdown(first)
    pane.flush()  # A's render is in flight
    assert pane._in_flight is not None
    second = long_text(5).replace("Bagian", "Artikel B")
    pane.show_document(second)
    assert pane.html() == ""  # nothing of A meanwhile
    qtbot.waitUntil(lambda: pane.html() == render_body(second), timeout=60_000)
    qtbot.wait(300)  # A's answer has come back by now and was dropped
    assert pane.html() == render_body(second)
    assert not any("Artikel A" in html for html in shown)


def test_opening_a_long_article_is_one_document_build(pane, qtbot):
    """A long article just opened: its blocks are rendered in the two render processes at
    once, and the document is built with one setHtml, not block by block."""
    pane.split_characters = 1_000
    pane.show()
    text = long_text(400)
    assert len(text) > pane.long_article
    with qtbot.waitSignal(pane.rendered, timeout=60_000):
        pane.show_document(text)
    assert pane.document_view.builds == 1
    assert pane.document_view.steps == 0
    assert pane.process.started
    assert pane.helper.started
    assert pane.html() == render_body(text)
    edited = text.replace("Paragraf nomor 200", "Paragraf nomor dua ratus")
    with qtbot.waitSignal(pane.rendered, timeout=60_000):
        pane.set_markdown(edited)
    assert pane.document_view.builds == 1  # the edit was patched in
    assert pane.document_view.patched == 1
    assert pane.html() == render_body(edited)


def test_the_pause_is_short_when_renders_are_cheap(pane, qtbot):
    from desktop_app.ui.preview import MAX_DELAY_MS, MIN_DELAY_MS, adaptive_delay_ms

    assert adaptive_delay_ms(0) == MIN_DELAY_MS
    assert adaptive_delay_ms(2) < adaptive_delay_ms(30) < adaptive_delay_ms(10_000) == MAX_DELAY_MS
    pane.show()
    text = long_text(20)
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.show_document(text)
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.set_markdown(text + "\n\nSatu kalimat lagi.")
    cheap = pane.pause_ms()
    assert pane._render_ms is not None  # learnt from the edit's render
    assert cheap == adaptive_delay_ms(pane._render_ms)
    pane.set_markdown(text + "\n\nDua kalimat lagi.")
    assert pane._timer.interval() == cheap
    # a huge text, not measured yet: a longer pause
    pane.show_document("kata " * 400_000)
    assert pane.pause_ms() > cheap


def test_split_in_two():
    from desktop_app.ui.preview import split_in_two

    assert split_in_two([]) == []
    assert split_in_two(["a"]) == []
    assert split_in_two(["a", "b"]) == [["a"], ["b"]]
    halves = split_in_two(["x" * 10, "y" * 10, "z" * 10, "w" * 10])
    assert halves == [["x" * 10, "y" * 10], ["z" * 10, "w" * 10]]
    assert split_in_two(["x" * 100, "y"]) == [["x" * 100], ["y"]]


def test_a_lead_the_body_repeats_is_shown_once(pane, qtbot):
    pane.show()
    body = "Pemerintah Kabupaten meresmikan pasar baru, Senin.\n\nParagraf kedua."
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.set_markdown(body)
    pane.set_article_header("Pasar Baru", "Pemerintah kabupaten meresmikan pasar baru, Senin", "Arosuka")
    shown = pane.browser.toPlainText()
    assert shown.count("meresmikan pasar baru") == 1
    assert "AROSUKA – Pemerintah Kabupaten meresmikan" in shown


def test_a_dateline_without_a_lead_opens_the_body_as_on_the_website(pane, qtbot):
    pane.show()
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.set_markdown("Isi berita.")
    pane.set_article_header("Judul", "", "Arosuka")
    assert "AROSUKA – Isi berita." in pane.browser.toPlainText()
