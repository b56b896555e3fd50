"""Small widgets of the main window: the save-problem banner, the damaged-database banner, the
presence banner (someone else is editing) and the empty state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.save_problems import UNREACHABLE, SaveProblem
from desktop_app.ui.empty_state import EmptyPanel


def _banner_colours(widget: QWidget, name: str) -> None:
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    background = "#5c1d1d" if dark else "#fdecc8"
    foreground = "#ffe4e4" if dark else "#5c3b00"
    widget.setStyleSheet(f"#{name} {{ background: {background}; }}#{name}Message {{ color: {foreground}; }}")


def _message_above_buttons(banner: QFrame, message: QLabel) -> QHBoxLayout:
    """The banner's layout: the message over its full width, the buttons in a row below it
    (right-aligned); returns the row, for the buttons."""
    layout = QVBoxLayout(banner)
    layout.setContentsMargins(12, 8, 12, 8)
    layout.setSpacing(6)
    layout.addWidget(message)
    row = QHBoxLayout()
    row.addStretch(1)
    layout.addLayout(row)
    return row


def _show_details(parent: QWidget, title: str, summary: str, details: str) -> None:
    """The raw words behind a banner (SQLite's), for whoever helps: never in the banner."""
    box = QMessageBox(QMessageBox.Icon.Information, title, summary, QMessageBox.StandardButton.Close, parent)
    box.setObjectName("bannerDetails")
    box.setDetailedText(details)
    box.exec()


class _Banner(QFrame):
    """A coloured strip over the editor: a selectable message (``message``, object name
    ``<name>Message``) and, under it, the subclass's buttons."""

    def __init__(self, name: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible_name)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.message = QLabel(self)
        self.message.setObjectName(f"{name}Message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def text(self) -> str:
        return self.message.text()


class SaveBanner(_Banner):
    """Says why the text could not be saved; the text stays in the editor."""

    retry_requested = Signal()
    keep_mine_requested = Signal()
    load_theirs_requested = Signal()
    compare_requested = Signal()  # both versions side by side (desktop_app/ui/safety)
    reopen_requested = Signal()  # save into the file now at the database's path
    save_copy_requested = Signal()  # File ▸ Save Copy As…

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("saveBanner", QCoreApplication.translate("SaveBanner", "Save problem"), parent)
        self.retry_button = QPushButton(self.tr("Retry Now"), self)
        self.keep_button = QPushButton(self.tr("Keep My Text"), self)
        self.load_button = QPushButton(self.tr("Load Their Version"), self)
        self.compare_button = QPushButton(self.tr("Compare…"), self)
        self.compare_button.setObjectName("saveBannerCompare")
        self.compare_button.setAccessibleName(self.tr("Compare both versions side by side"))
        self.reopen_button = QPushButton(self.tr("Save Into the File There Now"), self)
        self.reopen_button.setObjectName("saveBannerReopen")
        self.reopen_button.setAccessibleName(
            self.tr("Open the file now at the database's place and save your text into it")
        )
        self.save_copy_button = QPushButton(self.tr("Save Copy As…"), self)
        self.save_copy_button.setObjectName("saveBannerSaveCopy")
        self.save_copy_button.setAccessibleName(self.tr("Save the article as a Markdown file elsewhere"))
        self.details_button = QPushButton(self.tr("Details…"), self)
        self.details_button.setObjectName("saveBannerDetails")
        self.details = ""  # the raw words behind the message (SQLite's): for Details only
        buttons = _message_above_buttons(self, self.message)
        for button in (
            self.retry_button,
            self.reopen_button,
            self.save_copy_button,
            self.compare_button,
            self.keep_button,
            self.load_button,
            self.details_button,
        ):
            buttons.addWidget(button)
        self.retry_button.clicked.connect(self.retry_requested)
        self.keep_button.clicked.connect(self.keep_mine_requested)
        self.load_button.clicked.connect(self.load_theirs_requested)
        self.compare_button.clicked.connect(self.compare_requested)
        self.reopen_button.clicked.connect(self.reopen_requested)
        self.save_copy_button.clicked.connect(self.save_copy_requested)
        self.details_button.clicked.connect(self.show_details)
        self._apply_colours()
        self.hide()

    def _apply_colours(self) -> None:
        _banner_colours(self, "saveBanner")

    def _show_buttons(self, *shown: QPushButton) -> None:
        for button in (
            self.retry_button,
            self.reopen_button,
            self.save_copy_button,
            self.compare_button,
            self.keep_button,
            self.load_button,
        ):
            button.setVisible(button in shown)
        self.details_button.setVisible(bool(self.details))

    def show_failure(self, message: str, problem: str | None = None, details: str = "") -> None:
        """A failed save: ``message`` (translated) and, by the ``problem``'s kind
        (:class:`SaveProblem`), what the user can do; ``details`` (raw) behind Details…."""
        self.details = details
        if problem == SaveProblem.FILE_REPLACED:
            self.message.setText(
                self.tr(
                    "Not saved: another file has taken the place of the database file while it was "
                    "open (a sync program, or a backup copied over it?). Nothing was written to "
                    "either file and your text is kept here: save it into the file now at that "
                    "place, or save a copy elsewhere."
                )
            )
            self._show_buttons(self.reopen_button, self.save_copy_button)
        elif problem == SaveProblem.FIELD_HELD_BACK:  # the rest was saved: nothing to retry
            self.message.setText(
                self.tr("{0} What you typed stays here: it is saved once the field is fixed.").format(message)
            )
            self._show_buttons()
        elif problem in UNREACHABLE or problem == SaveProblem.DAMAGED:
            self.message.setText(
                self.tr(
                    "Not saved: {0} Your text is kept here; Redaksi tries again shortly. You can "
                    "also save a copy elsewhere."
                ).format(message)
            )
            self._show_buttons(self.retry_button, self.save_copy_button)
        else:
            self.message.setText(
                self.tr("Not saved: {0} Your text is kept here; Redaksi tries again shortly.").format(message)
            )
            self._show_buttons(self.retry_button)
        self.show()

    def problem_shown(self) -> bool:
        """Whether the banner offers a copy elsewhere (the database cannot take the text)."""
        return self.isVisible() and self.save_copy_button.isVisible()

    def show_details(self) -> None:
        _show_details(self, self.tr("Save problem"), self.message.text(), self.details)

    def show_read_only(self) -> None:
        self.message.setText(
            self.tr(
                "Read-only mode: the database cannot be written to (the file or its folder is "
                "read-only). Your unsaved text is kept here and can be copied; editing resumes as "
                "soon as Redaksi can save again."
            )
        )
        self.details = ""
        self._show_buttons(self.retry_button)
        self.show()

    def show_conflict(self, message: str) -> None:
        self.message.setText(message)
        self.details = ""
        self._show_buttons(self.compare_button, self.keep_button, self.load_button)
        self.show()


class DatabaseHealthBanner(_Banner):
    """Says that the background check found the open database damaged, and the way back: the
    newest good backup (Help ▸ Restore from Backup…)."""

    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "healthBanner", QCoreApplication.translate("DatabaseHealthBanner", "Damaged database"), parent
        )
        self.restore_button = QPushButton(self.tr("Restore from Backup…"), self)
        self.restore_button.setObjectName("healthBannerRestore")
        self.restore_button.setAccessibleName(self.tr("Restore the newest good backup"))
        self.details_button = QPushButton(self.tr("Details…"), self)
        self.details_button.setObjectName("healthBannerDetails")
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setObjectName("healthBannerDismiss")
        self.details = ""
        buttons = _message_above_buttons(self, self.message)
        for button in (self.restore_button, self.details_button, self.dismiss_button):
            buttons.addWidget(button)
        self.restore_button.clicked.connect(self.restore_requested)
        self.details_button.clicked.connect(
            lambda: _show_details(self, self.tr("Damaged database"), self.message.text(), self.details)
        )
        self.dismiss_button.clicked.connect(self.hide)
        _banner_colours(self, "healthBanner")
        self.hide()

    def show_damaged(self, problems: list[str], newest_backup: str | None, can_restore: bool = True) -> None:
        """``problems``: SQLite's words (behind Details…); ``newest_backup``: the date of the
        newest good backup, formatted, or None when there is none."""
        if newest_backup is not None:
            advice = self.tr(
                "The newest good backup is from {0}: restore it (the damaged file is kept beside "
                "it), after saving a copy of the open article if it has changed since."
            ).format(newest_backup)
        else:
            advice = self.tr(
                "There is no good backup of it: save a copy of the articles you need (File ▸ Save "
                "Copy As…) and ask for help."
            )
        self.message.setText(
            self.tr(
                "This database file is damaged: the check after opening found damaged pages. "
                "Some articles may be incomplete or fail to open or save. {0}"
            ).format(advice)
        )
        self.details = "\n".join(problems)
        self.restore_button.setVisible(can_restore and newest_backup is not None)
        self.details_button.setVisible(bool(self.details))
        self.show()


class PresenceBanner(_Banner):
    """Says that someone else is editing the open article (or took it over from this window),
    with a Take Over button; the article stays readable (see ``desktop_app/ui/presence.py``)."""

    take_over_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "presenceBanner", QCoreApplication.translate("PresenceBanner", "Someone else is editing"), parent
        )
        self.take_over_button = QPushButton(self.tr("Take Over"), self)
        self.take_over_button.setObjectName("presenceBannerTakeOver")
        self.take_over_button.setAccessibleName(self.tr("Take over editing this article"))
        buttons = _message_above_buttons(self, self.message)
        buttons.addWidget(self.take_over_button)
        self.take_over_button.clicked.connect(self.take_over_requested)
        _presence_colours(self)
        self.hide()

    def show_editing(self, name: str, since: str) -> None:
        """Another window holds the article: this one shows it without taking it."""
        self.message.setText(
            self.tr("Being edited by {0} since {1}. You can read it here; take it over to edit it.").format(
                name, since
            )
        )
        self.show()

    def show_taken(self, name: str, at: str, saved: bool = True) -> None:
        """Another window took the article over from this one (``saved``: this window's text
        was saved when it learnt it; if not, the save banner says why)."""
        if saved:
            text = self.tr(
                "{0} took over this article at {1}. Your text was saved as usual and stays here "
                "to read; take it back to go on editing."
            )
        else:
            text = self.tr(
                "{0} took over this article at {1}. Your text stays here, but it is not saved yet "
                "(see below); take it back to go on editing."
            )
        self.message.setText(text.format(name, at))
        self.show()


def _presence_colours(widget: QWidget) -> None:
    """A calm blue: a notice, not a failure."""
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    background = "#1d3a5c" if dark else "#dbe9fb"
    foreground = "#e4efff" if dark else "#0b2f57"
    widget.setStyleSheet(
        f"#presenceBanner {{ background: {background}; }}#presenceBannerMessage {{ color: {foreground}; }}"
    )


class EmptyState(EmptyPanel):
    """What the centre shows when no article is open: an invitation to write, with the
    shortcuts that get there."""

    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, object_name="emptyState", scale=1.6)
        self.button.setObjectName("emptyStateNew")
        self.button.setDefault(True)
        self.button.setMinimumWidth(160)
        self.action_requested.connect(self.new_requested)
        self.set_shortcuts(QKeySequence(QKeySequence.StandardKey.New), QKeySequence("Ctrl+Shift+F"))

    def set_shortcuts(self, new: QKeySequence, search: QKeySequence) -> None:
        """The keys of New Article and Search Articles, as the window's actions have them."""
        native = QKeySequence.SequenceFormat.NativeText
        hints = []
        if not new.isEmpty():
            hints.append(self.tr("{0} new article").format(new.toString(native)))
        if not search.isEmpty():
            hints.append(self.tr("{0} search the articles").format(search.toString(native)))
        self.set_content(
            self.tr("No article open"),
            self.tr(
                "Pick a headline on the left to read or edit it, or start a new article: it is "
                "saved as you type."
            ),
            self.tr("New Article"),
            "   ·   ".join(hints),
        )
