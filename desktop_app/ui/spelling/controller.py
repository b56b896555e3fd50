"""Spell checking in the article editor: underlines, and the context menu's suggestions,
"Add to dictionary" (the office's shared word list, in the database) and "Ignore"; and the
house style (:mod:`desktop_app.core.house_style`): its findings underlined in another colour,
with the fix and the reason on top of the context menu.

The :class:`SpellCheckController` is what the Markdown highlighter asks (``misspelled(text)``
per paragraph). It never makes typing wait: a paragraph checked before answers from the cache; a
paragraph with only a few new words (what typing produces) is checked at once, in well under a
millisecond per word; the words of a paragraph with many new words (an article just opened or
pasted) are looked up in a worker thread (one word can take hunspell 10-20 ms), and its
underlines appear a moment later. The dictionaries themselves are read in a worker thread.

Underlines are redrawn block by block (``rehighlightBlock``), never for the whole document at
once (that took ~580 ms at 20,000 words): when the dictionaries arrive or checking is switched
on or off, a sweep goes through the paragraphs in short slices, starting at the visible ones,
and redraws only those whose underlines change; adding or ignoring a word redraws only the
paragraphs that contain it.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QFont, QTextBlock, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from desktop_app import i18n
from desktop_app.core.errors import RedaksiError
from desktop_app.core.house_style import HouseStyleChecker, OfficeStyleRules, StyleFinding
from desktop_app.core.spelling import OfficeDictionary, SpellChecker, SpellStatus
from desktop_app.ui.spelling.dictionary_dialog import OfficeDictionaryDialog, word_error_message
from desktop_app.ui.spelling.style_rules_dialog import OfficeStyleRulesDialog
from desktop_app.workers import run_in_background

SLICE_SECONDS = 0.003  # work per deferred slice, then the event loop runs again
WARM_BURST_SECONDS = 0.002  # word look-ups in a worker: a burst, then a pause
WARM_PAUSE_SECONDS = 0.001
LOAD_DELAY_MS = 500  # read the dictionaries this long after the first request at the latest
LOAD_SWITCH_INTERVAL = 0.0005  # seconds; see SpellCheckController._load_yielding


class SpellCheckController(QObject):
    """Plugs a :class:`SpellChecker` into a text edit's highlighter and context menu."""

    notice = Signal(str)  # a translated one-time message: a dictionary is missing
    word_added = Signal(str)  # a word went into the office dictionary

    def __init__(
        self,
        text_edit: QPlainTextEdit,
        highlighter,
        checker: SpellChecker,
        office: OfficeDictionary | None = None,
        *,
        run_background: Callable[..., None] = run_in_background,
        style: HouseStyleChecker | None = None,
        style_rules: OfficeStyleRules | None = None,
    ) -> None:
        super().__init__(text_edit)
        self.setObjectName("spellCheckController")
        self.text_edit = text_edit
        self.highlighter = highlighter
        self.checker = checker
        self.office = office
        #: The house style (None: none checked); it asks ``checker`` about words.
        self.style = style if style is not None else HouseStyleChecker(checker)
        self.style_rules = style_rules
        self.notice_text = ""
        self._run_background = run_background
        self._enabled = True
        self._loading = False
        self._sweep_left = 0  # paragraphs the sweep still has to look at
        self._sweep_block: QTextBlock | None = None
        self._pending: dict[str, None] = {}
        self._warming = False  # words are being looked up in a worker
        self._checked: dict[str, None] = {}  # looked up: to be checked (quick) and redrawn
        self._to_redraw: dict[str, None] = {}  # paragraphs whose underlines are to be drawn
        self._walk_texts: dict[str, None] = {}  # those being redrawn by the current walk
        self._walk_block: QTextBlock | None = None  # where the walk goes on
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._process_pending)
        self._painted = text_edit.isVisible()  # shown already: no first paint to wait for
        self._load_timer = QTimer(self)
        self._load_timer.setSingleShot(True)
        self._load_timer.setInterval(LOAD_DELAY_MS)
        self._load_timer.timeout.connect(self._load)
        self._typing: tuple[QTextBlock, int] | None = None  # the word being typed ends here
        #: The controllers of one editor's fields (body, title, lead) sharing the checker: what
        #: changes a verdict (a word added or ignored, an office rule, a Preference) redraws all.
        self._group: list[SpellCheckController] = [self]
        text_edit.cursorPositionChanged.connect(self._cursor_moved)
        text_edit.viewport().installEventFilter(self)
        highlighter.set_spell_checker(self)

    def add_companion(self, other: SpellCheckController) -> None:
        """Check ``other``'s field with this one: one load of the dictionaries, and verdict
        changes made in either redraw both; ``other``'s messages come out of this one."""
        for controller in other._group:
            if controller not in self._group:
                self._group.append(controller)
            controller._group = self._group
        other.notice.connect(self.notice)
        other.word_added.connect(self.word_added)

    @property
    def companions(self) -> list[SpellCheckController]:
        return [c for c in self._group if c is not self]

    # -- what the highlighter calls ----------------------------------------------------------

    def misspelled(self, text: str) -> list[tuple[int, int]]:
        if not self._enabled:
            return []
        if not self.checker.loaded:
            self._want_load()
            return []
        typing_at = self._typing_offset(text)
        found, complete = self.checker.misspelled_known(text, typing_at)
        styled = self.style_ranges(text)
        if styled:  # the house style has the better fix ("sekedar" → "sekadar")
            found = [r for r in found if not any(s <= r[0] < s + n for s, n in styled)]
        if not complete:  # the words not looked up yet: in a worker, then this is redrawn
            self._pending[text] = None
            self._timer.start()
        block = self.highlighter.currentBlock()
        if typing_at is not None:
            self._typing = (block, typing_at)
        elif self._typing is not None and self._typing[0] == block:
            self._typing = None  # typed past the word (a space, a full stop): checked above
        return found

    def style_ranges(self, text: str) -> list[tuple[int, int]]:
        """(start, length) of the house-style findings of ``text`` (what the highlighter
        underlines in its own colour); none until the dictionaries are read."""
        if not self._enabled or not self.checker.loaded:
            return []
        return self.style.ranges(text)

    def _has_marks(self, text: str) -> bool:
        """Whether ``text`` has anything to underline (spelling checked already)."""
        return bool(self.checker.misspelled(text)) or bool(self.style_ranges(text))

    def _typing_offset(self, text: str) -> int | None:
        """Where the user is typing a word in the paragraph being highlighted (the cursor,
        right after a letter), else None. That word is left alone until the cursor leaves it:
        no underline under a half-typed word, no dictionary look-up per key."""
        cursor = self.text_edit.textCursor()
        if cursor.hasSelection() or cursor.block() != self.highlighter.currentBlock():
            return None
        offset = cursor.positionInBlock()
        if offset == 0 or not text[offset - 1 : offset].isalnum():
            return None
        return offset

    def _cursor_moved(self) -> None:
        """The cursor left the word it was typing without changing the text (a click, an
        arrow key): that word is checked now."""
        if self._typing is None:
            return
        block, offset = self._typing
        cursor = self.text_edit.textCursor()
        if cursor.block() == block and cursor.positionInBlock() == offset:
            return
        self._typing = None
        if block.isValid():
            self._redraw(block)

    def set_enabled(self, enabled: bool) -> None:
        for controller in self._group:
            if enabled != controller._enabled:
                controller._enabled = enabled
                controller._start_sweep()

    @property
    def enabled(self) -> bool:
        return self._enabled

    def has_pending_work(self) -> bool:
        """Checking or redrawing is still to be done here or in a companion field."""
        return any(c._has_own_pending_work() for c in self._group if shiboken6.isValid(c._timer))

    def _has_own_pending_work(self) -> bool:
        return (
            bool(self._pending)
            or self._loading
            or self._sweep_left > 0
            or self._load_timer.isActive()
            or self._warming
            or bool(self._checked)
            or bool(self._to_redraw)
        )

    # -- loading and the deferred pass -------------------------------------------------------

    def _want_load(self) -> None:
        """Read the dictionaries once the editor has been painted (at start-up the first paint
        of the window comes first), or after :data:`LOAD_DELAY_MS` at the latest."""
        if self._painted:
            self._load()
        elif not self._load_timer.isActive() and not self._loading:
            self._load_timer.start()

    def _load(self) -> None:
        self._load_timer.stop()
        if self.checker.loaded or any(c._loading for c in self._group):
            return
        self._loading = True
        self._run_background(self._load_yielding, self._on_loaded, self._on_load_failed)

    def _load_yielding(self) -> object:
        """Read the dictionaries in a worker while handing the interpreter back to the GUI
        thread often (parsing is pure Python: with the default 5 ms switch interval the window
        would stutter for the second or two it takes).

        The garbage collector is off while they are read, and what exists afterwards (mostly
        the dictionaries' million small objects) is frozen out of its sight: a collection
        started by the parser's allocations held the interpreter for up to 580 ms, and every
        later full collection would walk the dictionaries again while the user types."""
        previous = sys.getswitchinterval()
        sys.setswitchinterval(min(previous, LOAD_SWITCH_INTERVAL))
        was_enabled = gc.isenabled()
        if self.checker.loaded:
            return self.checker.load()
        # No gc.collect() first: in a worker it holds the interpreter for all of its 30-60 ms
        # (the window stalls); garbage made meanwhile is frozen too and stays, a little memory.
        gc.disable()
        try:
            return self.checker.load()
        finally:
            gc.freeze()
            if was_enabled:
                gc.enable()
            sys.setswitchinterval(previous)

    def _on_loaded(self, _status: object = None) -> None:
        if not shiboken6.isValid(self._timer):
            return  # the editor was closed meanwhile
        self._loading = False
        status = self.checker.take_notice()
        if status is not None:
            self.notice_text = self.describe(status)
            self.notice.emit(self.notice_text)
        # never re-highlight from inside highlighting (a synchronous load would be): next pass
        for controller in self._group:
            if shiboken6.isValid(controller._timer):
                controller._start_sweep()

    def _on_load_failed(self, _exc: Exception) -> None:
        self._loading = False
        for controller in self._group:
            controller._enabled = False
        self.notice_text = self.tr("Spell checking is off: the dictionaries could not be read.")
        self.notice.emit(self.notice_text)

    def describe(self, status: SpellStatus) -> str:
        """The one-time message about missing dictionaries, in the user's language."""
        if not status.available:
            return self.tr("Spell checking is off: no dictionary was found.")
        names = {"id": self.tr("Indonesian"), "en": self.tr("English")}
        missing = ", ".join(names.get(code, code) for code in status.missing)
        return self.tr("Spell checking works without {0}: its dictionary was not found.").format(missing)

    def _start_sweep(self) -> None:
        """Look at every paragraph again, in slices, from the first visible one (wrapping
        around); redraw those whose underlines change."""
        self._sweep_left = self.text_edit.document().blockCount()
        self._sweep_block = self.text_edit.firstVisibleBlock()
        self._timer.start()

    def _sweep(self, deadline: float) -> None:
        document = self.text_edit.document()
        block = self._sweep_block
        while self._sweep_left > 0 and time.perf_counter() < deadline:
            if block is None or not block.isValid():
                block = document.firstBlock()
            self._sweep_left -= 1
            text = block.text()
            if not self._enabled or not self.checker.loaded:
                if self.checker.cached_misspelled(text) or (self.checker.loaded and self.style.ranges(text)):
                    self._redraw(block)  # underlines go away
            else:
                cached = self.checker.cached_misspelled(text)
                if cached is None:
                    self._pending[text] = None  # looked up in a worker
                elif cached or self.style_ranges(text):
                    self._redraw(block)
            block = block.next()
        self._sweep_block = block

    def _process_pending(self, sync: bool = False) -> None:
        deadline = time.perf_counter() + SLICE_SECONDS
        if self._sweep_left > 0:
            self._sweep(deadline)
        if sync:  # everything here and now (finish_pending)
            for text in self._pending:
                self.checker.warm(text, float("inf"))
            self._checked.update(self._pending)
            self._pending.clear()
        elif self._pending and not self._warming:
            # One word can take hunspell 10-20 ms: the look-ups run in a worker thread.
            batch, self._pending = list(self._pending), {}
            self._warming = True
            self._run_background(
                lambda: self._warm_yielding(batch), self._on_warmed, lambda _exc: self._on_warmed(batch)
            )
        while self._checked and (sync or time.perf_counter() < deadline):
            text = next(iter(self._checked))
            del self._checked[text]
            if self._has_marks(text):  # else nothing to draw: no redraw
                self._to_redraw[text] = None
        if self._to_redraw:
            self._redraw_queued(float("inf") if sync else deadline)
        if (self._pending and not self._warming) or self._checked or self._sweep_left > 0 or self._to_redraw:
            self._timer.start()

    def _redraw_queued(self, deadline: float) -> None:
        """Redraw the paragraphs whose text is queued, until ``deadline``: one walk through
        the document, resumed where the last slice stopped (a 5 MB paste has 20,000+
        paragraphs: one walk takes longer than a slice); the texts queued when the walk began
        are done when it reaches the end."""
        document = self.text_edit.document()
        block = self._walk_block
        if block is None or not block.isValid() or not self._walk_texts:
            self._walk_texts = dict(self._to_redraw)
            block = document.firstBlock()
        wanted = self._walk_texts
        count = 0
        while block.isValid():
            count += 1
            if count % 256 == 0 and time.perf_counter() > deadline:
                self._walk_block = block
                return
            if block.text() in wanted:
                self._redraw(block)
                count = 255  # a redraw takes time: look at the clock before the next block
            block = block.next()
        for text in wanted:
            self._to_redraw.pop(text, None)
        self._walk_texts = {}
        self._walk_block = None

    def _warm_yielding(self, texts: list[str]) -> list[str]:
        """Look up the words of ``texts`` (in a worker), handing the interpreter back to the
        GUI thread often: bursts of :data:`WARM_BURST_SECONDS`, each followed by a pause in which
        the GUI thread has it to itself (every call into Qt gives it up and takes it back)."""
        previous = sys.getswitchinterval()
        sys.setswitchinterval(min(previous, LOAD_SWITCH_INTERVAL))
        try:
            for text in texts:
                while not self.checker.warm(text, time.perf_counter() + WARM_BURST_SECONDS):
                    time.sleep(WARM_PAUSE_SECONDS)
                time.sleep(WARM_PAUSE_SECONDS)
        finally:
            sys.setswitchinterval(previous)
        return texts

    def _on_warmed(self, texts: list[str]) -> None:
        if not shiboken6.isValid(self._timer):
            return  # the editor was closed meanwhile
        self._warming = False
        self._checked.update(dict.fromkeys(texts))
        self._timer.start()

    def _redraw(self, block: QTextBlock) -> None:
        """Highlight ``block`` again. A redraw is no edit: the editor's textChanged (autosave,
        preview, word count) is kept quiet meanwhile."""
        blocked = self.text_edit.blockSignals(True)
        try:
            self.highlighter.rehighlightBlock(block)
        finally:
            self.text_edit.blockSignals(blocked)

    def _rehighlight_where(self, wanted: Callable[[str], bool]) -> None:
        """Redraw the paragraphs whose text ``wanted`` accepts (and only those), in this field
        and its companions."""
        for controller in self._group:
            if shiboken6.isValid(controller._timer):
                controller._rehighlight_here(wanted)

    def _rehighlight_here(self, wanted: Callable[[str], bool]) -> None:
        block = self.text_edit.document().firstBlock()
        while block.isValid():
            if wanted(block.text()):
                self._redraw(block)
            block = block.next()

    def _rehighlight_words(self, words: set[str]) -> None:
        """Redraw the paragraphs that contain one of ``words`` (their verdict changed)."""
        folded = {w.casefold() for w in words if w}
        if folded:
            self._rehighlight_where(lambda text: any(w in text.casefold() for w in folded))

    def finish_pending(self) -> None:
        """Do all deferred checking now (tests and benchmarks)."""
        if self._load_timer.isActive():
            self._load()
        for controller in self._group:
            while controller._has_work_queued():
                controller._process_pending(sync=True)

    def _has_work_queued(self) -> bool:
        return bool(self._pending or self._sweep_left > 0 or self._checked or self._to_redraw)

    # -- the context menu ------------------------------------------------------------------

    def word_at(self, pos: QPoint) -> tuple[int, int, str] | None:
        """(document position, length, word) of the misspelt word at viewport ``pos``."""
        if not self._enabled or not self.checker.loaded:
            return None
        cursor = self.text_edit.cursorForPosition(pos)
        block = cursor.block()
        offset = cursor.positionInBlock()
        text = block.text()
        styled = self.style.ranges(text)
        for start, length in self.checker.misspelled(text):
            if any(s <= start < s + n for s, n in styled):
                continue  # the house style's finding is offered instead
            if start <= offset <= start + length:
                return block.position() + start, length, text[start : start + length]
        return None

    def style_at(self, pos: QPoint) -> tuple[int, StyleFinding] | None:
        """(document position of its block, finding) of the house-style finding at viewport
        ``pos``, or None."""
        if not self._enabled or not self.checker.loaded:
            return None
        cursor = self.text_edit.cursorForPosition(pos)
        block = cursor.block()
        offset = cursor.positionInBlock()
        for finding in self.style.findings(block.text()):
            if finding.start <= offset <= finding.end:
                return block.position(), finding
        return None

    def add_style_actions(self, menu: QMenu, pos: QPoint) -> bool:
        """Put the house style's fix and its reason on top of ``menu`` when there is a finding
        at ``pos``; True if something was added."""
        found = self.style_at(pos)
        if found is None:
            return False
        block_position, finding = found
        first = menu.actions()[0] if menu.actions() else None
        fix = QAction(finding.suggestion, menu)
        bold = QFont(menu.font())
        bold.setBold(True)
        fix.setFont(bold)
        fix.setObjectName("styleFix")
        fix.setToolTip(self.tr("Replace “{0}” by “{1}”").format(finding.text, finding.suggestion))
        fix.triggered.connect(
            lambda _=False: self.replace(block_position + finding.start, finding.length, finding.suggestion)
        )
        reason_text = finding.reason(i18n.current_language()) or self.tr("The office's house style.")
        reason = QAction(self.tr("House style: {0}").format(reason_text), menu)
        reason.setObjectName("styleReason")
        reason.setEnabled(False)
        separator = QAction(menu)
        separator.setSeparator(True)
        added = [fix, reason, separator]
        if first is None:
            menu.addActions(added)
        else:
            menu.insertActions(first, added)
        return True

    def add_spelling_actions(self, menu: QMenu, pos: QPoint) -> bool:
        """Put suggestions, "Add to dictionary" and "Ignore" on top of ``menu`` when there is
        a misspelt word at ``pos``; True if something was added."""
        found = self.word_at(pos)
        if found is None:
            return False
        position, length, word = found
        first = menu.actions()[0] if menu.actions() else None
        added: list[QAction] = []
        suggestions = self.checker.suggestions(word)
        bold = QFont(menu.font())
        bold.setBold(True)
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            action.setFont(bold)
            action.setObjectName("spellSuggestion")
            action.triggered.connect(lambda _=False, s=suggestion: self.replace(position, length, s))
            added.append(action)
        if not suggestions:
            none = QAction(self.tr("(no suggestions)"), menu)
            none.setEnabled(False)
            added.append(none)
        add = QAction(self.tr("Add “{0}” to the office dictionary").format(word), menu)
        add.setObjectName("spellAddToDictionary")
        add.setEnabled(self.office is not None)
        add.triggered.connect(lambda _=False: self.add_to_dictionary(word))
        ignore = QAction(self.tr("Ignore “{0}”").format(word), menu)
        ignore.setObjectName("spellIgnore")
        ignore.triggered.connect(lambda _=False: self.ignore(word))
        separator = QAction(menu)
        separator.setSeparator(True)
        added += [add, ignore, separator]
        if first is None:
            menu.addActions(added)
        else:
            menu.insertActions(first, added)
        return True

    def build_context_menu(self, pos: QPoint) -> QMenu:
        """The editor's standard menu (Qt's, translated) with the spelling actions on top, and
        the house style's fix and reason above them."""
        menu = self.text_edit.createStandardContextMenu(pos)
        menu.setObjectName("editorContextMenu")
        self.add_spelling_actions(menu, pos)
        self.add_style_actions(menu, pos)
        return menu

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            if self._load_timer.isActive():
                QTimer.singleShot(0, self._load)  # after this paint
        if (
            event.type() == QEvent.Type.ContextMenu
            and watched is self.text_edit.viewport()
            and isinstance(event, QContextMenuEvent)
            and (self.word_at(event.pos()) is not None or self.style_at(event.pos()) is not None)
        ):
            menu = self.build_context_menu(event.pos())
            menu.exec(event.globalPos())
            menu.deleteLater()
            return True
        return super().eventFilter(watched, event)

    # -- actions ---------------------------------------------------------------------------

    def replace(self, position: int, length: int, replacement: str) -> None:
        cursor = QTextCursor(self.text_edit.document())
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(replacement)  # one undo step

    def add_to_dictionary(self, word: str) -> bool:
        """Store ``word`` in the office dictionary (shared through the database)."""
        if self.office is None:
            return False
        try:
            word = self.office.add(word)
        except RedaksiError as exc:
            self.notice_text = word_error_message(exc)
            self.notice.emit(self.notice_text)
            return False
        self.checker.add_office_word(word)
        self.word_added.emit(word)
        self._rehighlight_words({word})
        return True

    def ignore(self, word: str) -> None:
        """Accept ``word`` until Redaksi closes (not stored)."""
        self.checker.ignore(word)
        self._rehighlight_words({word})

    def reload_office_words(self) -> None:
        """Read the office dictionary again (after the dialog or another workstation changed it)."""
        if self.office is not None:
            before = self.checker.office_words
            self.checker.set_office_words(self.office.words())
            self._rehighlight_words(set(before ^ self.checker.office_words))

    def set_skip_uppercase(self, skip: bool) -> None:
        """The Preference: words in capitals are (not) checked; every paragraph is redrawn."""
        if skip != self.checker.skip_uppercase:
            self.checker.set_skip_uppercase(skip)
            self._rehighlight_where(lambda text: any(c.isupper() for c in text))

    def reload_office_rules(self) -> None:
        """Read the office's house-style rules again (after the dialog changed them)."""
        if self.style_rules is not None:
            before = {r.wrong.casefold() for r in self.style.office_rules}
            self.style.set_office_rules(self.style_rules.rules())
            after = {r.wrong.casefold() for r in self.style.office_rules}
            changed = {w.split()[0] for w in before ^ after if w.split()}
            self._rehighlight_words(changed | {w.split()[0] for w in after if w.split()})

    def open_office_style_rules(self, parent: QWidget | None = None) -> OfficeStyleRulesDialog | None:
        """Show the office's house-style rules; underlines follow their changes."""
        if self.style_rules is None:
            return None
        dialog = OfficeStyleRulesDialog(self.style_rules, parent or self.text_edit.window())
        dialog.rules_changed.connect(self.reload_office_rules)
        dialog.open()
        return dialog

    def open_office_dictionary(self, parent: QWidget | None = None) -> OfficeDictionaryDialog | None:
        """Show the office dictionary; underlines follow its changes."""
        if self.office is None:
            return None
        dialog = OfficeDictionaryDialog(self.office, parent or self.text_edit.window())
        dialog.words_changed.connect(self.reload_office_words)
        dialog.open()
        return dialog
