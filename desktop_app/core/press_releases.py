"""Press releases ("Siaran Pers"): the number pattern, numbering on approval, the register.

A press release gets its number on its first approval, inside the approval's transaction:
the year's next sequence number comes from :class:`db.models.ReleaseCounter` in one atomic
``INSERT ... ON CONFLICT DO UPDATE ... RETURNING`` (on PostgreSQL the counter row stays locked
until the approval commits, so two workstations approving at once are numbered one after the
other; a rolled-back approval gives its number back: no gaps). The number is formatted with the
site's pattern (``SiteSettings.release_pattern``), written to the register
(:class:`db.models.PressRelease`, which outlives the article: a number is never given twice) and
to ``Article.release_number``.
"""

from __future__ import annotations

import datetime as _dt
import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from peewee import JOIN, Database

from db.models import Article, Person, PressRelease, ReleaseCounter, utcnow
from desktop_app.core.dates import to_local
from desktop_app.core.errors import InvalidTransition, ValidationError
from desktop_app.core.models import ArticleChanges, ArticleKind

DEFAULT_PATTERN = "{seq:03d}/SP/Diskominfo/{month_roman}/{year}"
PATTERN_MAX_LENGTH = 150
#: The placeholders a pattern may use; only ``seq`` takes a format (``:0Nd``, zero-padded).
PLACEHOLDERS = ("seq", "year", "month", "month_roman", "day")
_SEQ_SPEC = re.compile(r"0[1-9]d")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

#: InvalidTransition reason: the pattern gives a number the register already holds.
REASON_NUMBER_TAKEN = "release_number_taken"
#: Register status of a number whose article was deleted for good (or is in the Trash).
DELETED = "deleted"


def validate_pattern(pattern: str) -> str:
    """The pattern, trimmed, or :class:`ValidationError`: codes ``release_pattern_syntax``
    (braces not balanced), ``release_pattern_placeholder`` (an unknown name, a positional
    ``{}``, attribute or index access, a conversion; ``detail`` the field as written),
    ``release_pattern_format`` (a format other than ``{seq:0Nd}``), ``release_pattern_no_seq``,
    ``release_pattern_no_year`` (the sequence restarts each year: without the year the same
    number would come twice), ``release_pattern_too_long``."""
    pattern = (pattern or "").strip()
    if len(pattern) > PATTERN_MAX_LENGTH:
        raise ValidationError("release_pattern_too_long", "release_pattern", str(PATTERN_MAX_LENGTH))
    if any(ord(c) < 32 for c in pattern):
        raise ValidationError("release_pattern_syntax", "release_pattern", pattern[:80])
    try:
        parts = list(string.Formatter().parse(pattern))
    except ValueError as exc:
        raise ValidationError("release_pattern_syntax", "release_pattern", pattern[:80]) from exc
    names: set[str] = set()
    for _literal, name, spec, conversion in parts:
        if name is None:
            continue
        written = "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
        if name not in PLACEHOLDERS or conversion:
            raise ValidationError("release_pattern_placeholder", "release_pattern", written)
        if spec and not (name == "seq" and _SEQ_SPEC.fullmatch(spec)):
            raise ValidationError("release_pattern_format", "release_pattern", written)
        names.add(name)
    if "seq" not in names:
        raise ValidationError("release_pattern_no_seq", "release_pattern")
    if "year" not in names:
        raise ValidationError("release_pattern_no_year", "release_pattern")
    return pattern


def format_number(pattern: str, seq: int, day: _dt.date) -> str:
    """The number ``seq`` of ``day``'s year as ``pattern`` (validated) writes it."""
    pattern = validate_pattern(pattern)
    return pattern.format(
        seq=seq,
        year=day.year,
        month=f"{day.month:02d}",
        month_roman=_ROMAN[day.month - 1],
        day=f"{day.day:02d}",
    )


def example_number(pattern: str, day: _dt.date | None = None) -> str:
    """The first number ``pattern`` gives on ``day`` (the settings' "Example"); raises like
    :func:`validate_pattern`."""
    return format_number(pattern, 1, day or to_local(utcnow()).date())


def next_seq(year: int) -> int:
    """Take the year's next sequence number (call inside the approval's transaction)."""
    query = (
        ReleaseCounter.insert(year=year, last_seq=1)
        .on_conflict(
            conflict_target=[ReleaseCounter.year],
            update={ReleaseCounter.last_seq: ReleaseCounter.last_seq + 1},
        )
        .returning(ReleaseCounter.last_seq)
    )
    rows = list(query.execute())
    return int(rows[0].last_seq)


def assign_number(
    article_id: int, person_id: int | None, pattern: str, now: _dt.datetime | None = None
) -> str | None:
    """Number the press release ``article_id`` (approved now by ``person_id``) unless it is no
    press release or already has a number; returns the new number or None. Call inside the
    approval's transaction, after its status UPDATE: an error rolls the approval back whole
    (``InvalidTransition`` with :data:`REASON_NUMBER_TAKEN` when the pattern gives a number the
    register already holds)."""
    row = Article.get_or_none(Article.id == article_id)
    if row is None or row.kind != ArticleKind.PRESS_RELEASE or row.release_number:
        return None
    now = now or utcnow()
    day = to_local(now).date()
    seq = next_seq(day.year)
    number = format_number(pattern, seq, day)
    if PressRelease.select().where(PressRelease.number == number).exists():
        raise InvalidTransition("approve", row.status, REASON_NUMBER_TAKEN, detail=number)
    PressRelease.create(
        year=day.year,
        seq=seq,
        number=number,
        article=article_id,
        article_uuid=row.uuid,
        title=row.title,
        assigned_at=now,
        assigned_by=person_id,
    )
    Article.update(release_number=number).where(Article.id == article_id).execute()
    return number


# -- a press release's official and contact fields -------------------------------------------

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]{2,}")
_PHONE = re.compile(r"\+?[0-9(][0-9 ()./-]*")
PHONE_DIGITS = (5, 20)
#: The press-release fields and the longest text each column keeps.
FIELD_LIMITS = {
    "official_name": 200,
    "official_title": 300,
    "contact_name": 200,
    "contact_title": 300,
    "contact_phone": 50,
    "contact_email": 200,
}


def valid_email(value: str) -> bool:
    return bool(_EMAIL.fullmatch(value.strip()))


def valid_phone(value: str) -> bool:
    """A telephone number as offices write it: "+62 812-3456-7890", "(0752) 123456"."""
    value = value.strip()
    digits = sum(c.isdigit() for c in value)
    return bool(_PHONE.fullmatch(value)) and PHONE_DIGITS[0] <= digits <= PHONE_DIGITS[1]


def release_field_problems(changes: ArticleChanges) -> list[ValidationError]:
    """The kind and the official/contact fields' errors (an article save holds those fields
    back and keeps the rest): ``invalid_kind``, ``release_field_too_long``,
    ``invalid_contact_phone``, ``invalid_contact_email``."""
    problems = []
    if changes.kind is not None and changes.kind not in tuple(ArticleKind):
        problems.append(ValidationError("invalid_kind", "kind", str(changes.kind)[:40]))
    for name, limit in FIELD_LIMITS.items():
        if len(getattr(changes, name)) > limit:
            problems.append(ValidationError("release_field_too_long", name, str(limit)))
    phone, email = changes.contact_phone.strip(), changes.contact_email.strip()
    if phone and len(phone) <= FIELD_LIMITS["contact_phone"] and not valid_phone(phone):
        problems.append(ValidationError("invalid_contact_phone", "contact_phone", phone[:50]))
    if email and len(email) <= FIELD_LIMITS["contact_email"] and not valid_email(email):
        problems.append(ValidationError("invalid_contact_email", "contact_email", email[:80]))
    return problems


# -- what the published page shows -------------------------------------------------------------


def tel_uri(phone: str) -> str:
    """``tel:`` address of a telephone number as written ("(0752) 123456" -> ``tel:0752123456``)."""
    return "tel:" + "".join(c for c in phone if c.isdigit() or c == "+")


def release_block(number: str, texts: Mapping[str, str]) -> dict[str, str] | None:
    """What a published press release shows beside its text (the export's pages and feeds, the
    single-article copy, the approval sheet): its number and the official's and the contact's
    lines; None for an article without a number."""
    if not number:
        return None

    def joined(*parts: str) -> str:
        return ", ".join(part.strip() for part in parts if part.strip())

    phone, email = texts.get("contact_phone", "").strip(), texts.get("contact_email", "").strip()
    return {
        "number": number,
        "official": joined(texts.get("official_name", ""), texts.get("official_title", "")),
        "contact": joined(texts.get("contact_name", ""), texts.get("contact_title", "")),
        "phone": phone,
        "tel": tel_uri(phone) if phone else "",
        "email": email,
    }


@dataclass(frozen=True)
class RegisterRow:
    """One number of the register."""

    number: str
    year: int
    seq: int
    title: str  # the article's title now (the title when numbered once it is gone)
    assigned_at: _dt.datetime  # naive UTC
    status: str  # the article's status now, or DELETED
    approver: str  # who approved it (and so numbered it); "" when gone
    article_id: int | None


class PressReleaseService:
    """The register of press-release numbers."""

    def __init__(self, database: Database) -> None:
        self.db = database

    def years(self) -> list[int]:
        """The years that have numbers, newest first."""
        rows = PressRelease.select(PressRelease.year).distinct().order_by(PressRelease.year.desc())
        return [year for (year,) in cast(Iterable[tuple[int]], rows.tuples())]

    def register(self, year: int | None = None) -> list[RegisterRow]:
        """Every number given (of ``year``, else of every year), in the order given."""
        query = (
            PressRelease.select(
                PressRelease.number,
                PressRelease.year,
                PressRelease.seq,
                PressRelease.title,
                PressRelease.assigned_at,
                PressRelease.article,
                Article.title,
                Article.status,
                Article.deleted_at,
                Person.name,
            )
            .join(Article, JOIN.LEFT_OUTER, on=(PressRelease.article == Article.id))
            .switch(PressRelease)
            .join(Person, JOIN.LEFT_OUTER, on=(PressRelease.assigned_by == Person.id))
            .order_by(PressRelease.year, PressRelease.seq)
        )
        if year is not None:
            query = query.where(PressRelease.year == year)
        rows = []
        for number, year_, seq, title, assigned_at, article_id, current, status, deleted, name in cast(
            Iterable[tuple[Any, ...]], query.tuples()
        ):
            gone = article_id is None or deleted is not None
            if isinstance(assigned_at, str):
                assigned_at = _dt.datetime.fromisoformat(assigned_at)
            rows.append(
                RegisterRow(
                    number=number,
                    year=year_,
                    seq=seq,
                    title=current if current is not None else title,
                    assigned_at=assigned_at,
                    status=DELETED if gone else status,
                    approver=name or "",
                    article_id=article_id,
                )
            )
        return rows
