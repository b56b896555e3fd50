"""The article editor: title, metadata form and the Markdown body with find & replace."""

from __future__ import annotations

import dataclasses
import re
import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.articles import TITLE_MAX_LENGTH
from desktop_app.core.models import ArticleChanges, ArticleData, ArticleKind
from desktop_app.core.status import Status
from desktop_app.core.text import count_words, make_slug, reading_minutes
from desktop_app.labels import kind_label, release_mark
from desktop_app.ui.compact_form import CompactForm, ElidedLabel, IndentedBox
from desktop_app.ui.editor_format import cycle_heading, toggle_prefix, toggle_wrap
from desktop_app.ui.editor_widgets import (
    MarkdownTextEdit,
    StorableTextEdit,
    StorableTextValidator,
    TagCompleter,
)
from desktop_app.ui.find_replace import FindReplaceBar
from desktop_app.ui.markdown_highlighter import MarkdownHighlighter
from desktop_app.ui.title_edit import TitleEdit

#: Pause after typing before words/characters/reading time are counted again.
STATS_DELAY_MS = 250
EDIT_SETTLE_SECONDS = 0.5  # after an edit, height changes are the edit's, not a scroll
STATS_SLICE_SECONDS = 0.008  # counting the words of a huge text: this long per turn of the event loop
NOTICE_MS = 10_000  # how long a note such as "characters removed" stays
_SLUG_SUFFIX = re.compile(r"-\d+$")


class ArticleEditor(QWidget):
    """Edits one article's fields; the main window loads, saves and wires it."""

    content_changed = Signal()
    title_changed = Signal(str)
    stats_changed = Signal(int, int, int)
    scroll_fraction_changed = Signal(float)
    image_files_dropped = Signal(list)
    image_pasted = Signal(bytes)
    details_shown_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleEditor")
        self._article: ArticleData | None = None
        self._loading = False
        self._last_edit = 0.0  # time.monotonic() of the last change to the body
        self._slug_manual = False
        self._slug_locked = False
        self._word_counts: dict[str, int] = {}
        self._title_too_long = False  # the lasting note about it is shown
        self._create_widgets()
        self._create_layout()
        self._connect()
        self.clear()

    # -- construction -----------------------------------------------------------------------
    def _create_widgets(self) -> None:
        self.title_edit = TitleEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("Headline"))
        self.title_edit.setFrame(False)
        title_font = QFont(self.title_edit.font())
        title_font.setPointSizeF(max(title_font.pointSizeF(), 9.0) * 1.45)
        title_font.setWeight(QFont.Weight.DemiBold)
        self.title_edit.setFont(title_font)

        self.details_button = QToolButton(self)
        self.details_button.setObjectName("detailsToggle")
        self.details_button.setText(self.tr("Details"))
        self.details_button.setAccessibleName(self.tr("Show or hide the article details"))
        self._details_shown = True
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.DownArrow)
        self.details_button.setAutoRaise(True)
        self.details_button.setToolTip(self.tr("Show or hide the article details"))
        # While the details are folded: what they hold, in one line ("Opini · Teta Midra · 3 tags").
        self.details_summary = ElidedLabel(self)
        self.details_summary.setObjectName("detailsSummary")
        self.details_summary.setProperty("muted", True)
        self.details_summary.hide()

        self.slug_edit = QLineEdit(self)
        self.slug_edit.setObjectName("slugEdit")
        self.slug_edit.setAccessibleName(self.tr("Slug (web address)"))
        self.slug_edit.setToolTip(self.tr("Made from the title until you edit it"))
        self.slug_auto_button = QToolButton(self)
        self.slug_auto_button.setObjectName("slugAutoButton")
        self.slug_auto_button.setText(self.tr("From title"))
        self.slug_auto_button.setToolTip(self.tr("Make the slug from the title again"))
        self.slug_auto_button.setAccessibleName(self.tr("Make the slug from the title again"))
        self.summary_edit = StorableTextEdit(self)
        self.summary_edit.setObjectName("summaryEdit")
        self.summary_edit.setAccessibleName(self.tr("Summary (lead)"))
        self.summary_edit.setPlaceholderText(self.tr("One or two sentences that open the article"))
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 12)
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("categoryCombo")
        self.category_combo.setAccessibleName(self.tr("Category"))
        self.category_combo.setEditable(True)
        self.category_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setObjectName("tagsEdit")
        self.tags_edit.setAccessibleName(self.tr("Tags"))
        self.tags_edit.setPlaceholderText(self.tr("Separated by commas"))
        self.tag_completer = TagCompleter([], self.tags_edit)
        self.tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tag_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tags_edit.setCompleter(self.tag_completer)
        self.author_combo = QComboBox(self)
        self.author_combo.setObjectName("authorCombo")
        self.author_combo.setAccessibleName(self.tr("Author"))
        # The details form's one-line text fields after the tags, by the name of the article field
        # (``ARTICLE_TEXT_FIELDS``) each edits: loaded, read, cleared and locked by that name.
        self.line_fields: dict[str, QLineEdit] = {}
        self._line_labels: dict[str, str] = {}
        self.dateline_edit = self._line_field(
            "dateline", self.tr("Dateline place"), self.tr("Where the news happened, e.g. Arosuka")
        )
        # A press release ("Siaran Pers"): numbered on approval; names its responsible official
        # and a contact person (rows shown only for a press release).
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kindCombo")
        self.kind_combo.setAccessibleName(self.tr("Article type"))
        for kind in ArticleKind:
            self.kind_combo.addItem(kind_label(kind), kind.value)
        self.release_fields = (
            self._line_field(
                "official_name", self.tr("Official"), self.tr("Name of the responsible official")
            ),
            self._line_field(
                "official_title",
                self.tr("Official's title"),
                self.tr("e.g. Kepala Dinas Komunikasi dan Informatika"),
            ),
            self._line_field("contact_name", self.tr("Contact"), self.tr("Name of the contact person")),
            self._line_field("contact_title", self.tr("Contact's title"), self.tr("e.g. Pranata Humas")),
            self._line_field("contact_phone", self.tr("Telephone"), self.tr("e.g. 0752 123456")),
            self._line_field("contact_email", self.tr("E-mail"), self.tr("e.g. humas@example.go.id")),
        )

        self.body_edit = MarkdownTextEdit(self)
        self.body_edit.setObjectName("bodyEdit")
        self.body_edit.setAccessibleName(self.tr("Article body (Markdown)"))
        self.body_edit.setPlaceholderText(
            self.tr("Write the article here. Markdown: ## heading, **bold**, *italic*, [link](https://…)")
        )
        self.body_edit.setFrameShape(QFrame.Shape.NoFrame)
        self.body_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.body_edit.document().setDocumentMargin(12)
        self.highlighter = MarkdownHighlighter(self.body_edit.document(), self.body_edit.palette())
        self.highlighter.quiet_widget = self.body_edit
        self.body_edit.highlighter = self.highlighter
        self.find_bar = FindReplaceBar(self.body_edit, self)
        self._scroll_sync_timer = QTimer(self)
        self._scroll_sync_timer.setSingleShot(True)
        self._scroll_sync_timer.setInterval(int(EDIT_SETTLE_SECONDS * 1000))
        self._scroll_sync_timer.timeout.connect(self._on_scrolled)
        self._counting: tuple[int, str, list[str]] | None = None  # a huge text being counted
        self._stats_timer = QTimer(self)
        self._stats_timer.setSingleShot(True)
        self._stats_timer.setInterval(STATS_DELAY_MS)
        # A short note over the body, e.g. that pasted characters were removed.
        self.notice = QLabel(self)
        self.notice.setObjectName("editorNotice")
        self.notice.setWordWrap(True)
        self.notice.setContentsMargins(12, 2, 12, 2)
        self.notice.setAccessibleName(self.tr("Note"))
        self.notice.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_MS)
        self._notice_timer.timeout.connect(self.notice.hide)
        # Every field takes out what no article can store (NUL, control characters...) as it
        # is typed or pasted, and says so.
        self.storable_text = StorableTextValidator(self)
        for edit in (self.slug_edit, self.tags_edit, *self.line_fields.values()):
            edit.setValidator(self.storable_text)
        self.category_combo.setValidator(self.storable_text)

    def _line_field(self, name: str, label: str, placeholder: str = "") -> QLineEdit:
        """A row of the details form for the article's plain text field ``name``."""
        edit = QLineEdit(self)
        head, *rest = name.split("_")
        edit.setObjectName(head + "".join(part.title() for part in rest) + "Edit")
        edit.setAccessibleName(label)
        edit.setPlaceholderText(placeholder)
        self.line_fields[name] = edit
        self._line_labels[name] = label
        return edit

    def _create_layout(self) -> None:
        self.details = CompactForm(self)
        self.details.setObjectName("articleDetails")
        slug_row = QWidget(self.details)
        slug_layout = QHBoxLayout(slug_row)
        slug_layout.setContentsMargins(0, 0, 0, 0)
        slug_layout.setSpacing(4)
        slug_layout.addWidget(self.slug_edit, 1)
        slug_layout.addWidget(self.slug_auto_button)
        slug_row.setFocusProxy(self.slug_edit)
        self.details.add_row(self.tr("Summary"), self.summary_edit, full_width=True)
        self.details.add_row(self.tr("Category"), self.category_combo)
        self.details.add_row(self.tr("Author"), self.author_combo)
        self.details.add_row(self.tr("Tags"), self.tags_edit)
        self.details.add_row(self.tr("Type"), self.kind_combo)
        for name, edit in self.line_fields.items():
            self.details.add_row(self._line_labels[name], edit)
        self.details.add_row(self.tr("Slug"), slug_row, full_width=True)
        self._show_release_rows(False)

        toggle_row = QHBoxLayout()
        toggle_row.setContentsMargins(8, 0, 12, 0)
        toggle_row.setSpacing(6)
        toggle_row.addWidget(self.details_button)
        toggle_row.addWidget(self.details_summary, 1)
        toggle_row.addStretch(0)
        title_row = QHBoxLayout()
        title_row.setContentsMargins(10, 8, 12, 0)  # (the headline's text starts where the body's does)
        title_row.addWidget(self.title_edit)
        # Headline and details: lined up with the body's text column on a wide window.
        self.header = IndentedBox(self)
        self.header.setObjectName("articleHeader")
        self.header.box.setSpacing(2)
        self.header.box.addLayout(title_row)
        self.header.box.addLayout(toggle_row)
        self.header.box.addWidget(self.details)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(line)
        layout.addWidget(self.notice)
        layout.addWidget(self.body_edit, 1)
        layout.addWidget(self.find_bar)

    def _connect(self) -> None:
        self.title_edit.text_changed.connect(self._on_title_changed)
        self.title_edit.returnPressed.connect(lambda: self.body_edit.setFocus(Qt.FocusReason.TabFocusReason))
        order = [
            self.title_edit,
            self.details_button,
            self.summary_edit,
            self.category_combo,
            self.author_combo,
            self.tags_edit,
            self.kind_combo,
            *self.line_fields.values(),
            self.slug_edit,
            self.slug_auto_button,
            self.body_edit,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.slug_edit.textEdited.connect(self._on_slug_edited)
        self.slug_auto_button.clicked.connect(self._make_slug_automatic)
        for signal in (
            self.summary_edit.textChanged,
            self.tags_edit.textChanged,
            *(edit.textChanged for edit in self.line_fields.values()),
            self.category_combo.currentTextChanged,
            self.author_combo.currentIndexChanged,
            self.kind_combo.currentIndexChanged,
        ):
            signal.connect(self._on_edit)
            signal.connect(self._update_details_summary)
        self.kind_combo.currentIndexChanged.connect(
            lambda: self._show_release_rows(self.kind_combo.currentData() == ArticleKind.PRESS_RELEASE)
        )
        self.body_edit.textChanged.connect(self._on_body_changed)
        self.body_edit.verticalScrollBar().valueChanged.connect(self._on_scroll_bar_moved)
        self.body_edit.verticalScrollBar().rangeChanged.connect(self._on_scroll_bar_moved)
        self.body_edit.image_files_dropped.connect(self.image_files_dropped)
        self.body_edit.text_column_changed.connect(self._line_up_with_text_column)
        for source in (self.storable_text, self.title_edit, self.summary_edit, self.body_edit):
            source.characters_removed.connect(self._characters_removed)
        self.body_edit.image_pasted.connect(self.image_pasted)
        self._stats_timer.timeout.connect(self._emit_stats)
        self.details_button.clicked.connect(lambda: self.set_details_shown(not self._details_shown))

    # -- loading and reading ----------------------------------------------------------------
    def load(
        self, article: ArticleData, categories: list[str], tags: list[str], authors: list[tuple[int, str]]
    ) -> None:
        """Show ``article`` for editing (no content_changed is emitted)."""
        self._loading = True
        try:
            self._article = article
            self.setEnabled(True)
            self.title_edit.setText(article.title)
            self.title_edit.setCursorPosition(0)  # show the start of a long headline
            self.summary_edit.setPlainText(article.summary)
            for name, edit in self.line_fields.items():
                edit.setText(getattr(article, name))
                edit.setCursorPosition(0)  # the start of a long title
            self.tags_edit.setText(", ".join(article.tags))
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(article.kind)))
            # a numbered press release stays one (its number is in the register)
            self.kind_combo.setEnabled(not article.release_number and not getattr(self, "_read_only", False))
            self.kind_combo.setToolTip(
                self.tr("Numbered {0}: it stays a press release").format(article.release_number)
                if article.release_number
                else self.tr("A press release gets its number when it is approved")
            )
            self._show_release_rows(article.kind == ArticleKind.PRESS_RELEASE)
            self.tag_completer.model().setStringList(sorted(tags, key=str.casefold))
            self.category_combo.clear()
            names = list(categories)
            if article.category and article.category not in names:
                names.append(article.category)
            self.category_combo.addItems(names)
            self.category_combo.setCurrentText(article.category or "")
            self.author_combo.clear()
            if article.author_id is None:  # (an article from before authors were kept)
                self.author_combo.addItem(self.tr("(nobody)"), None)
            for person_id, name in authors:
                self.author_combo.addItem(name, person_id)
            if article.author_id is not None and self.author_combo.findData(article.author_id) < 0:
                self.author_combo.addItem(article.author or str(article.author_id), article.author_id)
            self.author_combo.setCurrentIndex(max(0, self.author_combo.findData(article.author_id)))
            self._slug_locked = article.published_at is not None or article.status == Status.PUBLISHED
            generated = make_slug(article.title)
            self._slug_manual = self._slug_locked or not (
                article.slug == generated or _SLUG_SUFFIX.sub("", article.slug) == generated
            )
            self.slug_edit.setText(article.slug)
            self.slug_edit.setCursorPosition(0)  # the start of a long slug, as of the headline
            self._update_slug_state()
            with self.body_edit.huge_change(article.body):
                self.body_edit.setPlainText(article.body)
            self.body_edit.document().clearUndoRedoStacks()
            self.body_edit.moveCursor(QTextCursor.MoveOperation.Start)
            self.hide_notice()
        finally:
            self._loading = False
        self._update_details_summary()
        self._emit_stats()
        self.title_changed.emit(article.title)

    def clear(self) -> None:
        """No article: empty, disabled fields."""
        self._loading = True
        try:
            self._article = None
            self.title_edit.clear()
            for edit in (self.slug_edit, self.tags_edit, *self.line_fields.values()):
                edit.clear()
            self.summary_edit.clear()
            self.body_edit.clear()
            self.category_combo.clear()
            self.author_combo.clear()
            self.kind_combo.setCurrentIndex(0)
            self._slug_manual = False
            self._slug_locked = False
            self._update_slug_state()
            self.find_bar.hide()
            self.hide_notice()
            self.setEnabled(False)
        finally:
            self._loading = False
        self.stats_changed.emit(0, 0, 0)

    def article(self) -> ArticleData | None:
        return self._article

    def set_featured_image_id(self, asset_id: int | None) -> None:
        """Choose the article's featured image (the image dialog's "use as featured image");
        saved with the next save like any other field."""
        if self._article is None or self._article.featured_image_id == asset_id:
            return
        self._article = dataclasses.replace(self._article, featured_image_id=asset_id)
        self.content_changed.emit()

    def changes(self) -> ArticleChanges:
        tags = [t.strip() for t in self.tags_edit.text().split(",") if t.strip()]
        category = self.category_combo.currentText().strip() or None
        return ArticleChanges(
            title=self.title_edit.text().strip(),
            body=self.body_text(),
            summary=self.summary_edit.toPlainText().strip(),
            **{name: edit.text().strip() for name, edit in self.line_fields.items()},
            category=category,
            tags=list(dict.fromkeys(tags)),
            slug=self.slug_edit.text().strip() or None if self._slug_manual else None,
            author_id=self.author_combo.currentData(),
            kind=self.kind_combo.currentData(),
            featured_image_id=self._article.featured_image_id if self._article else None,
            publish_at=self._article.publish_at if self._article else None,
        )

    def body_text(self) -> str:
        return self.body_edit.toPlainText()

    def cursor_position(self) -> int:
        return self.body_edit.textCursor().position()

    def set_cursor_position(self, position: int) -> None:
        cursor = self.body_edit.textCursor()
        cursor.setPosition(max(0, min(position, self.body_edit.document().characterCount() - 1)))
        self.body_edit.setTextCursor(cursor)
        self.body_edit.centerCursor()

    def insert_at_cursor(self, text: str) -> None:
        self.body_edit.textCursor().insertText(text)
        self.body_edit.ensureCursorVisible()

    def set_editor_font(self, font: QFont) -> None:
        self.body_edit.setFont(font)
        self.body_edit.setTabStopDistance(self.body_edit.fontMetrics().horizontalAdvance(" ") * 4)

    def set_spell_checker(self, checker) -> None:
        self.highlighter.set_spell_checker(checker)

    def show_find(self) -> None:
        self.find_bar.show_find()

    def show_replace(self) -> None:
        self.find_bar.show_replace()

    # -- formatting (the text logic is in editor_format.py) -----------------------------------
    def toggle_bold(self) -> None:
        self._wrap("**")

    def toggle_italic(self) -> None:
        self._wrap("*")

    def toggle_code(self) -> None:
        self._wrap("`")

    def toggle_heading(self) -> None:
        self._edit_lines(cycle_heading)

    def toggle_quote(self) -> None:
        self._edit_lines(lambda lines: toggle_prefix(lines, "> "))

    def toggle_bullet_list(self) -> None:
        self._edit_lines(lambda lines: toggle_prefix(lines, "- "))

    def insert_link(self) -> None:
        cursor = self.body_edit.textCursor()
        selected = cursor.selectedText()
        placeholder_url = "https://"
        cursor.beginEditBlock()
        if selected:
            cursor.insertText(f"[{selected}]({placeholder_url})")
            end = cursor.position() - 1
            cursor.setPosition(end - len(placeholder_url))
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        else:
            label = self.tr("link text")
            start = cursor.position()
            cursor.insertText(f"[{label}]({placeholder_url})")
            cursor.setPosition(start + 1)
            cursor.setPosition(start + 1 + len(label), QTextCursor.MoveMode.KeepAnchor)
        cursor.endEditBlock()
        self.body_edit.setTextCursor(cursor)
        self.body_edit.setFocus()

    def _wrap(self, marker: str) -> None:
        cursor = self.body_edit.textCursor()
        document: QTextDocument = self.body_edit.document()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        block = document.findBlock(start)
        if document.findBlock(end).blockNumber() != block.blockNumber():
            return  # inline markers cannot span paragraphs
        offset = block.position()
        new_line, new_start, new_end = toggle_wrap(block.text(), start - offset, end - offset, marker)
        self._replace_block_text(block, new_line, offset + new_start, offset + new_end)

    def _replace_block_text(self, block, text: str, select_start: int, select_end: int) -> None:
        cursor = QTextCursor(block)
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)
        cursor.endEditBlock()
        cursor.setPosition(select_start)
        cursor.setPosition(select_end, QTextCursor.MoveMode.KeepAnchor)
        self.body_edit.setTextCursor(cursor)
        self.body_edit.setFocus()

    def _edit_lines(self, transform) -> None:
        cursor = self.body_edit.textCursor()
        document = self.body_edit.document()
        first = document.findBlock(cursor.selectionStart())
        last = document.findBlock(cursor.selectionEnd())
        if (
            cursor.hasSelection()
            and last.position() == cursor.selectionEnd()
            and last.blockNumber() > first.blockNumber()
        ):
            last = last.previous()  # a selection ending at a line start does not include it
        lines = []
        block = first
        while block.isValid() and block.blockNumber() <= last.blockNumber():
            lines.append(block.text())
            block = block.next()
        new_lines = transform(lines)
        start = first.position()
        edit = QTextCursor(document)
        edit.setPosition(start)
        edit.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        edit.beginEditBlock()
        edit.insertText("\n".join(new_lines))
        edit.endEditBlock()
        if len(new_lines) == 1:
            edit.setPosition(start + len(new_lines[0]))
        else:
            end = edit.position()
            edit.setPosition(start)
            edit.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.body_edit.setTextCursor(edit)
        self.body_edit.setFocus()

    # -- notes ------------------------------------------------------------------------------
    def show_notice(self, text: str, *, lasting: bool = False) -> None:
        """A short note over the body; it goes after :data:`NOTICE_MS` (``lasting``: when
        :meth:`hide_notice` is called)."""
        self.notice.setText(text)
        self.notice.show()
        if lasting:
            self._notice_timer.stop()
        else:
            self._notice_timer.start()

    def hide_notice(self) -> None:
        self._notice_timer.stop()
        self.notice.hide()
        self._title_too_long = False

    def _check_title_length(self, title: str) -> None:
        """While the title is longer than can be saved, a lasting note says so (the rest of
        the article is saved meanwhile: see ArticleService.save)."""
        length = len(title.strip())
        if length > TITLE_MAX_LENGTH:
            self.show_notice(
                self.tr(
                    "The title has {0} characters; at most {1} can be saved. Until it is shorter, "
                    "the rest of the article is saved and the title keeps its saved wording."
                ).format(length, TITLE_MAX_LENGTH),
                lasting=True,
            )
            self._title_too_long = True
        elif self._title_too_long:
            self.hide_notice()

    def _characters_removed(self, count: int) -> None:
        if self._loading:  # a stored text: the core cleans it on the next save
            return
        self.show_notice(
            self.tr(
                "Removed %n character(s) that cannot be stored (such as NUL or other control "
                "characters). The rest of the text is as you pasted it.",
                "",
                count,
            )
        )

    # -- reactions --------------------------------------------------------------------------
    def _on_edit(self, *_args) -> None:
        if not self._loading:
            self.content_changed.emit()

    def _on_title_changed(self, title: str) -> None:
        if self._loading:
            return
        self._check_title_length(title)
        if not self._slug_manual:
            self.slug_edit.setText(make_slug(title) if title.strip() else "")
        self.title_changed.emit(title)
        self.content_changed.emit()

    def _on_slug_edited(self, _text: str) -> None:
        if not self._slug_manual:
            self._slug_manual = True
            self._update_slug_state()
        self._on_edit()

    def _make_slug_automatic(self) -> None:
        if self._slug_locked:
            return
        self._slug_manual = False
        title = self.title_edit.text()
        self.slug_edit.setText(make_slug(title) if title.strip() else "")
        self._update_slug_state()
        self._on_edit()

    def set_read_only(self, read_only: bool) -> None:
        """Read-only mode (the database cannot be written): the text stays visible and
        copyable, but nothing new can be typed that could not be saved."""
        self._read_only = read_only
        edits: list[QLineEdit | QPlainTextEdit] = [
            self.title_edit,
            self.tags_edit,
            *self.line_fields.values(),
        ]
        for edit in (*edits, self.summary_edit, self.body_edit):
            edit.setReadOnly(read_only)
        for combo in (self.category_combo, self.author_combo):
            combo.setEnabled(not read_only)
        self.kind_combo.setEnabled(not read_only and not (self._article and self._article.release_number))
        self._update_slug_state()

    def _update_slug_state(self) -> None:
        self.slug_edit.setReadOnly(self._slug_locked or getattr(self, "_read_only", False))
        self.slug_auto_button.setVisible(self._slug_manual and not self._slug_locked)
        font = self.slug_edit.font()
        font.setItalic(not self._slug_manual)
        self.slug_edit.setFont(font)
        if self._slug_locked:
            tip = self.tr("The article has been published: its web address stays the same")
        elif self._slug_manual:
            tip = self.tr("Edited by hand")
        else:
            tip = self.tr("Made from the title until you edit it")
        self.slug_edit.setToolTip(tip)

    def _on_body_changed(self) -> None:
        if self._loading:
            return
        self._last_edit = time.monotonic()
        self._stats_timer.start()
        self.content_changed.emit()

    def _emit_stats(self) -> None:
        revision = self.body_edit.document().revision()
        counting = self._counting
        if counting is not None and counting[0] == revision:
            text, paragraphs = counting[1], counting[2]  # a huge text being counted: as it was
        else:
            text = self.body_text()
            paragraphs = text.split("\n\n")
        words = self._count_words(paragraphs, time.perf_counter() + STATS_SLICE_SECONDS)
        if words is None:  # a huge text: counted over several turns of the event loop
            self._counting = (revision, text, paragraphs)
            self._stats_timer.start(0)
            return
        self._counting = None
        self._stats_timer.setInterval(STATS_DELAY_MS)
        self.stats_changed.emit(words, len(text), reading_minutes(words))

    def _count_words(self, paragraphs: list[str], deadline: float = float("inf")) -> int | None:
        """count_words per paragraph, cached: a 20,000-word body is not recounted per pause.
        None when ``deadline`` came first (the paragraphs counted so far stay cached)."""
        cache = self._word_counts
        total = 0
        for index, paragraph in enumerate(paragraphs):
            count = cache.get(paragraph)
            if count is None:
                if index % 64 == 0 and time.perf_counter() > deadline:
                    return None
                count = cache[paragraph] = count_words(paragraph)
            total += count
        if len(cache) > 2 * len(paragraphs) + 100:
            self._word_counts = {p: cache[p] for p in paragraphs}
        return total

    def _on_scroll_bar_moved(self, *_args) -> None:
        """Scrolling is followed at once. While the user types, the scroll bar moves with the
        layout of the text (lines wrapping, long paragraphs laid out): followed once, when the
        typing pauses, instead of repainting the preview's scroll bar on every key."""
        if time.monotonic() - self._last_edit > EDIT_SETTLE_SECONDS:
            self._scroll_sync_timer.stop()
            self._on_scrolled()
        else:
            self._scroll_sync_timer.start()

    def _on_scrolled(self, *_args) -> None:
        bar = self.body_edit.verticalScrollBar()
        span = bar.maximum() - bar.minimum()
        self.scroll_fraction_changed.emit((bar.value() - bar.minimum()) / span if span > 0 else 0.0)

    def _line_up_with_text_column(self, side: int) -> None:
        """On a wide window the headline and the details line up with the body's text column."""
        self.header.set_indent(side)

    # -- the details block, folded or shown ---------------------------------------------------
    def details_shown(self) -> bool:
        return self._details_shown

    def set_details_shown(self, shown: bool) -> None:
        """Fold or show the details (the main window restores the last choice)."""
        self._details_shown = shown
        self._on_details_toggled(shown)

    def details_summary_text(self) -> str:
        """The details in one line, e.g. "Opini · Teta Midra · 3 tags"."""
        parts = [self.category_combo.currentText().strip()]
        if self.author_combo.currentData() is not None:
            parts.append(self.author_combo.currentText().strip())
        tags = {t.strip().casefold() for t in self.tags_edit.text().split(",") if t.strip()}
        if tags:
            parts.append(self.tr("%n tag(s)", "", len(tags)))
        parts.append(self.dateline_edit.text().strip())
        if self.kind_combo.currentData() == ArticleKind.PRESS_RELEASE:
            parts.insert(0, release_mark(self._article.release_number if self._article else ""))
        return " · ".join(part for part in parts if part)

    def _show_release_rows(self, shown: bool) -> None:
        """The official's and the contact's rows: only for a press release."""
        for edit in self.release_fields:
            self.details.set_row_shown(edit, shown)

    def _update_details_summary(self, *_args) -> None:
        if self.details_summary.isHidden():
            return  # (made again when the details are folded)
        text = self.details_summary_text() if self._article is not None else ""
        self.details_summary.setText(text)
        self.details_summary.setToolTip(text)

    def _on_details_toggled(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.details_summary.setVisible(not shown)
        self._update_details_summary()
        self.details_shown_changed.emit(shown)
