"""The headline list's model: knows the row count, loads rows by the page, on demand.

A 100k-article archive costs one ``COUNT`` and, for what is on screen, one or two pages of
narrow rows; nothing ever loads the whole table. Search results (at most a few hundred, ranked)
are handed in whole, computed off the GUI thread by the sidebar.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop_app.core.articles import SEARCH_PAGE, ArticleService, SearchResults
from desktop_app.core.change_requests import change_request
from desktop_app.core.models import ArticleData, ArticleKind, Headline, HeadlineQuery
from desktop_app.core.presence import Presence
from desktop_app.core.status import Status
from desktop_app.labels import release_mark
from desktop_app.workers import LatestOnly

HeadlineRole = Qt.ItemDataRole.UserRole + 1
ArticleIdRole = Qt.ItemDataRole.UserRole + 2
# Who else is editing the row's article (a core ``Presence``), or None.
EditingRole = Qt.ItemDataRole.UserRole + 3
PAGE_SIZE = 200
MAX_CACHED_PAGES = 40

_Index = QModelIndex | QPersistentModelIndex


def headline_from_article(article: ArticleData, snippet: str = "") -> Headline:
    return Headline(
        id=article.id,
        uuid=article.uuid,
        title=article.title,
        slug=article.slug,
        status=article.status,
        category=article.category,
        author=article.author,
        created_at=article.created_at,
        updated_at=article.updated_at,
        publish_at=article.publish_at,
        deleted_at=article.deleted_at,
        word_count=article.word_count,
        snippet=snippet,
        kind=article.kind,
        release_number=article.release_number,
    )


class HeadlineModel(QAbstractListModel):
    """One row per article of ``query``; ``data`` fetches the row's page when first asked."""

    count_changed = Signal(int)

    def __init__(self, articles: ArticleService, parent=None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.articles = articles
        self.page_size = page_size
        self.query = HeadlineQuery()
        self._count = 0
        self._pages: OrderedDict[int, list[Headline]] = OrderedDict()
        self._results: list[Headline] | None = None  # search results, held whole
        self.pages_loaded = 0  # for tests and benchmarks
        self.count_known = True
        self._counter = LatestOnly()
        self._fetcher = LatestOnly()
        self._more = False  # search results: another page to fetch
        self._fetching = False
        self._editing: dict[int, Presence] = {}  # article id: another window editing it

    # -- Qt ---------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else self._count

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        headline = self.headline(index.row())
        if headline is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return headline.title or self.tr("(untitled)")
        if role == HeadlineRole:
            return headline
        if role == ArticleIdRole:
            return headline.id
        if role == EditingRole:
            return self._editing.get(headline.id)
        if role == Qt.ItemDataRole.AccessibleTextRole or role == Qt.ItemDataRole.ToolTipRole:
            title = (
                headline.title
                if role == Qt.ItemDataRole.ToolTipRole
                else headline.title or self.tr("(untitled)")
            )
            if headline.kind == ArticleKind.PRESS_RELEASE:
                title += "\n" + release_mark(headline.release_number)
            if headline.change_note:
                title += "\n" + self.tr("Changes requested by {0}: {1}").format(
                    headline.change_by or "—", headline.change_note
                )
            editing = self._editing.get(headline.id)
            if editing is None:
                return title
            return f"{title}\n" + self.tr("Being edited by {0}").format(editing.person_name)
        return None

    # -- queries ----------------------------------------------------------------------------

    def set_query(self, query: HeadlineQuery, *, keep_count: bool = False) -> None:
        """Browse ``query`` (without text): the first page now, the other rows when shown.

        When the first page is full, the real row count comes from a worker thread a moment
        later (counting 100k rows takes ~20 ms, twice the first paint); until then the list
        holds the first page, or with ``keep_count`` (the same list again after an article was
        added or trashed) as many rows as before, so that the view keeps its place.
        ``count_known`` tells which.
        """
        previous = self._count
        self.beginResetModel()
        self.query = replace(query, text="")
        self._results = None
        self._pages.clear()
        first = self._load_page(0)
        self._count = len(first)
        self.count_known = len(first) < self.page_size
        if keep_count and not self.count_known:
            self._count = max(self._count, previous)  # corrected when the count arrives
        self.endResetModel()
        if not self.count_known:
            query_now, articles = self.query, self.articles
            self._counter.run(lambda: articles.count(query_now), lambda n: self._count_arrived(query_now, n))

    def _count_arrived(self, query: HeadlineQuery, count: int) -> None:
        if query != self.query or self._results is not None:
            return
        self.count_known = True
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self.endRemoveRows()
        self.count_changed.emit(count)

    def set_results(self, query: HeadlineQuery, results: list[Headline], *, more: bool = False) -> None:
        """Show search results (the first page, computed elsewhere, usually in a worker);
        ``more``: the next pages are fetched when the view scrolls to the end (``fetchMore``)."""
        self._fetcher.cancel()
        self._fetching = False
        self.beginResetModel()
        self.query = query
        self._results = list(results)
        self._more = more
        self._pages.clear()
        self._count = len(self._results)
        self.count_known = not more
        self.endResetModel()
        self.count_changed.emit(self._count)

    def has_more_results(self) -> bool:
        """Search results beyond the rows shown exist (fetched on scroll)."""
        return self._results is not None and self._more

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802 - Qt signature
        return not parent.isValid() and self.has_more_results() and not self._fetching

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802 - Qt signature
        """The next page of search results, from a worker; appended when it arrives."""
        if not self.canFetchMore(parent) or self._results is None:
            return
        self._fetching = True
        query, offset, articles = self.query, len(self._results), self.articles
        self._fetcher.run(
            lambda: articles.search_headlines(query, offset, SEARCH_PAGE),
            lambda found: self._more_arrived(query, offset, found),
            lambda _exc: self._fetch_failed(),
        )

    def _fetch_failed(self) -> None:
        self._fetching = False
        self._more = False  # the error is not repeated on every scroll

    def _more_arrived(self, query: HeadlineQuery, offset: int, found: SearchResults) -> None:
        self._fetching = False
        if query != self.query or self._results is None or len(self._results) != offset:
            return
        known = {h.id for h in self._results}
        rows = [h for h in found.headlines if h.id not in known]  # an article saved meanwhile
        self._more = found.more
        self.count_known = not found.more
        if rows:
            self.beginInsertRows(QModelIndex(), self._count, self._count + len(rows) - 1)
            self._results.extend(rows)
            self._count = len(self._results)
            self.endInsertRows()
        self.count_changed.emit(self._count)

    def is_search(self) -> bool:
        return self._results is not None

    def reload(self) -> None:
        """Count again and forget cached pages (after a new, trashed or restored article)."""
        if self._results is not None:
            self.beginResetModel()
            self._results = [h for h in self._results if self._still_matches(h.id)]
            self._count = len(self._results)
            self.endResetModel()
            return
        self.set_query(self.query, keep_count=True)

    def _still_matches(self, article_id: int) -> bool:
        try:
            article = self.articles.get(article_id)
        except Exception:  # noqa: BLE001 - deleted for good
            return False
        return (article.deleted_at is not None) == self.query.trash

    # -- rows -------------------------------------------------------------------------------

    def headline(self, row: int) -> Headline | None:
        if row < 0 or row >= self._count:
            return None
        if self._results is not None:
            return self._results[row]
        number, offset = divmod(row, self.page_size)
        page = self._pages.get(number)
        if page is None:
            page = self._load_page(number)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def _load_page(self, number: int) -> list[Headline]:
        page = self.articles.list_headlines(self.query, number * self.page_size, self.page_size)
        self.pages_loaded += 1
        self._pages[number] = page
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return page

    def row_of(self, article_id: int) -> int | None:
        """The row of a loaded article (pages not yet loaded are not searched)."""
        if self._results is not None:
            for row, h in enumerate(self._results):
                if h.id == article_id:
                    return row
            return None
        for number, page in self._pages.items():
            for offset, h in enumerate(page):
                if h.id == article_id:
                    return number * self.page_size + offset
        return None

    def update_headline(self, headline: Headline) -> None:
        """Show new text for a row in place (after a save), without reordering the list."""
        row = self.row_of(headline.id)
        if row is None:
            return
        old = self.headline(row)
        if old is None:
            return
        note, by = "", ""
        if headline.status == Status.CHANGES_REQUESTED:
            if old.status == headline.status:
                note, by = old.change_note, old.change_by
            else:
                request = change_request(headline.id)
                if request is not None:
                    note, by = request.note, request.by or ""
        self._replace_row(
            row,
            replace(
                headline,
                snippet=old.snippet,
                open_comments=old.open_comments,
                change_note=note,
                change_by=by,
            ),
        )

    def set_open_comments(self, article_id: int, count: int) -> None:
        """A comment was added, resolved or reopened: show the new count in that row."""
        row = self.row_of(article_id)
        if row is not None:
            self._replace_row(row, replace(self.headline(row), open_comments=count))

    def set_editing(self, editing: dict[int, Presence]) -> None:
        """The articles other windows are editing now (refreshed on each heartbeat): their rows
        are marked."""
        changed = {
            article_id
            for article_id in set(editing) | set(self._editing)
            if editing.get(article_id) != self._editing.get(article_id)
        }
        self._editing = dict(editing)
        for article_id in changed:
            row = self.row_of(article_id)
            if row is not None:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)

    def editing(self, article_id: int) -> Presence | None:
        return self._editing.get(article_id)

    def _replace_row(self, row: int, headline: Headline) -> None:
        if self._results is not None:
            self._results[row] = headline
        else:
            number, offset = divmod(row, self.page_size)
            self._pages[number][offset] = headline
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)
