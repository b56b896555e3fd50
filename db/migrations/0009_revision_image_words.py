"""The words shown with an article's images (alt text, caption, credit) are part of a revision:
what an editor approves and what the website shows are the words of that snapshot, not whatever
the media library says at export time.

``revision.image_words`` is JSON ``{asset uuid: [alt, caption, credit]}``; ``''`` means "not
recorded" (the core then reads the media library, as before). The revision each live or
scheduled article publishes gets the library's words of today, so from this version on no
change in the library reaches the website without a new approval.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from peewee import Database
    from playhouse.migrate import SchemaMigrator

_ASSET_REFERENCE = re.compile(r"asset:([0-9a-fA-F-]{36})")
_BATCH = 200


def up(migrator: SchemaMigrator, db: Database) -> None:
    # NOT NULL with a default is accepted by ADD COLUMN on SQLite and PostgreSQL alike, fills
    # every existing row with '' and rebuilds no table (peewee's add_column would copy the
    # whole revision table on SQLite to add the NOT NULL).
    db.execute_sql("ALTER TABLE revision ADD COLUMN image_words TEXT NOT NULL DEFAULT ''")

    p = db.param
    published: list[tuple[int, int | None]] = [
        (row[0], row[1])
        for row in db.execute_sql(
            "SELECT r.id, r.featured_image FROM revision r JOIN article a"
            " ON r.article_id = a.id AND r.number = a.published_revision ORDER BY r.id"
        ).fetchall()
    ]
    for start in range(0, len(published), _BATCH):
        batch = published[start : start + _BATCH]
        marks = ", ".join([p] * len(batch))
        bodies: dict[int, str] = {
            row[0]: row[1] or ""
            for row in db.execute_sql(
                f"SELECT id, body FROM revision WHERE id IN ({marks})", [r for r, _ in batch]
            ).fetchall()
        }
        shown: dict[int, set[str]] = {
            r: {u.lower() for u in _ASSET_REFERENCE.findall(bodies.get(r, ""))} for r, _ in batch
        }
        uuids = sorted(set().union(*shown.values()))
        ids = sorted({featured for _, featured in batch if featured is not None})
        assets: list[tuple[int, str, str, str, str]] = []
        for column, keys in (("uuid", uuids), ("id", ids)):
            for at in range(0, len(keys), _BATCH):
                chunk = keys[at : at + _BATCH]
                assets += [
                    (row[0], row[1], row[2], row[3], row[4])
                    for row in db.execute_sql(
                        "SELECT id, uuid, alt_text, caption, credit FROM asset"
                        f" WHERE {column} IN ({', '.join([p] * len(chunk))})",
                        chunk,
                    ).fetchall()
                ]
        words = {uuid.lower(): [alt, caption, credit] for _, uuid, alt, caption, credit in assets}
        by_id = {asset_id: uuid.lower() for asset_id, uuid, _, _, _ in assets}
        for revision_id, featured in batch:
            images = shown[revision_id]
            if featured is not None and featured in by_id:
                images.add(by_id[featured])
            text = json.dumps(
                {u: words[u] for u in sorted(images) if u in words},
                ensure_ascii=False,
                sort_keys=True,
                separators=(",", ":"),
            )
            db.execute_sql(f"UPDATE revision SET image_words = {p} WHERE id = {p}", [text, revision_id])


def down(migrator: SchemaMigrator, db: Database) -> None:
    migrator.migrate(migrator.drop_column("revision", "image_words"))
