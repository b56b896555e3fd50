"""The core services on one open database, as one typed bundle: what the window, its parts and
the command line are given.

:func:`make_services` is the one place where a core service is made from a database; the
composition root (``desktop_app.app``) calls it when a database is opened or switched, the
command line for each command. A new service is one more member here. Members the first paint
does not need are built (and their modules imported) on first use, so start-up stays fast.
No Qt here.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from peewee import Database

from db.database import is_postgres_url, redact_url

if TYPE_CHECKING:
    from desktop_app.core.articles import ArticleService
    from desktop_app.core.auth import AuthService
    from desktop_app.core.backups import BackupService
    from desktop_app.core.comments import CommentService
    from desktop_app.core.corrections import CorrectionService
    from desktop_app.core.export.service import SiteExportService
    from desktop_app.core.house_style import OfficeStyleRules
    from desktop_app.core.media import AssetService
    from desktop_app.core.officials import OfficialsService
    from desktop_app.core.people import PeopleService
    from desktop_app.core.presence import PresenceService
    from desktop_app.core.press_releases import PressReleaseService
    from desktop_app.core.revisions import RevisionService
    from desktop_app.core.spelling import OfficeDictionary
    from desktop_app.core.workflow import WorkflowService


class Services:
    """The open database, where it was opened from, and every core service on it."""

    def __init__(self, database: Database, target: str | Path) -> None:
        self.database = database
        self.target = str(target)  # the path or URL it was opened from

    # Every member is made on first use (a command imports only what it uses: the export
    # needs neither the articles' service nor the people's, nor their signing keys).

    @cached_property
    def articles(self) -> ArticleService:
        """What the first paint shows (the headline list)."""
        from desktop_app.core.articles import ArticleService

        return ArticleService(self.database)

    @cached_property
    def people(self) -> PeopleService:
        from desktop_app.core.people import PeopleService

        return PeopleService(self.database)

    @property
    def key(self) -> str:
        """Identifies this database in the settings (a URL without its password)."""
        return (
            redact_url(self.target)
            if is_postgres_url(self.target)
            else str(Path(self.target).expanduser().resolve())
        )

    @cached_property
    def auth(self) -> AuthService:
        """Signing in, passwords, the first administrator."""
        from desktop_app.core.auth import AuthService

        return AuthService(self.database)

    @cached_property
    def workflow(self) -> WorkflowService:
        """Status changes and the audit trail."""
        from desktop_app.core.workflow import WorkflowService

        return WorkflowService(self.database)

    @cached_property
    def corrections(self) -> CorrectionService:
        """Public corrections and takedowns of published articles (read; the changes are
        workflow actions)."""
        from desktop_app.core.corrections import CorrectionService

        return CorrectionService(self.database)

    @cached_property
    def comments(self) -> CommentService:
        from desktop_app.core.comments import CommentService

        return CommentService(self.database)

    @cached_property
    def revisions(self) -> RevisionService:
        from desktop_app.core.revisions import RevisionService

        return RevisionService(self.database)

    @cached_property
    def assets(self) -> AssetService:
        """The media library (images)."""
        from desktop_app.core.media import AssetService

        return AssetService(self.database)

    @cached_property
    def site_export(self) -> SiteExportService:
        """The website export, single-article HTML and the website settings (Jinja2 and the
        templates load with it)."""
        from desktop_app.child_entry import remove_in_background
        from desktop_app.core.export.service import SiteExportService

        # the previous site is removed after the export, by a process of its own
        return SiteExportService(self.database, remove_folder=remove_in_background)

    @cached_property
    def backups(self) -> BackupService:
        from desktop_app.core.backups import BackupService

        return BackupService(self.database)

    @cached_property
    def presence(self) -> PresenceService:
        """Who edits which article; this window's presence (one random session id per
        Services, that is per window)."""
        from desktop_app.core.presence import PresenceService

        return PresenceService(self.database)

    @cached_property
    def office_dictionary(self) -> OfficeDictionary:
        """The office's shared word list for spell checking."""
        from desktop_app.core.spelling import OfficeDictionary

        return OfficeDictionary(self.database)

    @cached_property
    def office_style_rules(self) -> OfficeStyleRules:
        """The office's own house-style rules."""
        from desktop_app.core.house_style import OfficeStyleRules

        return OfficeStyleRules(self.database)

    @cached_property
    def officials(self) -> OfficialsService:
        """The officials directory (names, titles and their periods)."""
        from desktop_app.core.officials import OfficialsService

        return OfficialsService(self.database)

    @cached_property
    def press_releases(self) -> PressReleaseService:
        """The register of press-release numbers."""
        from desktop_app.core.press_releases import PressReleaseService

        return PressReleaseService(self.database)


def make_services(database: Database, target: str | Path) -> Services:
    """The services on ``database``, opened from ``target`` (a path or URL)."""
    return Services(database, target)
