"""The checklist an article passes before it moves on: title, lead, category, author, length,
the featured image's words, open review comments, spelling, dateline place, the officials'
titles (as the officials directory has them on the article's day; a warning at most).

Each check is ``required`` (a failure blocks), ``warning`` (a failure is shown and must be
accepted once, explicitly) or ``off``, as the office's admin sets it in Site settings (stored in
the ``SiteSetting`` table under ``checklist.*`` keys; :data:`DEFAULT_LEVELS` otherwise). The
workflow (:mod:`desktop_app.core.workflow`) enforces it on submit, resubmit, approve, schedule
and publish; the editor shows it; ``redaksi check-article`` prints it. The words are the UI's
(``desktop_app/checklist_text.py``): here only codes.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from peewee import Database

from db.models import Asset, SiteSetting
from desktop_app.core.auth import SignedIn, require_admin
from desktop_app.core.errors import InvalidTransition, ValidationError
from desktop_app.core.models import ArticleData, ArticleKind


class Check(enum.StrEnum):
    """One item of the checklist, in the order it is shown."""

    TITLE = "title"  # present and at most TITLE_MAX characters (a warning past TITLE_LONG)
    SUMMARY = "summary"  # the lead is there
    SUMMARY_LENGTH = "summary_length"  # at most SUMMARY_MAX characters (the meta description)
    CATEGORY = "category"
    AUTHOR = "author"
    WORD_COUNT = "word_count"  # at least ChecklistSettings.min_words words
    FEATURED_IMAGE = "featured_image"  # a featured image has alt text and a credit
    OPEN_COMMENTS = "open_comments"  # no unresolved review comment (at approval and after)
    SPELLING = "spelling"  # no word the spell checker rejects, no house-style finding
    DATELINE = "dateline"  # the place the news happened
    OFFICIALS = "officials"  # officials named with the title they held that day (the directory)
    #: A press release ("Siaran Pers") names its responsible official (name and title) and a
    #: contact person (name, and a telephone or an e-mail); skipped for other articles.
    RELEASE_OFFICIAL = "release_official"
    RELEASE_CONTACT = "release_contact"


class Level(enum.StrEnum):
    REQUIRED = "required"
    WARNING = "warning"
    OFF = "off"


class Outcome(enum.StrEnum):
    """What a check's result means for the action."""

    PASSED = "passed"
    WARNING = "warning"  # asks once
    BLOCKING = "blocking"  # refuses
    SKIPPED = "skipped"  # switched off, or not checked for this action


TITLE_MAX = 70
TITLE_LONG = 60  # past this a search result cuts the title: a warning
SUMMARY_MAX = 160  # a meta description's length
DEFAULT_MIN_WORDS = 150
MIN_WORDS_LIMIT = 10_000
#: How many misspelt words a result names (the count says how many there are).
SPELLING_NAMED = 8

#: A Dinas office's defaults: what the website cannot do without blocks; what an editor may
#: judge (length, spelling) warns.
DEFAULT_LEVELS: dict[Check, Level] = {
    Check.TITLE: Level.REQUIRED,
    Check.SUMMARY: Level.REQUIRED,
    Check.SUMMARY_LENGTH: Level.WARNING,
    Check.CATEGORY: Level.REQUIRED,
    Check.AUTHOR: Level.REQUIRED,
    Check.WORD_COUNT: Level.WARNING,
    Check.FEATURED_IMAGE: Level.REQUIRED,
    Check.OPEN_COMMENTS: Level.REQUIRED,
    Check.SPELLING: Level.WARNING,
    Check.DATELINE: Level.REQUIRED,
    Check.OFFICIALS: Level.WARNING,
    Check.RELEASE_OFFICIAL: Level.REQUIRED,
    Check.RELEASE_CONTACT: Level.REQUIRED,
}

#: Checks made only when an article leaves review (approve, schedule, publish): a writer who
#: resubmits may leave the editor's comments for the editor to resolve.
REVIEWER_CHECKS = frozenset({Check.OPEN_COMMENTS})
#: The workflow actions (their values) the checklist gates, and those that leave review.
GATED_ACTIONS = frozenset(
    {
        "submit",
        "resubmit",
        "approve",
        "schedule",
        "publish",
        "publish_changes",
        "correct",
        "approve_correction",
    }
)
#: Actions that put the text an editor approved online (not edits made since): their checks
#: read that text (see :func:`as_approved`). "Publish changes" publishes the current fields.
APPROVED_TEXT_ACTIONS = frozenset({"schedule", "publish"})
REVIEWER_ACTIONS = frozenset({"approve", "schedule", "publish", "publish_changes", "approve_correction"})

_KEY_PREFIX = "checklist."
_MIN_WORDS_KEY = _KEY_PREFIX + "min_words"


@dataclass(frozen=True)
class ChecklistSettings:
    levels: Mapping[Check, Level] = field(default_factory=lambda: dict(DEFAULT_LEVELS))
    min_words: int = DEFAULT_MIN_WORDS

    def level(self, check: Check) -> Level:
        return Level(self.levels.get(check, DEFAULT_LEVELS[check]))


def default_settings() -> ChecklistSettings:
    """The defaults (read at call time: tests may relax :data:`DEFAULT_LEVELS`)."""
    return ChecklistSettings(dict(DEFAULT_LEVELS), DEFAULT_MIN_WORDS)


@dataclass(frozen=True)
class CheckResult:
    """One check of one article. ``problem`` names what is wrong (``""`` when it passed):
    ``missing``, ``too_long``, ``long``, ``too_few``, ``no_alt_text``, ``no_credit``,
    ``no_alt_text_or_credit``, ``open``, ``misspelled``, ``wrong_titles``. ``count`` and
    ``limit`` are the numbers the message gives (characters, words, comments); ``words`` the
    misspelt words named; ``findings`` the officials check's
    :class:`~desktop_app.core.official_mentions.TitleMismatch` items."""

    check: Check
    level: Level
    outcome: Outcome
    problem: str = ""
    count: int = 0
    limit: int = 0
    words: tuple[str, ...] = ()
    findings: tuple[Any, ...] = ()


@dataclass(frozen=True)
class Checklist:
    article_id: int
    results: tuple[CheckResult, ...]

    @property
    def blocking(self) -> list[CheckResult]:
        return [r for r in self.results if r.outcome == Outcome.BLOCKING]

    @property
    def warnings(self) -> list[CheckResult]:
        return [r for r in self.results if r.outcome == Outcome.WARNING]

    @property
    def passed(self) -> bool:
        """Nothing blocks and nothing warns."""
        return not self.blocking and not self.warnings

    def result(self, check: Check) -> CheckResult:
        return next(r for r in self.results if r.check == check)


class ChecklistFailed(InvalidTransition):
    """A required check failed: the action is refused (``reason`` ``checklist``; ``failed``
    the results that block)."""

    REASON = "checklist"

    def __init__(self, action: str, status: str, checklist: Checklist) -> None:
        self.checklist = checklist
        self.failed = tuple(checklist.blocking)
        super().__init__(action, status, self.REASON, ", ".join(r.check.value for r in self.failed))


class ChecklistWarnings(InvalidTransition):
    """Warnings were not accepted (``reason`` ``checklist_warnings``; ``failed`` the warnings):
    ask, then act again with ``warnings_accepted=True``."""

    REASON = "checklist_warnings"

    def __init__(self, action: str, status: str, checklist: Checklist) -> None:
        self.checklist = checklist
        self.failed = tuple(checklist.warnings)
        super().__init__(action, status, self.REASON, ", ".join(r.check.value for r in self.failed))


# -- settings --------------------------------------------------------------------------------


def load_checklist_settings(database: Database) -> ChecklistSettings:
    """The stored levels and minimum word count; missing or unreadable keys take defaults."""
    defaults = default_settings()
    rows = SiteSetting.select().where(SiteSetting.key.startswith(_KEY_PREFIX))
    stored = {row.key: row.value for row in rows}
    levels = dict(defaults.levels)
    for check in Check:
        value = stored.get(_KEY_PREFIX + check.value, "")
        if value in {level.value for level in Level}:
            levels[check] = Level(value)
    try:
        min_words = int(stored.get(_MIN_WORDS_KEY, defaults.min_words))
    except ValueError:
        min_words = defaults.min_words
    return ChecklistSettings(levels, max(0, min(min_words, MIN_WORDS_LIMIT)))


def save_checklist_settings(
    database: Database, settings: ChecklistSettings, *, actor: SignedIn
) -> ChecklistSettings:
    """An admin (``actor``) stores every level and the minimum word count; anyone else:
    ``PermissionDenied`` (``ADMIN_ONLY``), nothing stored."""
    if not 0 <= settings.min_words <= MIN_WORDS_LIMIT:
        raise ValidationError("min_words_out_of_range", "min_words", str(MIN_WORDS_LIMIT))
    values = {_KEY_PREFIX + check.value: settings.level(check).value for check in Check}
    values[_MIN_WORDS_KEY] = str(settings.min_words)
    with database.atomic():
        require_admin(actor)
        for key, value in values.items():
            SiteSetting.insert(key=key, value=value).on_conflict(
                conflict_target=[SiteSetting.key], update={SiteSetting.value: value}
            ).execute()
    return load_checklist_settings(database)


# -- checking --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImageWords:
    """The featured image's words that the checklist looks at."""

    alt_text: str
    credit: str


def evaluate(
    article: ArticleData,
    settings: ChecklistSettings,
    *,
    open_comments: int,
    featured: ImageWords | None,
    misspelled: Iterable[str] | None,
    action: str | None = None,
    title_mismatches: Sequence[Any] | None = None,
) -> Checklist:
    """The checklist of ``article`` (pure: every fact is given). ``misspelled``: the words the
    spell checker rejects (None: not checked). ``title_mismatches``: officials named with a
    title they did not hold on the article's day (None: not checked; see
    :mod:`desktop_app.core.official_mentions`). ``action``: the workflow action it gates (the
    reviewer's checks are skipped for submit/resubmit); None: every check, as the editor shows
    it."""
    results: list[CheckResult] = []

    def add(check: Check, problem: str = "", *, soft: bool = False, **facts: object) -> None:
        level = settings.level(check)
        if level == Level.OFF or (
            check in REVIEWER_CHECKS and action is not None and action not in REVIEWER_ACTIONS
        ):
            outcome = Outcome.SKIPPED
        elif not problem:
            outcome = Outcome.PASSED
        elif soft or level == Level.WARNING:
            outcome = Outcome.WARNING
        else:
            outcome = Outcome.BLOCKING
        results.append(CheckResult(check, level, outcome, problem, **facts))  # type: ignore[arg-type]

    title = article.title.strip()
    if not title:
        add(Check.TITLE, "missing")
    elif len(title) > TITLE_MAX:
        add(Check.TITLE, "too_long", count=len(title), limit=TITLE_MAX)
    elif len(title) > TITLE_LONG:
        add(Check.TITLE, "long", soft=True, count=len(title), limit=TITLE_LONG)
    else:
        add(Check.TITLE, count=len(title), limit=TITLE_MAX)
    summary = article.summary.strip()
    add(Check.SUMMARY, "" if summary else "missing")
    if len(summary) > SUMMARY_MAX:
        add(Check.SUMMARY_LENGTH, "too_long", count=len(summary), limit=SUMMARY_MAX)
    else:
        add(Check.SUMMARY_LENGTH, count=len(summary), limit=SUMMARY_MAX)
    add(Check.CATEGORY, "" if (article.category or "").strip() else "missing")
    add(Check.AUTHOR, "" if article.author_id is not None else "missing")
    words = article.word_count
    add(
        Check.WORD_COUNT,
        "too_few" if words < settings.min_words else "",
        count=words,
        limit=settings.min_words,
    )
    if featured is None:
        add(Check.FEATURED_IMAGE)
    else:
        no_alt, no_credit = not featured.alt_text.strip(), not featured.credit.strip()
        problem = (
            "no_alt_text_or_credit"
            if no_alt and no_credit
            else ("no_alt_text" if no_alt else ("no_credit" if no_credit else ""))
        )
        add(Check.FEATURED_IMAGE, problem)
    add(Check.OPEN_COMMENTS, "open" if open_comments else "", count=open_comments)
    if misspelled is None:
        results.append(CheckResult(Check.SPELLING, settings.level(Check.SPELLING), Outcome.SKIPPED))
    else:
        unique = list(dict.fromkeys(misspelled))
        add(
            Check.SPELLING,
            "misspelled" if unique else "",
            count=len(unique),
            words=tuple(unique[:SPELLING_NAMED]),
        )
    add(Check.DATELINE, "" if article.dateline.strip() else "missing")
    if title_mismatches is None:
        results.append(CheckResult(Check.OFFICIALS, settings.level(Check.OFFICIALS), Outcome.SKIPPED))
    else:
        add(
            Check.OFFICIALS,
            "wrong_titles" if title_mismatches else "",
            soft=True,
            count=len(title_mismatches),
            findings=tuple(title_mismatches),
        )
    if article.kind == ArticleKind.PRESS_RELEASE:
        official = article.official_name.strip() and article.official_title.strip()
        add(Check.RELEASE_OFFICIAL, "" if official else "missing")
        reachable = article.contact_phone.strip() or article.contact_email.strip()
        add(Check.RELEASE_CONTACT, "" if article.contact_name.strip() and reachable else "missing")
    else:
        for check in (Check.RELEASE_OFFICIAL, Check.RELEASE_CONTACT):
            results.append(CheckResult(check, settings.level(check), Outcome.SKIPPED))
    return Checklist(article.id, tuple(results))


def title_mismatches(article: ArticleData) -> list[Any]:
    """The officials the article names with a title they did not hold on its day (see
    :mod:`desktop_app.core.official_mentions`)."""
    from desktop_app.core.official_mentions import find_mismatches
    from desktop_app.core.officials import article_day, load_directory

    directory = load_directory()
    if not directory:
        return []
    day = article_day(article.published_at, article.publish_at)
    return find_mismatches(directory, (article.title, article.summary, article.body), day)


def misspelled_words(database: Database, article: ArticleData) -> list[str]:
    """The words of the title, lead and body the spell checker rejects (with the office's word
    list and people) and the house style's findings (the shipped rules and the office's), as
    ``redaksi lint`` finds them; [] when no dictionary is available."""
    from desktop_app.core.house_style import OfficeStyleRules
    from desktop_app.core.lint import article_findings
    from desktop_app.core.spelling import OfficeDictionary

    spell = OfficeDictionary(database).checker()
    style = OfficeStyleRules(database).checker(spell)
    findings = article_findings(article.title, article.summary, article.body, spell, style, suggestions=False)
    return [finding.word for finding in findings]


def as_approved(article: ArticleData) -> ArticleData:
    """``article`` with the fields of the text an editor last approved (what publishing or
    scheduling puts online); ``article`` itself when nothing was approved yet. Its author and
    open comments stay the article's: a revision does not keep them."""
    from desktop_app.core.snapshots import approved_snapshot

    snapshot = approved_snapshot(article.id)
    if snapshot is None:
        return article

    def text(name: str) -> str:
        value = snapshot.get(name)
        return value if isinstance(value, str) else ""

    featured = snapshot.get("featured_image")
    tags = text("tags")
    return replace(
        article,
        title=text("title"),
        summary=text("summary"),
        body=text("body"),
        dateline=text("dateline"),
        official_name=text("official_name"),
        official_title=text("official_title"),
        contact_name=text("contact_name"),
        contact_title=text("contact_title"),
        contact_phone=text("contact_phone"),
        contact_email=text("contact_email"),
        slug=text("slug"),
        category=text("category_name") or None,
        tags=tuple(tag for tag in tags.split(",") if tag),
        featured_image_id=featured if isinstance(featured, int) else None,
    )


def check_article(
    database: Database,
    article: ArticleData,
    *,
    action: str | None = None,
    settings: ChecklistSettings | None = None,
    spelling: bool = True,
) -> Checklist:
    """The checklist of ``article`` as the database has it (its comments, its featured image,
    the settings). ``spelling=False`` leaves the spelling check out (shown as skipped).
    Publishing and scheduling check the approved text (:func:`as_approved`), which is what
    they put online."""
    from desktop_app.core.comments import CommentService

    if action in APPROVED_TEXT_ACTIONS:
        article = as_approved(article)
    settings = settings or load_checklist_settings(database)
    featured = None
    if article.featured_image_id is not None:
        asset = Asset.get_or_none(Asset.id == article.featured_image_id)
        if asset is not None:
            featured = ImageWords(asset.alt_text, asset.credit)
    misspelled: list[str] | None = []  # switched off: shown so, not as "not checked"
    if settings.level(Check.SPELLING) != Level.OFF:
        misspelled = misspelled_words(database, article) if spelling else None
    mismatches = title_mismatches(article) if settings.level(Check.OFFICIALS) != Level.OFF else []
    return evaluate(
        article,
        settings,
        open_comments=CommentService(database).open_count(article.id),
        featured=featured,
        misspelled=misspelled,
        action=action,
        title_mismatches=mismatches,
    )


def enforce(checklist: Checklist, action: str, status: str, *, warnings_accepted: bool) -> None:
    """Raise :class:`ChecklistFailed` when a required check fails, else
    :class:`ChecklistWarnings` when a warning was not accepted."""
    if checklist.blocking:
        raise ChecklistFailed(action, status, checklist)
    if checklist.warnings and not warnings_accepted:
        raise ChecklistWarnings(action, status, checklist)
