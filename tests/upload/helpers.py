from __future__ import annotations

import hashlib
from pathlib import Path

from db.models import Article, Revision
from desktop_app.core.export.writer import MANIFEST_NAME
from desktop_app.core.upload.sync import PART_SUFFIX, REMOTE_MANIFEST
from tests.core.export_helpers import publish_snapshot

TITLE = "Sertijab Sekretaris Dinas Kominfo Berlangsung Sederhana"


def tree(folder: Path, skip: tuple[str, ...] = ()) -> dict[str, str]:
    """``{relative path: sha256}`` of the files under ``folder``."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.relative_to(folder).as_posix() not in skip
    }


def site_tree(site: Path) -> dict[str, str]:
    return tree(site, skip=(MANIFEST_NAME,))


def served_tree(public: Path) -> dict[str, str]:
    return tree(public, skip=(REMOTE_MANIFEST,))


def part_files(public: Path) -> list[str]:
    return sorted(p.name for p in public.rglob(f"*{PART_SUFFIX}"))


def change_one_article(title: str = TITLE) -> str:
    """A new published snapshot of one demo article, its headline changed (so the pages that
    list it change too); returns its slug."""
    article_id = Article.get(Article.title == title).id
    last = Revision.select().where(Revision.article == article_id).order_by(Revision.number.desc()).get()
    publish_snapshot(article_id, title=f"{title} (diperbarui)", created_at=last.created_at)
    return Article.get_by_id(article_id).slug
