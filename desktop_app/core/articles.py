"""Article use cases: list, get, create, save (optimistic locking), trash, duplicate."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import gc
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from peewee import SQL, Database, Expression, Field, IntegrityError, ModelSelect, PostgresqlDatabase, fn

from db import search as db_search
from db.database import backend_of
from db.models import (
    Article,
    ArticleBody,
    ArticleTag,
    Category,
    Comment,
    Correction,
    Person,
    Tag,
    database_proxy,
    utcnow,
)

# A search result's snippet has each match between these two characters.
from db.search import MARK_END as MARK_END
from db.search import MARK_START as MARK_START
from desktop_app.core.auth import SignedIn, current_person
from desktop_app.core.errors import ConflictError, NotFound, ValidationError
from desktop_app.core.models import (
    ArticleChanges,
    ArticleData,
    ArticleKind,
    Headline,
    HeadlineQuery,
    row_texts,
    text_fields,
)
from desktop_app.core.press_releases import release_field_problems
from desktop_app.core.snapshots import lock_article, record_revision
from desktop_app.core.status import STORED_STATUSES, Status
from desktop_app.core.text import count_words, make_slug, storable_text

TITLE_MAX_LENGTH = 500
SEARCH_LIMIT = 500
#: Search results the sidebar asks for at a time (more when the list is scrolled).
SEARCH_PAGE = 50
_SEARCH_ORDER = {"updated": "updated_at", "created": "created_at", "title": "title"}


@dataclass(frozen=True)
class SearchResults:
    """A page of search results: ``ranked`` (best first) or in the list's order (a broad
    search), and whether ``more`` follow."""

    headlines: list[Headline]
    ranked: bool
    more: bool


ALL_ARTICLES = HeadlineQuery()
_ID_MIN, _ID_MAX = -(2**63), 2**63 - 1  # a 64-bit integer: the widest key either backend has


class FieldsNotSaved(ValidationError):
    """A save stored every field but the invalid ones, which kept their stored values.

    ``article`` is the article as saved (its new version); ``problems`` the invalid fields' own
    errors, the first of which is also this error's code, field and detail. What was typed in
    those fields is the note of the revision the save recorded; the editor keeps showing it.
    """

    def __init__(self, article: ArticleData, problems: list[ValidationError]) -> None:
        first = problems[0]
        super().__init__(first.code, first.field, first.detail)
        self.article = article
        self.problems = tuple(problems)


#: The PostgreSQL advisory lock that :func:`_lock_names` takes (any constant of Redaksi's own).
NAMES_LOCK_KEY = 0x5265_6461_6B73_6901


def _lock_names() -> None:
    """Until the transaction ends, be the only writer choosing a new slug, category or tag.

    On PostgreSQL (read committed) two workstations would both find a name free and insert it,
    and the second insert would break the unique index. A transaction-level advisory lock makes
    them take turns: once it is granted, every later statement sees the other's committed rows.
    Only writes that make a new name take it. On SQLite writers already take turns (every
    transaction begins IMMEDIATE). Call inside a transaction."""
    database = database_proxy.obj
    if isinstance(database, PostgresqlDatabase):
        database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (NAMES_LOCK_KEY,))


def _unique_slug(base: str, exclude_id: int | None = None) -> str:
    """``base``, or ``base-2``, ``base-3``... whichever no other article uses."""
    _lock_names()
    base = base[:190]

    def taken(where: Expression) -> set[str]:
        query = Article.select(Article.slug).where(where)
        if exclude_id is not None:
            query = query.where(Article.id != exclude_id)
        return {slug for (slug,) in cast(Iterable[tuple[str]], query.tuples())}

    # First the likely candidates by equality (index lookups on every backend); the prefix
    # LIKE below cannot use the slug index and reads every article.
    candidates = [base] + [f"{base}-{n}" for n in range(2, 60)]
    used = taken(Article.slug.in_(candidates))
    free = next((c for c in candidates if c not in used), None)
    if free is not None:
        return free
    used = taken((Article.slug == base) | Article.slug.startswith(base + "-"))
    if base not in used:
        return base
    n = 2
    while f"{base}-{n}" in used:
        n += 1
    return f"{base}-{n}"


_new_object = object.__new__
_set_attribute = object.__setattr__


_T = TypeVar("_T")
#: How often a write that broke a unique index on PostgreSQL is tried (see ``_unique_retry``).
UNIQUE_RETRIES = 5


def _same(value: _T) -> _T:
    return value


class ArticleService:
    """Everything the UI and the CLI do with articles goes through here."""

    def __init__(self, database: Database) -> None:
        self.db = database

    # -- reading ---------------------------------------------------------------------------

    # The headline list is the hot path (100k articles, every filter change): rows come back as
    # plain tuples, names from two small maps instead of JOINs, dates parsed by
    # ``fromisoformat``. bench/storage.py measures it against the same query in raw sqlite3.
    _HEADLINE_COLUMNS = (
        Article.id,
        Article.uuid,
        Article.title,
        Article.slug,
        Article.status,
        Article.category,
        Article.author,
        Article.created_at,
        Article.updated_at,
        Article.publish_at,
        Article.deleted_at,
        Article.word_count,
        Article.kind,
        Article.release_number,
    )

    def _headline_query(self, query: HeadlineQuery) -> ModelSelect[Article]:
        return self._filter(Article.select(*self._HEADLINE_COLUMNS), query)

    @staticmethod
    def _filter(q: ModelSelect[Article], query: HeadlineQuery) -> ModelSelect[Article]:
        if query.trash:
            q = q.where(Article.deleted_at.is_null(False))
        else:
            q = q.where(Article.deleted_at.is_null(True))
        if query.status == Status.SCHEDULED:
            q = q.where(scheduled_condition())
        elif query.status:
            q = q.where(Article.status == query.status)
        if query.author_id is not None:
            q = q.where(Article.author == query.author_id)
        if query.category:
            sub = Category.select(Category.id).where(Category.name == query.category)
            q = q.where(Article.category.in_(sub))
        if query.waiting_on is not None:
            q = q.where(waiting_on_condition(query.waiting_on))
        return q

    @staticmethod
    def _order(q: ModelSelect[Article], query: HeadlineQuery) -> ModelSelect[Article]:
        columns: dict[str, Field[Any]] = {
            "updated": Article.updated_at,
            "created": Article.created_at,
            "title": Article.title,
        }
        column = columns[query.sort]
        if query.descending:
            return q.order_by(column.desc(), Article.id.desc())
        return q.order_by(column.asc(), Article.id.asc())

    def _headlines(self, q: ModelSelect[Article], snippets: dict[int, str] | None = None) -> list[Headline]:
        """Run a :meth:`_headline_query` and build its rows, in its order."""
        sql, params = q.sql()
        collecting = gc.isenabled()
        gc.disable()  # tens of thousands of new objects, no cycles: skip the collector's passes
        try:
            rows = self.db.execute_sql(sql, params).fetchall()
            return self._build_headlines(rows, snippets) if rows else []
        finally:
            if collecting:
                gc.enable()

    @staticmethod
    def _build_headlines(rows: list[tuple[Any, ...]], snippets: dict[int, str] | None) -> list[Headline]:
        category = dict(
            cast(Iterable[tuple[int, str]], Category.select(Category.id, Category.name).tuples())
        ).get
        person = dict(cast(Iterable[tuple[int, str]], Person.select(Person.id, Person.name).tuples())).get
        # SQLite hands back text, PostgreSQL datetimes: parse like peewee would, only faster.
        when = _dt.datetime.fromisoformat if isinstance(rows[0][7], str) else _same
        snippet = (snippets or {}).get
        ids = [row[0] for row in rows]
        open_comments = _open_comment_counts(ids if len(ids) <= 1000 else None).get
        sent_back = [row[0] for row in rows if row[4] == Status.CHANGES_REQUESTED]
        requests = _change_requests(sent_back).get
        headlines: list[Headline] = []
        append = headlines.append
        for (
            id_,
            uuid,
            title,
            slug,
            status,
            category_id,
            author_id,
            created_at,
            updated_at,
            publish_at,
            deleted_at,
            word_count,
            kind,
            release_number,
        ) in rows:
            # The same object as Headline(...), without the frozen dataclass's thirteen
            # object.__setattr__ calls (half the time of a 60k-row list).
            headline = _new_object(Headline)
            _set_attribute(
                headline,
                "__dict__",
                {
                    "id": id_,
                    "uuid": uuid,
                    "title": title,
                    "slug": slug,
                    "status": status,
                    "category": category(category_id),
                    "author": person(author_id),
                    "created_at": when(created_at),
                    "updated_at": when(updated_at),
                    "publish_at": publish_at and when(publish_at),
                    "deleted_at": deleted_at and when(deleted_at),
                    "word_count": word_count,
                    "snippet": snippet(id_, ""),
                    "open_comments": open_comments(id_, 0),
                    "change_note": "",
                    "change_by": "",
                    "kind": kind,
                    "release_number": release_number,
                },
            )
            if status == Status.CHANGES_REQUESTED:
                request = requests(id_)
                if request is not None:
                    headline.__dict__["change_note"] = request.note
                    headline.__dict__["change_by"] = request.by or ""
            append(headline)
        return headlines

    def count(self, query: HeadlineQuery = ALL_ARTICLES) -> int:
        if query.text.strip():
            where = self._search_where(query)
            if where is None:
                return 0
            if query.waiting_on is not None or query.status == Status.SCHEDULED:
                return len(self._search_within(query, where, 0).headlines)
            return min(
                SEARCH_LIMIT,
                db_search.count(
                    self.db, query.text, include_deleted=query.trash, only_deleted=query.trash, where=where
                ),
            )
        return self._filter(Article.select(fn.COUNT(SQL("*"))), query).scalar() or 0

    def _search_where(self, query: HeadlineQuery) -> dict[str, object] | None:
        """The list filters as :func:`db.search.search` conditions; None: nothing can match."""
        where: dict[str, object] = {}
        if query.status and query.status != Status.SCHEDULED:  # scheduled: see _search_within
            where["status"] = query.status
        if query.author_id is not None:
            where["author_id"] = query.author_id
        if query.category:
            category_id = Category.select(Category.id).where(Category.name == query.category).scalar()
            if category_id is None:
                return None
            where["category_id"] = category_id
        return where

    def search_headlines(
        self, query: HeadlineQuery, offset: int = 0, limit: int = SEARCH_PAGE
    ) -> SearchResults:
        """One page of the articles matching ``query.text``, with snippets made for these rows
        only. Selective searches are ranked (best first); broad ones (the first letters of a
        common word) follow the list's sort (``ranked`` is False); ``more`` says whether
        another page follows."""
        where = self._search_where(query)
        if where is None or not query.text.strip():
            return SearchResults([], True, False)
        if query.waiting_on is not None or query.status == Status.SCHEDULED:
            return self._search_within(query, where, offset)
        page = db_search.search_page(
            self.db,
            query.text,
            offset,
            limit,
            order=_SEARCH_ORDER[query.sort],
            descending=query.descending,
            include_deleted=query.trash,
            only_deleted=query.trash,
            where=where,
        )
        if not page.ids:
            return SearchResults([], page.ranked, page.more)
        snippets = db_search.snippets(self.db, query.text, page.ids)
        rows = {
            h.id: h
            for h in self._headlines(
                self._headline_query(query).where(Article.id.in_(page.ids)),
                snippets,
            )
        }
        return SearchResults([rows[i] for i in page.ids if i in rows], page.ranked, page.more)

    def _search_within(self, query: HeadlineQuery, where: dict[str, object], offset: int) -> SearchResults:
        """The search within a short list ("For me", "Scheduled"), searched whole (one page,
        ranked)."""
        if offset:
            return SearchResults([], True, False)
        found = cast(Iterable[tuple[int]], self._filter(Article.select(Article.id), query).tuples())
        waiting = {id_ for (id_,) in found}
        if not waiting:
            return SearchResults([], True, False)
        page = db_search.search_page(
            self.db,
            query.text,
            0,
            SEARCH_LIMIT,
            order=_SEARCH_ORDER[query.sort],
            descending=query.descending,
            where=where,
        )
        ids = [i for i in page.ids if i in waiting]
        if not ids:
            return SearchResults([], True, False)
        snippets = db_search.snippets(self.db, query.text, ids)
        rows = {
            h.id: h for h in self._headlines(self._headline_query(query).where(Article.id.in_(ids)), snippets)
        }
        return SearchResults([rows[i] for i in ids if i in rows], page.ranked, False)

    def list_headlines(
        self, query: HeadlineQuery = ALL_ARTICLES, offset: int = 0, limit: int | None = None
    ) -> list[Headline]:
        """One page of headlines. With ``query.text``, the matches (at most
        :data:`SEARCH_LIMIT` when ``limit`` is None) as :meth:`search_headlines` orders them,
        with snippets."""
        if query.text.strip():
            wanted = SEARCH_LIMIT if limit is None else limit
            return self.search_headlines(query, offset, wanted).headlines
        q = self._order(self._headline_query(query), query)
        if limit is not None and offset:
            # Deep pages: skip rows in the (covering) index, then read only the page's rows.
            page = self._order(self._filter(Article.select(Article.id), query), query)
            q = self._order(Article.select(*self._HEADLINE_COLUMNS), query).where(
                Article.id.in_(page.limit(limit).offset(offset))
            )
        elif limit is not None:
            q = q.limit(limit)
        elif offset:
            q = q.offset(offset)
        return self._headlines(q)

    def status_counts(self, now: _dt.datetime | None = None) -> dict[str, int]:
        """Articles not in the Trash per stored status (every one, 0 when none), plus
        ``"all"``, ``"scheduled"`` (see :func:`scheduled_condition`; they are also counted under
        their stored status) and ``"trash"``."""
        rows = (
            Article.select(Article.status, fn.COUNT(Article.id))
            .where(Article.deleted_at.is_null(True))
            .group_by(Article.status)
            .tuples()
        )
        counts: dict[str, int] = {status.value: 0 for status in STORED_STATUSES}
        counts.update({status: n for status, n in cast(Iterable[tuple[str, int]], rows)})
        counts["all"] = sum(counts.values())
        counts[Status.SCHEDULED] = (
            Article.select().where(Article.deleted_at.is_null(True) & scheduled_condition(now)).count()
        )
        counts[Status.TRASH] = Article.select().where(Article.deleted_at.is_null(False)).count()
        return counts

    def _row(self, article_id: int) -> Article:
        if not _ID_MIN <= article_id <= _ID_MAX:  # no such row (SQLite cannot even compare it)
            raise NotFound("article", article_id)
        row = Article.get_or_none(Article.id == article_id)
        if row is None:
            raise NotFound("article", article_id)
        return row

    def get(self, article_id: int) -> ArticleData:
        row = self._row(article_id)
        body = ArticleBody.get_or_none(ArticleBody.article == article_id)
        tags = tuple(
            t.name
            for t in Tag.select(Tag.name)
            .join(ArticleTag)
            .where(ArticleTag.article == article_id)
            .order_by(ArticleTag._meta.primary_key)  # the order they were typed in (see _set_tags)
        )
        category = row.category if row.category_id else None
        author = row.author if row.author_id else None
        return ArticleData(
            id=row.id,
            uuid=row.uuid,
            slug=row.slug,
            body=body.body if body else "",
            **row_texts(row),
            category=category.name if category else None,
            tags=tags,
            author_id=row.author_id,
            author=author.name if author else None,
            featured_image_id=row.featured_image_id,
            status=row.status,
            publish_at=row.publish_at,
            published_at=row.published_at,
            published_revision=row.published_revision,
            version=row.version,
            word_count=row.word_count,
            created_at=row.created_at,
            updated_at=row.updated_at,
            deleted_at=row.deleted_at,
            kind=row.kind,
            release_number=row.release_number,
        )

    def get_by_slug(self, slug: str) -> ArticleData:
        row = Article.get_or_none(Article.slug == slug)
        if row is None:
            raise NotFound("article", slug)
        return self.get(row.id)

    def categories(self) -> list[str]:
        return [c.name for c in Category.select(Category.name).order_by(Category.name)]

    def tags(self) -> list[str]:
        return [t.name for t in Tag.select(Tag.name).order_by(Tag.name)]

    def authors(self) -> list[tuple[int, str]]:
        return [(p.id, p.name) for p in Person.select().order_by(Person.name)]

    # -- writing ---------------------------------------------------------------------------

    @staticmethod
    def _storable(changes: ArticleChanges) -> ArticleChanges:
        """``changes`` without the characters no text can keep (NUL, control characters...:
        :func:`storable_text`). The editor removes them as they are typed or pasted and says
        so; this is the last line, for every other way in."""
        texts: dict[str, Any] = {name: storable_text(value) for name, value in text_fields(changes).items()}
        return dataclasses.replace(
            changes,
            **texts,
            category=None if changes.category is None else storable_text(changes.category),
            tags=[storable_text(tag) for tag in changes.tags],
            slug=None if changes.slug is None else storable_text(changes.slug),
        )

    @staticmethod
    def _problems(changes: ArticleChanges) -> list[ValidationError]:
        """One error per field the database cannot keep as it is (in the order of the form)."""
        problems = []
        if len(changes.title) > TITLE_MAX_LENGTH:
            problems.append(ValidationError("title_too_long", "title", str(TITLE_MAX_LENGTH)))
        # Names the database keeps in limited columns (PostgreSQL refuses longer ones; SQLite
        # would keep them, and the two must behave alike).
        limits = (
            ("category_too_long", "category", [(changes.category or "").strip()], Category.name.max_length),
            ("tag_too_long", "tags", [t.strip() for t in changes.tags], Tag.name.max_length),
            ("dateline_too_long", "dateline", [changes.dateline], Article.dateline.max_length),
        )
        for code, name, values, limit in limits:
            if any(len(value) > limit for value in values):
                problems.append(ValidationError(code, name, str(limit)))
        problems.extend(release_field_problems(changes))
        return problems

    @staticmethod
    def _hold_back(
        changes: ArticleChanges, problems: list[ValidationError], current: ArticleData
    ) -> tuple[ArticleChanges, str]:
        """``changes`` with the stored value in each field of ``problems``, and a note of what
        was typed there (kept in the save's revision, so that a crash cannot lose it)."""
        kept: dict[str, Any] = {}
        typed: list[str] = []
        for problem in problems:
            name = problem.field
            if name == "tags":
                kept[name] = list(current.tags)
                typed.append(f"{name}: {', '.join(changes.tags)}")
            else:
                kept[name] = getattr(current, name)
                typed.append(f"{name}: {getattr(changes, name) or ''}")
        return dataclasses.replace(changes, **kept), "\n".join(typed)

    def _unique_retry(self, write: Callable[[], _T]) -> _T:
        """``write()`` in a transaction; on PostgreSQL run again (rolled back whole) when it broke
        a unique index: another workstation inserted the same name first. New slugs, categories
        and tags are chosen under :func:`_lock_names`; this is the net under it (a name chosen by
        a writer that does not take the lock). On SQLite writers take turns (``BEGIN
        IMMEDIATE``): an ``IntegrityError`` there is real."""
        attempts = UNIQUE_RETRIES if backend_of(self.db) == "postgresql" else 1
        for attempt in range(1, attempts + 1):
            try:
                with self.db.atomic():
                    return write()
            except IntegrityError:
                if attempt == attempts:
                    raise
        raise AssertionError("unreachable")

    @staticmethod
    def ensure_category(name: str | None) -> Category | None:
        name = (name or "").strip()
        if not name:
            return None
        category = Category.get_or_none(Category.name == name)
        if category is None:
            _lock_names()
            category = Category.get_or_none(Category.name == name)  # made while we waited?
        if category is None:
            slug = make_slug(name)
            n = 2
            base = slug
            while Category.select().where(Category.slug == slug).exists():
                slug = f"{base}-{n}"
                n += 1
            category = Category.create(name=name, slug=slug)
        return category

    @staticmethod
    def _set_tags(article_id: int, names: list[str]) -> None:
        """Link the article to ``names`` in the order given (the links' ids keep it; a name
        that repeats another, whatever its case, is dropped)."""
        wanted = unique_tags(names)
        ArticleTag.delete().where(ArticleTag.article == article_id).execute()
        for name in wanted:
            tag = Tag.get_or_none(fn.LOWER(Tag.name) == name.lower())
            if tag is None:
                _lock_names()
                tag = Tag.get_or_none(fn.LOWER(Tag.name) == name.lower())  # made while we waited?
            if tag is None:
                slug = make_slug(name)
                base, n = slug, 2
                while Tag.select().where(Tag.slug == slug).exists():
                    slug, n = f"{base}-{n}", n + 1
                tag = Tag.create(name=name, slug=slug)
            ArticleTag.create(article=article_id, tag=tag)

    def create(
        self,
        changes: ArticleChanges | None = None,
        *,
        actor: SignedIn | None = None,
    ) -> ArticleData:
        """A new draft (a status is reached only through the workflow). ``actor``: who made it
        (its revision's author, and the article's when ``changes`` names none); None: nobody."""
        actor_id = actor_id_of(actor)
        changes = self._storable(changes or ArticleChanges(title=""))
        problems = self._problems(changes)
        if problems:  # nothing stored yet to keep instead: the article is not made
            raise problems[0]

        def write() -> int:
            now = utcnow()
            slug = _unique_slug(make_slug(changes.slug or changes.title))
            article = Article.create(
                slug=slug,
                kind=changes.kind or ArticleKind.NEWS,
                **row_texts(changes),
                category=self.ensure_category(changes.category),
                author=changes.author_id or actor_id,
                featured_image=changes.featured_image_id,
                status=Status.DRAFT,
                publish_at=changes.publish_at,
                word_count=count_words(changes.body),
                created_at=now,
                updated_at=now,
            )
            ArticleBody.create(article=article, body=changes.body)
            self._set_tags(article.id, changes.tags)
            db_search.index_article(self.db, article.id, changes.title, changes.summary, changes.body)
            record_revision(article.id, "create", actor_id)
            return int(article.id)

        article_id = self._unique_retry(write)
        return self.get(article_id)

    def save(
        self,
        article_id: int,
        changes: ArticleChanges,
        expected_version: int,
        *,
        actor: SignedIn | None = None,
        reason: str | None = None,
    ) -> ArticleData:
        """Save if nobody saved since ``expected_version``; otherwise keep the text as a
        conflict revision and raise :class:`ConflictError`. ``reason`` records a revision, by
        ``actor`` (signed in; None: nobody named).

        A field the database cannot keep (a title over :data:`TITLE_MAX_LENGTH` characters, a
        dateline, category or tag too long) does not stop the others: they are saved, that field
        keeps its stored value, what was typed in it is the note of a revision (``reason``, else
        an autosave), and :class:`FieldsNotSaved` says so after the commit. When nothing else
        changed, only that note is kept: the article's version stays (saving again and again
        while the field is being fixed is no edit another writer would conflict with)."""
        actor_id = actor_id_of(actor)
        changes = self._storable(changes)
        problems = self._problems(changes)
        note = ""
        unchanged: ArticleData | None = None
        with self.db.atomic():
            if problems:
                stored = self.get(article_id)
                changes, note = self._hold_back(changes, problems, stored)
                if stored.version == expected_version and _unchanged(changes, stored):
                    record_revision(article_id, reason or "autosave", actor_id, note=note)
                    unchanged = stored
        if unchanged is not None:
            raise FieldsNotSaved(unchanged, problems)

        def write() -> ArticleData | None:
            lock_article(article_id)  # first: then the names' lock, in one order for every writer
            current = self._row(article_id)
            if changes.slug is None:
                slug = (
                    current.slug
                    if make_slug(changes.title) == _slug_base(current.slug)
                    else _unique_slug(make_slug(changes.title), article_id)
                )
            else:
                slug = _unique_slug(make_slug(changes.slug), article_id)
            # A numbered press release stays one: its number is in the register.
            kind = current.kind if changes.kind is None or current.release_number else changes.kind
            updated = (
                Article.update(
                    slug=slug,
                    kind=kind,
                    **row_texts(changes),
                    category=self.ensure_category(changes.category),
                    author=changes.author_id if changes.author_id else current.author_id,
                    featured_image=changes.featured_image_id,
                    publish_at=changes.publish_at,
                    word_count=count_words(changes.body),
                    updated_at=utcnow(),
                    version=Article.version + 1,
                )
                .where((Article.id == article_id) & (Article.version == expected_version))
                .execute()
            )
            if updated:
                ArticleBody.insert(article=article_id, body=changes.body).on_conflict(
                    conflict_target=[ArticleBody.article],
                    update={ArticleBody.body: changes.body},
                ).execute()
                self._set_tags(article_id, changes.tags)
                db_search.index_article(self.db, article_id, changes.title, changes.summary, changes.body)
                if reason or note:
                    record_revision(article_id, reason or "autosave", actor_id, note=note)
                # Read inside the transaction: the version this save made, which the editor
                # goes on from. After the commit another writer's save may already be there,
                # and an editor taking that as its base would overwrite it unseen.
                return self.get(article_id)
            return None

        saved = self._unique_retry(write)
        if saved is None:
            with self.db.atomic():
                number = record_revision(
                    article_id,
                    "conflict",
                    actor_id,
                    changes=changes,
                    note="\n".join(filter(None, [f"based on version {expected_version}", note])),
                )
            raise ConflictError(article_id, expected_version, self._row(article_id).version, number)
        if problems:
            raise FieldsNotSaved(saved, problems)
        return saved

    def trash(self, article_id: int) -> None:
        with self.db.atomic():
            Article.update(deleted_at=utcnow(), version=Article.version + 1).where(
                Article.id == article_id
            ).execute()

    def restore(self, article_id: int) -> None:
        with self.db.atomic():
            Article.update(deleted_at=None, version=Article.version + 1).where(
                Article.id == article_id
            ).execute()

    def delete_forever(self, article_id: int) -> None:
        """Only from the Trash: a live article must be trashed first."""
        row = self._row(article_id)
        if row.deleted_at is None:
            raise ValidationError("not_in_trash", "article")
        with self.db.atomic():
            db_search.unindex_article(self.db, article_id)
            Article.delete().where(Article.id == article_id).execute()

    def duplicate(
        self, article_id: int, *, actor: SignedIn | None = None, copy_suffix: str = " (salinan)"
    ) -> ArticleData:
        source = self.get(article_id)
        texts = text_fields(source)
        texts["title"] = (source.title + copy_suffix)[:TITLE_MAX_LENGTH]
        changes = ArticleChanges(
            **texts,
            category=source.category,
            tags=list(source.tags),
            author_id=actor_id_of(actor) or source.author_id,
            featured_image_id=source.featured_image_id,
            kind=source.kind,
        )
        return self.create(changes, actor=actor)


def actor_id_of(actor: SignedIn | None) -> int | None:
    """The signed-in person's id (checked: still here and active), or None."""
    return current_person(actor).id if actor is not None else None


def scheduled_condition(now: _dt.datetime | None = None) -> Expression:
    """The "Scheduled" list: articles with a publication time still ahead that are published
    (they go online then, see :func:`desktop_app.core.workflow.display_status`) or approved
    with that time set as their embargo (publishing them puts them online then). Trashed ones
    are left out by the list's own condition."""
    now = now or utcnow()
    return Article.status.in_((Status.PUBLISHED, Status.APPROVED)) & (Article.publish_at > now)


def waiting_on_condition(person_id: int) -> Expression:
    """What waits on the person: their articles sent back to them; for an editor or an admin
    also every article waiting for review, and every correction waiting for approval."""
    role = Person.select(Person.role).where(Person.id == person_id).scalar()
    condition = (Article.status == Status.CHANGES_REQUESTED) & (Article.author == person_id)
    if role in ("editor", "admin"):
        condition |= Article.status == Status.IN_REVIEW
        pending = Correction.select(Correction.article).where(Correction.state == "pending")
        condition |= (Article.status == Status.PUBLISHED) & Article.id.in_(pending)
    return condition


def _change_requests(article_ids: list[int]) -> dict[int, Any]:
    """The change requests waiting on the writers of ``article_ids`` (see
    :func:`desktop_app.core.workflow.change_requests`)."""
    if not article_ids:
        return {}
    from desktop_app.core.change_requests import change_requests

    return dict(change_requests(article_ids))


def _open_comment_counts(article_ids: list[int] | None) -> dict[int, int]:
    """Unresolved comment threads per article (of ``article_ids``, or of all articles)."""
    q = (
        Comment.select(Comment.article, fn.COUNT(Comment.id))
        .where(Comment.parent.is_null(True) & Comment.resolved_at.is_null(True))
        .group_by(Comment.article)
    )
    if article_ids is not None:
        q = q.where(Comment.article.in_(article_ids))
    return dict(cast(Iterable[tuple[int, int]], q.tuples()))


def unique_tags(names: Iterable[str]) -> list[str]:
    """Tag names as they are kept: stripped, in the order typed, without empty names and
    without a name that repeats an earlier one in another case ("Banjir, banjir" is "Banjir")."""
    seen: set[str] = set()
    kept: list[str] = []
    for raw in names:
        name = raw.strip()
        key = name.casefold()
        if name and key not in seen:
            seen.add(key)
            kept.append(name)
    return kept


def _unchanged(changes: ArticleChanges, stored: ArticleData) -> bool:
    """Whether saving ``changes`` would store exactly what ``stored`` holds (when in doubt:
    False, and the save writes)."""
    slug = make_slug(changes.slug) if changes.slug is not None else make_slug(changes.title)
    return (
        text_fields(changes) == text_fields(stored)
        and ((changes.category or "").strip() or None) == stored.category
        # the order counts (it is shown); the case does not (a tag is stored in its first spelling)
        and [t.casefold() for t in unique_tags(changes.tags)] == [t.casefold() for t in stored.tags]
        and (slug == stored.slug if changes.slug is not None else slug == _slug_base(stored.slug))
        and (changes.author_id or stored.author_id) == stored.author_id
        and changes.featured_image_id == stored.featured_image_id
        and changes.publish_at == stored.publish_at
        and (changes.kind is None or changes.kind == stored.kind)
    )


def _slug_base(slug: str) -> str:
    """``rapat-staf-2`` -> ``rapat-staf`` (the part the title produced)."""
    head, _, tail = slug.rpartition("-")
    return head if head and tail.isdigit() else slug
