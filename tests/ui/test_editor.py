"""The article editor: formatting toggles, highlighting, slug, changes(), signals."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QColor, QFont, QImage, QTextCharFormat, QTextCursor

from desktop_app.core.models import ArticleData
from desktop_app.ui.editor import ArticleEditor
from desktop_app.ui.editor_format import cycle_heading, toggle_prefix, toggle_wrap

NOW = dt.datetime(2024, 5, 1, 9, 0)


def make_article(**overrides) -> ArticleData:
    values = dict(
        id=7,
        uuid="00000000-0000-0000-0000-000000000007",
        title="Rapat Staf Perdana",
        slug="rapat-staf-perdana",
        summary="Ringkasan.",
        body="Isi berita.",
        dateline="Arosuka",
        category="Berita",
        tags=("spbe", "rapat"),
        author_id=2,
        author="Teta Midra",
        featured_image_id=None,
        status="draft",
        publish_at=None,
        published_at=None,
        published_revision=None,
        version=3,
        word_count=2,
        created_at=NOW,
        updated_at=NOW,
        deleted_at=None,
    )
    values.update(overrides)
    return ArticleData(**values)


@pytest.fixture
def editor(qtbot):
    widget = ArticleEditor()
    qtbot.addWidget(widget)
    widget.load(
        make_article(),
        ["Berita", "Opini"],
        ["spbe", "rapat", "sosialisasi"],
        [(1, "Admin"), (2, "Teta Midra")],
    )
    widget.resize(900, 700)
    widget.show()
    return widget


def select(editor: ArticleEditor, start: int, end: int) -> None:
    cursor = editor.body_edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.body_edit.setTextCursor(cursor)


def test_object_and_accessible_names(editor):
    assert editor.title_edit.objectName() == "titleEdit"
    assert editor.body_edit.objectName() == "bodyEdit"
    assert editor.title_edit.accessibleName()
    assert editor.body_edit.accessibleName()


def test_bold_wraps_the_selection_and_unwraps_it_again(editor):
    editor.body_edit.setPlainText("Rapat staf perdana")
    select(editor, 6, 10)
    editor.toggle_bold()
    assert editor.body_text() == "Rapat **staf** perdana"
    assert editor.body_edit.textCursor().selectedText() == "staf"
    editor.toggle_bold()
    assert editor.body_text() == "Rapat staf perdana"


def test_bold_unwraps_a_selection_that_includes_the_markers(editor):
    editor.body_edit.setPlainText("Rapat **staf** perdana")
    select(editor, 6, 14)
    editor.toggle_bold()
    assert editor.body_text() == "Rapat staf perdana"


def test_formatting_is_one_undo_step(editor):
    editor.body_edit.setPlainText("Rapat staf perdana")
    select(editor, 6, 10)
    editor.toggle_italic()
    assert editor.body_text() == "Rapat *staf* perdana"
    editor.body_edit.undo()
    assert editor.body_text() == "Rapat staf perdana"
    editor.body_edit.redo()
    assert editor.body_text() == "Rapat *staf* perdana"


def test_italic_does_not_take_bold_for_italic():
    line, start, end = toggle_wrap("a **b** c", 4, 5, "*")
    assert line == "a ***b*** c"
    assert (start, end) == (5, 6)


def test_wrap_without_selection_uses_the_word_or_inserts_a_pair():
    assert toggle_wrap("satu dua", 6, 6, "**")[0] == "satu **dua**"
    assert toggle_wrap("satu ", 5, 5, "`") == ("satu ``", 6, 6)


def test_line_toggles(editor):
    editor.body_edit.setPlainText("satu\ndua\n\ntiga")
    select(editor, 0, 8)
    editor.toggle_bullet_list()
    assert editor.body_text() == "- satu\n- dua\n\ntiga"
    editor.toggle_bullet_list()
    assert editor.body_text() == "satu\ndua\n\ntiga"
    editor.toggle_quote()
    assert editor.body_text() == "> satu\n> dua\n\ntiga"
    assert toggle_prefix(["> a", ">", "> b"], "> ") == ["a", "", "b"]
    assert cycle_heading(["Judul"]) == ["## Judul"]
    assert cycle_heading(["## Judul"]) == ["### Judul"]
    assert cycle_heading(["### Judul"]) == ["Judul"]


def test_heading_toggle_on_current_line(editor):
    editor.body_edit.setPlainText("Judul\nisi")
    editor.set_cursor_position(2)
    editor.toggle_heading()
    assert editor.body_text() == "## Judul\nisi"


def test_insert_link_wraps_selection_and_selects_the_url(editor):
    editor.body_edit.setPlainText("Situs Kominfo")
    select(editor, 0, 13)
    editor.insert_link()
    assert editor.body_text() == "[Situs Kominfo](https://)"
    assert editor.body_edit.textCursor().selectedText() == "https://"


def _formats_at(editor, block_number: int, position: int) -> list[QTextCharFormat]:
    block = editor.body_edit.document().findBlockByNumber(block_number)
    ranges = block.layout().formats()
    return [QTextCharFormat(r.format) for r in ranges if r.start <= position < r.start + r.length]


def test_highlighter_formats(editor):
    editor.body_edit.setPlainText(
        "## Judul\nteks **tebal** dan *miring* dan `kode` [tautan](https://x.id)\n"
        "> kutipan\n- butir\n```\n# bukan judul\n```\nbiasa"
    )
    heading = _formats_at(editor, 0, 3)
    assert heading
    assert heading[0].fontWeight() == 700
    assert any(f.fontWeight() == 700 for f in _formats_at(editor, 1, 8))
    assert any(f.fontItalic() for f in _formats_at(editor, 1, 21))
    assert any(f.fontFixedPitch() for f in _formats_at(editor, 1, 33))
    link = editor.highlighter.formats["link"].foreground().color()
    assert any(f.foreground().color() == link for f in _formats_at(editor, 1, 40))
    assert any(f.fontItalic() for f in _formats_at(editor, 2, 3))
    assert _formats_at(editor, 3, 0)
    # Inside the fence "# bukan judul" is code, not a heading; after it, plain text again.
    inside = _formats_at(editor, 5, 3)
    assert inside
    assert inside[0].fontFixedPitch()
    assert inside[0].fontWeight() != 700
    assert _formats_at(editor, 7, 1) == []


@pytest.mark.parametrize(
    ("line", "spans"),
    [
        # As the preview (markdown2) reads them: a mark that never closes stays plain.
        ("**a **b**", [("strong", "**b**")]),
        ("*a *b*", [("emphasis", "*b*")]),
        ("_a _b_ snake_case", [("emphasis", "_b_")]),
        ("*a **b** c*", [("strong", "**b**"), ("emphasis", "*a **b** c*")]),
        (
            "[peta](https://id.wikipedia.org/wiki/Solok_(kota)) [[x",
            [("link", "[peta](https://id.wikipedia.org/wiki/Solok_(kota))")],
        ),
        ("**a " * 3000, []),
        ("[" * 10_000 + "](x)", [("link", "[](x)")]),
    ],
)
def test_highlighter_inline_spans(line, spans):
    from desktop_app.ui.markdown_highlighter import _INLINE_RULES

    assert [(name, m.group()) for name, rule in _INLINE_RULES for m in rule.finditer(line)] == spans


def test_highlighter_colours_follow_a_dark_palette(editor):
    from PySide6.QtGui import QPalette

    from desktop_app.ui.markdown_highlighter import make_formats

    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    dark.setColor(QPalette.ColorRole.Link, QColor("#0000ff"))
    formats = make_formats(dark)
    for name in ("heading", "link", "quote", "list"):
        assert formats[name].foreground().color().lightnessF() > 0.4, name


class _Checker:
    def misspelled(self, text: str) -> list[tuple[int, int]]:
        start = text.find("salahh")
        return [(start, 6)] if start >= 0 else []


def test_spell_checker_hook_underlines_ranges(editor):
    editor.body_edit.setPlainText("kata salahh di sini")
    editor.highlighter.set_spell_checker(_Checker())
    formats = _formats_at(editor, 0, 6)
    assert any(f.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline for f in formats)
    assert not _formats_at(editor, 0, 1)


def test_slug_follows_the_title_until_edited_by_hand(editor, qtbot):
    editor.load(make_article(title="Judul Lama", slug="judul-lama"), [], [], [])
    assert editor.changes().slug is None
    editor.title_edit.clear()
    qtbot.keyClicks(editor.title_edit, "Sertijab Sekretaris Dinas")
    assert editor.slug_edit.text() == "sertijab-sekretaris-dinas"
    assert editor.changes().slug is None
    editor.slug_edit.selectAll()
    qtbot.keyClicks(editor.slug_edit, "sertijab")
    assert editor.changes().slug == "sertijab"
    qtbot.keyClicks(editor.title_edit, " Baru")
    assert editor.slug_edit.text() == "sertijab"
    editor.slug_auto_button.click()
    assert editor.changes().slug is None
    assert editor.slug_edit.text() == "sertijab-sekretaris-dinas-baru"


def test_deduplicated_slug_counts_as_automatic(editor):
    editor.load(make_article(title="Rapat Staf", slug="rapat-staf-2"), [], [], [])
    assert editor.changes().slug is None


def test_published_article_keeps_its_slug(editor, qtbot):
    editor.load(
        make_article(title="Rapat Staf", slug="rapat-staf", status="published", published_at=NOW), [], [], []
    )
    qtbot.keyClicks(editor.title_edit, " Diperbarui")
    assert editor.slug_edit.text() == "rapat-staf"
    assert editor.changes().slug == "rapat-staf"
    assert editor.slug_edit.isReadOnly()


def test_changes_round_trip(editor):
    article = make_article()
    editor.load(article, ["Berita", "Opini"], ["spbe"], [(1, "Admin"), (2, "Teta Midra")])
    changes = editor.changes()
    assert changes.title == article.title
    assert changes.body == article.body
    assert changes.summary == article.summary
    assert changes.dateline == article.dateline
    assert changes.category == "Berita"
    assert changes.tags == ["spbe", "rapat"]
    assert changes.author_id == 2
    assert changes.slug is None
    editor.category_combo.setCurrentText("Opini")
    editor.tags_edit.setText("spbe, covid-19, spbe")
    editor.author_combo.setCurrentIndex(editor.author_combo.findData(1))
    changes = editor.changes()
    assert (changes.category, changes.tags, changes.author_id) == ("Opini", ["spbe", "covid-19"], 1)


def test_signals_on_user_edits_but_not_on_load(editor, qtbot):
    seen: list[str] = []
    editor.content_changed.connect(lambda: seen.append("content"))
    editor.title_changed.connect(lambda title: seen.append(f"title:{title}"))
    editor.load(make_article(title="Baru"), [], [], [])
    assert "content" not in seen
    seen.clear()
    editor.title_edit.end(False)
    qtbot.keyClicks(editor.title_edit, "!")
    assert "content" in seen
    assert "title:Baru!" in seen
    seen.clear()
    qtbot.keyClicks(editor.body_edit, "a")
    qtbot.keyClicks(editor.dateline_edit, "b")
    assert seen.count("content") == 2


def test_stats_changed_counts_words(editor, qtbot):
    with qtbot.waitSignal(editor.stats_changed) as blocker:
        editor.body_edit.setPlainText("## Judul\n\nsatu dua tiga **empat**")
    words, characters, minutes = blocker.args
    assert words == 5
    assert characters == len(editor.body_text())
    assert minutes == 1


def test_insert_at_cursor_and_cursor_position(editor):
    editor.body_edit.setPlainText("awal akhir")
    editor.set_cursor_position(5)
    assert editor.cursor_position() == 5
    editor.insert_at_cursor("tengah ")
    assert editor.body_text() == "awal tengah akhir"


def test_scroll_fraction_signal(editor, qtbot):
    editor.body_edit.setPlainText("\n".join(f"baris {i}" for i in range(500)))
    bar = editor.body_edit.verticalScrollBar()
    with qtbot.waitSignal(editor.scroll_fraction_changed) as blocker:
        bar.setValue(bar.maximum())
    assert blocker.args[0] == pytest.approx(1.0)


def test_dropped_image_files_become_a_signal_not_text(editor, qtbot, tmp_path):
    image = tmp_path / "foto.jpg"
    image.write_bytes(b"x")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(image))])
    editor.body_edit.setPlainText("isi")
    with qtbot.waitSignal(editor.image_files_dropped) as blocker:
        editor.body_edit.insertFromMimeData(mime)
    assert blocker.args[0] == [str(image)]
    assert editor.body_text() == "isi"


def test_pasted_image_becomes_png_bytes(editor, qtbot):
    picture = QImage(4, 3, QImage.Format.Format_RGB32)
    picture.fill(Qt.GlobalColor.red)
    mime = QMimeData()
    mime.setImageData(picture)
    with qtbot.waitSignal(editor.image_pasted) as blocker:
        editor.body_edit.insertFromMimeData(mime)
    assert blocker.args[0].startswith(b"\x89PNG")


def test_clear_disables_and_empties(editor):
    editor.clear()
    assert not editor.isEnabled()
    assert editor.body_text() == ""
    assert editor.title_edit.text() == ""


def test_enter_in_the_title_goes_to_the_body(editor, qtbot, monkeypatch):
    focused: list[object] = []
    monkeypatch.setattr(editor.body_edit, "setFocus", lambda *args: focused.append(args))
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return)
    assert focused


def test_scrolling_is_followed_at_once_and_layout_moves_while_typing_once_it_pauses(editor, qtbot):
    from desktop_app.ui import editor as editor_module

    editor.body_edit.setPlainText("\n\n".join(f"Paragraf {i} berita daerah." for i in range(400)))
    fractions = []
    editor.scroll_fraction_changed.connect(fractions.append)
    bar = editor.body_edit.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 100)
    qtbot.wait(int(editor_module.EDIT_SETTLE_SECONDS * 1000) + 50)
    fractions.clear()
    bar.setValue(bar.maximum() // 2)  # the user scrolls: the preview follows now
    assert fractions
    assert fractions[-1] == pytest.approx(0.5, abs=0.01)

    fractions.clear()
    qtbot.keyClicks(editor.body_edit, "x")  # typing...
    bar.setValue(bar.maximum() // 4)  # ...while the layout moves the bar: not yet
    assert fractions == []
    qtbot.waitUntil(lambda: fractions != [], timeout=2000)  # once the typing pauses
    assert fractions[-1] == pytest.approx(0.25, abs=0.01)


def test_a_huge_paste_is_highlighted_in_slices(editor, qtbot, monkeypatch):
    """A huge paste: the whole text is in the editor at once, and the highlighting (and the
    spell checking it drives) follows in slices, the visible paragraphs first."""
    from desktop_app.ui import editor_widgets

    monkeypatch.setattr(editor_widgets, "HUGE_TEXT", 1_000)
    editor.body_edit.clear()
    pasted = "\n\n".join(f"## Bagian {i}\n\nParagraf **tebal** nomor {i}." for i in range(400))
    asked: list[str] = []

    class Checker:
        def misspelled(self, text: str) -> list[tuple[int, int]]:
            asked.append(text)
            return []

    editor.highlighter.set_spell_checker(Checker())
    asked.clear()
    mime = QMimeData()
    mime.setText(pasted)
    editor.body_edit.insertFromMimeData(mime)
    assert editor.body_text() == pasted  # the text is there at once
    assert not asked  # nothing highlighted or checked during the paste itself
    assert editor.highlighter.has_pending_work()
    qtbot.waitUntil(lambda: not editor.highlighter.has_pending_work(), timeout=10_000)
    assert editor.highlighter.slices > 1  # in slices, not in one go
    heading = editor.body_edit.document().findBlockByNumber(pasted.split("\n").index("## Bagian 399"))
    assert any(r.format.fontWeight() == QFont.Weight.Bold for r in heading.layout().formats())
    assert len(asked) >= 800  # every paragraph was spell checked, afterwards


def test_a_small_paste_is_highlighted_at_once(editor):
    mime = QMimeData()
    mime.setText("## Judul\n\nIsi.")
    editor.body_edit.insertFromMimeData(mime)
    assert not editor.highlighter.has_pending_work()
