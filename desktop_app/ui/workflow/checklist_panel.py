"""The checklist line under the status header: how the open article stands against the office's
checklist (what is missing, what warns), with the items listed under "Details". The core checks
again when the article moves on; this is what the writer sees while writing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from desktop_app.checklist_text import check_label, result_text
from desktop_app.core.checklist import Check, Checklist, Level, Outcome
from desktop_app.core.models import ArticleData
from desktop_app.ui.elided_label import ElidedLabel
from desktop_app.ui.palette import is_dark
from desktop_app.workers import LatestOnly

MARKS = {Outcome.PASSED: "✓", Outcome.WARNING: "⚠", Outcome.BLOCKING: "✗", Outcome.SKIPPED: "–"}


class ChecklistPanel(QFrame):
    """A one-line summary; Details shows every item."""

    def __init__(
        self, check: Callable[[ArticleData, bool], Checklist], parent: QWidget | None = None
    ) -> None:
        """``check(article, spelling)``: the article's checklist (run off the GUI thread; with
        ``spelling`` it spell checks the whole text, which takes a while)."""
        super().__init__(parent)
        self.check = check
        self.checklist: Checklist | None = None
        self._runner = LatestOnly(serial=True)
        self.setObjectName("checklistPanel")
        self.setAccessibleName(self.tr("Checklist before publishing"))
        # One line at any width: shortened with "…", the whole text in its tooltip.
        self.summary = ElidedLabel("", self)
        self.summary.setObjectName("checklistSummary")
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.details_button = QToolButton(self)
        self.details_button.setObjectName("checklistDetailsButton")
        self.details_button.setText(self.tr("Details"))
        self.details_button.setAccessibleName(self.tr("Show the checklist's items"))
        self.details_button.setCheckable(True)
        self.details_button.setAutoRaise(True)
        self.details_button.toggled.connect(self._details_toggled)
        self.details = QLabel(self)
        self.details.setObjectName("checklistItems")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.hide()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.summary, 1)
        top.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 3, 10, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.details)
        self._style("ok")
        self.hide()

    def _style(self, state: str) -> None:
        dark = is_dark(self.palette())
        colours = {
            "ok": ("#1f4a2f", "#d3ecdc") if dark else ("#edf7f0", "#1f4a2f"),
            "warning": ("#5c4a10", "#fdefc3") if dark else ("#fff8e1", "#6b4e00"),
            "blocking": ("#5e2219", "#fbd9d3") if dark else ("#fdecea", "#8c1d18"),
        }
        background, foreground = colours[state]
        self.setStyleSheet(
            f"QFrame#checklistPanel {{ background: {background}; }}"
            f"QFrame#checklistPanel QLabel {{ color: {foreground}; }}"
        )

    def set_article(self, article: ArticleData | None, *, spelling: bool = True) -> None:
        """Check ``article`` again (None: hide). ``spelling=False`` (after each save while
        typing) keeps the spelling item of the last full check of the same article: the whole
        text is spell checked when the article is opened or its comments change, not on every
        autosave (the editor underlines misspellings as they are typed)."""
        if article is None or article.deleted_at is not None:
            self._runner.cancel()
            self.checklist = None
            self.hide()
            return
        check = self.check
        self._runner.run(
            lambda: check(article, spelling), lambda found: self.show_checklist(article.id, found), None
        )

    def show_checklist(self, article_id: int, checklist: Checklist) -> None:
        previous = self.checklist
        if previous is not None and previous.article_id == article_id:
            spelling = checklist.result(Check.SPELLING)
            if spelling.outcome == Outcome.SKIPPED and spelling.level != Level.OFF:
                kept = previous.result(Check.SPELLING)
                checklist = Checklist(
                    article_id, tuple(kept if r.check == Check.SPELLING else r for r in checklist.results)
                )
        self.checklist = checklist
        blocking, warnings = checklist.blocking, checklist.warnings
        passed = sum(1 for r in checklist.results if r.outcome == Outcome.PASSED)
        if blocking:
            text = self.tr("Checklist: missing {0}").format(", ".join(check_label(r.check) for r in blocking))
            if warnings:
                text += " · " + self.tr("%n warning(s)", "", len(warnings))
            state = "blocking"
        elif warnings:
            text = self.tr("Checklist: %n warning(s)", "", len(warnings)) + " — " + result_text(warnings[0])
            state = "warning"
        else:
            text = self.tr("Checklist: ready (%n item(s) checked)", "", passed)
            state = "ok"
        self.summary.setText(text)
        self.summary.setAccessibleName(text)
        self.details.setText("\n".join(f"{MARKS[r.outcome]}  {result_text(r)}" for r in checklist.results))
        self._style(state)
        self.setProperty("state", state)
        self.show()

    def _details_toggled(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide") if shown else self.tr("Details"))
