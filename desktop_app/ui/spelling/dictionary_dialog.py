"""Edit ▸ Office Dictionary…: the office's shared word list (names of officials and places,
acronyms), stored in the database; and the message for a word it refuses."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import RedaksiError
from desktop_app.core.spelling import WORD_MAX_LENGTH, OfficeDictionary


def word_error_message(exc: Exception) -> str:
    """Why a word cannot go into the office dictionary, in the user's language."""
    if getattr(exc, "code", "") == "word_too_long":
        return QCoreApplication.translate("OfficeDictionary", "A word has at most {0} letters.").format(
            WORD_MAX_LENGTH
        )
    return QCoreApplication.translate("OfficeDictionary", "Enter one word, without spaces.")


class OfficeDictionaryDialog(QDialog):
    """The office's shared word list: see, add and remove words (stored in the database)."""

    words_changed = Signal()

    def __init__(self, office: OfficeDictionary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.setObjectName("officeDictionaryDialog")
        self.setWindowTitle(self.tr("Office Dictionary"))
        intro = QLabel(
            self.tr(
                "Words that spell checking accepts on every workstation: names of "
                "officials and places, acronyms. Right-click a marked word in the "
                "text to add it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.new_word = QLineEdit(self)
        self.new_word.setObjectName("officeDictionaryNewWord")
        self.new_word.setPlaceholderText(self.tr("New word"))
        self.new_word.setAccessibleName(self.tr("New word"))
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setObjectName("officeDictionaryAdd")
        self.word_list = QListWidget(self)
        self.word_list.setObjectName("officeDictionaryWords")
        self.word_list.setAccessibleName(self.tr("Words in the office dictionary"))
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName("officeDictionaryRemove")
        self.message = QLabel(self)
        self.message.setObjectName("officeDictionaryMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_word, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(add_row)
        layout.addWidget(self.word_list, 1)
        layout.addWidget(self.remove_button)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.add_word)
        self.new_word.returnPressed.connect(self.add_word)
        self.remove_button.clicked.connect(self.remove_selected)
        self.word_list.currentRowChanged.connect(self._update_buttons)
        self.resize(420, 480)
        self.reload()

    def reload(self) -> None:
        self.word_list.clear()
        self.word_list.addItems(self.office.words())
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        self.remove_button.setEnabled(self.word_list.currentItem() is not None)

    def add_word(self) -> None:
        try:
            word = self.office.add(self.new_word.text())
        except RedaksiError as exc:
            self.message.setText(word_error_message(exc))
            return
        self.new_word.clear()
        self.message.setText(self.tr("“{0}” added.").format(word))
        self.reload()
        self.words_changed.emit()

    def remove_selected(self) -> None:
        item = self.word_list.currentItem()
        if item is None:
            return
        self.office.remove(item.text())
        self.message.setText(self.tr("“{0}” removed.").format(item.text()))
        self.reload()
        self.words_changed.emit()
