"""The SQLite search index keeps no copy of the text: an external-content FTS5 table.

Until now ``article_fts`` held its own copy of every title, summary and body beside the index
(a third of the file). It becomes an FTS5 table whose content is the view
``article_search_source`` (the article's title and summary, its body from ``article_body``):
the index alone is stored, and FTS5 reads the text from the article when it needs it. Triggers
on ``article`` and ``article_body`` keep the index in step with every insert, update and delete,
whoever writes (the code no longer indexes by hand on SQLite).

The index is built into ``article_fts_build`` in committed batches, with progress
(:func:`db.migrate.report_progress`); a cancelled build goes on from its last batch the next
time the database opens. Only when it is complete is the old table dropped and the new one
renamed, in one transaction; the file is then compacted (``VACUUM``: the old copy's pages are
given back) when more than a fifth of it is free. PostgreSQL is unchanged.

``atomic = False``: the runner does not wrap this migration in one transaction (each batch is
one of its own).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from peewee import Database
    from playhouse.migrate import SchemaMigrator

atomic = False

BATCH = 1000

_SOURCE = (
    "CREATE VIEW IF NOT EXISTS article_search_source AS"
    " SELECT a.id AS id, a.title AS title, a.summary AS summary, COALESCE(b.body, '') AS body"
    " FROM article AS a LEFT JOIN article_body AS b ON b.article_id = a.id"
)
_TABLE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS {name} USING fts5(title, summary, body,"
    " content = 'article_search_source', content_rowid = 'id',"
    " tokenize = 'unicode61 remove_diacritics 2')"
)
_BODY = "COALESCE((SELECT body FROM article_body WHERE article_id = {id}), '')"
_ARTICLE = "(SELECT {column} FROM article WHERE id = {id})"
_TRIGGERS = (
    # A new article: indexed with the body it has (none yet, usually: article_body follows).
    "CREATE TRIGGER article_fts_article_insert AFTER INSERT ON article BEGIN"
    " INSERT INTO article_fts (rowid, title, summary, body)"
    f" VALUES (new.id, new.title, new.summary, {_BODY.format(id='new.id')}); END",
    "CREATE TRIGGER article_fts_article_update AFTER UPDATE OF title, summary ON article"
    " WHEN old.title IS NOT new.title OR old.summary IS NOT new.summary BEGIN"
    " INSERT INTO article_fts (article_fts, rowid, title, summary, body)"
    f" VALUES ('delete', old.id, old.title, old.summary, {_BODY.format(id='old.id')});"
    " INSERT INTO article_fts (rowid, title, summary, body)"
    f" VALUES (new.id, new.title, new.summary, {_BODY.format(id='new.id')}); END",
    # BEFORE: the body is still there (the cascade deletes it after the article's row).
    "CREATE TRIGGER article_fts_article_delete BEFORE DELETE ON article BEGIN"
    " INSERT INTO article_fts (article_fts, rowid, title, summary, body)"
    f" VALUES ('delete', old.id, old.title, old.summary, {_BODY.format(id='old.id')}); END",
    "CREATE TRIGGER article_fts_body_insert AFTER INSERT ON article_body"
    " WHEN EXISTS (SELECT 1 FROM article WHERE id = new.article_id) BEGIN"
    " INSERT INTO article_fts (article_fts, rowid, title, summary, body) VALUES ('delete',"
    f" new.article_id, {_ARTICLE.format(column='title', id='new.article_id')},"
    f" {_ARTICLE.format(column='summary', id='new.article_id')}, '');"
    " INSERT INTO article_fts (rowid, title, summary, body) VALUES (new.article_id,"
    f" {_ARTICLE.format(column='title', id='new.article_id')},"
    f" {_ARTICLE.format(column='summary', id='new.article_id')}, new.body); END",
    "CREATE TRIGGER article_fts_body_update AFTER UPDATE OF body ON article_body"
    " WHEN old.body IS NOT new.body AND EXISTS (SELECT 1 FROM article WHERE id = new.article_id)"
    " BEGIN INSERT INTO article_fts (article_fts, rowid, title, summary, body) VALUES ('delete',"
    f" old.article_id, {_ARTICLE.format(column='title', id='old.article_id')},"
    f" {_ARTICLE.format(column='summary', id='old.article_id')}, COALESCE(old.body, ''));"
    " INSERT INTO article_fts (rowid, title, summary, body) VALUES (new.article_id,"
    f" {_ARTICLE.format(column='title', id='new.article_id')},"
    f" {_ARTICLE.format(column='summary', id='new.article_id')}, COALESCE(new.body, '')); END",
    # Only while the article is still there: deleting the article cascades here after its row.
    "CREATE TRIGGER article_fts_body_delete AFTER DELETE ON article_body"
    " WHEN EXISTS (SELECT 1 FROM article WHERE id = old.article_id) BEGIN"
    " INSERT INTO article_fts (article_fts, rowid, title, summary, body) VALUES ('delete',"
    f" old.article_id, {_ARTICLE.format(column='title', id='old.article_id')},"
    f" {_ARTICLE.format(column='summary', id='old.article_id')}, COALESCE(old.body, ''));"
    " INSERT INTO article_fts (rowid, title, summary, body) VALUES (old.article_id,"
    f" {_ARTICLE.format(column='title', id='old.article_id')},"
    f" {_ARTICLE.format(column='summary', id='old.article_id')}, ''); END",
)


def _is_external(db: Database) -> bool:
    row = db.execute_sql("SELECT sql FROM sqlite_master WHERE name = 'article_fts'").fetchone()
    return row is not None and "article_search_source" in row[0]


def up(migrator: SchemaMigrator, db: Database) -> None:
    from db.database import backend_of
    from db.migrate import STEP_COMPACT, STEP_SEARCH_INDEX, report_progress

    if backend_of(db) != "sqlite":
        return
    if not _is_external(db):
        with db.atomic():
            db.execute_sql(_SOURCE)
            db.execute_sql(_TABLE.format(name="article_fts_build"))
        total = db.execute_sql("SELECT COUNT(*) FROM article").fetchone()[0]
        last = db.execute_sql("SELECT COALESCE(MAX(id), 0) FROM article_fts_build_docsize").fetchone()[0]
        done = db.execute_sql("SELECT COUNT(*) FROM article WHERE id <= ?", (last,)).fetchone()[0]
        report_progress(STEP_SEARCH_INDEX, done, total)
        while True:
            ids = [
                r[0]
                for r in db.execute_sql(
                    "SELECT id FROM article WHERE id > ? ORDER BY id LIMIT ?", (last, BATCH)
                ).fetchall()
            ]
            if not ids:
                break
            with db.atomic():
                db.execute_sql(
                    "INSERT INTO article_fts_build (rowid, title, summary, body)"
                    " SELECT id, title, summary, body FROM article_search_source"
                    " WHERE id > ? AND id <= ?",
                    (last, ids[-1]),
                )
            last = ids[-1]
            done += len(ids)
            report_progress(STEP_SEARCH_INDEX, done, total)  # may cancel: the batch is kept
        with db.atomic():
            db.execute_sql("DROP TABLE article_fts")
            db.execute_sql("ALTER TABLE article_fts_build RENAME TO article_fts")
            for trigger in _TRIGGERS:
                db.execute_sql(trigger)
            db.execute_sql("INSERT INTO article_fts (article_fts) VALUES ('optimize')")
    free = db.execute_sql("PRAGMA freelist_count").fetchone()[0]
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    if pages and free * 5 > pages:
        report_progress(STEP_COMPACT, 0, 0)
        db.execute_sql("VACUUM")
        report_progress(STEP_COMPACT, 1, 1)


def down(migrator: SchemaMigrator, db: Database) -> None:
    from db.database import backend_of

    if backend_of(db) != "sqlite":
        return
    with db.atomic():
        for trigger in _TRIGGERS:
            db.execute_sql("DROP TRIGGER IF EXISTS " + trigger.split()[2])
        db.execute_sql("DROP TABLE article_fts")
        db.execute_sql(
            "CREATE VIRTUAL TABLE article_fts USING fts5("
            "title, summary, body, tokenize = 'unicode61 remove_diacritics 2')"
        )
        db.execute_sql(
            "INSERT INTO article_fts (rowid, title, summary, body)"
            " SELECT id, title, summary, body FROM article_search_source"
        )
        db.execute_sql("DROP VIEW article_search_source")
