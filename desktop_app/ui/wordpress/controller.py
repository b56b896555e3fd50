"""The WordPress send queue in the window: a worker that sends what is due (every half minute,
and at once after a workflow action), and a status-bar button that tells the open article's
state ("Waiting to send to the website", a failure's reason, a conflict) and offers to try
again, or to send Redaksi's version over a post changed on WordPress."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from desktop_app.core.wordpress import outbox
from desktop_app.core.wordpress.config import load_wordpress_settings
from desktop_app.wordpress_messages import send_state_text, wordpress_error_text
from desktop_app.workers import run_in_background

SEND_INTERVAL_MS = 30_000
REFRESH_INTERVAL_MS = 5_000


class WordPressController(QObject):
    message_shown = Signal(str)

    def __init__(
        self,
        database: Callable[[], Any],
        window: QWidget,
        current_article_id: Callable[[], int | None],
        signed_in: Callable[[], Any] = lambda: None,
    ):
        """``signed_in``: who works in the window now (their key signs the sends' records in
        the audit trail; unsigned, in the publisher's name, while nobody is signed in)."""
        super().__init__(window)
        self.database = database
        self.signed_in = signed_in
        self.window = window
        self.current_article_id = current_article_id
        self.sending = False
        self.button = QPushButton(window)
        self.button.setObjectName("wordpressSendState")
        self.button.setFlat(True)
        self.button.setAccessibleName(self.tr("Website send"))
        self.button.hide()
        self.button.clicked.connect(self.act_on_state)
        self.send_timer = QTimer(self)
        self.send_timer.setInterval(SEND_INTERVAL_MS)
        self.send_timer.timeout.connect(self.send_due)
        self.send_timer.start()
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_INTERVAL_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        self.refresh_timer.start()

    def configured(self) -> bool:
        try:
            return load_wordpress_settings(self.database()).configured
        except Exception:  # noqa: BLE001 - no database open, or it went away
            return False

    def refresh(self) -> None:
        """Show the open article's latest send, if it has one."""
        article_id = self.current_article_id()
        state = None
        if article_id is not None:
            try:
                state = outbox.send_states([article_id]).get(article_id)
            except Exception:  # noqa: BLE001 - the database went away: show nothing
                state = None
        if state is None or state.state == outbox.SUPERSEDED:
            self.button.hide()
            return
        text = send_state_text(state.state, state.operation)
        tip = text
        if state.error is not None and state.state != outbox.DONE:
            tip = wordpress_error_text(state.error)
            if state.state == outbox.PENDING:
                text = self.tr("{0} (try {1})").format(text, state.attempts + 1)
        elif state.post_link:
            tip = state.post_link
        colours = {outbox.FAILED: "#b3261e", outbox.CONFLICT: "#b3261e", outbox.PENDING: "#8a5300"}
        self.button.setStyleSheet(f"color: {colours.get(state.state, '#1b6e2d')};")
        self.button.setText(text)
        self.button.setToolTip(tip)
        self.button.setProperty("sendState", state.state)
        self.button.show()

    def send_due(self) -> None:
        """Send what is due, in a worker thread (one round at a time)."""
        if self.sending or not self.configured():
            return
        self.sending = True
        database, actor = self.database(), self.signed_in()
        run_in_background(lambda: outbox.process_queue(database, actor=actor), self._sent, self._failed)

    def _sent(self, report: Any) -> None:
        self.sending = False
        if report.sent:
            self.message_shown.emit(self.tr("Sent to the website: %n article(s).", "", len(report.sent)))
        for _article, problem in report.failed:
            self.message_shown.emit(wordpress_error_text(problem))
        self.refresh()

    def _failed(self, exc: Exception) -> None:
        self.sending = False
        self.message_shown.emit(str(exc))
        self.refresh()

    def article_changed(self, *_: object) -> None:
        """A workflow action may have queued a send: go now."""
        self.refresh()
        QTimer.singleShot(0, self.send_due)

    def act_on_state(self) -> None:
        article_id = self.current_article_id()
        state = self.button.property("sendState")
        if article_id is None or state not in (outbox.FAILED, outbox.CONFLICT, outbox.PENDING):
            return
        overwrite = False
        if state == outbox.CONFLICT:
            answer = QMessageBox.question(
                self.window,
                self.tr("Changed on the Website"),
                self.tr(
                    "The post was changed on WordPress since Redaksi last sent it. Send Redaksi's "
                    "published version over those changes?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            overwrite = True
        outbox.retry(article_id, overwrite=overwrite)
        self.refresh()
        self.send_due()
