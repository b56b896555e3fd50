"""``redaksi publish --watch``: an article scheduled for later goes online when its time comes,
with nobody at the keyboard. Each pass exports the site (incrementally: nothing is written
when nothing changed) and, when the exported files differ from what was last uploaded, sends
them (:mod:`.sync`). The loop sleeps until the next scheduled article's time (or ``interval``
seconds, whichever is sooner: an article published meanwhile in the window goes up too);
``--once`` is one pass, what the system's scheduler runs (:mod:`.scheduler`)."""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from peewee import Database, fn

from db.models import Article, utcnow
from desktop_app.core import json_text
from desktop_app.core.export.build import ExportResult, export_site
from desktop_app.core.export.writer import read_manifest
from desktop_app.core.status import Status
from desktop_app.core.upload.errors import UploadError
from desktop_app.core.upload.service import UploadService
from desktop_app.core.upload.sync import UploadResult

STATE_FILE = "upload-state.json"
DEFAULT_INTERVAL_SECONDS = 60.0


def next_publication(database: Database, now: _dt.datetime | None = None) -> _dt.datetime | None:
    """When the next scheduled article goes online (a published article whose time is
    ahead), or None."""
    now = now or utcnow()
    with database.connection_context():
        value = (
            Article.select(fn.MIN(Article.publish_at))
            .where(
                (Article.status == Status.PUBLISHED)
                & Article.deleted_at.is_null(True)
                & Article.published_revision.is_null(False)
                & (Article.publish_at > now)
            )
            .scalar()
        )
    return value if isinstance(value, _dt.datetime) else None


@dataclass
class PassResult:
    export: ExportResult
    #: None: the site is as it was last uploaded, nothing was sent (no connection made).
    upload: UploadResult | None


def _site_digest(folder: Path) -> str:
    manifest = read_manifest(folder) or {"files": {}}
    files = {path: entry.get("sha256") for path, entry in manifest["files"].items()}
    return hashlib.sha256(json.dumps(files, sort_keys=True).encode()).hexdigest()


class UploadState:
    """What was last uploaded from which folder to which server (a digest of the export's
    file list), so that a pass with nothing new does not connect at all."""

    def __init__(self, config_dir: Path) -> None:
        self.path = config_dir / STATE_FILE

    def _read(self) -> dict[str, str]:
        try:
            data = json_text.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def get(self, key: str) -> str | None:
        return self._read().get(key)

    def set(self, key: str, digest: str) -> None:
        data = self._read()
        data[key] = digest
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temp = self.path.with_name(f".{STATE_FILE}.{os.getpid()}.tmp")
        temp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(temp, self.path)


def publish_pass(
    database: Database,
    uploads: UploadService,
    *,
    folder: str | Path | None = None,
    base_url: str | None = None,
    password: str | None = None,
) -> PassResult:
    """Export into the website folder (the upload settings', or ``folder``), then upload what
    changed since the last upload from here."""
    settings = uploads.settings()
    out = uploads.site_folder(folder, settings)
    exported = export_site(database, out, base_url=base_url)
    state = UploadState(uploads.passwords.config_dir)
    key = f"{out.resolve()} -> {settings.account}/{settings.remote_folder}"
    digest = _site_digest(out)
    if state.get(key) == digest:
        return PassResult(exported, None)
    result = uploads.upload(out, settings=settings, password=password)
    state.set(key, digest)
    return PassResult(exported, result)


def watch(
    database: Database,
    uploads: UploadService,
    *,
    folder: str | Path | None = None,
    base_url: str | None = None,
    password: str | None = None,
    interval: float = DEFAULT_INTERVAL_SECONDS,
    stop: threading.Event | None = None,
    report: Callable[[PassResult | None, Exception | None, _dt.datetime | None], None] | None = None,
) -> None:
    """Pass after pass until ``stop`` is set (Ctrl+C for the command). A pass that fails (the
    host unreachable) is reported and tried again at the next wake-up."""
    stop = stop or threading.Event()
    while not stop.is_set():
        outcome: PassResult | None = None
        problem: Exception | None = None
        try:
            outcome = publish_pass(database, uploads, folder=folder, base_url=base_url, password=password)
        except UploadError as exc:
            if exc.code in ("not_configured", "folder_missing", "not_an_export"):
                raise
            problem = exc
        except OSError as exc:
            problem = exc
        upcoming = next_publication(database)
        if report is not None:
            report(outcome, problem, upcoming)
        wait = interval
        if upcoming is not None:
            wait = min(interval, max(1.0, (upcoming - utcnow()).total_seconds() + 1.0))
        stop.wait(wait)
