"""Both versions of an article side by side after a save conflict: take theirs, keep mine
(saved as a new version), or merge by editing mine. Neither text is lost either way: theirs is
the saved version, mine is already kept as a conflict revision."""

from __future__ import annotations

import enum

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)


class ConflictChoice(enum.Enum):
    UNDECIDED = "undecided"
    TAKE_THEIRS = "take_theirs"
    KEEP_MINE = "keep_mine"  # the (possibly merged) text on the right, saved as a new version


class ConflictDialog(QDialog):
    def __init__(
        self,
        theirs: str,
        mine: str,
        *,
        theirs_title: str = "",
        mine_title: str = "",
        theirs_label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setAccessibleName(self.tr("Save conflict"))
        self.setWindowTitle(self.tr("Someone Else Saved This Article"))
        self.choice = ConflictChoice.UNDECIDED
        self._mine_original = mine
        intro = QLabel(
            self.tr(
                "This article was saved elsewhere while you were editing it. Nothing was overwritten: "
                "both versions are below. Take theirs, keep yours, or edit yours to merge them and "
                "save the result."
            ),
            self,
        )
        intro.setWordWrap(True)
        left = QLabel(theirs_label or self.tr("Saved version (theirs)"), self)
        right = QLabel(self.tr("Your version (edit to merge)"), self)
        self.theirs_title = QLabel(theirs_title, self)
        self.theirs_title.setObjectName("conflictTheirsTitle")
        self.mine_title = QLabel(mine_title, self)
        self.mine_title.setObjectName("conflictMineTitle")
        for label in (self.theirs_title, self.mine_title):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            label.setWordWrap(True)
        self.theirs_edit = QPlainTextEdit(theirs, self)
        self.theirs_edit.setObjectName("conflictTheirs")
        self.theirs_edit.setAccessibleName(self.tr("The saved version (read-only)"))
        self.theirs_edit.setReadOnly(True)
        self.mine_edit = QPlainTextEdit(mine, self)
        self.mine_edit.setObjectName("conflictMine")
        self.mine_edit.setAccessibleName(self.tr("Your version, editable to merge"))
        left.setBuddy(self.theirs_edit)
        right.setBuddy(self.mine_edit)
        self.take_theirs_button = QPushButton(self.tr("Take &Theirs"), self)
        self.take_theirs_button.setObjectName("takeTheirsButton")
        self.take_theirs_button.setAccessibleName(self.tr("Use the saved version, drop mine"))
        self.keep_mine_button = QPushButton(self.tr("&Keep Mine"), self)
        self.keep_mine_button.setObjectName("keepMineButton")
        self.keep_mine_button.setAccessibleName(self.tr("Save my version as the new version"))
        self.copy_button = QPushButton(self.tr("&Copy Theirs Into Mine"), self)
        self.copy_button.setObjectName("copyTheirsButton")
        self.copy_button.setAccessibleName(self.tr("Append the saved text to mine for merging"))
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.take_theirs_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.keep_mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QGridLayout(self)
        layout.addWidget(intro, 0, 0, 1, 2)
        layout.addWidget(left, 1, 0)
        layout.addWidget(right, 1, 1)
        layout.addWidget(self.theirs_title, 2, 0)
        layout.addWidget(self.mine_title, 2, 1)
        layout.addWidget(self.theirs_edit, 3, 0)
        layout.addWidget(self.mine_edit, 3, 1)
        layout.addWidget(buttons, 4, 0, 1, 2)
        layout.setRowStretch(3, 1)
        self.take_theirs_button.clicked.connect(self._take_theirs)
        self.keep_mine_button.clicked.connect(self._keep_mine)
        self.copy_button.clicked.connect(self._copy_theirs)
        self.mine_edit.textChanged.connect(self._update_keep_label)
        self.resize(980, 560)

    def _update_keep_label(self) -> None:
        merged = self.mine_edit.toPlainText() != self._mine_original
        self.keep_mine_button.setText(self.tr("&Save Merged") if merged else self.tr("&Keep Mine"))

    def _copy_theirs(self) -> None:
        self.mine_edit.appendPlainText("\n" + self.theirs_edit.toPlainText())

    def _take_theirs(self) -> None:
        self.choice = ConflictChoice.TAKE_THEIRS
        self.reject()

    def _keep_mine(self) -> None:
        self.choice = ConflictChoice.KEEP_MINE
        self.accept()

    def merged_text(self) -> str:
        """The text to save when :attr:`choice` is ``KEEP_MINE``."""
        return self.mine_edit.toPlainText()
