"""Article ▸ Lead Story (Berita Utama) and Article ▸ Share to WhatsApp.

The first pins the open article on the website's front page (an editor's act, recorded in the
audit trail; one lead story at a time) or unpins it; the second copies a ready message for the
office's WhatsApp groups (the headline in bold, the lead, the link). The work is the core's
(:mod:`desktop_app.core.lead_story`); this turns it into two menu actions and their messages.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from desktop_app.core import lead_story
from desktop_app.core.auth import SignedIn
from desktop_app.core.errors import RedaksiError, ValidationError
from desktop_app.messages import describe_error

if TYPE_CHECKING:
    from peewee import Database


class LeadStoryController(QObject):
    def __init__(
        self,
        database: Callable[[], Database],
        window: QMainWindow,
        current_article_id: Callable[[], int | None],
        current_session: Callable[[], SignedIn | None],
    ) -> None:
        super().__init__(window)
        self.database = database
        self.window = window
        self.current_article_id = current_article_id
        self.current_session = current_session
        self.action_pin = QAction(self.tr("&Lead Story (Berita Utama)"), window)
        self.action_pin.setObjectName("actionLeadStory")
        self.action_pin.setCheckable(True)
        self.action_pin.setStatusTip(
            self.tr("Show this article first and large on the website's front page (one at a time)")
        )
        self.action_pin.triggered.connect(self.toggle_pin)
        self.action_whatsapp = QAction(self.tr("Share to Wh&atsApp"), window)
        self.action_whatsapp.setObjectName("actionShareWhatsApp")
        self.action_whatsapp.setStatusTip(
            self.tr("Copy a message for WhatsApp groups: the headline, the lead and the link")
        )
        self.action_whatsapp.triggered.connect(self.copy_whatsapp_message)
        self.actions = [self.action_pin, self.action_whatsapp]

    def update_actions(self) -> None:
        """Enabled with an article open; Lead Story checked when it is the pinned one."""
        article_id = self.current_article_id()
        for action in self.actions:
            action.setEnabled(article_id is not None)
        pinned = lead_story.lead_story(self.database()) if article_id is not None else None
        self.action_pin.setChecked(pinned is not None and pinned.article_id == article_id)

    def toggle_pin(self) -> None:
        article_id = self.current_article_id()
        session = self.current_session()
        if article_id is None:
            return
        try:
            if session is None:
                raise ValidationError("not_signed_in")
            pinned = lead_story.lead_story(self.database())
            if pinned is not None and pinned.article_id == article_id:
                lead_story.unpin(self.database(), session)
                self._say(self.tr("The front page shows the newest article first again."))
            else:
                lead_story.pin(self.database(), article_id, session)
                self._say(
                    self.tr(
                        "This article is now the lead story (Berita Utama). Export the website to show it."
                    )
                )
        except RedaksiError as exc:
            self._refuse(self.tr("Lead Story"), exc)
        self.update_actions()

    def whatsapp_message(self) -> str:
        article_id = self.current_article_id()
        if article_id is None:
            return ""
        return lead_story.whatsapp_message(self.database(), article_id)

    def copy_whatsapp_message(self) -> None:
        try:
            message = self.whatsapp_message()
        except RedaksiError as exc:
            self._refuse(self.tr("Share to WhatsApp"), exc)
            return
        if message:
            QGuiApplication.clipboard().setText(message)
            self._say(self.tr("The WhatsApp message is copied: paste it into the group."))

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def _refuse(self, title: str, exc: RedaksiError) -> None:
        QMessageBox.warning(self.window, title, self.describe(exc))

    def describe(self, exc: RedaksiError) -> str:
        if isinstance(exc, ValidationError):
            texts = {
                "not_live": self.tr(
                    "Only an article that is on the website (published, not scheduled for later) "
                    "can be the lead story or be shared."
                ),
                "no_base_url": self.tr(
                    "The website has no base URL, so there is no link to share. An admin sets it "
                    "in File ▸ Website Settings."
                ),
                "not_signed_in": self.tr("Sign in first."),
            }
            if exc.code in texts:
                return texts[exc.code]
        return describe_error(exc)
