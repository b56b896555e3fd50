"""The review panel: comment threads on quoted passages, replies, resolve and reopen.

Clicking a thread asks the editor to select its passage (``passage_requested``); the composer at
the bottom comments on the passage selected in the body editor (``set_selection``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.comments import CommentData
from desktop_app.labels import when_text
from desktop_app.ui.palette import is_dark
from desktop_app.ui.workflow.controller import WorkflowController

QUOTE_PREVIEW = 160


def _short(text: str, limit: int = QUOTE_PREVIEW) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class ThreadCard(QFrame):
    """One comment with its replies."""

    clicked = Signal(object)  # CommentData

    def __init__(self, comment: CommentData, replies: list[CommentData], panel: ReviewPanel) -> None:
        super().__init__(panel)
        self.comment = comment
        self.panel = panel
        self.setObjectName(f"commentThread_{comment.id}")
        self.setProperty("resolved", comment.resolved)
        self.setAccessibleName(
            self.tr("Comment by {0}: {1}").format(comment.author or self.tr("unknown"), comment.body)
        )
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if comment.start is not None else Qt.CursorShape.ArrowCursor
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        if comment.quote:
            quote = QLabel("“" + _short(comment.quote) + "”", self)
            quote.setObjectName("commentQuote")
            quote.setWordWrap(True)
            quote.setToolTip(comment.quote)
            layout.addWidget(quote)
            if comment.detached:
                gone = QLabel(self.tr("This passage is no longer in the text."), self)
                gone.setObjectName("commentDetached")
                layout.addWidget(gone)
        for i, item in enumerate([comment, *replies]):
            layout.addWidget(self._message(item, reply=i > 0))
        if comment.resolved:
            resolved = QLabel(self.tr("Resolved by {0}").format(comment.resolved_by or "—"), self)
            resolved.setObjectName("commentResolvedBy")
            layout.addWidget(resolved)
        self.reply_edit = QPlainTextEdit(self)
        self.reply_edit.setObjectName("replyEdit")
        self.reply_edit.setAccessibleName(self.tr("Reply"))
        self.reply_edit.setPlaceholderText(self.tr("Write a reply…"))
        self.reply_edit.setFixedHeight(56)
        self.reply_edit.hide()
        layout.addWidget(self.reply_edit)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        self.reply_button = QPushButton(self.tr("Reply"), self)
        self.reply_button.setObjectName("replyButton")
        self.reply_button.setFlat(True)
        self.reply_button.clicked.connect(self._reply)
        self.resolve_button = QPushButton(self.tr("Reopen") if comment.resolved else self.tr("Resolve"), self)
        self.resolve_button.setObjectName("reopenButton" if comment.resolved else "resolveButton")
        self.resolve_button.setFlat(True)
        self.resolve_button.clicked.connect(self._resolve)
        buttons.addStretch(1)
        buttons.addWidget(self.reply_button)
        buttons.addWidget(self.resolve_button)
        layout.addLayout(buttons)

    def _message(self, item: CommentData, reply: bool) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(16 if reply else 0, 0, 0, 0)
        layout.setSpacing(1)
        who = QLabel(
            f"<b>{_escape(item.author or self.tr('unknown'))}</b>"
            f" <span style='color:palette(placeholder-text)'>· "
            f"{_escape(when_text(item.created_at, self.panel.language))}</span>",
            box,
        )
        who.setObjectName("commentAuthor")
        who.setWordWrap(True)
        body = QLabel(item.body, box)
        body.setObjectName("commentBody")
        body.setTextFormat(Qt.TextFormat.PlainText)
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(who)
        layout.addWidget(body)
        return box

    def _reply(self) -> None:
        if self.reply_edit.isHidden():
            self.reply_edit.show()
            self.reply_edit.setFocus()
            self.reply_button.setText(self.tr("Send reply"))
            return
        text = self.reply_edit.toPlainText().strip()
        if text:
            self.panel.controller.reply(self.comment.id, text)

    def _resolve(self) -> None:
        if self.comment.resolved:
            self.panel.controller.reopen_comment(self.comment.id)
        else:
            self.panel.controller.resolve(self.comment.id)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self.clicked.emit(self.comment)
        super().mousePressEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ReviewPanel(QWidget):
    passage_requested = Signal(int, int)  # start, end in the body text
    count_changed = Signal(int)  # open threads
    #: [(start, end)] in the body text of the open threads' passages, after each refresh
    passages_changed = Signal(list)

    def __init__(
        self, controller: WorkflowController, parent: QWidget | None = None, language: str = "id"
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.language = language
        self.comments: list[CommentData] = []
        self._selection: tuple[str, int] | None = None
        self.setObjectName("reviewPanel")
        self.setAccessibleName(self.tr("Review comments"))

        self.title = QLabel(self)
        self.title.setObjectName("reviewTitle")
        self.title.setWordWrap(True)  # (two lines in a narrow panel, beside "Show resolved")
        self.show_resolved = QCheckBox(self.tr("Show resolved"), self)
        self.show_resolved.setObjectName("showResolved")
        self.show_resolved.toggled.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.show_resolved)

        self.list_widget = QWidget()
        self.list_widget.setObjectName("commentList")
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(8)
        self.list_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("commentScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.list_widget)
        self.empty = QLabel(
            self.tr("No comments yet. Select a passage in the text and write a comment below."), self
        )
        self.empty.setObjectName("noComments")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.selection_label = QLabel(self)
        self.selection_label.setObjectName("commentSelection")
        self.selection_label.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("newCommentEdit")
        self.edit.setAccessibleName(self.tr("New comment"))
        self.edit.setPlaceholderText(self.tr("Write a comment…"))
        self.edit.setFixedHeight(72)
        self.add_button = QPushButton(self.tr("Comment"), self)
        self.add_button.setObjectName("addCommentButton")
        self.add_button.setAccessibleName(self.tr("Add the comment"))
        self.add_button.clicked.connect(self.add_comment)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.selection_label)
        layout.addWidget(self.edit)
        layout.addLayout(bottom)
        self._style()
        controller.comments_changed.connect(lambda _id: self.refresh())
        self.set_selection("", None)

    def _style(self) -> None:
        dark = is_dark(self.palette())
        card, border, quote_bg, quote_bar = (
            ("#2b2d31", "#44474d", "#3a3320", "#d4a72c")
            if dark
            else ("#ffffff", "#dadce0", "#fff8e1", "#f2b600")
        )
        self.setStyleSheet(
            f'QFrame[resolved="false"], QFrame[resolved="true"] {{ background: {card};'
            f" border: 1px solid {border}; border-radius: 8px; }}"
            'QFrame[resolved="true"] QLabel { color: palette(placeholder-text); }'
            f"QLabel#commentQuote {{ background: {quote_bg}; border-left: 3px solid {quote_bar};"
            " padding: 4px 8px; font-style: italic; border-radius: 0; }"
            "QLabel#commentDetached, QLabel#commentResolvedBy {"
            " color: palette(placeholder-text); font-size: 11px; }"
            "QFrame QLabel { border: none; background: transparent; }"
            "QLabel#reviewTitle { font-weight: 600; font-size: 13px; }"
            "QLabel#noComments { color: palette(placeholder-text); padding: 24px; }"
            "QLabel#commentSelection { color: palette(placeholder-text); font-style: italic; }"
        )
        self.list_widget.setStyleSheet("QWidget#commentList { background: transparent; }")

    # -- content -----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.comments = self.controller.list_comments()
        while self.list_layout.count() > 1:
            item = self.list_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        threads = [c for c in self.comments if c.parent_id is None]
        shown = [c for c in threads if self.show_resolved.isChecked() or not c.resolved]
        for comment in shown:
            replies = [c for c in self.comments if c.parent_id == comment.id]
            card = ThreadCard(comment, replies, self)
            card.clicked.connect(self._thread_clicked)
            self.list_layout.insertWidget(self.list_layout.count() - 1, card)
        open_count = sum(1 for c in threads if not c.resolved)
        resolved = len(threads) - open_count
        self.title.setText(
            self.tr("Open comments: {0}").format(open_count)
            + (" · " + self.tr("resolved: {0}").format(resolved) if resolved else "")
        )
        self.empty.setVisible(not shown)
        self.empty.setText(
            self.tr("No open comments.")
            if threads
            else self.tr("No comments yet. Select a passage in the text and write a comment below.")
        )
        self.scroll.setVisible(bool(shown))
        self.count_changed.emit(open_count)
        self.passages_changed.emit(
            [(c.start, c.end) for c in threads if not c.resolved and c.start is not None]
        )

    def thread_cards(self) -> list[ThreadCard]:
        return self.list_widget.findChildren(ThreadCard)

    def _thread_clicked(self, comment: CommentData) -> None:
        if comment.start is not None and comment.end is not None:
            self.passage_requested.emit(comment.start, comment.end)
            self.controller.passage_requested.emit(comment.start, comment.end)

    # -- composing ---------------------------------------------------------------------------

    def set_selection(self, quote: str, start: int | None) -> None:
        """The passage selected in the body editor (empty: none)."""
        quote = quote.replace("\u2029", "\n")
        self._selection = (quote, start) if quote.strip() and start is not None else None
        if self._selection:
            self.selection_label.setText(self.tr("On: “{0}”").format(_short(quote, 90)))
        else:
            self.selection_label.setText(
                self.tr("Select a passage in the text to comment on it, or comment on the whole article.")
            )

    def add_comment(self) -> bool:
        text = self.edit.toPlainText().strip()
        if not text:
            self.edit.setFocus()
            return False
        quote, start = self._selection or ("", None)
        if self.controller.add_comment(text, quote, start):
            self.edit.clear()
            return True
        return False
