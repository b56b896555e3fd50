"""What an import did, post by post: the report every import source returns and the window and
the command line show (``desktop_app.import_messages`` puts its codes into words). No Qt here."""

from __future__ import annotations

from dataclasses import dataclass, field

# Why a post was skipped (ReportLine.code of ImportReport.skipped).
SKIP_NO_KEY = "no_source_key"
SKIP_TOO_LARGE = "too_large"
SKIP_DELETED = "deleted_in_redaksi"
SKIP_IN_TRASH = "in_trash"
SKIP_EDITED = "edited_in_redaksi"
SKIP_OWN = "own_article"  # a folder export of this very database: the article is here
SKIP_FAILED = "failed"  # the database refused it (detail: the error's words)
SKIP_NOT_A_POST = "not_a_post"  # a reader's: a menu item, an attachment, a revision...
SKIP_UNREADABLE = "unreadable"  # a reader's: a file it cannot read (detail: why)
SKIP_OUTSIDE = "outside_folder"  # a reader's: a link out of the folder

# What happened to a post that was stored anyway (ReportLine.code of ImportReport.notes).
NOTE_TITLE_SHORTENED = "title_shortened"
NOTE_UNTITLED = "untitled"
NOTE_BODY_SHORTENED = "body_shortened"
NOTE_SHORTCODES = "shortcodes_removed"  # detail: their names
NOTE_GALLERY_DROPPED = "gallery_dropped"
NOTE_TABLES_FLATTENED = "tables_flattened"
NOTE_PASSWORD = "password_protected"  # a reader's: imported as a draft
NOTE_PRIVATE = "private"  # a reader's: imported as a draft
NOTE_PENDING = "pending_review"  # a reader's: imported as a draft
NOTE_NAME_SHORTENED = "name_shortened"  # a category, tag or author name cut to fit

# Why an image was kept as a link (ImageProblem.code).
IMAGE_UNREACHABLE = "unreachable"  # detail: the error
IMAGE_REFUSED = "refused"  # detail: why (outside the folder, not http...)
IMAGE_NOT_FETCHED = "not_fetched"  # the import was asked not to fetch images


@dataclass(frozen=True)
class ReportLine:
    """One post: where it came from (``origin``: its address or file), its title, the article
    (None when none was made) and, for a skip or a note, why (``code``, ``detail``)."""

    origin: str
    title: str
    article_id: int | None = None
    code: str = ""
    detail: str = ""


@dataclass(frozen=True)
class ImageProblem:
    """An image kept as a link: in which post, its address, and why (``code``: an
    ``IMAGE_*`` constant, or the media library's own reason, e.g. ``image_damaged``)."""

    origin: str
    url: str
    code: str
    detail: str = ""


@dataclass
class ImportReport:
    """Every post read, in one of four lists, and what did not come through as it was."""

    added: list[ReportLine] = field(default_factory=list)
    updated: list[ReportLine] = field(default_factory=list)
    unchanged: list[ReportLine] = field(default_factory=list)
    skipped: list[ReportLine] = field(default_factory=list)
    notes: list[ReportLine] = field(default_factory=list)
    image_problems: list[ImageProblem] = field(default_factory=list)
    images_added: int = 0
    images_reused: int = 0
    cancelled: bool = False

    @property
    def total(self) -> int:
        return len(self.added) + len(self.updated) + len(self.unchanged) + len(self.skipped)

    def merge_reader(self, skipped: list[ReportLine], notes: list[ReportLine]) -> None:
        """What the source's reader left out or changed, before the importer's own lines."""
        self.skipped[:0] = skipped
        self.notes[:0] = notes


@dataclass(frozen=True)
class ExportReport:
    """What an export to a Markdown folder wrote."""

    folder: str
    articles: int
    images: int
    files: list[str] = field(default_factory=list)
    cancelled: bool = False
