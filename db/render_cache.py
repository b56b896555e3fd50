"""Storage of rendered article HTML keyed by (sha256 of the Markdown body, renderer version),
and of the facts of published snapshots (their body's sha256 and the images they show).

The tables are created by migrations ``0004_render_cache`` and ``0008_revision_facts``. What goes
in is decided by ``desktop_app.core.export``; this module only reads and writes rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import cast

from peewee import CharField, CompositeKey, IntegerField, TextField

from db.models import BaseModel

_CHUNK = 400


class RenderCache(BaseModel):
    body_sha256 = CharField(max_length=64)
    renderer_version = IntegerField()
    html = TextField()

    class Meta:
        table_name = "render_cache"
        primary_key = CompositeKey("body_sha256", "renderer_version")


def fetch(shas: Iterable[str], version: int) -> dict[str, str]:
    """The cached HTML of those bodies that have it."""
    wanted = sorted(set(shas))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        query = (
            RenderCache.select(RenderCache.body_sha256, RenderCache.html)
            .where((RenderCache.renderer_version == version) & (RenderCache.body_sha256.in_(chunk)))
            .tuples()
        )
        found.update(cast(Iterable[tuple[str, str]], query))
    return found


def store(rendered: Mapping[str, str], version: int) -> None:
    """Add rows (an existing row for the same key is kept: same input, same output)."""
    rows = [
        {"body_sha256": sha, "renderer_version": version, "html": html}
        for sha, html in sorted(rendered.items())
    ]
    database = RenderCache._meta.database
    with database.atomic():
        for start in range(0, len(rows), 100):
            RenderCache.insert_many(rows[start : start + 100]).on_conflict_ignore().execute()


class RevisionFacts(BaseModel):
    revision_uuid = CharField(max_length=36, primary_key=True)
    body_sha256 = CharField(max_length=64)
    asset_uuids = TextField(default="")  # space-separated, sorted

    class Meta:
        table_name = "revision_facts"


def fetch_facts(revision_uuids: Iterable[str]) -> dict[str, tuple[str, list[str]]]:
    """``{revision uuid: (body sha256, [asset uuids])}`` of those revisions that have them."""
    wanted = sorted({str(u) for u in revision_uuids})
    found: dict[str, tuple[str, list[str]]] = {}
    for start in range(0, len(wanted), _CHUNK):
        query = (
            RevisionFacts.select(
                RevisionFacts.revision_uuid, RevisionFacts.body_sha256, RevisionFacts.asset_uuids
            )
            .where(RevisionFacts.revision_uuid.in_(wanted[start : start + _CHUNK]))
            .tuples()
        )
        for uuid, sha, assets in cast(Iterable[tuple[str, str, str]], query):
            found[uuid] = (sha, assets.split())
    return found


def store_facts(facts: Mapping[str, tuple[str, list[str]]]) -> None:
    """Add facts (a revision already there keeps its row: a snapshot's text never changes)."""
    rows = [
        {"revision_uuid": uuid, "body_sha256": sha, "asset_uuids": " ".join(assets)}
        for uuid, (sha, assets) in sorted(facts.items())
    ]
    database = RevisionFacts._meta.database
    with database.atomic():
        for start in range(0, len(rows), 100):
            RevisionFacts.insert_many(rows[start : start + 100]).on_conflict_ignore().execute()


def prune(keep_version: int) -> int:
    """Drop rows of older renderer versions; returns how many went."""
    deleted: int = RenderCache.delete().where(RenderCache.renderer_version != keep_version).execute()
    return deleted
