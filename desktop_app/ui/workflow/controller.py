"""The workflow's UI logic: the current person, status actions (with their questions), comments
and restores. Widgets ask it; it calls the core (which enforces every rule) and reports back."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.checklist_text import refusal_text, warnings_question
from desktop_app.core.auth import SignedIn, current_person
from desktop_app.core.checklist import GATED_ACTIONS, CheckResult, check_article
from desktop_app.core.comments import CommentData
from desktop_app.core.corrections import CorrectionData
from desktop_app.core.dates import news_datetime, to_local, to_utc_naive
from desktop_app.core.errors import RedaksiError
from desktop_app.core.models import ArticleData, PersonData, Role
from desktop_app.core.snapshots import changed_since_approval, changed_since_publication
from desktop_app.core.status import Status
from desktop_app.core.workflow import Action, available_actions, check_action, check_live, is_live
from desktop_app.labels import action_label, role_label
from desktop_app.messages import describe_error
from desktop_app.ui.workflow.change_request import ChangeRequestDialog
from desktop_app.ui.workflow.people_dialogs import PeopleManagerDialog
from desktop_app.ui.workflow.sign_in_dialogs import (
    ChangePasswordDialog,
    FirstAdminDialog,
    LockScreen,
    SignInDialog,
)

#: The actions asked about in a dialog with a note (see :meth:`WorkflowController.ask_public_note`).
PUBLIC_NOTE_ACTIONS = (
    Action.CORRECT,
    Action.APPROVE_CORRECTION,
    Action.REJECT_CORRECTION,
    Action.TAKEDOWN,
)
#: The actions the window asks about first, naming the article.
CONFIRMED = (Action.APPROVE, Action.PUBLISH, Action.PUBLISH_CHANGES, Action.UNPUBLISH, Action.ARCHIVE)
#: The schedule dialog's time, as the app writes times ("14.05"; "WIB" stands beside it).
SCHEDULE_FORMAT = "dd-MM-yyyy HH.mm"

if TYPE_CHECKING:
    from desktop_app.core.auth import AuthService
    from desktop_app.services import Services


class WorkflowController(QObject):
    person_changed = Signal(object)  # PersonData | None
    article_changed = Signal(object)  # ArticleData: its status or text changed here
    comments_changed = Signal(int)  # article id
    passage_requested = Signal(int, int)  # start, end (Python string offsets) to select
    error_shown = Signal(str)
    message_shown = Signal(str)
    locked_changed = Signal(bool)

    def __init__(
        self, services: Services, settings, database_key: str, parent_widget: QWidget | None = None
    ) -> None:
        """``services``: the open database's; ``database_key`` names it in ``settings`` (where
        the person working on this workstation is remembered)."""
        super().__init__(parent_widget)
        self.settings = settings
        self.language = "id"  # of the dates in questions (the window sets its own)
        self.database_key = database_key
        self.parent_widget = parent_widget
        self.articles = services.articles
        self.people = services.people
        self._services = services
        self.workflow = services.workflow
        self.comments = services.comments
        self.revisions = services.revisions
        self.person: PersonData | None = None
        #: Made by the core when the person signed in; every change acts as it.
        self.session: SignedIn | None = None
        self.locked = False
        self.lock_screen: LockScreen | None = None
        self.article: ArticleData | None = None
        #: Saves the editor's unsaved text; True when nothing is left unsaved.
        self.flush: Callable[[], bool] = lambda: True
        #: The editor's current body (comments anchor against what the person sees).
        self.body_text: Callable[[], str | None] = lambda: None

    @property
    def auth(self) -> AuthService:
        """Signing in and passwords (made on first use: the first paint does not need it)."""
        return self._services.auth

    # -- the current person ------------------------------------------------------------------

    def remembered_name(self) -> str:
        """The name of the person who last signed in on this workstation (only to fill in the
        sign-in dialog: being remembered is no identity)."""
        person_id = self.settings.current_person(self.database_key)
        if person_id is None:
            return ""
        try:
            person = self.people.get(person_id)
        except RedaksiError:
            return ""
        return person.name if person.active else ""

    def set_person(self, session: SignedIn | None, *, remember: bool = True) -> None:
        """The person signed in (a :class:`SignedIn` made by the core's sign-in), or None:
        signed out."""
        person = None
        if session is not None:
            try:
                person = current_person(session)
            except RedaksiError as exc:
                self.show_error(describe_error(exc))
                session = None
        self.session = session
        self.person = person
        if remember and person is not None:
            self.settings.set_current_person(self.database_key, person.id)
        self.person_changed.emit(person)

    def ensure_person(self) -> PersonData | None:
        """The signed-in person; asks to sign in (or, on a new database, to set up its first
        administrator) when nobody is."""
        if self.person is None:
            self.sign_in()
        return self.person

    def sign_in(self) -> None:
        if self.auth.needs_first_admin():
            dialog: FirstAdminDialog | SignInDialog = FirstAdminDialog(
                self.auth, self.people, self.parent_widget
            )
        else:
            dialog = SignInDialog(self.auth, self.people, self.parent_widget, self.remembered_name())
        if self.exec_dialog(dialog) and dialog.signed_in is not None:
            self.set_person(dialog.signed_in)

    def switch_person(self) -> None:
        """Sign out (the unsaved text saved first) and sign in again."""
        if not self.flush():
            self.show_error(self.tr("The article could not be saved; nobody was signed out."))
            return
        self.set_person(None)
        self.sign_in()

    def lock(self) -> None:
        """Cover the window until its person types their password again. The editor's text is
        saved first (the workstation may be left for long); the editor itself stays as it was."""
        if self.session is None or self.locked:
            return
        self.flush()
        self.locked = True
        self.locked_changed.emit(True)
        screen = LockScreen(self.auth, self.session, self.parent_widget)
        self.lock_screen = screen
        screen.finished.connect(lambda _r: self._unlocked(screen))
        self.show_lock_screen(screen)

    def show_lock_screen(self, screen: LockScreen) -> None:
        """Window-modal, not blocking (tests type into it)."""
        screen.setWindowModality(Qt.WindowModality.ApplicationModal)
        screen.open()

    def _unlocked(self, screen: LockScreen) -> None:
        self.lock_screen = None
        self.locked = False
        self.locked_changed.emit(False)
        if screen.switch_requested:
            self.set_person(None)
            self.sign_in()
        elif screen.signed_in is not None:
            self.set_person(screen.signed_in, remember=False)  # signed in anew by the password

    def change_own_password(self) -> None:
        if self.session is None:
            return
        dialog = ChangePasswordDialog(self.auth, self.session, self.parent_widget)
        if self.exec_dialog(dialog):
            if dialog.signed_in is not None:
                self.set_person(dialog.signed_in, remember=False)  # the key opened by the new one
            self.message_shown.emit(self.tr("Your password was changed."))

    def exec_dialog(self, dialog: QDialog) -> bool:
        """Run a modal dialog (tests replace it)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def manage_people(self) -> None:
        if self.session is None or self.person is None or self.person.role != Role.ADMIN:
            self.show_error(self.tr("Only an admin manages people."))
            return
        self.exec_dialog(PeopleManagerDialog(self.people, self.session, self.parent_widget, self.auth))
        self.set_person(self.session, remember=False)

    def person_text(self) -> str:
        if self.person is None:
            return self.tr("Nobody signed in")
        return f"{self.person.name} ({role_label(self.person.role)})"

    # -- the open article --------------------------------------------------------------------

    def set_article(self, article: ArticleData | None) -> None:
        self.article = article

    def actions(self) -> list[Action]:
        if self.article is None or self.person is None:
            return []
        return available_actions(self.person, self.article)

    def published_revisions(self) -> set[int]:
        """The open article's revisions that were on the website (History marks them)."""
        return self._services.corrections.published_revisions(self.article.id) if self.article else set()

    def pending_correction(self) -> CorrectionData | None:
        """The open article's correction waiting for approval."""
        return self._services.corrections.pending(self.article.id) if self.article else None

    def site_language(self) -> str:
        """The website's language (how a public note will read there)."""
        from desktop_app.core.site_settings import load_site_settings

        return load_site_settings(self._services.database).language or "id"

    def changed_since_publication(self) -> bool:
        """Published: the website shows an older text. Approved: publishing would put the
        approved text online, not the edits made since."""
        if self.article is None:
            return False
        if self.article.status == Status.APPROVED:
            return changed_since_approval(self.article.id)
        return changed_since_publication(self.article.id)

    def perform(self, action: str) -> ArticleData | None:
        """Take ``action`` on the open article, asking what it needs (a note, a time)."""
        if self.article is None or self.ensure_person() is None:
            return None
        action = Action(action)
        try:  # refuse before asking anything (the core checks again when it acts)
            check_action(
                self.person, self.article.status, action, deleted=self.article.deleted_at is not None
            )
            check_live(action, self.article.status, is_live(self.article))
        except RedaksiError as exc:
            self.show_error(describe_error(exc))
            return None
        note = ""
        publish_at = None
        if action == Action.REQUEST_CHANGES:
            note = self.ask_note()
            if note is None:
                return None
        elif action in PUBLIC_NOTE_ACTIONS:
            public_note = self.ask_public_note(action)
            if public_note is None:
                return None
            note = public_note
        elif action == Action.SCHEDULE:
            publish_at = self.ask_publish_time()
            if publish_at is None:
                return None
        if not self.flush():
            self.show_error(self.tr("The article could not be saved, so its status was not changed."))
            return None
        warnings_accepted = False
        if action.value in GATED_ACTIONS:  # the core checks again when it acts
            try:
                checklist = check_article(
                    self._services.database, self.articles.get(self.article.id), action=action.value
                )
            except RedaksiError as exc:
                self.show_error(describe_error(exc))
                return None
            if checklist.blocking:
                self.show_error(
                    refusal_text(action_label(action).rstrip("…"), tuple(checklist.blocking), False)
                )
                return None
            if checklist.warnings:
                if not self.accept_warnings(action, checklist.warnings):
                    return None
                warnings_accepted = True
        if action in CONFIRMED and not warnings_accepted and not self.confirm(action):
            return None
        assert self.session is not None  # (a person is signed in: ensure_person)
        try:
            article = self.workflow.perform(
                self.article.id,
                action,
                self.session,
                note=note,
                publish_at=publish_at,
                expected_status=self.article.status,
                warnings_accepted=warnings_accepted,
            )
        except RedaksiError as exc:
            self.show_error(describe_error(exc))
            self._reload()
            return None
        self.article = article
        self.article_changed.emit(article)
        return article

    def _reload(self) -> None:
        if self.article is None:
            return
        try:
            self.article = self.articles.get(self.article.id)
        except RedaksiError:
            return
        self.article_changed.emit(self.article)

    # -- questions (tests replace these) ----------------------------------------------------

    def ask_note(self) -> str | None:
        """The note of a change request (required); None when cancelled."""
        title = self.article.title if self.article is not None else ""
        dialog = ChangeRequestDialog(title, self.parent_widget)
        if not self.exec_dialog(dialog):
            return None
        return dialog.note()

    def ask_public_note(self, action: Action) -> str | None:
        """The note of a correction, its approval (""), its rejection or a takedown, asked in
        its dialog (see :mod:`.correction_dialog`); None when cancelled."""
        from desktop_app.ui.workflow.correction_dialog import ask_public_note

        return ask_public_note(self, action)

    def ask_publish_time(self) -> _dt.datetime | None:
        """A future publish time as naive UTC; None when cancelled."""
        dialog = QDialog(self.parent_widget)
        dialog.setObjectName("scheduleDialog")
        dialog.setWindowTitle(self.tr("Schedule publication"))
        edit = QDateTimeEdit(dialog)
        edit.setObjectName("scheduleTime")
        edit.setAccessibleName(self.tr("Publish at"))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(SCHEDULE_FORMAT)
        start = to_local(_dt.datetime.now(_dt.UTC) + _dt.timedelta(hours=1)).replace(tzinfo=None)
        edit.setDateTime(QDateTime(start.replace(minute=0, second=0, microsecond=0)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        title = self.article.title if self.article is not None else ""
        label = QLabel(
            self.tr("Put “{0}” on the website automatically at (office time, WIB):").format(
                title or self.tr("(untitled)")
            ),
            dialog,
        )
        label.setWordWrap(True)
        layout.addWidget(label)
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(QLabel("WIB", dialog))
        layout.addLayout(row)
        layout.addWidget(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        local = edit.dateTime().toPython().replace(tzinfo=None)
        return to_utc_naive(local)

    def confirmation_text(self, action: Action) -> str:
        """What the window asks before ``action``: the article by name and, for publishing,
        where it goes and when."""
        article = self.article
        title = (article.title if article else "") or self.tr("(untitled)")
        if action == Action.APPROVE:
            return self.tr("Approve “{0}”? An editor can then publish it on the website.").format(title)
        if action in (Action.PUBLISH, Action.PUBLISH_CHANGES):
            embargo = article.publish_at if article else None
            if embargo is not None and embargo > _dt.datetime.now(_dt.UTC).replace(tzinfo=None):
                when = self.tr("at {0} (its embargo)").format(news_datetime(embargo, self.language))
            else:
                when = self.tr("now")
            if action == Action.PUBLISH_CHANGES:
                return self.tr(
                    "Put the changes to “{0}” on the website {1}? The next website export carries them."
                ).format(title, when)
            return self.tr(
                "Publish “{0}” on the website {1}? The next website export puts it online."
            ).format(title, when)
        if action == Action.UNPUBLISH:
            return self.tr("Take “{0}” off the website? It stays approved.").format(title)
        return self.tr("Take “{0}” off the website and archive it?").format(title)

    def confirm(self, action: Action) -> bool:
        answer = QMessageBox.question(
            self.parent_widget,
            action_label(action).rstrip("…"),
            self.confirmation_text(action),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def accept_warnings(self, action: Action, warnings: list[CheckResult]) -> bool:
        """The checklist's warnings before ``action`` (once; for an action that asks anyway,
        with its confirmation): True to go on."""
        title = (self.article.title if self.article else "") or self.tr("(untitled)")
        text = warnings_question(action_label(action).rstrip("…"), title, warnings)
        if action in CONFIRMED:
            text += "\n\n" + self.confirmation_text(action)
        answer = QMessageBox.question(
            self.parent_widget,
            self.tr("Checklist"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, message: str) -> None:
        self.error_shown.emit(message)
        if self.parent_widget is not None and self.parent_widget.isVisible():
            QMessageBox.warning(self.parent_widget, self.tr("Redaksi"), message)

    # -- comments ----------------------------------------------------------------------------

    def list_comments(self) -> list[CommentData]:
        if self.article is None:
            return []
        return self.comments.list(self.article.id, body=self.body_text())

    def _comment_call(self, call: Callable[[SignedIn], object]) -> bool:
        """``call`` with the signed-in person (asked to sign in first when nobody is)."""
        if self.article is None or self.ensure_person() is None or self.session is None:
            return False
        try:
            call(self.session)
        except RedaksiError as exc:
            self.show_error(describe_error(exc))
            return False
        self.comments_changed.emit(self.article.id)
        return True

    def add_comment(self, body: str, quote: str = "", start: int | None = None) -> bool:
        return self._comment_call(
            lambda s: self.comments.add(self.article.id, s, body, quote=quote, anchor_start=start)
        )

    def reply(self, comment_id: int, body: str) -> bool:
        return self._comment_call(lambda s: self.comments.reply(comment_id, s, body))

    def resolve(self, comment_id: int) -> bool:
        return self._comment_call(lambda s: self.comments.resolve(comment_id, s))

    def reopen_comment(self, comment_id: int) -> bool:
        return self._comment_call(lambda s: self.comments.reopen(comment_id, s))

    def open_comment_count(self) -> int:
        return self.comments.open_count(self.article.id) if self.article else 0

    def article_saved(self, article: ArticleData) -> None:
        """After a save: keep the article and move comment anchors along with the text."""
        self.article = article
        self.comments.update_anchors(article.id)

    # -- history -----------------------------------------------------------------------------

    def restore_revision(self, number: int) -> ArticleData | None:
        if self.article is None or self.ensure_person() is None:
            return None
        if not self.flush():
            self.show_error(self.tr("The article could not be saved, so nothing was restored."))
            return None
        try:
            current = self.articles.get(self.article.id)
            article = self.revisions.restore(
                self.article.id, number, actor=self.session, expected_version=current.version
            )
        except RedaksiError as exc:
            self.show_error(describe_error(exc))
            return None
        self.article = article
        self.article_changed.emit(article)
        return article
