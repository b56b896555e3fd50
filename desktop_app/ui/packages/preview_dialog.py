"""What a review package brings, shown before anything is written: the sender and the
package, then one row per article (what happens to its text and status, the history and
comments it brings, the approvals accepted or not), the people new here. Import or cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.packages import Outcome, Plan
from desktop_app.labels import action_label, status_label
from desktop_app.package_messages import key_change_text, outcome_label, reason_text


def _action(action: str) -> str:
    """The action's name as its button says it, without the button's "…"."""
    return action_label(action).rstrip("…").rstrip(".")


class ImportPreviewDialog(QDialog):
    def __init__(
        self, plan: Plan, when: str, parent: QWidget | None = None, *, can_confirm_keys: bool = False
    ) -> None:
        """``can_confirm_keys``: the person importing is an administrator, who may confirm a
        new signing key of someone known here (:mod:`desktop_app.core.packages.keys`)."""
        super().__init__(parent)
        self.setObjectName("packagePreviewDialog")
        self.setAccessibleName(self.tr("What the review package brings"))
        self.setWindowTitle(self.tr("Import Review Package"))
        incoming = plan.incoming
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr("<b>From {0}</b>, sent {1}. Nothing is written until you choose Import.").format(
                incoming.sender_name, when
            ),
            self,
        )
        heading.setObjectName("packagePreviewHeading")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        notes: list[str] = []
        if plan.already_imported is not None:
            notes.append(self.tr("This package was imported before: importing it again changes nothing."))
        if incoming.first_contact:
            notes.append(
                self.tr(
                    "This is the first package from this sender's database. Their signing key "
                    "begins {0}: if in doubt, ask them to read it to you from their History panel."
                ).format(" ".join(incoming.sender_key[i : i + 4] for i in range(0, 16, 4)))
            )
        refused = plan.refused
        if refused:
            notes.append(
                self.tr(
                    "{0} status change(s) cannot be accepted here (see below): each becomes a "
                    "comment, and the article's status does not change."
                ).format(len(refused))
            )
        if plan.count(Outcome.CONFLICT):
            notes.append(
                self.tr(
                    "Articles changed on both sides keep your text; the other version is kept as "
                    "a conflict revision to compare."
                )
            )
        self.notes = QLabel("\n".join(notes), self)
        self.notes.setObjectName("packagePreviewNotes")
        self.notes.setWordWrap(True)
        self.notes.setVisible(bool(notes))
        layout.addWidget(self.notes)
        self.key_checks: dict[str, QCheckBox] = {}
        self._add_key_changes(plan, layout, can_confirm_keys)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("packagePreviewArticles")
        self.tree.setAccessibleName(self.tr("Articles in the package"))
        self.tree.setHeaderLabels(
            [self.tr("Article"), self.tr("What happens"), self.tr("Status"), self.tr("Brings")]
        )
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        warn = QBrush(
            QColor("#b3261e")
            if self.palette().color(QPalette.ColorRole.Base).lightness() > 128
            else QColor("#ffb4ab")
        )
        for article in plan.articles:
            status = status_label(article.status_after)
            if article.status_before is not None and article.status_before != article.status_after:
                status = f"{status_label(article.status_before)} → {status}"
            elif article.status_conflict:
                status = self.tr("{0} (kept; changed on both sides)").format(status)
            brings = []
            if article.new_revisions:
                brings.append(self.tr("%n revision(s)", "", len(article.new_revisions)))
            if article.new_comments:
                brings.append(self.tr("%n comment(s)", "", len(article.new_comments)))
            item = QTreeWidgetItem(
                [
                    article.title or self.tr("(untitled)"),
                    outcome_label(article.outcome),
                    status,
                    ", ".join(brings),
                ]
            )
            item.setToolTip(0, article.title)
            if article.outcome == Outcome.CONFLICT:
                item.setForeground(1, warn)
            children = []
            for record in article.records:
                if record.accepted:
                    text = self.tr("{0} by {1}: signature verified, accepted").format(
                        _action(record.action), record.actor
                    )
                else:
                    text = self.tr("{0} by {1}: not accepted ({2})").format(
                        _action(record.action), record.actor, reason_text(record.reason)
                    )
                child = QTreeWidgetItem([text])
                child.setToolTip(0, text)
                if not record.accepted:
                    child.setForeground(0, warn)
                item.addChild(child)
                children.append(child)
            self.tree.addTopLevelItem(item)
            for child in children:  # (spanning holds once the item is in the tree)
                child.setFirstColumnSpanned(True)
            item.setExpanded(True)
        layout.addWidget(self.tree, 1)
        summary = [
            self.tr("%n new", "", plan.count(Outcome.NEW)),
            self.tr("%n updated", "", plan.count(Outcome.TAKEN)),
            self.tr("%n conflict(s)", "", plan.count(Outcome.CONFLICT)),
            self.tr("%n comment(s)", "", plan.comments),
            self.tr("%n approval(s) accepted", "", sum(1 for r in plan.approvals if r.accepted)),
        ]
        if plan.new_people:
            names = ", ".join(str(p.get("name", "")) for p in plan.new_people)
            summary.append(self.tr("new here: {0}").format(names))
        self.summary = QLabel(" · ".join(summary), self)
        self.summary.setObjectName("packagePreviewSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("packagePreviewImport")
        self.import_button.setEnabled(plan.already_imported is None)
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.tree.setAttribute(Qt.WidgetAttribute.WA_MacShowFocusRect, False)
        self.resize(900, 520)

    def _add_key_changes(self, plan: Plan, layout: QVBoxLayout, can_confirm: bool) -> None:
        """A warning for each new signing key of someone known here, and for an administrator
        a box to confirm an unconfirmed one."""
        for change in plan.key_changes:
            label = QLabel(key_change_text(change), self)
            label.setObjectName("packagePreviewKeyChange")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if not change.confirmed:  # (what the person must act on stands out)
                font = label.font()
                font.setBold(True)
                label.setFont(font)
            layout.addWidget(label)
            if change.confirmed or not can_confirm or change.person_uuid in self.key_checks:
                continue
            check = QCheckBox(
                self.tr("Confirm {0}'s new key ({1}): I compared it with them").format(
                    change.name, change.fingerprint
                ),
                self,
            )
            check.setObjectName("packagePreviewConfirmKey")
            check.setAccessibleName(self.tr("Confirm {0}'s new signing key").format(change.name))
            layout.addWidget(check)
            self.key_checks[change.person_uuid] = check

    def confirmed_keys(self) -> list[str]:
        """The people whose new keys the administrator confirmed (uuids)."""
        return [uuid for uuid, check in self.key_checks.items() if check.isChecked()]
