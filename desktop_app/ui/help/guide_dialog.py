"""Help ▸ Guide: the built-in user guide, offline.

The guide is Markdown shipped in ``resources/guide/<language>.md``, shown through the one
renderer (markdown2 and the sanitizer's allow-list, as an article body), with its sections
listed on the left. Nothing is loaded from the network; a web link opens in the browser only
when it is clicked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.rendering import render_markdown
from desktop_app.core.resources import resource_path
from desktop_app.i18n import current_language

#: The guide's languages, each named in its own language (as a language chooser does).
GUIDE_LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
OPENABLE_SCHEMES = frozenset({"http", "https", "mailto"})
_HEADING = re.compile(r'<h([123]) id="([^"]+)">(.*?)</h\1>', re.S)
_TAG = re.compile(r"<[^>]+>")

_STYLE = """
h1 { font-size: x-large; margin-bottom: 8px; }
h2 { font-size: large; margin-top: 18px; margin-bottom: 6px; }
h3 { font-size: medium; margin-top: 12px; margin-bottom: 4px; }
p, li { line-height: 140%; }
code { font-family: monospace; }
pre { font-family: monospace; margin-left: 12px; }
blockquote { margin-left: 16px; font-style: italic; }
table { border-collapse: collapse; margin-top: 6px; margin-bottom: 6px; }
th { text-align: left; padding: 4px 10px; border-bottom: 1px solid palette(mid); }
td { padding: 4px 10px; border-bottom: 1px solid palette(midlight); vertical-align: top; }
"""


@dataclass(frozen=True)
class GuideSection:
    level: int  # 1 (the guide's title), 2 or 3
    anchor: str
    title: str


def guide_markdown(language: str) -> str:
    """The guide's Markdown in ``language`` (Indonesian when there is none in it)."""
    path = resource_path("guide", f"{language}.md")
    if not path.is_file():
        path = resource_path("guide", "id.md")
    return path.read_text(encoding="utf-8")


def guide_html(language: str) -> str:
    return render_markdown(guide_markdown(language))


def sections_of(html: str) -> list[GuideSection]:
    """The guide's title and sections (its h1, h2 and h3 headings) in order."""
    return [
        GuideSection(int(level), anchor, unescape(_TAG.sub("", title)).strip())
        for level, anchor, title in _HEADING.findall(html)
    ]


class GuideDialog(QDialog):
    """The guide with its table of contents; one at a time per window (not modal)."""

    external_link_opened = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("Redaksi Guide"))
        self.setAccessibleName(self.tr("Redaksi Guide"))
        self.resize(900, 620)
        self.sections: list[GuideSection] = []

        self.contents = QListWidget(self)
        self.contents.setObjectName("guideContents")
        self.contents.setAccessibleName(self.tr("Contents"))
        self.contents.setMinimumWidth(180)
        self.contents.currentRowChanged.connect(self._go_to_section)

        self.text = QTextBrowser(self)
        self.text.setObjectName("guideText")
        self.text.setAccessibleName(self.tr("Guide text"))
        self.text.setOpenLinks(False)  # every link goes through _link_clicked
        self.text.setOpenExternalLinks(False)
        self.text.anchorClicked.connect(self._link_clicked)
        palette = self.palette()
        self.text.document().setDefaultStyleSheet(
            _STYLE.replace("palette(mid)", palette.color(QPalette.ColorRole.Mid).name()).replace(
                "palette(midlight)", palette.color(QPalette.ColorRole.Midlight).name()
            )
        )
        self.text.document().setDocumentMargin(16)

        self.language_box = QComboBox(self)
        self.language_box.setObjectName("guideLanguage")
        self.language_box.setAccessibleName(self.tr("Language of the guide"))
        for code, name in GUIDE_LANGUAGES.items():
            self.language_box.addItem(name, code)
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language_box)

        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("guideFind")
        self.find_edit.setAccessibleName(self.tr("Find in the guide"))
        self.find_edit.setPlaceholderText(self.tr("Find in the guide (Enter: next)"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.returnPressed.connect(self.find_next)
        self.find_edit.textEdited.connect(lambda _text: self.find_next(from_start=True))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.find_edit.setFocus)

        top = QHBoxLayout()
        top.addWidget(language_label)
        top.addWidget(self.language_box)
        top.addStretch(1)
        top.addWidget(self.find_edit, 2)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 680])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        language = language or current_language()
        index = self.language_box.findData(language if language in GUIDE_LANGUAGES else "id")
        self.language_box.setCurrentIndex(index)
        self.language_box.currentIndexChanged.connect(lambda _i: self.show_language(self.language))
        self.show_language(self.language)

    @property
    def language(self) -> str:
        return str(self.language_box.currentData())

    def show_language(self, language: str) -> None:
        html = guide_html(language)
        self.sections = sections_of(html)
        self.text.setHtml(html)
        self.contents.blockSignals(True)
        self.contents.clear()
        for section in self.sections:
            item = QListWidgetItem("    " * max(0, section.level - 2) + section.title)
            if section.level == 1:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            item.setData(Qt.ItemDataRole.UserRole, section.anchor)
            item.setToolTip(section.title)
            self.contents.addItem(item)
        self.contents.blockSignals(False)
        self.text.verticalScrollBar().setValue(0)

    def _go_to_section(self, row: int) -> None:
        if row == 0:  # the guide's title: its very top
            self.text.verticalScrollBar().setValue(0)
        elif 0 < row < len(self.sections):
            self.text.scrollToAnchor(self.sections[row].anchor)

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() in OPENABLE_SCHEMES:
            QDesktopServices.openUrl(url)
            self.external_link_opened.emit(url)
        elif not url.scheme() and url.hasFragment():  # a link to a section of the guide
            self.text.scrollToAnchor(url.fragment())

    def find_next(self, from_start: bool = False) -> bool:
        """Select the next place the find field's text occurs (from the top again at the end)."""
        text = self.find_edit.text()
        if not text:
            return False
        if from_start:
            cursor = self.text.textCursor()
            cursor.setPosition(cursor.selectionStart())
            self.text.setTextCursor(cursor)
        found = self.text.find(text)
        if not found:  # wrap around
            cursor = self.text.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.text.setTextCursor(cursor)
            found = self.text.find(text)
        return found
