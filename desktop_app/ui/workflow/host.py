"""Everything the main window hosts for the workflow, built and wired among itself here so that
the window only places the widgets and connects its own parts (see ``MainWindow``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from desktop_app.core.change_requests import change_request
from desktop_app.core.checklist import check_article
from desktop_app.core.models import ArticleData, Role
from desktop_app.ui.pane_fit import DOCK_MIN_WIDTH
from desktop_app.ui.workflow.change_request import ChangeRequestBanner
from desktop_app.ui.workflow.checklist_panel import ChecklistPanel
from desktop_app.ui.workflow.controller import WorkflowController
from desktop_app.ui.workflow.header import PersonButton, WorkflowHeader
from desktop_app.ui.workflow.history import HistoryPanel
from desktop_app.ui.workflow.review import ReviewPanel

if TYPE_CHECKING:
    from desktop_app.services import Services

#: Input that shows someone is at the workstation (restarts the idle lock's count).
IDLE_ENDING_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
    }
)

#: The tint of a commented passage: the website's amber, translucent (light and dark palettes).
COMMENT_MARK = QColor(242, 183, 5, 90)


def qt_to_py_offset(text: str, position: int) -> int:
    """A QTextCursor position (UTF-16 units) as an index into the Python string."""
    return len(text.encode("utf-16-le")[: 2 * position].decode("utf-16-le", errors="ignore"))


def py_to_qt_offset(text: str, offset: int) -> int:
    return len(text[:offset].encode("utf-16-le")) // 2


def select_passage(edit: QPlainTextEdit, start: int, end: int) -> None:
    """Select ``text[start:end]`` (Python offsets) in ``edit`` and show it."""
    text = edit.toPlainText()
    cursor = edit.textCursor()
    cursor.setPosition(py_to_qt_offset(text, start))
    cursor.setPosition(py_to_qt_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    edit.centerCursor()
    edit.setFocus(Qt.FocusReason.OtherFocusReason)


def selected_passage(edit: QPlainTextEdit) -> tuple[str, int | None]:
    """The selected text and where it starts (Python offsets); ``("", None)`` without one."""
    cursor = edit.textCursor()
    if not cursor.hasSelection():
        return "", None
    text = edit.toPlainText()
    start = qt_to_py_offset(text, cursor.selectionStart())
    end = qt_to_py_offset(text, cursor.selectionEnd())
    return text[start:end], start


class WorkflowPanels(QObject):
    """The status header, the Review/History dock and the status-bar person button."""

    article_changed = Signal(object)  # ArticleData: reload it in the editor
    person_changed = Signal(object)  # PersonData | None
    open_comments_changed = Signal(int, int)  # article id, unresolved threads

    def __init__(
        self, services: Services, settings, database_key: str, window: QWidget, language: str = "id"
    ) -> None:
        super().__init__(window)
        self.controller = WorkflowController(services, settings, database_key, window)
        self.controller.language = language
        self.header = WorkflowHeader(window, language)
        database = services.database
        #: The open article against the office's checklist, under the header.
        self.checklist = ChecklistPanel(
            lambda article, spelling: check_article(database, article, spelling=spelling), window
        )
        #: The editor's change request, over an article sent back to its writer.
        self.change_banner = ChangeRequestBanner(window, language)
        self.review = ReviewPanel(self.controller, window, language)
        self.history = HistoryPanel(self.controller, window, language)
        self.person_button = PersonButton(window)
        self.tabs = QTabWidget(window)
        self.tabs.setObjectName("workflowTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.review, self.tr("Review"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.dock = QDockWidget(self.tr("Review and history"), window)
        self.dock.setObjectName("workflowDock")
        self.dock.setAccessibleName(self.tr("Review and history"))
        self.dock.setWidget(self.tabs)
        self.dock.setMinimumWidth(DOCK_MIN_WIDTH)  # beside the editor on a 1280-pixel screen
        self.dock.hide()
        self.toggle_action = self.dock.toggleViewAction()
        self.toggle_action.setText(self.tr("Review and &History"))
        self.toggle_action.setShortcut("Ctrl+Shift+R")
        self._body_edit: QPlainTextEdit | None = None
        #: Locks the window after the idle minutes of Preferences (restarted by any input).
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.controller.lock)

        c = self.controller
        self.header.action_requested.connect(c.perform)
        self.header.comments_requested.connect(lambda: self.show_tab(self.review))
        self.header.history_requested.connect(lambda: self.show_tab(self.history))
        self.change_banner.history_requested.connect(lambda: self.show_tab(self.history))
        self.person_button.switch_requested.connect(c.switch_person)
        self.person_button.manage_requested.connect(c.manage_people)
        self.person_button.lock_requested.connect(c.lock)
        self.person_button.password_requested.connect(c.change_own_password)
        c.locked_changed.connect(self._locked_changed)
        c.person_changed.connect(self._person_changed)
        c.article_changed.connect(self.article_changed)
        c.comments_changed.connect(lambda _id: self._refresh_counts())
        c.comments_changed.connect(lambda _id: self.checklist.set_article(c.article))
        c.comments_changed.connect(
            lambda article_id: self.open_comments_changed.emit(article_id, c.comments.open_count(article_id))
        )
        self.review.count_changed.connect(self.header.set_open_comments)
        self.review.passages_changed.connect(self._mark_passages)
        self.dock.visibilityChanged.connect(self._dock_shown)
        self.tabs.currentChanged.connect(lambda _i: self._refresh_panels())
        c.set_person(None, remember=False)
        self.set_article(None)

    # -- the window's side -------------------------------------------------------------------

    def attach_editor(
        self, body_edit: QPlainTextEdit, flush: Callable[[], bool], body_text: Callable[[], str]
    ) -> None:
        """Comments on the body editor's selection; clicking one selects its passage; status
        changes save the text first."""
        self._body_edit = body_edit
        self.controller.flush = flush
        self.controller.body_text = body_text
        body_edit.selectionChanged.connect(self._selection_changed)
        self.review.passage_requested.connect(lambda start, end: select_passage(body_edit, start, end))

    def bind_actor(self, autosave) -> None:
        """Saves record the current person as the author of their revisions."""

        def update(_person) -> None:
            autosave.actor = self.controller.session

        update(self.controller.person)
        self.person_changed.connect(update)

    def ask_who_is_working(self) -> None:
        """At start (after the window has painted): sign in, or set up the first admin."""
        if self.controller.person is None:
            QTimer.singleShot(0, self.controller.ensure_person)

    def set_idle_lock(self, minutes: int) -> None:
        """Lock after ``minutes`` without keyboard or mouse input in Redaksi (0: never)."""
        app = QApplication.instance()
        if minutes <= 0:
            self.idle_timer.stop()
            if app is not None:
                app.removeEventFilter(self)
            return
        self.idle_timer.setInterval(minutes * 60_000)
        self.idle_timer.start()
        if app is not None:
            app.removeEventFilter(self)
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in IDLE_ENDING_EVENTS:
            self.idle_timer.start()
        return False

    def _locked_changed(self, locked: bool) -> None:
        """While locked the window's content is hidden (the editor keeps its text)."""
        window = self.parent()
        central = window.centralWidget() if isinstance(window, QMainWindow) else None
        if central is not None:
            central.setVisible(not locked)
        if locked:
            self._dock_was_visible = self.dock.isVisible()
            self.dock.hide()
        elif getattr(self, "_dock_was_visible", False):
            self.dock.show()

    def set_article(self, article: ArticleData | None) -> None:
        """The article now open in the editor (None: none)."""
        self.controller.set_article(article)
        self._refresh_header()
        self.checklist.set_article(article)
        self.change_banner.show_request(
            change_request(article.id) if article is not None and article.deleted_at is None else None
        )
        self._refresh_panels()
        self.review.set_selection("", None)

    def article_saved(self, article: ArticleData) -> None:
        if self.controller.article is None or article.id != self.controller.article.id:
            return
        self.controller.article_saved(article)
        self._refresh_header()
        self.checklist.set_article(article, spelling=False)
        if self.dock.isVisible() and self.tabs.currentWidget() is self.history:
            self.history.refresh()

    def refresh_header(self) -> None:
        """Something beside the editor changed the article's approved text (an image's words
        in the media library): the header's actions and "changed since publication" again."""
        if self.controller.article is not None:
            self._refresh_header()
            self.checklist.set_article(self.controller.article)

    def show_tab(self, widget: QWidget) -> None:
        self.dock.show()
        self.dock.raise_()
        self.tabs.setCurrentWidget(widget)
        widget.refresh()

    # -- internals ---------------------------------------------------------------------------

    def _person_changed(self, person) -> None:
        self.person_button.set_person_text(
            self.controller.person_text(), bool(person and person.role == Role.ADMIN), person is not None
        )
        self._refresh_header()
        self.person_changed.emit(person)

    def _refresh_header(self) -> None:
        c = self.controller
        self.header.set_article(c.article, c.actions(), c.changed_since_publication())
        self._refresh_counts()

    def _refresh_counts(self) -> None:
        self.header.set_open_comments(self.controller.open_comment_count())

    def _refresh_panels(self) -> None:
        if not self.dock.isVisible():
            return
        self.review.refresh()  # (its passages are marked in the text whichever tab shows)
        if self.tabs.currentWidget() is self.history:
            self.history.refresh()

    def _dock_shown(self, shown: bool) -> None:
        if shown:
            self._refresh_panels()
        else:
            self._mark_passages([])

    def _mark_passages(self, spans: list[tuple[int, int]]) -> None:
        """While the dock shows, the passages of open comments are tinted in the body editor
        (the marks move with the text as it is edited)."""
        edit = self._body_edit
        if edit is None:
            return
        if self.dock.isHidden():
            spans = []
        text = edit.toPlainText() if spans else ""
        marks = []
        for start, end in spans:
            mark = QTextEdit.ExtraSelection()
            mark.cursor = QTextCursor(edit.document())
            mark.cursor.setPosition(py_to_qt_offset(text, start))
            mark.cursor.setPosition(py_to_qt_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
            mark.format.setBackground(COMMENT_MARK)
            marks.append(mark)
        edit.setExtraSelections(marks)

    def _selection_changed(self) -> None:
        if self._body_edit is not None:
            self.review.set_selection(*selected_passage(self._body_edit))
