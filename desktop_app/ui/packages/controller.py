"""Review packages in the main window (``desktop_app/core/packages/``):

* Article ▸ Send for Review…: choose the articles (the open one ticked) and the partner, then
  where to save the ``.redaksi`` file; it is signed by the person signed in.
* File ▸ Import Review Package…: the package is read and checked, its preview shown
  (:class:`ImportPreviewDialog`); only Import writes, in one transaction.
* An article both sides changed shows the conflict banner (the save banner's Compare…, Keep My
  Text, Load Their Version) until someone settles it.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from desktop_app.core.articles import ALL_ARTICLES
from desktop_app.core.models import ArticleData, Headline
from desktop_app.messages import describe_error
from desktop_app.ui.banner import SaveBanner, _banner_colours
from desktop_app.workers import run_in_background

if TYPE_CHECKING:  # (the packages' code and dialogs load on first use: not at start-up)
    from desktop_app.core.packages import ImportResult, PackResult, Plan
    from desktop_app.ui.packages.preview_dialog import ImportPreviewDialog

FILTER_SUFFIX = "*.redaksi"
#: The articles Send for Review offers to tick (the most recently changed).
SEND_LIST_LIMIT = 500


def _local_time(value: _dt.datetime) -> str:
    """A stored (naive UTC) time as the office says it: "Sabtu, 5 Desember 2026 16.38 WIB"."""
    from desktop_app.core.dates import news_datetime
    from desktop_app.i18n import current_language

    return news_datetime(value, current_language())


class PackagesController(QObject):
    #: A package was imported (how many articles it touched).
    imported = Signal(int)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.last_folder = ""
        self.busy = False
        self.progress: QProgressDialog | None = None
        self.last_preview: ImportPreviewDialog | None = None
        self.send_action = QAction(self.tr("&Send for Review…"), window)
        self.send_action.setObjectName("actionSendForReview")
        self.send_action.setStatusTip(
            self.tr("Put articles with their history and comments into one file for a reviewer elsewhere")
        )
        self.send_action.triggered.connect(self.send)
        self.import_action = QAction(self.tr("Import Re&view Package…"), window)
        self.import_action.setObjectName("actionImportReviewPackage")
        self.import_action.setStatusTip(self.tr("See what a review package brings, then import it"))
        self.import_action.triggered.connect(self.choose_and_import)
        self.banner = SaveBanner(window)
        self.banner.setObjectName("packageConflictBanner")
        self.banner.message.setObjectName("packageConflictBannerMessage")
        self.banner.setAccessibleName(self.tr("Changed on both sides"))
        _banner_colours(self.banner, "packageConflictBanner")
        self.banner.compare_requested.connect(self.compare)
        self.banner.keep_mine_requested.connect(self.keep_mine)
        self.banner.load_theirs_requested.connect(self.take_theirs)
        self.banner.hide()

    # -- helpers -----------------------------------------------------------------------------

    def _session(self) -> Any:
        session = self.window.current_session()
        if session is None:
            QMessageBox.information(
                self.window, self.tr("Review Packages"), self.tr("Sign in to send or import review packages.")
            )
        return session

    def _error(self, exc: Exception) -> None:
        QMessageBox.warning(self.window, self.tr("Review Packages"), describe_error(exc))

    # -- sending -------------------------------------------------------------------------------

    def send(self) -> None:
        from desktop_app.core.packages import default_recipient, pack
        from desktop_app.core.packages.state import partners
        from desktop_app.ui.packages.send_dialog import SendDialog

        if self.busy:
            return
        session = self._session()
        if session is None or not self.window.flush():
            return
        articles = self.window.articles
        chosen = {
            i for i in (self.window.current_article_id(), self.window.sidebar.current_article_id()) if i
        }
        # the most recently changed (an archive of 100,000 is no list to tick), and the open one
        headlines = articles.list_headlines(ALL_ARTICLES, limit=SEND_LIST_LIMIT)
        for missing in chosen - {h.id for h in headlines}:
            a = articles.get(missing)
            headlines.insert(
                0,
                Headline(
                    a.id,
                    a.uuid,
                    a.title,
                    a.slug,
                    a.status,
                    a.category,
                    a.author,
                    a.created_at,
                    a.updated_at,
                    a.publish_at,
                    a.deleted_at,
                    a.word_count,
                ),
            )
        uuids = [h.uuid for h in headlines if h.id in chosen]
        dialog = SendDialog(headlines, chosen, partners(), default_recipient(uuids), self.window)
        if not dialog.exec():
            return
        ids = dialog.chosen_ids()
        first = next((h for h in headlines if h.id == ids[0]), None) if ids else None
        name = f"{(first.slug if first else 'naskah')[:40]}-{_dt.date.today().isoformat()}.redaksi"
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save Review Package"),
            str(Path(self.last_folder or Path.home()) / name),
            self.tr("Review packages ({0})").format(FILTER_SUFFIX),
        )
        if not path:
            return
        if not path.endswith(".redaksi"):
            path += ".redaksi"
        self.last_folder = str(Path(path).parent)
        recipient = dialog.recipient_id()
        self._start(self.tr("Writing the review package…"))
        run_in_background(
            lambda: pack(ids, session, path, recipient=recipient, new_recipient=recipient is None),
            self._sent,
            self._failed,
        )

    def _sent(self, result: PackResult) -> None:
        self._stop()
        self.window.statusBar().showMessage(
            self.tr("%n article(s) saved in the review package {0}", "", result.articles).format(
                result.path.name
            ),
            10_000,
        )

    # -- importing -----------------------------------------------------------------------------

    def choose_and_import(self) -> None:
        if self.busy:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import Review Package"),
            self.last_folder,
            self.tr("Review packages ({0});;All files (*)").format(FILTER_SUFFIX),
        )
        if path:
            self.last_folder = str(Path(path).parent)
            self.import_file(path)

    def _start(self, text: str) -> None:
        self.busy = True
        self.import_action.setEnabled(False)
        self.send_action.setEnabled(False)
        self.progress = QProgressDialog(text, "", 0, 0, self.window)
        self.progress.setObjectName("packageProgress")
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)

    def _stop(self) -> None:
        self.busy = False
        self.import_action.setEnabled(True)
        self.send_action.setEnabled(True)
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _failed(self, exc: Exception) -> None:
        """Refused or rolled back: nothing was written."""
        self._stop()
        self._error(exc)

    def import_file(self, path: str) -> None:
        """Read and check the package in a worker thread, show what it brings, and import it
        (again in a worker thread, one transaction) when the person chooses Import."""
        from desktop_app.core.packages import make_plan, read_package

        if self.busy:
            return
        session = self._session()
        if session is None or not self.window.flush():
            return
        self._start(self.tr("Checking “{0}”…").format(Path(path).name))
        run_in_background(
            lambda: make_plan(read_package(path)), lambda plan: self._preview(plan, session), self._failed
        )

    def _preview(self, plan: Plan, session: Any) -> None:
        from desktop_app.core.packages import import_package
        from desktop_app.package_messages import record_refused_comment
        from desktop_app.ui.packages.preview_dialog import ImportPreviewDialog

        self._stop()
        dialog = ImportPreviewDialog(
            plan, _local_time(plan.incoming.created_at), self.window, can_confirm_keys=session.is_admin
        )
        self.last_preview = dialog
        if not dialog.exec():
            return
        confirm_keys = dialog.confirmed_keys()
        self._start(self.tr("Importing the review package…"))
        run_in_background(
            lambda: import_package(
                plan.incoming, session, wording=record_refused_comment, confirm_keys=confirm_keys
            ),
            self._imported,
            self._failed,
        )

    def _imported(self, result: ImportResult) -> None:
        self._stop()
        self.window.sidebar.refresh()
        open_id = self.window.current_article_id()
        if open_id is not None and open_id in result.article_ids:
            self.window.reload_article()
        elif result.article_ids:
            self.window.open_article(result.article_ids[0])
        self.window.statusBar().showMessage(
            self.tr("Review package imported: %n article(s)", "", len(result.article_ids)), 10_000
        )
        self.imported.emit(len(result.article_ids))

    # -- the conflict banner -------------------------------------------------------------------

    def show_for(self, article: ArticleData | None) -> None:
        """The open article changed: its banner when both sides changed it."""
        from desktop_app.core.package_conflicts import open_conflict

        conflict = open_conflict(article.id) if article is not None else None
        if conflict is None:
            self.banner.hide()
            return
        self.banner.show_conflict(
            self.tr(
                "{0} also changed this article (review package of {1}). Your text stays current; "
                "theirs is kept as revision {2}. Compare them, keep yours, or load theirs."
            ).format(conflict.sender, _local_time(conflict.created_at), conflict.revision)
        )

    def _conflict_texts(self) -> tuple[Any, Any] | None:
        from desktop_app.core.packages.conflicts import open_conflict

        article = self.window.current_article()
        conflict = open_conflict(article.id) if article is not None else None
        if conflict is None:
            return None
        theirs = self.window.services.revisions.get(article.id, conflict.revision)
        return theirs, conflict

    def compare(self) -> None:
        from desktop_app.ui.safety.conflict_dialog import ConflictChoice, ConflictDialog

        found = self._conflict_texts()
        if found is None:
            return
        theirs, conflict = found
        mine = self.window.editor.changes()
        dialog = ConflictDialog(
            theirs.body,
            mine.body,
            theirs_title=theirs.title,
            mine_title=mine.title,
            theirs_label=self.tr("{0}'s version (from the review package)").format(conflict.sender),
            parent=self.window,
        )
        dialog.exec()
        if dialog.choice == ConflictChoice.TAKE_THEIRS:
            self.take_theirs()
        elif dialog.choice == ConflictChoice.KEEP_MINE:
            merged = dialog.merged_text()
            if merged != mine.body:
                cursor = self.window.editor.body_edit.textCursor()
                cursor.select(QTextCursor.SelectionType.Document)
                cursor.insertText(merged)
            self.keep_mine()

    def keep_mine(self) -> None:
        from desktop_app.core.packages.conflicts import keep_mine

        article = self.window.current_article()
        session = self._session()
        if article is None or session is None or not self.window.flush():
            return
        try:
            keep_mine(article.id, session)
        except Exception as exc:  # noqa: BLE001 - shown
            self._error(exc)
            return
        self.banner.hide()

    def take_theirs(self) -> None:
        from desktop_app.core.packages.conflicts import take_theirs

        article = self.window.current_article()
        session = self._session()
        if article is None or session is None or not self.window.flush():
            return
        try:
            take_theirs(article.id, session, self.window.current_article().version)
        except Exception as exc:  # noqa: BLE001 - shown
            self._error(exc)
            return
        self.window.reload_article()
