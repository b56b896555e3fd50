"""The main window: headline sidebar, article editor, live preview, autosave.

Built from small ``_create_*`` methods; every connection between parts is made in
:meth:`MainWindow._connect_signals`. Widgets only emit what the user wants; the window decides.
The core services come in through the constructor, built by the composition root
(:class:`desktop_app.services.Services`); nothing here makes one.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.models import ArticleData, PersonData
from desktop_app.messages import describe_error
from desktop_app.settings import Preferences, Settings
from desktop_app.ui.article_commands import ArticleCommands
from desktop_app.ui.autosave import AutosaveController
from desktop_app.ui.banner import DatabaseHealthBanner, EmptyState, PresenceBanner, SaveBanner
from desktop_app.ui.editor import ArticleEditor
from desktop_app.ui.fonts import editor_font
from desktop_app.ui.headline_model import headline_from_article
from desktop_app.ui.icons import icon
from desktop_app.ui.pane_fit import PaneFit
from desktop_app.ui.presence import presence_time
from desktop_app.ui.preview import PreviewPane
from desktop_app.ui.recent import RecentDatabasesMenu
from desktop_app.ui.sidebar import HeadlineList
from desktop_app.ui.window_layout import ActionFactory, WindowLayout, application_icon

if TYPE_CHECKING:
    from desktop_app.core.auth import SignedIn
    from desktop_app.services import Services

#: Find and Replace where the platform binds no key to it: Qt binds one on Windows, GNOME and KDE
#: only (not ⌘H on macOS: it hides the application).
REPLACE_FALLBACK = "Ctrl+Alt+F" if sys.platform == "darwin" else "Ctrl+H"
#: The toolbar's icons, in device-independent pixels: the line icons read best a little below the
#: styles' 24 (beside a label in the system font).
TOOLBAR_ICON_SIZE = 20


class MainWindow(QMainWindow):
    open_database_requested = Signal(str)  # a file the user chose; the app opens it
    new_database_requested = Signal(str)
    language_changed = Signal(str)

    def __init__(
        self, services: Services, settings: Settings, language: str = "id", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.articles = services.articles
        self.settings = settings
        self.language = language
        self.preferences: Preferences = settings.preferences()
        self.undo_stack = QUndoStack(self)
        self._retired = False
        self._database_read_only = False  # the database refuses writes
        self._presence_read_only = False  # someone else edits the open article
        # nobody signed in (until the workflow's parts, built after the paint, say who is): what
        # is written is someone's, so the text waits for a sign-in
        self._signed_out = True
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Redaksi"))
        self.setWindowIcon(application_icon())
        self.action_factory = ActionFactory(self)  # makes every action of the window

        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self._create_sidebar()
        self._create_editor()
        self._create_central()
        self._create_status_bar()
        self._create_window_layout()
        self._create_media_actions()
        self._create_spelling_actions()
        self._create_paste_plain_action()
        self.commands = ArticleCommands(self, self)
        self._connect_signals()
        self._apply_preferences(self.preferences)
        self._restore_window_state()
        self.update_actions()
        self._finished = False

    def finish_building(self) -> None:
        """The parts the first paint does not show: image import, website export, the editorial
        workflow's header, panel and people. Redaksi starts by painting the window and calls
        this on the next turn of the event loop; ``build_main_window`` calls it at once unless
        asked to open after the first paint. Opening an article finishes first."""
        if self._finished:
            return
        self._finished = True
        self._create_media_controller()
        self._create_export_actions()
        self._create_upload()
        self._create_print_actions()
        self._create_docx_import()
        self._create_imports()
        self._create_workflow_panels()
        self._create_officials_actions()
        self._create_lead_story_actions()
        self._create_presence()
        self._create_wordpress()
        self._create_review_packages()
        self._connect_late_signals()
        self.update_actions()

    # -- building ---------------------------------------------------------------------------

    def _create_actions(self) -> None:
        key = QKeySequence.StandardKey
        a = self.action_factory.create
        self.action_new = a(self.tr("&New Article"), None, key.New, "file-plus", name="actionNew")
        self.action_save = a(self.tr("&Save"), None, key.Save, "save", name="actionSave")
        self.action_save_copy = a(
            self.tr("Save Copy &As…"), None, key.SaveAs, "save-all", name="actionSaveCopy"
        )
        self.action_save_copy.setStatusTip(
            self.tr("Save the open article as a Markdown file with its details (front matter)")
        )
        self.action_open_database = a(self.tr("&Open Database…"), None, key.Open, "folder-open")
        self.action_new_database = a(self.tr("New &Database…"), None, None, "database-plus")
        self.action_preferences = a(self.tr("&Preferences…"), None, key.Preferences, "settings")
        self.action_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action_quit = a(self.tr("&Quit"), self.close, key.Quit, "log-out")
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_undo = a(self.tr("&Undo"), None, key.Undo, "undo-2", name="actionUndo")
        self.action_redo = a(self.tr("&Redo"), None, key.Redo, "redo-2", name="actionRedo")
        self.action_find = a(self.tr("&Find…"), None, key.Find, "search")
        self.action_replace = a(
            self.tr("Find and Re&place…"), None, key.Replace, "replace", fallback=REPLACE_FALLBACK
        )
        self.action_search_articles = a(self.tr("Search &Articles"), None, "Ctrl+Shift+F", "text-search")
        self.action_bold = a(self.tr("&Bold"), None, key.Bold, "bold")
        self.action_italic = a(self.tr("&Italic"), None, key.Italic, "italic")
        self.action_link = a(self.tr("Insert &Link…"), None, "Ctrl+K", "link")
        self.action_heading = a(self.tr("&Heading"), None, "Ctrl+Shift+H", "heading")
        self.action_quote = a(self.tr("&Quote"), None, "Ctrl+Shift+Q", "quote")
        self.action_bullets = a(self.tr("Bulleted Li&st"), None, "Ctrl+Shift+L", "list")
        self.action_code = a(self.tr("&Code"), None, "Ctrl+Shift+K", "code")
        self.action_toggle_sidebar = a(
            self.tr("Show &Sidebar"), None, "Ctrl+Shift+B", "panel-left", checkable=True
        )
        self.action_toggle_preview = a(
            self.tr("Show &Preview"), None, "Ctrl+Shift+P", "eye", checkable=True, name="actionTogglePreview"
        )
        self.action_distraction_free = a(
            self.tr("&Distraction-Free Mode"),
            None,
            key.FullScreen,
            "maximize",
            checkable=True,
            fallback="F11",
        )
        self.action_duplicate = a(self.tr("D&uplicate"), None, "Ctrl+Shift+D", "copy")
        # The Delete key alone: Qt also binds Ctrl+D (Emacs) to Delete on Linux, for line edits.
        self.action_trash = a(
            self.tr("Move to &Trash"),
            None,
            QKeySequence(key.Delete),
            "trash-2",
            name="actionTrash",
        )
        self.action_trash.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action_restore = a(self.tr("&Restore from Trash"), None, None, "archive-restore")
        self.action_delete_forever = a(self.tr("Delete &Forever…"), None, None, "circle-x")
        self.action_backup_now = a(
            self.tr("Back &Up Now"), None, None, "database-backup", name="actionBackupNow"
        )
        self.action_backup_now.setStatusTip(self.tr("Make a backup of this database now"))
        self.action_guide = a(self.tr("&Guide"), None, key.HelpContents, "book-open", name="actionGuide")
        self.action_guide.setStatusTip(self.tr("Read the guide to Redaksi"))
        self.action_shortcuts = a(
            self.tr("&Keyboard Shortcuts"), None, "Ctrl+/", "keyboard", name="actionShortcuts"
        )
        self.action_about = a(self.tr("&About Redaksi"), None, None, "info")
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.action_about_qt = a(self.tr("About &Qt"), QApplication.aboutQt)
        self.action_about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.format_actions = [
            self.action_bold,
            self.action_italic,
            self.action_link,
            self.action_heading,
            self.action_quote,
            self.action_bullets,
            self.action_code,
            self.action_find,
            self.action_replace,
        ]

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.recent_menu = RecentDatabasesMenu(self)
        self.recent_menu.set_entries(self.settings.recent_databases())
        self.file_menu.addActions([self.action_new, self.action_save, self.action_save_copy])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.action_open_database, self.action_new_database])
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.action_backup_now)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_preferences)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_quit)

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.addActions([self.action_undo, self.action_redo])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.action_find, self.action_replace, self.action_search_articles])
        self.edit_menu.addSeparator()
        self.format_menu = QMenu(self.tr("F&ormat"), self)
        self.format_menu.addActions([self.action_bold, self.action_italic, self.action_link])
        self.format_menu.addSeparator()
        self.format_menu.addActions(
            [self.action_heading, self.action_quote, self.action_bullets, self.action_code]
        )
        self.edit_menu.addMenu(self.format_menu)

        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addActions([self.action_toggle_sidebar, self.action_toggle_preview])
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.action_distraction_free)

        self.article_menu = bar.addMenu(self.tr("&Article"))
        self.article_menu.addActions([self.action_new, self.action_duplicate])
        self.article_menu.addSeparator()
        self.article_menu.addActions([self.action_trash, self.action_restore, self.action_delete_forever])

        # The office's records (press-release register...): before Help.
        self.records_menu = bar.addMenu(self.tr("&Records"))
        self.action_release_register = self.action_factory.create(
            self.tr("Press Release &Register…"),
            self.show_release_register,
            None,
            "list",
            name="actionReleaseRegister",
        )
        self.records_menu.addAction(self.action_release_register)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addActions([self.action_guide, self.action_shortcuts])
        self.help_menu.addSeparator()
        self.help_menu.addActions([self.action_about, self.action_about_qt])

    def _create_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Main Toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(TOOLBAR_ICON_SIZE, TOOLBAR_ICON_SIZE))
        # The main actions (New Article, Save, Preview) keep their name beside the icon; the
        # formatting buttons show the icon alone (low priority). Every tooltip names the key.
        for action in (self.action_new, self.action_save, self.action_toggle_preview):
            self.action_factory.tooltip_with_shortcut(action)
        self.toolbar.addActions([self.action_new, self.action_save])
        self.toolbar.addSeparator()
        for action in (
            self.action_bold,
            self.action_italic,
            self.action_heading,
            self.action_link,
            self.action_quote,
            self.action_bullets,
        ):
            self._add_icon_only_button(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.action_toggle_preview)
        self.addToolBar(self.toolbar)

    def _add_icon_only_button(self, action: QAction, before: QAction | None = None) -> None:
        action.setPriority(QAction.Priority.LowPriority)
        self.action_factory.tooltip_with_shortcut(action)
        if before is None:
            self.toolbar.addAction(action)
        else:
            self.toolbar.insertAction(before, action)

    def _create_sidebar(self) -> None:
        self.sidebar = HeadlineList(
            self.articles, self, language=self.language, sort=self.settings.sort_key()
        )

    def _create_editor(self) -> None:
        self.editor = ArticleEditor(self)
        self.preview = PreviewPane(self)
        self.empty_state = EmptyState(self)
        self.banner = SaveBanner(self)
        self.presence_banner = PresenceBanner(self)
        self.health_banner = DatabaseHealthBanner(self)
        self.autosave = AutosaveController(
            self.articles, self.editor.changes, self.preferences.autosave_delay_ms, self
        )

    def _create_central(self) -> None:
        self.editor_stack = QStackedWidget(self)
        self.editor_stack.addWidget(self.empty_state)
        self.editor_stack.addWidget(self.editor)
        centre = QWidget(self)
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.health_banner)
        layout.addWidget(self.presence_banner)
        layout.addWidget(self.banner)
        layout.addWidget(self.editor_stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([320, 560, 400])
        self.setCentralWidget(self.splitter)
        # the panes' minimums, and the preview folding before the editor gets too narrow
        self.pane_fit = PaneFit(
            self.splitter,
            self.sidebar,
            centre,
            self.preview,
            self.editor.body_edit,
            self.action_toggle_preview,
            self.action_toggle_sidebar,
        )

    def _create_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        self.save_label = QLabel(self)
        self.save_label.setObjectName("saveStatus")
        self.undo_button = QToolButton(self)
        self.undo_button.setObjectName("undoTrashButton")
        self.undo_button.setAutoRaise(True)
        self.undo_button.hide()
        self.stats_label = QLabel(self)
        self.stats_label.setObjectName("editorStats")
        bar.addWidget(self.save_label)
        bar.addWidget(self.undo_button)
        bar.addPermanentWidget(self.stats_label)

    def _create_window_layout(self) -> None:
        """Distraction-free mode and the window state kept between runs."""
        self.window_layout = WindowLayout(
            self,
            self.settings,
            self.splitter,
            {"sidebar": self.sidebar, "preview": self.preview, "toolbar": self.toolbar},
            self.action_distraction_free,
        )

    def _create_media_actions(self) -> None:
        """Article ▸ Insert Image… (toolbar too) and Article ▸ Media Library…; the
        controller behind them comes with :meth:`finish_building`."""
        self.action_insert_image = self.action_factory.create(
            self.tr("Insert &Image…"), None, "Ctrl+Shift+I", "image-plus", name="actionInsertImage"
        )
        self.action_image_properties = self.action_factory.create(
            self.tr("Image &Properties…"), None, None, "image", name="actionImageProperties"
        )
        self.action_media_library = self.action_factory.create(
            self.tr("&Media Library…"), None, None, "images", name="actionMediaLibrary"
        )
        self.article_menu.addSeparator()
        self.article_menu.addActions(
            [self.action_insert_image, self.action_image_properties, self.action_media_library]
        )
        self._add_icon_only_button(self.action_insert_image, before=self.action_toggle_preview)
        self.toolbar.insertSeparator(self.action_toggle_preview)
        # only with an article open
        self.format_actions += [self.action_insert_image, self.action_image_properties]

    def _create_media_controller(self) -> None:
        from desktop_app.ui.media.controller import MediaController

        self.media = MediaController(self.services.assets, self.editor, self)

    def _create_export_actions(self) -> None:
        """File ▸ Export Website…, File ▸ Website Settings…, Article ▸ Copy as HTML and
        Article ▸ Save Article as HTML…."""
        from desktop_app.ui.export_controller import ExportController

        def current_slug() -> str:
            article = self.current_article()
            return article.slug if article else ""

        self.export = ExportController(
            lambda: self.services.site_export,
            self,
            self.current_article_id,
            current_slug,
            lambda: self.workflow.controller.session,  # site settings: an admin's
        )
        self.file_menu.insertActions(
            self.action_preferences, [self.export.action_export, self.export.action_site_settings]
        )
        self.file_menu.insertSeparator(self.action_preferences)
        self.article_menu.addSeparator()
        self.article_menu.addActions(self.export.article_actions)
        self.format_actions.extend(self.export.article_actions)  # only with an article open
        export = self.export
        for action, name in (
            (export.action_export, "globe"),
            (export.action_site_settings, "sliders-horizontal"),
            (export.action_copy_html, "code-xml"),
            (export.action_save_html, "file-code"),
        ):
            action.setIcon(icon(name))

    def _create_upload(self) -> None:
        """File ▸ Upload Site… under Export Website… (``ui/upload/``)."""
        from desktop_app.ui.upload.controller import UploadController

        self.upload = UploadController(
            self,
            self.services.database,
            self.services.target,
            lambda: self.services.site_export,
            self.export.show_site_settings,
        )
        self.file_menu.insertAction(self.export.action_site_settings, self.upload.action)
        self.upload.action.setIcon(icon("cloud-upload"))

    def _create_print_actions(self) -> None:
        """File ▸ Print… and Export as PDF… (the approval sheet), Article ▸ Export as Word… and
        Export as OpenDocument… (``ui/print_controller.py``)."""
        from desktop_app.ui.print_controller import PrintController

        self.printing = PrintController(
            self.services.database,
            self,
            self.current_article_id,
            lambda: self.autosave.save("autosave"),
            self.language,
        )
        self.file_menu.insertActions(self.action_preferences, self.printing.file_actions)
        self.file_menu.insertSeparator(self.action_preferences)
        self.article_menu.addActions(self.printing.article_actions)
        self.format_actions.extend(self.printing.actions)  # only with an article open
        printing = self.printing
        for action, name in (
            (printing.action_print, "printer"),
            (printing.action_export_pdf, "file-down"),
            (printing.action_export_docx, "file-text"),
            (printing.action_export_odt, "file-text"),
        ):
            action.setIcon(icon(name))

    def _create_docx_import(self) -> None:
        """File ▸ Import Word Document… (``ui/docx_import_controller.py``), under Save Copy As…."""
        from desktop_app.ui.docx_import_controller import DocxImportController

        self.docx_import = DocxImportController(lambda: self.services, self, self.current_session, self.flush)
        after = self.file_menu.actions()[self.file_menu.actions().index(self.action_save_copy) + 1]
        self.file_menu.insertAction(after, self.docx_import.action)
        self.docx_import.action.setIcon(icon("file-input"))
        self.docx_import.imported.connect(self._show_imported)

    def _create_imports(self) -> None:
        """File ▸ Import ▸ From WordPress Export (WXR)… / From Markdown Folder…, File ▸ Export ▸
        To Markdown Folder… (``ui/imports/controller.py``)."""
        from desktop_app.ui.imports.controller import ImportsController

        self.imports = ImportsController(lambda: self.services, self, self.current_session, self.flush)
        self.imports.add_to(self.file_menu, self.docx_import.action)
        self.imports.imported.connect(self.sidebar.refresh)

    def _show_imported(self, article_id: int) -> None:
        if self.sidebar.showing_trash() or self.sidebar.showing_for_me():
            self.sidebar.filter_combo.setCurrentIndex(0)
        self.sidebar.refresh()
        self.open_article(article_id)

    def _create_workflow_panels(self) -> None:
        """Status header above the editor, the Review and History dock, and who is working
        in the status bar."""
        from desktop_app.ui.workflow.host import WorkflowPanels

        self.workflow = WorkflowPanels(self.services, self.settings, self.services.key, self, self.language)
        centre = self.banner.parentWidget().layout()
        assert isinstance(centre, QVBoxLayout)  # (made in _create_central)
        centre.insertWidget(1, self.workflow.header)
        centre.insertWidget(2, self.workflow.checklist)
        centre.insertWidget(3, self.workflow.change_banner)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.workflow.dock)
        self.restoreDockWidget(self.workflow.dock)  # made after restoreState(): its own place
        self.statusBar().addPermanentWidget(self.workflow.person_button)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.workflow.toggle_action)
        button = self.workflow.person_button
        for action, name in (
            (self.workflow.toggle_action, "panel-right"),
            (button.lock_action, "lock"),
            (button.switch_action, "users-round"),
            (button.password_action, "key-round"),
            (button.manage_action, "user-round-cog"),
        ):
            action.setIcon(icon(name))
        self.file_menu.insertActions(self.action_quit, [button.lock_action, button.switch_action])
        self.file_menu.insertSeparator(self.action_quit)
        self.workflow.controller.error_shown.connect(self.show_error)
        self.workflow.controller.message_shown.connect(self.show_error)
        self.workflow.set_idle_lock(self.preferences.lock_after_minutes)

    def _create_lead_story_actions(self) -> None:
        """Article ▸ Lead Story (Berita Utama) and Share to WhatsApp (``ui/lead_story_controller.py``)."""
        from desktop_app.ui.lead_story_controller import LeadStoryController

        self.lead_story = LeadStoryController(
            lambda: self.services.database, self, self.current_article_id, self.current_session
        )
        self.article_menu.addSeparator()
        self.article_menu.addActions(self.lead_story.actions)
        self.format_actions.extend(self.lead_story.actions)  # only with an article open
        self.article_menu.aboutToShow.connect(self.lead_story.update_actions)

    def _create_officials_actions(self) -> None:
        """Edit ▸ Insert Official… (under Paste as Plain Text) and Edit ▸ Officials Directory…
        (beside the office's word lists); ``ui/officials/``."""
        from desktop_app.ui.officials.controller import OfficialsController

        self.officials = OfficialsController(
            lambda: self.services,
            self,
            self.current_session,
            self.current_article,
            self.editor,
            self.editor.body_edit,
        )
        actions = self.edit_menu.actions()
        self.edit_menu.insertAction(
            actions[actions.index(self.action_paste_plain) + 1], self.officials.action_insert
        )
        actions = self.edit_menu.actions()
        self.edit_menu.insertAction(
            actions[actions.index(self.action_office_style) + 1], self.officials.action_directory
        )
        self.format_actions.append(self.officials.action_insert)  # only with an article open
        self.officials.directory_changed.connect(
            lambda: self.workflow.checklist.set_article(self.current_article(), spelling=False)
        )

    def _create_wordpress(self) -> None:
        """The WordPress send queue's worker and the open article's send state in the status
        bar (``ui/wordpress/``)."""
        from desktop_app.ui.wordpress.controller import WordPressController

        self.wordpress = WordPressController(
            lambda: self.services.database,
            self,
            self.current_article_id,
            lambda: self.workflow.controller.session,
        )
        self.statusBar().addPermanentWidget(self.wordpress.button)
        self.wordpress.message_shown.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.workflow.controller.article_changed.connect(self.wordpress.article_changed)

    def _create_presence(self) -> None:
        """Who else edits the open article (``ui/presence.py``): the banner, read-only until
        taken over, the sidebar's marks."""
        from desktop_app.ui.presence import PresenceController

        def ensure_person() -> int | None:
            person = self.workflow.controller.ensure_person()
            return person.id if person else None

        from desktop_app.core.presence_sessions import WindowSessions

        self.presence = PresenceController(
            self.services.presence,
            self,
            flush=self.flush,
            ensure_person=ensure_person,
            sessions=WindowSessions(self.settings.config_dir / "windows"),
            database_key=self.services.key,
        )
        person = self.workflow.controller.person
        self.presence.set_person(person.id if person else None)

    def _create_review_packages(self) -> None:
        """Article ▸ Send for Review…, File ▸ Import Review Package… (under Import Word
        Document…) and the banner of an article changed on both sides (``ui/packages/``)."""
        from desktop_app.ui.packages.controller import PackagesController

        self.review_packages = PackagesController(self)
        self.article_menu.addSeparator()
        self.article_menu.addAction(self.review_packages.send_action)
        after = self.file_menu.actions()[self.file_menu.actions().index(self.docx_import.action) + 1]
        self.file_menu.insertAction(after, self.review_packages.import_action)
        parent = self.editor_stack.parentWidget()
        centre = parent.layout() if parent is not None else None
        assert isinstance(centre, QVBoxLayout)  # (made in _create_central)
        centre.insertWidget(centre.indexOf(self.editor_stack), self.review_packages.banner)

    def _create_spelling_actions(self) -> None:
        """Edit ▸ Office Dictionary…; ``spell_check`` is installed by the app."""
        self.action_office_dictionary = self.action_factory.create(
            self.tr("Office &Dictionary…"),
            self.show_office_dictionary,
            icon="book-a",
            name="actionOfficeDictionary",
        )
        self.action_office_style = self.action_factory.create(
            self.tr("Office &House Style…"),
            self.show_office_style_rules,
            icon="spell-check",
            name="actionOfficeHouseStyle",
        )
        self.edit_menu.insertAction(self.format_menu.menuAction(), self.action_office_dictionary)
        self.edit_menu.insertAction(self.format_menu.menuAction(), self.action_office_style)
        self.edit_menu.insertSeparator(self.format_menu.menuAction())

    def _create_paste_plain_action(self) -> None:
        """Edit ▸ Paste as Plain Text (Ctrl+Shift+V); a plain paste (Ctrl+V) of HTML becomes
        Markdown (``MarkdownTextEdit.paste_html``), and what it left out shows in the status bar."""
        self.action_paste_plain = self.action_factory.create(
            self.tr("Paste as Plain &Text"), self._paste_plain_text, "Ctrl+Shift+V", name="actionPastePlain"
        )
        self.edit_menu.insertAction(self.action_find, self.action_paste_plain)
        self.edit_menu.insertSeparator(self.action_find)
        self.format_actions.append(self.action_paste_plain)  # only with an article open
        body = self.editor.body_edit
        body.paste_message.connect(lambda text: self.statusBar().showMessage(text, 10000))

    def _paste_plain_text(self) -> None:
        paste = getattr(QApplication.focusWidget(), "paste", None)
        if paste is None or QApplication.focusWidget() is self.editor.body_edit:
            self.editor.body_edit.paste_plain_text()
        else:
            paste()  # the title, summary and other fields take plain text anyway

    def show_office_dictionary(self) -> None:
        spell_check = getattr(self, "spell_check", None)
        if spell_check is None or spell_check.open_office_dictionary(self) is None:
            self.statusBar().showMessage(self.tr("The office dictionary is not available."), 10000)

    def show_office_style_rules(self) -> None:
        """Edit ▸ Office House Style…: the office's own house-style rules."""
        spell_check = getattr(self, "spell_check", None)
        if spell_check is None or spell_check.open_office_style_rules(self) is None:
            self.statusBar().showMessage(self.tr("The office's house style is not available."), 10000)

    # -- wiring: the one place where parts meet ---------------------------------------------

    def _connect_signals(self) -> None:
        c = self.commands
        self.action_new.triggered.connect(c.new_article)
        self.action_save.triggered.connect(self.save_now)
        self.action_duplicate.triggered.connect(lambda: c.duplicate(self.current_article_id()))
        self.action_trash.triggered.connect(lambda: c.trash(self.sidebar_or_open_id()))
        self.action_restore.triggered.connect(lambda: c.restore(self.sidebar_or_open_id()))
        self.action_delete_forever.triggered.connect(lambda: c.delete_forever(self.sidebar_or_open_id()))
        self.action_open_database.triggered.connect(c.choose_database)
        self.action_new_database.triggered.connect(c.choose_new_database)
        c.database_chosen.connect(self.open_database_requested)
        c.new_database_chosen.connect(self.new_database_requested)
        self.action_preferences.triggered.connect(self.show_preferences)
        self.action_about.triggered.connect(self.show_about)
        self.action_guide.triggered.connect(self.show_guide)
        self.action_shortcuts.triggered.connect(self.show_shortcuts)
        self.action_backup_now.triggered.connect(self.back_up_now)
        self.action_undo.triggered.connect(self.undo)
        self.action_redo.triggered.connect(self.redo)
        self.action_search_articles.triggered.connect(self.sidebar.focus_search)
        self.action_toggle_sidebar.toggled.connect(self.sidebar.setVisible)
        self.action_toggle_preview.toggled.connect(self.set_preview_visible)
        self.pane_fit.preview_folded.connect(self._preview_folded)
        self.action_distraction_free.toggled.connect(self.window_layout.set_distraction_free)
        self.action_distraction_free.toggled.connect(self.pane_fit.set_suspended)
        for action, slot in (
            (self.action_bold, self.editor.toggle_bold),
            (self.action_italic, self.editor.toggle_italic),
            (self.action_link, self.editor.insert_link),
            (self.action_heading, self.editor.toggle_heading),
            (self.action_quote, self.editor.toggle_quote),
            (self.action_bullets, self.editor.toggle_bullet_list),
            (self.action_code, self.editor.toggle_code),
            (self.action_find, self.editor.show_find),
            (self.action_replace, self.editor.show_replace),
        ):
            action.triggered.connect(slot)

        self.recent_menu.database_chosen.connect(self.open_database_requested)
        self.recent_menu.clear_requested.connect(self._clear_recent)

        self.sidebar.article_selected.connect(self.open_article)
        self.sidebar.new_requested.connect(c.new_article)
        self.sidebar.duplicate_requested.connect(c.duplicate)
        self.sidebar.trash_requested.connect(c.trash)
        self.sidebar.restore_requested.connect(c.restore)
        self.sidebar.delete_forever_requested.connect(c.delete_forever)
        self.sidebar.sort_changed.connect(self.settings.set_sort_key)
        self.sidebar.error_occurred.connect(self.show_error)
        self.empty_state.new_requested.connect(c.new_article)
        self.empty_state.set_shortcuts(self.action_new.shortcut(), self.action_search_articles.shortcut())

        self.editor.content_changed.connect(self._content_changed)
        self.editor.title_changed.connect(self._title_changed)
        self.editor.stats_changed.connect(self._show_stats)
        self.editor.scroll_fraction_changed.connect(self.preview.set_scroll_fraction)
        self.editor.set_details_shown(self.settings.details_shown())
        self.editor.details_shown_changed.connect(self.settings.set_details_shown)
        for field in (self.editor.title_edit, self.editor.summary_edit, self.editor.dateline_edit):
            field.textChanged.connect(self._update_preview_header)
        self.preview.set_source(self.editor.body_text)  # read only while the preview is shown

        self.autosave.saved.connect(self._saved)
        self.autosave.save_failed.connect(self._save_failed)
        self.autosave.read_only_changed.connect(self.set_read_only_mode)
        self.autosave.conflict.connect(self.banner.show_conflict)
        self.autosave.dirty_changed.connect(self.setWindowModified)
        self.banner.retry_requested.connect(self.autosave.save)
        self.banner.keep_mine_requested.connect(self.autosave.keep_mine)
        self.banner.load_theirs_requested.connect(self.reload_article)
        self.banner.save_copy_requested.connect(self.save_copy_as)
        self.action_save_copy.triggered.connect(self.save_copy_as)

        self.undo_stack.canUndoChanged.connect(self.update_actions)
        self.undo_stack.indexChanged.connect(self.update_actions)
        self.undo_button.clicked.connect(self.undo_stack.undo)

    def _connect_late_signals(self) -> None:
        """The wiring of the parts :meth:`finish_building` adds."""
        self.editor.image_files_dropped.connect(self.media.import_files)
        self.editor.image_pasted.connect(self.media.import_pasted)
        self.action_insert_image.triggered.connect(self.media.choose_and_insert)
        self.action_media_library.triggered.connect(self.media.show_library)
        self.action_image_properties.triggered.connect(self.media.edit_image_at_cursor)
        self.media.images_changed.connect(self.preview.refresh_images)
        # An image's words are part of the approved text: a change shows at once in the header.
        self.media.images_changed.connect(self.workflow.refresh_header)
        self.media.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.preview.set_image_provider(self.media.provider)

        self.workflow.attach_editor(self.editor.body_edit, self.flush, self.editor.body_text)
        self.workflow.bind_actor(self.autosave)
        self.workflow.article_changed.connect(self._workflow_article_changed)
        self.workflow.open_comments_changed.connect(self.sidebar.model.set_open_comments)
        self.autosave.saved.connect(lambda article, _reason: self.workflow.article_saved(article))

        p = self.presence
        self.workflow.person_changed.connect(lambda person: p.set_person(person.id if person else None))
        self.workflow.person_changed.connect(self._set_signed_in)
        self.workflow.person_changed.connect(
            lambda person: self.sidebar.set_person(person.id if person else None)
        )
        self.sidebar.set_person(
            self.workflow.controller.person.id if self.workflow.controller.person else None
        )
        self._set_signed_in(self.workflow.controller.person)
        p.read_only_changed.connect(self._set_presence_read_only)
        p.editing_shown.connect(
            lambda other: self.presence_banner.show_editing(
                other.person_name, presence_time(other.since, self.language)
            )
        )
        p.taken_shown.connect(
            lambda other, saved: self.presence_banner.show_taken(
                other.person_name, presence_time(other.since, self.language), saved
            )
        )
        p.banner_hidden.connect(self.presence_banner.hide)
        p.reload_requested.connect(self._presence_reload)
        p.marks_changed.connect(self.sidebar.model.set_editing)
        self.presence_banner.take_over_requested.connect(p.take_over)

    # -- articles ---------------------------------------------------------------------------

    def current_article(self) -> ArticleData | None:
        return self.autosave.article

    def current_article_id(self) -> int | None:
        article = self.autosave.article
        return article.id if article else None

    def current_session(self) -> SignedIn | None:
        """Who is signed in (nobody before the workflow's parts are built after the paint)."""
        return self.workflow.controller.session if self._finished else None

    def sidebar_or_open_id(self) -> int | None:
        return self.sidebar.current_article_id() or self.current_article_id()

    def flush(self) -> bool:
        """Save unsaved text now; False (and the text kept) when it cannot be saved."""
        ok = self.autosave.save("autosave")
        if ok:
            self._remember_open_article()
        return ok

    def open_article(self, article_id: int, cursor: int = 0) -> bool:
        if article_id == self.current_article_id():
            return True
        if not self.flush():
            self.sidebar.select_article(self.current_article_id())
            self.show_error(
                self.tr("This article could not be saved, so it stays open: {0}").format(
                    self.autosave.last_error
                )
            )
            return False
        try:
            article = self.articles.get(article_id)
        except Exception as exc:  # noqa: BLE001 - deleted meanwhile, database gone...
            self.show_error(describe_error(exc))
            return False
        self._show_article(article, cursor)
        return True

    def _show_article(self, article: ArticleData, cursor: int = 0) -> None:
        self.finish_building()
        self.autosave.set_article(None)  # loading is not an edit
        self.editor.load(article, self.articles.categories(), self.articles.tags(), self.articles.authors())
        self.autosave.set_article(article)
        self.workflow.set_article(article)
        self.presence.open(article.id)  # read-only before anything is typed when someone else edits
        self.editor.set_cursor_position(cursor)
        self.editor_stack.setCurrentWidget(self.editor)
        self.preview.show_document(article.body)
        self._update_preview_header()
        self.sidebar.select_article(article.id)
        self.banner.hide()
        self.review_packages.show_for(article)
        self._title_changed(article.title)
        self.save_label.setText(self._saved_text(article))
        self._remember_open_article(cursor)
        self.update_actions()

    def close_article(self) -> None:
        self.finish_building()
        self.autosave.set_article(None)
        self.workflow.set_article(None)
        self.presence.close()
        self.review_packages.show_for(None)
        self.editor.clear()
        self.editor_stack.setCurrentWidget(self.empty_state)
        self.preview.show_document("")
        self.preview.set_article_header("")
        self.sidebar.select_article(None)
        self._title_changed("")
        self.save_label.clear()
        self.stats_label.clear()  # (no article: no count)
        self._remember_open_article()
        self.update_actions()

    def reload_article(self) -> None:
        """Discard the editor's text for the saved version (offered after a conflict; the
        discarded text is in the article's revisions)."""
        article_id = self.current_article_id()
        if article_id is not None:
            self._show_article(self.articles.get(article_id), self.editor.cursor_position())

    def save_copy_as(self) -> None:
        """File ▸ Save Copy As…: the open article as a Markdown file (the database is not
        needed: the way out when it cannot take the text)."""
        from desktop_app.ui.safety.save_copy import save_copy_as

        save_copy_as(self)

    def save_now(self) -> None:
        """Ctrl+S: save at once and record a revision."""
        if self.autosave.save("save"):
            self._remember_open_article()

    def restore_last_article(self) -> None:
        article_id, cursor = self.settings.open_article(self.services.key)
        if article_id is not None:
            try:
                article = self.articles.get(article_id)
            except Exception:  # noqa: BLE001 - deleted since
                article = None
            if article is not None:
                self._show_article(article, cursor)
                return
        first = self.sidebar.model.headline(0)
        if first is not None:
            self.open_article(first.id)

    def _remember_open_article(self, cursor: int | None = None) -> None:
        if cursor is None:
            cursor = self.editor.cursor_position() if self.current_article_id() else 0
        self.settings.set_open_article(self.services.key, self.current_article_id(), cursor)

    # -- reactions --------------------------------------------------------------------------

    def _content_changed(self) -> None:
        self.autosave.mark_dirty()
        self.preview.source_changed()  # copies the body only while the preview is shown

    def _update_preview_header(self) -> None:
        """The headline and the lead above the body in the preview, as on the website."""
        editor = self.editor
        if self.current_article_id() is None:
            self.preview.set_article_header("")
            return
        self.preview.set_article_header(
            editor.title_edit.text(), editor.summary_edit.toPlainText(), editor.dateline_edit.text()
        )

    def _title_changed(self, title: str) -> None:
        name = title.strip() or (self.tr("(untitled)") if self.current_article_id() else "")
        self.setWindowTitle(f"{name}[*] — Redaksi" if name else "Redaksi")

    def _show_stats(self, words: int, characters: int, minutes: int) -> None:
        self.stats_label.setText(
            self.tr("%Ln word(s)", "", words)
            + " · "
            + self.tr("%Ln character(s)", "", characters)
            + " · "
            + self.tr("%n min read", "", minutes)
        )

    def _saved(self, article: ArticleData, reason: str) -> None:
        self._remember_open_article()  # first: a crash right after the save still reopens here
        self.banner.hide()
        self.save_label.setText(self._saved_text(article, revision=reason == "save"))
        self.sidebar.update_headline(headline_from_article(article))

    def _saved_text(self, article: ArticleData, revision: bool = False) -> str:
        """The one wording of the saved time: "Saved 20.22 WIB" today, "Saved 3 Dec 2026
        20.22 WIB" before (``revision``: a revision was recorded with it)."""
        when = presence_time(article.updated_at, self.language)
        return (self.tr("Saved {0}, revision recorded") if revision else self.tr("Saved {0}")).format(when)

    def _save_failed(self, message: str) -> None:
        autosave = self.autosave
        self.banner.show_failure(message, autosave.last_problem, autosave.last_error_detail)

    def _set_presence_read_only(self, read_only: bool) -> None:
        """Someone else edits the open article (or took it over): readable, not editable."""
        self._presence_read_only = read_only
        self._apply_read_only()

    def _set_signed_in(self, person: PersonData | None) -> None:
        """Nobody signed in: the articles can be read, not changed (nothing unattributed)."""
        self._signed_out = person is None
        self._apply_read_only()

    def _text_read_only(self) -> bool:
        return self._database_read_only or self._presence_read_only or self._signed_out

    def _apply_read_only(self) -> None:
        self.editor.set_read_only(self._text_read_only())
        self.update_actions()

    def _presence_reload(self) -> None:
        """This window holds the open article again: show its saved text (unless this window
        still has text of its own that is not saved: that stays)."""
        article_id = self.current_article_id()
        if article_id is None or self.autosave.dirty or self.autosave.in_conflict:
            return
        try:
            article = self.articles.get(article_id)
        except Exception as exc:  # noqa: BLE001 - deleted meanwhile, database gone...
            self.show_error(describe_error(exc))
            return
        self._show_article(article, self.editor.cursor_position())

    def set_read_only_mode(self, read_only: bool) -> None:
        """The database refuses writes: keep the text visible, stop new changes."""
        self._database_read_only = read_only
        self._apply_read_only()
        if read_only:
            self.banner.show_read_only()
        else:
            self.banner.hide()

    def _workflow_article_changed(self, article: ArticleData) -> None:
        """A status change or a restore (the editor's text was saved before it)."""
        if article.id == self.current_article_id():
            self._show_article(article, self.editor.cursor_position())
        self.sidebar.update_headline(headline_from_article(article))
        self.sidebar.status_changed()

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    def show_undo_offer(self, text: str) -> None:
        self.save_label.setText(text)
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.show()

    def undo(self) -> None:
        focus = QApplication.focusWidget()
        if focus is not None and hasattr(focus, "undo") and focus is not self:
            focus.undo()
        else:
            self.undo_stack.undo()

    def redo(self) -> None:
        focus = QApplication.focusWidget()
        if focus is not None and hasattr(focus, "redo") and focus is not self:
            focus.redo()
        else:
            self.undo_stack.redo()

    def update_actions(self) -> None:
        has_article = self.current_article_id() is not None
        for action in self.format_actions + [self.action_save, self.action_save_copy, self.action_duplicate]:
            action.setEnabled(has_article)
        if self._text_read_only():  # they would change the text
            for action in self._text_changing_actions():
                action.setEnabled(False)
        in_trash = self.sidebar.showing_trash()
        self.action_trash.setEnabled(not in_trash and self.sidebar_or_open_id() is not None)
        self.action_restore.setEnabled(in_trash)
        self.action_delete_forever.setEnabled(in_trash)
        if self._database_read_only or self._signed_out:  # no new articles, nothing moved
            for action in (
                self.action_new,
                self.action_duplicate,
                self.action_trash,
                self.action_restore,
                self.action_delete_forever,
            ):
                action.setEnabled(False)
        else:
            self.action_new.setEnabled(True)
        docx_import = getattr(self, "docx_import", None)  # (built after the first paint)
        if docx_import is not None:  # File ▸ Import Word Document… makes an article, as New does
            docx_import.action.setEnabled(self.action_new.isEnabled() and not docx_import.busy)
        if not self.undo_stack.canUndo():
            self.undo_button.hide()

    def _text_changing_actions(self) -> list[QAction]:
        """The actions that edit the text programmatically (a read-only editor does not stop them)."""
        return [
            self.action_bold,
            self.action_italic,
            self.action_link,
            self.action_heading,
            self.action_quote,
            self.action_bullets,
            self.action_code,
            self.action_replace,
            self.action_insert_image,
            self.action_image_properties,
        ]

    # -- view -------------------------------------------------------------------------------

    def set_preview_visible(self, visible: bool, make_room: bool = True) -> None:
        """Show or hide the preview as the user asks (where there is no room beside the
        editor, the sidebar makes room, or with ``make_room`` False it folds until there is:
        see ``ui/pane_fit.py``)."""
        shown = self.pane_fit.set_preview_wanted(visible, make_room)
        if shown and self.current_article_id() is not None:
            self.preview.set_markdown(self.editor.body_text())
        if shown:
            self._preview_folded(False)

    def _preview_folded(self, folded: bool) -> None:
        """Say why the preview went away (and stop saying it once it is back)."""
        text = self.tr("Preview hidden to keep the editor readable; it comes back when there is room.")
        if folded:
            self.statusBar().showMessage(text, 8000)
        elif self.statusBar().currentMessage() == text:
            self.statusBar().clearMessage()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and self.window_layout.distraction_free:
            self.window_layout.set_distraction_free(False)
            return
        super().keyPressEvent(event)

    def _restore_window_state(self) -> None:
        self.window_layout.restore_state()
        self.action_toggle_sidebar.setChecked(True)
        self.sidebar.show()

    def save_window_state(self) -> None:
        self.window_layout.save_state()

    # -- dialogs ----------------------------------------------------------------------------

    def show_preferences(self) -> None:
        from desktop_app.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.preferences, self)
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted:
            prefs = dialog.preferences()
            language_changed = prefs.language != self.preferences.language
            self.settings.set_preferences(prefs)
            self._apply_preferences(prefs)
            if language_changed:
                self.language_changed.emit(prefs.language)
        dialog.deleteLater()

    def _apply_preferences(self, prefs: Preferences) -> None:
        self.preferences = prefs
        self.editor.set_editor_font(editor_font(prefs))
        self.autosave.set_delay(prefs.autosave_delay_ms)
        if hasattr(self, "workflow"):  # (applied once more when the workflow panels are made)
            self.workflow.set_idle_lock(prefs.lock_after_minutes)
        self.set_preview_visible(prefs.preview_visible, make_room=False)
        spell_check = getattr(self, "spell_check", None)
        if spell_check is not None:
            spell_check.set_skip_uppercase(prefs.spell_skip_uppercase)

    def show_about(self) -> None:
        from desktop_app.ui.help.about_dialog import AboutDialog

        AboutDialog(self.services, self.settings, self).exec()

    def show_guide(self) -> None:
        """Help ▸ Guide, beside the window (one guide per window, raised when open)."""
        from desktop_app.ui.help.guide_dialog import GuideDialog

        guide = getattr(self, "guide", None)
        if guide is None:
            self.guide = guide = GuideDialog(self)
        guide.show()
        guide.raise_()
        guide.activateWindow()

    def show_release_register(self) -> None:
        """Records ▸ Press Release Register…: every number given, by year; CSV and ODS."""
        from desktop_app.ui.register_dialog import RegisterDialog

        RegisterDialog(self.services.press_releases, self).exec()

    def show_shortcuts(self) -> None:
        from desktop_app.ui.help.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def back_up_now(self) -> None:
        from desktop_app.ui.help.backup_now import BackupNow

        if getattr(self, "backup_now", None) is None:
            self.backup_now = BackupNow(self, self.action_backup_now)
        self.backup_now.start()

    def _clear_recent(self) -> None:
        self.settings.clear_recent_databases()
        self.recent_menu.set_entries([])

    # -- lifecycle --------------------------------------------------------------------------

    def retire(self) -> None:
        """This window is being replaced (another database): it saves nothing more."""
        self._retired = True
        self.autosave.set_article(None)
        self.stop_presence()

    def stop_presence(self) -> None:
        """This window gives up its presence (it closes, or another replaces it)."""
        presence = getattr(self, "presence", None)
        if presence is not None:
            presence.stop()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow() and not self._retired:
            self.flush()
        super().changeEvent(event)

    def _ask_before_closing_unsaved(self) -> str:
        """The text could not be saved: "compare" (only after a conflict), "save" (a copy
        elsewhere), "discard" or "cancel"."""
        button = QMessageBox.StandardButton
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Unsaved text"),
            "",
            button.Save | button.Discard | button.Cancel,
            self,
        )
        box.setObjectName("closeUnsavedQuestion")
        box.button(button.Save).setText(self.tr("Save a Copy…"))  # not into the database
        compare = None
        if self.autosave.in_conflict:
            # The text of the save that met the conflict is in the history already; what was
            # typed since is only here.
            box.setText(
                self.tr(
                    "Someone else saved this article while you were editing it. Your text as it "
                    "was then is kept in its history, but what you typed since is only here.\n\n"
                    "Compare both versions and keep yours, save a copy of it elsewhere (a Markdown "
                    "file), or close anyway and lose what you typed since?"
                )
            )
            compare = box.addButton(self.tr("Compare…"), QMessageBox.ButtonRole.ActionRole)
            compare.setObjectName("closeUnsavedCompare")
        else:
            box.setText(
                self.tr(
                    "The article could not be saved: {0}\n\nSave a copy of it elsewhere first "
                    "(a Markdown file), or close anyway and lose the changes since the last save?"
                ).format(self.autosave.last_error)
            )
        if compare is not None:
            box.setDefaultButton(compare)
        else:
            box.setDefaultButton(button.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if compare is not None and clicked is compare:
            return "compare"
        return {button.Save: "save", button.Discard: "discard"}.get(box.standardButton(clicked), "cancel")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._retired:
            self.preview.shutdown()
            event.accept()
            return
        if not self.flush():
            answer = self._ask_before_closing_unsaved()
            if answer == "compare":
                from desktop_app.ui.safety.flows import show_conflict

                show_conflict(self)
                event.ignore()  # closing again once the conflict is settled
                return
            if answer == "save":
                from desktop_app.ui.safety.save_copy import save_copy_as

                if save_copy_as(self) is None:
                    event.ignore()
                    return
            elif answer != "discard":
                event.ignore()
                return
        self.stop_presence()
        self.save_window_state()
        self.preview.shutdown()
        event.accept()
