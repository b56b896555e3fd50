"""The dialogs of public corrections and takedowns: the public note with a preview of how the
website will print it ("Ralat, 5 Desember 2026: …", "Berita ini ditarik pada …"), the editor's
approval of a correction, and a rejection's note to the writer."""

from __future__ import annotations

import datetime as _dt
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.corrections import CorrectionData
from desktop_app.core.dates import plain_date, to_local
from desktop_app.core.export.strings import SiteStrings
from desktop_app.core.models import ArticleData, PersonData
from desktop_app.core.workflow import Action
from desktop_app.ui.palette import is_dark


class _Asker(Protocol):
    """What :func:`ask_public_note` uses of the workflow controller."""

    article: ArticleData | None
    person: PersonData | None
    parent_widget: QWidget | None

    def site_language(self) -> str: ...
    def pending_correction(self) -> CorrectionData | None: ...
    def exec_dialog(self, dialog: QDialog) -> bool: ...


#: The most characters a public note may have (a few sentences on the website).
MAX_NOTE = 1000


def correction_preview(note: str, day: _dt.date, language: str, approver: str) -> str:
    """The line the website will show: "Ralat, 5 Desember 2026: <note> (disetujui oleh …)"."""
    t = SiteStrings(language)
    text = f"{t('correction', date=plain_date(day, language))}: {note}"
    return text + (f" ({t('correction_approved_by', name=approver)})" if approver else "")


def takedown_preview(note: str, day: _dt.date, language: str) -> str:
    """The words of the withdrawal page: "Berita ini ditarik pada 5 Desember 2026. Alasan: …"."""
    t = SiteStrings(language)
    return f"{t('withdrawn_on', date=plain_date(day, language))}. {t('withdrawn_reason')}: {note}"


class _NoteDialog(QDialog):
    """A question about one article with a note (required or not) and, optionally, a preview of
    what the website will show; OK only with a note when one is required. Subclasses give the
    words (:meth:`_set_texts`) and the preview (:meth:`preview_text`)."""

    def __init__(
        self,
        name: str,
        parent: QWidget | None,
        *,
        required: bool = True,
        editable: bool = True,
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMinimumSize(560, 380)
        self.required = required
        self.question = QLabel(self)
        self.question.setObjectName(f"{name}Question")
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName(f"{name}Note")
        self.edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.edit.setTabChangesFocus(True)
        self.edit.setPlainText(note)
        self.edit.setReadOnly(not editable)
        self.preview_caption = QLabel(self.tr("On the website:"), self)
        self.preview_caption.setObjectName(f"{name}PreviewCaption")
        self.preview = QLabel(self)
        self.preview.setObjectName(f"{name}Preview")
        self.preview.setAccessibleName(self.tr("How the website will show it"))
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = QLabel(self)
        self.problem.setObjectName(f"{name}Problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.edit.textChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.preview_caption)
        layout.addWidget(self.preview)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._style()
        self.edit.setFocus()

    def _set_texts(
        self, window_title: str, question: str, ok_text: str, note_name: str, placeholder: str = ""
    ) -> None:
        self.setWindowTitle(window_title)
        self.question.setText(question)
        self.ok_button.setText(ok_text)
        self.edit.setAccessibleName(note_name)
        self.edit.setPlaceholderText(placeholder)
        self._changed()

    def _style(self) -> None:
        background, foreground, line = (
            ("#4a3a12", "#fbecc7", "#b7791f")
            if is_dark(self.palette())
            else ("#fff8e6", "#3d2f12", "#b7791f")
        )
        self.preview.setStyleSheet(
            f"QLabel {{ background: {background}; color: {foreground}; border: 1px solid {line};"
            f" border-left: 4px solid {line}; padding: 8px 10px; }}"
        )

    def preview_text(self, note: str) -> str:
        """What the website will show with ``note`` ("": no preview)."""
        return ""

    def note(self) -> str:
        return self.edit.toPlainText().strip()

    def _changed(self) -> None:
        note = self.note()
        too_long = len(note) > MAX_NOTE
        self.problem.setText(
            self.tr("The note is too long (at most {0} characters).").format(MAX_NOTE) if too_long else ""
        )
        self.problem.setVisible(too_long)
        self.ok_button.setEnabled((bool(note) or not self.required) and not too_long)
        preview = self.preview_text(note or self.tr("(the public note)"))
        self.preview.setText(preview)
        self.preview.setVisible(bool(preview))
        self.preview_caption.setVisible(bool(preview))


class CorrectionDialog(_NoteDialog):
    """ "Propose correction…": the public note readers will see above the corrected article."""

    def __init__(self, title: str, language: str, today: _dt.date, parent: QWidget | None = None) -> None:
        super().__init__("correctionDialog", parent)
        self.language = language
        self.today = today
        self._set_texts(
            self.tr("Propose a correction"),
            self.tr(
                "The corrected text of “{0}” goes to an editor for approval; the website keeps the "
                "published text until then. Write the public note readers will see above the "
                "article: what was wrong and what is right now. (required)"
            ).format(title or self.tr("(untitled)")),
            self.tr("Propose correction"),
            self.tr("Public note"),
            self.tr("For example: the article said “di rumuskan”; the right spelling is “dirumuskan”."),
        )

    def preview_text(self, note: str) -> str:
        return correction_preview(note, self.today, self.language, self.tr("the approving editor"))


class ApproveCorrectionDialog(_NoteDialog):
    """ "Approve correction…": the editor reads the public note and puts the corrected text
    online with it."""

    def __init__(
        self,
        title: str,
        note: str,
        proposed_by: str,
        approver: str,
        language: str,
        today: _dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("approveCorrectionDialog", parent, required=False, editable=False, note=note)
        self.language = language
        self.today = today
        self.approver = approver
        self._set_texts(
            self.tr("Approve the correction"),
            self.tr(
                "{0} proposed a correction of “{1}” with this public note. Approving puts the "
                "current text on the website with the note above it; the published version stays "
                "in the History."
            ).format(proposed_by or self.tr("A writer"), title or self.tr("(untitled)")),
            self.tr("Approve correction"),
            self.tr("Public note"),
        )

    def preview_text(self, note: str) -> str:
        return correction_preview(note, self.today, self.language, self.approver)


class RejectCorrectionDialog(_NoteDialog):
    """ "Reject correction…": why, for the writer (not public)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__("rejectCorrectionDialog", parent)
        self._set_texts(
            self.tr("Reject the correction"),
            self.tr(
                "Why is the correction of “{0}” not approved? The writer reads this note; the "
                "website keeps the published text. (required)"
            ).format(title or self.tr("(untitled)")),
            self.tr("Reject correction"),
            self.tr("Note to the writer"),
        )


class TakedownDialog(_NoteDialog):
    """ "Take down…": the public note of the page left at the article's address."""

    def __init__(self, title: str, language: str, today: _dt.date, parent: QWidget | None = None) -> None:
        super().__init__("takedownDialog", parent)
        self.language = language
        self.today = today
        self._set_texts(
            self.tr("Take down the article"),
            self.tr(
                "“{0}” leaves the website: its lists, feeds and sitemap drop it, and its address "
                "shows a page saying when it was withdrawn and why. Publishing it again needs a "
                "new approval. Write the public reason. (required)"
            ).format(title or self.tr("(untitled)")),
            self.tr("Take down"),
            self.tr("Public note"),
            self.tr("For example: the figures in this article were not final."),
        )

    def preview_text(self, note: str) -> str:
        return takedown_preview(note, self.today, self.language)


def ask_public_note(controller: _Asker, action: Action) -> str | None:
    """Ask ``action``'s note in its dialog over the controller's window: the public note of a
    correction or a takedown, the reason of a rejection; an approval returns "" (the public
    note was written with the proposal). None when cancelled."""
    article = controller.article
    if article is None:
        return None
    parent = controller.parent_widget
    language = controller.site_language()
    today = to_local(_dt.datetime.now(_dt.UTC).replace(tzinfo=None)).date()
    dialog: _NoteDialog
    if action == Action.CORRECT:
        dialog = CorrectionDialog(article.title, language, today, parent)
    elif action == Action.TAKEDOWN:
        dialog = TakedownDialog(article.title, language, today, parent)
    elif action == Action.REJECT_CORRECTION:
        dialog = RejectCorrectionDialog(article.title, parent)
    else:
        pending = controller.pending_correction()
        person = controller.person
        dialog = ApproveCorrectionDialog(
            article.title,
            pending.note if pending else "",
            pending.proposed_by or "" if pending else "",
            person.name if person else "",
            language,
            today,
            parent,
        )
    if not controller.exec_dialog(dialog):
        return None
    return "" if action == Action.APPROVE_CORRECTION else dialog.note()
