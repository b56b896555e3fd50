"""The history panel: revisions (who, when, why), a word-level diff between any two, restore,
and the audit trail of status changes."""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.revisions import FieldDiff, RevisionData
from desktop_app.core.text import count_words
from desktop_app.core.workflow import StatusChangeData
from desktop_app.labels import action_label, field_label, reason_label, status_label, when_text
from desktop_app.ui.palette import is_dark
from desktop_app.ui.workflow.controller import WorkflowController
from desktop_app.wordpress_messages import send_record_text

#: Unchanged paragraphs around a change that stay visible; longer runs fold into "…".
CONTEXT_LINES = 1
CONTEXT_CHARS = 120  # of an unchanged run inside a changed paragraph, on each side
CURRENT = -1  # the "revision number" of the article as it is now
#: The actions the trail names beside (or instead of) their status change (a correction leaves
#: the status as it was).
RECORDS_ACTIONS = (
    "correct",
    "approve_correction",
    "reject_correction",
    "takedown",
    "import",
    "pin_lead",
    "unpin_lead",
    "wp_published",
    "wp_updated",
    "wp_withdrawn",
    "wp_failed",
)


def diff_html(
    diffs: list[FieldDiff], dark: bool = False, unchanged_text: str = "", folded_text: str = "{0}"
) -> str:
    """The changed fields as HTML: insertions underlined on green, deletions struck through
    on red (so they read without colour too). Long unchanged stretches fold into one line."""
    ins_bg, ins_fg, del_bg, del_fg, muted = (
        ("#1e4620", "#c8f5cc", "#5c1f1f", "#ffd0cc", "#9aa0a6")
        if dark
        else ("#d4f4d9", "#0b5a1c", "#fddcd8", "#8c1d18", "#80868b")
    )
    parts = ["<html><body style='font-size:13px; line-height:1.45'>"]
    changed = [d for d in diffs if d.changed]
    if not changed:
        parts.append(f"<p style='color:{muted}'>{html.escape(unchanged_text)}</p>")
    for diff in changed:
        parts.append(f"<h4 style='margin:10px 0 4px 0'>{html.escape(field_label(diff.field))}</h4><div>")
        for chunk in diff.chunks:
            text = chunk.text
            if chunk.op == "equal":
                text = _fold(text, muted, folded_text) if diff.field == "body" else _html_text(text)
                parts.append(text)
            elif chunk.op == "insert":
                parts.append(
                    f"<span style='background:{ins_bg}; color:{ins_fg};"
                    f" text-decoration: underline'>{_html_text(text)}</span>"
                )
            else:
                parts.append(
                    f"<span style='background:{del_bg}; color:{del_fg};"
                    f" text-decoration: line-through'>{_html_text(text)}</span>"
                )
        parts.append("</div>")
    parts.append("</body></html>")
    return "".join(parts)


def _content(rev: RevisionData) -> tuple:
    return (dict(rev.texts), rev.slug, rev.category, rev.tags, rev.featured_image_id)


def _html_text(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _elide(text: str, muted: str) -> str:
    """A long unchanged run inside a paragraph: its start and end, "…" in between."""
    if len(text) <= 2 * CONTEXT_CHARS + 40:
        return _html_text(text)
    head = text[:CONTEXT_CHARS].rsplit(" ", 1)[0]
    tail = text[-CONTEXT_CHARS:].split(" ", 1)[-1]
    return _html_text(head) + f" <span style='color:{muted}'>[…]</span> " + _html_text(tail)


def _fold(text: str, muted: str, folded_text: str) -> str:
    lines = text.split("\n")
    keep = CONTEXT_LINES + 1
    if len(lines) <= 2 * keep + 2:
        return "<br>".join(_elide(line, muted) for line in lines)
    head, tail = lines[:keep], lines[-keep:]
    hidden = sum(1 for line in lines[keep:-keep] if line.strip())
    marker = f"<br><span style='color:{muted}'>⋯ {html.escape(folded_text.format(hidden))}</span><br><br>"
    return (
        "<br>".join(_elide(line, muted) for line in head)
        + marker
        + "<br>".join(_elide(line, muted) for line in tail)
    )


class HistoryPanel(QWidget):
    restored = Signal(int)  # the revision number brought back

    def __init__(
        self, controller: WorkflowController, parent: QWidget | None = None, language: str = "id"
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.language = language
        self.revisions: list[RevisionData] = []
        self.trail: list[StatusChangeData] = []
        self.verification: Mapping[int, str] = {}  # status change id: valid / invalid / unsigned
        self.setObjectName("historyPanel")
        self.setAccessibleName(self.tr("History"))

        self.revision_list = QTreeWidget(self)
        self.revision_list.setObjectName("revisionList")
        self.revision_list.setAccessibleName(self.tr("Revisions"))
        # the most telling columns first: the dock is often narrow
        self.revision_list.setHeaderLabels(["#", self.tr("Why"), self.tr("Who"), self.tr("When")])
        self.revision_list.setRootIsDecorated(False)
        self.revision_list.setAlternatingRowColors(True)
        self.revision_list.setUniformRowHeights(True)
        header = self.revision_list.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.revision_list.currentItemChanged.connect(self._revision_chosen)

        self.old_combo = QComboBox(self)
        self.old_combo.setObjectName("diffOldRevision")
        self.old_combo.setAccessibleName(self.tr("Compare from revision"))
        self.new_combo = QComboBox(self)
        self.new_combo.setObjectName("diffNewRevision")
        self.new_combo.setAccessibleName(self.tr("Compare to revision"))
        self.old_combo.currentIndexChanged.connect(self.show_diff)
        self.new_combo.currentIndexChanged.connect(self.show_diff)
        self.restore_button = QPushButton(self.tr("Restore this revision…"), self)
        self.restore_button.setObjectName("restoreRevisionButton")
        self.restore_button.setAccessibleName(self.tr("Restore the selected revision"))
        self.restore_button.clicked.connect(self.restore_selected)
        compare = QHBoxLayout()
        compare.addWidget(QLabel(self.tr("Compare"), self))
        compare.addWidget(self.old_combo, 1)
        compare.addWidget(QLabel("→", self))
        compare.addWidget(self.new_combo, 1)

        self.summary = QLabel(self)
        self.summary.setObjectName("diffSummary")
        self.diff_view = QTextBrowser(self)
        self.diff_view.setObjectName("diffView")
        self.diff_view.setAccessibleName(self.tr("Changes between the two revisions"))
        self.diff_view.setOpenLinks(False)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.revision_list, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        top_layout.addLayout(buttons)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(compare)
        bottom_layout.addWidget(self.summary)
        bottom_layout.addWidget(self.diff_view, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setSizes([200, 400])

        self.audit_list = QTreeWidget(self)
        self.audit_list.setObjectName("auditTrail")
        self.audit_list.setAccessibleName(self.tr("Status changes"))
        self.audit_list.setHeaderLabels([self.tr("Change"), self.tr("Note"), self.tr("Who"), self.tr("When")])
        self.audit_list.setRootIsDecorated(False)
        self.audit_list.setWordWrap(True)
        self.audit_list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.audit_list.header().setStretchLastSection(True)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("historyTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, self.tr("Revisions"))
        self.tabs.addTab(self.audit_list, self.tr("Status changes"))
        from desktop_app.ui.wordpress.sends_view import WordPressSends

        self.website_sends = WordPressSends(self, language)
        self.tabs.addTab(self.website_sends, self.tr("Website"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)

    # -- content -----------------------------------------------------------------------------

    def refresh(self) -> None:
        article = self.controller.article
        if article is None:
            self.revisions, self.trail, self.verification = [], [], {}
        else:
            self.revisions = self.controller.revisions.list(article.id)
            self.trail = self.controller.workflow.audit_trail(article.id)
            self.verification = self.controller.workflow.verification_of(article.id)
        self._fill_revisions()
        self._fill_trail()
        sends = self.website_sends.show_article(article.id if article is not None else None)
        self.tabs.setTabVisible(self.tabs.indexOf(self.website_sends), sends > 0)

    def _when(self, value) -> str:
        return when_text(value, self.language)

    def _fill_revisions(self) -> None:
        published = self.controller.article.published_revision if self.controller.article else None
        was_online = self.controller.published_revisions()
        self.revision_list.blockSignals(True)
        self.revision_list.clear()
        for rev in self.revisions:
            why = reason_label(rev.reason)
            # the mark first: a long note is cut at the column's edge
            if rev.number == published:
                why += " · " + self.tr("on the website")
            elif rev.number in was_online:
                why += " · " + self.tr("was on the website")
            if rev.reason == "restore" and rev.note:
                why = self.tr("Restored revision {0}").format(rev.note)
            elif rev.note and rev.reason != "conflict":
                why += f" — {rev.note}"
            item = QTreeWidgetItem([str(rev.number), why, rev.author or "—", self._when(rev.created_at)])
            item.setData(0, Qt.ItemDataRole.UserRole, rev.number)
            item.setToolTip(1, why + " · " + self.tr("%Ln word(s)", "", count_words(rev.body)))
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.revision_list.addTopLevelItem(item)
        self.revision_list.blockSignals(False)
        for combo in (self.old_combo, self.new_combo):
            combo.blockSignals(True)
            combo.clear()
        self.new_combo.addItem(self.tr("Current text"), CURRENT)
        for rev in self.revisions:
            text = self.tr("{0} · {1} · {2}").format(
                rev.number, reason_label(rev.reason), self._when(rev.created_at)
            )
            self.old_combo.addItem(text, rev.number)
            self.new_combo.addItem(text, rev.number)
        for combo in (self.old_combo, self.new_combo):
            combo.blockSignals(False)
        if self.revisions:
            self.revision_list.setCurrentItem(self.revision_list.topLevelItem(0))
        else:
            self.diff_view.clear()
            self.summary.clear()
        self.restore_button.setEnabled(bool(self.revisions))

    def _fill_trail(self) -> None:
        self.audit_list.clear()
        for change in reversed(self.trail):
            text = f"{status_label(change.from_status)} → {status_label(change.to_status)}"
            if change.action in RECORDS_ACTIONS:
                action = action_label(change.action).rstrip("…")
                # (a record that left the status as it was is named by what it recorded:
                # "Published → Published" says nothing)
                text = action if change.from_status == change.to_status else f"{text} · {action}"
            if change.refused:
                text = self.tr("{0} (refused: the status had changed)").format(text)
            verdict = self.verification.get(change.id, "unsigned")
            if verdict == "valid":
                text += "  ✓"
            elif verdict == "invalid":
                text += "  ⚠"
            note = send_record_text(change.action, change.note)  # (a WordPress send's: in words)
            item = QTreeWidgetItem([text, note, change.actor or "—", self._when(change.created_at)])
            item.setToolTip(1, note)
            if verdict == "valid":
                item.setToolTip(0, self.tr("Signature valid"))
            elif verdict == "invalid":
                item.setToolTip(
                    0, self.tr("Signature invalid: the record or the signed text was changed afterwards")
                )
            item.setData(0, Qt.ItemDataRole.UserRole, verdict)
            self.audit_list.addTopLevelItem(item)

    def _revision_chosen(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        """Choosing a revision compares it with the one before it."""
        if item is None:
            return
        number = item.data(0, Qt.ItemDataRole.UserRole)
        self.compare(self.previous_different(number), number)

    def previous_different(self, number: int) -> int:
        """The newest older revision whose text differs (status changes repeat the text)."""
        by_number = {r.number: r for r in self.revisions}
        this = _content(by_number[number])
        older = [r for r in self.revisions if r.number < number]
        for rev in older:  # newest first
            if _content(rev) != this:
                return rev.number
        return older[-1].number if older else number

    def compare(self, old_number: int, new_number: int) -> None:
        """Show the diff from ``old_number`` to ``new_number`` (:data:`CURRENT`: the text now)."""
        for combo, value in ((self.old_combo, old_number), (self.new_combo, new_number)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.show_diff()

    def show_diff(self) -> None:
        article = self.controller.article
        old, new = self.old_combo.currentData(), self.new_combo.currentData()
        if article is None or old is None or new is None:
            return
        service = self.controller.revisions
        if new == CURRENT:
            diffs = service.diff_with_current(article.id, old)
            target = self.tr("the current text")
        else:
            diffs = service.diff(article.id, old, new)
            target = self.tr("revision {0}").format(new)
        changed = [field_label(d.field) for d in diffs if d.changed]
        inserted = sum(count_words(c.text) for d in diffs for c in d.chunks if c.op == "insert")
        deleted = sum(count_words(c.text) for d in diffs for c in d.chunks if c.op == "delete")
        if changed:
            self.summary.setText(
                self.tr("From revision {0} to {1}: {2} · +{3} / −{4} words").format(
                    old, target, ", ".join(changed), inserted, deleted
                )
            )
        else:
            self.summary.setText(self.tr("From revision {0} to {1}").format(old, target))
        self.diff_view.setHtml(
            diff_html(
                diffs,
                is_dark(self.palette()),
                self.tr("No differences."),
                self.tr("{0} unchanged paragraph(s)"),
            )
        )

    def selected_revision(self) -> int | None:
        item = self.revision_list.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def restore_selected(self) -> None:
        number = self.selected_revision()
        if number is None or not self.confirm_restore(number):
            return
        if self.controller.restore_revision(number) is not None:
            self.restored.emit(number)
            self.refresh()

    def confirm_restore(self, number: int) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore revision"),
            self.tr(
                "Bring back revision {0} as the current text? The text now is kept in the history."
            ).format(number),
        )
        return answer == QMessageBox.StandardButton.Yes
