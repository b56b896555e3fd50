"""The strip above the editor: the article's status and only the actions the current person
may take; and the status-bar button showing who is working."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from desktop_app.core.dates import news_datetime
from desktop_app.core.models import ArticleData, ArticleKind
from desktop_app.core.status import Status
from desktop_app.core.workflow import Action, display_status
from desktop_app.labels import action_label, action_tooltip, release_mark, status_label
from desktop_app.ui.elided_label import ElidedLabel
from desktop_app.ui.palette import chip_colours, is_dark

#: The action drawn as the main (default) button when it is offered.
PRIMARY = (
    Action.SUBMIT,
    Action.RESUBMIT,
    Action.APPROVE,
    Action.PUBLISH,
    Action.PUBLISH_CHANGES,
    Action.APPROVE_CORRECTION,
    Action.CORRECT,
)

# The width (in average characters) the "Online since …" text keeps before the secondary
# buttons move into the header's "More" menu.
DETAIL_RESERVE_CHARACTERS = 18


class StatusChip(QLabel):
    """The status as coloured text (the word is always there: colour is never alone)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status: str = Status.DRAFT
        self.setObjectName("statusChip")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def set_status(self, status: str) -> None:
        self.status = status
        self.setText(status_label(status))
        self.setAccessibleName(self.tr("Status: {0}").format(status_label(status)))
        background, foreground = chip_colours(status, self.palette())
        self.setStyleSheet(
            f"QLabel#statusChip {{ background: {background.name()}; color: {foreground.name()};"
            " border-radius: 9px; padding: 2px 10px; font-weight: 600; }"
        )


class WorkflowHeader(QFrame):
    """Status chip, "Online since …" and the buttons of the actions the person may take, on
    one line at any width: the text is shortened with "…" (whole in its tooltip) and, when the
    line is narrow, the secondary buttons move into a "More" menu (the main action and the
    status stay)."""

    action_requested = Signal(str)
    comments_requested = Signal()
    history_requested = Signal()

    def __init__(self, parent: QWidget | None = None, language: str = "id") -> None:
        super().__init__(parent)
        self.language = language
        self.setObjectName("workflowHeader")
        self.setAccessibleName(self.tr("Status and actions"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.chip = StatusChip(self)
        self.detail = ElidedLabel("", self)
        self.detail.setObjectName("statusDetail")
        self.detail.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # A press release: its number ("SP 001/SP/Diskominfo/XII/2026") or "Press release".
        self.release_label = QLabel(self)
        self.release_label.setTextFormat(Qt.TextFormat.PlainText)
        self.release_label.setObjectName("releaseNumber")
        self.release_label.hide()
        self.changed_label = ElidedLabel(self.tr("Changed since publication"), self, minimum_characters=6)
        self.changed_label.setObjectName("changedSincePublication")
        self.changed_label.setAccessibleName(
            self.tr("Changed since publication: the website still shows the published version")
        )
        self.changed_label.set_fixed_tool_tip(
            self.tr("The website still shows the published version; publish again to update it.")
        )
        self.changed_label.hide()
        self.comments_button = QToolButton(self)
        self.comments_button.setObjectName("openCommentsButton")
        self.comments_button.setAutoRaise(True)
        self.comments_button.clicked.connect(self.comments_requested)
        self.history_button = QToolButton(self)
        self.history_button.setObjectName("historyButton")
        self.history_button.setText(self.tr("History"))
        self.history_button.setAccessibleName(self.tr("Show the history"))
        self.history_button.setAutoRaise(True)
        self.history_button.clicked.connect(self.history_requested)
        self._actions_box = QWidget(self)
        self._actions_layout = QHBoxLayout(self._actions_box)
        self._actions_layout.setContentsMargins(0, 0, 0, 0)
        self._actions_layout.setSpacing(6)
        self.buttons: dict[str, QPushButton] = {}
        self._primary: QPushButton | None = None
        # the buttons that do not fit go into its menu
        self.more_button = QToolButton(self)
        self.more_button.setObjectName("headerMoreButton")
        self.more_button.setText(self.tr("More"))
        self.more_button.setAccessibleName(self.tr("More actions"))
        self.more_button.setToolTip(self.tr("The actions that do not fit on this line"))
        self.more_button.setAutoRaise(True)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._more_menu = QMenu(self.more_button)
        self._more_menu.setToolTipsVisible(True)
        self.more_button.setMenu(self._more_menu)
        self.more_button.hide()

        layout = self._layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(8)
        layout.addWidget(self.chip)
        layout.addWidget(self.release_label)
        layout.addWidget(self.changed_label)
        layout.addWidget(self.detail, 1)
        layout.addWidget(self.comments_button)
        layout.addWidget(self.history_button)
        layout.addWidget(self._actions_box)
        layout.addWidget(self.more_button)
        self._style()
        self.set_open_comments(0)

    def _style(self) -> None:
        dark = is_dark(self.palette())
        line = "#3c4043" if dark else "#dadce0"
        self.setStyleSheet(
            f"QFrame#workflowHeader {{ border-bottom: 1px solid {line}; }}"
            "QLabel#changedSincePublication { background: %s; color: %s; border-radius: 9px;"
            " padding: 2px 8px; }"
            % (("#5c4a10", "#fdefc3") if dark else ("#fff4d6", "#6b4e00"))
            + "QLabel#statusDetail { color: palette(placeholder-text); }"
            + "QLabel#releaseNumber { font-weight: 600; }"
        )

    def set_article(
        self, article: ArticleData | None, actions: list[Action], changed_since_publication: bool = False
    ) -> None:
        """Show ``article``'s status and exactly ``actions`` (what the person may do)."""
        self.setVisible(article is not None)
        if article is None:
            self._set_actions([])
            return
        status = display_status(article.status, article.publish_at)
        self.chip.set_status(status)
        self.detail.setText(self._detail(article, status))
        release = article.kind == ArticleKind.PRESS_RELEASE
        self.release_label.setVisible(release)
        mark = release_mark(article.release_number) if release else ""
        self.release_label.setText(mark)
        self.release_label.setAccessibleName(mark)
        self.changed_label.setVisible(changed_since_publication)
        if article.status == Status.APPROVED:
            self.changed_label.setText(self.tr("Changed since approval"))
            self.changed_label.set_fixed_tool_tip(
                self.tr(
                    "Publishing puts the approved version online; the edits made since follow "
                    "with Publish changes."
                )
            )
        elif status == Status.PUBLISHED:  # live: the change is a public correction
            self.changed_label.setText(self.tr("Changed since publication"))
            self.changed_label.set_fixed_tool_tip(
                self.tr(
                    "The website still shows the published version; a correction with a public "
                    "note, once approved, updates it."
                )
            )
        else:
            self.changed_label.setText(self.tr("Changed since publication"))
            self.changed_label.set_fixed_tool_tip(
                self.tr("The website still shows the published version; publish again to update it.")
            )
        self.changed_label.setAccessibleName(self.changed_label.text())
        self._set_actions(actions)

    def _detail(self, article: ArticleData, status: str) -> str:
        if status == Status.SCHEDULED and article.publish_at:
            return self.tr("Goes online {0}").format(news_datetime(article.publish_at, self.language))
        if status == Status.PUBLISHED and article.published_at:
            return self.tr("Online since {0}").format(news_datetime(article.published_at, self.language))
        return ""

    def set_open_comments(self, count: int) -> None:
        text = self.tr("Comments ({0})").format(count) if count else self.tr("Comments")
        self.comments_button.setText(text)
        self.comments_button.setAccessibleName(self.tr("Open comments: {0}").format(count))
        self._fit()

    def _set_actions(self, actions: list[Action]) -> None:
        for button in self.buttons.values():
            self._actions_layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.buttons = {}
        self._primary = None
        primary = next((a for a in actions if a in PRIMARY), None)
        for action in actions:
            button = QPushButton(action_label(action), self._actions_box)
            button.setObjectName(f"action_{action.value}")
            button.setAccessibleName(action_label(action).rstrip("…"))
            button.setToolTip(action_tooltip(action))
            button.setDefault(action == primary)
            if action == primary:
                button.setStyleSheet("QPushButton { font-weight: 600; }")
            button.clicked.connect(lambda _c=False, a=action.value: self.action_requested.emit(a))
            self._actions_layout.addWidget(button)
            self.buttons[action.value] = button
            if action == primary:
                self._primary = button
        self._fit()

    # -- one line at any width ---------------------------------------------------------------

    def _movable(self) -> list[QAbstractButton]:
        """The buttons that may move into "More", in the order they stay on the line: Comments,
        History, then the actions beside the main one (the last of them moves first)."""
        actions = [b for b in self.buttons.values() if b is not self._primary]
        return [self.comments_button, self.history_button, *actions]

    def _spacing(self) -> int:
        return self._layout.spacing()

    def _fixed_width(self) -> int:
        """What is always on the line: margins, chip, the shortest "changed" and detail text,
        the main action."""
        margins = self._layout.contentsMargins()
        width = margins.left() + margins.right() + self.chip.sizeHint().width()
        if not self.release_label.isHidden():
            width += self._spacing() + self.release_label.minimumSizeHint().width()
        if not self.changed_label.isHidden():
            width += self._spacing() + self.changed_label.minimumSizeHint().width()
        width += self._spacing() + self.detail.minimumSizeHint().width()
        if self._primary is not None:
            width += self._spacing() + self._primary.sizeHint().width()
        return width

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        more = self._spacing() + self.more_button.sizeHint().width()
        hint.setWidth(self._fixed_width() + more)
        return hint

    def _fit(self) -> None:
        """Show as many buttons as fit beside the status and a readable part of the detail;
        the rest go into the "More" menu, in their order."""
        available = self.width()
        metrics = self.detail.fontMetrics()
        detail_reserve = min(
            metrics.horizontalAdvance(self.detail.full_text()),
            metrics.averageCharWidth() * DETAIL_RESERVE_CHARACTERS,
        )
        used = self._fixed_width() - self.detail.minimumSizeHint().width() + detail_reserve
        movable = self._movable()
        widths = [self._spacing() + w.sizeHint().width() for w in movable]
        more = self._spacing() + self.more_button.sizeHint().width()
        shown = len(movable)
        if used + sum(widths) > available:
            shown = 0
            total = used + more
            for width in widths:
                if total + width > available:
                    break
                total += width
                shown += 1
        overflow = movable[shown:]
        for widget in movable[:shown]:
            widget.setVisible(True)
        for widget in overflow:
            widget.setVisible(False)
        self._actions_box.setVisible(any(not b.isHidden() for b in self.buttons.values()))
        menu = self._more_menu
        menu.clear()
        for widget in overflow:
            item = QAction(widget.text(), menu)
            item.setToolTip(widget.toolTip())
            item.triggered.connect(widget.click)
            menu.addAction(item)
        self.more_button.setVisible(bool(overflow))
        self.updateGeometry()

    def overflow_names(self) -> list[str]:
        """The object names of the buttons now in the "More" menu."""
        return [w.objectName() for w in self._movable() if w.isHidden()]

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit()

    def action_names(self) -> list[str]:
        return list(self.buttons)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == event.Type.PaletteChange:
            self._style()
            self.chip.set_status(self.chip.status)
        super().changeEvent(event)


class PersonButton(QToolButton):
    """The status-bar button: who is working, with "switch person" and "manage people"."""

    switch_requested = Signal()
    manage_requested = Signal()
    lock_requested = Signal()
    password_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("currentPersonButton")
        self.setAutoRaise(True)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.switch_action = QAction(self.tr("Switch person…"), self)
        self.switch_action.setObjectName("switchPersonAction")
        self.switch_action.triggered.connect(self.switch_requested)
        self.manage_action = QAction(self.tr("Manage people…"), self)
        self.manage_action.setObjectName("managePeopleAction")
        self.manage_action.triggered.connect(self.manage_requested)
        self.lock_action = QAction(self.tr("Lock"), self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut("Ctrl+L")
        self.lock_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.lock_action.triggered.connect(self.lock_requested)
        self.password_action = QAction(self.tr("Change my password…"), self)
        self.password_action.setObjectName("changePasswordAction")
        self.password_action.triggered.connect(self.password_requested)
        menu.addAction(self.lock_action)
        menu.addAction(self.switch_action)
        menu.addAction(self.password_action)
        menu.addAction(self.manage_action)
        if parent is not None:
            parent.addAction(self.lock_action)  # Ctrl+L wherever the focus is in the window
        self.setMenu(menu)
        self.set_person_text("", False)

    def set_person_text(self, text: str, is_admin: bool, is_signed_in: bool = True) -> None:
        self.setText(text)
        self.setAccessibleName(self.tr("Working as {0}").format(text))
        self.setToolTip(
            self.tr("Working as {0}. Click to lock, switch person or change your password.").format(text)
        )
        self.manage_action.setVisible(is_admin)
        signed_in = bool(text) and is_signed_in
        self.lock_action.setEnabled(signed_in)
        self.password_action.setEnabled(signed_in)
