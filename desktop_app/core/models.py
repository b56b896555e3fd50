"""Plain dataclasses the core hands to the UI (never peewee rows)."""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

SortKey = Literal["updated", "created", "title"]

#: The article's plain text fields, in the order History shows them: attributes of the same
#: names on :class:`ArticleData`, :class:`ArticleChanges` and ``RevisionData``, columns of
#: ``db.models.Revision`` (and of ``Article``, but for ``body``, which lives in ``ArticleBody``).
#: Everything that only copies, snapshots, diffs or restores an article's text goes through this
#: tuple, so a new plain text field is: its column in ``db.models.ArticleText``, its migration,
#: this tuple and the two dataclasses below, its label (``labels.field_label``) and its row in the
#: editor. ``tests/core/test_text_fields.py`` checks this against the database models.
ARTICLE_TEXT_FIELDS: tuple[str, ...] = (
    "title",
    "summary",
    "body",
    "dateline",
    # a press release's responsible official and contact person ("" for other articles)
    "official_name",
    "official_title",
    "contact_name",
    "contact_title",
    "contact_phone",
    "contact_email",
)
#: The text fields that are columns of ``Article`` (the body lives in ``ArticleBody``).
ROW_TEXT_FIELDS: tuple[str, ...] = tuple(name for name in ARTICLE_TEXT_FIELDS if name != "body")


def text_fields(source: object) -> dict[str, Any]:
    """Every field of :data:`ARTICLE_TEXT_FIELDS` of ``source`` (an :class:`ArticleData`,
    :class:`ArticleChanges`, ``RevisionData`` or ``Revision`` row), by name."""
    return {name: getattr(source, name) for name in ARTICLE_TEXT_FIELDS}


def row_texts(source: object) -> dict[str, Any]:
    """The text fields of ``source`` that the ``Article`` row stores (:data:`ROW_TEXT_FIELDS`)."""
    return {name: getattr(source, name) for name in ROW_TEXT_FIELDS}


class NamedTexts:
    """The usual text fields by name, for records that keep them in a ``texts`` mapping
    (a revision, an article of the website)."""

    texts: Mapping[str, str]

    @property
    def title(self) -> str:
        return self.texts["title"]

    @property
    def summary(self) -> str:
        return self.texts["summary"]

    @property
    def dateline(self) -> str:
        return self.texts["dateline"]


@dataclass(frozen=True)
class Headline:
    """One row of the headline list: no body, cheap to load by the page."""

    id: int
    uuid: str
    title: str
    slug: str
    status: str
    category: str | None
    author: str | None
    created_at: _dt.datetime
    updated_at: _dt.datetime
    publish_at: _dt.datetime | None
    deleted_at: _dt.datetime | None
    word_count: int
    snippet: str = ""
    open_comments: int = 0  # unresolved review comment threads
    #: Sent back to its writer: the editor's note and name (``""`` otherwise).
    change_note: str = ""
    change_by: str = ""
    kind: str = "news"  # an ArticleKind
    release_number: str = ""  # a press release's number once approved


@dataclass(frozen=True)
class HeadlineQuery:
    status: str | None = None
    trash: bool = False
    category: str | None = None
    author_id: int | None = None
    #: "For me": what waits on this person (their articles sent back to them; for an editor or
    #: admin also every article waiting for review).
    waiting_on: int | None = None
    text: str = ""
    sort: SortKey = "updated"
    descending: bool = True


@dataclass(frozen=True)
class ArticleData:
    id: int
    uuid: str
    title: str
    slug: str
    summary: str
    body: str
    dateline: str
    category: str | None
    tags: tuple[str, ...]
    author_id: int | None
    author: str | None
    featured_image_id: int | None
    status: str
    publish_at: _dt.datetime | None
    published_at: _dt.datetime | None
    published_revision: int | None
    version: int
    word_count: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    deleted_at: _dt.datetime | None
    official_name: str = ""
    official_title: str = ""
    contact_name: str = ""
    contact_title: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    kind: str = "news"  # an ArticleKind
    release_number: str = ""  # a press release's number once approved


class ArticleKind(enum.StrEnum):
    """What ``Article.kind`` holds."""

    NEWS = "news"
    PRESS_RELEASE = "press_release"  # "Siaran Pers": numbered on its first approval


@dataclass
class ArticleChanges:
    """The editable fields of an article as the editor holds them.

    ``slug=None`` means "derive it from the title" (until the user edits the slug by hand).
    """

    title: str
    body: str = ""
    summary: str = ""
    dateline: str = ""
    category: str | None = None
    tags: list[str] = field(default_factory=list)
    slug: str | None = None
    author_id: int | None = None
    featured_image_id: int | None = None
    publish_at: _dt.datetime | None = None
    official_name: str = ""
    official_title: str = ""
    contact_name: str = ""
    contact_title: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    #: An ArticleKind; None: a save keeps the stored kind, a new article is news.
    kind: str | None = None


class Role(enum.StrEnum):
    """What a person may do (the rules are in :mod:`desktop_app.core.workflow`); stored as
    these strings in ``Person.role``."""

    WRITER = "writer"
    EDITOR = "editor"
    ADMIN = "admin"


@dataclass(frozen=True)
class PersonData:
    id: int
    uuid: str
    name: str
    email: str
    role: str
    active: bool
    #: Whether the person can sign in (an admin gave them a password, or they set their own).
    has_password: bool = False


class PersonEventKind(enum.StrEnum):
    """What a row of the people's audit trail (``db.models.PersonEvent.action``) records.
    ``old_value`` / ``new_value`` say what changed where a kind names them."""

    CREATED = "created"  # new_value: the role
    RENAMED = "renamed"  # old_value, new_value: the names
    ROLE_CHANGED = "role_changed"  # old_value, new_value: the roles
    ACTIVATED = "activated"
    DEACTIVATED = "deactivated"
    DELETED = "deleted"  # old_value: the name
    FIRST_ADMIN = "first_admin"  # the first administrator of the database set their password
    PASSWORD_SET = "password_set"  # an admin gave a password to someone who had none
    PASSWORD_RESET = "password_reset"  # an admin replaced someone's password
    PASSWORD_CHANGED = "password_changed"  # the person changed their own
    SIGNED_IN = "signed_in"
    SIGN_IN_FAILED = "sign_in_failed"  # person: None when nobody active has the name typed
    PASSWORD_CHECK_FAILED = "password_check_failed"  # a wrong password on the lock screen
    # the officials directory (desktop_app/core/officials.py): ``person`` is None,
    # ``person_name`` the official's name; old_value / new_value the entry before and after
    OFFICIAL_ADDED = "official_added"
    OFFICIAL_CHANGED = "official_changed"
    OFFICIAL_DELETED = "official_deleted"
    #: site settings and the directory read from a file (desktop_app/core/settings_transfer.py)
    SETTINGS_IMPORTED = "settings_imported"
    #: an admin vouched for someone's new signing key (their password reset, or a key change a
    #: review package brought, confirmed): new_value the signed certificate (JSON), see
    #: desktop_app/core/key_certificates.py
    KEY_CERTIFIED = "key_certified"


@dataclass(frozen=True)
class PersonEventData:
    """A row of the people's audit trail, with the names of whom it is about and who did it."""

    id: int
    uuid: str
    kind: str  # a PersonEventKind
    person_id: int | None
    person_name: str
    actor_id: int | None
    actor_name: str
    old_value: str
    new_value: str
    created_at: _dt.datetime
