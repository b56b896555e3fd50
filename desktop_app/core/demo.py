"""Fills an empty database with the demo content of ``resources/demo/demo.json``.

The content comes from a real regional Dinas Kominfo (its seed file is copied in
``tests/data/seeds``): ten headlines, one of them a full article. Nothing is invented about
the people it names.

The demo's people can sign in with the passwords of :data:`DEMO_PASSWORDS` (demo only: they are
printed in the README and on the first-start screen, so a demo database is nobody's secret). They
have signing keys made with them; the demo's status changes are signed by the demo editor, so
``redaksi verify`` finds every one of them valid.
"""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any, Final

from peewee import Database

from db.models import Article, Person, Revision, SiteSetting, utcnow
from desktop_app.core.articles import ArticleService
from desktop_app.core.audit import record_status_change
from desktop_app.core.auth import AuthService
from desktop_app.core.errors import ValidationError
from desktop_app.core.models import ArticleChanges
from desktop_app.core.officials import fill_demo_officials
from desktop_app.core.people import PeopleService
from desktop_app.core.press_release_demo import fill_demo_press_releases, last_year_day, release_fields
from desktop_app.core.resources import resource_path
from desktop_app.core.snapshots import record_revision
from desktop_app.core.status import Status

DEMO_FILE = resource_path("demo", "demo.json")
DEMO_LOGO = resource_path("demo", "logo.svg")
DEMO_LOGO_SETTING = "redaksi:demo/logo.svg"  # found wherever Redaksi is installed

#: The demo people's passwords, by their key in ``demo.json`` (names: Admin Redaksi, Redaktur
#: Demo, Penulis Demo). Not secret: a demo database is for trying Redaksi out.
DEMO_PASSWORDS: Final[dict[str, str]] = {
    "admin": "redaksi-admin",
    "editor": "redaksi-redaktur",
    "writer": "redaksi-penulis",
}
#: The workflow action that leads from a draft to the demo article's status (its record says so).
_DEMO_ACTIONS = {
    Status.IN_REVIEW: "submit",
    Status.CHANGES_REQUESTED: "request_changes",
    Status.APPROVED: "approve",
    Status.PUBLISHED: "publish",
}


def load_demo_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DEMO_FILE.read_text(encoding="utf-8"))
    return data


def is_empty(database: Database) -> bool:
    """No articles and nobody: a new database (the demo may fill it)."""
    return not Article.select().exists() and not Person.select().exists()


def fill_demo(database: Database, now: _dt.datetime | None = None, *, photos: bool = True) -> int:
    """Add the demo people (with :data:`DEMO_PASSWORDS`; the admin is the database's first
    administrator), site settings and articles; refuses a database with articles or people.
    ``photos``: the articles that name a ``photo`` get that drawing (see
    :mod:`desktop_app.core.demo_photos`) as their featured image."""
    if not is_empty(database):
        raise ValidationError("database_not_empty")
    data = load_demo_data()
    now = now or utcnow()
    # The people, their accounts and signing keys date from before the oldest demo record.
    oldest = min(
        [now - _dt.timedelta(days=item["days_ago"]) for item in data["articles"]]
        + [last_year_day(now, item["day"]) for item in data["press_releases"]["last_year"]]
    )
    since = oldest - _dt.timedelta(days=1)
    auth = AuthService(database, clock=lambda: since)
    people = PeopleService(database)
    articles = ArticleService(database)
    with database.atomic():
        [admin_item] = [p for p in data["people"] if p["key"] == "admin"]
        sessions = {"admin": auth.set_up_first_admin(admin_item["name"], DEMO_PASSWORDS["admin"])}
        for item in data["people"]:
            if item["key"] != "admin":
                person = people.create(sessions["admin"], item["name"], item["role"])
                auth.set_password(sessions["admin"], person.id, DEMO_PASSWORDS[item["key"]])
                sessions[item["key"]] = auth.sign_in(item["name"], DEMO_PASSWORDS[item["key"]])
        ids = {key: session.person_id for key, session in sessions.items()}
        fill_demo_officials(database, sessions["editor"], now, data["officials"]["directory"])
        # the demo's emblem (a drawing of ours, not a real regency's) is shipped with Redaksi
        site = {"logo": DEMO_LOGO_SETTING, **data["site"]} if DEMO_LOGO.is_file() else data["site"]
        for key, value in site.items():
            SiteSetting.insert(key=key, value=value).on_conflict(
                conflict_target=[SiteSetting.key], update={SiteSetting.value: value}
            ).execute()
        # Last year's press releases are made on their own day, with their contact, so that
        # what the demo editor signed is what they are (see core/press_release_demo.py).
        releases = data["press_releases"]
        last_year = {item["title"]: last_year_day(now, item["day"]) for item in releases["last_year"]}
        pictures = _demo_pictures(database, data["articles"]) if photos else {}
        for item in data["articles"]:
            when = last_year.get(item["title"]) or now - _dt.timedelta(days=item["days_ago"])
            release = release_fields(releases) if item["title"] in last_year else {}
            changes = ArticleChanges(
                title=item["title"],
                body=item["body"],
                summary=item["summary"],
                dateline=item["dateline"],
                category=item["category"],
                tags=item["tags"],
                author_id=ids[item["author"]],
                featured_image_id=pictures.get(item.get("photo", "")),
                **release,
            )
            article = articles.create(changes, actor=sessions[item["author"]])
            # (the demo's statuses are set here, with the records the workflow would have made)
            fields: dict[str, Any] = {"status": item["status"], "created_at": when, "updated_at": when}
            action = _DEMO_ACTIONS.get(item["status"])
            number: int | None = None
            if action in ("approve", "publish"):
                number = record_revision(article.id, action, ids["editor"])
            if item["status"] == Status.PUBLISHED:
                fields.update(published_at=when, published_revision=number)
            Article.update(**fields).where(Article.id == article.id).execute()
            Revision.update(created_at=when).where(Revision.article == article.id).execute()
            if action is not None:
                record_status_change(
                    article.id,
                    Status.DRAFT,
                    item["status"],
                    ids["editor"],
                    action=action,
                    revision=number if number is not None else _latest_revision(article.id),
                    note="demo",
                    now=when,
                    signer=sessions["editor"].signer,
                )
        from desktop_app.core.corrections_demo import fill_demo_corrections

        fill_demo_corrections(database, data.get("corrections", []), sessions, now)
        fill_demo_press_releases(database, data["press_releases"], sessions, now)
    return len(data["articles"])


def _demo_pictures(database: Database, articles: list[dict[str, Any]]) -> dict[str, int]:
    """``{scene: asset id}``: the drawings the demo's articles name, in the media library with
    their description, caption and credit."""
    from desktop_app.core.demo_photos import CREDIT, SCENES, draw_scene
    from desktop_app.core.media import AssetService

    media = AssetService(database)
    found: dict[str, int] = {}
    for name in dict.fromkeys(item["photo"] for item in articles if item.get("photo")):
        asset = media.import_bytes(draw_scene(name), f"ilustrasi-{name}.jpg").asset
        scene = SCENES[name]
        media.update_metadata(asset.id, alt_text=scene.alt, caption=scene.caption, credit=CREDIT)
        found[name] = asset.id
    return found


def _latest_revision(article_id: int) -> int | None:
    row = (
        Revision.select(Revision.number)
        .where(Revision.article == article_id)
        .order_by(Revision.number.desc())
        .first()
    )
    return int(row.number) if row is not None else None
