"""The headline sidebar: search, status filter with counts (plus Trash), sort, and the list.

It only emits intent signals (``article_selected``, ``new_requested``, ``trash_requested``...);
the main window decides what happens.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.articles import SEARCH_PAGE, ArticleService, SearchResults
from desktop_app.core.models import Headline, HeadlineQuery
from desktop_app.core.status import STORED_STATUSES, Status
from desktop_app.labels import status_label
from desktop_app.messages import describe_error
from desktop_app.ui.empty_state import EmptyPanel
from desktop_app.ui.headline_delegate import HeadlineDelegate
from desktop_app.ui.headline_model import HeadlineModel
from desktop_app.ui.icons import icon
from desktop_app.ui.locale_format import number
from desktop_app.workers import LatestOnly

SEARCH_DELAY_MS = 250
MIN_SEARCH_CHARACTERS = 1  # from the first letter: broad searches are paged, not ranked
#: The filter menu's keys (plain strings: they are the items' data). "Scheduled" follows
#: "Published": approved or published articles whose publication time is still ahead (see
#: :func:`desktop_app.core.articles.scheduled_condition`).
_STATUS_FILTERS = tuple(status.value for status in STORED_STATUSES)
_AFTER_PUBLISHED = _STATUS_FILTERS.index(Status.PUBLISHED) + 1
FILTERS = (
    "all",
    "for_me",
    *_STATUS_FILTERS[:_AFTER_PUBLISHED],
    Status.SCHEDULED.value,
    *_STATUS_FILTERS[_AFTER_PUBLISHED:],
    Status.TRASH.value,
)
#: The filter "For me": what waits on the signed-in person (see HeadlineQuery.waiting_on).
FOR_ME = "for_me"
SORT_KEYS = ("updated", "created", "title")
KEEP_PLACE_MS = 2000  # how long a refreshed list holds its place while it is laid out
BATCH_SIZE = 200


class HeadlineList(QWidget):
    """The sidebar widget; the view inside is ``headlineList``, the search field
    ``headlineSearch``."""

    article_selected = Signal(int)
    new_requested = Signal()
    duplicate_requested = Signal(int)
    trash_requested = Signal(int)
    restore_requested = Signal(int)
    delete_forever_requested = Signal(int)
    sort_changed = Signal(str)
    error_occurred = Signal(str)
    search_finished = Signal(int)  # number of results

    def __init__(
        self,
        articles: ArticleService,
        parent: QWidget | None = None,
        *,
        language: str = "id",
        sort: str = "updated",
    ) -> None:
        super().__init__(parent)
        self.articles = articles
        self.setObjectName("headlineSidebar")
        self._current_id: int | None = None
        self._reselecting = False
        self._search_runner = LatestOnly(serial=True)
        self._counts_runner = LatestOnly()
        self._counts: dict[str, int] = {}
        self._person_id: int | None = None  # who is signed in ("For me")

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("headlineSearch")
        self.search_edit.setAccessibleName(self.tr("Search articles"))
        self.search_edit.setPlaceholderText(self.tr("Search articles…"))
        self.search_edit.setClearButtonEnabled(True)

        self.filter_combo = QComboBox(self)
        self.filter_combo.setObjectName("statusFilter")
        self.filter_combo.setAccessibleName(self.tr("Show articles with status"))
        for key in FILTERS:
            self.filter_combo.addItem(self._filter_label(key), key)
        self.sort_combo = QComboBox(self)
        self.sort_combo.setObjectName("sortOrder")
        self.sort_combo.setAccessibleName(self.tr("Sort articles by"))
        for key, label in zip(
            SORT_KEYS, (self.tr("Last updated"), self.tr("Created"), self.tr("Title")), strict=True
        ):
            self.sort_combo.addItem(label, key)
        self.sort_combo.setCurrentIndex(SORT_KEYS.index(sort) if sort in SORT_KEYS else 0)

        self.model = HeadlineModel(articles, self)
        self.delegate = HeadlineDelegate(self, language)
        # A list view laid out in batches with uniform item sizes: the first paint lays out
        # one batch, not 100k rows (a uniform-row tree view still visits every row, ~300 ms).
        self.view = QListView(self)
        self.view.setObjectName("headlineList")
        self.view.setAccessibleName(self.tr("Headlines"))
        self.view.setUniformItemSizes(True)
        self.view.setLayoutMode(QListView.LayoutMode.Batched)
        self.view.setBatchSize(BATCH_SIZE)
        # rows elide to the list's width: a narrow sidebar shows no sideways scroll bar
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._wanted_scroll: int | None = None  # see _scroll_back_to
        self._wanted_scroll_timer = QTimer(self)
        self._wanted_scroll_timer.setSingleShot(True)
        self._wanted_scroll_timer.setInterval(KEEP_PLACE_MS)
        self._wanted_scroll_timer.timeout.connect(self._forget_wanted_scroll)
        self.view.verticalScrollBar().rangeChanged.connect(self._range_grew)
        self.view.verticalScrollBar().actionTriggered.connect(self._forget_wanted_scroll)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setItemDelegate(self.delegate)
        self.view.setModel(self.model)

        # What the list shows when it has no rows: why, and the next step.
        self.empty_panel = EmptyPanel(self, object_name="headlineEmpty", scale=1.1)
        self._empty_action_key = ""  # what its button does: "clear_search", "all" or "new"
        self.empty_panel.action_requested.connect(self._empty_action)
        self.list_stack = QStackedWidget(self)
        self.list_stack.setObjectName("headlineStack")
        self.list_stack.addWidget(self.view)
        self.list_stack.addWidget(self.empty_panel)

        self.result_label = QLabel(self)
        self.result_label.setObjectName("headlineCount")
        self.result_label.setProperty("muted", True)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.filter_combo, 3)
        controls.addWidget(self.sort_combo, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 4)
        layout.setSpacing(6)
        layout.addWidget(self.search_edit)
        layout.addLayout(controls)
        layout.addWidget(self.list_stack, 1)
        layout.addWidget(self.result_label)

        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self._run_search)
        self._search_timer.timeout.connect(self._run_search)
        self.filter_combo.currentIndexChanged.connect(self._filters_changed)
        self.sort_combo.currentIndexChanged.connect(self._sort_changed)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.customContextMenuRequested.connect(self._show_context_menu)
        self.model.modelReset.connect(self._update_result_label)
        self.model.count_changed.connect(self._update_result_label)
        for signal in (
            self.model.modelReset,
            self.model.count_changed,
            self.model.rowsInserted,
            self.model.rowsRemoved,
        ):
            signal.connect(self._update_empty_state)
        self._update_empty_state()

    # -- public -----------------------------------------------------------------------------

    def browse_query(self) -> HeadlineQuery:
        key = self.filter_combo.currentData() or "all"
        for_me = key == FOR_ME
        return HeadlineQuery(
            status=None if key in ("all", Status.TRASH, FOR_ME) else key,
            trash=key == Status.TRASH,
            # nobody signed in: nothing waits on nobody (no person has the id 0)
            waiting_on=(self._person_id or 0) if for_me else None,
            sort=self.sort_combo.currentData(),
            descending=self.sort_combo.currentData() != "title",
        )

    def set_person(self, person_id: int | None) -> None:
        """Who is signed in: "For me" lists what waits on them."""
        if person_id == self._person_id:
            return
        self._person_id = person_id
        if self.showing_for_me():
            self._filters_changed()
        else:
            self.refresh_counts()

    def showing_for_me(self) -> bool:
        return self.filter_combo.currentData() == FOR_ME

    def show_for_me(self) -> None:
        self.filter_combo.setCurrentIndex(FILTERS.index(FOR_ME))

    def status_changed(self) -> None:
        """An article moved in the workflow: the counts again (and "For me", which it may have
        left or joined)."""
        if self.showing_for_me():
            self.refresh()
        else:
            self.refresh_counts()

    def showing_trash(self) -> bool:
        return self.filter_combo.currentData() == Status.TRASH

    def search_text(self) -> str:
        return self.search_edit.text().strip()

    def clear_search(self) -> None:
        """Back to the list the filter shows (the "Clear search" of an empty result)."""
        self.search_edit.clear()
        self._run_search()
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def showing_empty_state(self) -> bool:
        return self.list_stack.currentWidget() is self.empty_panel

    def load(self) -> None:
        """Fill the list (count and first page) and the counts (in the background)."""
        self._apply_browse()
        self.refresh_counts()

    def refresh(self) -> None:
        """After a structural change (new, trashed, restored, deleted articles): the same list
        again, scrolled where it was (the open article, if any, is scrolled into view)."""
        if self.search_text():
            self._run_search()
        else:
            position = self.view.verticalScrollBar().value()
            self._apply_browse(keep_place=True)
            if self.model.row_of(self._current_id or -1) is None:
                self._scroll_back_to(position)
        self.refresh_counts()

    def update_headline(self, headline: Headline) -> None:
        self.model.update_headline(headline)

    def current_article_id(self) -> int | None:
        return self._current_id

    def select_article(self, article_id: int | None) -> None:
        """Mark ``article_id`` as the open article (without emitting article_selected)."""
        self._current_id = article_id
        self._reselect()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def set_language(self, language: str) -> None:
        self.delegate.set_language(language)
        self.view.viewport().update()

    def refresh_counts(self) -> None:
        articles, person_id = self.articles, self._person_id

        def counts() -> dict[str, int]:
            found = articles.status_counts()
            found[FOR_ME] = articles.count(HeadlineQuery(waiting_on=person_id)) if person_id else 0
            return found

        self._counts_runner.run(
            counts,
            self._show_counts,
            lambda exc: self.error_occurred.emit(describe_error(exc)),
        )

    # -- internals --------------------------------------------------------------------------

    def _filter_label(self, key: str) -> str:
        if key == "all":
            name = self.tr("All articles")
        elif key == FOR_ME:
            name = self.tr("For me")
        else:
            name = self.tr("Trash") if key == Status.TRASH else status_label(key)
        count = self._counts.get(key) if hasattr(self, "_counts") else None
        return name if count is None else f"{name} ({number(count, self.delegate.language)})"

    def _show_counts(self, counts: dict[str, int]) -> None:
        self._counts = counts
        for i, key in enumerate(FILTERS):
            self.filter_combo.setItemText(i, self._filter_label(key))

    def _scroll_back_to(self, position: int) -> None:
        """Keep the list at ``position`` while the batched layout starts again from the top
        after a model reset (a batch per turn of the event loop, the scroll range growing with
        each): until the user scrolls, another list is shown, or a moment has passed."""
        self._wanted_scroll = position
        self._wanted_scroll_timer.start()
        self.view.verticalScrollBar().setValue(position)

    def _range_grew(self, _minimum: int, maximum: int) -> None:
        if self._wanted_scroll is not None:
            self.view.verticalScrollBar().setValue(min(self._wanted_scroll, maximum))

    def _forget_wanted_scroll(self, *_args) -> None:
        self._wanted_scroll = None

    def _apply_browse(self, keep_place: bool = False) -> None:
        self._wanted_scroll = None
        self._search_runner.cancel()
        self.delegate.show_snippets = False
        query = self.browse_query()
        keep_place = keep_place and query == self.model.query
        self.model.set_query(query, keep_count=keep_place)
        if not keep_place:
            self.view.scrollToTop()  # another list (filter, sort): from its top
        self._reselect()

    def _run_search(self) -> None:
        self._search_timer.stop()
        text = self.search_text()
        if len(text.strip()) < MIN_SEARCH_CHARACTERS:
            if self.model.is_search():
                self._apply_browse()
            return
        query = replace(self.browse_query(), text=text)
        articles = self.articles
        # The first page only (snippets for its rows): the rest as the list is scrolled.
        self._search_runner.run(
            lambda: articles.search_headlines(query, 0, SEARCH_PAGE),
            lambda found: self._show_results(query, found),
            lambda exc: self.error_occurred.emit(describe_error(exc)),
        )

    def _show_results(self, query: HeadlineQuery, found: SearchResults) -> None:
        if self.search_text() != query.text:
            return
        self._wanted_scroll = None
        self.delegate.show_snippets = True
        self.model.set_results(query, found.headlines, more=found.more)
        self.view.scrollToTop()
        self._reselect()
        self.search_finished.emit(len(found.headlines))

    def _filters_changed(self) -> None:
        if self.search_text():
            self._run_search()
        else:
            self._apply_browse()
        self.refresh_counts()

    def _sort_changed(self) -> None:
        self.sort_changed.emit(self.sort_combo.currentData())
        if not self.search_text():
            self._apply_browse()

    def _reselect(self) -> None:
        self._reselecting = True
        try:
            row = None
            if self._current_id is not None and self.model.rowCount() > 0:
                self.model.headline(0)  # the first page is what the user sees first
                row = self.model.row_of(self._current_id)
            selection = self.view.selectionModel()
            if row is None:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
            else:
                index = self.model.index(row, 0)
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self._wanted_scroll = None  # the open article's row decides
                self.view.scrollTo(index)
        finally:
            self._reselecting = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._reselecting or not current.isValid():
            return
        headline = self.model.headline(current.row())
        if headline is None or headline.id == self._current_id:
            return
        self._current_id = headline.id
        self.article_selected.emit(headline.id)

    def _update_result_label(self, *_args) -> None:
        n = self.model.rowCount()
        if self.model.is_search() and self.model.has_more_results():
            # broad searches are paged: more are fetched as the list is scrolled
            text = self.tr("%Ln+ result(s)", "", n)
        elif self.model.is_search():
            text = self.tr("%Ln result(s)", "", n)
        else:
            text = self.tr("%Ln article(s)", "", n)
        self.result_label.setText(text)

    def _update_empty_state(self, *_args) -> None:
        """The list, or (when it has no rows) what is not there and what to do next."""
        if self.model.rowCount() > 0:
            self.list_stack.setCurrentWidget(self.view)
            return
        key = self.filter_combo.currentData() or "all"
        if self.model.is_search():
            self._empty_action_key = "clear_search"
            where = (
                self.tr("Nothing in the Trash matches this search.")
                if key == Status.TRASH
                else self.tr("Check the spelling, try fewer or other words, or look in all articles.")
            )
            self.empty_panel.set_content(
                self.tr("No articles found for “{0}”").format(self.model.query.text),
                where,
                self.tr("Clear search"),
            )
        elif key == Status.TRASH:
            self._empty_action_key = ""
            self.empty_panel.set_content(
                self.tr("The Trash is empty"),
                self.tr(
                    "Articles you move to the Trash wait here: you can restore them, or delete them forever."
                ),
            )
        elif key == FOR_ME:
            self._empty_action_key = "all"
            self.empty_panel.set_content(
                self.tr("Nothing waits for you"),
                self.tr(
                    "Articles sent back to you with requested changes appear here, and for editors "
                    "the articles waiting for review."
                ),
                self.tr("Show all articles"),
            )
        elif key == "all":
            self._empty_action_key = "new"
            self.empty_panel.set_content(
                self.tr("No articles yet"),
                self.tr("Write the first one: it is saved as you type."),
                self.tr("New Article"),
            )
        else:
            self._empty_action_key = "all"
            name = status_label(key)
            text = (
                self.tr("Approved or published articles with a publication time still ahead appear here.")
                if key == Status.SCHEDULED
                else self.tr("No article has this status now.")
            )
            self.empty_panel.set_content(
                self.tr("No articles: {0}").format(name), text, self.tr("Show all articles")
            )
        self.list_stack.setCurrentWidget(self.empty_panel)

    def _empty_action(self) -> None:
        action = getattr(self, "_empty_action_key", "")
        if action == "clear_search":
            self.clear_search()
        elif action == "all":
            self.filter_combo.setCurrentIndex(FILTERS.index("all"))
        elif action == "new":
            self.new_requested.emit()

    def _show_context_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        headline = self.model.headline(index.row()) if index.isValid() else None
        menu = QMenu(self)
        new = QAction(icon("file-plus"), self.tr("New Article"), menu)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.triggered.connect(self.new_requested)
        menu.addAction(new)
        if headline is not None:
            article_id = headline.id
            if headline.deleted_at is None:
                menu.addAction(
                    icon("copy"), self.tr("Duplicate"), lambda: self.duplicate_requested.emit(article_id)
                )
                menu.addAction(
                    icon("trash-2"), self.tr("Move to Trash"), lambda: self.trash_requested.emit(article_id)
                )
            else:
                menu.addAction(
                    icon("archive-restore"),
                    self.tr("Restore from Trash"),
                    lambda: self.restore_requested.emit(article_id),
                )
                menu.addAction(
                    icon("circle-x"),
                    self.tr("Delete Forever…"),
                    lambda: self.delete_forever_requested.emit(article_id),
                )
        menu.exec(self.view.viewport().mapToGlobal(position))
        menu.deleteLater()
