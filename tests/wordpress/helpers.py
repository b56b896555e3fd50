"""Articles made and moved through the workflow, and WordPress set up, for the WordPress tests."""

from __future__ import annotations

from desktop_app.core.articles import ArticleService
from desktop_app.core.media import AssetService
from desktop_app.core.models import ArticleChanges
from desktop_app.core.people import PeopleService
from desktop_app.core.wordpress.config import PasswordStore, WordPressSettings, save_wordpress_settings
from desktop_app.core.workflow import WorkflowService
from tests.media_samples import png_bytes
from tests.people_helpers import admin_of, as_person


def set_up_wordpress(database, site, account=None) -> PasswordStore:
    """The site and ``account`` (the editor by default) saved as an admin would."""
    account = account or site.editor
    save_wordpress_settings(database, WordPressSettings(site.url, account.user), actor=admin_of(database))
    store = PasswordStore(use_keyring=False)
    store.set(site.url, account.user, account.password)
    return store


def editor_of(database):
    admin = admin_of(database, "Admin WordPress")
    people = PeopleService(database).list()
    editor = next((p for p in people if p.name == "Redaktur WordPress"), None)
    return as_person(editor or PeopleService(database).create(admin, "Redaktur WordPress", "editor"))


def photo(database, color=(200, 40, 40), *, alt="Bupati membuka rapat", caption="", credit=""):
    service = AssetService(database)
    asset = service.import_bytes(png_bytes(96, 64, color), "rapat.png").asset
    return service.update_metadata(asset.id, alt_text=alt, caption=caption, credit=credit)


def published(database, title, *, body="Isi berita.", actions=("submit", "approve", "publish"), **fields):
    """A new article taken through ``actions`` by an editor; returns it."""
    articles = ArticleService(database)
    article = articles.create(ArticleChanges(title=title, body=body, **fields))
    editor = editor_of(database)
    workflow = WorkflowService(database)
    for action in actions:
        if isinstance(action, tuple):
            workflow.perform(article.id, action[0], editor, **action[1])
        else:
            workflow.perform(article.id, action, editor)
    return articles.get(article.id)
